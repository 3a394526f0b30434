package htmlmap

import (
	"bytes"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// FuzzWrite: whatever the labels, sentences, predicate and title, the page
// has its own three script elements and no other markup from the data, no
// comment, and its data gives every string back (with each byte that is
// not UTF-8 as U+FFFD, as encoding/json writes it).
func FuzzWrite(f *testing.F) {
	f.Add("Iraq", "Kuwait", "invaded", "Iraq invaded Kuwait.", "Gulf")
	f.Add("</script><script>x()</script>", "<!--", "a\u2028b", "<img src=x onerror=y>", "</title><b>")
	f.Add("</SCRIPT\t>", "<scrIpt", "&lt;", "\u2029 ]]> --> -->", "")
	f.Fuzz(func(t *testing.T, from, to, pred, sentence, title string) {
		d := &graph.Dataset{
			Actors: []graph.ActorNode{
				{IRI: "https://t.example/actor/1", Label: from, Aliases: []string{to}},
				{IRI: "https://t.example/actor/2", Label: to},
			},
			Statements: []graph.Statement{{
				Subject: "https://t.example/actor/1", Object: "https://t.example/actor/2",
				Predicate: graph.IRI("https://t.example/rel/" + pred), Graph: graph.IRI("https://t.example/s/1"),
			}},
			Sentences: map[graph.IRI]graph.Evidence{"https://t.example/s/1": {Text: sentence, Article: "https://t.example/a"}},
		}
		g, err := memgraph.New(d)
		if err != nil {
			t.Skip(err)
		}
		var b bytes.Buffer
		if err := Write(&b, g, Options{Title: title, Dataset: &graph.Dataset{Sources: map[graph.IRI]string{"https://t.example/a": sentence}}}); err != nil {
			t.Fatal(err)
		}
		lower := strings.ToLower(b.String())
		if n, m := strings.Count(lower, "<script"), strings.Count(lower, "</script"); n != 3 || m != 3 {
			t.Errorf("%d <script and %d </script, want 3 each", n, m)
		}
		if strings.Contains(lower, "<!--") || strings.Count(lower, "</title") != 1 {
			t.Error("a comment, or a second </title, in the page")
		}
		p := readData(t, b.Bytes())
		if len(p.Nodes) != 2 || len(p.Edges) != 1 || p.Nodes[0].Label != utf8Runes(from) ||
			p.Edges[0].Evidence[0].Text != utf8Runes(sentence) || p.Title != utf8Runes(title) {
			t.Errorf("data did not come back: %+v", p)
		}
	})
}

// utf8Runes returns s with every byte that is not part of a UTF-8 sequence
// replaced by U+FFFD.
func utf8Runes(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
