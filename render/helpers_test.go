package render

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/memgraph/memgraphtest"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

// hostileNames are actor names, as articles may hold them, that break
// careless DOT or SVG writers.
var hostileNames = []string{
	`Ali "the Chemist" Hassan`,
	`<script>alert(1)</script>`,
	`AT&T & Sons &amp; Co`,
	`C:\Temp\n \N \G`,
	"Line one\nline two",
	"بشار الأسد",
	"Evil\u202eReversed",
}

func hostileGraph(t testing.TB) *memgraph.Graph {
	t.Helper()
	d := &graph.Dataset{}
	for i, name := range hostileNames {
		d.Actors = append(d.Actors, graph.ActorNode{
			IRI:   graph.IRI("https://t.example/actor/" + strconv.Itoa(i)),
			Label: name, Type: graph.ActorType(i % 5),
		})
	}
	for i := 1; i < len(hostileNames); i++ {
		d.Statements = append(d.Statements, graph.Statement{
			Subject: d.Actors[0].IRI, Object: d.Actors[i].IRI,
			Predicate: graph.IRI(`https://t.example/rel/said-"hi"-to&<b>`),
		})
	}
	return rendertest.Graph(t, d)
}

func sampleGraph(t testing.TB) *memgraph.Graph { return rendertest.Graph(t, memgraphtest.Sample()) }

func syntheticGraph(t testing.TB, n int) *memgraph.Graph {
	return rendertest.Graph(t, memgraphtest.Synthetic(n, 1))
}

// svgText is one text element of an SVG.
type svgText struct {
	group      string // the id of the enclosing node or edge group
	text       string
	x, y, size float64
	anchor     string
}

// parseSVG checks that svg is well-formed XML and returns its text
// elements.
func parseSVG(t *testing.T, svg []byte) []svgText {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(svg)))
	var texts []svgText
	var groups []string
	var cur *svgText
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "script", "foreignObject":
				t.Fatalf("SVG holds a <%s> element", el.Name.Local)
			case "g":
				groups = append(groups, attr(el, "id"))
			case "text":
				cur = &svgText{group: groups[len(groups)-1], anchor: attr(el, "text-anchor")}
				cur.x, _ = strconv.ParseFloat(attr(el, "x"), 64)
				cur.y, _ = strconv.ParseFloat(attr(el, "y"), 64)
				cur.size, _ = strconv.ParseFloat(attr(el, "font-size"), 64)
			}
			for _, a := range el.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					t.Fatalf("SVG element <%s> has event handler %s", el.Name.Local, a.Name.Local)
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(el)
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "g":
				groups = groups[:len(groups)-1]
			case "text":
				texts = append(texts, *cur)
				cur = nil
			}
		}
	}
	return texts
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// rect is a text's extent as a reader sees it.
type rect struct{ x0, y0, x1, y1 float64 }

// fontPath is the font the maps name; Linux SVG viewers draw with it.
const fontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

// metrics measures text in DejaVu Sans.
type metrics struct {
	font *sfnt.Font
	buf  sfnt.Buffer
}

// loadMetrics reads DejaVu Sans, or skips the test when it is missing
// (Debian: fonts-dejavu-core).
func loadMetrics(t *testing.T) *metrics {
	t.Helper()
	data, err := os.ReadFile(fontPath)
	if err != nil {
		t.Skipf("cannot measure text: %v (apt-get install fonts-dejavu-core)", err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatalf("parse %s: %v", fontPath, err)
	}
	return &metrics{font: f}
}

// width returns the advance width of s in em.
func (m *metrics) width(s string) float64 {
	upm := fixed.Int26_6(m.font.UnitsPerEm())
	w := 0.0
	for _, r := range s {
		gi, err := m.font.GlyphIndex(&m.buf, r)
		if err != nil {
			continue
		}
		adv, err := m.font.GlyphAdvance(&m.buf, gi, upm, font.HintingNone)
		if err != nil {
			continue
		}
		w += float64(adv) / float64(upm)
	}
	return w
}

// rect returns the extent of s drawn in DejaVu Sans: its advance width
// from the anchor, and from ascent to descent (0.76 and 0.24 em).
func (m *metrics) rect(s svgText) rect {
	w := m.width(s.text) * s.size
	x0 := s.x - w/2
	switch s.anchor {
	case "start":
		x0 = s.x
	case "end":
		x0 = s.x - w
	}
	return rect{x0, s.y - 0.76*s.size, x0 + w, s.y + 0.24*s.size}
}

func (a rect) overlaps(b rect) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// overlappingTexts returns the pairs of texts from different groups whose
// extents overlap. Blank texts (the label of a group's frame) show nothing
// and overlap nothing.
func (m *metrics) overlappingTexts(texts []svgText) [][2]string {
	var pairs [][2]string
	for i, a := range texts {
		if strings.TrimSpace(a.text) == "" {
			continue
		}
		ra := m.rect(a)
		for _, b := range texts[i+1:] {
			if a.group != b.group && strings.TrimSpace(b.text) != "" && ra.overlaps(m.rect(b)) {
				pairs = append(pairs, [2]string{a.text, b.text})
			}
		}
	}
	return pairs
}
