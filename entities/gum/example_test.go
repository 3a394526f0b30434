package gum_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
)

// The coreference chains of a GUM document: each entity with its mentions
// in textual order, named or not, as a pronoun-resolution evaluation needs
// them.
func ExampleRead() {
	docs, err := gum.Read(gumtest.Sample())
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	c, _ := d.Chain("1")
	for _, m := range c.Mentions {
		s := d.Sentences[m.Sentence]
		fmt.Printf("sentence %d, tokens %d-%d: %q named=%v link=%s\n",
			m.Sentence, m.Start, m.End, s.Tokens[m.Start].Form, m.Named, m.Link)
	}
	// Output:
	// sentence 0, tokens 0-4: "U.S." named=true link=coref
	// sentence 1, tokens 0-1: "He" named=false link=ana
}
