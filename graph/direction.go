package graph

import "strconv"

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
