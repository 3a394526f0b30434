package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteCypher writes g as a Cypher script for cypher-shell (cypher-shell
// -f FILE): a uniqueness constraint on Actor.iri, a MERGE per actor that
// labels it Actor and its type and sets name, type and aliases, and a
// MERGE per statement, keyed on its predicate and sentence, that sets its
// other properties. Running the script twice changes nothing. Every value
// is a single-quoted Cypher string with backslash escapes (see
// cypherString); relationship types are made safe as for the CSV files;
// dates are Cypher date() values.
func WriteCypher(w io.Writer, g *Graph) error {
	return writeBuffered(w, g, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "// actorgraph: %d actors, %d statements\n", len(g.Nodes), len(g.Edges))
		fmt.Fprint(bw, "CREATE CONSTRAINT actor_iri IF NOT EXISTS FOR (a:Actor) REQUIRE a.iri IS UNIQUE;\n")
		for _, n := range g.Nodes {
			fmt.Fprintf(bw, "MERGE (a:Actor {iri: %s}) SET a", cypherString(string(n.ID)))
			for _, l := range nodeLabels(n)[1:] {
				fmt.Fprintf(bw, ":%s", l)
			}
			fmt.Fprintf(bw, ", a.name = %s, a.type = %s", cypherString(n.Label), cypherString(typeName(n.Type)))
			if len(n.Aliases) > 0 {
				fmt.Fprint(bw, ", a.aliases = [")
				for i, al := range n.Aliases {
					if i > 0 {
						fmt.Fprint(bw, ", ")
					}
					fmt.Fprint(bw, cypherString(al))
				}
				fmt.Fprint(bw, "]")
			}
			fmt.Fprint(bw, ";\n")
		}
		for _, e := range g.Edges {
			fmt.Fprintf(bw, "MATCH (s:Actor {iri: %s}), (o:Actor {iri: %s}) MERGE (s)-[r:`%s` {predicate: %s, sentence: %s}]->(o) SET r.predicate_iri = %s",
				cypherString(string(e.Source)), cypherString(string(e.Target)), relType(e.Predicate),
				cypherString(e.Predicate), cypherString(string(e.Sentence)), cypherString(string(e.PredicateIRI)))
			for _, p := range [...]struct{ name, value string }{
				{"evidence", e.Evidence}, {"article", string(e.Article)}, {"file", e.File}, {"class", e.Class},
			} {
				if p.value != "" {
					fmt.Fprintf(bw, ", r.%s = %s", p.name, cypherString(p.value))
				}
			}
			if e.Sentence != "" && e.Evidence != "" {
				fmt.Fprintf(bw, ", r.start_offset = %d, r.end_offset = %d", e.Start, e.End)
			}
			if _, _, ok := dateInterval(e.Date); ok {
				fmt.Fprintf(bw, ", r.date = date(%s)", cypherString(e.Date))
			}
			fmt.Fprint(bw, ";\n")
		}
	})
}

// cypherString returns s as a single-quoted Cypher string literal:
// backslash and quote escaped, \b \f \n \r \t for those characters, every
// other control character (C0, DEL, C1) and the line and paragraph
// separators as \uXXXX, bytes that are not UTF-8 replaced by U+FFFD.
func cypherString(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 2)
	sb.WriteByte('\'')
	for _, r := range validUTF8(s) {
		switch r {
		case '\\':
			sb.WriteString(`\\`)
		case '\'':
			sb.WriteString(`\'`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 || r >= 0x7f && r < 0xa0 || r == '\u2028' || r == '\u2029' {
				sb.WriteString(`\u`)
				sb.WriteString(fmt.Sprintf("%04X", r))
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}
