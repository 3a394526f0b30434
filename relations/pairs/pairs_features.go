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
	f := []string{
		"bias",
		"path=" + path,
		"path+lemma=" + path + "|" + lemma,
		"kind+path=" + c.Kind + "|" + path,
		"kind=" + c.Kind,
		"lemma=" + c.Kind + "|" + lemma,
		"pred=" + string(c.Pred),
		"ends=" + sArc + "|" + oArc,
		"ends+kind=" + sArc + "|" + oArc + "|" + c.Kind + "|" + voice,
		"ends+lemma=" + sArc + "|" + oArc + "|" + lemma,
		"sarc=" + sArc,
		"oarc=" + oArc,
		"lemma+oarc=" + lemma + "|" + oArc + "|" + voice,
		"lemma+sarc=" + lemma + "|" + sArc + "|" + voice,
		"types+lemma=" + sType + "|" + oType + "|" + lemma,
		"mentions+types=" + sKind + "|" + oKind + "|" + sType + "|" + oType,
		"types=" + sType + "|" + oType,
		"types+kind=" + sType + "|" + oType + "|" + c.Kind,
		"types+ends=" + sType + "|" + oType + "|" + sArc + "|" + oArc,
		"mentions=" + sKind + "|" + oKind,
		"len=" + strconv.Itoa(len(c.Path)),
		"dist=" + bucket(dist),
		"order=" + order,
		"order+kind=" + order + "|" + c.Kind + "|" + voice,
		"commas=" + bucket(commas),
		"rule=" + rule,
		"rule+kind=" + rule + "|" + c.Kind,
	}
	if !c.Asserted {
		f = append(f, "unasserted", "unasserted+kind="+c.Kind)
	}
	if c.LCA == c.STok || c.LCA == c.OTok {
		f = append(f, "dominates="+c.Kind)
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
func readingFeatures(c *Candidate, pred string, i int) []string {
	r := "r" + strconv.Itoa(min(i, 3))
	rp := "rp=" + pred
	out := []string{r, rp}
	for _, f := range c.Feats {
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
func strictFeatures(c *Candidate, pred string, margin float64) []string {
	out := append([]string(nil), c.Feats...)
	out = append(out, "chose="+pred, "margin="+bucket(int(margin)))
	for _, f := range c.Feats {
		if strings.HasPrefix(f, "types=") || strings.HasPrefix(f, "kind=") || strings.HasPrefix(f, "lemma=") {
			out = append(out, "chose="+pred+"|"+f)
		}
	}
	return out
}
