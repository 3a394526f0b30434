package tokenize

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../../cmd/actorgraph-train lexicon -o lexicon.txt

// The tokenizer's lexicon is learned from the UD treebanks' train splits by
// WriteLexicon (run "go run ./cmd/actorgraph-train lexicon") and embedded
// here. It is a text file of tab-separated lines:
//
//	abbr   FORM  END   FORM keeps its final period; END is 1 when the
//	                   abbreviation often ends a sentence before a capital
//	hyph   LEFT        "LEFT-x" is one token (non-, co-, e-), not LEFT - x
//	mwt    FORM  CUTS  FORM (lower case) is a multiword token cut at the
//	                   comma-separated byte offsets CUTS (cannot -> 3)
//
//go:embed lexicon.txt
var lexiconText string

// lexicon is what the tokenizer knows about particular words.
type lexicon struct {
	abbr   map[string]bool // abbreviation -> may end a sentence
	hyph   map[string]bool // hyphen-joined left parts
	mwt    map[string][]int
	maxAbb int // longest abbreviation, in bytes
}

// tokenizerLexicon returns the embedded lexicon, parsed once. The embedded
// file is checked by TestTokenizerLexicon; were it unreadable, the tokenizer
// would still work from its general rules with an empty lexicon.
var tokenizerLexicon = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon(lexiconText)
	if err != nil {
		return &lexicon{abbr: map[string]bool{}, hyph: map[string]bool{}, mwt: map[string][]int{}}
	}
	return lx
})

// parseLexicon reads the lexicon format described above.
func parseLexicon(text string) (*lexicon, error) {
	lx := &lexicon{abbr: map[string]bool{}, hyph: map[string]bool{}, mwt: map[string][]int{}}
	for i, l := range strings.Split(text, "\n") {
		line := i + 1
		l = strings.TrimSuffix(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		switch {
		case f[0] == "abbr" && len(f) == 3:
			lx.abbr[f[1]] = f[2] == "1"
			lx.maxAbb = max(lx.maxAbb, len(f[1]))
		case f[0] == "hyph" && len(f) == 2:
			lx.hyph[f[1]] = true
		case f[0] == "mwt" && len(f) == 3:
			var cuts []int
			prev := 0
			for _, c := range strings.Split(f[2], ",") {
				n, err := strconv.Atoi(c)
				if err != nil || n <= prev || n >= len(f[1]) {
					return nil, fmt.Errorf("tokenizer lexicon line %d: bad cut %q", line, c)
				}
				cuts = append(cuts, n)
				prev = n
			}
			lx.mwt[f[1]] = cuts
		default:
			return nil, fmt.Errorf("tokenizer lexicon line %d: malformed %q", line, l)
		}
	}
	return lx, nil
}
