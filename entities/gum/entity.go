package gum

import (
	"fmt"
	"strconv"
	"strings"
)

// entityMark is one bracket of a GUM Entity annotation on a token line: the
// opening of a mention, with its hyphen-separated fields, or the closing of
// the innermost open mention of an entity.
type entityMark struct {
	open bool
	// close is set on an opening bracket that closes on the same token, as
	// in "(1-person-...-Jared_Padalecki)".
	close  bool
	entity string
	// The remaining fields are those of an opening bracket, in the order of
	// "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity".
	etype, infstat, salience, centering string
	minspan                             []int // 1-based positions of head tokens in the span
	link, identity                      string
}

// entityValue returns the value of the Entity attribute of a MISC field,
// or "" when it has none.
func entityValue(misc string) string {
	for _, f := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(f, "Entity="); ok {
			return v
		}
	}
	return ""
}

// parseEntityMarks reads the brackets of one token's Entity value, such as
// "(175-time-giv:inact-nnnnn-cf5-1-coref)189)188)", in order of
// appearance. Wikipedia identities may hold hyphens ("Jean-Paul_Sartre"),
// so an opening bracket is split into at most eight fields.
func parseEntityMarks(v string) ([]entityMark, error) {
	var marks []entityMark
	for i := 0; i < len(v); {
		if v[i] == '(' {
			j := i + 1
			for j < len(v) && v[j] != '(' && v[j] != ')' {
				j++
			}
			m, err := parseOpening(v[i+1 : j])
			if err != nil {
				return nil, err
			}
			if j < len(v) && v[j] == ')' {
				m.close = true
				j++
			}
			marks = append(marks, m)
			i = j
			continue
		}
		j := strings.IndexByte(v[i:], ')')
		if j < 0 {
			return nil, fmt.Errorf("entity %q: %q is neither an opening nor a closing bracket", v, v[i:])
		}
		id := v[i : i+j]
		if !isEntityID(id) {
			return nil, fmt.Errorf("entity %q: bad closing bracket %q", v, id+")")
		}
		marks = append(marks, entityMark{entity: id})
		i += j + 1
	}
	return marks, nil
}

// parseOpening reads the fields of an opening bracket without its "(".
func parseOpening(s string) (entityMark, error) {
	f := strings.SplitN(s, "-", 8)
	if len(f) < 2 || !isEntityID(f[0]) || f[1] == "" {
		return entityMark{}, fmt.Errorf("bad entity opening %q: want ID-etype and optional fields", "("+s)
	}
	m := entityMark{open: true, entity: f[0], etype: f[1]}
	field := func(k int) string {
		if k < len(f) {
			return f[k]
		}
		return ""
	}
	m.infstat, m.salience, m.centering = field(2), field(3), field(4)
	m.link, m.identity = field(6), field(7)
	if ms := field(5); ms != "" {
		for _, p := range strings.Split(ms, ",") {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 {
				return entityMark{}, fmt.Errorf("bad minspan %q in entity opening %q", ms, "("+s)
			}
			m.minspan = append(m.minspan, n)
		}
	}
	return m, nil
}

// isEntityID reports whether s is a non-empty string of decimal digits.
func isEntityID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
