package gazetteer

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// listColumns are the list columns of a gazetteer file after name and
// type, in order; their index is the Kind of their forms less Alias.
func listColumns() []string {
	return []string{"aliases", "demonyms", "capitals", "seats"}
}

// Load reads a gazetteer from the files at the root of fsys:
// generated files named *.gen.tsv first, then the other *.tsv files, each in
// name order, then ambiguous.txt if present.
//
// A .tsv file has one actor a line (blank lines and "#" comments skipped):
//
//	name <TAB> type <TAB> aliases <TAB> demonyms <TAB> capitals <TAB> seats
//
// where type is one of graph.ParseActorType's or "Other" for a name that is
// not an actor (see Entry.Type), with "|" between the items of a list;
// trailing columns may be left out. A row whose name is already known
// extends that actor and must give the same type. A form claimed by two
// actors goes to the claim from a curated file over one from a generated
// file, and between claims from the same kind of file to the stronger Kind
// (see Kind); two equally strong claims are an error naming both lines.
// ambiguous.txt lists forms, one a line, to be marked Ambiguous; each must
// be in the gazetteer.
//
// The error, if any, is a LineErrors naming file and line of every problem,
// or an error reading fsys.
func Load(fsys fs.FS) (*Gazetteer, error) {
	if fsys == nil {
		return nil, errors.New("gazetteer: nil file system")
	}
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("gazetteer: no *.tsv files")
	}
	// Generated files first: curated files extend and override them.
	slices.SortStableFunc(names, func(a, b string) int {
		ga, gb := strings.HasSuffix(a, ".gen.tsv"), strings.HasSuffix(b, ".gen.tsv")
		switch {
		case ga && !gb:
			return -1
		case gb && !ga:
			return 1
		}
		return strings.Compare(a, b)
	})
	byName := map[string]*actor{}
	where := map[*actor]string{} // file:line of each actor's first row
	var actors []*actor
	var errs LineErrors
	for _, name := range names {
		tier := tierCurated
		if strings.HasSuffix(name, ".gen.tsv") {
			tier = tierGenerated
		}
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		cols := listColumns()
		err = scanLines(f, name, &errs, func(line int, text string) {
			row, lerr := parseRowTypes(text, true, cols...)
			if lerr != nil {
				lerr.File, lerr.Line = name, line
				errs = append(errs, lerr)
				return
			}
			a := byName[row.name]
			if a == nil {
				a = &actor{name: row.name, typ: row.typ}
				byName[row.name] = a
				where[a] = fmt.Sprintf("%s:%d", name, line)
				actors = append(actors, a)
				a.forms = append(a.forms, form{text: row.name, kind: Name, tier: tier, file: name, line: line})
			} else if a.typ != row.typ {
				errs = append(errs, &LineError{File: name, Line: line, Field: "type",
					Err: fmt.Errorf("%s, but %q is a %s at %s", row.typ, row.name, a.typ, where[a])})
				return
			}
			for i, list := range row.lists {
				for _, text := range list {
					a.forms = append(a.forms, form{text: text, kind: Alias + Kind(i), tier: tier, file: name, line: line})
				}
			}
		})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	ambiguous, err := readAmbiguous(fsys, &errs)
	if err != nil {
		return nil, err
	}
	g, forms, dems := newGazetteer(actors, ambiguous.keys)
	errs = append(errs, conflicts(forms, dems)...)
	for _, f := range ambiguous.forms {
		if _, ok := g.Lookup(f.text); !ok {
			errs = append(errs, &LineError{File: f.file, Line: f.line, Err: fmt.Errorf("%q is not in the gazetteer", f.text)})
		}
	}
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b *LineError) int {
			return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
		})
		return nil, errs
	}
	return g, nil
}

// ambiguousForms is the content of ambiguous.txt.
type ambiguousForms struct {
	keys  map[string]bool
	forms []form
}

// readAmbiguous reads ambiguous.txt from fsys, if it is there.
func readAmbiguous(fsys fs.FS, errs *LineErrors) (ambiguousForms, error) {
	const name = "ambiguous.txt"
	amb := ambiguousForms{keys: map[string]bool{}}
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return amb, nil
	}
	if err != nil {
		return amb, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	err = scanLines(f, name, errs, func(line int, text string) {
		text = strings.TrimSpace(text)
		if strings.Contains(text, "\t") {
			*errs = append(*errs, &LineError{File: name, Line: line, Err: fmt.Errorf("a tab in %q: want one form a line", text)})
			return
		}
		amb.keys[formKey(text)] = true
		amb.forms = append(amb.forms, form{text: text, file: name, line: line})
	})
	if err != nil {
		return amb, fmt.Errorf("read %s: %w", name, err)
	}
	return amb, nil
}
