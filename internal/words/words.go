// Package words builds the word sets the recognisers look words up in from
// lists written as plain text, one word after another.
package words

import "strings"

// Set returns the set of the words of list, which are separated by white
// space.
func Set(list string) map[string]bool {
	fields := strings.Fields(list)
	set := make(map[string]bool, len(fields))
	for _, w := range fields {
		set[w] = true
	}
	return set
}
