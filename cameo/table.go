package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/lemma"
)

//go:embed classes.gen.txt
var generated string

//go:embed overrides.txt
var overrides string

// Table classifies predicates. The zero value is empty; Default returns
// the shipped one.
type Table struct {
	verbs   map[string]Class // by lemma
	light   map[string]bool
	phrases map[string]Class // "verb noun"
	nouns   map[string]Class
	// forms maps an inflected verb form (past tense, past participle,
	// third person singular) to its lemma.
	forms map[string]string
}

// Default returns the table built from the embedded files.
var Default = sync.OnceValues(func() (*Table, error) {
	t := NewTable()
	for _, f := range []struct{ name, src string }{{"classes.gen.txt", generated}, {"overrides.txt", overrides}} {
		if err := t.Read(strings.NewReader(f.src), f.name); err != nil {
			return nil, err
		}
	}
	return t, nil
})

// NewTable returns an empty table.
func NewTable() *Table {
	return &Table{verbs: map[string]Class{}, light: map[string]bool{}, phrases: map[string]Class{}, nouns: map[string]Class{}, forms: map[string]string{}}
}

// LineError is a bad line of a table file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Read adds the lines of a table file (the format of classes.gen.txt) to
// t; a line read later replaces an earlier one with the same key.
func (t *Table) Read(r io.Reader, file string) error {
	var inflect lemma.Lemmatizer
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		bad := func(msg string) error { return &LineError{File: file, Line: n, Msg: msg} }
		class := Class(f[len(f)-1])
		if !(f[0] == "verb" && class == "light") && !class.Valid() {
			return bad(fmt.Sprintf("unknown class %q", class))
		}
		switch {
		case f[0] == "verb" && len(f) == 3:
			v := f[1]
			if class == "light" {
				t.light[v] = true
			} else {
				t.verbs[v] = class
			}
			for _, form := range []string{inflect.PastTense(v), inflect.PastParticiple(v), thirdPerson(v)} {
				if _, ok := t.forms[form]; !ok {
					t.forms[form] = v
				}
			}
		case f[0] == "phrase" && len(f) == 4:
			t.phrases[f[1]+" "+f[2]] = class
			for _, form := range []string{inflect.PastTense(f[1]), inflect.PastParticiple(f[1]), thirdPerson(f[1])} {
				if _, ok := t.forms[form]; !ok {
					t.forms[form] = f[1]
				}
			}
		case f[0] == "noun" && len(f) == 3:
			t.nouns[f[1]] = class
		default:
			return bad("want verb LEMMA CLASS, phrase VERB NOUN CLASS or noun NOUN CLASS")
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	return nil
}

// thirdPerson returns the present third person singular of a verb lemma.
func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// preps are the words that link a predicate's object.
var preps = map[string]bool{
	"of": true, "with": true, "to": true, "from": true, "on": true, "against": true, "in": true,
	"at": true, "for": true, "into": true, "by": true, "over": true, "toward": true, "towards": true,
	"about": true, "inside": true, "between": true, "among": true, "as": true, "upon": true, "onto": true,
	"off": true, "out": true, "up": true, "down": true, "behind": true, "within": true,
}

// Classify returns the class of a predicate such as "imposed-sanctions-on",
// "president-of" or "met": the class of its head verb with its object
// noun, of its head verb, or of its head noun; Role for a noun that
// links to its object and names no event ("foreign-minister-of"); Other
// when nothing fits. A predicate that chains verbs ("vowed-to-punish",
// "refused-to-meet-with") takes the class of the first.
func (t *Table) Classify(p graph.Predicate) Class {
	words := strings.Split(strings.ToLower(string(p)), "-")
	if len(words) == 0 || words[0] == "" {
		return Other
	}
	if v, ok := t.forms[words[0]]; ok {
		return t.verbClass(v, words[1:])
	}
	// a noun head: the first noun that has a class, else a role when the
	// predicate links an object
	var head []string
	for _, w := range words {
		if preps[w] {
			break
		}
		head = append(head, w)
	}
	for i := len(head) - 1; i >= 0; i-- {
		if c, ok := t.noun(head[i]); ok {
			return c
		}
	}
	if len(head) < len(words) && len(head) > 0 {
		return Role
	}
	return Other
}

// verbClass classifies verb v followed by the rest of a predicate.
func (t *Table) verbClass(v string, rest []string) Class {
	for _, w := range rest {
		if preps[w] {
			break
		}
		for _, n := range nounForms(w) {
			if c, ok := t.phrases[v+" "+n]; ok {
				return c
			}
		}
		if t.light[v] {
			if c, ok := t.noun(w); ok {
				return c
			}
		}
	}
	if c, ok := t.verbs[v]; ok {
		return c
	}
	for _, w := range rest {
		if preps[w] {
			break
		}
		if c, ok := t.noun(w); ok {
			return c
		}
	}
	return Other
}

// noun looks a noun up as written, then in its other number.
func (t *Table) noun(w string) (Class, bool) {
	for _, n := range nounForms(w) {
		if c, ok := t.nouns[n]; ok {
			return c, true
		}
	}
	return "", false
}

// nounForms returns w and its singular or plural.
func nounForms(w string) []string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return []string{w, w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return []string{w, w[:len(w)-1]}
	}
	return []string{w, w + "s"}
}
