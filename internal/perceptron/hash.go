package perceptron

// Features are hashed, never spelled out: a classifier hashes the bytes of
// the words (FNV-1a, from FNVOffset by FNVPrime) and combines the hashes
// with a template number into a feature (Mix), so that extracting
// features builds no strings and allocates nothing.

// The FNV-1a 64-bit offset basis and prime: h = (h ^ byte) * FNVPrime
// from h = FNVOffset.
const (
	FNVOffset = 14695981039346656037
	FNVPrime  = 1099511628211
)

// Mix combines a feature template number with up to two values into one
// well-distributed 64-bit feature hash.
func Mix(template, a, b uint64) uint64 {
	h := a ^ (template+1)*0x9e3779b97f4a7c15
	h ^= (b ^ b>>29) * 0xbf58476d1ce4e5b9
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
