package gazetteer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/actorgraph/actorgraph/internal/testenv"
)

// builtinFS returns the embedded gazetteer files.
func builtinFS(t testing.TB) fs.FS {
	t.Helper()
	return testenv.Must(t, builtin)
}

func TestLoadFromDir(t *testing.T) {
	g, err := Load(os.DirFS("testdata/small"))
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		canonical string
		kind      Kind
		ambiguous bool
	}
	for surface, w := range map[string]want{
		"Freedonia":             {"Freedonia", Name, true},
		"Republic of Freedonia": {"Freedonia", Alias, false},
		"Freedonian":            {"Freedonia", Demonym, false},
		"Fredville":             {"Freedonia", Capital, false},
		"Palace of Rufus":       {"Freedonia", Seat, false},
		// The curated file overrides the generated one.
		"Sylvania":            {"Sylvania", Name, false},
		"Sylvan":              {"Sylvania", Demonym, false},
		"SYL":                 {"Sylvania", Alias, false},
		"Marx Brothers Union": {"Marx Brothers Union", Name, false},
		"MBU":                 {"Marx Brothers Union", Alias, false},
	} {
		e, ok := g.Lookup(surface)
		if !ok || e.Canonical != w.canonical || e.Kind != w.kind || e.Ambiguous != w.ambiguous {
			t.Errorf("Lookup(%q) = %+v, %v; want %s (%s, ambiguous %v)", surface, e, ok, w.canonical, w.kind, w.ambiguous)
		}
	}
}

// TestLoadErrors loads each archive of testdata/loaderrors as a gazetteer
// directory; the archive's comment lists substrings the error must hold,
// in order.
func TestLoadErrors(t *testing.T) {
	files, err := filepath.Glob("testdata/loaderrors/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/loaderrors: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			for _, f := range ar.Files {
				fsys[f.Name] = &fstest.MapFile{Data: f.Data}
			}
			g, err := Load(fsys)
			if err == nil {
				t.Fatalf("Load = %v, want an error", g)
			}
			msg := err.Error()
			for _, w := range strings.Split(strings.TrimSpace(string(ar.Comment)), "\n") {
				i := strings.Index(msg, w)
				if i < 0 {
					t.Fatalf("error %q\ndoes not contain %q", msg, w)
				}
				msg = msg[i+len(w):]
			}
		})
	}
}

func TestLoadLineErrorsAs(t *testing.T) {
	fsys := fstest.MapFS{"a.tsv": {Data: []byte("Freedonia\tKingdom\n")}}
	_, err := Load(fsys)
	var le *LineError
	if !errors.As(err, &le) || le.File != "a.tsv" || le.Line != 1 || le.Field != "type" {
		t.Fatalf("errors.As(%v) = %+v", err, le)
	}
}

func TestLoadCuratedBeatsGenerated(t *testing.T) {
	fsys := fstest.MapFS{
		"countries.gen.tsv": {Data: []byte("Republic of the Congo\tCountry\tCongo\nDR Congo\tCountry\tZaire\n")},
		"states.tsv":        {Data: []byte("DR Congo\tCountry\tCongo\n")},
	}
	g, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := g.Lookup("Congo"); e.Canonical != "DR Congo" {
		t.Errorf("Congo = %+v, want DR Congo", e)
	}
}

func TestEmbeddedFilesHaveHeaders(t *testing.T) {
	fsys := builtinFS(t)
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "#") {
			t.Errorf("%s does not start with a comment header", name)
		}
	}
}

func TestLoadNil(t *testing.T) {
	if _, err := Load(nil); err == nil {
		t.Error("Load(nil) succeeded")
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := builtinFS(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
