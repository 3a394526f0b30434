package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// TestMergeNames: one real-world actor is one actor, named by its fullest
// name, whatever the article calls it.
func TestMergeNames(t *testing.T) {
	type name struct {
		words string
		typ   graph.ActorType
		canon string // set for gazetteer names
	}
	tests := []struct {
		name  string
		names []name
		want  []string // "Name [alias|alias]"
	}{
		{"surname joins full name", []name{{"Donald Trump", graph.Person, ""}, {"Trump", graph.Person, ""}},
			[]string{"Donald Trump [Trump]"}},
		{"surname first", []name{{"Trump", graph.Person, ""}, {"Donald J. Trump", graph.Person, ""}},
			[]string{"Donald J. Trump [Trump]"}},
		{"spelling variants", []name{{"Volodymyr Zelenskyy", graph.Person, ""}, {"Zelensky", graph.Person, ""}, {"Volodymyr Zelenskiy", graph.Person, ""}},
			[]string{"Volodymyr Zelenskyy [Volodymyr Zelenskiy|Zelensky]"}},
		{"Arabic article", []name{{"Bashar al-Assad", graph.Person, ""}, {"Assad", graph.Person, ""}},
			[]string{"Bashar al-Assad [Assad]"}},
		{"two people one surname stay apart", []name{{"Kim Jong Un", graph.Person, ""}, {"Kim Yo Jong", graph.Person, ""}},
			[]string{"Kim Jong Un []", "Kim Yo Jong []"}},
		{"mistyped single name joins a person", []name{{"Yuri Ushakov", graph.Person, ""}, {"Ushakov", graph.Organization, ""}},
			[]string{"Yuri Ushakov [Ushakov]"}},
		{"organisation suffix", []name{{"UN General Assembly", graph.Organization, ""}, {"General Assembly", graph.Organization, ""}},
			[]string{"UN General Assembly [General Assembly]"}},
		{"acronym", []name{{"National Security and Defense Council", graph.Organization, ""}, {"NSDC", graph.Organization, ""}},
			[]string{"National Security and Defense Council [NSDC]"}},
		{"opening words of a company's name", []name{{"Tarnwell Medical Services Inc", graph.Organization, ""}, {"Tarnwell Medical", graph.Person, ""}},
			[]string{"Tarnwell Medical Services Inc [Tarnwell Medical]"}},
		{"a branch in a country is another company", []name{{"Dravo Marine Norway Inc", graph.Organization, ""}, {"Dravo Marine", graph.Organization, ""}},
			[]string{"Dravo Marine Norway Inc []", "Dravo Marine []"}},
		{"a finance arm is another company", []name{{"Dravo Marine Credit Corp", graph.Organization, ""}, {"Dravo Marine", graph.Organization, ""}},
			[]string{"Dravo Marine Credit Corp []", "Dravo Marine []"}},
		{"a body's bare noun is no alias", []name{{"Norland Banking Committee", graph.Organization, ""}, {"Committee", graph.Organization, ""}},
			[]string{"Norland Banking Committee []"}},
		{"a bank's bare noun is no alias", []name{{"Bank of Norland", graph.Organization, ""}, {"Bank", graph.Organization, ""}},
			[]string{"Bank of Norland []"}},
		{"legal forms alone are no alias", []name{{"Velmar Holdings Co Inc", graph.Organization, ""}, {"Co Inc", graph.Organization, ""}},
			[]string{"Velmar Holdings Co Inc []"}},
		{"a surname that is a common word stays", []name{{"Ann May", graph.Person, ""}, {"May", graph.Person, ""}},
			[]string{"Ann May [May]"}},
		{"a firm's short name that is a common word stays", []name{{"Gulf Velmar Corp", graph.Organization, ""}, {"Gulf", graph.Organization, ""}},
			[]string{"Gulf Velmar Corp [Gulf]"}},
		{"an acronym that spells legal forms stays", []name{{"Aland Soy Association", graph.Organization, ""}, {"ASA", graph.Organization, ""}},
			[]string{"Aland Soy Association [ASA]"}},
		{"a gazetteer body's acronym opening a firm's name is the firm's", []name{{"CPC", graph.Organization, "Chinese Communist Party"}, {"CPC Velmar Inc", graph.Organization, ""}},
			[]string{"CPC Velmar Inc [CPC]"}},
		{"the body named in full keeps its acronym", []name{{"CPC", graph.Organization, "Chinese Communist Party"}, {"Communist Party of China", graph.Organization, "Chinese Communist Party"}, {"CPC Velmar Inc", graph.Organization, ""}},
			[]string{"CPC Velmar Inc []", "Chinese Communist Party [CPC|Communist Party of China]"}},
		{"a company the gazetteer calls by its acronym keeps it", []name{{"IBM", graph.Organization, "IBM"}, {"IBM Velmar Corp", graph.Organization, ""}},
			[]string{"IBM Velmar Corp []", "IBM []"}},
		{"a state's acronym stays the state's", []name{{"U.S.", graph.Country, "United States"}, {"U.S. Velmar Corp", graph.Organization, ""}},
			[]string{"U.S. Velmar Corp []", "United States [U.S.]"}},
		{"a capitalised common noun alone names no actor", []name{{"Exchange", graph.Person, ""}, {"Company", graph.Organization, ""}},
			nil},
		{"gazetteer canonical wins", []name{{"U.S.", graph.Country, "United States"}, {"Washington", graph.Country, "United States"}},
			[]string{"United States [U.S.|Washington]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cands []candidate
			var sents []ud.Sentence
			for i, n := range tt.names {
				words := strings.Fields(n.words)
				toks := make([]ud.Token, len(words))
				for k, w := range words {
					toks[k] = ud.Token{ID: k + 1, Form: w, Head: -1}
				}
				sents = append(sents, ud.Sentence{Tokens: toks})
				cands = append(cands, candidate{sent: i, start: 0, end: len(words), typ: n.typ, canonical: n.canon, words: words})
			}
			f := mergeNames(cands, sents, func(w string) bool { return w == "Norway" })
			var got []string
			for _, a := range f.Actors {
				got = append(got, a.Name+" ["+strings.Join(a.Aliases, "|")+"]")
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestBareWordAfterName: a bare "Committee" the finder cut off the name
// before it ("Norland Banking" + "Committee") is no short name of another
// committee the article names.
func TestBareWordAfterName(t *testing.T) {
	sents := []ud.Sentence{
		wordsSentence("Norland", "Banking", "Committee", "met"),
		wordsSentence("Velmar", "Budget", "Committee", "met"),
	}
	cands := []candidate{
		{sent: 0, start: 0, end: 2, typ: graph.Organization, words: []string{"Norland", "Banking"}},
		{sent: 0, start: 2, end: 3, typ: graph.Organization, words: []string{"Committee"}},
		{sent: 1, start: 0, end: 3, typ: graph.Organization, words: []string{"Velmar", "Budget", "Committee"}},
	}
	f := mergeNames(cands, sents, nil)
	for _, sp := range f.Spans {
		if sp.Sentence == 0 && sp.Start == 2 {
			t.Errorf("the cut-off Committee refers to %s", f.Actors[sp.Actor].Name)
		}
	}
}

// wordsSentence returns an unparsed sentence of the words ws.
func wordsSentence(ws ...string) ud.Sentence {
	toks := make([]ud.Token, len(ws))
	for k, w := range ws {
		toks[k] = ud.Token{ID: k + 1, Form: w, Head: -1}
	}
	return ud.Sentence{Tokens: toks}
}

// TestClusterCounts checks the names a cluster counts: each listed once,
// in the order first seen, with how often it came, and bestName choosing
// the name of most words, initials aside, then the most frequent, then
// the first seen; counting a name seen before allocates nothing.
func TestClusterCounts(t *testing.T) {
	c := &cluster{}
	for _, n := range []string{"Reed", "Ann Reed", "A. Reed", "Ann Reed", "Reed", "Tom Reed", "Tom Reed", "Tom Reed"} {
		c.add(strings.Fields(n), graph.Person, false)
	}
	if want := []string{"Reed", "Ann Reed", "A. Reed", "Tom Reed"}; !slices.Equal(c.names, want) {
		t.Errorf("names %q, want %q", c.names, want)
	}
	if want := []int{2, 2, 1, 3}; !slices.Equal(c.counts, want) {
		t.Errorf("counts %v, want %v", c.counts, want)
	}
	if len(c.folded) != len(c.names) {
		t.Errorf("%d folded names for %d names", len(c.folded), len(c.names))
	}
	if got := c.bestName(); got != "Tom Reed" {
		t.Errorf("bestName %q, want Tom Reed, the most frequent of two words", got)
	}
	c.add(strings.Fields("Ann Reed"), graph.Person, false)
	if got := c.bestName(); got != "Ann Reed" {
		t.Errorf("bestName %q, want Ann Reed, as frequent as Tom Reed and seen first", got)
	}
	if n := testing.AllocsPerRun(100, func() { c.count("Tom Reed") }); n != 0 {
		t.Errorf("counting a name seen before: %v allocations, want none", n)
	}
}
