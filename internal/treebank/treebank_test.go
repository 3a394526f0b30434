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

func TestRead(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en_x"), 0o755); err != nil {
		t.Fatal(err)
	}
	name := Split("en_x", "dev")
	if name != "en_x/en_x-ud-dev.conllu" {
		t.Fatalf("Split = %q", name)
	}
	conllu := "# text = Hi.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(conllu), 0o644); err != nil {
		t.Fatal(err)
	}
	sents, err := Read(dir, name)
	if err != nil || len(sents) != 1 || len(sents[0].Tokens) != 2 {
		t.Fatalf("Read = %v, %v", sents, err)
	}
	t.Setenv(EnvVar, dir)
	if _, err := Read("", name); err != nil {
		t.Errorf("Read from the located folder: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.conllu"), []byte("1\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(dir, "bad.conllu"); err == nil || !strings.Contains(err.Error(), "bad.conllu") {
		t.Errorf("Read of a malformed file = %v, want an error naming it", err)
	}
	if _, err := Read(dir, "none.conllu"); err == nil {
		t.Error("Read of a missing file succeeded")
	}
}
