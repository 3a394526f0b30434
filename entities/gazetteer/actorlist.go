package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
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

// ReadActorList reads a user's actor list, the file of `actorgraph build
// --actors FILE`: one actor a line,
//
//	name <TAB> type <TAB> aliases separated by "|"
//
// where type is Person, Country, Organization or Location (see
// graph.ParseActorType) and the aliases column may be left out. Blank lines
// and lines starting with "#" are skipped. file names the input in errors.
//
// The actors of the valid lines are returned in file order, each with its
// aliases sorted, without duplicates or its own name, even when other lines
// are bad; the error is then a LineErrors naming every bad line and field.
func ReadActorList(r io.Reader, file string) ([]graph.Actor, error) {
	var (
		actors []graph.Actor
		errs   LineErrors
	)
	err := gazScanLines(r, func(line int, text string) {
		row, lerr := gazParseRow(text, "aliases")
		if lerr != nil {
			lerr.File, lerr.Line = file, line
			errs = append(errs, lerr)
			return
		}
		actors = append(actors, graph.Actor{Name: row.name, Type: row.typ, Aliases: gazCleanList(row.lists[0], row.name)})
	})
	if err != nil {
		return actors, fmt.Errorf("read %s: %w", file, err)
	}
	if len(errs) > 0 {
		return actors, errs
	}
	return actors, nil
}

// gazRow is one parsed line of a gazetteer or actor-list file: a name, a
// type and the lists of its further columns.
type gazRow struct {
	name  string
	typ   graph.ActorType
	lists [][]string
}

// gazParseRow parses one tab-separated line whose columns after name and
// type are the lists named by columns (any may be missing). The returned
// error has Field set and File and Line unset.
func gazParseRow(text string, columns ...string) (gazRow, *LineError) {
	return gazParseRowTypes(text, false, columns...)
}

// gazParseRowTypes is gazParseRow, accepting the type "Other" (a known name
// that is not an actor) when other is set.
func gazParseRowTypes(text string, other bool, columns ...string) (gazRow, *LineError) {
	fields := strings.Split(text, "\t")
	if len(fields) > 2+len(columns) {
		return gazRow{}, &LineError{Err: fmt.Errorf("%d tab-separated fields, want at most %d (name, type, %s)",
			len(fields), 2+len(columns), strings.Join(columns, ", "))}
	}
	name := strings.TrimSpace(fields[0])
	if name == "" {
		return gazRow{}, &LineError{Field: "name", Err: fmt.Errorf("empty name")}
	}
	if strings.Contains(name, "|") {
		return gazRow{}, &LineError{Field: "name", Err: fmt.Errorf("%q contains \"|\" (aliases go in the third field)", name)}
	}
	if len(fields) < 2 {
		return gazRow{}, &LineError{Field: "type", Err: fmt.Errorf("missing after name %q (want NAME<TAB>TYPE...)", name)}
	}
	typ, err := graph.ParseActorType(fields[1])
	if err != nil && other && strings.TrimSpace(fields[1]) == "Other" {
		typ, err = graph.Unknown, nil
	}
	if err != nil {
		return gazRow{}, &LineError{Field: "type", Err: err}
	}
	row := gazRow{name: name, typ: typ, lists: make([][]string, len(columns))}
	for i, f := range fields[2:] {
		for _, item := range strings.Split(f, "|") {
			if item = strings.TrimSpace(item); item != "" {
				row.lists[i] = append(row.lists[i], item)
			}
		}
	}
	return row, nil
}

// gazScanLines calls fn with every line of r that is neither blank nor a
// comment, with its 1-based number and without its line ending.
func gazScanLines(r io.Reader, fn func(line int, text string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if trimmed := strings.TrimSpace(text); trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		fn(n, text)
	}
	return sc.Err()
}

// gazCleanList returns list sorted, without duplicates and without name.
func gazCleanList(list []string, name string) []string {
	out := slices.DeleteFunc(slices.Clone(list), func(s string) bool { return s == name })
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}
