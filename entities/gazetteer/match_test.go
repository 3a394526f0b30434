package gazetteer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name      string
		words     string // space-separated tokens
		i, n      int    // the match's first token and length; n 0: no match
		canonical string
		kind      Kind
	}{
		{"longest multi-word", "the United Nations General Assembly opened", 1, 4, "UN General Assembly", Alias},
		{"shorter prefix", "the United Nations said", 1, 2, "United Nations", Name},
		{"dotted acronym", "U.S. President Donald Trump", 0, 1, "United States", Alias},
		{"separate possessive token left", "Russia 's war", 0, 1, "Russia", Name},
		{"possessive inside token", "Russia's war", 0, 1, "Russia", Name},
		{"possessive multi-word", "South Korea’s president", 0, 2, "South Korea", Name},
		{"apostrophe split", "People 's Republic of China", 0, 5, "China", Alias},
		{"apostrophe in token", "People's Republic of China", 0, 4, "China", Alias},
		{"hyphen split", "Guinea - Bissau", 0, 3, "Guinea-Bissau", Name},
		{"hyphen in token", "Guinea-Bissau", 0, 1, "Guinea-Bissau", Name},
		{"Guinea alone", "Guinea and", 0, 1, "Guinea", Name},
		{"the is not skipped", "the Kremlin said", 0, 0, "", 0},
		{"seat after the", "the Kremlin said", 1, 1, "Russia", Seat},
		{"demonym", "Russian jets", 0, 1, "Russia", Demonym},
		{"diacritics", "Türkiye said", 0, 1, "Turkey", Alias},
		{"headline", "RUSSIA INVADES UKRAINE", 2, 1, "Ukraine", Name},
		{"pronoun", "let us go", 1, 0, "", 0},
		{"lower-case word", "fine china plates", 1, 0, "", 0},
		{"no match", "President Donald Trump", 0, 0, "", 0},
		{"out of range", "Russia", 3, 0, "", 0},
		{"sentence-final period split", "sanctions on the U.S .", 3, 2, "United States", Alias},
		{"Washington D.C.", "Washington , D.C. said", 0, 3, "United States", Capital},
		{"seat two words", "Downing Street said", 0, 2, "United Kingdom", Seat},
		{"region adjective is not the U.S.", "Latin American leaders", 0, 2, "Latin America", Demonym},
		{"ocean is not India", "the Indian Ocean", 1, 2, "Indian Ocean", Name},
		{"gulf is not Mexico", "Gulf of Mexico", 0, 3, "Gulf of Mexico", Name},
		{"people, not an actor", "African - American voters", 0, 3, "African Americans", Alias},
		{"possessive belongs to the name", "St. George 's University", 0, 3, "Grenada", Capital},
		{"longer organisation name", "the National Security Council met", 1, 3, "U.S. National Security Council", Alias},
		{"capital inside a newspaper name", "The Moscow Times reported", 1, 2, "The Moscow Times", Name},
		{"capital inside a treaty name", "the Minsk agreements", 1, 2, "Minsk agreements", Name},
	}
	g := testGazetteer(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			n, e, ok := g.Match(words, tt.i)
			if tt.n == 0 {
				if ok {
					t.Errorf("Match(%q, %d) = %d, %+v; want no match", tt.words, tt.i, n, e)
				}
				return
			}
			if !ok || n != tt.n || e.Canonical != tt.canonical || e.Kind != tt.kind {
				t.Errorf("Match(%q, %d) = %d, %+v, %v; want %d, %s (%s)", tt.words, tt.i, n, e, ok, tt.n, tt.canonical, tt.kind)
			}
		})
	}
}

// TestMatchAgreesWithLookup checks that every built-in form is found by
// Match when tokenized on spaces, as by Lookup.
func TestMatchAgreesWithLookup(t *testing.T) {
	g := testGazetteer(t)
	for _, a := range g.Actors() {
		for _, form := range append([]string{a.Name}, a.Aliases...) {
			words := strings.Fields(form)
			if len(words) > 0 && (words[0] == "the" || words[0] == "The") {
				words = words[1:]
			}
			le, lok := g.Lookup(form)
			n, me, mok := g.Match(words, 0)
			if !lok || !mok || n != len(words) || le != me {
				t.Errorf("%q: Lookup = %+v, %v; Match = %d, %+v, %v", form, le, lok, n, me, mok)
			}
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g := testGazetteer(b)
	var words []string
	for _, a := range corpustest.Articles(b) {
		words = append(words, benchTokens(string(a.Text))...)
	}
	if len(words) == 0 {
		b.Fatal("no words")
	}
	b.ReportAllocs()
	b.ResetTimer()
	matches := 0
	for b.Loop() {
		for i := range words {
			if _, _, ok := g.Match(words, i); ok {
				matches++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/token")
}

// benchTokens splits text roughly as a UD tokenizer would: on spaces, with
// punctuation and a possessive "'s" split off.
func benchTokens(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		var tail []string
		for len(f) > 1 && strings.ContainsAny(f[len(f)-1:], ".,;:!?\")") && !strings.HasSuffix(f, "U.S.") {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		if base, ok := strings.CutSuffix(f, "'s"); ok && base != "" {
			out = append(out, base, "'s")
		} else {
			out = append(out, strings.TrimLeft(f, "\"("))
		}
		out = append(out, tail...)
	}
	return out
}

func ExampleGazetteer_Match() {
	g, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := []string{"The", "United", "Nations", "General", "Assembly", "heard", "the", "Kremlin", "'s", "envoy"}
	for i := 0; i < len(words); i++ {
		if n, e, ok := g.Match(words, i); ok {
			fmt.Printf("%s -> %s (%s, %s)\n", strings.Join(words[i:i+n], " "), e.Canonical, e.Type, e.Kind)
			i += n - 1
		}
	}
	// Output:
	// United Nations General Assembly -> UN General Assembly (Organization, Alias)
	// Kremlin -> Russia (Country, Seat)
}

func FuzzMatch(f *testing.F) {
	g := testGazetteer(f)
	for _, s := range []string{"the United Nations General Assembly", "Russia 's", "Côte d’Ivoire", "U.S .", "RUSSIA", "’s", "", "Guinea - Bissau", "\u00a0Kremlin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		for i := range words {
			n, e, ok := g.Match(words, i)
			if ok && (n < 1 || i+n > len(words) || e.Canonical == "") {
				t.Fatalf("Match(%q, %d) = %d, %+v", words, i, n, e)
			}
		}
		if e, ok := g.Lookup(s); ok && e.Canonical == "" {
			t.Fatalf("Lookup(%q) = %+v", s, e)
		}
		g.Demonym(s)
	})
}
