package gazetteer

import (
	"fmt"
	"strings"
)

// LineError is a problem with one line of a gazetteer or actor-list file.
type LineError struct {
	File  string // the file's name as given to the reader
	Line  int    // 1-based line number
	Field string // the field at fault ("name", "type", "aliases"...), or ""
	Err   error
}

func (e *LineError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Field, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// LineErrors is every problem found in a batch of lines, in file and line
// order. Readers that return it have kept going past each bad line.
type LineErrors []*LineError

func (l LineErrors) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors, for errors.Is and errors.As.
func (l LineErrors) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
