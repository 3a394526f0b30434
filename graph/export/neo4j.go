package export

import (
	"strings"
	"unicode"
)

// relType returns the Neo4j relationship type of a predicate: the
// predicate with every rune but letters, digits, '-', '_' and '.' made
// '_', or "related" for an empty one. It needs no escaping beyond
// backticks in Cypher (where "-" asks for them), so no label from an
// article can reach the query language as code; the predicate itself is
// kept, escaped, in the relationship's predicate property.
func relType(p string) string {
	if p == "" {
		return "related"
	}
	var sb strings.Builder
	for _, r := range validUTF8(p) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

// nodeLabels returns the Neo4j labels of a node: Actor, and its type
// unless Unknown.
func nodeLabels(n Node) []string {
	if t := typeName(n.Type); t != "Unknown" && !strings.HasPrefix(t, "ActorType(") {
		return []string{"Actor", t}
	}
	return []string{"Actor"}
}
