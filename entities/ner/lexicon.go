package ner

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// nerLexicon is a list of words learned from the training names, each
// with a class that says which type of name it usually belongs to and how
// surely ("Obama": mostly in person names; "University": mostly in
// organization names; "Johnson": the first word of person names). It lets
// the recogniser generalise from a word seen in a name to the same word in
// new names and contexts, as a gazetteer would, without one being typed in.
type nerLexicon struct {
	keys    []uint64 // folded-form hashes, sorted
	classes []uint8  // class of keys[i], never 0
}

// class returns the hashed class of a folded-form hash, 0 when the word is
// not in the lexicon.
func (l *nerLexicon) class(h uint64) uint64 {
	i, ok := slices.BinarySearch(l.keys, h)
	if !ok {
		return 0
	}
	return perceptron.Fold(0xc2b2ae3d27d4eb4f, uint64(l.classes[i]))
}

// lexCounts are the counts of one word in the training sentences.
type lexCounts struct {
	total  int32
	inName [len(nerTypes)]int32 // tokens inside names of each type
	first  int32                // first words of multi-word person names
}

func (c *lexCounts) add(o lexCounts, sign int32) {
	c.total += sign * o.total
	c.first += sign * o.first
	for t := range c.inName {
		c.inName[t] += sign * o.inName[t]
	}
}

// lexClass classifies a word by its counts: 0 when it was seen in fewer
// than two names; otherwise its usual type and how often the word is part
// of a name of that type at all (under 30%, under 80%, more), and whether
// it often starts person names.
func lexClass(c lexCounts) uint8 {
	var named int32
	best := 0
	for t, n := range c.inName {
		named += n
		if n > c.inName[best] {
			best = t
		}
	}
	if named < 2 || c.total <= 0 {
		return 0
	}
	frac := float64(c.inName[best]) / float64(c.total)
	strength := 0
	switch {
	case frac >= 0.8:
		strength = 2
	case frac >= 0.3:
		strength = 1
	}
	cl := 1 + best*3 + strength
	if c.first >= 2 && 2*c.first >= c.inName[0] {
		cl += 16
	}
	return uint8(cl)
}

// countLexicon counts words in names over sentences labelled with their
// names.
func countLexicon(toks [][]nerToken, names [][]Mention, into map[uint64]*lexCounts) {
	for si, ts := range toks {
		labels := encodeBILOU(len(ts), names[si])
		for i := range ts {
			c := into[ts[i].w.lower]
			if c == nil {
				c = &lexCounts{}
				into[ts[i].w.lower] = c
			}
			c.total++
			if l := labels[i]; l != nerO {
				t, p := l.split()
				c.inName[t]++
				if t == 0 && p == bilouB {
					c.first++
				}
			}
		}
	}
}

// newNERLexicon keeps the words of counts that have a class.
func newNERLexicon(counts map[uint64]*lexCounts) *nerLexicon {
	type entry struct {
		key   uint64
		class uint8
	}
	var es []entry
	for k, c := range counts {
		if cl := lexClass(*c); cl != 0 {
			es = append(es, entry{k, cl})
		}
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	l := &nerLexicon{}
	for _, e := range es {
		l.keys = append(l.keys, e.key)
		l.classes = append(l.classes, e.class)
	}
	return l
}
