package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

// neo4jTypes are the property types a neo4j-admin import header may name
// (name:type, an array as type[]).
var neo4jTypes = []string{
	"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
	"point", "date", "localtime", "time", "localdatetime", "datetime", "duration",
}

// headerField is one field of a neo4j-admin header: "name:type",
// ":ID(space)", ":LABEL" and the like.
var headerField = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)?(?::([A-Za-z_]+)(?:\(([A-Za-z0-9_]+)\))?(\[\])?)?$`)

// checkNeo4jHeader checks a header row against the rules of neo4j-admin
// database import and returns the column of each keyword (ID, LABEL,
// START_ID, END_ID, TYPE) and the ID space of the id columns.
func checkNeo4jHeader(t *testing.T, header []string) (cols map[string]int, spaces map[string]string) {
	t.Helper()
	cols, spaces = map[string]int{}, map[string]string{}
	names := map[string]bool{}
	for i, f := range header {
		m := headerField.FindStringSubmatch(f)
		if m == nil {
			t.Errorf("header field %q is not name[:type]", f)
			continue
		}
		name, typ, space, array := m[1], m[2], m[3], m[4]
		switch typ {
		case "ID", "START_ID", "END_ID":
			spaces[typ] = space
			fallthrough
		case "LABEL", "TYPE":
			if _, dup := cols[typ]; dup {
				t.Errorf("header has :%s twice", typ)
			}
			if array != "" || (typ != "ID" && name != "") {
				t.Errorf("header field %q: a keyword field takes no array and (but :ID) no name", f)
			}
			if space != "" && typ != "ID" && typ != "START_ID" && typ != "END_ID" {
				t.Errorf("header field %q: only id fields have an ID space", f)
			}
			cols[typ] = i
		case "":
			if name == "" {
				t.Errorf("header field %d is empty", i)
			}
		default:
			if !slices.Contains(neo4jTypes, typ) || space != "" {
				t.Errorf("header field %q: unknown type %q", f, typ)
			}
		}
		if name != "" {
			if names[name] {
				t.Errorf("property %q named twice", name)
			}
			names[name] = true
		}
	}
	return cols, spaces
}

// TestNeo4jCSV reads the CSV files back as neo4j-admin would: RFC 4180
// quoting (a quote doubled, no backslash escapes), a header by its rules,
// one :ID per actor, every relationship's ends among them in the same ID
// space, a :TYPE on every row, and every value as written.
func TestNeo4jCSV(t *testing.T) {
	g := sampleGraph()
	var nodes, rels bytes.Buffer
	if err := WriteNeo4jCSV(&nodes, &rels, g); err != nil {
		t.Fatal(err)
	}
	read := func(name string, b []byte) [][]string {
		if !utf8.Valid(b) {
			t.Errorf("%s is not UTF-8", name)
		}
		if bytes.IndexByte(b, 0) >= 0 {
			t.Errorf("%s holds a NUL", name)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = 0 // every row as long as the header
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, b)
		}
		return rows
	}
	// csv.Reader reads "\r\n" inside a quoted field as "\n"
	clean := func(s string) string { return strings.ReplaceAll(clean(s), "\r\n", "\n") }
	nrows := read("nodes", nodes.Bytes())
	ncols, nspace := checkNeo4jHeader(t, nrows[0])
	if _, ok := ncols["ID"]; !ok {
		t.Fatal("nodes header has no :ID")
	}
	if _, ok := ncols["LABEL"]; !ok {
		t.Error("nodes header has no :LABEL")
	}
	ids := map[string]bool{}
	for i, row := range nrows[1:] {
		n := g.Nodes[i]
		id := row[ncols["ID"]]
		if ids[id] {
			t.Errorf("id %q twice", id)
		}
		ids[id] = true
		want := []string{string(n.ID), clean(n.Label), n.Type.String(), clean(aliasList(n.Aliases)), strings.Join(nodeLabels(n), ";")}
		if !slices.Equal(row, want) {
			t.Errorf("node row %d:\n got %q\nwant %q", i+1, row, want)
		}
	}
	rrows := read("relationships", rels.Bytes())
	rcols, rspace := checkNeo4jHeader(t, rrows[0])
	for _, k := range []string{"START_ID", "END_ID", "TYPE"} {
		if _, ok := rcols[k]; !ok {
			t.Fatalf("relationships header has no :%s", k)
		}
	}
	if rspace["START_ID"] != nspace["ID"] || rspace["END_ID"] != nspace["ID"] {
		t.Errorf("ID spaces: nodes %q, start %q, end %q", nspace["ID"], rspace["START_ID"], rspace["END_ID"])
	}
	if len(rrows)-1 != len(g.Edges) {
		t.Fatalf("%d relationships, want %d", len(rrows)-1, len(g.Edges))
	}
	typeOK := regexp.MustCompile(`^[\pL\pN_.-]+$`)
	for i, row := range rrows[1:] {
		e := g.Edges[i]
		if !ids[row[rcols["START_ID"]]] || !ids[row[rcols["END_ID"]]] {
			t.Errorf("relationship %d links an id that is no node: %q", i+1, row)
		}
		if !typeOK.MatchString(row[rcols["TYPE"]]) {
			t.Errorf("relationship %d: :TYPE %q", i+1, row[rcols["TYPE"]])
		}
		prop := func(name string) string {
			return row[slices.IndexFunc(rrows[0], func(h string) bool { return strings.HasPrefix(h, name) })]
		}
		if prop("predicate") != clean(e.Predicate) || prop("evidence") != clean(e.Evidence) || prop("file") != clean(e.File) ||
			prop("class") != e.Class || prop("date:date") != e.Date || prop("id") != e.ID {
			t.Errorf("relationship %d: %q", i+1, row)
		}
		if e.Evidence != "" && prop("start_offset:int") != strconv.Itoa(e.Start) {
			t.Errorf("relationship %d: start %q", i+1, prop("start_offset:int"))
		}
	}
	// the quoting neo4j-admin reads: a field with a quote is quoted, the
	// quote doubled; no backslash escape
	if !strings.Contains(nodes.String(), `"A;1 | A | ""2"""`) {
		t.Errorf("aliases not quoted as RFC 4180 asks:\n%s", nodes.String())
	}
}

// clean is what the CSV and JSON writers make of text: bad bytes U+FFFD,
// NUL dropped (CSV).
func clean(s string) string { return strings.ReplaceAll(validUTF8(s), "\x00", "") }

func TestRelType(t *testing.T) {
	tabletest.Func(t, "relType", relType, []tabletest.Case[string, string]{
		{"met", "met"},
		{"president-of", "president-of"},
		{"", "related"},
		{"a`b c\n\xff", "a_b_c__"},
		{"Zürich.x_y", "Zürich.x_y"},
	})
}

