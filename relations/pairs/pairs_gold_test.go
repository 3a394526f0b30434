package pairs_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/relations"
	"github.com/actorgraph/actorgraph/relations/pairs"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// This file reads the annotated training articles of ../shared/eval/train
// (beside the module root) and scores relations against their gold graphs
// the way ../shared/eval/score.py does, for training and tuning the pair
// model. The articles are read, never copied into the project.

// goldDoc is one gold annotation file.
type goldDoc struct {
	Entities []struct {
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases"`
		Optional bool     `json:"optional"`
	} `json:"entities"`
	Relations []goldRel `json:"relations"`
	Negatives []goldRel `json:"negatives"`
}

type goldRel struct {
	S         string   `json:"s"`
	P         []string `json:"p"`
	O         string   `json:"o"`
	Symmetric bool     `json:"symmetric"`
	Evidence  string   `json:"evidence"`
}

// trainDoc is one analysed training article.
type trainDoc struct {
	name     string
	sents    []ud.Sentence
	found    *entities.Found
	rules    []graph.Relation // what the rules read
	cands    []pairs.Candidate
	gold     goldDoc
	index    map[string]string // normalised gold name or alias -> gold name
	optional map[string]bool
	names    []string // actor ID -> gold name, "" when it maps to none
	// evidence[i] holds the sentences that quote the evidence of gold
	// relation i; nil when none does
	evidence []map[int]bool
}

// alnum lower-cases s and keeps only its letters and digits.
func alnum(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// findEvidence finds the sentences that hold a fragment of each gold
// relation's evidence (fragments are separated by " / " and " ... ").
func (d *trainDoc) findEvidence() {
	texts := make([]string, len(d.sents))
	for i, s := range d.sents {
		texts[i] = alnum(s.Text)
	}
	d.evidence = make([]map[int]bool, len(d.gold.Relations))
	for gi, g := range d.gold.Relations {
		for _, part := range strings.Split(g.Evidence, " / ") {
			for _, frag := range strings.Split(part, "...") {
				f := alnum(frag)
				if len(f) < 10 {
					continue
				}
				for si, t := range texts {
					if strings.Contains(t, f) {
						if d.evidence[gi] == nil {
							d.evidence[gi] = map[int]bool{}
						}
						d.evidence[gi][si] = true
					}
				}
			}
		}
	}
}

// goldPredsAt returns the predicates the gold accepts for the ordered pair
// (s, o) of gold names as stated in sentence sent: those of the gold
// relations of the pair whose evidence is in that sentence or in no
// sentence found.
func (d *trainDoc) goldPredsAt(s, o string, sent int) (map[string]bool, bool) {
	var out map[string]bool
	if s == "" || o == "" {
		return nil, false
	}
	for gi, g := range d.gold.Relations {
		if !(g.S == s && g.O == o || g.Symmetric && g.S == o && g.O == s) {
			continue
		}
		if d.evidence[gi] != nil && !d.evidence[gi][sent] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, p := range g.P {
			out[normPred(p)] = true
		}
	}
	return out, out != nil
}

// normName normalises a name as score.py's norm_name does.
func normName(s string) string {
	s = norm.NFKD.String(s)
	var sb strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	s = strings.ReplaceAll(sb.String(), "\u2019", "'")
	// drop "'s" at the end of a word
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWordRune(rs[i+2])) {
			i++
			continue
		}
		b.WriteRune(rs[i])
	}
	words := strings.FieldsFunc(b.String(), func(r rune) bool { return !isWordRune(r) || r == '_' })
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, "")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// normPred normalises a predicate as score.py's norm_pred does.
func normPred(p string) string {
	var sb strings.Builder
	prev := rune(0)
	for _, r := range p {
		if unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			sb.WriteRune('-')
		}
		sb.WriteRune(r)
		prev = r
	}
	f := strings.FieldsFunc(strings.ToLower(sb.String()), func(r rune) bool {
		return !(r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)))
	})
	return strings.Join(f, "-")
}

// mapActors maps each actor of found to a gold entity by its name, then
// its aliases, as score.py maps the labels of a graph.
func (d *trainDoc) mapActors() {
	d.index = map[string]string{}
	d.optional = map[string]bool{}
	for _, e := range d.gold.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := normName(n); k != "" {
				if _, ok := d.index[k]; !ok {
					d.index[k] = e.Name
				}
			}
		}
		d.optional[e.Name] = e.Optional
	}
	d.names = make([]string, len(d.found.Actors))
	for i, a := range d.found.Actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if g, ok := d.index[normName(n)]; ok {
				d.names[i] = g
				break
			}
		}
	}
}

