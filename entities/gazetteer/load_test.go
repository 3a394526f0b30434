package gazetteer

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

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
	tests := []struct {
		surface   string
		canonical string
		kind      Kind
		ambiguous bool
	}{
		{"Freedonia", "Freedonia", Name, true},
		{"Republic of Freedonia", "Freedonia", Alias, false},
		{"Freedonian", "Freedonia", Demonym, false},
		{"Fredville", "Freedonia", Capital, false},
		{"Palace of Rufus", "Freedonia", Seat, false},
		// The curated file overrides the generated one.
		{"Sylvania", "Sylvania", Name, false},
		{"Sylvan", "Sylvania", Demonym, false},
		{"SYL", "Sylvania", Alias, false},
		{"Marx Brothers Union", "Marx Brothers Union", Name, false},
		{"MBU", "Marx Brothers Union", Alias, false},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.surface)
		if !ok || e.Canonical != tt.canonical || e.Kind != tt.kind || e.Ambiguous != tt.ambiguous {
			t.Errorf("Lookup(%q) = %+v, %v; want %s (%s, ambiguous %v)", tt.surface, e, ok, tt.canonical, tt.kind, tt.ambiguous)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the error, in order
	}{
		{
			name:  "no files",
			files: map[string]string{"README": "x"},
			want:  []string{"no *.tsv files"},
		},
		{
			name: "bad type and empty name",
			files: map[string]string{"a.tsv": "# comment\nFreedonia\tCountry\n\tCountry\nSylvania\tKingdom\n" +
				"Fenwick\n"},
			want: []string{"a.tsv:3: name: empty name", "a.tsv:4: type: unknown actor type \"Kingdom\"", "a.tsv:5: type: missing"},
		},
		{
			name:  "too many fields",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\ta\tb\tc\td\te\n"},
			want:  []string{"a.tsv:1: 7 tab-separated fields, want at most 6"},
		},
		{
			name:  "type mismatch between files",
			files: map[string]string{"a.gen.tsv": "Freedonia\tCountry\n", "b.tsv": "\n\nFreedonia\tLocation\tFree\n"},
			want:  []string{"b.tsv:3: type: Location, but \"Freedonia\" is a Country at a.gen.tsv:1"},
		},
		{
			name:  "alias claimed twice by curated files",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\tFD\n", "b.tsv": "Fredonia Fund\tOrganization\tFD\n"},
			want:  []string{"b.tsv:1: alias: form \"FD\" of Fredonia Fund is also Alias of Freedonia (a.tsv:1)"},
		},
		{
			name:  "demonym claimed twice",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\t\tFree\nFreeland\tCountry\t\tFree\n"},
			want:  []string{"a.tsv:2: demonym: form \"Free\" of Freeland is also Demonym of Freedonia (a.tsv:1)"},
		},
		{
			name:  "unknown ambiguous form",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\n", "ambiguous.txt": "# c\nFreedonia\nSylvania\n"},
			want:  []string{"ambiguous.txt:3: \"Sylvania\" is not in the gazetteer"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			g, err := Load(fsys)
			if err == nil {
				t.Fatalf("Load = %v, want an error", g)
			}
			msg := err.Error()
			for _, w := range tt.want {
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
