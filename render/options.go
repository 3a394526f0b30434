package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Options say what to draw and how.
type Options struct {
	// Format is "svg" (the default), "png" or "dot". PNG is rasterised from
	// the SVG by rsvg-convert, which must be on PATH. "dot" is the DOT that
	// Render draws, for editing or drawing with stock Graphviz: with the dot
	// engine, DOT's text; with the others, every node placed where the map
	// has it, for neato -n2 (layout=nop2) to draw as it is.
	Format string
	// Layout is the Graphviz engine: "auto" (the default) chooses by the
	// graph's size, or one of "dot", "neato", "fdp", "sfdp", "circo".
	Layout string
	// Title, when set, is drawn above the map.
	Title string
	// Groups, when not nil, draws the map by group (see Choose): each
	// group's actors are laid out together in a frame of the group's
	// colour, headed by GroupTitles[n] for group n, or "Group n+1", in
	// the order of the groups' numbers. Actors it does not name, or names
	// with a negative number, are drawn together after the groups,
	// unframed. The dot layout ignores it.
	Groups      map[graph.IRI]int
	GroupTitles []string
	// Caption, when set, is drawn under the map and its legend: Choice's
	// says what the map leaves out. The dot layout draws it under the
	// title.
	Caption string
}

// formats and layouts list the values Options accepts.
func formats() []string { return []string{"svg", "png", "dot"} }
func layouts() []string { return []string{"auto", "dot", "neato", "fdp", "sfdp", "circo"} }

// check normalises o (lower case, defaults filled in) and reports an
// unknown format or layout.
func (o Options) check() (Options, error) {
	o.Format = strings.ToLower(strings.TrimSpace(o.Format))
	o.Layout = strings.ToLower(strings.TrimSpace(o.Layout))
	if o.Format == "" {
		o.Format = "svg"
	}
	if o.Layout == "" {
		o.Layout = "auto"
	}
	if !slices.Contains(formats(), o.Format) {
		return o, fmt.Errorf("render: unknown format %q (want %s)", o.Format, strings.Join(formats(), ", "))
	}
	if !slices.Contains(layouts(), o.Layout) {
		return o, fmt.Errorf("render: unknown layout %q (want %s)", o.Layout, strings.Join(layouts(), ", "))
	}
	return o, nil
}

// Validate reports an unknown format or layout, as Render would, so that a
// caller can refuse bad options before doing any work.
func (o Options) Validate() error {
	_, err := o.check()
	return err
}
