package coref

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Gender is the grammatical gender a person is referred to with: the
// pronouns "he" and "she" agree with it.
type Gender uint8

// The genders; UnknownGender agrees with both pronouns.
const (
	UnknownGender Gender = iota
	Male
	Female
)

//go:embed genders/*.txt
var gendersFS embed.FS

// genderTable gives the gender of first names, folded.
type genderTable struct {
	names map[string]Gender
}

// defaultGenders returns the built-in table of first names: the names whose
// people GUM's coreference chains refer to with one gender's pronouns only
// (genders/gum.txt, see learnGUMGenders), then the names of Moby's lists
// that are on one list only (genders/female.txt, genders/male.txt).
var defaultGenders = sync.OnceValues(func() (*genderTable, error) {
	t := &genderTable{names: map[string]Gender{}}
	lists := map[Gender]map[string]bool{Male: {}, Female: {}}
	for g, file := range map[Gender]string{Male: "genders/male.txt", Female: "genders/female.txt"} {
		b, err := gendersFS.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", file, err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "#") {
				lists[g][names.Fold(line)] = true
			}
		}
	}
	for g, names := range lists {
		other := lists[Male]
		if g == Male {
			other = lists[Female]
		}
		for n := range names {
			if !other[n] {
				t.names[n] = g
			}
		}
	}
	b, err := gendersFS.ReadFile("genders/gum.txt")
	if err != nil {
		return nil, fmt.Errorf("read genders/gum.txt: %w", err)
	}
	counts, err := parseGenderCounts(string(b))
	if err != nil {
		return nil, fmt.Errorf("genders/gum.txt: %w", err)
	}
	for _, c := range counts {
		switch g := c.gender(); {
		case g != UnknownGender:
			t.names[names.Fold(c.name)] = g
		case c.male > 0 && c.female > 0:
			delete(t.names, names.Fold(c.name)) // both genders in GUM's use
		}
	}
	return t, nil
})

// GivenName reports whether w is a first name of the built-in table, which
// people of one gender bear ("Bob", "Nikki"; not "Jordan").
func GivenName(w string) bool {
	t, err := defaultGenders()
	return err == nil && t.firstName(w) != UnknownGender
}

// firstName returns the gender of a first name, or UnknownGender.
func (t *genderTable) firstName(name string) Gender {
	if t == nil {
		return UnknownGender
	}
	return t.names[names.Fold(name)]
}

// genderCount is how often GUM refers to the people of one first name with
// masculine and with feminine pronouns.
type genderCount struct {
	name         string
	male, female int
}

// gender is the gender the counts attest: all the pronouns of one gender.
func (c genderCount) gender() Gender {
	switch {
	case c.male > 0 && c.female == 0:
		return Male
	case c.female > 0 && c.male == 0:
		return Female
	}
	return UnknownGender
}

// parseGenderCounts reads lines "name <TAB> he-count <TAB> she-count".
func parseGenderCounts(s string) ([]genderCount, error) {
	var out []genderCount
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated fields, got %d", i+1, len(f))
		}
		m, err1 := strconv.Atoi(f[1])
		w, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("line %d: counts %q and %q are not numbers", i+1, f[1], f[2])
		}
		out = append(out, genderCount{f[0], m, w})
	}
	return out, nil
}

// pronounGender is the gender a personal pronoun marks.
func pronounGender(w string) Gender {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return Male
	case "she", "her", "hers", "herself":
		return Female
	}
	return UnknownGender
}

// genderedWords are titles and nouns that say a person's gender when they
// stand before the name or in apposition to it ("Mrs. May", "spokeswoman
// Jane Roe", "Roe, the committee's chairwoman"). General English usage.
var genderedWords = map[string]Gender{
	"mr": Male, "mr.": Male, "sir": Male, "lord": Male, "king": Male, "prince": Male,
	"duke": Male, "emperor": Male, "tsar": Male, "czar": Male, "shah": Male, "sultan": Male,
	"pope": Male, "father": Male, "son": Male, "brother": Male, "husband": Male, "uncle": Male,
	"nephew": Male, "grandfather": Male, "grandson": Male, "man": Male, "boy": Male,
	"spokesman": Male, "chairman": Male, "congressman": Male, "businessman": Male,
	"statesman": Male, "councilman": Male, "assemblyman": Male, "countryman": Male,
	"widower": Male, "baron": Male, "earl": Male, "count": Male, "ayatollah": Male,
	"mrs": Female, "mrs.": Female, "ms": Female, "ms.": Female, "miss": Female, "madam": Female,
	"madame": Female, "dame": Female, "lady": Female, "queen": Female, "princess": Female,
	"duchess": Female, "empress": Female, "tsarina": Female, "mother": Female,
	"daughter": Female, "sister": Female, "wife": Female, "widow": Female, "aunt": Female,
	"niece": Female, "grandmother": Female, "granddaughter": Female, "woman": Female,
	"girl": Female, "spokeswoman": Female, "chairwoman": Female, "congresswoman": Female,
	"businesswoman": Female, "stateswoman": Female, "councilwoman": Female,
	"assemblywoman": Female, "actress": Female, "baroness": Female, "countess": Female,
	"heiress": Female, "countrywoman": Female,
}

// personGenders returns the gender of each person of an article, from the
// titles and gendered nouns written before or in apposition to its names,
// else from its first name. Other actors get UnknownGender.
func personGenders(f *found.Found, sents []ud.Sentence, table *genderTable) []Gender {
	votes := make([][3]int, len(f.Actors))
	for _, sp := range f.Spans {
		if sp.Kind != found.NameSpan || f.Actors[sp.Actor].Type != graph.Person {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		// before the name: "Mrs. Roe", "spokeswoman Jane Roe", "the
		// prime minister's wife, Jane Roe"
		for k := sp.Start - 1; k >= 0 && k >= sp.Start-3; k-- {
			w := strings.ToLower(toks[k].Form)
			if g, ok := genderedWords[w]; ok {
				votes[sp.Actor][g] += 3
				break
			}
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "ADP" {
				break // "a spokeswoman for Tom Hale" is another person
			}
		}
		// in apposition: "Jane Roe, a spokeswoman for ..."
		if sp.End+1 < len(toks) && toks[sp.End].Form == "," {
			for k := sp.End + 1; k < len(toks) && k <= sp.End+5; k++ {
				if g, ok := genderedWords[strings.ToLower(toks[k].Form)]; ok && toks[k].UPOS == "NOUN" {
					votes[sp.Actor][g] += 3
					break
				}
				if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "ADP" || strings.HasPrefix(toks[k].XPOS, "WP") || toks[k].Form == "," {
					break // "Tom Hale, whose wife", "Tom Hale, a friend of the queen": another person's
				}
			}
		}
	}
	out := make([]Gender, len(f.Actors))
	for i, a := range f.Actors {
		if a.Type != graph.Person {
			continue
		}
		if words := names.PersonWords(strings.Fields(a.Name)); len(words) >= 2 {
			votes[i][table.firstName(words[0])]++
		}
		switch {
		case votes[i][Male] > votes[i][Female]:
			out[i] = Male
		case votes[i][Female] > votes[i][Male]:
			out[i] = Female
		}
	}
	return out
}
