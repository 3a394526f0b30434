package gum

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// nameMentions decides which mentions of one sentence are named (see
// nameSpan), inner mentions before the mentions that contain them.
func nameMentions(s *ud.Sentence, ms []Mention) {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(ms[a].End-ms[a].Start, ms[b].End-ms[b].Start)
	})
	var nested [][2]int
	for _, k := range order {
		m := &ms[k]
		nested = nested[:0]
		for _, n := range ms {
			inside := n.Start >= m.Start && n.End <= m.End && n.End-n.Start < m.End-m.Start
			if inside && n.Entity != m.Entity && n.Named {
				nested = append(nested, [2]int{n.NameStart, n.NameEnd})
			}
		}
		m.NameStart, m.NameEnd, m.Named = nameSpan(s, m.Start, m.End, m.Heads, nested)
	}
}

// isProperTag reports whether a token is tagged as a proper noun: XPOS NNP
// or NNPS, or UPOS PROPN when there is no XPOS. XPOS comes first because GUM
// tags the words of titles as NNP whatever their UPOS ("Always/ADV/NNP").
func isProperTag(t *ud.Token) bool {
	switch t.XPOS {
	case "NNP", "NNPS":
		return true
	case "", "_":
		return t.UPOS == "PROPN"
	}
	return false
}

// nameConnectors are the lower-case words that may join proper nouns into
// one name: "Bank of America", "Royal Library of the Netherlands",
// "Center for Disease Control", "AT & T", "Charles de Gaulle". "and" is
// not one of them, so that "Sweden and Norway" stays two names, at the
// cost of cutting "National Air and Space Museum" to "National Air":
// letting "and" join names when no nested mention says they are two
// lowered F1 on GUM dev by about 2 points (mean of three seeds, 74.0 to
// 72.2), the recogniser then joining coordinated names.
var nameConnectors = [...]string{"of", "the", "for", "&", "de", "du", "des", "la", "le", "von", "van", "der", "del", "da", "di", "al", "bin", "-"}

// NameConnectors returns the lower-case words that may join proper nouns
// into one name, as GUM's names are read (see Mention.Named): "of" in "Bank
// of America". The slice is the caller's.
func NameConnectors() []string { return slices.Clone(nameConnectors[:]) }

func isNameConnector(form string) bool {
	for _, c := range nameConnectors {
		if strings.EqualFold(form, c) {
			return true
		}
	}
	return false
}

// nameSpan decides whether a mention is named, and where its name is. A
// name is a maximal run of proper-noun tokens (isProperTag) inside the
// mention, possibly joined by connectors (nameConnectors) that have proper
// nouns on both sides. nested are the names of the named mentions of other
// entities inside this one: a run that is one of them is not this
// mention's name, and one that starts with one not holding a head of this
// mention loses it ("U.S. President Donald Trump" is named "President
// Donald Trump", the place "U.S." being nested). A mention is named when
// a run holds one of its head tokens; the name is the first such run.
//
// So "Donald Trump", "the United Nations" (name "United Nations"),
// "contemporary America" (name "America"), "co-star Jensen Ackles" and
// "the Royal Library of the Netherlands" are named; "the president", "he"
// and "the Obama administration" (head "administration") are not, whatever
// their Wikipedia identity, and neither is "the school of Dr. William
// Glennie" (whose only name is a nested person's). "Vrije Universiteit
// Amsterdam, the Netherlands" is named "Vrije Universiteit Amsterdam".
// Titles tagged NNP stay in the name ("President Donald Trump"), as GUM
// tags and spans them.
func nameSpan(s *ud.Sentence, start, end int, heads []int, nested [][2]int) (int, int, bool) {
	hasHead := func(i, j int) bool {
		for _, h := range heads {
			if h >= i && h < j {
				return true
			}
		}
		return false
	}
	for i := start; i < end; {
		if !isProperTag(&s.Tokens[i]) {
			i++
			continue
		}
		j := i + 1 // the run is [i, j)
		for j < end {
			if isProperTag(&s.Tokens[j]) {
				j++
				continue
			}
			k := j
			for k < end && !isProperTag(&s.Tokens[k]) && isNameConnector(s.Tokens[k].Form) {
				k++
			}
			if k > j && k < end && isProperTag(&s.Tokens[k]) {
				j = k
				continue
			}
			break
		}
		next := j
		if ni, ok := trimNested(s, i, j, nested, hasHead); ok && hasHead(ni, j) {
			return ni, j, true
		}
		i = next
	}
	return 0, 0, false
}

// trimNested drops from the start of the run [i, j) the nested names that
// hold no head, and reports false when the run is itself a nested name.
func trimNested(s *ud.Sentence, i, j int, nested [][2]int, hasHead func(i, j int) bool) (int, bool) {
	for _, n := range nested {
		if n[0] == i && n[1] == j {
			return i, false
		}
	}
	for again := true; again; {
		again = false
		for _, n := range nested {
			if n[0] == i && n[1] < j && !hasHead(n[0], n[1]) {
				i = n[1]
				for i < j && !isProperTag(&s.Tokens[i]) {
					i++
				}
				again = true
			}
		}
	}
	return i, true
}
