// Package nquads reads and writes W3C N-Quads (RDF 1.1) as graph.Quad values.
//
// Parsing is done by github.com/cayleygraph/quad/nquads in raw mode, which
// keeps every term as written instead of converting typed literals to Go
// values. That parser checks the grammar's shape but not all of its rules, so
// this package puts its own checks in front of it and behind it:
//
//   - before the parser: the line is valid UTF-8, every \u or \U escape
//     names a Unicode scalar value, inside an IRI the decoded character is
//     itself allowed in an IRIREF, and no IRI is empty (<>);
//   - after the parser: every IRI is absolute (it has an RFC 3987 scheme,
//     and not one of the usual vocabulary prefixes such as xsd: or rdf:,
//     which would make <xsd:integer> a prefixed name left unexpanded) and
//     holds no character the IRIREF production forbids; blank-node labels
//     follow BLANK_NODE_LABEL; language tags follow LANGTAG and are
//     well-formed BCP 47 (each subtag at most 8 characters); datatypes are
//     full IRIs.
//
// Literals are not taken from that parser: it guesses a literal's parts
// from its decoded text and so reads "@x"@en as the plain string
// `"@x"@en`. The grammar checked, the Reader reads the literal from the line.
//
// The Reader reports a bad line as an *Error naming the file and line and
// goes on with the next line, so one pass reports every bad line. A line
// longer than Reader.MaxLineBytes (DefaultMaxLineBytes, 64 MiB) is such a
// bad line: it is skipped without being held in memory, so input with no
// line ends cannot take all memory. ReadContext and ReadAllContext stop when
// their context ends.
//
// The Writer writes canonical N-Quads, one quad a line, as the RDF 1.2
// N-Quads canonical form defines it: single spaces between terms, " ." at the
// end, IRIs unescaped, literals escaped with \b \t \n \f \r \" \\ and \uXXXX
// for the other control characters, language tags in lower case and
// xsd:string literals written as plain literals. It writes nothing for a quad
// that Validate rejects, so what it writes always reads back; a literal value
// that is not valid UTF-8 is written with U+FFFD for each bad byte rather
// than rejected. It hands its writer whole lines only.
package nquads
