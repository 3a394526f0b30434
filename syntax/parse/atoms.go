package parse

import (
	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Features of the parser are hashed, never spelled out: every word's form,
// lemma, tags and suffix are hashed once per sentence into tokAtoms, and a
// feature is a template number mixed with a few atoms. No strings are built
// and no maps are consulted while parsing.

// tokAtoms are the hashed attributes of one word (or of the root, or of an
// empty position).
type tokAtoms struct {
	w   uint64 // lowercased form
	m   uint64 // lemma
	p   uint64 // XPOS
	u   uint64 // UPOS
	sfx uint64 // last three bytes of the lowercased form
	shp uint64 // word shape: capitalisation, digits, hyphens, length
	nv  uint64 // verbs (low half) and punctuation (high half) up to this word
	st  uint64 // supertag (see supertag.go), set after fillAtoms
}

// Seeds that keep the attribute kinds apart.
const (
	seedForm  = 0x51af_d7ed_558c_cd01
	seedLemma = 0xc4ce_b9fe_1a85_ec53
	seedXPOS  = 0x2545_f491_4f6c_dd1d
	seedUPOS  = 0x9e37_79b9_7f4a_7c15
	seedSfx   = 0xbf58_476d_1ce4_e5b9
)

// Atom values of an empty position and of the root.
const (
	atomNone = 1
	atomRoot = 2
)

// depHash is FNV-1a over s, ASCII-lowercased when lower is set.
func depHash(seed uint64, s string, lower bool) uint64 {
	h := seed ^ perceptron.FNVOffset
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= perceptron.FNVPrime
	}
	return h
}

// fillAtoms hashes the words of s into atoms[1..n], with the root at 0
// and, at n+1, the atoms of an empty position (see atomsOf).
func fillAtoms(atoms []tokAtoms, s *ud.Sentence) []tokAtoms {
	n := len(s.Tokens)
	if cap(atoms) < n+2 {
		atoms = make([]tokAtoms, n+2)
	}
	atoms = atoms[:n+2]
	atoms[0] = tokAtoms{atomRoot, atomRoot, atomRoot, atomRoot, atomRoot, atomRoot, 0, atomRoot}
	atoms[n+1] = tokAtoms{atomNone, atomNone, atomNone, atomNone, atomNone, atomNone, 0, atomNone}
	var verbs, puncts uint64
	for i := range s.Tokens {
		t := &s.Tokens[i]
		sfx := t.Form
		if len(sfx) > 3 {
			sfx = sfx[len(sfx)-3:]
		}
		atoms[i+1] = tokAtoms{
			w:   depHash(seedForm, t.Form, true),
			m:   depHash(seedLemma, t.Lemma, false),
			p:   depHash(seedXPOS, t.XPOS, false),
			u:   depHash(seedUPOS, t.UPOS, false),
			sfx: depHash(seedSfx, sfx, true),
			shp: wordShape(t.Form),
		}
		switch t.UPOS {
		case "VERB", "AUX":
			verbs++
		case "PUNCT":
			puncts++
		}
		atoms[i+1].nv = verbs | puncts<<32
	}
	return atoms
}

// wordShape classes a form by its first character (lower, upper, digit,
// other), whether later characters hold capitals, digits or hyphens, and
// its length (1, 2, 3, 4-6, 7+ bytes). The result is never the atom of an
// empty position or of the root.
func wordShape(s string) uint64 {
	if s == "" {
		return 3
	}
	var sh uint64
	switch c := s[0]; {
	case 'A' <= c && c <= 'Z':
		sh = 1
	case '0' <= c && c <= '9':
		sh = 2
	case c < 'a' || c > 'z':
		sh = 3
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			sh |= 4
		case '0' <= c && c <= '9':
			sh |= 8
		case c == '-':
			sh |= 16
		}
	}
	n := uint64(min(len(s), 7))
	if n >= 4 {
		n = 4 + n/7
	}
	return (sh|n<<5)<<2 | 3
}

// between counts, up to 2 each, the verbs and the punctuation strictly
// between words a < b; a special atom when either is the root or empty.
func between(atoms []tokAtoms, a, b int32) uint64 {
	if a <= 0 || b <= 0 || b <= a {
		return 1 << 62
	}
	x, y := atoms[a].nv, atoms[b-1].nv
	v, p := min((y&0xffffffff)-(x&0xffffffff), 2), min((y>>32)-(x>>32), 2)
	return v | p<<2
}

// atomsOf returns the atoms of word x (0 for the root, noWord for none)
// from atoms filled by fillAtoms.
func atomsOf(atoms []tokAtoms, x int32) *tokAtoms {
	if x == noWord {
		return &atoms[len(atoms)-1]
	}
	return &atoms[x]
}

// distBucket buckets the distance between two positions; 0 when either is
// empty, 15 when one is the root.
func distBucket(a, b int32) uint64 {
	if a == noWord || b == noWord {
		return 0
	}
	if a == 0 || b == 0 {
		return 15
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}
