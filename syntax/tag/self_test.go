package tag

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// TestSelfRows holds the blocks of the shipped model to the rows they sum,
// and checks that a word whose self features differ from its block's, as
// those of a sentence's first word do, does not get it.
func TestSelfRows(t *testing.T) {
	tg := shippedTagger(t)
	p := tg.model
	blocks := 0
	for _, w := range tg.lex.words {
		ws := []wordHashes{hashWord(w, false)}
		tg.lex.lookup(ws)
		feats := taggerWordFeatures(nil, ws, 0)
		lanes := tg.self.find(&ws[0], feats, p.Bits())
		if (lanes != nil) != (ws[0].sure < 0) {
			t.Fatalf("%q: block %v, sure class %d", w, lanes != nil, ws[0].sure)
		}
		if lanes == nil {
			continue
		}
		blocks++
		if blocks%50 == 0 {
			want := make([]int32, p.Classes())
			for _, f := range feats[:selfTemplates] {
				for _, e := range p.Row(int(f>>(64-p.Bits())), nil) {
					want[e.Class] += int32(e.Weight)
				}
			}
			got := make([]int32, p.Classes())
			tl := perceptron.Tally{Scores: got, Lanes: slices.Clone(lanes), Dense: selfDense}
			p.Flush(&tl)
			if !slices.Equal(got, want) {
				t.Fatalf("%q: block scores %v, rows %v", w, got, want)
			}
		}
		first := []wordHashes{hashWord(w, true)}
		tg.lex.lookup(first)
		if tg.self.find(&first[0], taggerWordFeatures(nil, first, 0), p.Bits()) != nil {
			t.Fatalf("%q opening a sentence gets the block of the word inside one", w)
		}
	}
	if blocks == 0 {
		t.Fatal("no blocks")
	}
}

func TestTaggerTemplateIDs(t *testing.T) {
	ids := append(slices.Clone(wordTemplateIDs[:]), tagTemplateIDs[:]...)
	slices.Sort(ids)
	for k, id := range ids {
		if id != k {
			t.Fatalf("word and tag templates %v are not each template once", ids)
		}
	}
	if tagTemplateIDs[prevTagTemplates] != tPrevTags {
		t.Error("the template of the two previous tags is not the last tag template")
	}
}
