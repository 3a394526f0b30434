package ner

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// sentenceOf makes an untagged sentence of space-separated words.
func sentenceOf(text string) ud.Sentence {
	var s ud.Sentence
	for i, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, ud.Token{ID: i + 1, Form: w})
	}
	return s
}

// documentOf makes the tokens of a document of untagged sentences, each of
// space-separated words, without a lexicon.
func documentOf(texts []string) [][]nerToken {
	doc := make([][]nerToken, len(texts))
	for i, text := range texts {
		s := sentenceOf(text)
		doc[i] = nerTokens(&s, nil)
	}
	return doc
}

func TestAddCapitalRuns(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want is, per word, its run position: 0 none, 1 first, 2 inside,
		// 3 last, 4 alone.
		want []uint8
	}{
		{"connectors inside", "the Ministry of Foreign Affairs said", []uint8{0, 1, 2, 2, 3, 0}},
		{"trailing connector", "Bank of the year", []uint8{4, 0, 0, 0}},
		{"two runs", "Putin met Xi Jinping", []uint8{4, 0, 1, 3}},
		{"no capitals", "they met", []uint8{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentenceOf(tt.text)
			toks := nerTokens(&s, nil)
			for i, tok := range toks {
				if tok.runPos != tt.want[i] {
					t.Errorf("word %d (%s): run position %d, want %d", i, s.Tokens[i].Form, tok.runPos, tt.want[i])
				}
			}
		})
	}
	s := sentenceOf("the Ministry of Foreign Affairs")
	toks := nerTokens(&s, nil)
	if toks[1].runLast != hashWord("affairs").lower || toks[4].runFirst != hashWord("MINISTRY").lower || toks[2].runLen != 4 {
		t.Error("run words or length wrong")
	}
}

func TestAddDocContext(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		sent  int
		tok   int
		want  []string // words before the other occurrences
	}{
		{"other sentences", []string{"Athens is hot", "we flew to Athens", "back in Athens ."}, 0, 0, []string{"to", "in"}},
		{"same sentence", []string{"Kim and Kim"}, 0, 2, []string{""}},
		{"lower case words are left out", []string{"the war", "the war"}, 0, 1, nil},
		{"alone in the document", []string{"Ushakov spoke"}, 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := documentOf(tt.sents)
			addDocContext(doc)
			tok := doc[tt.sent][tt.tok]
			if int(tok.ndoc) != len(tt.want) {
				t.Fatalf("%d occurrences, want %d", tok.ndoc, len(tt.want))
			}
			for k, w := range tt.want {
				h := padBefore.w.lower
				if w != "" {
					h = hashWord(w).lower
				}
				if tok.docPrev[k] != h {
					t.Errorf("occurrence %d: word before is not %q", k, w)
				}
			}
		})
	}
}

func TestVoteTypes(t *testing.T) {
	P, L := graph.Person, graph.Location
	tests := []struct {
		name  string
		sents []string
		found [][]Mention
		want  [][]graph.ActorType
	}{
		{"majority wins", []string{"Athens is hot", "to Athens", "in Athens"},
			[][]Mention{{{0, 1, P}}, {{1, 2, L}}, {{1, 2, L}}},
			[][]graph.ActorType{{L}, {L}, {L}}},
		{"tie keeps types", []string{"Jordan spoke", "in Jordan"},
			[][]Mention{{{0, 1, P}}, {{1, 2, L}}},
			[][]graph.ActorType{{P}, {L}}},
		{"different words do not vote together", []string{"Paris Hilton", "in Paris", "to Paris"},
			[][]Mention{{{0, 2, P}}, {{1, 2, L}}, {{1, 2, L}}},
			[][]graph.ActorType{{P}, {L}, {L}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := documentOf(tt.sents)
			voteTypes(doc, tt.found)
			for si, ms := range tt.found {
				for mi, m := range ms {
					if m.Type != tt.want[si][mi] {
						t.Errorf("sentence %d mention %d: %v, want %v", si, mi, m.Type, tt.want[si][mi])
					}
				}
			}
		})
	}
}
