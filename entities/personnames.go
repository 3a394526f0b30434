package entities

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed personnames.txt
var personNamesTxt string

// nameKind says what a word of people's names is (see personnames.txt).
type nameKind uint8

const (
	familyFirst nameKind = 1 << iota // a family name written first: "Xi", "Kim"
	givenName                        // a given name that opens a name: "Donald"
)

// personNameWords returns the words of personnames.txt, parsed once.
var personNameWords = sync.OnceValue(func() map[string]nameKind {
	words := map[string]nameKind{}
	kind := nameKind(0)
	for _, line := range strings.Split(personNamesTxt, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "[family-first]":
			kind = familyFirst
		case line == "[given]":
			kind = givenName
		default:
			words[line] |= kind
		}
	}
	return words
})

// opensPersonName reports whether w is a given name or a family name
// written first: a name that starts with it is a person's.
func opensPersonName(w string) bool { return personNameWords()[w] != 0 }

// isFamilyFirst reports whether w is a family name of a custom that writes
// it first ("Xi" of Xi Jinping).
func isFamilyFirst(w string) bool { return personNameWords()[w]&familyFirst != 0 }
