// Command gencameo writes cameo/classes.gen.txt, the table that gives a
// relation predicate's head verb or noun its CAMEO event code.
//
// It reads the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence,
// Copyright (c) 2015 Open Event Data Alliance; the notice is copied into the
// output) and the [nominal] and [light] sections of relations/lex/lexicon.txt,
// and nothing else. From the module root:
//
//	go run ./tools/gencameo -cameo ../shared/lexicons/petrarch2/CAMEO.2.0.txt \
//		-lexicon relations/lex/lexicon.txt -o cameo/classes.gen.txt
//
// Rules (the header of the output repeats them):
//
//   - verb LEMMA CODE: every single-word verb of a verb block, with the
//     code written on its own line, else the block's; a verb listed in
//     several blocks keeps the first coded entry. A code "A:B" (what the
//     subject does : what the object does) keeps A, or B when A is empty;
//     four-digit codes are cut to their three-digit parent, which is as
//     fine as the project's classes go.
//   - phrase VERB NOUN CODE: a pattern "- * NOUN [CODE] # VERB" whose
//     object is one bare word ("impose sanctions" 163, "hold talks" is
//     coded through its noun); patterns with more words, synonym sets or
//     prepositional phrases are left out.
//   - noun NOUN CODE: an event noun of the lexicon's [nominal] section
//     takes the code of the verb it names (invasion -> invade -> 192);
//     another noun that CAMEO patterns take as the bare object of a light
//     verb takes the code most of those patterns give it (ties to the
//     lowest code). Nouns that are only objects of other verbs are left
//     out: "condemn president" makes no class of "president".
//
// The output is sorted and deterministic; cameo's tests re-run this
// command and compare.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
)

func main() {
	cameoPath := flag.String("cameo", "../shared/lexicons/petrarch2/CAMEO.2.0.txt", "the PETRARCH2 CAMEO verb dictionary")
	lexPath := flag.String("lexicon", "relations/lex/lexicon.txt", "the relation extractor's lexicon")
	out := flag.String("o", "-", "write the table to `FILE` (- for stdout)")
	flag.Parse()
	if err := run(*cameoPath, *lexPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencameo:", err)
		os.Exit(1)
	}
}

