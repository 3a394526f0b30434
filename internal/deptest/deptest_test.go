package deptest

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/actorgraph/actorgraph"

// pkg is what go list says of one package.
type pkg struct {
	ImportPath string
	Imports    []string
	// XTestImports are the imports of the package's external test
	// (package p_test), which may import what imports p; see rule.
	XTestImports []string
	Standard     bool
	Module       *struct{ Path string }
}

// listPackages returns the module's packages with their direct imports,
// tests' imports included.
func listPackages(t *testing.T) []pkg {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports,TestImports,XTestImports,Standard,Module", module+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			pkg
			TestImports []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		// a test's imports obey the same rules as its package's; an
		// external test's are checked apart (see rule.external)
		for _, imp := range p.TestImports {
			if imp != p.ImportPath && !slices.Contains(p.Imports, imp) {
				p.Imports = append(p.Imports, imp)
			}
		}
		p.XTestImports = slices.DeleteFunc(p.XTestImports, func(imp string) bool { return imp == p.ImportPath })
		pkgs = append(pkgs, p.pkg)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages of %s", len(pkgs), module)
	}
	return pkgs
}

// rel returns the path of a project package relative to the module ("graph",
// "cmd/actorgraph"), or false for a package of another module.
func rel(path string) (string, bool) {
	if path == module {
		return ".", true
	}
	r, ok := strings.CutPrefix(path, module+"/")
	return r, ok
}

// under reports whether the project package p is dir or below it.
func under(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

// rule is one constraint: a project package that from matches must not
// import a project package that to matches. Test helpers (packages whose
// name ends in "test") may be imported by tests anywhere and are exempt as
// importers of what they help test. A package's external test (package
// p_test) obeys the rules of p too, but for the rules marked external: those
// let it import what imports p, as entities/coref's tests train on the
// output of the finder of entities.
type rule struct {
	why      string
	from, to func(string) bool
	external bool // external tests are exempt
}

func is(dirs ...string) func(string) bool {
	return func(p string) bool {
		for _, d := range dirs {
			if under(p, d) {
				return true
			}
		}
		return false
	}
}

func not(f func(string) bool) func(string) bool { return func(p string) bool { return !f(p) } }

var anyPkg = func(string) bool { return true }

var rules = []rule{
	{"graph is the vocabulary: it imports only the standard library",
		func(p string) bool { return p == "graph" }, anyPkg, false},
	{"graph's codecs and stores build on the vocabulary alone",
		is("graph/nquads", "graph/memgraph", "graph/store", "graph/namefold"), not(is("graph")), false},
	{"the store keeps the vocabulary: it imports graph and its name folding alone",
		is("graph/store"), func(p string) bool { return p != "graph" && !is("graph/store", "graph/namefold")(p) }, false},
	{"syntax imports no project package outside syntax/ and internal/",
		is("syntax"), not(is("syntax", "internal")), false},
	{"entities reads syntax's sentences and writes graph's actors, nothing above",
		is("entities"), is("relations", "extract", "render", "cmd", "tools"), false},
	{"entities' sub-packages never import entities, which calls them",
		func(p string) bool { return under(p, "entities") && p != "entities" }, func(p string) bool { return p == "entities" }, true},
	{"entities/found and entities/names are what entities' packages share: they import no other",
		is("entities/found", "entities/names"), is("entities"), false},
	{"entities/coref resolves references to the names the finder found: of entities it imports only found and names (gum for its tests)",
		is("entities/coref"), func(p string) bool {
			return under(p, "entities") && !is("entities/found", "entities/names", "entities/gum")(p)
		}, true},
	{"entities/layout reads a story's layout from its tokens and the recogniser's mentions: of entities it imports only ner",
		is("entities/layout"), func(p string) bool { return under(p, "entities") && !is("entities/ner")(p) }, false},
	{"entities/corpus reconciles the actors of articles by their names: of entities it imports only names",
		is("entities/corpus"), func(p string) bool { return under(p, "entities") && !is("entities/names")(p) }, false},
	{"relations reads entities' mentions, nothing above",
		is("relations"), is("extract", "render", "cmd", "tools"), false},
	{"relations' sub-packages never import relations, which calls them",
		func(p string) bool { return under(p, "relations") && p != "relations" }, func(p string) bool { return p == "relations" }, true},
	{"relations' sub-packages serve relations: the packages above call relations.Reader (a table's generator may key names as the table's reader does)",
		func(p string) bool { return !is("relations")(p) && p != "tools/genofficials" },
		func(p string) bool { return under(p, "relations") && p != "relations" }, false},
	{"tools/genofficials writes relations/officials' table and imports nothing else of relations",
		func(p string) bool { return p == "tools/genofficials" },
		func(p string) bool { return under(p, "relations") && p != "relations/officials" }, false},
	{"relations/lex and relations/officials are tables: they import no other package of relations",
		is("relations/lex", "relations/officials"), is("relations"), false},
	{"relations/institutions reads bodies' owners off the found names: of relations it imports only officials",
		is("relations/institutions"), func(p string) bool { return under(p, "relations") && !is("relations/officials")(p) }, false},
	{"relations/offices resolves offices from the relations read and the found names: of relations it imports only officials",
		is("relations/offices"), func(p string) bool { return under(p, "relations") && !is("relations/officials")(p) }, false},
	{"relations/parties reads party words through the tree: of relations it imports only tree and lex",
		is("relations/parties"), func(p string) bool { return under(p, "relations") && !is("relations/tree", "relations/lex")(p) }, false},
	{"relations/tree reads a sentence with the vocabulary: of relations it imports only lex",
		is("relations/tree"), func(p string) bool { return under(p, "relations") && !is("relations/lex")(p) }, false},
	{"relations/pairs reads pairs through the tree and the vocabulary: of relations it imports only tree and lex (relations for its tests)",
		is("relations/pairs"), func(p string) bool { return under(p, "relations") && !is("relations/lex", "relations/tree")(p) }, true},
	{"extract owns the stages and is called from above only",
		is("extract"), is("render", "cmd", "tools"), false},
	{"only commands import render",
		not(is("cmd", "render")), is("render"), false},
	{"render draws graphs, it does not build them",
		is("render"), is("syntax", "entities", "relations", "extract"), false},
	{"cameo and dates classify and date from the vocabulary and lemmas alone",
		is("cameo", "dates"), is("entities", "relations", "extract", "render", "cmd", "tools"), false},
	{"nothing imports a command",
		anyPkg, is("cmd", "tools"), false},
	{"internal packages serve the packages above them, not the reverse",
		is("internal"), is("entities", "relations", "extract", "render", "cmd", "tools"), false},
}

// TestImportsPointDown fails when a package imports one it must not.
func TestImportsPointDown(t *testing.T) {
	for _, p := range listPackages(t) {
		from, ok := rel(p.ImportPath)
		if !ok {
			continue
		}
		check := func(imports []string, external bool) {
			for _, imp := range imports {
				to, ok := rel(imp)
				if !ok || to == from || strings.HasSuffix(to, "test") || strings.HasSuffix(from, "test") {
					continue
				}
				for _, r := range rules {
					if r.from(from) && r.to(to) && !(external && r.external) {
						t.Errorf("%s imports %s: %s", from, to, r.why)
					}
				}
			}
		}
		check(p.Imports, false)
		check(p.XTestImports, true)
	}
}

// TestGraphImportsOnlyStandard holds graph to the standard library, third
// party modules included.
func TestGraphImportsOnlyStandard(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.ImportPath != module+"/graph" {
			continue
		}
		cmd := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", p.ImportPath)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps: %v", err)
		}
		for _, d := range strings.Fields(string(out)) {
			if d != p.ImportPath {
				t.Errorf("graph depends on %s: it must import only the standard library", d)
			}
		}
		return
	}
	t.Fatal("no graph package")
}

