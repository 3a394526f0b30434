package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// cluster is one actor being assembled from the names that refer to it.
type cluster struct {
	canonical string // fixed by the gazetteer, or chosen from the names
	known     bool   // the gazetteer named it
	votes     [5]int // type votes by graph.ActorType
	names     []string
	counts    map[string]int
	first     string // folded first name, for people
	surname   string // surnameKey of the last name, for people
	folded    []string
	named     bool
}

func (c *cluster) add(words []string, typ graph.ActorType, demonym bool) {
	name := joinWords(words)
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	if !demonym {
		c.named = true
		if c.counts[name] == 0 {
			c.names = append(c.names, name)
			c.folded = append(c.folded, foldName(name))
		}
		c.counts[name]++
	}
	if int(typ) < len(c.votes) {
		c.votes[typ]++
	}
}

func (c *cluster) typ() graph.ActorType {
	best := graph.Unknown
	for t := graph.Person; t <= graph.Location; t++ {
		if c.votes[t] > c.votes[best] {
			best = t
		}
	}
	return best
}

// bestName is the fullest name: most words (initials aside), then the most
// frequent, then the first seen.
func (c *cluster) bestName() string {
	if c.known {
		return c.canonical
	}
	best, bestWords := "", -1
	for _, n := range c.names {
		w := 0
		for _, f := range strings.Fields(n) {
			if !isInitial(f) {
				w++
			}
		}
		if w > bestWords || (w == bestWords && c.counts[n] > c.counts[best]) {
			best, bestWords = n, w
		}
	}
	return best
}

// personKey splits a person's name into its folded first name and the
// surname key, ignoring initials ("Donald J. Trump" -> "donald", "trump").
func personKey(words []string) (first, surname string) {
	var parts []string
	for _, w := range words {
		if !isInitial(w) && w != "-" {
			parts = append(parts, w)
		}
	}
	if len(parts) == 0 {
		return "", ""
	}
	if len(parts) == 1 {
		return "", surnameKey(parts[0])
	}
	return foldName(parts[0]), surnameKey(parts[len(parts)-1])
}

// mergeNames groups the candidates of an article into actors: gazetteer
// names by their canonical name; people by surname, so that "Trump" and
// "Zelensky" join "Donald Trump" and "Volodymyr Zelenskyy"; other names by
// their folded form, a shorter name joining a longer one it ends ("General
// Assembly" -> "UN General Assembly") or abbreviates ("NATO").
func mergeNames(cands []candidate, sents []ud.Sentence) *Found {
	var clusters []*cluster
	of := make([]int, len(cands)) // candidate -> cluster
	byCanon := map[string]int{}
	newCluster := func(c *cluster) int {
		clusters = append(clusters, c)
		return len(clusters) - 1
	}
	// Pass 1: gazetteer names and multi-word people, in text order.
	pending := []int{}
	for i, c := range cands {
		switch {
		case c.canonical != "":
			k, ok := byCanon[c.canonical]
			if !ok {
				k = newCluster(&cluster{canonical: c.canonical, known: true})
				byCanon[c.canonical] = k
			}
			clusters[k].add(c.words, c.typ, c.demonym)
			of[i] = k
		case c.typ == graph.Person && len(personWords(c.words)) >= 2:
			first, sur := personKey(c.words)
			k := -1
			for j, cl := range clusters {
				if cl.surname != "" && cl.first != "" && spellingVariants(cl.surname, sur) && (cl.first == first || spellingVariants(cl.first, first)) {
					k = j
					break
				}
			}
			if k < 0 {
				k = newCluster(&cluster{first: first, surname: sur})
			}
			clusters[k].add(c.words, c.typ, false)
			of[i] = k
		default:
			pending = append(pending, i)
		}
	}
	// Pass 2: single names and other names join what pass 1 built.
	for _, i := range pending {
		c := cands[i]
		k := joinExisting(clusters, c)
		if k < 0 {
			first, sur := "", ""
			if c.typ == graph.Person {
				first, sur = personKey(c.words)
			}
			k = newCluster(&cluster{first: first, surname: sur})
		}
		clusters[k].add(c.words, c.typ, false)
		of[i] = k
	}
	// Pass 3: a shorter organisation or place name that ends a longer one.
	remap := make([]int, len(clusters))
	for i := range remap {
		remap[i] = i
	}
	for i, a := range clusters {
		if a.known || a.first != "" || a.surname != "" {
			continue
		}
		for j, b := range clusters {
			if i == j || b.first != "" || !endsOrAbbreviates(b, a) {
				continue
			}
			remap[i] = j
			break
		}
	}
	return buildFound(clusters, remap, cands, of, sents)
}

