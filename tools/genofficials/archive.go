package main

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The table's second source is a news archive: in its stories, an office
// of government written with its state and the holder's name ("Chinese
// President Xi Jinping", "Brazil's Foreign Minister Ana Lima") says whose
// official the person is. PETRARCH2's entries end around 2016; an archive
// knows the officials of its own years, whom the reader then recognises
// where an article writes the title alone ("President Xi Jinping").

// officeTitles are the offices of government the archive is read for,
// as they are written before a name (each word capitalised).
var officeTitles = []string{
	"President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Premier",
	"Chancellor", "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister",
	"Interior Minister", "Trade Minister", "Economy Minister", "Energy Minister", "Oil Minister",
	"Secretary of State", "Defense Secretary", "Treasury Secretary", "Foreign Secretary",
	"King", "Queen", "Crown Prince", "Emir", "Sultan", "Supreme Leader",
}

// minSightings and minShare are how often, and in what share of its
// sightings, a person must be named with one state's office to be taken
// for that state's official.
const (
	minSightings = 3
	minShare     = 0.9
)

// sightings counts, for each person's name, the states whose office it
// was written with.
type sightings map[string]map[string]int

// titledSightings counts, for each person's name, the national offices
// (of the list offices) written right before it, with a state or without
// ("Prime Minister Ann Reed"), but not as another's or a past office
// ("Vice President", "former President").
type titledSightings map[string]map[string]int

// readArchive reads the stories of path, a .tar.gz of text files or a
// directory of .txt files, into counts of the offices of tab's states.
func readArchive(path string, tab *table) (sightings, titledSightings, error) {
	forms := stateForms(tab)
	seen := sightings{}
	titled := titledSightings{}
	read := func(name string, text []byte) {
		if !utf8.Valid(text) {
			return
		}
		officesIn(string(text), forms, seen)
		titlesIn(string(text), titled)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if info.IsDir() {
		err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			text, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			read(p, text)
			return nil
		})
		return seen, titled, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return seen, titled, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") {
			continue
		}
		text, err := io.ReadAll(io.LimitReader(tr, 1<<22))
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %s: %w", path, h.Name, err)
		}
		read(h.Name, text)
	}
}

// stateForms maps the forms of the states' names in the table ("chinese",
// "u.s.") to their codes, leaving out forms that name two states and
// one-letter forms.
func stateForms(tab *table) map[string]string {
	forms := map[string]string{}
	shared := map[string]bool{}
	for code, names := range tab.states {
		for _, n := range names {
			if len(n) < 2 {
				continue
			}
			if old, ok := forms[n]; ok && old != code {
				shared[n] = true
			}
			forms[n] = code
		}
	}
	for n := range shared {
		delete(forms, n)
	}
	return forms
}

// titleUses yields, for each place where text writes title followed by a
// space, not at the end of another word ("Vice President" is no
// "President"), the text before the title since the last such place and
// the text after it.
func titleUses(text, title string) iter.Seq2[string, string] {
	return func(yield func(before, after string) bool) {
		for rest := text; ; {
			i := strings.Index(rest, title+" ")
			if i < 0 {
				return
			}
			before, after := rest[:i], rest[i+len(title)+1:]
			rest = after
			if i > 0 && !unicode.IsSpace(rune(before[len(before)-1])) {
				continue
			}
			if !yield(before, after) {
				return
			}
		}
	}
}

// tally counts one more sighting of person with key (a state's code, an
// office).
func tally[M ~map[string]map[string]int](m M, person, key string) {
	if m[person] == nil {
		m[person] = map[string]int{}
	}
	m[person][key]++
}

// officesIn counts in seen the officials text names with their state's
// office.
func officesIn(text string, forms map[string]string, seen sightings) {
	for _, title := range officeTitles {
		for before, after := range titleUses(text, title) {
			code, ok := stateBefore(before, forms)
			if !ok {
				continue
			}
			person := nameAfter(after)
			if person == "" {
				continue
			}
			tally(seen, person, code)
		}
	}
}

// titlesIn counts in titled the persons text names with a national
// office right before the name ("Prime Minister Ann Reed", "Norland's
// President Ann Reed"), not after a word that makes it another's or a
// past office ("Vice President", "Deputy Prime Minister", "former
// President").
func titlesIn(text string, titled titledSightings) {
	for _, office := range offices {
		for before, after := range titleUses(text, titleCase(office)) {
			if w := strings.Fields(lastLine(before)); len(w) > 0 && pastOrOther[strings.ToLower(w[len(w)-1])] {
				continue
			}
			person := nameAfter(after)
			if person == "" {
				continue
			}
			tally(titled, person, office)
		}
	}
}

