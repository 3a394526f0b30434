package main

import (
	"context"
	"flag"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cli"
)

// statementFilter holds the -class, -since and -until flags that neighbors
// and render share.
type statementFilter struct {
	class, since, until *string
}

func addFilterFlags(fs *flag.FlagSet) *statementFilter {
	return &statementFilter{
		class: fs.String("class", "", "only statements of this event `class`: conflict, cooperation, a quad class (verbal-conflict...), a CAMEO code or its prefix (19, 190), or a non-event class (role, member, ally, rival, place, other)"),
		since: fs.String("since", "", "only statements dated on or after `DATE` (YYYY-MM-DD, YYYY-MM or YYYY); undated ones are left out"),
		until: fs.String("until", "", "only statements dated on or before `DATE`; undated ones are left out"),
	}
}

// openGraph opens the graph at path (see openGraph) keeping the
// statements the flags select; a flag's bad value is a usage error.
func (f *statementFilter) openGraph(ctx context.Context, path string, stdin io.Reader) (*graphSource, error) {
	keep, err := f.keep()
	if err != nil {
		return nil, err
	}
	return openGraph(ctx, path, stdin, keep)
}

// keep returns the predicate that selects statements, nil when no flag is
// set, or a usage error.
func (f *statementFilter) keep() (func(graph.Statement) bool, error) {
	if *f.class == "" && *f.since == "" && *f.until == "" {
		return nil, nil
	}
	if *f.class != "" && !cameo.ValidFilter(*f.class) {
		return nil, cli.Usagef("-class must be conflict, cooperation, a quad class, a CAMEO code or a non-event class, not %q", *f.class)
	}
	var since, until string
	for _, b := range []struct {
		name string
		val  *string
		to   *string
	}{{"since", f.since, &since}, {"until", f.until, &until}} {
		if *b.val == "" {
			continue
		}
		d, err := dates.Parse(*b.val)
		if err != nil {
			return nil, cli.Usagef("-%s: %v", b.name, err)
		}
		*b.to = d.String()
	}
	class := *f.class
	return func(s graph.Statement) bool {
		if class != "" && !cameo.Class(s.Class).Matches(class) {
			return false
		}
		if since != "" && (s.Date == "" || !dateAtLeast(s.Date, since)) {
			return false
		}
		if until != "" && (s.Date == "" || !dateAtMost(s.Date, until)) {
			return false
		}
		return true
	}, nil
}

// dateAtLeast reports whether a date (of any precision) can fall on or
// after bound: "2019" is at least "2019-06-01", as it may be later in the
// year.
func dateAtLeast(date, bound string) bool {
	n := min(len(date), len(bound))
	return date[:n] >= bound[:n]
}

// dateAtMost reports whether a date can fall on or before bound.
func dateAtMost(date, bound string) bool {
	n := min(len(date), len(bound))
	return strings.Compare(date[:n], bound[:n]) <= 0
}
