package relations

import (
	"strconv"
	"strings"
)

// pairFeatures describes a candidate pair to the pair model: the path
// between the mentions (its arcs, with and without the trigger's lemma),
// the trigger, the predicate, the actors' types and the kinds of their
// mentions, the distance, whether the statement is asserted, and whether
// the rules relate the pair already.
func (r *reader) pairFeatures(c *pairCandidate, sKind, oKind string) []string {
	t := r.t
	path := strings.Join(c.path, " ")
	lemma := ""
	if c.trigger >= 0 {
		lemma = t.lemma(c.trigger)
	}
	sType := r.a.found.Actor(c.subj).Type.String()
	oType := r.a.found.Actor(c.obj).Type.String()
	// the arcs at the ends: how each mention hangs
	sArc, oArc := "-", "-"
	if len(c.path) > 0 {
		sArc, oArc = c.path[0], c.path[len(c.path)-1]
	}
	rule := "none"
	switch {
	case c.rule:
		rule = "same"
	case c.ruleRev:
		rule = "rev"
	}
	dist := c.oTok - c.sTok
	order := "s<o"
	if dist < 0 {
		order, dist = "o<s", -dist
	}
	commas := 0
	lo, hi := min(c.sTok, c.oTok), max(c.sTok, c.oTok)
	for k := lo + 1; k < hi; k++ {
		if t.toks[k].Form == "," {
			commas++
		}
	}
	voice := "act"
	if c.passive {
		voice = "pass"
	}
	f := []string{
		"bias",
		"path=" + path,
		"path+lemma=" + path + "|" + lemma,
		"kind+path=" + c.kind + "|" + path,
		"kind=" + c.kind,
		"lemma=" + c.kind + "|" + lemma,
		"pred=" + string(c.pred),
		"ends=" + sArc + "|" + oArc,
		"ends+kind=" + sArc + "|" + oArc + "|" + c.kind + "|" + voice,
		"ends+lemma=" + sArc + "|" + oArc + "|" + lemma,
		"sarc=" + sArc,
		"oarc=" + oArc,
		"lemma+oarc=" + lemma + "|" + oArc + "|" + voice,
		"lemma+sarc=" + lemma + "|" + sArc + "|" + voice,
		"types+lemma=" + sType + "|" + oType + "|" + lemma,
		"mentions+types=" + sKind + "|" + oKind + "|" + sType + "|" + oType,
		"types=" + sType + "|" + oType,
		"types+kind=" + sType + "|" + oType + "|" + c.kind,
		"types+ends=" + sType + "|" + oType + "|" + sArc + "|" + oArc,
		"mentions=" + sKind + "|" + oKind,
		"len=" + strconv.Itoa(len(c.path)),
		"dist=" + bucket(dist),
		"order=" + order,
		"order+kind=" + order + "|" + c.kind + "|" + voice,
		"commas=" + bucket(commas),
		"rule=" + rule,
		"rule+kind=" + rule + "|" + c.kind,
	}
	if !c.asserted {
		f = append(f, "unasserted", "unasserted+kind="+c.kind)
	}
	if c.lca == c.sTok || c.lca == c.oTok {
		f = append(f, "dominates="+c.kind)
	}
	return f
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
func readingFeatures(c *pairCandidate, pred string, i int) []string {
	r := "r" + strconv.Itoa(min(i, 3))
	rp := "rp=" + pred
	out := []string{r, rp}
	for _, f := range c.feats {
		for _, p := range readingBase {
			if strings.HasPrefix(f, p) {
				out = append(out, r+"|"+f)
				break
			}
		}
		if strings.HasPrefix(f, "types=") || strings.HasPrefix(f, "ends=") {
			out = append(out, rp+"|"+f)
		}
	}
	return out
}

// strictFeatures describes candidate c with the predicate the ranker chose
// for it, by the given margin over the next best, to the strict model.
func strictFeatures(c *pairCandidate, pred string, margin float64) []string {
	out := append([]string(nil), c.feats...)
	out = append(out, "chose="+pred, "margin="+bucket(int(margin)))
	for _, f := range c.feats {
		if strings.HasPrefix(f, "types=") || strings.HasPrefix(f, "kind=") || strings.HasPrefix(f, "lemma=") {
			out = append(out, "chose="+pred+"|"+f)
		}
	}
	return out
}
