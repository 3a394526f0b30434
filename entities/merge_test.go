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
			f := mergeNames(cands, sents)
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

func TestCorpus(t *testing.T) {
	arts := [][]graph.Actor{
		{{Name: "Donald Trump", Type: graph.Person}, {Name: "Volodymyr Zelenskyy", Type: graph.Person}},
		{{Name: "Trump", Type: graph.Person}, {Name: "Zelensky", Type: graph.Person}, {Name: "Russia", Type: graph.Country}},
		{{Name: "Volodymyr Zelensky", Type: graph.Person}, {Name: "Volodymyr Zelenskyy", Type: graph.Person}},
		{{Name: "Ivan Petrov", Type: graph.Person}, {Name: "Olga Petrov", Type: graph.Person}, {Name: "Petrov", Type: graph.Person}},
		// Ana Lima is the usual Lima: four articles against one
		{{Name: "Ana Lima", Type: graph.Person}, {Name: "Northland Senate", Type: graph.Organization, Aliases: []string{"Senate"}}},
		{{Name: "Ana Lima", Type: graph.Person}, {Name: "Northland Senate", Type: graph.Organization, Aliases: []string{"Senate"}}},
		{{Name: "Ana Lima", Type: graph.Person}, {Name: "Northland Senate", Type: graph.Organization, Aliases: []string{"Senate"}}},
		{{Name: "Ana Lima", Type: graph.Person}, {Name: "Southland Senate", Type: graph.Organization, Aliases: []string{"Senate", "Southland Upper House"}}},
		{{Name: "Rui Lima", Type: graph.Person}, {Name: "Lima", Type: graph.Person}, {Name: "Senate", Type: graph.Organization}, {Name: "Upper House", Type: graph.Organization}},
	}
	c := NewCorpus()
	for _, a := range arts {
		c.Add(a)
	}
	tests := []struct {
		art  int
		want []string
	}{
		{0, []string{"Donald Trump []", "Volodymyr Zelenskyy []"}},
		{1, []string{"Donald Trump [Trump]", "Volodymyr Zelenskyy [Zelensky]", "Russia []"}},
		// the spelling most articles use wins
		{2, []string{"Volodymyr Zelenskyy [Volodymyr Zelensky]", "Volodymyr Zelenskyy []"}},
		// two people fit a bare surname: it stays as it is
		{3, []string{"Ivan Petrov []", "Olga Petrov []", "Petrov []"}},
		// most articles that name a Lima in full name Ana Lima; three of
		// four give Northland Senate for "Senate"; one alone gives
		// "Upper House" in full, too few
		{8, []string{"Rui Lima []", "Ana Lima [Lima]", "Northland Senate [Senate]", "Upper House []"}},
	}
	for _, tt := range tests {
		got := c.Resolve(arts[tt.art])
		var names []string
		for _, a := range got {
			names = append(names, a.Name+" ["+strings.Join(a.Aliases, "|")+"]")
		}
		if !slices.Equal(names, tt.want) {
			t.Errorf("article %d: got %q, want %q", tt.art, names, tt.want)
		}
	}
}