// pastOrOther are the words before a title that make it a past office or
// another ("Vice President").
var pastOrOther = map[string]bool{
	"vice": true, "deputy": true, "former": true, "ex": true, "acting": true, "late": true,
	"then": true, "interim": true, "assistant": true, "under": true,
}

// titleCase capitalises each word of s but "of" ("Secretary of State").
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "of" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// addTitles gives an office to the dictionary's persons with dated roles
// in government whose synonyms give them none, when the archive titles
// them with one at least minSightings times, in minShare of their titled
// sightings or more.
func addTitles(tab *table, titled titledSightings) int {
	added := 0
	for person, counts := range titled {
		if _, ok := tab.spans[person]; !ok || tab.offices[person] != "" {
			continue
		}
		bestOffice, ok := dominant(counts)
		if !ok {
			continue
		}
		tab.offices[person] = bestOffice
		added++
	}
	return added
}

// stateBefore returns the state whose name or adjective ends before, the
// text right before an office: "Chinese ", "Brazil's ", "South Korean ".
func stateBefore(before string, forms map[string]string) (string, bool) {
	words := strings.Fields(lastLine(before))
	for n := min(3, len(words)); n >= 1; n-- {
		phrase := strings.Join(words[len(words)-n:], " ")
		phrase = strings.TrimSuffix(strings.TrimSuffix(phrase, "'s"), "’s")
		if !startsUpper(phrase) {
			continue
		}
		if code, ok := forms[name(phrase)]; ok {
			return code, true
		}
	}
	return "", false
}

// lastLine returns the text after the last line break of s.
func lastLine(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// nameAfter returns, in the table's form, the person's name at the start
// of s: two to four capitalised words, ending at the first word that is
// not one, or at punctuation; "" when s starts otherwise.
func nameAfter(s string) string {
	var words []string
	for _, w := range strings.Fields(lastLineEnd(s)) {
		end := false
		for _, suf := range []string{"'s", "’s", ",", ".", ";", ":", ")"} {
			if strings.HasSuffix(w, suf) && !(suf == "." && len(w) == 2) {
				w, end = strings.TrimSuffix(w, suf), true
				break
			}
		}
		if !nameWord(w) && !(len(words) > 0 && nameParticle(w)) {
			break
		}
		words = append(words, w)
		if end || len(words) == 4 {
			break
		}
	}
	for len(words) > 0 && nameParticle(words[len(words)-1]) && !strings.Contains(words[len(words)-1], "-") {
		words = words[:len(words)-1] // "Jane de" of "Jane de la"
	}
	if len(words) < 2 || slices.ContainsFunc(words, func(w string) bool { return slices.Contains(titles, strings.ToLower(w)) }) {
		return ""
	}
	return name(strings.Join(words, " "))
}

// lastLineEnd returns s up to its first line break.
func lastLineEnd(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// nameWord reports whether w can be a word of a person's name: a
// capitalised word of letters, with hyphens, apostrophes or a final dot
// ("Jong-un", "O'Neill", "W.").
func nameWord(w string) bool {
	if !startsUpper(w) || strings.ToUpper(w) == w && len(w) > 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}

// nameParticle reports whether w is a lower-case word inside a person's
// name: "von", "bin", or an article joined to the name ("al-Sisi",
// "d'Estaing").
func nameParticle(w string) bool {
	switch w {
	case "al", "bin", "ibn", "von", "van", "de", "der", "da", "la", "le", "el", "du", "dos", "di":
		return true
	}
	for _, p := range []string{"al-", "el-", "bin-", "d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && nameWord(rest) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// dominant returns the key of counts seen most often (ties: the first in
// sort order) when it was seen minSightings times at least, in minShare
// of all sightings or more.
func dominant(counts map[string]int) (string, bool) {
	total, best, bestKey := 0, 0, ""
	for k, n := range counts {
		total += n
		if n > best || (n == best && k < bestKey) {
			best, bestKey = n, k
		}
	}
	return bestKey, best >= minSightings && float64(best) >= minShare*float64(total)
}

// addSightings adds to tab the persons seen often enough with one state's
// office, and not with another, whom the dictionary does not already give
// to another state.
func addSightings(tab *table, seen sightings) int {
	added := 0
	for person, codes := range seen {
		bestCode, ok := dominant(codes)
		if !ok {
			continue
		}
		if _, ok := tab.members[person]; ok {
			continue
		}
		tab.members[person] = bestCode
		added++
	}
	return added
}
