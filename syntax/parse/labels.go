package parse

import (
	"cmp"
	"slices"
	"strings"
)

// labelCands restricts the labels the label classifier considers to those
// seen in training for the arc's direction and the dependent's UPOS
// (a PUNCT dependent is almost always punct, a DET one det or
// det:predet). This saves most of the label scoring and rules out labels
// the dependent's tag makes implausible. Unseen combinations fall back to
// every label but root.
type labelCands struct {
	upos  []string     // dependent UPOS of each list
	dir   []transition // arc direction of each list: actLeft or actRight
	lists [][]uint8    // label numbers, ascending
	keys  []uint64     // candKey of each list
	all   []uint8      // every label but root
}

// candKey combines an arc direction with the hash of a UPOS.
func candKey(a transition, u uint64) uint64 { return u ^ uint64(a)*0x9e37_79b9_7f4a_7c15 }

// lookup returns the candidate labels for an arc made by a whose dependent
// has the UPOS atom u.
func (c *labelCands) lookup(a transition, u uint64) []uint8 {
	k := candKey(a, u)
	for i, key := range c.keys {
		if key == k {
			return c.lists[i]
		}
	}
	return c.all
}

// arc returns the head and the dependent of the arc that transition a
// makes in st and the labels worth scoring for it, none when the head is
// the root (the label is then root) or no label fits; atoms are st's.
func (c *labelCands) arc(st *parseState, a transition, atoms []tokAtoms) (h, d int32, cands []uint8) {
	h, d = st.arcOf(a)
	if h == 0 {
		return h, d, nil
	}
	return h, d, c.lookup(a, atoms[d].u)
}

// newLabelCands builds candidate lists from (direction, UPOS, label)
// lists; upos, dir and lists must have the same length.
func newLabelCands(upos []string, dir []transition, lists [][]uint8, nLabels int, root uint8) labelCands {
	c := labelCands{upos: upos, dir: dir, lists: lists, keys: make([]uint64, len(upos))}
	for i := range upos {
		c.keys[i] = candKey(dir[i], depHash(seedUPOS, upos[i], false))
	}
	for l := range nLabels {
		if uint8(l) != root {
			c.all = append(c.all, uint8(l))
		}
	}
	return c
}

// collectLabelCands gathers the candidate lists of the training trees.
func collectLabelCands(golds []parseGold, nLabels int, root uint8) labelCands {
	type key struct {
		upos string
		dir  transition
	}
	seen := map[key]map[uint8]bool{}
	for _, g := range golds {
		for d := 1; d < len(g.head); d++ {
			h := int(g.head[d])
			if h == 0 {
				continue
			}
			k := key{g.s.Tokens[d-1].UPOS, actRight}
			if d < h {
				k.dir = actLeft
			}
			if seen[k] == nil {
				seen[k] = map[uint8]bool{}
			}
			seen[k][g.label[d]] = true
		}
	}
	keys := make([]key, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(strings.Compare(a.upos, b.upos), cmp.Compare(a.dir, b.dir))
	})
	var (
		upos  []string
		dir   []transition
		lists [][]uint8
	)
	for _, k := range keys {
		var l []uint8
		for lab := range seen[k] {
			l = append(l, lab)
		}
		slices.Sort(l)
		upos, dir, lists = append(upos, k.upos), append(dir, k.dir), append(lists, l)
	}
	return newLabelCands(upos, dir, lists, nLabels, root)
}
