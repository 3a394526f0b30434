package gazetteer

import (
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestReadActorList(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []graph.Actor
		wantErr []string // one substring per error, in order
	}{
		{
			name: "valid",
			in: "# people\n\nDonald Trump\tPerson\tTrump|President Trump| Trump \n" +
				"Hizb ut Tahrir\torganisation\tHizb ut-Tahrir\r\n" +
				"Kyiv\tLocation\n",
			want: []graph.Actor{
				{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"President Trump", "Trump"}},
				{Name: "Hizb ut Tahrir", Type: graph.Organization, Aliases: []string{"Hizb ut-Tahrir"}},
				{Name: "Kyiv", Type: graph.Location},
			},
		},
		{
			name: "name repeated among aliases",
			in:   "NATO\tOrganization\tNATO|Nato\n",
			want: []graph.Actor{{Name: "NATO", Type: graph.Organization, Aliases: []string{"Nato"}}},
		},
		{
			name: "bad lines are reported, good ones kept",
			in: "Donald Trump\tPerson\n" +
				"Vladimir Putin\tPresident\tPutin\n" +
				"\tPerson\tnobody\n" +
				"Alaska\n" +
				"Kellogg\tPerson\tKeith|Kellogg\textra\n" +
				"Trump|Donald\tPerson\n" +
				"Crimea\tLocation\n",
			want: []graph.Actor{
				{Name: "Donald Trump", Type: graph.Person},
				{Name: "Crimea", Type: graph.Location},
			},
			wantErr: []string{
				`actors.tsv:2: type: unknown actor type "President"`,
				"actors.tsv:3: name: empty name",
				"actors.tsv:4: type: missing after name \"Alaska\"",
				"actors.tsv:5: 4 tab-separated fields, want at most 3",
				"actors.tsv:6: name: \"Trump|Donald\" contains \"|\"",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadActorList(strings.NewReader(tt.in), "actors.tsv")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("actors = %+v\nwant %+v", got, tt.want)
			}
			if len(tt.wantErr) == 0 {
				if err != nil {
					t.Errorf("error %v", err)
				}
				return
			}
			var list LineErrors
			if !errors.As(err, &list) {
				t.Fatalf("error %v (%T), want LineErrors", err, err)
			}
			if len(list) != len(tt.wantErr) {
				t.Fatalf("%d errors:\n%v\nwant %d", len(list), err, len(tt.wantErr))
			}
			for i, w := range tt.wantErr {
				if !strings.Contains(list[i].Error(), w) {
					t.Errorf("error %d = %q, want it to contain %q", i, list[i], w)
				}
			}
		})
	}
}

func TestReadActorListExampleFile(t *testing.T) {
	f, err := os.Open("testdata/actors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	actors, err := ReadActorList(f, "testdata/actors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) < 3 {
		t.Fatalf("%d actors in the example file", len(actors))
	}
}

func TestWith(t *testing.T) {
	g := testGazetteer(t)
	user := []graph.Actor{
		{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Trump", "President Trump"}},
		// A new actor whose alias a built-in actor claims: the user wins.
		{Name: "Georgia (U.S. state)", Type: graph.Location, Aliases: []string{"Georgia"}},
		// A built-in actor retyped and extended.
		{Name: "Pentagon", Type: graph.Location, Aliases: []string{"Pentagon building"}},
		// A built-in actor extended, type kept.
		{Name: "Ukraine", Type: graph.Unknown, Aliases: []string{"Ukrayina"}},
		// Two user actors on one alias: the later wins.
		{Name: "Hizb ut Tahrir", Type: graph.Organization, Aliases: []string{"HT"}},
		{Name: "Hayat Tahrir", Type: graph.Organization, Aliases: []string{"HT"}},
	}
	w := g.With(user)
	tests := []struct {
		surface   string
		canonical string
		typ       graph.ActorType
		kind      Kind
	}{
		{"Trump", "Donald Trump", graph.Person, Alias},
		{"Donald Trump", "Donald Trump", graph.Person, Name},
		{"Georgia", "Georgia (U.S. state)", graph.Location, Alias},
		{"Tbilisi", "Georgia", graph.Country, Capital},
		{"Pentagon", "Pentagon", graph.Location, Name},
		{"Department of Defense", "Pentagon", graph.Location, Alias},
		{"Pentagon building", "Pentagon", graph.Location, Alias},
		{"Ukrayina", "Ukraine", graph.Country, Alias},
		{"Kyiv", "Ukraine", graph.Country, Capital},
		{"HT", "Hayat Tahrir", graph.Organization, Alias},
		{"Russia", "Russia", graph.Country, Name},
	}
	for _, tt := range tests {
		e, ok := w.Lookup(tt.surface)
		if !ok || e.Canonical != tt.canonical || e.Type != tt.typ || e.Kind != tt.kind {
			t.Errorf("With: Lookup(%q) = %+v, %v; want %s (%s, %s)", tt.surface, e, ok, tt.canonical, tt.typ, tt.kind)
		}
	}
	if n, e, ok := w.Match([]string{"President", "Trump", "said"}, 0); !ok || n != 2 || e.Canonical != "Donald Trump" {
		t.Errorf("With: Match = %d, %+v, %v", n, e, ok)
	}
	// g is unchanged.
	if e, _ := g.Lookup("Georgia"); e.Canonical != "Georgia" || e.Type != graph.Country {
		t.Errorf("built-in Georgia changed: %+v", e)
	}
	if e, _ := g.Lookup("Pentagon"); e.Type != graph.Organization {
		t.Errorf("built-in Pentagon changed: %+v", e)
	}
	if _, ok := g.Lookup("Trump"); ok {
		t.Error("built-in gazetteer knows Trump")
	}
	if g.With(nil) != g {
		t.Error("With(nil) made a copy")
	}
}

func TestWithOnNil(t *testing.T) {
	var g *Gazetteer
	w := g.With([]graph.Actor{{Name: "Keith Kellogg", Type: graph.Person, Aliases: []string{"Kellogg"}}})
	if e, ok := w.Lookup("Kellogg"); !ok || e.Canonical != "Keith Kellogg" {
		t.Errorf("Lookup = %+v, %v", e, ok)
	}
	if _, ok := g.Lookup("Kellogg"); ok || g.Actors() != nil {
		t.Error("nil gazetteer knows something")
	}
}

// TestReadActorListLongLine: a line past maxLineBytes (or one without an
// end, as /dev/zero gives) is skipped and named; the lines around it are
// read, CRLF endings included.
func TestReadActorListLongLine(t *testing.T) {
	long := strings.Repeat("x", maxLineBytes+10)
	in := "Ada Quill\tPerson\r\n" + long + "\tPerson\n" + "Kestrel Bank\tOrganization\n" + long
	actors, err := ReadActorList(strings.NewReader(in), "mine.tsv")
	var names []string
	for _, a := range actors {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, []string{"Ada Quill", "Kestrel Bank"}) {
		t.Errorf("actors = %q, want the two short lines", names)
	}
	var lines LineErrors
	if !errors.As(err, &lines) || len(lines) != 2 || lines[0].Line != 2 || lines[1].Line != 4 {
		t.Fatalf("err = %v, want lines 2 and 4 named", err)
	}
	if msg := lines[0].Error(); !strings.HasPrefix(msg, "mine.tsv:2: ") || !strings.Contains(msg, "longer than") {
		t.Errorf("message %q does not name the file, the line and the fault", msg)
	}
}
