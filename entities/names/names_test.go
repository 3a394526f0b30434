package names

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestFoldName(t *testing.T) {
	for in, want := range map[string]string{
		"Zelenskyy":        "zelenskyy",
		"Türkiye":          "turkiye",
		"Bashar  al-Assad": "bashar al assad",
		"Russia’s":         "russia's",
		"Ahmad al‐Sharaa":  "ahmad al sharaa",
		"Défense Ministry": "defense ministry",
	} {
		t.Run(in, func(t *testing.T) {
			if got := Fold(in); got != want {
				t.Errorf("Fold(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskyy", true},
		{"zelenskiy", "zelenskyy", true},
		{"assad", "assad", true},
		{"putin", "pudin", false}, // too short to risk
		{"johnson", "jackson", false},
		{"trump", "truss", false},
		{"netanyahu", "netanyahou", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := SpellingVariants(tt.a, tt.b); got != tt.want {
				t.Errorf("SpellingVariants(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSurnameKey(t *testing.T) {
	for in, want := range map[string]string{
		"al-Assad": "assad", "Assad": "assad", "el-Sisi": "sisi", "Al": "al", "Zelenskyy": "zelenskyy",
	} {
		if got := SurnameKey(in); got != want {
			t.Errorf("SurnameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAcronym(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"North", "Atlantic", "Treaty", "Organization"}, "NATO"},
		{[]string{"National", "Security", "and", "Defense", "Council"}, "NSDC"},
		{[]string{"Putin"}, ""},
	}
	for _, tt := range tests {
		if got := Acronym(tt.words); got != tt.want {
			t.Errorf("Acronym(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
	abbr := []struct {
		acronym string
		words   []string
		want    bool
	}{
		{"BCP", []string{"Banco", "Comercial", "Del", "Pacifico"}, true},
		{"BCDP", []string{"Banco", "Comercial", "Del", "Pacifico"}, true},
		{"NATO", []string{"North", "Atlantic", "Treaty", "Organization"}, true},
		{"BP", []string{"Banco", "Del", "Pacifico"}, true},
		{"DP", []string{"Del", "Pacifico"}, true},
		{"P", []string{"Del", "Pacifico"}, false},
		{"BC", []string{"Banco", "Comercial", "Del", "Pacifico"}, false},
		{"", []string{"Pacifico"}, false},
	}
	for _, tt := range abbr {
		if got := Abbreviates(tt.acronym, tt.words); got != tt.want {
			t.Errorf("Abbreviates(%q, %q) = %v, want %v", tt.acronym, tt.words, got, tt.want)
		}
	}
	for w, want := range map[string]bool{"NATO": true, "U.N.": true, "Nato": false, "A": false} {
		if got := IsAcronym(w); got != want {
			t.Errorf("IsAcronym(%q) = %v", w, got)
		}
	}
}

// TestFoldASCII checks that Fold, which skips the Unicode normalisation of
// ASCII names, folds every ASCII character as the normalisation would.
func TestFoldASCII(t *testing.T) {
	full := func(s string) string {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		out, _, err := transform.String(t, s)
		if err != nil {
			return s
		}
		return out
	}
	for c := range 128 {
		s := "Ab" + string(rune(c)) + "Cd Labour"
		if full(s) != s {
			t.Errorf("the normalisation changes %q", s)
		}
		want := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return unicode.IsSpace(r) || r == '-'
		}), " ")
		want = strings.ReplaceAll(want, "labour", "labor")
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldSplits checks Fold, which leaves a name already in its folded
// form as it is, against splitting every name into its words and joining
// them again, on names made of words, separators and respelt words.
func TestFoldSplits(t *testing.T) {
	split := func(s string) string {
		if isASCII(s) {
			s = strings.ToLower(s)
		} else {
			tr := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			out, _, err := transform.String(tr, s)
			if err != nil {
				out = s
			}
			s = strings.ToLower(strings.ReplaceAll(out, "’", "'"))
		}
		words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '‐' })
		for i, w := range words {
			if us, ok := usSpelling[w]; ok {
				words[i] = us
			}
		}
		return strings.Join(words, " ")
	}
	pieces := []string{"Labour", "labour", "Defence", "Party", "al", "x", "é", "Ö", "’s", "'s", " ", " ", " ", "  ", "-", "\t", "\n", "\u00a0", "‐", ""}
	rng := rand.New(rand.NewPCG(6, 12))
	for range 5000 {
		var b strings.Builder
		for n := rng.IntN(6); n >= 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if got, want := Fold(b.String()), split(b.String()); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", b.String(), got, want)
		}
	}
}

func TestCountPersonWords(t *testing.T) {
	for _, words := range [][]string{
		{"John", "F.", "Kennedy", "Jr."}, {"Ann", "-", "Reed"}, {"Jr."}, {"A.", "B."}, {"Lee"}, nil,
	} {
		if got, want := CountPersonWords(words), len(PersonWords(words)); got != want {
			t.Errorf("CountPersonWords(%q) = %d, want %d", words, got, want)
		}
	}
}

func TestCompanyName(t *testing.T) {
	for name, want := range map[string]bool{
		"velmar corp": true, "tarvex ltd.": true, "lund metals holdings": true, "osk ab": true,
		"corp": false, "red dawn group": false, "patriotic alliance": false, "smith and": false,
	} {
		if got := CompanyName(name); got != want {
			t.Errorf("CompanyName(%q) = %v, want %v", name, got, want)
		}
	}
}
