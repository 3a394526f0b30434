// Package officials is the table of state officials and state
// institutions by state (officials.gen.tsv, written by tools/genofficials
// from the PETRARCH country dictionary and the offices a news archive writes
// with their state): it says that "Hosni Mubarak" is an
// official of Egypt, that "U.S." names the United States, and which
// surnames the officials of one state alone bear, and, of the officials
// its sources title with one national office, that office and the dates
// of their roles in government ("Margaret Thatcher", prime minister,
// 1979-1990). The relations reader uses it to find the state of an office
// written without one ("the president"), and the entity finder to find
// who holds the office a definite description names on an article's
// dates (HeldOn).
package officials

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/dates"
)

//go:generate go run ../../tools/genofficials -petrarch ../../../shared/lexicons/petrarch2/Phoenix.Countries.actors.txt -archive ../../../shared/corpora/news-archive.tar.gz -o officials.gen.tsv

//go:embed officials.gen.tsv
var officialsTSV string

// Table knows the state of known officials and state institutions
// (see officials.gen.tsv): "Hosni Mubarak" is an official of Egypt. It is
// safe for concurrent use.
type Table struct {
	states map[string]map[string]bool // state code -> its names
	codes  map[string]string          // a state's name -> its code, if one
	// members are the lines "name <TAB> code" of the officials, sorted by
	// name, searched rather than indexed: the table is large and most
	// articles look few names up.
	members []string
	// surnames are the last words of the officials' names, each with the
	// code of the one state whose officials alone bear it ("" when
	// officials of several states do), built on first use.
	surnames     map[string]string
	surnamesOnce sync.Once
	// holders are the officials the table gives a national office, with
	// the dates of their roles in government
	holders []holder
}

// holder is an official the table gives a national office ("tony blair
// <TAB> GBR <TAB> prime minister <TAB> 19970502-20070627").
type holder struct {
	name, code, office string
	spans              string // the dates as the table writes them, one key of the person
	from, to           []int  // the spans' first and last days as YYYYMMDD, 0 for an open end
}

// Default returns the built-in table, parsed once.
func Default() (*Table, error) { return defaultTable() }

var defaultTable = sync.OnceValues(func() (*Table, error) {
	return Parse(officialsTSV)
})

// Parse reads officials.gen.tsv's format, whose names are written
// as NameKey writes them; an error names the line.
func Parse(text string) (*Table, error) {
	o := &Table{states: map[string]map[string]bool{}, codes: map[string]string{}}
	shared := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, code, ok := strings.Cut(line, "\t")
		if !ok || name == "" || code == "" {
			return nil, fmt.Errorf("officials.gen.tsv:%d: want name <TAB> code", n+1)
		}
		if c, ok := strings.CutPrefix(name, "@"); ok {
			names := map[string]bool{}
			for _, k := range strings.Split(code, "|") {
				names[k] = true
				if old, ok := o.codes[k]; ok && old != c {
					shared[k] = true
				}
				o.codes[k] = c
			}
			o.states[c] = names
			continue
		}
		if k := len(o.members); k > 0 && o.members[k-1] >= line {
			return nil, fmt.Errorf("officials.gen.tsv:%d: %q is out of order", n+1, name)
		}
		o.members = append(o.members, line)
		if parts := strings.Split(code, "\t"); len(parts) > 1 {
			h, err := readHolder(name, parts)
			if err != nil {
				return nil, fmt.Errorf("officials.gen.tsv:%d: %w", n+1, err)
			}
			o.holders = append(o.holders, h)
		}
	}
	for k := range shared {
		delete(o.codes, k)
	}
	return o, nil
}

// StateOf returns the code of the state whose official (or institution)
// is named name, if the table knows one.
func (o *Table) StateOf(name string) (string, bool) {
	key := NameKey(name) + "\t"
	i, _ := slices.BinarySearch(o.members, key)
	if i < len(o.members) && strings.HasPrefix(o.members[i], key) {
		code, _, _ := strings.Cut(o.members[i][len(key):], "\t")
		return code, true
	}
	return "", false
}

// StateOfShortName returns the code of the state whose officials alone in
// the table bear a longer name that name, of two words or more, shortens
// by leaving out middle words: "Ali Khamenei" for "Ali Hoseini
// Khamenei", "George Bush" for "George W. Bush"; not "Juan Hernandez" for
// "Juan Orlando Hernandez", nor a name that officials of two states
// shorten to.
func (o *Table) StateOfShortName(name string) (string, bool) {
	words := strings.Fields(NameKey(name))
	if len(words) < 2 {
		return "", false
	}
	first, last := words[0]+" ", " "+words[len(words)-1]+"\t"
	code := ""
	i, _ := slices.BinarySearch(o.members, first)
	for ; i < len(o.members) && strings.HasPrefix(o.members[i], first); i++ {
		line := o.members[i]
		if !strings.Contains(line, last) {
			continue
		}
		full, c, _ := strings.Cut(line, "\t")
		c, _, _ = strings.Cut(c, "\t")
		if !inOrder(words, strings.Fields(full)) {
			continue
		}
		if code != "" && code != c {
			return "", false
		}
		code = c
	}
	return code, code != ""
}

// inOrder reports whether the words of short are, in order, the first,
// some middle and the last words of long, which has more.
func inOrder(short, long []string) bool {
	if len(long) <= len(short) || short[0] != long[0] || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	j := 1
	for _, w := range short[1 : len(short)-1] {
		for j < len(long)-1 && long[j] != w {
			j++
		}
		if j == len(long)-1 {
			return false
		}
		j++
	}
	return true
}

