package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// record is one parsed line of a gazetteer or actor-list file: a name, a
// type and the lists of its further columns.
type record struct {
	name  string
	typ   graph.ActorType
	lists [][]string
}

// parseRow parses one tab-separated line whose columns after name and
// type are the lists named by columns (any may be missing). The returned
// error has Field set and File and Line unset.
func parseRow(text string, columns ...string) (record, *LineError) {
	return parseRowTypes(text, false, columns...)
}

// parseRowTypes is parseRow, accepting the type "Other" (a known name
// that is not an actor) when other is set.
func parseRowTypes(text string, other bool, columns ...string) (record, *LineError) {
	fields := strings.Split(text, "\t")
	if len(fields) > 2+len(columns) {
		return record{}, &LineError{Err: fmt.Errorf("%d tab-separated fields, want at most %d (name, type, %s)",
			len(fields), 2+len(columns), strings.Join(columns, ", "))}
	}
	name := strings.TrimSpace(fields[0])
	if name == "" {
		return record{}, &LineError{Field: "name", Err: fmt.Errorf("empty name")}
	}
	if strings.Contains(name, "|") {
		return record{}, &LineError{Field: "name", Err: fmt.Errorf("%q contains \"|\" (aliases go in the third field)", name)}
	}
	if len(fields) < 2 {
		return record{}, &LineError{Field: "type", Err: fmt.Errorf("missing after name %q (want NAME<TAB>TYPE...)", name)}
	}
	typ, err := graph.ParseActorType(fields[1])
	if err != nil && other && strings.TrimSpace(fields[1]) == "Other" {
		typ, err = graph.Unknown, nil
	}
	if err != nil {
		return record{}, &LineError{Field: "type", Err: err}
	}
	row := record{name: name, typ: typ, lists: make([][]string, len(columns))}
	for i, f := range fields[2:] {
		for _, item := range strings.Split(f, "|") {
			if item = strings.TrimSpace(item); item != "" {
				row.lists[i] = append(row.lists[i], item)
			}
		}
	}
	return row, nil
}

// maxLineBytes is the longest line a gazetteer or actor-list file may
// have; a longer line is skipped and named in errs.
const maxLineBytes = 1 << 20

// scanLines calls fn with every line of r that is neither blank nor a
// comment, with its 1-based number. A line longer than maxLineBytes is
// skipped and added to errs, naming file and the line: one such line does
// not cost the others. The error is a failure to read r.
func scanLines(r io.Reader, file string, errs *LineErrors, fn func(line int, text string)) error {
	br := bufio.NewReaderSize(r, 64*1024)
	var buf []byte
	for n := 1; ; n++ {
		buf = buf[:0]
		long := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !long {
				if len(buf)+len(chunk) > maxLineBytes+2 { // room for "\r\n"
					long, buf = true, buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return err
		}
		if long {
			*errs = append(*errs, &LineError{File: file, Line: n, Err: fmt.Errorf("line longer than %d bytes: skipped", maxLineBytes)})
		} else if len(buf) > 0 {
			text := strings.TrimRight(string(buf), "\r\n")
			if trimmed := strings.TrimSpace(text); trimmed != "" && !strings.HasPrefix(trimmed, "#") {
				fn(n, text)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// cleanList returns list sorted, without duplicates and without name.
func cleanList(list []string, name string) []string {
	out := slices.DeleteFunc(slices.Clone(list), func(s string) bool { return s == name })
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}
