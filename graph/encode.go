package graph

import (
	"slices"
	"strconv"
	"strings"
)

// Encode maps articles to quads under the IRIs of m. The order is
// deterministic: first every actor's description, by IRI, then, article by
// article in the order given, the article, its evidence sentences and its
// relations, each group sorted.
//
// An actor found in several articles is described once, with the type it has
// in the first article that names it and the union of its aliases.
//
// Encode holds every quad in memory; ActorTable and EncodeArticle give the
// same quads a group at a time, for a corpus too large for that.
func Encode(m Minter, articles []Article) []Quad {
	t := NewActorTable(m)
	for _, a := range articles {
		t.Add(a.Actors)
	}
	quads := t.Quads()
	for _, a := range articles {
		quads = append(quads, EncodeArticle(m, a)...)
	}
	return quads
}

// ActorTable collects the descriptions of the actors of a corpus: one per
// IRI, with the name and type it was first added with and the union of its
// aliases. It holds one entry per actor, not the articles.
type ActorTable struct {
	m     Minter
	byIRI map[IRI]*actorDesc
}

type actorDesc struct {
	name    string
	typ     ActorType
	aliases map[string]bool
}

// NewActorTable returns an empty table for the IRIs of m.
func NewActorTable(m Minter) *ActorTable {
	return &ActorTable{m: m, byIRI: map[IRI]*actorDesc{}}
}

// Add records actors, their names cleaned (see CleanName).
func (t *ActorTable) Add(actors []Actor) {
	for _, a := range actors {
		name := CleanName(a.Name)
		iri := t.m.Actor(name)
		d := t.byIRI[iri]
		if d == nil {
			d = &actorDesc{name: name, typ: a.Type, aliases: map[string]bool{}}
			t.byIRI[iri] = d
		}
		for _, al := range a.Aliases {
			if al = CleanName(al); al != d.name && al != "" {
				d.aliases[al] = true
			}
		}
	}
}

// Len returns the number of actors in the table.
func (t *ActorTable) Len() int { return len(t.byIRI) }

// Quads returns the actors' descriptions, by IRI (see DescribeActor).
func (t *ActorTable) Quads() []Quad {
	order := make([]IRI, 0, len(t.byIRI))
	for iri := range t.byIRI {
		order = append(order, iri)
	}
	slices.Sort(order)
	var quads []Quad
	for _, iri := range order {
		d := t.byIRI[iri]
		aliases := make([]string, 0, len(d.aliases))
		for al := range d.aliases {
			aliases = append(aliases, al)
		}
		quads = append(quads, DescribeActor(iri, Actor{Name: d.name, Type: d.typ, Aliases: aliases})...)
	}
	return quads
}

// DescribeActor returns the description of actor a under iri: its label
// (a.Name), its type, then its aliases in order, each cleaned (see
// CleanName), without duplicates, empty ones or the label. ActorTable
// describes its actors so; a store that keeps an actor's IRI when its
// label changes describes them with it.
func DescribeActor(iri IRI, a Actor) []Quad {
	name := CleanName(a.Name)
	// the subject is made a Term once, not once a quad: each conversion
	// of an IRI to a Term allocates
	var subj Term = iri
	quads := make([]Quad, 1, 2+len(a.Aliases))
	quads[0] = Quad{Subject: subj, Predicate: RDFSLabel, Object: Literal{Value: name}}
	if c := a.Type.Class(); c != "" {
		quads = append(quads, Quad{Subject: subj, Predicate: RDFType, Object: c})
	}
	aliases := make([]string, 0, len(a.Aliases))
	for _, al := range a.Aliases {
		if al = CleanName(al); al != name && al != "" {
			aliases = append(aliases, al)
		}
	}
	slices.Sort(aliases)
	for _, al := range slices.Compact(aliases) {
		quads = append(quads, Quad{Subject: subj, Predicate: SKOSAltLabel, Object: Literal{Value: al}})
	}
	return quads
}

// EncodeArticle maps one article to its quads (see Encode): the article,
// the actors it mentions, the sentences that state its relations, and the
// relations, each group sorted.
func EncodeArticle(m Minter, a Article) []Quad {
	iris := make([]IRI, len(a.Actors))
	for i, ac := range a.Actors {
		iris[i] = m.Actor(ac.Name)
	}
	return EncodeArticleIRIs(m, a, iris)
}

