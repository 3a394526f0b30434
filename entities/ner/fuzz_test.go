package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// FuzzRecognize checks that any tokens and tags give well-formed mentions:
// in bounds, in order, not overlapping, of the three types.
func FuzzRecognize(f *testing.F) {
	r := testenv.Must(f, DefaultRecognizer)
	f.Add("Yuri Ushakov , a senior aide to Russian President Vladimir Putin", "NNP NNP , DT JJ NN IN JJ NNP NNP NNP")
	f.Add("", "")
	f.Add("\xff\xfe É", "NNP")
	f.Fuzz(func(t *testing.T, words, tags string) {
		var s ud.Sentence
		tg := strings.Fields(tags)
		for i, w := range strings.Fields(words) {
			tok := ud.Token{ID: i + 1, Form: w}
			if i < len(tg) {
				tok.XPOS, tok.UPOS = tg[i], tg[i]
			}
			s.Tokens = append(s.Tokens, tok)
		}
		end := 0
		for _, m := range r.Recognize(&s) {
			if m.Start < end || m.End <= m.Start || m.End > len(s.Tokens) {
				t.Fatalf("mention %+v after token %d of %d", m, end, len(s.Tokens))
			}
			if _, ok := nerTypeIndex(m.Type); !ok {
				t.Fatalf("mention of type %v", m.Type)
			}
			end = m.End
		}
	})
}

// FuzzReadRecognizer checks that no input makes ReadRecognizer panic.
func FuzzReadRecognizer(f *testing.F) {
	f.Add([]byte(nerFormat.Magic + "\x01"))
	f.Add(append([]byte(nerFormat.Magic+"\x01"), 0x01, 0x02))
	f.Add(nerModel[:2000])
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadRecognizer(bytes.NewReader(data))
		if err == nil && r.w == nil {
			t.Fatal("model without weights read without error")
		}
	})
}
