// Package memgraph holds an actor graph in memory for the commands that look
// at it as a whole: the map renderer and the neighbour queries.
//
// A Graph is built once from a decoded graph.Dataset and never changes; Ego
// and Top return new, smaller Graphs. It is stored in a directed
// github.com/dominikbraun/graph keyed by actor IRI. That library keeps one
// edge per ordered pair of actors, so every relation between the pair (its
// predicate, how many statements state it and the sentences they rest on)
// lives in the edge's data, an Edge with its Relations.
//
// Everything a Graph returns is in a deterministic order, so output built
// from it is the same from run to run. Returned values share their inner
// slices (aliases, relations, evidence) with the Graph: callers must not
// modify them.
package memgraph
