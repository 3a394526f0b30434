// Package render draws actor graphs as maps for reports: Graphviz DOT laid
// out by github.com/goccy/go-graphviz into SVG, and PNG rasterised from that
// SVG.
package render