// EncodeArticleIRIs is EncodeArticle with the actors' IRIs given rather
// than minted from their names: iris[i] is the IRI of a.Actors[i]. A
// relation between two actors with one IRI is left out, as is one whose
// actor has no IRI in iris.
func EncodeArticleIRIs(m Minter, a Article, iris []IRI) []Quad {
	// Each IRI is made a Term once, not once a quad it is in: each
	// conversion of an IRI to a Term allocates. The quads are counted
	// before they are listed, so that their list is made at its length.
	var art Term = m.Article(a.ID)
	terms := make([]Term, min(len(iris), len(a.Actors)))
	actorTerm := func(id ActorID) (Term, bool) {
		if id < 0 || int(id) >= len(a.Actors) || int(id) >= len(iris) {
			return nil, false
		}
		if terms[id] == nil {
			terms[id] = iris[id]
		}
		return terms[id], true
	}
	mentions := slices.Clone(iris[:min(len(iris), len(a.Actors))])
	slices.Sort(mentions)
	mentions = slices.Compact(mentions)

	// the relations first: a sentence is evidence only for what is written
	rels := make([]Quad, 0, len(a.Relations))
	used := map[int]bool{}
	for _, r := range a.Relations {
		s, ok1 := actorTerm(r.Subject)
		o, ok2 := actorTerm(r.Object)
		if !ok1 || !ok2 || s == o || r.Predicate == "" || r.Sentence < 0 || r.Sentence >= len(a.Sentences) {
			continue
		}
		used[r.Sentence] = true
		var sent Term = m.Sentence(a.ID, r.Sentence+1)
		rels = append(rels, Quad{
			Subject:   s,
			Predicate: m.Predicate(r.Predicate),
			Object:    o,
			Graph:     sent,
		})
		if r.Class != "" {
			rels = append(rels, Quad{Subject: m.Predicate(r.Predicate), Predicate: EventClass, Object: ClassIRI(r.Class), Graph: sent})
		}
	}
	// the article's three quads at most, its mentions, six quads at
	// most for each sentence of evidence, and the relations
	quads := make([]Quad, 1, 3+len(mentions)+6*len(used)+len(rels))
	quads[0] = Quad{Subject: art, Predicate: RDFType, Object: SchemaArticle}
	if a.Source != "" {
		quads = append(quads, Quad{Subject: art, Predicate: DCTermsSource, Object: Literal{Value: a.Source}})
	}
	if a.Date != "" {
		quads = append(quads, Quad{Subject: art, Predicate: DCTermsDate, Object: Literal{Value: a.Date, Datatype: DateDatatype(a.Date)}})
	}
	for _, iri := range mentions {
		quads = append(quads, Quad{Subject: art, Predicate: SchemaMentions, Object: iri})
	}
	for i, s := range a.Sentences {
		if !used[i] {
			continue
		}
		var sent Term = m.Sentence(a.ID, i+1)
		quads = append(quads,
			Quad{Subject: sent, Predicate: RDFType, Object: NIFSentence},
			Quad{Subject: sent, Predicate: NIFReferenceCtxt, Object: art},
			Quad{Subject: sent, Predicate: NIFAnchorOf, Object: Literal{Value: s.Text}},
			Quad{Subject: sent, Predicate: NIFBeginIndex, Object: Literal{Value: strconv.Itoa(s.Start), Datatype: XSDNonNegativeInteger}},
			Quad{Subject: sent, Predicate: NIFEndIndex, Object: Literal{Value: strconv.Itoa(s.End), Datatype: XSDNonNegativeInteger}},
		)
		if s.Date != "" {
			quads = append(quads, Quad{Subject: sent, Predicate: DCTermsDate, Object: Literal{Value: s.Date, Datatype: DateDatatype(s.Date)}})
		}
	}
	slices.SortFunc(rels, compareQuads)
	return append(quads, slices.CompactFunc(rels, func(x, y Quad) bool { return x == y })...)
}

// compareQuads orders quads by their terms in N-Quads syntax: subject,
// predicate, object, graph. Each part is compared only when those before
// it are equal, and IRIs without building their bracketed forms
// (compareTerms).
func compareQuads(x, y Quad) int {
	if c := compareTerms(x.Subject, y.Subject); c != 0 {
		return c
	}
	if c := strings.Compare(string(x.Predicate), string(y.Predicate)); c != 0 {
		return c
	}
	if c := compareTerms(x.Object, y.Object); c != 0 {
		return c
	}
	return compareTerms(x.Graph, y.Graph)
}

// compareTerms is strings.Compare(termString(x), termString(y)). Two IRIs,
// the common case, compare as their texts closed by '>' (the '<' that
// opens both changes nothing), which allocates nothing.
func compareTerms(x, y Term) int {
	if a, ok := x.(IRI); ok {
		if b, ok := y.(IRI); ok {
			return compareClosed(string(a), string(b), '>')
		}
	}
	return strings.Compare(termString(x), termString(y))
}

// compareClosed is strings.Compare(a+string(end), b+string(end)).
func compareClosed(a, b string, end byte) int {
	n := min(len(a), len(b))
	if c := strings.Compare(a[:n], b[:n]); c != 0 || len(a) == len(b) {
		return c
	}
	// one is a prefix of the other: at n the shorter has end, and when
	// the longer has end there too, the shorter ends first
	if len(a) < len(b) {
		if end <= b[n] {
			return -1
		}
		return 1
	}
	if end <= a[n] {
		return 1
	}
	return -1
}

func termString(t Term) string {
	if t == nil {
		return ""
	}
	return t.String()
}