// StateOfSurname returns the code of the state whose officials alone in
// the table are called surname ("Reagan": the United States; not "Kim",
// borne by officials of both Koreas).
func (o *Table) StateOfSurname(surname string) (string, bool) {
	o.surnamesOnce.Do(func() {
		o.surnames = map[string]string{}
		for _, line := range o.members {
			name, code, _ := strings.Cut(line, "\t")
			code, _, _ = strings.Cut(code, "\t")
			words := strings.Fields(name)
			if len(words) < 2 {
				continue
			}
			last := words[len(words)-1]
			if old, ok := o.surnames[last]; ok && old != code {
				code = ""
			}
			o.surnames[last] = code
		}
	})
	key := NameKey(surname)
	if strings.Contains(key, " ") {
		return "", false
	}
	c := o.surnames[key]
	return c, c != ""
}

// HolderSurname reports whether surname, one word, is the last word of
// the names of officials the table gives a national office, all of one
// state ("Putin", "Thatcher"): a known leader's name. Generational
// suffixes ("Jr") and the nouns of a leader's government ("Reagan
// administration") are none.
func (o *Table) HolderSurname(surname string) bool {
	key := NameKey(surname)
	switch {
	case strings.Contains(key, " ") || len(key) < 3:
		return false
	case key == "jr" || key == "iii" || key == "administration" || key == "government" || key == "regime":
		return false
	}
	code := ""
	for _, h := range o.holders {
		if !strings.HasSuffix(h.name, " "+key) {
			continue
		}
		if code != "" && code != h.code {
			return false
		}
		code = h.code
	}
	return code != ""
}

// readHolder reads the fields after a holder's name: code, office, spans.
func readHolder(name string, parts []string) (holder, error) {
	if len(parts) != 3 || parts[1] == "" || parts[2] == "" {
		return holder{}, fmt.Errorf("want name <TAB> code <TAB> office <TAB> spans")
	}
	h := holder{name: name, code: parts[0], office: parts[1], spans: parts[2]}
	for _, sp := range strings.Split(parts[2], ",") {
		from, to, ok := strings.Cut(sp, "-")
		f, errF := day(from)
		t, errT := day(to)
		if !ok || errF != nil || errT != nil || from == "" && to == "" {
			return holder{}, fmt.Errorf("%q: want YYYYMMDD-YYYYMMDD", sp)
		}
		h.from, h.to = append(h.from, f), append(h.to, t)
	}
	return h, nil
}

// day reads YYYYMMDD, "" as 0.
func day(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	if len(s) != 8 {
		return 0, fmt.Errorf("%q is no YYYYMMDD", s)
	}
	return strconv.Atoi(s)
}

// HeldOn returns the code of the state whose national office ("prime
// minister", "president", "foreign minister") the official named name
// held, by the table, on every one of days (dates known to the year at
// least, each taken for the whole of its year or month): by full name,
// by a name that leaves out middle names of the table's, or by a surname
// alone ("Blair"), when one official alone fits. It reports false for no
// days: the table's officials held their offices in turn.
func (o *Table) HeldOn(name, office string, days []dates.Date) (string, bool) {
	if len(days) == 0 {
		return "", false
	}
	words := strings.Fields(NameKey(name))
	if len(words) == 0 {
		return "", false
	}
	found, code := "", ""
	for _, h := range o.holders {
		if h.office != office || !h.heldOn(days) {
			continue
		}
		hw := strings.Fields(h.name)
		if !(h.name == strings.Join(words, " ") ||
			len(words) == 1 && len(hw) > 1 && hw[len(hw)-1] == words[0] ||
			len(words) > 1 && inOrder(words, hw)) {
			continue
		}
		if key := h.code + "\t" + h.spans; found != "" && found != key {
			return "", false // two officials of that name held it then
		} else {
			found, code = key, h.code
		}
	}
	return code, found != ""
}

// heldOn reports whether every one of days, taken for the whole of its
// year or month when it has no day, meets one of the holder's spans.
func (h holder) heldOn(days []dates.Date) bool {
	for _, d := range days {
		if !d.Known() {
			return false
		}
		first, last := d.Year*10000+101, d.Year*10000+1231
		switch {
		case d.Day > 0:
			first = d.Year*10000 + d.Month*100 + d.Day
			last = first
		case d.Month > 0:
			first, last = d.Year*10000+d.Month*100+1, d.Year*10000+d.Month*100+31
		}
		met := false
		for i := range h.from {
			if (h.from[i] == 0 || h.from[i] <= last) && (h.to[i] == 0 || first <= h.to[i]) {
				met = true
				break
			}
		}
		if !met {
			return false
		}
	}
	return true
}

// StateNamed returns the code of the state that name names ("U.S.",
// "American", "Brazil"), if one state has that name.
func (o *Table) StateNamed(name string) (string, bool) {
	c, ok := o.codes[NameKey(name)]
	return c, ok
}

// IsStateName reports whether name names a state ("U.S.", "Philippine").
func (o *Table) IsStateName(name string) bool {
	_, ok := o.codes[NameKey(name)]
	return ok
}

// names reports whether name is a name of the state with code.
func (o *Table) Names(code, name string) bool { return o.states[code][NameKey(name)] }

// NameKey is the form names are compared in: lower case, without accents,
// hyphens and runs of spaces as one space ("Hosni  Mubārak" -> "hosni
// mubarak").
func NameKey(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '-' || r == '_':
			sb.WriteByte(' ')
		default:
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}
