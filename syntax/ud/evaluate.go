package ud

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An analysis is scored the way the CoNLL 2018 shared task's evaluator
// scores one: tokens and sentences from raw text are aligned by their
// character offsets, white space ignored (EvaluateSegmentation); tags,
// lemmas and dependencies are compared word by word on gold tokens, LAS on
// the universal part of the relation (subtypes stripped), punctuation
// included (EvaluateWords).

// Score counts the spans of an F1 measure.
type Score struct{ Gold, System, Correct int }

// Precision is Correct/System, 0 when the system found nothing.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold, 0 when there is no gold span.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 { return ratio(2*s.Correct, s.Gold+s.System) }

// Accuracy counts the gold words a system got right.
type Accuracy struct{ Correct, Total int }

// Ratio is Correct/Total, 0 when there are no words.
func (a Accuracy) Ratio() float64 { return ratio(a.Correct, a.Total) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SegmentationScores are the figures of sentence splitting and tokenization
// from raw text. Tokens are surface tokens: a multiword token ("don't")
// counts once.
type SegmentationScores struct{ Tokens, Sentences Score }

// WordScores are the figures of an analysis of gold tokens: tags, lemmas,
// and unlabelled and labelled attachment.
type WordScores struct{ UPOS, XPOS, Lemma, UAS, LAS Accuracy }

// RawText rebuilds the raw text of treebank sentences as the shared task's
// input has it: each sentence's "# text", a space between the sentences of
// a paragraph, a blank line before each "# newpar" or "# newdoc".
func RawText(gold []Sentence) string {
	var b strings.Builder
	for i := range gold {
		if i > 0 {
			if gold[i].StartsParagraph() {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(gold[i].Text)
	}
	return b.String()
}

// charSpan is a span in non-space characters counted from the start of a
// document.
type charSpan struct{ start, end int }

// EvaluateSegmentation scores system, the sentences found in text, against
// gold, whose sentences' texts make text (see RawText). It fails when the
// gold forms do not spell their sentence's text.
func EvaluateSegmentation(gold []Sentence, text string, system []Sentence) (SegmentationScores, error) {
	var sc SegmentationScores
	goldTok, goldSent, err := goldSpans(gold)
	if err != nil {
		return sc, err
	}
	// index[b] is the number of non-space characters before byte b.
	index := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			index[i+k] = n
		}
		if !unicode.IsSpace(r) {
			n++
		}
		i += size
	}
	index[len(text)] = n
	if int(n) != countNonSpace(gold) {
		return sc, fmt.Errorf("text has %d non-space characters, gold forms %d", n, countNonSpace(gold))
	}
	var sysTok, sysSent []charSpan
	for si := range system {
		s := &system[si]
		if len(s.Tokens) == 0 {
			continue
		}
		for _, t := range s.Surface() {
			a, b := s.Tokens[t.First].Start, s.Tokens[t.Last].End
			if a < 0 || b > len(text) || a > b {
				return sc, fmt.Errorf("system sentence %d: token %q has offsets %d:%d outside the text", si+1, t.Form, a, b)
			}
			sysTok = append(sysTok, charSpan{int(index[a]), int(index[b])})
		}
		a, b := s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End
		sysSent = append(sysSent, charSpan{int(index[a]), int(index[b])})
	}
	sc.Tokens = matchSpans(goldTok, sysTok)
	sc.Sentences = matchSpans(goldSent, sysSent)
	return sc, nil
}

// goldSpans lays the gold surface tokens and sentences end to end in
// non-space characters.
func goldSpans(gold []Sentence) (toks, sents []charSpan, err error) {
	pos := 0
	for si := range gold {
		s := &gold[si]
		start := pos
		for _, t := range s.Surface() {
			n := nonSpace(t.Form)
			toks = append(toks, charSpan{pos, pos + n})
			pos += n
		}
		if want := nonSpace(s.Text); pos-start != want {
			return nil, nil, fmt.Errorf("sentence %s: forms have %d non-space characters, text %d", s.ID, pos-start, want)
		}
		sents = append(sents, charSpan{start, pos})
	}
	return toks, sents, nil
}

func countNonSpace(gold []Sentence) int {
	n := 0
	for i := range gold {
		n += nonSpace(gold[i].Text)
	}
	return n
}

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// matchSpans counts the spans that gold and system share; both are sorted.
func matchSpans(gold, sys []charSpan) Score {
	sc := Score{Gold: len(gold), System: len(sys)}
	i, j := 0, 0
	for i < len(gold) && j < len(sys) {
		switch g, s := gold[i], sys[j]; {
		case g == s:
			sc.Correct++
			i++
			j++
		case g.start < s.start || g.start == s.start && g.end < s.end:
			i++
		default:
			j++
		}
	}
	return sc
}

// EvaluateWords compares system, an analysis of the gold sentences' own
// words, with gold, word by word. A lemma counts as right when the gold
// lemma is "_" (unannotated), as in the shared task; LAS compares the
// relation without its subtype (nsubj:pass counts as nsubj). Every word
// counts, punctuation included.
func EvaluateWords(gold, system []Sentence) (WordScores, error) {
	var sc WordScores
	if len(gold) != len(system) {
		return sc, fmt.Errorf("gold has %d sentences, system %d", len(gold), len(system))
	}
	for i := range gold {
		g, s := gold[i].Tokens, system[i].Tokens
		if len(g) != len(s) {
			return sc, fmt.Errorf("sentence %s: gold has %d words, system %d", gold[i].ID, len(g), len(s))
		}
		for k := range g {
			count(&sc.UPOS, g[k].UPOS == s[k].UPOS)
			count(&sc.XPOS, g[k].XPOS == s[k].XPOS)
			count(&sc.Lemma, g[k].Lemma == "_" || g[k].Lemma == s[k].Lemma)
			head := g[k].Head == s[k].Head
			count(&sc.UAS, head)
			count(&sc.LAS, head && Universal(g[k].Deprel) == Universal(s[k].Deprel))
		}
	}
	return sc, nil
}

func count(a *Accuracy, ok bool) {
	a.Total++
	if ok {
		a.Correct++
	}
}

// Universal strips a relation's subtype: "nmod:poss" -> "nmod".
func Universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}
