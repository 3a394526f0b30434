package storetest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

// neighbourQuery lists the actors linked to one actor by a relation: a
// predicate outside the W3C, schema.org and NIF vocabularies, in any graph.
const neighbourQuery = `SELECT ?p ?n ?g WHERE {
  GRAPH ?g { { <ACTOR> ?p ?n } UNION { ?n ?p <ACTOR> } }
  FILTER(isIRI(?n))
  FILTER(!STRSTARTS(STR(?p), "http://www.w3.org/"))
  FILTER(!STRSTARTS(STR(?p), "http://schema.org/"))
  FILTER(!STRSTARTS(STR(?p), "http://persistence.uni-leipzig.org/nlp2rdf/"))
}`

// TestNeighbours loads the N-Quads of a small article into each store and
// checks that a SPARQL neighbour query finds exactly the relations that
// graph.Encode wrote for one actor, with their evidence sentences.
func TestNeighbours(t *testing.T) {
	m, err := graph.NewMinter(graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	quads := graph.Encode(m, []graph.Article{sampleArticle()})
	file := filepath.Join(t.TempDir(), "article.nq")
	writeNQuads(t, file, quads)

	actor := m.Actor("Volodymyr Zelensky")
	var want []string
	for _, q := range quads {
		if q.Graph == nil || !strings.HasPrefix(string(q.Predicate), string(m.Base())+"rel/") {
			continue
		}
		switch actor {
		case q.Subject:
			want = append(want, string(q.Predicate)+" "+iri(q.Object)+" "+iri(q.Graph))
		case q.Object:
			want = append(want, string(q.Predicate)+" "+iri(q.Subject)+" "+iri(q.Graph))
		}
	}
	slices.Sort(want)
	if len(want) != 4 {
		t.Fatalf("the sample has %d relations of %s, want 4: %v", len(want), actor, want)
	}
	query := strings.ReplaceAll(neighbourQuery, "ACTOR", string(actor))

	stores := []struct {
		name  string
		start func(testing.TB, string) Store
	}{
		{"oxigraph", StartOxigraph},
		{"virtuoso", StartVirtuoso},
	}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			store := s.start(t, file)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			start := time.Now()
			rows, err := store.Select(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: neighbour query answered %d rows in %v", s.name, len(rows), time.Since(start).Round(time.Microsecond))
			var got []string
			for _, r := range rows {
				got = append(got, r["p"]+" "+r["n"]+" "+r["g"])
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}

			// The labels and the article's escaped sentence come back as written.
			rows, err = store.Select(ctx, `SELECT ?text WHERE { ?s <`+string(graph.NIFAnchorOf)+`> ?text }`)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, r := range rows {
				texts = append(texts, r["text"])
			}
			slices.Sort(texts)
			wantTexts := []string{sampleSentences[0], sampleSentences[1]}
			slices.Sort(wantTexts)
			if !slices.Equal(texts, wantTexts) {
				t.Errorf("sentences: got %q, want %q", texts, wantTexts)
			}

			// A percent-encoded actor IRI finds its label.
			kyiv := m.Actor("Kyïv")
			rows, err = store.Select(ctx, `SELECT ?l WHERE { <`+string(kyiv)+`> <`+string(graph.RDFSLabel)+`> ?l }`)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 1 || rows[0]["l"] != "Kyïv" {
				t.Errorf("label of %s: got %v, want Kyïv", kyiv, rows)
			}
		})
	}
}

func iri(t graph.Term) string { return string(t.(graph.IRI)) }

// writeNQuads writes quads to file with the project's N-Quads writer.
func writeNQuads(t *testing.T, file string, quads []graph.Quad) {
	t.Helper()
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	w := nquads.NewWriter(f)
	for _, q := range quads {
		if err := w.Write(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

var sampleSentences = []string{
	"Volodymyr Zelensky met Donald Trump in Washington.",
	"\"Tab\there\", Trump told Zelensky in Kyïv 😀.\nIt was a \\good\\ day.",
	"Nothing happened in Kyïv 😀.",
}

// sampleArticle is a small article with relations in two sentences, one of
// them with characters N-Quads must escape, and an actor whose IRI is
// percent-encoded.
func sampleArticle() graph.Article {
	text := strings.Join(sampleSentences, " ")
	a := graph.Article{
		ID: graph.ArticleID([]byte(text)),
		Actors: []graph.Actor{
			{Name: "Volodymyr Zelensky", Type: graph.Person, Aliases: []string{"Zelensky"}},
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Trump"}},
			{Name: "Washington", Type: graph.Location},
			{Name: "Kyïv", Type: graph.Location, Aliases: []string{"Kyiv", "Kiev"}},
		},
		Relations: []graph.Relation{
			{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
			{Subject: 0, Predicate: "visited", Object: 2, Sentence: 0},
			{Subject: 1, Predicate: "told", Object: 0, Sentence: 1},
			{Subject: 1, Predicate: "visited", Object: 2, Sentence: 0},
			{Subject: 3, Predicate: "hosted", Object: 0, Sentence: 1},
		},
	}
	start := 0
	for _, s := range sampleSentences {
		n := utf8.RuneCountInString(s) // NIF offsets count code points
		a.Sentences = append(a.Sentences, graph.Sentence{Text: s, Start: start, End: start + n})
		start += n + 1
	}
	return a
}
