// Command genofficials writes relations/officials/officials.gen.tsv, the table of
// state officials and institutions by state that the relations reader uses
// to tell whose office a bare title is ("President Mubarak" in an article
// that does not say of which state).
//
// It reads one source, PETRARCH2's country actor dictionary
// (Phoenix.Countries.actors.txt, openeventdata/petrarch2, MIT licence;
// a copy is in the shared lexicons), and keeps:
//
//   - every country block ("EGYPT_ [EGY]") with its synonyms, as the names
//     of the state's code;
//   - every other entry (a person or an institution) all of whose dated
//     roles are government or elite roles (codes CCCGOV..., CCCELI...) of
//     one state, one of them in government, under its name and the synonyms of two words or more that
//     do not start with a title ("PRESIDENT_HOSNI_MUBARAK" is a title and
//     a name; "MUBARAK_" alone is too short to tell one person).
//
// With -archive, it also reads a news archive (a .tar.gz of text stories,
// or a directory of .txt files; archive.go) for offices of government
// written with their state and holder ("Chinese President Xi Jinping"), and
// adds the persons seen often enough with one state's office alone: the
// dictionary's entries end around 2016, an archive knows its own years.
//
// Names are written lower case, without accents, hyphens as spaces, words
// separated by single spaces. The
// output is deterministic: states sorted by code, entries by name.
//
// To regenerate, from the module root:
//
//	go generate ./relations/officials
//
// which runs, in relations/officials/,
//
//	go run ../../tools/genofficials -petrarch ../../../shared/lexicons/petrarch2/Phoenix.Countries.actors.txt -archive ../../../shared/corpora/news-archive.tar.gz -o officials.gen.tsv
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/relations/officials"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "genofficials:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("genofficials", flag.ContinueOnError)
	fl.SetOutput(stderr)
	src := fl.String("petrarch", "", "path to PETRARCH2's Phoenix.Countries.actors.txt")
	archive := fl.String("archive", "", "optional news archive (.tar.gz of text files, or a directory of .txt files) read for offices written with their state")
	out := fl.String("o", "", "output file (default: standard output)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *src == "" {
		return errors.New("-petrarch is required")
	}
	f, err := os.Open(*src)
	if err != nil {
		return err
	}
	defer f.Close()
	tab, err := read(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", *src, err)
	}
	if *archive != "" {
		seen, titled, err := readArchive(*archive, tab)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "genofficials: %d officials added from %s\n", addSightings(tab, seen), *archive)
		fmt.Fprintf(stderr, "genofficials: %d offices added from %s\n", addTitles(tab, titled), *archive)
	}
	w := stdout
	if *out != "" {
		g, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer g.Close()
		w = g
	}
	bw := bufio.NewWriter(w)
	write(bw, tab)
	return bw.Flush()
}

// table is what the command keeps of the dictionary.
type table struct {
	states  map[string][]string // code -> names
	members map[string]string   // name of a person or institution -> code
	// offices are the national offices of the persons whose synonyms
	// title them with one ("PRIME_MINISTER_DAVID_CAMERON"), or whom the
	// archive titles with one, and spans the dates of their roles in
	// government, by name
	offices map[string]string
	spans   map[string][]string
}

// entry is one actor block of the dictionary.
type entry struct {
	names []string // its name, then its synonyms
	codes []string // its dated role codes, without dates
	state string   // the code of a country block
	// govSpans are the dates of its roles in government with no sector
	// ("[GBRGOV 970502-070627]"), as "YYYYMMDD-YYYYMMDD", an open end
	// left empty
	govSpans []string
	// section is the office of the dictionary's section the entry is in
	// ("# Prime Ministers"), if one
	section string
}

// sections are the comments that head a list of one office's holders in
// the dictionary ("# Prime Ministers"). The list ends at another comment
// line, a blank line, or an entry with a role in a sector of government
// ("[GBRGOVBUS ...]": a minister, where the list of ministers follows the
// heads' without a heading of its own), which is not of the list.
var sections = map[string]string{
	"prime ministers": "prime minister", "prime minister": "prime minister",
	"roughly prime ministers in order": "prime minister",
	"presidents":                       "president", "president": "president", "u.s. presidents": "president",
	"roughly following order of presidents": "president",
	"u.s. secretaries of state":             "secretary of state",
}

