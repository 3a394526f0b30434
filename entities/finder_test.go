package entities

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
	"golang.org/x/tools/txtar"
)

// shipped returns the syntax model and a Finder with the shipped
// gazetteer and recogniser, loaded once for all tests.
var shipped = sync.OnceValues(func() (*syntax.Model, *Finder) {
	model, err := syntax.DefaultModel()
	if err != nil {
		panic(err)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	rec, err := ner.DefaultRecognizer()
	if err != nil {
		panic(err)
	}
	return model, NewFinder(gaz, rec)
})

// namedActors analyses text and returns the actors the article names, as
// "Name (Type)", sorted.
func namedActors(t *testing.T, text string) []string {
	t.Helper()
	model, finder := shipped()
	f := finder.Find(model.Analyze(text))
	var got []string
	for i, a := range f.Actors {
		if f.Named[i] {
			got = append(got, a.Name+" ("+a.Type.String()+")")
		}
	}
	slices.Sort(got)
	return got
}

// TestFindActors checks, on short texts written for it, the actors the
// finder gives for the shapes of names it must read: each listed actor
// must be found with its type, and each unwanted name must not be an
// actor's name.
// findCase is a case of TestFindActors: file's lines "+ Name (Type)" are
// the actors its text must name, lines "- Name" names that must be no
// actor, and the other lines the text.
type findCase struct {
	name, text   string
	want, unwant []string
}

func findCaseOf(file txtar.File) findCase {
	c := findCase{name: file.Name}
	var text []string
	for _, l := range strings.Split(strings.TrimSuffix(string(file.Data), "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "+ "):
			c.want = append(c.want, l[2:])
		case strings.HasPrefix(l, "- "):
			c.unwant = append(c.unwant, l[2:])
		default:
			text = append(text, l)
		}
	}
	c.text = strings.Join(text, "\n")
	return c
}

func TestFindActors(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/find_actors.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(ar.Files) == 0 {
		t.Fatal("no cases in testdata/find_actors.txtar")
	}
	for _, file := range ar.Files {
		tt := findCaseOf(file)
		t.Run(tt.name, func(t *testing.T) {
			got := namedActors(t, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; got %s", w, strings.Join(got, ", "))
				}
			}
			for _, u := range tt.unwant {
				for _, g := range got {
					if strings.HasPrefix(g, u+" (") {
						t.Errorf("unwanted actor %s; got %s", g, strings.Join(got, ", "))
					}
				}
			}
		})
	}
}

