package syntax

import "fmt"

// ParseScores counts attachment agreement between predicted and gold
// trees, as the CoNLL 2018 shared task's evaluator does on gold tokens:
// every word counts, punctuation included, and labels are compared on their
// universal part (nsubj:pass counts as nsubj).
type ParseScores struct {
	Words     int // words compared
	Heads     int // words with the gold head
	Labelled  int // words with the gold head and universal relation
	Sentences int
}

// UAS is the unlabelled attachment score, in percent.
func (c ParseScores) UAS() float64 { return parsePct(c.Heads, c.Words) }

// LAS is the labelled attachment score, in percent.
func (c ParseScores) LAS() float64 { return parsePct(c.Labelled, c.Words) }

func parsePct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// ScoreParses compares pred with gold sentence by sentence; both must have
// the same words.
func ScoreParses(gold, pred []Sentence) (ParseScores, error) {
	var c ParseScores
	if len(gold) != len(pred) {
		return c, fmt.Errorf("score parses: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		g, p := gold[i].Tokens, pred[i].Tokens
		if len(g) != len(p) {
			return c, fmt.Errorf("score parses: sentence %d (%q): %d gold words, %d predicted", i+1, gold[i].ID, len(g), len(p))
		}
		c.Sentences++
		for j := range g {
			c.Words++
			if g[j].Head != p[j].Head {
				continue
			}
			c.Heads++
			if universal(g[j].Deprel) == universal(p[j].Deprel) {
				c.Labelled++
			}
		}
	}
	return c, nil
}