func run(cameoPath, lexPath, out string) error {
	cf, err := os.ReadFile(cameoPath)
	if err != nil {
		return err
	}
	lf, err := os.ReadFile(lexPath)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := Generate(&buf, cf, lf); err != nil {
		return err
	}
	if out == "-" {
		_, err = os.Stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// Dictionary is what is read from the CAMEO verb dictionary.
type Dictionary struct {
	// Verbs maps a verb lemma to its code.
	Verbs map[string]string
	// Phrases maps "VERB NOUN" to its code.
	Phrases map[string]string
	// Objects counts, for each bare object noun, the codes of its patterns,
	// all and with a light verb.
	Objects map[string]map[string]int
	Light   map[string]map[string]int // the same, with a light verb
	// Notice is the dictionary's licence notice, as comment lines.
	Notice []string
}

var (
	headerRE  = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]\s+---`)
	codeRE    = regexp.MustCompile(`\[([^\]]*)\]`)
	bareRE    = regexp.MustCompile(`^[A-Z][A-Z'-]*$`)
	lemmaRE   = regexp.MustCompile(`^[A-Z][A-Z-]*$`)
	patternRE = regexp.MustCompile(`^-\s+\*\s+(\S+)\s+\[([^\]]*)\]\s*(?:#\s*(\S+))?`)
)

// code normalises a dictionary code: "042:043" -> "042", ":173" -> "173",
// "0356" -> "035"; "" for none ("---").
func code(s string) string {
	s = strings.TrimSpace(s)
	a, b, _ := strings.Cut(s, ":")
	if a == "" {
		a = b
	}
	for _, r := range a {
		if r < '0' || r > '9' {
			return ""
		}
	}
	if len(a) < 2 {
		return ""
	}
	if len(a) > 3 {
		a = a[:3]
	}
	return a
}

// ReadDictionary reads the verb patterns of CAMEO.2.0.txt. light names the
// light verbs (lower case) whose patterns say most about a noun.
func ReadDictionary(src []byte, light map[string]bool) (*Dictionary, error) {
	d := &Dictionary{Verbs: map[string]string{}, Phrases: map[string]string{}, Objects: map[string]map[string]int{}, Light: map[string]map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	inVerbs, inNotice, block := false, false, ""
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.Contains(line, "The MIT License"):
			inNotice = true
		case strings.HasPrefix(line, "####### VERB PATTERNS"):
			inVerbs = true
			continue
		case strings.HasPrefix(line, "######## TRANSFORMATIONS"):
			inVerbs = false
		}
		if inNotice {
			if !strings.HasPrefix(line, "#") {
				inNotice = false
			} else {
				d.Notice = append(d.Notice, line)
			}
		}
		if !inVerbs || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if m := headerRE.FindStringSubmatch(line); m != nil {
			block = code(m[2])
			continue
		}
		if strings.HasPrefix(line, "-") {
			m := patternRE.FindStringSubmatch(line)
			if m == nil || !bareRE.MatchString(m[1]) || m[3] == "" || !lemmaRE.MatchString(m[3]) {
				continue
			}
			c := code(m[2])
			if c == "" {
				continue
			}
			verb, noun := strings.ToLower(m[3]), strings.ToLower(m[1])
			key := verb + " " + noun
			if _, ok := d.Phrases[key]; !ok {
				d.Phrases[key] = c
			}
			count(d.Objects, noun, c)
			if light[verb] {
				count(d.Light, noun, c)
			}
			continue
		}
		// a verb line: VERB [{inflections}] [[code]] [# comment]
		body, _, _ := strings.Cut(line, "#")
		fields := strings.Fields(body)
		if len(fields) == 0 || !lemmaRE.MatchString(fields[0]) {
			continue // multi-word verbs (+ASK_FOR) and oddities
		}
		c := block
		rest := body
		if i := strings.Index(rest, "}"); i >= 0 {
			rest = rest[i+1:]
		}
		if m := codeRE.FindStringSubmatch(rest); m != nil {
			c = code(m[1]) // an explicit [---] leaves the verb to its patterns
		}
		verb := strings.ToLower(fields[0])
		if c == "" {
			continue
		}
		if _, ok := d.Verbs[verb]; !ok {
			d.Verbs[verb] = c
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read CAMEO dictionary line %d: %w", n, err)
	}
	if len(d.Verbs) == 0 {
		return nil, fmt.Errorf("no verb patterns found: is this CAMEO.2.0.txt?")
	}
	return d, nil
}

func count(m map[string]map[string]int, noun, c string) {
	if m[noun] == nil {
		m[noun] = map[string]int{}
	}
	m[noun][c]++
}

// fileHeader opens the file gencameo writes; the CAMEO dictionary's notice
// follows it.
const fileHeader = `# Generated by tools/gencameo from the PETRARCH2 CAMEO verb dictionary
# (CAMEO.2.0.txt) and relations/lex/lexicon.txt; do not edit: re-run it.
#
#   verb LEMMA CODE        a verb's CAMEO code (its own, else its block's)
#   phrase VERB NOUN CODE  a verb with a bare object noun
#   noun NOUN CODE         an event noun: the code of the verb the lexicon
#                          says it names, else the code most of its CAMEO
#                          patterns with a light verb give it
#   verb VERB light        a light verb of the lexicon: its object noun
#                          carries the event
#
# The CAMEO dictionary's notice:
`

// majority returns the most frequent code, ties to the lowest: the first,
// in sorted order, of the codes counted most.
func majority(counts map[string]int) string {
	if len(counts) == 0 {
		return ""
	}
	codes := slices.Sorted(maps.Keys(counts))
	return slices.MaxFunc(codes, func(a, b string) int { return cmp.Compare(counts[a], counts[b]) })
}

// Lexicon is what is read from relations/lex/lexicon.txt.
type Lexicon struct {
	// Nominal maps an event noun to the verb it names (lemmas; a =STEM
	// verb is kept with its '=').
	Nominal map[string]string
	Light   map[string]bool
}

// ReadLexicon reads the [nominal] and [light] sections.
func ReadLexicon(src []byte) *Lexicon {
	l := &Lexicon{Nominal: map[string]string{}, Light: map[string]bool{}}
	section := ""
	for line := range strings.Lines(string(src)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		f := strings.Fields(line)
		switch section {
		case "nominal":
			if len(f) >= 2 {
				l.Nominal[f[0]] = f[1]
			}
		case "light":
			l.Light[f[0]] = true
		}
	}
	return l
}

// Generate writes the table.
func Generate(w io.Writer, cameo, lexicon []byte) error {
	lex := ReadLexicon(lexicon)
	d, err := ReadDictionary(cameo, lex.Light)
	if err != nil {
		return err
	}
	nouns := map[string]string{}
	for noun, lc := range d.Light {
		nouns[noun] = majority(lc)
	}
	for noun, verb := range lex.Nominal {
		if c, ok := d.Verbs[verb]; ok {
			nouns[noun] = c
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, fileHeader)
	for _, l := range d.Notice {
		fmt.Fprintln(bw, l)
	}
	write := func(kind string, m map[string]string) {
		keys := slices.Sorted(maps.Keys(m))
		for _, k := range keys {
			fmt.Fprintf(bw, "%s %s %s\n", kind, k, m[k])
		}
	}
	write("verb", d.Verbs)
	write("phrase", d.Phrases)
	write("noun", nouns)
	lights := map[string]string{}
	for v := range lex.Light {
		lights[v] = "light"
	}
	write("verb", lights)
	return bw.Flush()
}
