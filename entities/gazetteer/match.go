package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match finds the longest form that starts at words[i], a sequence of
// tokens as a UD tokenizer gives them ("U.S.", "Guinea", "-", "Bissau",
// "People", "'s"). It returns the number n of tokens it covers and their
// entry. A possessive is covered only when written in the last token
// ("Russia's"); a separate "'s" token is not, unless it belongs to the name
// ("St. George's", the capital of Grenada). Match does not
// skip a leading "the": a caller scanning every i finds "Kremlin" at the
// next token.
//
// Match does not allocate for ASCII tokens and punctuation.
func (g *Gazetteer) Match(words []string, i int) (n int, e Entry, ok bool) {
	if g == nil || i < 0 || i >= len(words) {
		return 0, Entry{}, false
	}
	w := words[i]
	if w == "" || (w[0] < utf8.RuneSelf && !g.starts[w[0]]) {
		return 0, Entry{}, false
	}
	// Every form starts with a letter or digit: skip punctuation ("’s",
	// "—", "“") before folding, which allocates for non-ASCII tokens.
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, Entry{}, false
	}
	var cands []candidate
	if atom, ok := asciiAtom(words[i]); ok {
		// Most tokens: no folding needed to find the candidates.
		if cands = g.first[atom]; len(cands) == 0 {
			return 0, Entry{}, false
		}
	}
	toks := tokens{words: words[i:]}
	t0 := toks.at(0)
	if cands == nil {
		cands = g.first[atomOf(t0)]
	}
	for k := range cands {
		if n := toks.match(cands[k].key); n > 0 {
			return n, cands[k].entry, true
		}
	}
	return 0, Entry{}, false
}

// tokens folds the tokens of a Match once, however many candidates are
// tried; the first few are kept in an array, so that Match does not allocate.
type tokens struct {
	words  []string
	folded [8]string
	done   int // folded[:done] are set
}

// at returns the folded token j, without white space.
func (t *tokens) at(j int) string {
	if j < t.done {
		return t.folded[j]
	}
	tok := fold(t.words[j])
	if strings.ContainsFunc(tok, isSpace) {
		tok = strings.Join(strings.Fields(tok), "")
	}
	if j == t.done && j < len(t.folded) {
		t.folded[j] = tok
		t.done++
	}
	return tok
}

// match returns how many tokens concatenate to key, or 0. The last token
// may carry a possessive that key lacks ("Russia's").
func (t *tokens) match(key string) int {
	off := 0
	for j := range t.words {
		tok := t.at(j)
		if tok == "" {
			return 0
		}
		rest := key[off:]
		if strings.HasPrefix(rest, tok) {
			off += len(tok)
			if off == len(key) {
				return j + 1
			}
			continue
		}
		if last := tok[len(tok)-1]; last == 's' || last == 'S' || last == '\'' {
			if p := stripPossessive(tok); len(p) < len(tok) && p == rest {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// asciiAtom returns the atom (atomOf) of a token whose first run of letters
// and digits is ASCII and followed by ASCII or by a rune that is neither
// letter nor digit ("Russia’s"), without folding it; ok is false for other
// tokens.
func asciiAtom(w string) (atom string, ok bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case c < utf8.RuneSelf:
			return w[:i], i > 0
		}
		r, _ := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			return "", false
		}
		return w[:i], i > 0
	}
	return w, w != ""
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' }
