package ner

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// RecognizerConfig sets how TrainRecognizer trains.
type RecognizerConfig struct {
	// Epochs is the number of passes over the training sentences
	// (default 10).
	Epochs int
	// HashBits sets the weight table to 1<<HashBits rows (default 20,
	// between 10 and 24).
	HashBits uint
	// Seed makes the shuffling of sentences between epochs reproducible.
	Seed uint64
	// Tag, when set, retags every training sentence after its names have
	// been read from the gold tags, so that the features see the tags the
	// recogniser will be given at run time (a tagger's errors included).
	Tag func(s *ud.Sentence)
	// NoLexicon leaves out the name lexicon learned from the training
	// names (nerLexicon).
	NoLexicon bool
	// Progress, when set, is called after each epoch with the number of
	// training sentences whose labels were wrong during that epoch.
	Progress func(epoch, wrong int)
}

// trainingSentence is a training sentence reduced to what the learner
// needs: the feature rows of each token and the gold labels.
type trainingSentence struct {
	rows   []uint32 // nerMaxFeatures slots per token, unused ones at the end are ^0
	nfeat  []uint8  // features used per token
	labels []nerLabel
}

// TrainRecognizer trains a recogniser on GUM sentences carrying Entity
// annotations (see gum.Documents): their named person, organization and
// place mentions (NamedMentions) are the names to find. The
// sentences' UPOS and XPOS are the features' tags, so they should come
// from the tagger used at run time when it matters. Training is
// deterministic for a given configuration.
func TrainRecognizer(train []ud.Sentence, cfg RecognizerConfig) (*Recognizer, error) {
	if cfg.Epochs == 0 {
		cfg.Epochs = 10
	}
	if cfg.HashBits == 0 {
		cfg.HashBits = 20
	}
	if cfg.HashBits < 10 || cfg.HashBits > 24 || cfg.Epochs < 0 {
		return nil, fmt.Errorf("train recognizer: bad configuration (epochs %d, hash bits %d)", cfg.Epochs, cfg.HashBits)
	}
	docs, err := gum.Documents(train)
	if err != nil {
		return nil, fmt.Errorf("train recognizer: %w", err)
	}
	if cfg.Tag != nil {
		for di := range docs {
			d := &docs[di]
			d.Sentences = slices.Clone(d.Sentences)
			for si := range d.Sentences {
				d.Sentences[si].Tokens = slices.Clone(d.Sentences[si].Tokens)
				cfg.Tag(&d.Sentences[si])
			}
		}
	}
	r := &Recognizer{bits: cfg.HashBits}
	data, lex := prepareTraining(r, docs, !cfg.NoLexicon)
	if len(data) == 0 {
		return nil, errors.New("train recognizer: no training sentences")
	}
	p := newPerceptronTrainer(r)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong := 0
		for _, k := range order {
			if p.learn(&data[k]) {
				wrong++
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(epoch, wrong)
		}
	}
	p.average()
	r.lex = lex
	return r, nil
}

// prepareTraining turns documents into training sentences. With useLex,
// it learns the name lexicon from all of them, and gives each document's
// tokens the classes of a lexicon learned from the other documents only,
// so that training sees the lexicon as reliable as it will be on new text.
func prepareTraining(r *Recognizer, docs []gum.Document, useLex bool) ([]trainingSentence, *nerLexicon) {
	toks := make([][][]nerToken, len(docs))
	names := make([][][]Mention, len(docs))
	total := map[uint64]*lexCounts{}
	perDoc := make([]map[uint64]*lexCounts, len(docs))
	for di := range docs {
		d := &docs[di]
		names[di] = NamedMentions(d)
		for si := range d.Sentences {
			toks[di] = append(toks[di], nerTokens(&d.Sentences[si], nil))
		}
		if useLex {
			perDoc[di] = map[uint64]*lexCounts{}
			countLexicon(toks[di], names[di], perDoc[di])
			for k, c := range perDoc[di] {
				t := total[k]
				if t == nil {
					t = &lexCounts{}
					total[k] = t
				}
				t.add(*c, 1)
			}
		}
	}
	var lex *nerLexicon
	if useLex {
		lex = newNERLexicon(total)
	}
	var out []trainingSentence
	buf := make([]uint64, 0, nerMaxFeatures)
	for di := range docs {
		addDocContext(toks[di])
		for si, ts := range toks[di] {
			if useLex {
				for i := range ts {
					c := *total[ts[i].w.lower]
					c.add(*perDoc[di][ts[i].w.lower], -1)
					if cl := lexClass(c); cl != 0 {
						ts[i].lex = perceptron.Fold(0xc2b2ae3d27d4eb4f, uint64(cl))
					}
				}
			}
			t := trainingSentence{
				rows:   make([]uint32, len(ts)*nerMaxFeatures),
				nfeat:  make([]uint8, len(ts)),
				labels: encodeBILOU(len(ts), names[di][si]),
			}
			for i := range ts {
				buf = nerFeatures(ts, i, buf[:0])
				for k, f := range buf {
					t.rows[i*nerMaxFeatures+k] = uint32(r.row(f))
				}
				t.nfeat[i] = uint8(len(buf))
			}
			out = append(out, t)
		}
	}
	return out, lex
}
