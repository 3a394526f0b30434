package coref

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

var updateGenders = flag.Bool("update-genders", false, "rewrite genders/gum.txt from GUM's training split")

// titleRoles are the titles and role nouns of package entities
// (*entities.Roles), which learnGUMGenders leaves out of first names.
type titleRoles interface {
	IsTitle(word string) bool
	Role(word string) string
}

// startsUpper reports whether w starts with an upper-case letter, as the
// finder of package entities reads names.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// learnGUMGenders counts, for each first name of a named person in GUM's
// documents, the masculine and feminine pronouns of the person's
// coreference chain. The first name is the first word of the person's
// fullest name, titles and roles left out, when the name has two words
// or more.
func learnGUMGenders(docs []gum.Document, roles titleRoles) []genderCount {
	// words GUM also uses as common words ("Doctor", "Vice") are titles,
	// not first names
	common := map[string]bool{}
	for _, d := range docs {
		// and words of the names of places and organisations ("United")
		for _, m := range d.Mentions {
			if m.Named && m.EType != "person" {
				for _, t := range d.Sentences[m.Sentence].Tokens[m.NameStart:m.NameEnd] {
					common[strings.ToLower(t.Form)] = true
				}
			}
		}
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				if t.XPOS == "NN" || t.XPOS == "NNS" || t.XPOS == "JJ" || t.XPOS == "RB" {
					common[strings.ToLower(t.Form)] = true
				}
			}
		}
	}
	byName := map[string]*genderCount{}
	for _, d := range docs {
		for _, c := range d.Chains {
			first, words := "", 0
			var male, female int
			for _, m := range c.Mentions {
				if m.EType != "person" {
					continue
				}
				if m.Named {
					var ws []string
					for _, t := range d.Sentences[m.Sentence].Tokens[m.NameStart:m.NameEnd] {
						if len(ws) == 0 && (roles.IsTitle(t.Form) || roles.Role(t.Form) != "" || genderedWords[strings.ToLower(t.Form)] != UnknownGender) {
							continue
						}
						ws = append(ws, t.Form)
					}
					if pw := names.PersonWords(ws); len(pw) >= 2 && len(pw) > words && startsUpper(pw[0]) && !common[strings.ToLower(pw[0])] {
						first, words = pw[0], len(pw)
					}
				}
				if m.End-m.Start == 1 {
					switch pronounGender(d.Sentences[m.Sentence].Tokens[m.Start].Form) {
					case Male:
						male++
					case Female:
						female++
					}
				}
			}
			if first == "" || male+female == 0 {
				continue
			}
			gc := byName[first]
			if gc == nil {
				gc = &genderCount{name: first}
				byName[first] = gc
			}
			gc.male += male
			gc.female += female
		}
	}
	var out []genderCount
	for _, c := range byName {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b genderCount) int { return cmp.Compare(a.name, b.name) })
	return out
}

func formatGenderCounts(counts []genderCount) string {
	var sb strings.Builder
	sb.WriteString("# First names of GUM's people and how often GUM's coreference chains refer to\n")
	sb.WriteString("# them with masculine and with feminine pronouns: name <TAB> he <TAB> she.\n")
	sb.WriteString("# Learned from the training split of UD English GUM (CC BY 4.0 and others, see\n")
	sb.WriteString("# its LICENSE.txt) by TestGUMGenderTable; rewrite with go test -update-genders.\n")
	for _, c := range counts {
		fmt.Fprintf(&sb, "%s\t%d\t%d\n", c.name, c.male, c.female)
	}
	return sb.String()
}

// testGUMGenderTable, run by TestGUMGenderTable of entities_test.go with
// the role nouns of package entities, checks that genders/gum.txt is what
// GUM's training split teaches, and rewrites it with -update-genders.
func testGUMGenderTable(t *testing.T, roles titleRoles) {
	docs := gumtest.Split(t, "train")
	want := formatGenderCounts(learnGUMGenders(docs, roles))
	if *updateGenders {
		if err := os.WriteFile("genders/gum.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := gendersFS.ReadFile("genders/gum.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !*updateGenders && string(got) != want {
		t.Errorf("genders/gum.txt is not what GUM teaches; run go test -run TestGUMGenderTable -update-genders ./entities/coref/")
	}
}

func TestFirstNameGenders(t *testing.T) {
	table := testenv.Must(t, defaultGenders)
	tests := []struct {
		name string
		want Gender
	}{
		{"Margaret", Female},
		{"Robert", Male},
		{"Élisabeth", Female}, // folded: diacritics do not matter
		{"Zqxw", UnknownGender},
		{"Kim", UnknownGender}, // on both of Moby's lists
	}
	for _, tt := range tests {
		if got := table.firstName(tt.name); got != tt.want {
			t.Errorf("firstName(%q) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestPersonGenders(t *testing.T) {
	// "Mrs. Lee Park met spokeswoman Sam Ortiz and Ahmed Karimov ."
	words := []string{"Mrs.", "Lee", "Park", "met", "spokeswoman", "Sam", "Ortiz", "and", "Ahmed", "Karimov", "."}
	toks := make([]ud.Token, len(words))
	for i, w := range words {
		toks[i] = ud.Token{Form: w, UPOS: "PROPN"}
	}
	toks[3].UPOS, toks[4].UPOS = "VERB", "NOUN"
	f := &found.Found{
		Actors: []graph.Actor{{Name: "Lee Park", Type: graph.Person}, {Name: "Sam Ortiz", Type: graph.Person}, {Name: "Ahmed Karimov", Type: graph.Person}},
		Spans: []found.Span{
			{Sentence: 0, Start: 1, End: 3, Head: 2, Actor: 0},
			{Sentence: 0, Start: 5, End: 7, Head: 6, Actor: 1},
			{Sentence: 0, Start: 8, End: 10, Head: 9, Actor: 2},
		},
	}
	table := &genderTable{names: map[string]Gender{"ahmed": Male, "sam": Male}}
	got := personGenders(f, []ud.Sentence{{Tokens: toks}}, table)
	want := []Gender{Female, Female, Male}
	if !slices.Equal(got, want) {
		t.Errorf("personGenders = %v, want %v", got, want)
	}
}
