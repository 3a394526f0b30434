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
		seen, err := readArchive(*archive, tab)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "genofficials: %d officials added from %s\n", addSightings(tab, seen), *archive)
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
}

// entry is one actor block of the dictionary.
type entry struct {
	names []string // its name, then its synonyms
	codes []string // its dated role codes, without dates
	state string   // the code of a country block
}

func read(r io.Reader) (*table, error) {
	tab := &table{states: map[string][]string{}, members: map[string]string{}}
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
		for i, n := range e.names {
			if i > 0 && (len(strings.Fields(n)) < 2 || titled(n)) {
				continue
			}
			if old, ok := tab.members[n]; ok && old != code {
				ambiguous[n] = true
			}
			tab.members[n] = code
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			continue
		case strings.HasPrefix(trimmed, "["):
			if cur == nil {
				continue
			}
			code := strings.Trim(strings.Fields(strings.Trim(trimmed, "[]"))[0], "[]")
			cur.codes = append(cur.codes, code)
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
			cur = &entry{names: []string{n}}
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
	}
	return tab, nil
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
# a government or elite role of that state, one of them in government.
# Names are lower case.
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
