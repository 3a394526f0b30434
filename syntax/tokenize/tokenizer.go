package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is one word found by the tokenizer: its byte offsets, and on the
// first word of a multiword token ("can" of "cannot") the number of words
// the multiword token has; 0 otherwise.
type span struct {
	start, end int
	mw         int
}

// tokenizer splits raw text into words following UD English as EWT and GUM
// apply it. It works chunk by chunk (runs of non-space characters); the only
// state that crosses chunks is whether a single quote is open, which tells a
// closing quote from the possessive apostrophe of "parents'".
type tokenizer struct {
	lx         *lexicon
	text       string
	spans      []span
	singleOpen bool
}

// run tokenizes the whole text.
func (t *tokenizer) run() {
	text := t.text
	i := 0
	for i < len(text) {
		// skip space, noting blank lines (a paragraph resets quote state)
		nl := 0
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isASCIISpace(c) {
					break
				}
				if c == '\n' {
					nl++
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		if nl >= 2 {
			t.singleOpen = false
		}
		s := i
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if isASCIISpace(c) {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += n
		}
		if i > s {
			t.chunk(s, i)
		}
	}
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// emit appends a one-word token.
func (t *tokenizer) emit(s, e int) { t.spans = append(t.spans, span{start: s, end: e}) }

// chunk tokenizes text[s:e], a run of non-space characters.
func (t *tokenizer) chunk(s, e int) {
	text := t.text
	if isEmoticon(text[s:e]) {
		t.emit(s, e)
		return
	}
	// Opening punctuation.
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isOpener(r) || s+n == e {
			break
		}
		if (r == '\'' || r == '’' || r == '`') && (isClitic(text[s:e]) || isDigit(text[s+n])) {
			break // 's as a word, '90s
		}
		t.emit(s, s+n)
		if r == '\'' || r == '‘' || r == '`' {
			t.singleOpen = true
		}
		s += n
	}
	// Closing punctuation, peeled from the end and kept in reverse order.
	var tail [16]span
	nt := 0
	possessive, possEnd := -1, 0
	url := isURL(text[s:e])
peel:
	for e > s && nt < len(tail) {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		switch {
		case r == '.' || r == '!' || r == '?':
			j := e
			for j > s && (text[j-1] == '.' || text[j-1] == '!' || text[j-1] == '?') {
				j--
			}
			if j == s || (e-j == 1 && r == '.' && !url && t.keepsPeriod(text[s:e])) {
				break peel
			}
			tail[nt] = span{start: j, end: e}
			nt++
			e = j
		case r == '\'' || r == '’':
			if e-n == s {
				break peel
			}
			if t.singleOpen {
				t.singleOpen = false
			} else if c := text[e-n-1]; (c == 's' || c == 'S') && e-n-1 > s {
				possessive, possEnd = e-n, e
				e -= n
				break peel
			}
			tail[nt] = span{start: e - n, end: e}
			nt++
			e -= n
		case r == ')' && url && countByte(text[s:e], '(') >= countByte(text[s:e], ')'):
			break peel // Foo_(bar)
		case isCloser(r) || r == ',' || r == ';' || r == ':' || r == '%' || r == '…':
			if e-n == s {
				break peel
			}
			tail[nt] = span{start: e - n, end: e}
			nt++
			e -= n
		default:
			break peel
		}
	}
	if e > s {
		if url || isEmail(text[s:e]) {
			t.emit(s, e)
		} else {
			t.core(s, e)
		}
	}
	if possessive >= 0 {
		last := len(t.spans) - 1
		if last >= 0 && t.spans[last].end == possessive && t.spans[last].mw == 0 && !inMultiword(t.spans, last) {
			t.spans[last].mw = 2
		}
		t.emit(possessive, possEnd)
	}
	for k := nt - 1; k >= 0; k-- {
		t.spans = append(t.spans, tail[k])
	}
}

// inMultiword reports whether spans[i] is a later word of a multiword token.
func inMultiword(spans []span, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if spans[j].mw > i-j {
			return true
		}
	}
	return false
}

// core splits the middle of a chunk, free of outer punctuation, at inner
// punctuation: hyphens (unless the left part is a learned prefix, a single
// letter, or both sides are digits), dashes, slashes and commas between
// words, brackets and quotes, a currency sign before a number.
func (t *tokenizer) core(s, e int) {
	text := t.text
	start := s
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:e])
		k := 0 // length of a separator token at i
		switch r {
		case '-':
			j := i
			for j < e && text[j] == '-' {
				j++
			}
			switch {
			case j-i >= 2 || i == start:
				k = j - i
			case j == e:
				if !strings.ContainsFunc(text[start:i], unicode.IsLetter) {
					k = 1
				}
			case !t.keepHyphen(text[start:i], text[j:e]):
				k = 1
			}
		case '—', '–', '―', '…', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', ';', '!', '?':
			k = n
		case '/', ',', ':':
			if !(i > start && isDigit(text[i-1]) && i+1 < e && isDigit(text[i+1])) {
				k = n
			}
		case '$', '£', '€':
			if i == start && i+n < e && isDigit(text[i+n]) {
				k = n
			}
		case '.':
			j := i
			for j < e && text[j] == '.' {
				j++
			}
			if j-i >= 2 {
				k = j - i
			}
		}
		if k == 0 {
			i += n
			continue
		}
		if i > start {
			t.word(start, i)
		}
		t.emit(i, i+k)
		i += k
		start = i
	}
	if start < e {
		t.word(start, e)
	}
}

