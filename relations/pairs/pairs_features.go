package pairs

import (
	"strconv"
	"strings"
)

// pairFeatures describes a candidate pair to the pair model: the path
// between the mentions (its arcs, with and without the trigger's lemma),
// the trigger, the predicate, the actors' types and the kinds of their
// mentions, the distance, whether the statement is asserted, and whether
// the rules relate the pair already.
func (r *Sentence) pairFeatures(c *Candidate, sKind, oKind string) []string {
	t := r.Tree
	path := strings.Join(c.Path, " ")
	lemma := ""
	if c.Trigger >= 0 {
		lemma = t.Lemma(c.Trigger)
	}
	sType := r.Found.Actor(c.Subj).Type.String()
	oType := r.Found.Actor(c.Obj).Type.String()
	// the arcs at the ends: how each mention hangs
	sArc, oArc := "-", "-"
	if len(c.Path) > 0 {
		sArc, oArc = c.Path[0], c.Path[len(c.Path)-1]
	}
	rule := "none"
	switch {
	case c.Rule:
		rule = "same"
	case c.RuleRev:
		rule = "rev"
	}
	dist := c.OTok - c.STok
	order := "s<o"
	if dist < 0 {
		order, dist = "o<s", -dist
	}
	commas := 0
	lo, hi := min(c.STok, c.OTok), max(c.STok, c.OTok)
	for k := lo + 1; k < hi; k++ {
		if t.Toks[k].Form == "," {
			commas++
		}
	}
	voice := "act"
	if c.Passive {
		voice = "pass"
	}
	w := r.room.reset(3*len(path)+6*len(lemma)+8*(len(sArc)+len(oArc))+512, 32)
	w.add("bias")
	w.add("path=", path)
	w.add("path+lemma=", path, "|", lemma)
	w.add("kind+path=", c.Kind, "|", path)
	w.add("kind=", c.Kind)
	w.add("lemma=", c.Kind, "|", lemma)
	w.add("pred=", string(c.Pred))
	w.add("ends=", sArc, "|", oArc)
	w.add("ends+kind=", sArc, "|", oArc, "|", c.Kind, "|", voice)
	w.add("ends+lemma=", sArc, "|", oArc, "|", lemma)
	w.add("sarc=", sArc)
	w.add("oarc=", oArc)
	w.add("lemma+oarc=", lemma, "|", oArc, "|", voice)
	w.add("lemma+sarc=", lemma, "|", sArc, "|", voice)
	w.add("types+lemma=", sType, "|", oType, "|", lemma)
	w.add("mentions+types=", sKind, "|", oKind, "|", sType, "|", oType)
	w.add("types=", sType, "|", oType)
	w.add("types+kind=", sType, "|", oType, "|", c.Kind)
	w.add("types+ends=", sType, "|", oType, "|", sArc, "|", oArc)
	w.add("mentions=", sKind, "|", oKind)
	w.add("len=", strconv.Itoa(len(c.Path)))
	w.add("dist=", bucket(dist))
	w.add("order=", order)
	w.add("order+kind=", order, "|", c.Kind, "|", voice)
	w.add("commas=", bucket(commas))
	w.add("rule=", rule)
	w.add("rule+kind=", rule, "|", c.Kind)
	if !c.Asserted {
		w.add("unasserted")
		w.add("unasserted+kind=", c.Kind)
	}
	if c.LCA == c.STok || c.LCA == c.OTok {
		w.add("dominates=", c.Kind)
	}
	feats := w.list()
	r.room = w // for the next candidate
	return feats
}

// bucket groups a count: 0-3 as themselves, then 4-6, 7-10, and more.
func bucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 10:
		return "7-10"
	}
	return "11+"
}

// readingBase are the kinds of candidate features the predicate ranker
// conjoins with the rank of a reading of the path.
var readingBase = []string{"kind=", "lemma=", "ends+kind=", "oarc=", "types="}

