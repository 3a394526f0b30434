package gum

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Document is one document of the GUM corpus with its entity mentions.
type Document struct {
	ID        string // from "# newdoc id = ..."
	Sentences []ud.Sentence
	// Mentions are all annotated mentions, ordered by sentence, then start,
	// then longest first.
	Mentions []Mention
	// Chains groups the mentions by entity, in order of first mention.
	Chains []Chain
}

// Chain is one coreference chain: the mentions of one entity of a
// document, in textual order.
type Chain struct {
	Entity   string
	Mentions []Mention
}

// Chain returns the chain of an entity ID, or false when the document has
// no such entity.
func (d *Document) Chain(entity string) (Chain, bool) {
	for _, c := range d.Chains {
		if c.Entity == entity {
			return c, true
		}
	}
	return Chain{}, false
}

// Read reads a GUM CoNLL-U file into documents with their mentions and
// coreference chains.
func Read(r io.Reader) ([]Document, error) {
	sents, err := ud.ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("read GUM: %w", err)
	}
	return Documents(sents)
}

// Documents splits CoNLL-U sentences into documents at each
// "# newdoc id" comment and reads their Entity annotations. Sentences
// before the first newdoc form a document with an empty ID.
func Documents(sents []ud.Sentence) ([]Document, error) {
	var docs []Document
	for i := range sents {
		if id, ok := newdocID(&sents[i]); ok || len(docs) == 0 {
			docs = append(docs, Document{ID: id})
		}
		d := &docs[len(docs)-1]
		d.Sentences = append(d.Sentences, sents[i])
	}
	var errs []error
	for i := range docs {
		if err := docs[i].readMentions(); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return docs, fmt.Errorf("read GUM entities: %w", errors.Join(errs...))
	}
	return docs, nil
}

// newdocID returns the document ID of a sentence that opens a document.
func newdocID(s *ud.Sentence) (string, bool) {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "newdoc id ="); ok {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// readMentions fills Mentions and Chains from the sentences' Entity
// annotations. A mention must open and close in the same sentence.
func (d *Document) readMentions() error {
	type open struct {
		mark  entityMark
		start int
	}
	d.Mentions, d.Chains = nil, nil
	for si := range d.Sentences {
		s := &d.Sentences[si]
		var stack []open
		first := len(d.Mentions)
		for ti := range s.Tokens {
			v := entityValue(s.Tokens[ti].Misc)
			if v == "" {
				continue
			}
			marks, err := parseEntityMarks(v)
			if err != nil {
				return fmt.Errorf("document %s, sentence %s, token %d: %w", d.ID, s.ID, ti+1, err)
			}
			for _, m := range marks {
				if m.open && !m.close {
					stack = append(stack, open{m, ti})
					continue
				}
				o := open{m, ti}
				if !m.open {
					k := len(stack) - 1
					for k >= 0 && stack[k].mark.entity != m.entity {
						k--
					}
					if k < 0 {
						return fmt.Errorf("document %s, sentence %s, token %d: closing bracket %s) has no open mention in the sentence", d.ID, s.ID, ti+1, m.entity)
					}
					o = stack[k]
					stack = slices.Delete(stack, k, k+1)
				}
				mention, err := newMention(s, si, o.mark, o.start, ti+1)
				if err != nil {
					return fmt.Errorf("document %s, sentence %s, token %d: %w", d.ID, s.ID, ti+1, err)
				}
				d.Mentions = append(d.Mentions, mention)
			}
		}
		nameMentions(s, d.Mentions[first:])
		if len(stack) > 0 {
			return fmt.Errorf("document %s, sentence %s: mention of entity %s opened at token %d is not closed in its sentence", d.ID, s.ID, stack[0].mark.entity, stack[0].start+1)
		}
	}
	slices.SortStableFunc(d.Mentions, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	index := map[string]int{}
	for _, m := range d.Mentions {
		k, ok := index[m.Entity]
		if !ok {
			k = len(d.Chains)
			index[m.Entity] = k
			d.Chains = append(d.Chains, Chain{Entity: m.Entity})
		}
		d.Chains[k].Mentions = append(d.Chains[k].Mentions, m)
	}
	return nil
}

// newMention builds the mention of an opening bracket spanning the
// tokens [start, end) of sentence s, number si of its document.
func newMention(s *ud.Sentence, si int, m entityMark, start, end int) (Mention, error) {
	g := Mention{
		Sentence: si, Start: start, End: end,
		Entity: m.entity, EType: m.etype, InfStat: m.infstat, Link: m.link, Identity: m.identity,
	}
	for _, p := range m.minspan {
		k := start + p - 1
		if k >= end {
			return Mention{}, fmt.Errorf("entity %s: minspan position %d outside its %d-token span", m.entity, p, end-start)
		}
		g.Heads = append(g.Heads, k)
	}
	return g, nil
}
