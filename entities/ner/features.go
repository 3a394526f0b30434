package ner

import (
	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// nerToken is what the features see of one token.
type nerToken struct {
	w          wordHashes
	upos, xpos uint64
	lex        uint64 // name-lexicon class (nerLexicon), 0 when unknown
	// docPrev and docNext are the words before and after ndoc other
	// occurrences of the word in the document (addDocContext).
	docPrev, docNext [nerDocContext]uint64
	ndoc             uint8
	// runFirst and runLast are the first and last words of the run of
	// capitalised words the token is in, runLen its length (at most 4) and
	// runPos the token's place in it: 1 first, 2 inside, 3 last, 4 alone;
	// all 0 outside runs (addCapitalRuns).
	runFirst, runLast uint64
	runLen, runPos    uint8
}

// Hashes standing for the words before the first and after the last token.
var (
	padBefore = nerToken{w: wordHashes{lower: 0x5bd1e995, shape: 0x5bd1e995}, upos: 0x5bd1e995, xpos: 0x5bd1e995, lex: 0x5bd1e995}
	padAfter  = nerToken{w: wordHashes{lower: 0x1b873593, shape: 0x1b873593}, upos: 0x1b873593, xpos: 0x1b873593, lex: 0x1b873593}
)

// nerTokens reads the feature inputs of a sentence's tokens; lex may be
// nil.
func nerTokens(s *ud.Sentence, lex *nerLexicon) []nerToken {
	return nerTokensIn(make([]nerToken, len(s.Tokens)), s, lex)
}

// nerTokensIn is nerTokens writing into out, of one element per token.
func nerTokensIn(out []nerToken, s *ud.Sentence, lex *nerLexicon) []nerToken {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		out[i] = nerToken{w: hashWord(t.Form), upos: hashString(t.UPOS), xpos: hashString(t.XPOS)}
		if lex != nil {
			out[i].lex = lex.class(out[i].w.lower)
		}
	}
	addCapitalRuns(out)
	return out
}

// nerMaxFeatures bounds the number of features of one token.
const nerMaxFeatures = 64

// Feature templates: each feature hash starts from its template number.
const (
	ftBias = iota + 1
	ftWord
	ftWordPrev
	ftWordNext
	ftWordPrev2
	ftWordNext2
	ftShape
	ftShapePrev
	ftShapeNext
	ftPrefix
	ftSuffix = ftPrefix + 3
	ftUPOS   = ftSuffix + 4
	ftUPOSPrev
	ftUPOSNext
	ftUPOSPrev2
	ftUPOSNext2
	ftXPOS
	ftXPOSPrev
	ftXPOSNext
	ftXPOSPrevCur
	ftXPOSCurNext
	ftFirstShape
	ftWordPrevShape
	ftShapeWordNext
	ftWordXPOS
	ftShapePrevCurNext
	ftCapsXPOS
	ftLex
	ftLexPrev
	ftLexNext
	ftLexShape
	ftWordPrevWord
	ftWordWordNext
	ftDocPrev
	ftDocNext
	ftRunFirst
	ftRunLast
	ftRunShape
)

// nerFeatures appends to buf the feature hashes of token i, whose top
// bits pick their rows of the Recognizer's weight table.
func nerFeatures(toks []nerToken, i int, buf []uint64) []uint64 {
	at := func(k int) *nerToken { return perceptron.At(toks, k, &padBefore, &padAfter) }
	c, p, n, p2, n2 := at(i), at(i-1), at(i+1), at(i-2), at(i+2)
	// A feature chains its template number and values with
	// perceptron.Fold, and is spread by g so that its top bits pick its
	// weight row.
	const g = perceptron.Golden
	f1 := func(t, a uint64) { buf = append(buf, perceptron.Fold(t*g, a)*g) }
	f2 := func(t, a, b uint64) { buf = append(buf, perceptron.Fold(perceptron.Fold(t*g, a), b)*g) }
	f3 := func(t, a, b, d uint64) {
		buf = append(buf, perceptron.Fold(perceptron.Fold(perceptron.Fold(t*g, a), b), d)*g)
	}
	f1(ftBias, 1)
	f1(ftWord, c.w.lower)
	f1(ftWordPrev, p.w.lower)
	f1(ftWordNext, n.w.lower)
	f1(ftWordPrev2, p2.w.lower)
	f1(ftWordNext2, n2.w.lower)
	f1(ftShape, c.w.shape)
	f1(ftShapePrev, p.w.shape)
	f1(ftShapeNext, n.w.shape)
	for k, h := range c.w.pre {
		f1(uint64(ftPrefix+k), h)
	}
	for k, h := range c.w.suf {
		f1(uint64(ftSuffix+k), h)
	}
	f1(ftUPOS, c.upos)
	f1(ftUPOSPrev, p.upos)
	f1(ftUPOSNext, n.upos)
	f1(ftUPOSPrev2, p2.upos)
	f1(ftUPOSNext2, n2.upos)
	f1(ftXPOS, c.xpos)
	f1(ftXPOSPrev, p.xpos)
	f1(ftXPOSNext, n.xpos)
	f2(ftXPOSPrevCur, p.xpos, c.xpos)
	f2(ftXPOSCurNext, c.xpos, n.xpos)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	f2(ftFirstShape, first, c.w.shape)
	f2(ftWordPrevShape, p.w.lower, c.w.shape)
	f2(ftShapeWordNext, c.w.shape, n.w.lower)
	f2(ftWordXPOS, c.w.lower, c.xpos)
	f3(ftShapePrevCurNext, p.w.shape, c.w.shape, n.w.shape)
	caps := uint64(0)
	if c.w.capital {
		caps = 1
	}
	if c.w.allCaps {
		caps = 2
	}
	f2(ftCapsXPOS, caps, c.xpos)
	if c.lex != 0 {
		f1(ftLex, c.lex)
		f2(ftLexShape, c.lex, c.w.shape)
	}
	f2(ftLexPrev, p.lex, c.w.shape)
	f2(ftLexNext, n.lex, c.w.shape)
	f2(ftWordPrevWord, p.w.lower, c.w.lower)
	f2(ftWordWordNext, c.w.lower, n.w.lower)
	if c.runPos != 0 {
		f2(ftRunFirst, c.runFirst, uint64(c.runPos))
		f2(ftRunLast, c.runLast, uint64(c.runPos))
		f3(ftRunShape, uint64(c.runLen), uint64(c.runPos), c.xpos)
	}
	for k := 0; k < int(c.ndoc); k++ {
		f1(ftDocPrev, c.docPrev[k])
		f1(ftDocNext, c.docNext[k])
	}
	return buf
}