// cypherLexer reads a Cypher script as Cypher's lexer would, as far as
// strings, escaped names and statement ends go: it returns each statement
// with its string literals decoded.
func cypherStatements(script string) (stmts [][]string, err error) {
	var strs []string
	for i := 0; i < len(script); {
		switch c := script[i]; {
		case c == '/' && strings.HasPrefix(script[i:], "//"):
			j := strings.IndexByte(script[i:], '\n')
			if j < 0 {
				return nil, fmt.Errorf("comment at %d runs to the end", i)
			}
			i += j + 1
		case c == '\'' || c == '"':
			var sb strings.Builder
			j := i + 1
			for ; ; j++ {
				if j >= len(script) {
					return nil, fmt.Errorf("string at %d never ends", i)
				}
				if script[j] == c {
					break
				}
				if script[j] == '\n' || script[j] == '\r' {
					return nil, fmt.Errorf("raw line break in the string at %d", i)
				}
				if script[j] != '\\' {
					sb.WriteByte(script[j])
					continue
				}
				j++
				if j >= len(script) {
					return nil, fmt.Errorf("escape at the end")
				}
				switch script[j] {
				case '\\', '\'', '"':
					sb.WriteByte(script[j])
				case 'n':
					sb.WriteByte('\n')
				case 'r':
					sb.WriteByte('\r')
				case 't':
					sb.WriteByte('\t')
				case 'b':
					sb.WriteByte('\b')
				case 'f':
					sb.WriteByte('\f')
				case 'u':
					if j+5 > len(script) {
						return nil, fmt.Errorf("short \\u escape at %d", j)
					}
					r, err := strconv.ParseUint(script[j+1:j+5], 16, 32)
					if err != nil {
						return nil, fmt.Errorf("bad \\u escape at %d", j)
					}
					sb.WriteRune(rune(r))
					j += 4
				default:
					return nil, fmt.Errorf("unknown escape \\%c at %d", script[j], j)
				}
			}
			strs = append(strs, sb.String())
			i = j + 1
		case c == '`':
			j := i + 1
			for ; j < len(script) && script[j] != '`'; j++ {
				if script[j] < 0x20 {
					return nil, fmt.Errorf("control character in the name at %d", i)
				}
			}
			if j >= len(script) {
				return nil, fmt.Errorf("name at %d never ends", i)
			}
			i = j + 1
		case c == ';':
			stmts = append(stmts, strs)
			strs = nil
			i++
		case c < 0x20 && c != '\n' || c >= 0x80:
			return nil, fmt.Errorf("byte %#x outside strings at %d", c, i)
		default:
			i++
		}
	}
	if len(strs) > 0 {
		return nil, fmt.Errorf("text after the last ';'")
	}
	return stmts, nil
}