func read(r io.Reader) (*table, error) {
	tab := &table{states: map[string][]string{}, members: map[string]string{}, offices: map[string]string{}, spans: map[string][]string{}}
	var cur *entry
	ambiguous := map[string]bool{}
	flush := func() {
		if cur == nil {
			return
		}
		e := cur
		cur = nil
		if e.state != "" {
			for _, n := range e.names {
				if !slices.Contains(tab.states[e.state], n) {
					tab.states[e.state] = append(tab.states[e.state], n)
				}
			}
			return
		}
		code, gov := "", false
		for _, c := range e.codes {
			if len(c) < 6 || (c[3:6] != "GOV" && c[3:6] != "ELI") {
				return // a rebel, an opposition figure, an unclear role
			}
			if code != "" && c[:3] != code {
				return // roles in two states
			}
			code, gov = c[:3], gov || c[3:6] == "GOV"
		}
		if !gov {
			return // never in government
		}
		office := titleOffice(e.names, tab.states[code])
		if office == "" {
			office = e.section
		}
		for i, n := range e.names {
			if i > 0 && (len(strings.Fields(n)) < 2 || titled(n)) {
				continue
			}
			if old, ok := tab.members[n]; ok && old != code {
				ambiguous[n] = true
			}
			tab.members[n] = code
			if len(e.govSpans) > 0 {
				tab.spans[n] = e.govSpans
				if office != "" {
					tab.offices[n] = office
				}
			}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	section := ""
	for sc.Scan() {
		line := sc.Text()
		if c, ok := strings.CutPrefix(strings.TrimSpace(line), "#"); ok {
			section = sections[strings.ToLower(strings.TrimSpace(c))]
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" && strings.TrimSpace(sc.Text()) == "":
			section = "" // a blank line ends a section
			continue
		case trimmed == "":
			continue
		case strings.HasPrefix(trimmed, "["):
			if cur == nil {
				continue
			}
			fields := strings.Fields(strings.Trim(trimmed, "[]"))
			code := strings.Trim(fields[0], "[]")
			cur.codes = append(cur.codes, code)
			if len(code) > 6 && code[3:6] == "GOV" && cur.section != "" {
				cur.section, section = "", "" // a minister: the list of heads has ended
			}
			if len(code) == 6 && code[3:] == "GOV" && len(fields) > 1 {
				if sp, ok := span(fields[1]); ok {
					cur.govSpans = append(cur.govSpans, sp)
				}
			}
		case strings.HasPrefix(trimmed, "+"):
			if cur != nil {
				if n := name(trimmed[1:]); n != "" {
					cur.names = append(cur.names, n)
				}
			}
		case line[0] != ' ' && line[0] != '\t':
			flush()
			head, code, hasCode := strings.Cut(trimmed, "[")
			n := name(head)
			if n == "" {
				continue
			}
			cur = &entry{names: []string{n}, section: section}
			if hasCode {
				code = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(code), "]"))
				if len(code) == 3 {
					cur.state = code
				} else {
					cur.codes = append(cur.codes, strings.Fields(code)[0])
				}
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for n := range ambiguous {
		delete(tab.members, n)
		delete(tab.offices, n)
		delete(tab.spans, n)
	}
	return tab, nil
}

// span reads a dated role's dates ("970502-070627", ">20090120",
// "<850101") as "YYYYMMDD-YYYYMMDD", an open end left empty; a six-digit
// date's year is 20YY below 30, else 19YY. A date it cannot read leaves
// no span.
func span(s string) (string, bool) {
	var from, to string
	switch {
	case strings.HasPrefix(s, ">"):
		from = s[1:]
	case strings.HasPrefix(s, "<"):
		to = s[1:]
	default:
		var ok bool
		if from, to, ok = strings.Cut(s, "-"); !ok {
			return "", false
		}
	}
	var ok bool
	if from, ok = day(from); !ok {
		return "", false
	}
	if to, ok = day(to); !ok {
		return "", false
	}
	return from + "-" + to, true
}

// day reads a dictionary date, YYMMDD or YYYYMMDD, as YYYYMMDD; "" stays
// "" (an open end). A longer run of digits is read by its first eight
// ("201005011").
func day(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	switch {
	case len(s) >= 8 && (s[:2] == "19" || s[:2] == "20"):
		s = s[:8]
	case len(s) == 6 && s[:2] < "30":
		s = "20" + s
	case len(s) == 6:
		s = "19" + s
	default:
		return "", false
	}
	if s[4:6] < "01" || s[4:6] > "12" || s[6:] < "01" || s[6:] > "31" {
		return "", false
	}
	return s, true
}

// offices are the national offices the table knows holders of, as the
// dictionary's synonyms and the archive write them before a name.
var offices = []string{
	"prime minister", "president", "premier", "chancellor", "foreign minister",
	"foreign secretary", "secretary of state", "king", "queen", "emir", "sultan",
}

// titleOffice returns the one national office that the synonyms of an
// entry write before its holder's name, the name's last word
// ("PRESIDENT_HOSNI_MUBARAK", "ISRAELI_PRIME_MINISTER_NETANYAHU", with the
// state's name first), or "" when they write none or two;
// "VICE_PRESIDENT_..." and "FORMER_PRESIDENT_..." give none.
func titleOffice(names, state []string) string {
	if len(names) == 0 {
		return ""
	}
	words := strings.Fields(names[0])
	last := words[len(words)-1]
	found := ""
	for _, n := range names[1:] {
		for _, s := range state {
			if rest, ok := strings.CutPrefix(n, s+" "); ok {
				n = rest
				break
			}
		}
		for _, o := range offices {
			rest, ok := strings.CutPrefix(n, o+" ")
			if !ok {
				continue
			}
			if w := strings.Fields(rest); w[len(w)-1] != last {
				continue // "PRESIDENT_OF_THE_SENATE"
			}
			if found != "" && found != o {
				return ""
			}
			found = o
		}
	}
	return found
}

// name turns a dictionary name ("HOSNI_MUBARAK_") into the table's form
// ("hosni mubarak"), the form the reader compares names in.
func name(s string) string { return officials.NameKey(s) }

// titles are the words that start a synonym which is a title and a name.
var titles = []string{
	"president", "prime", "pm", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.",
	"general", "former", "ex", "vice", "minister", "foreign", "defense", "defence", "king", "queen",
	"prince", "princess", "sheikh", "senator", "sen.", "gov", "gov.", "governor", "secretary",
	"chancellor", "premier", "deputy", "chairman", "leader", "us", "u.s.", "american", "united",
	"acting", "ambassador", "colonel", "col.", "lt.", "admiral", "adm.", "marshal", "emir", "sultan",
	"ayatollah", "rep.", "representative", "speaker", "mayor", "finance", "interior", "justice",
	"president-elect", "the", "new", "late",
}

func titled(n string) bool {
	first, _, _ := strings.Cut(n, " ")
	return slices.Contains(titles, first)
}

func write(w io.Writer, tab *table) {
	fmt.Fprint(w, header)
	codes := make([]string, 0, len(tab.states))
	for c := range tab.states {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		fmt.Fprintf(w, "@%s\t%s\n", c, strings.Join(tab.states[c], "|"))
	}
	names := make([]string, 0, len(tab.members))
	for n, c := range tab.members {
		if _, ok := tab.states[c]; ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		if o := tab.offices[n]; o != "" {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", n, tab.members[n], o, strings.Join(tab.spans[n], ","))
			continue
		}
		fmt.Fprintf(w, "%s\t%s\n", n, tab.members[n])
	}
}

const header = `# officials.gen.tsv — GENERATED by tools/genofficials; DO NOT EDIT.
# State officials and institutions by state, derived from PETRARCH2's
# Phoenix.Countries.actors.txt (openeventdata/petrarch2, commit 676801cd),
# whose entries were last updated around 2014-2016, and, with -archive,
# the persons a news archive names at least 3 times with one state's
# office of government ("Chinese President Xi Jinping"), in 90% of their
# sightings or more, whom the dictionary does not give to another state.
#
# "@CODE <TAB> names" lines give the names of a state's code; the other
# lines "name <TAB> CODE" a person or institution whose every dated role is
# a government or elite role of that state, one of them in government,
# followed, for a person whose synonyms or the archive title with one
# national office ("PRIME_MINISTER_X", "Prime Minister X"), by
# "<TAB> office <TAB> spans": the office and the dates of the person's
# roles in government (YYYYMMDD-YYYYMMDD, comma-separated, an open end
# left empty). Names are lower case.
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
`
