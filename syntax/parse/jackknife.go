package parse

import (
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/syntax/lemma"
	"github.com/actorgraph/actorgraph/syntax/tag"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// jackknifeRun is the number of consecutive sentences dealt to one fold,
// fewer when the data is too small to give every fold a run.
const jackknifeRun = 200

// foldOf deals n sentences into folds, jackknifeRun consecutive ones at a
// time, round-robin, and returns the fold of each.
func foldOf(n, folds int) func(i int) int {
	run := max(1, min(jackknifeRun, n/folds))
	return func(i int) int { return i / run % folds }
}

// JackknifeTags returns copies of train whose UPOS, XPOS and lemmas were
// predicted by a tag.Tagger and a lemma.Lemmatizer that did not see them:
// runs of jackknifeRun consecutive sentences are dealt round-robin into
// folds (foldOf), and each fold is tagged and lemmatised by models trained
// on the other folds.
// Dealing runs rather than sentences keeps most documents within one fold,
// so that a fold's tagger has not seen its names and topics, as at parse
// time. A parser trained on the result meets at training time the kind of
// tagging errors it will meet at parse time. Heads, relations and
// everything else are kept.
func JackknifeTags(train []ud.Sentence, folds int, cfg tag.Config) ([]ud.Sentence, error) {
	if folds < 2 {
		return nil, errors.New("jackknife tags: need at least 2 folds")
	}
	if len(train) < folds {
		return nil, fmt.Errorf("jackknife tags: %d sentences for %d folds", len(train), folds)
	}
	fold := foldOf(len(train), folds)
	out := make([]ud.Sentence, len(train))
	for k := range folds {
		var rest []ud.Sentence
		for i := range train {
			if fold(i) != k {
				rest = append(rest, train[i])
			}
		}
		tagger, err := tag.Train(rest, cfg)
		if err != nil {
			return nil, fmt.Errorf("jackknife tags: fold %d: %w", k+1, err)
		}
		lemmatizer, err := lemma.Train(rest)
		if err != nil {
			return nil, fmt.Errorf("jackknife tags: fold %d: %w", k+1, err)
		}
		for i := range train {
			if fold(i) != k {
				continue
			}
			s := train[i]
			s.Tokens = append([]ud.Token(nil), s.Tokens...)
			tagger.Tag(&s)
			lemmatizer.Lemmatize(&s)
			out[i] = s
		}
	}
	return out, nil
}
