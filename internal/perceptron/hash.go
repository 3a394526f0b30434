package perceptron

// Features are hashed, never spelled out: a classifier hashes the bytes of
// the words (FNV-1a, from FNVOffset by FNVPrime) and combines the hashes
// with a template number into a feature (Mix, or a chain of Fold), so that
// extracting features builds no strings and allocates nothing.

// The FNV-1a 64-bit offset basis and prime: h = (h ^ byte) * FNVPrime
// from h = FNVOffset.
const (
	FNVOffset = 14695981039346656037
	FNVPrime  = 1099511628211
)

// Golden is 2^64 divided by the golden ratio, odd: multiplying by it
// spreads the low bits of a value into the top bits that pick a row
// (Fibonacci hashing).
const Golden = 0x9e3779b97f4a7c15

// Mix combines a feature template number with up to two values into one
// well-distributed 64-bit feature hash.
func Mix(template, a, b uint64) uint64 {
	h := a ^ (template+1)*Golden
	h ^= (b ^ b>>29) * 0xbf58476d1ce4e5b9
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// Fold folds the value v into the running hash h: an FNV-1a step on a
// whole word, then a shift that brings the high bits down. Chained from
// FNVOffset over the runes of a word it hashes the word; chained from a
// template number over the hashes of some words it makes a feature. A
// feature so made wants multiplying by Golden before its top bits pick a
// row.
func Fold(h, v uint64) uint64 {
	h ^= v
	h *= FNVPrime
	h ^= h >> 29
	return h
}

// At returns the token at k of a feature window over toks: &toks[k], or
// before or after, the padding that stands for the edges, when k falls
// outside toks.
func At[T any](toks []T, k int, before, after *T) *T {
	switch {
	case k < 0:
		return before
	case k >= len(toks):
		return after
	}
	return &toks[k]
}
