package treebank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDirFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvVar, dir)
	got, err := Dir()
	if err != nil || got != dir {
		t.Errorf("Dir() = %q, %v; want %q", got, err, dir)
	}
	t.Setenv(EnvVar, filepath.Join(dir, "none"))
	if _, err := Dir(); err == nil || !strings.Contains(err.Error(), EnvVar) {
		t.Errorf("Dir() with a missing folder = %v, want an error naming %s", err, EnvVar)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvVar, file)
	if _, err := Dir(); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("Dir() with a file = %v, want a not-a-folder error", err)
	}
}

// TestDirBesideModule lays out a module and its treebanks in a temporary
// folder and looks for them from a package folder inside the module.
func TestDirBesideModule(t *testing.T) {
	top := t.TempDir()
	mod := filepath.Join(top, "repo")
	pkg := filepath.Join(mod, "a", "b")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvVar, "")
	t.Chdir(pkg)
	if _, err := Dir(); err == nil || !strings.Contains(err.Error(), EnvVar) {
		t.Errorf("Dir() without treebanks = %v, want an error naming %s", err, EnvVar)
	}
	want := filepath.Join(top, "shared", "treebanks")
	if err := os.MkdirAll(want, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	if got, _ = filepath.EvalSymlinks(got); got != mustEval(t, want) {
		t.Errorf("Dir() = %q, want %q", got, want)
	}
}

func TestModuleRootMissing(t *testing.T) {
	if _, err := moduleRoot(string(filepath.Separator)); err == nil {
		t.Error("moduleRoot found a go.mod at the file system root")
	}
}

func mustEval(t *testing.T, path string) string {
	t.Helper()
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
