package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
)

// Minter mints the IRIs of actors, relations, articles and sentences under
// one base IRI. The same name always gives the same IRI, so the outputs of
// separate runs merge by concatenation.
type Minter struct {
	base string
}

// NewMinter returns a Minter for base, which must be an absolute IRI; a
// trailing '/' or '#' is added when base ends with neither.
func NewMinter(base IRI) (Minter, error) {
	b := string(base)
	u, err := url.Parse(b)
	if err != nil || u.Scheme == "" || strings.ContainsAny(b, " <>\"{}|\\^`") {
		return Minter{}, &BaseError{Base: b}
	}
	if !strings.HasSuffix(b, "/") && !strings.HasSuffix(b, "#") {
		b += "/"
	}
	return Minter{base: b}, nil
}

// BaseError reports a base IRI that is not absolute.
type BaseError struct{ Base string }

func (e *BaseError) Error() string {
	return "base IRI " + strconv.Quote(e.Base) + " is not an absolute IRI (want e.g. " + string(DefaultBase) + ")"
}

// Base returns the base IRI, ending in '/' or '#'.
func (m Minter) Base() IRI { return IRI(m.base) }

// Actor returns the IRI of the actor with canonical name name, cleaned
// first (see CleanName), so that look-alike spellings of a name are one
// actor.
func (m Minter) Actor(name string) IRI { return IRI(m.base + "actor/" + escape(CleanName(name))) }

// Predicate returns the IRI of a relation predicate such as "expelled-from".
func (m Minter) Predicate(p Predicate) IRI { return IRI(m.base + "rel/" + escape(string(p))) }

// Article returns the IRI of the article with the given ID.
func (m Minter) Article(id string) IRI { return IRI(m.base + "article/" + escape(id)) }

// Sentence returns the IRI of sentence n (counted from 1) of an article.
func (m Minter) Sentence(articleID string, n int) IRI {
	return IRI(m.base + "article/" + escape(articleID) + "/sentence/" + strconv.Itoa(n))
}

// escape percent-encodes everything but RFC 3986 unreserved characters, so
// that any name gives a valid IRI path segment.
func escape(s string) string {
	return url.PathEscape(s)
}

// ArticleID identifies an article by its content: the first 16 hex digits of
// the SHA-256 of its bytes.
func ArticleID(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:8])
}
