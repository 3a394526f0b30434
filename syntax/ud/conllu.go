// Package ud is the vocabulary of the syntax packages: the sentences,
// words and multiword tokens of Universal Dependencies, as the CoNLL-U
// format has them; reading and writing that format; and scoring an
// analysis against a gold treebank as the CoNLL 2018 shared task does.
//
// A Sentence is a sequence of Tokens (words) with UPOS, XPOS, lemma, head
// and relation, each carrying its byte offsets in the original text.
package ud

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Token is one syntactic word of a sentence, with the fields of a CoNLL-U
// word line.
type Token struct {
	// ID is the word's index in its sentence, counted from 1.
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // ID of the head word, 0 for the root, -1 when unparsed
	Deprel string
	Misc   string
	// Start and End are the word's byte offsets in the text it was read
	// from; both are -1 when the word did not come from raw text.
	Start, End int
}

// Multiword is a CoNLL-U multiword token: a surface token ("cannot") that
// stands for the words First..Last ("can", "not").
type Multiword struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence of a document.
type Sentence struct {
	ID   string // from "# sent_id", or numbered by the writer
	Text string // from "# text", or the sentence's raw text
	// Start and End are the sentence's byte offsets in the document text;
	// -1 when unknown.
	Start, End int
	Tokens     []Token
	Multiwords []Multiword
	// Comments are the comment lines other than sent_id and text, without
	// the leading "# ".
	Comments []string
}

// SpaceAfter reports whether the token is followed by a space in the
// original text, as the MISC field says (SpaceAfter=No).
func SpaceAfter(misc string) bool {
	for _, f := range strings.Split(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// ParseError is a malformed CoNLL-U line.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ReadCoNLLU reads every sentence of a CoNLL-U file. Empty nodes (IDs such
// as 8.1) are skipped; multiword token lines are kept in Multiwords.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case l == "":
			flush()
			continue
		case strings.HasPrefix(l, "#"):
			c := strings.TrimSpace(strings.TrimPrefix(l, "#"))
			switch {
			case strings.HasPrefix(c, "sent_id ="):
				cur.ID = strings.TrimSpace(strings.TrimPrefix(c, "sent_id ="))
			case strings.HasPrefix(c, "text ="):
				cur.Text = strings.TrimSpace(strings.TrimPrefix(c, "text ="))
			default:
				cur.Comments = append(cur.Comments, c)
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return out, &ParseError{line, fmt.Sprintf("want 10 tab-separated fields, have %d", len(f))}
		}
		if strings.Contains(f[0], ".") {
			continue
		}
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return out, &ParseError{line, "bad multiword token range " + strconv.Quote(f[0])}
			}
			cur.Multiwords = append(cur.Multiwords, Multiword{First: first, Last: last, Form: f[1], Misc: f[9]})
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return out, &ParseError{line, "bad word ID " + strconv.Quote(f[0])}
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return out, &ParseError{line, "bad head " + strconv.Quote(f[6])}
			}
		}
		cur.Tokens = append(cur.Tokens, Token{
			ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
			Head: head, Deprel: f[7], Misc: f[9], Start: -1, End: -1,
		})
	}
	if err := sc.Err(); err != nil {
		return out, err
	}
	flush()
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U, numbering those without an ID
// from 1. Empty fields are written as "_".
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		id := s.ID
		if id == "" {
			id = strconv.Itoa(i + 1)
		}
		fmt.Fprintf(bw, "# sent_id = %s\n", id)
		fmt.Fprintf(bw, "# text = %s\n", oneLine(s.Text))
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "# %s\n", oneLine(c))
		}
		mw := 0
		for _, t := range s.Tokens {
			for mw < len(s.Multiwords) && s.Multiwords[mw].First == t.ID {
				m := s.Multiwords[mw]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, field(m.Form), field(m.Misc))
				mw++
			}
			head := "_"
			if t.Head >= 0 {
				head = strconv.Itoa(t.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", t.ID, field(t.Form), field(t.Lemma),
				field(t.UPOS), field(t.XPOS), field(t.Feats), head, field(t.Deprel), field(t.Misc))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
