package tag

import (
	"errors"
	"math/rand/v2"
	"sort"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Config sets how a Tagger is trained.
type Config struct {
	// Epochs is the number of passes over the training data; 0 means
	// DefaultEpochs.
	Epochs int
	// Seed fixes the order in which sentences are visited in each epoch,
	// so training is deterministic.
	Seed int64
}

// DefaultEpochs is the number of training passes when
// Config.Epochs is 0.
const DefaultEpochs = 8

// taggerOptions are the tagger's training settings below the public
// configuration, fixed by defaultTaggerOptions and varied by tests.
type taggerOptions struct {
	bits     uint    // the weight tables have 2^bits rows
	minClass int     // a tag pair seen fewer times is not a class
	prune    float32 // averaged weights of smaller magnitude are dropped
	// Words seen at most rareCount times in training lose their identity
	// features with probability dropRare, so the model learns to tag
	// unknown words from their spelling and context.
	rareCount int
	dropRare  float64
	// The second pass is trained on first-pass tags from stackFolds
	// jackknifed models (none when stackFolds < 2), and re-tags the words
	// whose first-pass margin is below rescoreMargin.
	stackFolds    int
	rescoreMargin float32
}

func defaultTaggerOptions() taggerOptions {
	return taggerOptions{bits: 19, minClass: 3, prune: 0.05, rareCount: 2, dropRare: 0.5, stackFolds: 4, rescoreMargin: 8}
}

// Train trains a tagger on the UPOS and XPOS of the tokens of train.
// Tokens without both tags are used as context but not learned from.
func Train(train []ud.Sentence, cfg Config) (*Tagger, error) {
	return trainTagger(train, cfg, defaultTaggerOptions())
}

// taggerData is the training data, hashed once: per sentence, its word
// hashes, each word's gold class (-1 when it has none) and whether the
// word is rare.
type taggerData struct {
	words [][]wordHashes
	gold  [][]int
	rare  [][]bool
}

func trainTagger(train []ud.Sentence, cfg Config, opt taggerOptions) (*Tagger, error) {
	if cfg.Epochs < 0 {
		return nil, errors.New("train tagger: negative epochs")
	}
	epochs := cfg.Epochs
	if epochs == 0 {
		epochs = DefaultEpochs
	}
	classes, index := tagClasses(train, opt.minClass)
	if len(classes) == 0 {
		return nil, errors.New("train tagger: no tagged tokens")
	}
	lex := buildTagLexicon(train, index)
	data := hashTaggerData(train, index, lex, opt.rareCount)
	all := make([]int, len(train))
	for i := range all {
		all[i] = i
	}
	seed := uint64(cfg.Seed)
	model, err := trainFirstPass(data, all, len(classes), epochs, opt, seed)
	if err != nil {
		return nil, err
	}
	if opt.stackFolds < 2 {
		return newTagger(classes, lex, model, nil, 0), nil
	}
	// The second pass learns to correct jackknifed first-pass tags.
	jack, err := jackknifeTags(train, index, classes, epochs, opt, seed)
	if err != nil {
		return nil, err
	}
	second, err := trainSecondPass(data, jack, len(classes), epochs, opt, seed+uint64(opt.stackFolds)+1)
	if err != nil {
		return nil, err
	}
	return newTagger(classes, lex, model, second, int32(opt.rescoreMargin/model.Scale())), nil
}

// hashTaggerData hashes the training sentences.
func hashTaggerData(train []ud.Sentence, index map[tagClass]int, lex tagLexicon, rareCount int) *taggerData {
	counts := map[string]int{}
	for _, s := range train {
		for _, t := range s.Tokens {
			counts[t.Form]++
		}
	}
	d := &taggerData{
		words: make([][]wordHashes, len(train)),
		gold:  make([][]int, len(train)),
		rare:  make([][]bool, len(train)),
	}
	for i := range train {
		d.words[i] = hashSentence(nil, &train[i])
		lex.lookup(d.words[i])
		d.gold[i] = make([]int, len(train[i].Tokens))
		d.rare[i] = make([]bool, len(train[i].Tokens))
		for j, tok := range train[i].Tokens {
			c, ok := index[tagClass{tok.UPOS, tok.XPOS}]
			if !ok {
				c = -1
			}
			d.gold[i][j] = c
			d.rare[i][j] = counts[tok.Form] <= rareCount
		}
	}
	return d
}

// trainFirstPass trains the greedy left-to-right model on the sentences
// sents of d, visiting them in an order shuffled from seed.
func trainFirstPass(d *taggerData, sents []int, classes, epochs int, opt taggerOptions, seed uint64) (*perceptron.Model, error) {
	feats := make([]uint64, 0, taggerTemplates)
	scores := make([]float32, classes)
	return trainEpochs(append([]int(nil), sents...), classes, epochs, opt, seed, func(pt *perceptron.Trainer, rng *rand.Rand, si int) {
		ws := d.words[si]
		p1, p2 := uint64(tagStart), uint64(tagStart)
		for j := range ws {
			guess := int(ws[j].sure)
			if guess < 0 {
				feats = taggerFeatures(feats[:0], ws, j, p1, p2)
				if d.rare[si][j] && rng.Float64() < opt.dropRare {
					feats = dropIdentity(feats)
				}
				pt.Score(feats, scores)
				guess = perceptron.Best(scores)
				if g := d.gold[si][j]; g >= 0 {
					pt.Update(feats, g, guess)
				}
				pt.Tick()
			}
			p1, p2 = uint64(guess), p1
		}
	})
}

// trainEpochs trains a model of classes for epochs passes over the
// sentences of order, shuffled before each pass by a generator seeded
// from seed; train learns from sentence si with pt, and may draw from the
// same generator.
func trainEpochs(order []int, classes, epochs int, opt taggerOptions, seed uint64, train func(pt *perceptron.Trainer, rng *rand.Rand, si int)) (*perceptron.Model, error) {
	pt, err := perceptron.NewTrainer(classes, opt.bits)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a6767))
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			train(pt, rng, si)
		}
	}
	return pt.Average(opt.prune), nil
}