func personWords(words []string) []string {
	var out []string
	for _, w := range words {
		if !isInitial(w) && w != "-" {
			out = append(out, w)
		}
	}
	return out
}

// joinExisting finds the cluster a single or unknown name belongs to.
func joinExisting(clusters []*cluster, c candidate) int {
	folded := foldName(joinWords(c.words))
	pw := personWords(c.words)
	for j, cl := range clusters {
		if slices.Contains(cl.folded, folded) {
			return j
		}
	}
	if len(pw) == 1 {
		key := surnameKey(pw[0])
		best := -1
		for j, cl := range clusters {
			if cl.surname != "" && cl.first != "" && spellingVariants(cl.surname, key) {
				if best < 0 || sum(cl.votes[:]) > sum(clusters[best].votes[:]) {
					best = j
				}
			}
		}
		if best >= 0 {
			return best
		}
		for j, cl := range clusters {
			if cl.surname != "" && spellingVariants(cl.surname, key) {
				return j
			}
		}
	}
	return -1
}

// endsOrAbbreviates reports whether short is a name of long: the last words
// of one of long's names (two words at least), or its acronym.
func endsOrAbbreviates(long, short *cluster) bool {
	for _, s := range short.folded {
		sw := strings.Fields(s)
		for _, l := range long.folded {
			lw := strings.Fields(l)
			if len(sw) >= 2 && len(lw) > len(sw) && slices.Equal(lw[len(lw)-len(sw):], sw) {
				return true
			}
		}
	}
	for _, s := range short.names {
		if !isAcronym(s) {
			continue
		}
		for _, l := range long.names {
			if acronym(strings.Fields(l)) == strings.ReplaceAll(s, ".", "") {
				return true
			}
		}
	}
	return false
}

func sum(v []int) int {
	n := 0
	for _, x := range v {
		n += x
	}
	return n
}

// buildFound turns clusters into actors and candidates into spans.
func buildFound(clusters []*cluster, remap []int, cands []candidate, of []int, sents []ud.Sentence) *Found {
	root := func(k int) int {
		for remap[k] != k {
			k = remap[k]
		}
		return k
	}
	for k, cl := range clusters {
		if r := root(k); r != k {
			for _, n := range cl.names {
				clusters[r].add(strings.Fields(n), cl.typ(), false)
			}
		}
	}
	f := &Found{}
	actorOf := map[int]graph.ActorID{}
	for i, c := range cands {
		k := root(of[i])
		a, ok := actorOf[k]
		if !ok {
			cl := clusters[k]
			name := cl.bestName()
			var aliases []string
			for _, n := range cl.names {
				if n != name {
					aliases = append(aliases, n)
				}
			}
			slices.Sort(aliases)
			a = graph.ActorID(len(f.Actors))
			actorOf[k] = a
			f.Actors = append(f.Actors, graph.Actor{Name: name, Type: cl.typ(), Aliases: aliases})
			f.Named = append(f.Named, cl.named)
		}
		kind := NameSpan
		if c.demonym {
			kind = DemonymSpan
		}
		f.Spans = append(f.Spans, Span{
			Sentence: c.sent, Start: c.start, End: c.end,
			Head:  spanHead(sents[c.sent].Tokens, c.start, c.end),
			Actor: a, Kind: kind,
		})
	}
	sortSpans(f.Spans)
	return f
}

func sortSpans(spans []Span) {
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		return a.Start - b.Start
	})
}
