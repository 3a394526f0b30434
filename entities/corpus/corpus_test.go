package corpus_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/corpus"
	"github.com/actorgraph/actorgraph/graph"
)

// TestNames: a person a bare surname or a spelling variant names takes the
// full name most articles give; an organisation's short name the fuller
// name three articles agree on.
func TestNames(t *testing.T) {
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
		// names that differ in both given name and surname are two people
		{{Name: "Hiroshi Tanabe", Type: graph.Person}},
		{{Name: "Hiroshi Tanabe", Type: graph.Person}},
		{{Name: "Hiroshu Tanaba", Type: graph.Person}},
	}
	c := corpus.New()
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
		{11, []string{"Hiroshu Tanaba []"}},
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

// TestTypes: an actor an article took for a person takes the type most
// articles give its name; another type stands, and so does a person's
// when no other type has more articles than the rest.
func TestTypes(t *testing.T) {
	arts := [][]graph.Actor{
		{{Name: "Velmarton", Type: graph.Person}, {Name: "Orrin", Type: graph.Organization}, {Name: "Dalby", Type: graph.Person}},
		{{Name: "Velmarton", Type: graph.Location}, {Name: "Orrin", Type: graph.Person}, {Name: "Dalby", Type: graph.Location}},
		{{Name: "Velmarton", Type: graph.Location}, {Name: "Orrin", Type: graph.Person}, {Name: "Dalby", Type: graph.Organization}},
	}
	c := corpus.New()
	for _, a := range arts {
		c.Add(a)
	}
	got := c.Resolve(arts[0])
	want := []graph.ActorType{graph.Location, graph.Organization, graph.Person}
	for i, a := range got {
		if a.Type != want[i] {
			t.Errorf("%s: got %v, want %v", a.Name, a.Type, want[i])
		}
	}
}

// TestSaintsNameNoPerson: a name opened by a saint's title that an article
// took for a person ("St. Agnes") is no full name that a one-word name
// elsewhere ("Agnes", a person's given name) stands for.
func TestSaintsNameNoPerson(t *testing.T) {
	arts := [][]graph.Actor{
		{{Name: "St. Agnes", Type: graph.Person}, {Name: "Santa Lucia", Type: graph.Person}},
		{{Name: "Agnes", Type: graph.Person}, {Name: "Lucia", Type: graph.Person}},
	}
	c := corpus.New()
	for _, a := range arts {
		c.Add(a)
	}
	for _, a := range c.Resolve(arts[1]) {
		if len(a.Aliases) > 0 {
			t.Errorf("%v: renamed from %q", a.Name, a.Aliases)
		}
	}
}
