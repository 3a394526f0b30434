// Package render draws actor graphs as maps for reports: Graphviz DOT laid
// out by github.com/goccy/go-graphviz into SVG, and PNG rasterised from
// that SVG by librsvg.
//
// # The map
//
// Each actor is a node whose colour and shape both say its type (Person
// ellipse, Country box, Organization folder, Location pennant, anything
// else a note), so the map reads in greyscale too; a legend of the types
// present sits under the map. Each ordered pair of linked actors is one
// edge, labelled with its predicates ("met ×3" when stated three times) and
// drawn thicker the more statements support it. Labels are article data:
// DOT escapes them (see quote), and Graphviz escapes them again in SVG.
//
// # Layout
//
// The engine is neato up to 400 actors and sfdp beyond (see chooseEngine);
// dot and the others can be asked for. go-graphviz's Graphviz lacks the
// triangulation library behind its good overlap removal, and its other
// removal methods overlap labels or blow maps up many times, so for every
// engine but dot this package removes overlaps itself: edge labels become
// nodes, and the map is placed in three passes (see draw). On the sample
// corpus and on 300 synthetic actors no two texts overlap, measured with
// DejaVu Sans's own glyph widths (TestNoOverlappingLabels).
//
// # Large graphs
//
// A map of thousands of actors in one force-directed layout is a
// scribble around the hubs. Choose picks the part of a large graph to
// draw: it groups the linked actors by community (Louvain's method), shares
// the actors among the largest groups, keeps each group's most connected
// actors and strongest relations, and counts what it leaves out. Drawn
// with Options.Groups, each group is laid out alone by stress
// majorisation (stressLayout, in Go: sfdp took over a minute on 5,000
// actors), framed in its colour under a heading, and the parts packed as
// above; Options.Caption, under the legend, says what the map left out.
//
// # Costs of go-graphviz
//
// go-graphviz compiles its WASM build of Graphviz in its package init, so
// every program that links this package pays for it at start-up, before
// main, whether or not it renders: about 2 s the first time on a machine,
// about 0.25 s afterwards, when wazero's compilation cache in
// $TMPDIR/go-graphviz is warm (measured on the team's 2-core machine). No
// code here runs before Render is called; a command that must start
// instantly has to live in a binary that does not import this package.
//
// go-graphviz is not safe for concurrent use (its issue #117), so every
// call to it holds graphvizMu, the package's one global. Its PNG output is
// broken (its issue #106), hence librsvg. Its state lives as long as the
// process: a map is the same in every fresh process, but sfdp can lay the
// same graph out differently after earlier layouts in the same process.
package render
