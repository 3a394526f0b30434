package tokenize

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// WriteLexicon learns the tokenizer's lexicon from treebank sentences (the
// train splits) and writes it in the format the tokenizer embeds (see
// lexicon.go). The output is sorted, so the same treebanks always give the
// same file.
//
// It learns three things: which words keep a final period (abbreviations,
// and whether each tends to end a sentence before a capitalised word; a
// handful of news abbreviations rare in the treebanks are added), which
// left parts of hyphenated words are kept whole, and which multiword tokens
// the general clitic rules (n't, 's, 're, ...) do not cover.
func WriteLexicon(w io.Writer, train []ud.Sentence) error {
	type abbrStat struct{ kept, split, final, capNext int }
	abbr := map[string]*abbrStat{}
	getAbbr := func(f string) *abbrStat {
		a := abbr[f]
		if a == nil {
			a = &abbrStat{}
			abbr[f] = a
		}
		return a
	}
	hyphKept, hyphSplit := map[string]int{}, map[string]int{}
	type mwtStat struct{ cuts map[string]int }
	mwt := map[string]*mwtStat{}
	whole := map[string]int{}

	for si := range train {
		s := &train[si]
		sur := s.Surface()
		nextInPar := si+1 < len(train) && !train[si+1].StartsParagraph()
		for i, t := range sur {
			f := t.Form
			if t.First == t.Last {
				whole[strings.ToLower(f)]++
			} else {
				lf := strings.ToLower(f)
				m := mwt[lf]
				if m == nil {
					m = &mwtStat{cuts: map[string]int{}}
					mwt[lf] = m
				}
				var cuts []string
				n := 0
				for _, w := range s.Tokens[t.First:t.Last] {
					n += len(w.Form)
					cuts = append(cuts, strconv.Itoa(n))
				}
				m.cuts[strings.Join(cuts, ",")]++
			}
			if len(f) > 1 && f[len(f)-1] == '.' && strings.ContainsFunc(f, unicode.IsLetter) && !strings.HasSuffix(f, "..") {
				a := getAbbr(f)
				a.kept++
				if lastBeforeClosers(sur, i) {
					if nextInPar {
						a.final++
					}
				} else if i+1 < len(sur) && startsUpper(sur[i+1].Form) {
					a.capNext++
				}
			}
			if i+1 < len(sur) && !t.SpaceAfter && sur[i+1].Form == "." && isWordLike(f) {
				if a := abbr[f+"."]; a != nil || len(f) <= 4 {
					getAbbr(f+".").split++
				}
			}
			if j := strings.IndexByte(f, '-'); j > 0 && j < len(f)-1 && isLetters(f[:j]) {
				hyphKept[strings.ToLower(f[:j])]++
			}
			if i+2 < len(sur) && !t.SpaceAfter && sur[i+1].Form == "-" && !sur[i+1].SpaceAfter &&
				isLetters(f) && startsLetter(sur[i+2].Form) {
				hyphSplit[strings.ToLower(f)]++
			}
		}
	}

	// News abbreviations that the train splits lack or see too rarely to
	// learn; titles and months precede a name or number, street types
	// and a company's legal form often end a sentence ("... and Kestrel
	// Inc. The deal ..."; news writes "Kestrel Inc chairman" with no
	// period when the name goes on).
	for _, f := range [...]string{"Sen.", "Rep.", "Sgt.", "Col.", "Capt.", "Maj.", "Adm.", "Mt.", "Sr.",
		"Prof.", "Dept.", "Univ.", "Mar.", "Apr.", "Aug.", "Sep.", "Ave.", "Blvd.", "Inc.", "Corp.", "Ltd."} {
		a := getAbbr(f)
		a.kept = max(a.kept, a.split+2)
		if f == "Ave." || f == "Blvd." || f == "Inc." || f == "Corp." || f == "Ltd." {
			a.final = max(a.final, a.capNext+1)
		}
	}

	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Tokenizer lexicon learned from UD English treebank train splits by tokenize.WriteLexicon.")
	fmt.Fprintln(bw, "# Regenerate: go run ./cmd/actorgraph-train lexicon")
	for _, f := range slices.Sorted(maps.Keys(abbr)) {
		a := abbr[f]
		if a.kept < 2 && !initials(f) || a.split >= a.kept {
			continue
		}
		end := 0
		if a.final > a.capNext {
			end = 1
		}
		fmt.Fprintf(bw, "abbr\t%s\t%d\n", f, end)
	}
	for _, h := range slices.Sorted(maps.Keys(hyphKept)) {
		if hyphKept[h] >= 2 && hyphKept[h] > hyphSplit[h] {
			fmt.Fprintf(bw, "hyph\t%s\n", h)
		}
	}
	for _, f := range slices.Sorted(maps.Keys(mwt)) {
		m := mwt[f]
		total := 0
		best, bestN := "", 0
		for _, c := range slices.Sorted(maps.Keys(m.cuts)) {
			total += m.cuts[c]
			if m.cuts[c] > bestN {
				best, bestN = c, m.cuts[c]
			}
		}
		if total < 2 || total <= whole[f] || strings.ContainsAny(f, "\t ") {
			continue
		}
		if cl := cliticCut(f); cl > 0 && strconv.Itoa(cl) == best {
			continue // the general rule finds it
		}
		if strings.HasSuffix(f, "'") || strings.HasSuffix(f, "’") {
			continue // the possessive rule finds it
		}
		if best == strconv.Itoa(len(f)-1) && f[len(f)-1] == 's' && total < 5 {
			continue // too rare to tell from a plural (hams, mares)
		}
		fmt.Fprintf(bw, "mwt\t%s\t%s\n", f, best)
	}
	return bw.Flush()
}

// lastBeforeClosers reports whether sur[i] is followed only by closing
// punctuation up to the end of its sentence.
func lastBeforeClosers(sur []ud.Surface, i int) bool {
	for _, t := range sur[i+1:] {
		r, _ := utf8.DecodeRuneInString(t.Form)
		if !isCloser(r) && t.Form != "." {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func isWordLike(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '.' {
			return false
		}
	}
	return s != ""
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
