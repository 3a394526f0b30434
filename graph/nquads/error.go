package nquads

import "strconv"

// Error is a bad line of N-Quads input or an invalid quad given to the Writer.
type Error struct {
	// File names the input; it is empty for the Writer.
	File string
	// Line counts from 1; it is 0 for the Writer.
	Line int
	// Msg says what is wrong.
	Msg string
	// Err is the underlying cause, if any.
	Err error
}

// Error returns "FILE:LINE: msg", or only the parts that are set.
func (e *Error) Error() string {
	s := e.Msg
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	switch {
	case e.File != "" && e.Line > 0:
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + s
	case e.Line > 0:
		return "line " + strconv.Itoa(e.Line) + ": " + s
	case e.File != "":
		return e.File + ": " + s
	}
	return s
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }
