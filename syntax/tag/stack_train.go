package tag

import (
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// The tagger's second pass is trained by stacking: it learns to correct
// first-pass tags, so it must see first-pass tags as wrong as they will be
// on new text, not those of a model that has seen the very sentence.

// jackknifeTags tags every sentence of train with a first pass (and
// lexicon) trained on the other opt.stackFolds-1 folds.
func jackknifeTags(train []ud.Sentence, index map[tagClass]int, classes []tagClass, epochs int, opt taggerOptions, seed uint64) ([][]uint16, error) {
	jack := make([][]uint16, len(train))
	for k := range opt.stackFolds {
		var rest []ud.Sentence
		for i := range train {
			if i%opt.stackFolds != k {
				rest = append(rest, train[i])
			}
		}
		restLex := buildTagLexicon(rest, index)
		restData := hashTaggerData(rest, index, restLex, opt.rareCount)
		restAll := make([]int, len(rest))
		for i := range restAll {
			restAll[i] = i
		}
		m, err := trainFirstPass(restData, restAll, len(classes), epochs, opt, seed+uint64(k)+1)
		if err != nil {
			return nil, err
		}
		tg := newTagger(classes, restLex, m, nil, 0)
		sc := tg.scratch.Get().(*tagScratch)
		for i := k; i < len(train); i += opt.stackFolds {
			sc.words = hashSentence(sc.words[:0], &train[i])
			restLex.lookup(sc.words)
			tg.firstPass(sc)
			jack[i] = append([]uint16(nil), sc.tags...)
		}
	}
	return jack, nil
}

// trainSecondPass trains the second-pass model on every word the lexicon
// does not settle, given the jackknifed first-pass tags.
func trainSecondPass(d *taggerData, tags [][]uint16, classes, epochs int, opt taggerOptions, seed uint64) (*perceptron.Model, error) {
	order := make([]int, len(d.words))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, stackTemplates)
	scores := make([]float32, classes)
	return trainEpochs(order, classes, epochs, opt, seed, func(pt *perceptron.Trainer, _ *rand.Rand, si int) {
		for j, w := range d.words[si] {
			g := d.gold[si][j]
			if w.sure >= 0 || g < 0 {
				continue
			}
			feats = stackFeatures(feats[:0], d.words[si], j, tags[si])
			pt.Score(feats, scores)
			pt.Update(feats, g, perceptron.Best(scores))
			pt.Tick()
		}
	})
}