// tagClasses lists the tag pairs seen at least minCount times in train,
// most frequent first, with an index from pair to position.
func tagClasses(train []ud.Sentence, minCount int) ([]tagClass, map[tagClass]int) {
	counts := map[tagClass]int{}
	for _, s := range train {
		for _, t := range s.Tokens {
			if t.UPOS != "" && t.XPOS != "" && t.UPOS != "_" {
				counts[tagClass{t.UPOS, t.XPOS}]++
			}
		}
	}
	var classes []tagClass
	for c, n := range counts {
		if n >= minCount {
			classes = append(classes, c)
		}
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := classes[i], classes[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		if a.UPOS != b.UPOS {
			return a.UPOS < b.UPOS
		}
		return a.XPOS < b.XPOS
	})
	index := make(map[tagClass]int, len(classes))
	for i, c := range classes {
		index[c] = i
	}
	return classes, index
}

// buildTagLexicon collects the words of train seen at least lexMinCount
// times with the classes they carry.
func buildTagLexicon(train []ud.Sentence, index map[tagClass]int) tagLexicon {
	type entry struct {
		total  int
		counts map[int]int
	}
	byForm := map[string]*entry{}
	for _, s := range train {
		for _, t := range s.Tokens {
			c, ok := index[tagClass{t.UPOS, t.XPOS}]
			if !ok {
				continue
			}
			e := byForm[t.Form]
			if e == nil {
				e = &entry{counts: map[int]int{}}
				byForm[t.Form] = e
			}
			e.total++
			e.counts[c]++
		}
	}
	forms := make([]string, 0, len(byForm))
	for form, e := range byForm {
		if e.total >= lexMinCount {
			forms = append(forms, form)
		}
	}
	sort.Strings(forms)
	lex := newTagLexicon(len(forms))
	var amb []int
	for _, form := range forms {
		e := byForm[form]
		amb = amb[:0]
		sure := -1
		for c, n := range e.counts {
			if float64(n) >= lexMinShare*float64(e.total) {
				amb = append(amb, c)
			}
			if e.total >= sureMinCount && float64(n) >= sureMinShare*float64(e.total) {
				sure = c
			}
		}
		sort.Ints(amb)
		h := uint64(perceptron.FNVOffset)
		for _, c := range amb {
			h = perceptron.Mix(h, uint64(c), 0)
		}
		lex.put(form, lexValue(h, sure))
	}
	return lex
}