// keepHyphen decides whether left-right stays one token.
func (t *tokenizer) keepHyphen(left, right string) bool {
	if left == "" || right == "" {
		return false
	}
	if isDigit(left[len(left)-1]) && isDigit(right[0]) {
		return true
	}
	r, n := utf8.DecodeRuneInString(left)
	if n == len(left) && unicode.IsLetter(r) {
		return true
	}
	var buf [32]byte
	key, ok := lowerASCII(buf[:0], left)
	return ok && t.lx.hyph[string(key)]
}

// word appends one word, split into a multiword token when it is a learned
// one (cannot, gonna) or ends in a clitic (n't, 's, 're, 've, 'll, 'd, 'm).
func (t *tokenizer) word(s, e int) {
	w := t.text[s:e]
	var buf [32]byte
	if key, ok := lowerASCII(buf[:0], w); ok {
		if cuts, found := t.lx.mwt[string(key)]; found {
			prev := s
			first := len(t.spans)
			for _, c := range cuts {
				t.emit(prev, s+c)
				prev = s + c
			}
			t.emit(prev, e)
			t.spans[first].mw = len(cuts) + 1
			return
		}
	}
	if c := cliticCut(w); c > 0 {
		t.spans = append(t.spans, span{start: s, end: s + c, mw: 2}, span{start: s + c, end: e})
		return
	}
	t.emit(s, e)
}

// keepsPeriod reports whether w, ending in a period, keeps it: a learned
// abbreviation (Mr., Feb., etc.) or initials (J., U.S., e.g.).
func (t *tokenizer) keepsPeriod(w string) bool {
	if len(w) <= t.lx.maxAbb {
		if _, ok := t.lx.abbr[w]; ok {
			return true
		}
	}
	return initials(w)
}

// initials reports whether w is letters each followed by a period ("U.S.",
// "e.g."), or a single capital letter and a period ("J.").
func initials(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) || i+size >= len(w) || w[i+size] != '.' {
			return false
		}
		if n == 0 && i+size+1 == len(w) && !unicode.IsUpper(r) {
			return false
		}
		n++
		i += size + 1
	}
	return n > 0
}

// cliticCut returns where a final clitic starts in w (do|n't, it|'s), or 0.
func cliticCut(w string) int {
	for _, suf := range [...]string{"n't", "n’t"} {
		if len(w) > len(suf)+1 && hasFoldSuffix(w, suf) && isLetterByte(w[len(w)-len(suf)-1]) {
			return len(w) - len(suf)
		}
	}
	for _, suf := range [...]string{"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
		if len(w) > len(suf) && hasFoldSuffix(w, suf) {
			c := len(w) - len(suf)
			r, _ := utf8.DecodeLastRuneInString(w[:c])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return c
			}
			return 0
		}
	}
	return 0
}

// isClitic reports whether w is a bare clitic such as 's or 're.
func isClitic(w string) bool {
	switch w {
	case "'s", "'S", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m":
		return true
	}
	return false
}

func hasFoldSuffix(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	tail := w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		a, b := tail[i], suf[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func containsByte(s string, c byte) bool { return countByte(s, c) > 0 }

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// lowerASCII appends s lower-cased (ASCII letters only) to buf; false when
// s does not fit the buffer's capacity.
func lowerASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return buf, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '“', '‘', '\'', '`', '«', '„', '¿', '¡', '’':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '”', '’', '\'', '»':
		return true
	}
	return false
}

// isEmoticon reports whether w is a common emoticon, kept as one token.
func isEmoticon(w string) bool {
	switch w {
	case ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":/", ":-/",
		"<3", "^_^", ":O", ":o", "XD", ":'(", "=)", ":]", ":|":
		return true
	}
	return false
}

// isURL reports whether w starts like a web address.
func isURL(w string) bool {
	return hasFoldPrefix(w, "http://") || hasFoldPrefix(w, "https://") || hasFoldPrefix(w, "www.") ||
		hasFoldPrefix(w, "ftp://")
}

// isEmail reports whether w looks like local@domain.tld.
func isEmail(w string) bool {
	at := -1
	for i := 0; i < len(w); i++ {
		if w[i] == '@' {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	return at > 0 && at < len(w)-3 && containsByte(w[at+1:len(w)-1], '.')
}

func hasFoldPrefix(w, pre string) bool {
	if len(w) < len(pre) {
		return false
	}
	for i := 0; i < len(pre); i++ {
		a := w[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != pre[i] {
			return false
		}
	}
	return true
}
