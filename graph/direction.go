package graph

import (
	"cmp"
	"strconv"
	"strings"
)

// Direction says which way a relation is followed: Out from subject to
// object, In from object to subject.
type Direction int

// The directions. The zero value, Both, follows relations either way.
const (
	Both Direction = iota
	Out
	In
)

// String returns "both", "out" or "in".
func (d Direction) String() string {
	switch d {
	case Both:
		return "both"
	case Out:
		return "out"
	case In:
		return "in"
	}
	return "Direction(" + strconv.Itoa(int(d)) + ")"
}

// NeighborKey is what orders the entries of a neighbour query: the depth
// and number of statements of the link, the label and IRI of the actor it
// reaches, its predicate and direction.
type NeighborKey struct {
	Depth, Statements int
	Label             string
	IRI               IRI
	Predicate         string
	Direction         Direction
}

// CompareNeighbors orders neighbour entries by depth, then statements
// (highest first), label, IRI, predicate and direction: the order in which
// memgraph and store both list them.
func CompareNeighbors(a, b NeighborKey) int {
	return cmp.Or(
		cmp.Compare(a.Depth, b.Depth),
		cmp.Compare(b.Statements, a.Statements),
		strings.Compare(a.Label, b.Label),
		strings.Compare(string(a.IRI), string(b.IRI)),
		strings.Compare(a.Predicate, b.Predicate),
		cmp.Compare(a.Direction, b.Direction),
	)
}
