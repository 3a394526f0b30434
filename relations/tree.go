package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// tree gives quick access to a parsed sentence's dependents.
type tree struct {
	toks []ud.Token
	kids [][]int
}

func newTree(toks []ud.Token) *tree {
	t := &tree{toks: toks, kids: make([][]int, len(toks))}
	for i, tok := range toks {
		if h := tok.Head - 1; h >= 0 && h < len(toks) && h != i {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// head returns the index of i's head, or -1 for the root.
func (t *tree) head(i int) int {
	h := t.toks[i].Head - 1
	if h < 0 || h >= len(t.toks) || h == i {
		return -1
	}
	return h
}

// rel returns the relation of i to its head without subtype ("obl:agent"
// -> "obl").
func (t *tree) rel(i int) string {
	r, _, _ := strings.Cut(t.toks[i].Deprel, ":")
	return r
}

// children returns i's dependents whose relation is one of rels; a rel
// without subtype matches every subtype ("nsubj" matches "nsubj:pass"
// only when written "nsubj*").
func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		d := t.toks[k].Deprel
		for _, r := range rels {
			if d == r || (strings.HasSuffix(r, "*") && strings.HasPrefix(d, strings.TrimSuffix(r, "*"))) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// dominates reports whether token k is in the subtree of token i.
func (t *tree) dominates(i, k int) bool {
	for n := 0; k >= 0 && n < len(t.toks); n++ {
		if k == i {
			return true
		}
		k = t.head(k)
	}
	return false
}

func (t *tree) has(i int, rels ...string) bool { return len(t.children(i, rels...)) > 0 }

// lower returns the lower-case form of token i.
func (t *tree) lower(i int) string { return strings.ToLower(t.toks[i].Form) }

// lemma returns token i's lemma in lower case, or its form if it has none.
func (t *tree) lemma(i int) string {
	if l := t.toks[i].Lemma; l != "" && l != "_" {
		return strings.ToLower(l)
	}
	return t.lower(i)
}

// prep returns the preposition that marks i ("on behalf of" as
// "on-behalf-of"), or "".
func (t *tree) prep(i int) string {
	for _, c := range t.children(i, "case") {
		if t.toks[c].UPOS == "PART" { // possessive 's
			continue
		}
		words := []string{t.lower(c)}
		for _, f := range t.children(c, "fixed") {
			words = append(words, t.lower(f))
		}
		return strings.Join(words, "-")
	}
	return ""
}

// passive reports whether verb i is in the passive voice. A participle
// that modifies a noun is passive unless it has a subject of its own ("the
// country Russia invaded", a relative clause tagged VBN).
func (t *tree) passive(i int) bool {
	return t.has(i, "nsubj:pass", "aux:pass", "csubj:pass") ||
		(t.toks[i].XPOS == "VBN" && t.rel(i) == "acl" && !t.has(i, "nsubj"))
}