// TestNamePairIsNoName checks that two surnames joined by a hyphen name
// no actor and join neither person to the other.
func TestNamePairIsNoName(t *testing.T) {
	model, finder := shipped()
	text := "President Ortega said the republic would offer a draft treaty at talks in Geneva tomorrow.\n\n" +
		"Welcoming Northern leader Hanna Berger's offer on Saturday, Ortega said the obstacle was gone.\n\n" +
		"He said the draft followed the formula he agreed upon with Berger at their summit last October.\n\n" +
		"He said Berger's new offer was consistent with the position at the earlier Ortega-Berger summit in Geneva in 1985."
	f := finder.Find(model.Analyze(text))
	var got []string
	for _, a := range f.Actors {
		got = append(got, a.Name+" ["+strings.Join(a.Aliases, "|")+"]")
	}
	slices.Sort(got)
	want := []string{"Geneva []", "Hanna Berger [Berger]", "Ortega []"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRetypeBodyNoun checks that a name ending in a body's noun is an
// organisation whatever type the recogniser gave it, and that a place's
// name ending in a noun that places share stays a place.
func TestRetypeBodyNoun(t *testing.T) {
	tests := []struct {
		words []string
		typ   graph.ActorType
		want  graph.ActorType
	}{
		{[]string{"Federal", "Grain", "Marketing", "Board"}, graph.Location, graph.Organization},
		{[]string{"Northern", "Water", "Authority"}, graph.Location, graph.Organization},
		{[]string{"Left", "Bank"}, graph.Location, graph.Location},
		{[]string{"Harbour", "Trade", "Center"}, graph.Location, graph.Location},
		{[]string{"Lake", "Ontario"}, graph.Location, graph.Location},
	}
	for _, tt := range tests {
		toks := make([]ud.Token, len(tt.words))
		for i, w := range tt.words {
			toks[i] = ud.Token{Form: w, UPOS: "PROPN"}
		}
		if got := retype(toks, tt.typ); got != tt.want {
			t.Errorf("retype(%q, %v) = %v, want %v", tt.words, tt.typ, got, tt.want)
		}
	}
}

// TestDatelineIsNoGloss checks that the place of a dateline is no other
// name of the agency in brackets after it.
func TestDatelineIsNoGloss(t *testing.T) {
	model, finder := shipped()
	for _, text := range []string{
		"TALLINN/NARVA (Reuters) - Grain prices rose on Monday, traders in both towns said.",
	} {
		f := finder.Find(model.Analyze(text))
		for _, a := range f.Actors {
			if a.Name == "Reuters" && len(a.Aliases) > 0 {
				t.Errorf("%s: Reuters has aliases %q", text, a.Aliases)
			}
		}
	}
}

// TestCreditsNameNoActors checks that the reporters, editors and
// photographers a story credits are no actors of it.
func TestCreditsNameNoActors(t *testing.T) {
	model, finder := shipped()
	text := "Chile and Peru signed a fishing accord on Monday.\n\n" +
		"By Ann Reed and Tom Vale\n\n" +
		"REUTERS/Eva Lind/File Photo\n\n" +
		"Chilean President Ana Soto said the accord was fair.\n\n" +
		"(Reporting by Ann Reed in Lima; Additional reporting by Nils Berg; Editing by Tom Vale)\n"
	var got []string
	for _, a := range finder.Find(model.Analyze(text)).Actors {
		got = append(got, a.Name)
	}
	slices.Sort(got)
	if want := []string{"Ana Soto", "Chile", "Peru"}; !slices.Equal(got, want) {
		t.Errorf("actors %q, want %q", got, want)
	}
}

// TestNamesAfterRole checks the backstop for a person's name right after a
// role noun that the recogniser did not read: a given name and a surname
// make a person; a firm's words and a taken token do not.
func TestNamesAfterRole(t *testing.T) {
	_, finder := shipped()
	toks := func(spec string) []ud.Token {
		var out []ud.Token
		for i, f := range strings.Fields(spec) {
			// form/UPOS, or form/UPOS/head/deprel
			parts := strings.Split(f, "/")
			tok := ud.Token{ID: i + 1, Form: parts[0], UPOS: parts[1], Head: -1}
			if len(parts) == 4 {
				tok.Head, _ = strconv.Atoi(parts[2])
				tok.Deprel = parts[3]
			}
			out = append(out, tok)
		}
		return out
	}
	for _, c := range []struct {
		spec  string
		taken int // a token already in a name, or -1
		want  string
	}{
		{"Israeli/ADJ Spokesman/NOUN Susan/PROPN Walker/PROPN said/VERB", -1, "Susan Walker"},
		{"Israeli/ADJ Spokesman/NOUN Susan/PROPN Walker/PROPN said/VERB", 3, ""},
		{"the/DET spokesman/NOUN Susan/PROPN Walker/PROPN Inc/PROPN said/VERB", -1, ""},
		{"the/DET tall/ADJ Susan/PROPN Walker/PROPN said/VERB", -1, ""},
		// a given name the lists do not know, read by the parser as a
		// name the title describes
		{"Latvian/ADJ Spokesman/NOUN/3/nmod:desc Zorvek/PROPN/5/nsubj Quillan/PROPN/3/flat said/VERB", -1, "Zorvek Quillan"},
		{"Latvian/ADJ Spokesman/NOUN/3/nmod:desc Zorvek/PROPN/5/nsubj Quillan/PROPN/5/obj said/VERB", -1, ""},
		{"Latvian/ADJ spokesman/NOUN/3/nmod:desc Zorvek/PROPN/5/nsubj Quillan/PROPN/3/flat said/VERB", -1, ""},
		// a given name taken for a capitalised pronoun
		{"Chinese/ADJ Premier/NOUN Zhou/PROPN He/PRON said/VERB", -1, "Zhou He"},
		{"Chinese/ADJ Premier/NOUN Zhou/PROPN He/PRON Tao/PROPN said/VERB", -1, ""},
	} {
		ts := toks(c.spec)
		taken := make([]bool, len(ts))
		if c.taken >= 0 {
			taken[c.taken] = true
		}
		got := ""
		for _, cand := range finder.namesAfterRole(0, ts, nil, taken) {
			got = strings.Join(cand.words, " ")
		}
		if got != c.want {
			t.Errorf("%s (taken %d): got %q, want %q", c.spec, c.taken, got, c.want)
		}
	}
}

// TestPeopleNamesItsState: a people's plural ("the Peruvians") is another
// name of its state's actor, though a bare nationality makes no actor of
// the article.
func TestPeopleNamesItsState(t *testing.T) {
	model, finder := shipped()
	tests := []struct {
		name, text, state string
		named             bool
	}{
		{"with the state named", "Peru signed the accord. The Peruvians want a port on the coast.", "Peru", true},
		{"alone", "Many Peruvians enjoy football on Sundays.", "Peru", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := finder.Find(model.Analyze(tt.text))
			k := slices.IndexFunc(f.Actors, func(a graph.Actor) bool { return a.Name == tt.state })
			if k < 0 {
				t.Fatalf("no actor %s in %v", tt.state, f.Actors)
			}
			if !slices.Contains(f.Actors[k].Aliases, "Peruvians") {
				t.Errorf("%s's aliases %q lack Peruvians", tt.state, f.Actors[k].Aliases)
			}
			if f.Named[k] != tt.named {
				t.Errorf("%s named %v, want %v", tt.state, f.Named[k], tt.named)
			}
		})
	}
}