// readingFeatures describes choosing the reading pred, of rank i among the
// path's readings, for candidate c.
func readingFeatures(c *Candidate, pred string, i int) []string {
	var out []string
	eachReadingFeature(nil, c, pred, i, func(f []byte) { out = append(out, string(f)) })
	return out
}

// eachReadingFeature calls f with each feature of readingFeatures in turn,
// written in buf, which f must not keep; it returns buf for the next call.
// The ranker sums the weights of the features as they come, looking each
// up without making a string of it: it scores every reading of every
// asserted candidate.
func eachReadingFeature(buf []byte, c *Candidate, pred string, i int, f func([]byte)) []byte {
	rank := byte('0' + min(i, 3)) // "r0" to "r3"
	buf = append(buf[:0], 'r', rank)
	f(buf)
	buf = append(append(buf[:0], "rp="...), pred...)
	f(buf)
	for _, feat := range c.Feats {
		ranked, typed := readingKinds(feat)
		if ranked {
			buf = append(append(buf[:0], 'r', rank, '|'), feat...)
			f(buf)
		}
		if typed {
			buf = append(append(append(append(buf[:0], "rp="...), pred...), '|'), feat...)
			f(buf)
		}
	}
	return buf
}

// readingKinds reports whether readingFeatures conjoins a candidate
// feature with the rank of a reading (ranked) and with its predicate
// (typed).
func readingKinds(f string) (ranked, typed bool) {
	for _, p := range readingBase {
		if strings.HasPrefix(f, p) {
			ranked = true
			break
		}
	}
	return ranked, strings.HasPrefix(f, "types=") || strings.HasPrefix(f, "ends=")
}

// featureWriter writes features end to end and cuts them from one string:
// one allocation for a candidate's features rather than one each.
type featureWriter struct {
	buf  []byte
	ends []int // where each feature ends in buf
}

// reset returns w emptied, with room for n features of size bytes in all:
// the room of w when it has enough. The features list cuts are copies, so
// the candidates of a sentence write theirs in turn in one room.
func (w featureWriter) reset(size, n int) featureWriter {
	if cap(w.buf) < size {
		w.buf = make([]byte, 0, size)
	}
	if cap(w.ends) < n {
		w.ends = make([]int, 0, n)
	}
	return featureWriter{buf: w.buf[:0], ends: w.ends[:0]}
}

// add writes a feature, the concatenation of parts.
func (w *featureWriter) add(parts ...string) {
	for _, p := range parts {
		w.buf = append(w.buf, p...)
	}
	w.ends = append(w.ends, len(w.buf))
}

// list returns the features written, in order.
func (w *featureWriter) list() []string {
	all, start := string(w.buf), 0
	out := make([]string, len(w.ends))
	for i, end := range w.ends {
		out[i], start = all[start:end], end
	}
	return out
}

// strictFeatures describes candidate c with the predicate the ranker chose
// for it, by the given margin over the next best, to the strict model: its
// own features, then those of eachStrictFeature.
func strictFeatures(c *Candidate, pred string, margin float64) []string {
	out := append([]string(nil), c.Feats...)
	eachStrictFeature(nil, c, pred, margin, func(f []byte) { out = append(out, string(f)) })
	return out
}

// eachStrictFeature calls f with each feature that strictFeatures adds to
// c's own, in turn, written in buf, which f must not keep; it returns buf
// for the next call. The strict model sums their weights as they come,
// without making strings of them.
func eachStrictFeature(buf []byte, c *Candidate, pred string, margin float64, f func([]byte)) []byte {
	buf = append(append(buf[:0], "chose="...), pred...)
	f(buf)
	buf = append(append(buf[:0], "margin="...), bucket(int(margin))...)
	f(buf)
	for _, feat := range c.Feats {
		if strings.HasPrefix(feat, "types=") || strings.HasPrefix(feat, "kind=") || strings.HasPrefix(feat, "lemma=") {
			buf = append(append(append(append(buf[:0], "chose="...), pred...), '|'), feat...)
			f(buf)
		}
	}
	return buf
}
