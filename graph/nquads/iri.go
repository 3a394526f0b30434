package nquads

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// iriForbidden lists the characters above U+0020 that the IRIREF production
// excludes; every character up to U+0020 is excluded as well.
const iriForbidden = "<>\"{}|^`\\"

// iriAllowed reports whether r may appear, unescaped, in an IRIREF. U+007F
// (DEL), which the production lets through, is refused too: RFC 3987 has
// no control character in an IRI, and the parser (cayleygraph/quad)
// rejects it, so a quad that held one would be written and not read back.
func iriAllowed(r rune) bool {
	return r > 0x20 && r != 0x7F && !strings.ContainsRune(iriForbidden, r)
}

// iriAllowedASCII is iriAllowed of each ASCII character, which checkIRI
// looks up for every byte of every IRI written.
var iriAllowedASCII = func() (allowed [utf8.RuneSelf]bool) {
	for c := range allowed {
		allowed[c] = iriAllowed(rune(c))
	}
	return allowed
}()

// checkIRI reports why s is not an absolute IRI that N-Quads can carry: it
// must be valid UTF-8, hold only characters IRIREF allows and start with an
// RFC 3987 scheme (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
func checkIRI(s string) error {
	if s == "" {
		return errors.New("empty IRI")
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not valid UTF-8", s)
	}
	// Bytes of multi-byte UTF-8 sequences are all >= 0x80, so checking
	// bytes checks every character below U+0080, the only ones excluded.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && !iriAllowedASCII[c] {
			return fmt.Errorf("IRI %q holds %U, which an IRI may not contain", s, rune(c))
		}
	}
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return fmt.Errorf("relative IRI %q (an IRI must start with a scheme such as http:)", s)
	}
	if !isScheme(s[:colon]) {
		return fmt.Errorf("IRI %q has no valid scheme (want a letter, then letters, digits, '+', '-' or '.', then ':')", s)
	}
	if isPrefixName(strings.ToLower(s[:colon])) {
		return fmt.Errorf("IRI %q is a prefixed name, not a full IRI (write e.g. <http://www.w3.org/2001/XMLSchema#integer> for xsd:integer)", s)
	}
	return nil
}

// isPrefixName reports whether scheme is one of the usual prefixes of RDF
// vocabularies, none of which is a URI scheme. An "IRI" with one of them as scheme, such as <xsd:integer>
// or <rdf:type>, is a prefixed name left unexpanded (cayleygraph/quad's
// typed mode writes such datatypes), so it is rejected although it is
// syntactically absolute.
func isPrefixName(scheme string) bool {
	switch scheme {
	case "xsd", "rdf", "rdfs", "owl", "skos", "schema", "dc", "dcterms", "foaf", "nif", "prov", "ex":
		return true
	}
	return false
}

// isScheme reports whether s matches RFC 3987's scheme production.
func isScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
