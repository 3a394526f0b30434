package ner

import (
	"github.com/actorgraph/actorgraph/graph"
)

// Mention is a named mention found by the recogniser.
type Mention struct {
	// Start and End are token indexes in the sentence, End exclusive.
	Start, End int
	// Type is Person, Organization or Location; the recogniser does not
	// tell countries from other places (the extractor does, with the
	// gazetteer).
	Type graph.ActorType
}

// The recogniser labels each token with BILOU tags: Outside, or the
// Beginning, Inside, Last token of a multi-token name, or a Unit name, for
// each of the three types. nerLabel 0 is O; type t (nerTypes index) owns
// labels 1+4t (B), 2+4t (I), 3+4t (L) and 4+4t (U).
type nerLabel uint8

const (
	nerO         nerLabel = 0
	nerNumLabels          = 1 + 4*len(nerTypes)
	// nerStart is the pseudo-label before the first token, a row of the
	// transition table.
	nerStart = nerNumLabels
)

// nerTypes are the actor types the recogniser labels, in label order.
var nerTypes = [...]graph.ActorType{graph.Person, graph.Organization, graph.Location}

const (
	bilouB = iota
	bilouI
	bilouL
	bilouU
)

func nerTypeIndex(t graph.ActorType) (int, bool) {
	for i, x := range nerTypes {
		if x == t {
			return i, true
		}
	}
	return 0, false
}

func makeLabel(typ, part int) nerLabel { return nerLabel(1 + 4*typ + part) }

// split returns the type index and the BILOU part of a label other than O.
func (l nerLabel) split() (typ, part int) { return (int(l) - 1) / 4, (int(l) - 1) % 4 }

// nerAllowed reports whether label cur may follow label prev (nerStart for
// the first token) in a well-formed BILOU sequence.
func nerAllowed(prev, cur int) bool {
	open := prev != nerStart && prev != int(nerO)
	var pt, pp int
	if open {
		pt, pp = nerLabel(prev).split()
		open = pp == bilouB || pp == bilouI
	}
	if cur == int(nerO) {
		return !open
	}
	ct, cp := nerLabel(cur).split()
	if open {
		return ct == pt && (cp == bilouI || cp == bilouL)
	}
	return cp == bilouB || cp == bilouU
}

// nerTransitions holds nerAllowed for every pair, [prev][cur]; it is
// computed once and never written after.
var nerTransitions = func() (t [nerNumLabels + 1][nerNumLabels]bool) {
	for p := range t {
		for c := range t[p] {
			t[p][c] = nerAllowed(p, c)
		}
	}
	return t
}()

// nerPrevLabels[cur] lists in increasing order the labels (not nerStart)
// that cur may follow, as nerTransitions allows: the Viterbi search tries
// those alone.
var nerPrevLabels = func() (t [nerNumLabels]struct {
	n      int
	labels [nerNumLabels]uint8
}) {
	for c := range t {
		for p := range nerNumLabels {
			if nerTransitions[p][c] {
				t[c].labels[t[c].n] = uint8(p)
				t[c].n++
			}
		}
	}
	return t
}()

// nerAllowedEnd reports whether a sentence may end on label l.
func nerAllowedEnd(l int) bool {
	if l == int(nerO) {
		return true
	}
	_, p := nerLabel(l).split()
	return p == bilouL || p == bilouU
}

// encodeBILOU labels n tokens with the given mentions, which must not
// overlap; mentions of other types are ignored.
func encodeBILOU(n int, ms []Mention) []nerLabel {
	out := make([]nerLabel, n)
	for _, m := range ms {
		t, ok := nerTypeIndex(m.Type)
		if !ok || m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		if m.End-m.Start == 1 {
			out[m.Start] = makeLabel(t, bilouU)
			continue
		}
		out[m.Start] = makeLabel(t, bilouB)
		for i := m.Start + 1; i < m.End-1; i++ {
			out[i] = makeLabel(t, bilouI)
		}
		out[m.End-1] = makeLabel(t, bilouL)
	}
	return out
}

// decodeBILOU reads the mentions of a label sequence. It is lenient: an
// unfinished name ends where its labels stop.
func decodeBILOU(labels []nerLabel) []Mention {
	var out []Mention
	start, typ := -1, 0
	for i, l := range labels {
		if l == nerO {
			if start >= 0 {
				out = append(out, Mention{start, i, nerTypes[typ]})
				start = -1
			}
			continue
		}
		t, p := l.split()
		if start >= 0 && (t != typ || p == bilouB || p == bilouU) {
			out = append(out, Mention{start, i, nerTypes[typ]})
			start = -1
		}
		switch p {
		case bilouU:
			out = append(out, Mention{i, i + 1, nerTypes[t]})
		case bilouL:
			if start < 0 {
				start = i
			}
			out = append(out, Mention{start, i + 1, nerTypes[t]})
			start = -1
		default:
			if start < 0 {
				start, typ = i, t
			}
		}
	}
	if start >= 0 {
		out = append(out, Mention{start, len(labels), nerTypes[typ]})
	}
	return out
}