// counts are the relation counts of score.py, summed over articles.
type counts struct {
	sys, strictTP, pairTP, strictFound, pairFound, gold, negatives int
}

func (c *counts) add(d counts) {
	c.sys += d.sys
	c.strictTP += d.strictTP
	c.pairTP += d.pairTP
	c.strictFound += d.strictFound
	c.pairFound += d.pairFound
	c.gold += d.gold
	c.negatives += d.negatives
}

func f1(tpP, nP, tpR, nR int) (p, r, f float64) {
	if nP > 0 {
		p = float64(tpP) / float64(nP)
	}
	if nR > 0 {
		r = float64(tpR) / float64(nR)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c counts) strict() (p, r, f float64) { return f1(c.strictTP, c.sys, c.strictFound, c.gold) }
func (c counts) pairs() (p, r, f float64)  { return f1(c.pairTP, c.sys, c.pairFound, c.gold) }

// score scores an article's relations against its gold as score.py does.
func (d *trainDoc) score(rels []graph.Relation) counts {
	type triple struct{ s, p, o string }
	sys := map[triple]bool{}
	for _, r := range rels {
		s, o := d.names[r.Subject], d.names[r.Object]
		if s == "" {
			s = "?" + d.found.Actor(r.Subject).Name
		}
		if o == "" {
			o = "?" + d.found.Actor(r.Object).Name
		}
		if d.optional[s] || d.optional[o] || s == o {
			continue
		}
		sys[triple{s, normPred(string(r.Predicate)), o}] = true
	}
	var golds []goldRel
	for _, g := range d.gold.Relations {
		if !d.optional[g.S] && !d.optional[g.O] {
			golds = append(golds, g)
		}
	}
	c := counts{sys: len(sys), gold: len(golds)}
	strictHit, pairHit := map[int]bool{}, map[int]bool{}
	for tr := range sys {
		strict, pair := false, false
		for i, g := range golds {
			if !(g.S == tr.s && g.O == tr.o || g.Symmetric && g.S == tr.o && g.O == tr.s) {
				continue
			}
			pair = true
			pairHit[i] = true
			for _, p := range g.P {
				if normPred(p) == tr.p {
					strict = true
					strictHit[i] = true
				}
			}
		}
		if strict {
			c.strictTP++
		}
		if pair {
			c.pairTP++
		}
		for _, g := range d.gold.Negatives {
			if g.S == tr.s && g.O == tr.o {
				for _, p := range g.P {
					if normPred(p) == tr.p {
						c.negatives++
						break
					}
				}
			}
		}
	}
	c.strictFound, c.pairFound = len(strictHit), len(pairHit)
	return c
}

// moduleRoot returns the directory of the module, from this file's path.
func moduleRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the source tree")
	}
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// trainDir returns ../shared/eval/train beside the module root, skipping
// the test when it is not there.
func trainDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(moduleRoot(t), "..", "shared", "eval", "train")
	if _, err := os.Stat(filepath.Join(dir, "gold")); err != nil {
		t.Skipf("no training articles: %v", err)
	}
	return dir
}

// pipeline is the analysis of build up to the relations, without the pair
// model.
type pipeline struct {
	model  *syntax.Model
	finder *entities.Finder
	reader *relations.Reader
}

var loadPipeline = sync.OnceValues(func() (*pipeline, error) {
	model, err := syntax.DefaultModel()
	if err != nil {
		return nil, err
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	rec, err := ner.DefaultRecognizer()
	if err != nil {
		return nil, err
	}
	finder := entities.NewFinder(gaz, rec)
	reader, err := relations.NewReader(finder.Roles(), model.Lemmatizer.PastTense)
	if err != nil {
		return nil, err
	}
	return &pipeline{model: model, finder: finder, reader: reader}, nil
})

// analyse reads one article as build does, and its candidate pairs.
func (p *pipeline) analyse(name, text string, gold goldDoc) *trainDoc {
	d := &trainDoc{name: name, gold: gold}
	d.sents = p.model.Analyze(norm.NFC.String(strings.TrimPrefix(text, "\uFEFF")))
	d.found = p.finder.Find(d.sents)
	d.rules, d.cands = p.reader.ReadRules(d.sents, d.found)
	d.mapActors()
	d.findEvidence()
	return d
}

// loadTrain analyses every training article, in name order.
func loadTrain(t testing.TB) []*trainDoc {
	t.Helper()
	dir := trainDir(t)
	p := testenv.Must(t, loadPipeline)
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	slices.Sort(files)
	var docs []*trainDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		text, err := os.ReadFile(filepath.Join(dir, "texts", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, p.analyse(name, string(text), g))
	}
	return docs
}
