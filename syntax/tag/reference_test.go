package tag

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// referenceTag tags s as Tag does, but plainly: one word at a time, every
// feature from taggerFeatures or stackFeatures, scored by the weights that
// perceptron.Model.Row lists. Tag's batching and its layout of the weights must
// not change a single tag.
func referenceTag(t *Tagger, s *ud.Sentence) {
	ws := hashSentence(nil, s)
	t.lex.lookup(ws)
	n := len(t.classes)
	score := func(p *perceptron.Model, feats []uint64) []int64 {
		scores := make([]int64, n)
		for _, f := range feats {
			for _, e := range p.Row(int(f>>(64-p.Bits())), nil) {
				scores[e.Class] += int64(e.Weight)
			}
		}
		return scores
	}
	tags := make([]uint16, len(ws))
	var unsure []int
	var saved [][]int64
	p1, p2 := uint64(tagStart), uint64(tagStart)
	for i := range ws {
		c := int(ws[i].sure)
		if c < 0 {
			scores := score(t.model, taggerFeatures(nil, ws, i, p1, p2))
			best, second := int64(math.MinInt64), int64(math.MinInt64)
			for k, v := range scores {
				if v > best {
					best, second, c = v, best, k
				} else if v > second {
					second = v
				}
			}
			if t.second != nil && n > 1 && best-second < int64(t.rescore) {
				unsure = append(unsure, i)
				saved = append(saved, scores)
			}
		}
		tags[i] = uint16(c)
		p1, p2 = uint64(c), p1
	}
	retag := make([]uint16, len(unsure))
	for k, i := range unsure {
		scores := score(t.second, stackFeatures(nil, ws, i, tags))
		best, bestScore := 0, float32(math.Inf(-1))
		for c, v := range scores {
			if total := float32(int32(saved[k][c]))*t.model.Scale() + float32(int32(v))*t.second.Scale(); total > bestScore {
				best, bestScore = c, total
			}
		}
		retag[k] = uint16(best)
	}
	for k, i := range unsure {
		tags[i] = retag[k]
	}
	for i, c := range tags {
		s.Tokens[i].UPOS, s.Tokens[i].XPOS = t.classes[c].UPOS, t.classes[c].XPOS
	}
}

// shippedTagger reads the tagger of the model that package syntax embeds.
func shippedTagger(t testing.TB) *Tagger {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "model", "tagger.model"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg, err := Read(bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestTagMatchesReference(t *testing.T) {
	tg := shippedTagger(t)
	words := 0
	for _, a := range corpustest.Articles(t) {
		for _, s := range tokenize.Segment(string(a.Text)) {
			got := ud.Sentence{Tokens: append([]ud.Token(nil), s.Tokens...)}
			want := ud.Sentence{Tokens: append([]ud.Token(nil), s.Tokens...)}
			tg.Tag(&got)
			referenceTag(tg, &want)
			for i := range got.Tokens {
				words++
				g, w := got.Tokens[i], want.Tokens[i]
				if g.UPOS != w.UPOS || g.XPOS != w.XPOS {
					t.Errorf("%s: word %d %q tagged %s/%s, reference %s/%s", a.Name, i, g.Form, g.UPOS, g.XPOS, w.UPOS, w.XPOS)
				}
			}
		}
	}
	if words == 0 {
		t.Fatal("no words tagged")
	}
}
