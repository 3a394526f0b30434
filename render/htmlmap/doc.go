// Package htmlmap writes an actor graph as an interactive map: one
// self-contained HTML file that a browser opens without any network, with
// Cytoscape.js (a pinned copy, see cytoscape/README.md) embedded in it.
//
// # The page
//
// Each actor is a node, coloured and shaped by its type as in the Graphviz
// maps of package render, and sized by its degree. Each relation (an
// ordered pair of actors and one predicate) is an edge, thicker the more
// statements state it. The page has a search box (over names and aliases,
// ignoring case and accents), a filter by actor type, a filter by relation
// class and one by date range, and a side panel: clicking an edge shows its
// predicate, class, date and evidence sentences with their articles;
// clicking an actor shows its relations. The class and date filters are
// shown only when some statement has a class or a date, which the caller
// gives through Options.Class and Options.Date (a graph does not keep
// them); Options.Describe names the classes and gathers them in groups.
//
// # Data and escaping
//
// The graph is embedded as JSON in a <script type="application/json">
// element and read with JSON.parse. Labels, sentences and IRIs are article
// data: encoding/json writes <, > and & as \u003c, \u003e and \u0026, and
// U+2028 and U+2029 as escapes, so the JSON holds no "<" at all and no
// label can close the element, open a comment or start markup. The page
// builds its panels with textContent, never innerHTML. Write checks the
// escaped JSON and the embedded scripts once more before writing.
//
// # Self-test
//
// Opened with #selftest at the end of its URL, the page runs a check of
// itself once laid out (node count, a search, a filter, a click on an edge
// and the side panel it fills) and writes the results as JSON into a
// <pre id="selftest"> element, which headless Chromium's --dump-dom prints;
// the tests of this package read it.
package htmlmap
