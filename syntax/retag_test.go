package syntax

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// tagged makes a sentence from words written FORM/XPOS/UPOS.
func tagged(words string) *ud.Sentence {
	var s ud.Sentence
	for i, w := range strings.Fields(words) {
		f := strings.Split(w, "/")
		s.Tokens = append(s.Tokens, ud.Token{ID: i + 1, Form: f[0], XPOS: f[1], UPOS: f[2], Head: -1})
	}
	return &s
}

func TestVerbsTakenForNouns(t *testing.T) {
	tests := []struct {
		name, words string
		verb        int // index of the word that becomes a verb, or -1
	}{
		{"verbless sentence", "Norland/NNP/PROPN borders/NNS/NOUN Estonia/NNP/PROPN ./././PUNCT", 1},
		{"after a pronoun", "It/PRP/PRON borders/NNS/NOUN Iraq/NNP/PROPN ./././PUNCT", 1},
		{"after which", "Chile/NNP/PROPN ,/,/PUNCT which/WDT/PRON backs/NNS/NOUN the/DT/DET plan/NN/NOUN ,/,/PUNCT agreed/VBD/VERB", 3},
		{"after who", "Reed/NNP/PROPN ,/,/PUNCT who/WP/PRON heads/NNS/NOUN Velmar/NNP/PROPN ,/,/PUNCT resigned/VBD/VERB", 3},
		{"after that after a noun", "a/DT/DET state/NN/NOUN that/WDT/PRON borders/NNS/NOUN Iraq/NNP/PROPN", 3},
		{"a noun after a determiner", "The/DT/DET borders/NNS/NOUN of/IN/ADP Peru/NNP/PROPN are/VBP/AUX closed/JJ/ADJ", -1},
		{"a noun in a sentence with a verb", "Peru/NNP/PROPN closed/VBD/VERB its/PRP$/PRON borders/NNS/NOUN ./././PUNCT", -1},
		{"a measure in a sentence whose verb is taken for a noun", "swaps/NNS/NOUN account/NN/NOUN for/IN/ADP eight/CD/NUM mln/NN/NOUN barrels/NNS/NOUN a/DT/DET day/NN/NOUN", -1},
		{"a unit in a sentence with a verb", "output/NN/NOUN rose/VBD/VERB to/IN/ADP five/CD/NUM mln/NN/NOUN barrels/NNS/NOUN a/DT/DET day/NN/NOUN", -1},
		{"a trade before a name in a sentence with a verb", "Paris/NNP/PROPN auditors/NNS/NOUN Syndex/NNP/PROPN said/VBD/VERB", -1},
		{"an adjective after it", "Norland/NNP/PROPN officials/NNS/NOUN brief/JJ/ADJ staff/NN/NOUN", -1},
		{"a results table", "Shr/NN/NOUN 10/CD/NUM cts/NNS/NOUN vs/IN/ADP 12/CD/NUM cts/NNS/NOUN", -1},
		{"a table's count", "Avg/NN/NOUN shrs/NNS/NOUN 10,000/CD/NUM", -1},
		{"a verb after a name taken for an adjective", "Chile/JJ/ADJ borders/NNS/NOUN Peru/NNP/PROPN", 1},
		{"a capitalised word", "Norland/NNP/PROPN Borders/NNS/NOUN Estonia/NNP/PROPN", -1},
		{"no object after it", "Norland/NNP/PROPN talks/NNS/NOUN ./././PUNCT", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			verbsTakenForNouns(s)
			if tt.verb > 0 && s.Tokens[tt.verb-1].UPOS == "ADJ" {
				t.Errorf("%q before the verb left an adjective", s.Tokens[tt.verb-1].Form)
			}
			for k, tok := range s.Tokens {
				want := k == tt.verb
				if got := tok.XPOS == "VBZ" && tok.UPOS == "VERB"; got != want {
					t.Errorf("%q: %s/%s, want a verb: %v", tok.Form, tok.XPOS, tok.UPOS, want)
				}
			}
		})
	}
}

func TestNamesTakenForFunctionWords(t *testing.T) {
	tests := []struct {
		name, words string
		name1       int // index of the word that becomes a proper noun, or -1
	}{
		{"a name tagged as a conjunction", "Peru/NNP/PROPN warned/VBD/VERB Chile/IN/SCONJ that/IN/SCONJ it/PRP/PRON", 2},
		{"a name tagged as a determiner", "Reed/NNP/PROPN met/VBD/VERB Tarvo/DT/DET officials/NNS/NOUN", 2},
		{"a function word in title case", "Minister/NNP/PROPN Of/IN/ADP State/NNP/PROPN", -1},
		{"a modal that is a first name", "Will/MD/AUX Reed/NNP/PROPN met/VBD/VERB Peru/NNP/PROPN", -1},
		{"the first word", "Chile/IN/SCONJ warned/VBD/VERB Peru/NNP/PROPN", -1},
		{"a word in capitals", "PERU/NNP/PROPN WARNS/VBZ/VERB CHILE/IN/SCONJ", -1},
		{"a lower-case word", "Peru/NNP/PROPN acted/VBD/VERB while/IN/SCONJ Chile/NNP/PROPN waited/VBD/VERB", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			before := append([]ud.Token(nil), s.Tokens...)
			namesTakenForFunctionWords(s)
			for k, tok := range s.Tokens {
				if k == tt.name1 {
					if tok.XPOS != "NNP" || tok.UPOS != "PROPN" {
						t.Errorf("%q: %s/%s, want NNP/PROPN", tok.Form, tok.XPOS, tok.UPOS)
					}
				} else if tok.XPOS != before[k].XPOS || tok.UPOS != before[k].UPOS {
					t.Errorf("%q: %s/%s, want it left %s/%s", tok.Form, tok.XPOS, tok.UPOS, before[k].XPOS, before[k].UPOS)
				}
			}
		})
	}
}

func TestParticipleAdjectives(t *testing.T) {
	tests := []struct {
		name, words string
		adj         int // index of the word that becomes an adjective, or -1
	}{
		{"after a verb", "Peru/NNP/PROPN attacked/VBD/VERB neighbouring/VBG/VERB Bolivia/NNP/PROPN", 2},
		{"after a preposition", "troops/NNS/NOUN from/IN/ADP neighboring/VBG/VERB Rwanda/NNP/PROPN", 2},
		{"before a common noun", "the/DT/DET neighbouring/VBG/VERB states/NNS/NOUN", 1},
		{"after a noun", "a/DT/DET town/NN/NOUN neighbouring/VBG/VERB Lima/NNP/PROPN", -1},
		{"another participle", "Peru/NNP/PROPN began/VBD/VERB bombing/VBG/VERB Chile/NNP/PROPN", -1},
		{"before no noun", "the/DT/DET states/NNS/NOUN neighbouring/VBG/VERB it/PRP/PRON", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.words)
			participleAdjectives(s)
			for k, tok := range s.Tokens {
				if got, want := tok.XPOS == "JJ" && tok.UPOS == "ADJ", k == tt.adj; got != want {
					t.Errorf("%q: %s/%s, want an adjective: %v", tok.Form, tok.XPOS, tok.UPOS, want)
				}
			}
		})
	}
}