// TestCypher reads the script back with a lexer of Cypher's strings:
// every statement ends where it should, and every label, alias and
// sentence comes back as written (bad bytes U+FFFD), however hostile.
func TestCypher(t *testing.T) {
	g := sampleGraph()
	var buf bytes.Buffer
	if err := WriteCypher(&buf, g); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) {
		t.Error("script is not UTF-8")
	}
	stmts, err := cypherStatements(buf.String())
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if want := 1 + len(g.Nodes) + len(g.Edges); len(stmts) != want {
		t.Fatalf("%d statements, want %d:\n%s", len(stmts), want, buf.String())
	}
	for i, n := range g.Nodes {
		want := append([]string{string(n.ID), validUTF8(n.Label), n.Type.String()}, n.Aliases...)
		if got := stmts[1+i]; !slices.Equal(got, want) {
			t.Errorf("actor %d strings:\n got %q\nwant %q", i, got, want)
		}
	}
	for i, e := range g.Edges {
		got := stmts[1+len(g.Nodes)+i]
		for _, want := range []string{validUTF8(e.Predicate), validUTF8(e.Evidence), validUTF8(e.File), e.Date} {
			if want != "" && !slices.Contains(got, want) {
				t.Errorf("statement %s: %q missing from %q", e.ID, want, got)
			}
		}
	}
	for _, bad := range []string{"\x00", "\x1b", "\u2028", "\r"} {
		if strings.Contains(buf.String(), bad) {
			t.Errorf("script holds %q raw", bad)
		}
	}
	if lines := strings.Count(buf.String(), "\n"); lines != 2+len(g.Nodes)+len(g.Edges) {
		t.Errorf("%d lines: a statement spans lines", lines)
	}
}

func TestCypherString(t *testing.T) {
	tabletest.Func(t, "cypherString", cypherString, []tabletest.Case[string, string]{
		{"plain", `'plain'`},
		{`it's \ "q"`, `'it\'s \\ "q"'`},
		{"a\nb\r\tc\x00\x1b\u0085\u2028", `'a\nb\r\tc\u0000\u001B\u0085\u2028'`},
		{"bad\xff", "'bad\ufffd'"},
	})
}