// TestRulesCatch checks that the rules reject the arrows they are meant to:
// a rule that matches nothing cannot fail.
func TestRulesCatch(t *testing.T) {
	bad := [][2]string{
		{"graph", "syntax"},
		{"graph/nquads", "entities"},
		{"syntax", "graph"},
		{"syntax/parse", "entities"},
		{"entities", "relations"},
		{"relations", "extract"},
		{"extract", "render"},
		{"graph/memgraph", "render"},
		{"extract", "cmd/actorgraph"},
		{"internal/perceptron", "entities"},
		{"entities/coref", "entities"},
		{"entities/names", "entities"},
		{"entities/gazetteer", "entities"},
		{"entities/found", "entities/names"},
		{"entities/names", "entities/coref"},
		{"entities/coref", "entities/gazetteer"},
		{"entities/coref", "entities/ner"},
		{"graph/store", "extract"},
		{"graph/store", "entities"},
		{"graph/store", "graph/memgraph"},
		{"graph/store", "graph/nquads"},
		{"graph/store", "cmd/actorgraph"},
		{"graph/namefold", "syntax"},
		{"relations/pairs", "relations"},
		{"relations/tree", "relations"},
		{"relations/lex", "relations/tree"},
		{"relations/officials", "relations/lex"},
		{"relations/tree", "relations/pairs"},
		{"relations/pairs", "relations/officials"},
		{"relations/offices", "relations/tree"},
		{"relations/offices", "relations"},
		{"relations/parties", "relations/offices"},
		{"extract", "relations/pairs"},
		{"cmd/actorgraph", "relations/officials"},
	}
	for _, b := range bad {
		caught := false
		for _, r := range rules {
			caught = caught || (r.from(b[0]) && r.to(b[1]))
		}
		if !caught {
			t.Errorf("no rule rejects %s importing %s", b[0], b[1])
		}
	}
	good := [][2]string{
		{"cmd/actorgraph", "extract"}, {"cmd/actorgraph", "render"}, {"extract", "relations"},
		{"relations", "entities"}, {"entities", "syntax"}, {"syntax", "syntax/ud"},
		{"syntax/tag", "internal/perceptron"}, {"render", "graph/memgraph"}, {"graph/nquads", "graph"},
		{"entities", "entities/coref"}, {"entities", "entities/found"}, {"entities/coref", "entities/found"},
		{"entities/coref", "entities/names"}, {"entities/coref", "syntax/ud"}, {"entities/ner", "entities/gum"},
		{"extract", "graph/store"}, {"cmd/actorgraph", "graph/store"}, {"graph/store", "graph/namefold"},
		{"relations", "relations/pairs"}, {"relations", "relations/officials"}, {"relations", "relations/tree"},
		{"relations", "relations/offices"}, {"relations/offices", "relations/officials"},
		{"relations", "relations/parties"}, {"relations/parties", "relations/tree"},
		{"relations/pairs", "relations/tree"}, {"relations/pairs", "relations/lex"}, {"relations/tree", "relations/lex"},
		{"relations/pairs", "entities"}, {"relations/tree", "syntax/ud"},
	}
	for _, g := range good {
		for _, r := range rules {
			if r.from(g[0]) && r.to(g[1]) {
				t.Errorf("rule %q rejects %s importing %s", r.why, g[0], g[1])
			}
		}
	}
}
