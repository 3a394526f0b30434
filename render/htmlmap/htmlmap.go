package htmlmap

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Version is the version of Cytoscape.js embedded in every page.
const Version = "3.30.2"

var (
	//go:embed cytoscape/cytoscape.min.js
	cytoscapeJS string
	//go:embed page.js
	pageJS string
	//go:embed page.css
	pageCSS string
)

// Options say what to put on the page besides the graph.
type Options struct {
	// Title, when set, heads the page and names its tab.
	Title string
	// Dataset, when set, is the dataset the graph was built from: it names
	// the file each evidence sentence's article was read from, and its
	// statements are what Class and Date read.
	Dataset *graph.Dataset
	// Class and Date, when set, give a statement of Dataset its event
	// class and its date (YYYY-MM-DD, YYYY-MM or YYYY), "" for none. The
	// page offers a class filter when some statement has a class, a date
	// filter when some has a date.
	Class, Date func(graph.Statement) string
	// Describe, when set, names a class and the group it belongs to (for
	// CAMEO code "112": "disapprove", "verbal-conflict"): the class filter
	// shows the names and gathers the classes by group, and the edges take
	// their group's colour.
	Describe func(class string) (name, group string)
}

// Write writes g as one HTML page to w. It fails only when w does, or when
// an embedded script could close its script element (which the package's
// tests rule out for the shipped scripts).
func Write(w io.Writer, g *memgraph.Graph, opt Options) error {
	if g == nil {
		return errors.New("htmlmap: nil graph")
	}
	return writePage(w, pageOf(g, opt))
}

// writePage writes the page of p.
func writePage(w io.Writer, p page) error {
	data, err := encodeData(p)
	if err != nil {
		return err
	}
	if err := checkEmbedded(); err != nil {
		return err
	}
	title := p.Title
	if title == "" {
		title = "Actor map"
	}
	var b bytes.Buffer
	b.Grow(len(cytoscapeJS) + len(data) + len(pageJS) + 4096)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	// No network at view time: nothing may be fetched, and inline scripts
	// and styles are the only ones the page has.
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n", html.EscapeString(title), pageCSS)
	fmt.Fprintf(&b, shell, html.EscapeString(title), Version)
	b.WriteString("<script type=\"application/json\" id=\"graph-data\">")
	b.Write(data)
	// cytoscape.min.js opens with its copyright and licence notice.
	b.WriteString("</script>\n<script>\n")
	b.WriteString(cytoscapeJS)
	b.WriteString("\n</script>\n<script>\n")
	b.WriteString(pageJS)
	b.WriteString("\n</script>\n</body>\n</html>\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("htmlmap: write: %w", err)
	}
	return nil
}

// checkEmbedded reports an embedded script or style sheet that could not
// sit in its element; it checks them once.
var checkEmbedded = sync.OnceValue(func() error {
	for _, s := range []struct{ name, text string }{
		{"cytoscape.min.js", cytoscapeJS}, {"page.js", pageJS}, {"page.css", pageCSS},
	} {
		if err := checkRaw(s.text); err != nil {
			return fmt.Errorf("htmlmap: embedded %s: %w", s.name, err)
		}
	}
	return nil
})

// shell is the page's markup around the graph: the controls, the map and
// the side panel. page.js fills them. Its verbs are the title and the
// Cytoscape.js version, both escaped.
const shell = `<header>
<h1>%s</h1>
<input type="search" id="search" placeholder="Search actors" aria-label="Search actors" autocomplete="off">
<span id="search-count" aria-live="polite"></span>
<button type="button" id="reset">Reset</button>
<span id="counts"></span>
</header>
<main>
<nav id="filters" aria-label="Filters">
<fieldset id="type-filter"><legend>Actor type</legend></fieldset>
<fieldset id="class-filter" hidden><legend>Relation class</legend></fieldset>
<fieldset id="date-filter" hidden><legend>Date</legend>
<label>From <input type="date" id="date-from"></label>
<label>To <input type="date" id="date-to"></label>
<p class="hint">Undated relations are hidden while the range is narrowed.</p>
</fieldset>
</nav>
<div id="cy" role="img" aria-label="Map of actors and their relations"></div>
<aside id="panel" aria-live="polite"><p class="hint">Click a relation to read its evidence, or an actor to list its relations.</p></aside>
</main>
<footer>Drawn with Cytoscape.js %s (MIT licence). Works offline.</footer>
<pre id="selftest" hidden></pre>
`

// encodeData returns the page's data as JSON that can sit inside a script
// element: json.Marshal escapes <, >, &, U+2028 and U+2029, and the check
// holds the line if that ever changes.
func encodeData(p page) ([]byte, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("htmlmap: encode graph: %w", err)
	}
	if bytes.ContainsAny(data, "<>&") || bytes.Contains(data, []byte("\u2028")) || bytes.Contains(data, []byte("\u2029")) {
		return nil, errors.New("htmlmap: encoded graph holds markup characters")
	}
	return data, nil
}

// checkRaw reports text that would end or confuse the script or style
// element it is put in: "</script", "</style", "<!--" or "<script", in any
// case.
func checkRaw(text string) error {
	lower := strings.ToLower(text)
	for _, bad := range []string{"</script", "</style", "<!--", "<script"} {
		if i := strings.Index(lower, bad); i >= 0 {
			return fmt.Errorf("holds %q at byte %d", bad, i)
		}
	}
	return nil
}
