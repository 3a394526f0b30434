package cameo

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// defaultTable returns the shipped table, failing the test when it cannot
// be read.
func defaultTable(t testing.TB) *Table {
	t.Helper()
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func TestClassify(t *testing.T) {
	tab := defaultTable(t)
	tests := []struct {
		pred graph.Predicate
		want Class
	}{
		{"imposed-sanctions-on", "163"},
		{"held-talks-with", "046"},
		{"invaded", "192"},
		{"attacked", "190"},
		{"accused", "112"},
		{"met-with", "040"},
		{"visited", "042"},
		{"denied", "016"},
		{"threatened", "130"},
		{"launched-invasion-of", "192"},
		{"attack-on", "190"},
		{"war-with", "190"},
		{"vowed-to-punish", "030"},
		{"president-of", Role},
		{"foreign-minister-of", Role},
		{"secretary-general-of", Role},
		{"member-of", Member},
		{"ally-of", Ally},
		{"rival-of", Rival},
		{"based-in", Place},
		{"leads", Role},
		{"exports-to", "061"},
		{"", Other},
		{"zzz", Other},
	}
	for _, tt := range tests {
		if got := tab.Classify(tt.pred); got != tt.want {
			t.Errorf("Classify(%q) = %q, want %q", tt.pred, got, tt.want)
		}
	}
}

func TestClass(t *testing.T) {
	tests := []struct {
		c                Class
		valid, event     bool
		root, quad       string
		goldstein        float64
		coop, conf, code bool
	}{
		{c: "190", valid: true, event: true, root: "19", quad: "material-conflict", goldstein: -10, conf: true},
		{c: "04", valid: true, event: true, root: "04", quad: "verbal-cooperation", goldstein: 1, coop: true},
		{c: "073", valid: true, event: true, root: "07", quad: "material-cooperation", goldstein: 7, coop: true},
		{c: "112", valid: true, event: true, root: "11", quad: "verbal-conflict", goldstein: -2, conf: true},
		{c: Role, valid: true},
		{c: "21", valid: false},
		{c: "1901", valid: false},
		{c: "presidency", valid: false},
	}
	for _, tt := range tests {
		if tt.c.Valid() != tt.valid || tt.c.Event() != tt.event || tt.c.Root() != tt.root && tt.valid || tt.c.Quad() != tt.quad && tt.valid {
			t.Errorf("%q: valid %v event %v root %q quad %q", tt.c, tt.c.Valid(), tt.c.Event(), tt.c.Root(), tt.c.Quad())
		}
		if g, ok := tt.c.Goldstein(); tt.event && (!ok || g != tt.goldstein) {
			t.Errorf("%q: Goldstein = %v, %v, want %v", tt.c, g, ok, tt.goldstein)
		}
		if tt.c.Matches("cooperation") != tt.coop || tt.c.Matches("conflict") != tt.conf {
			t.Errorf("%q: Matches cooperation %v conflict %v", tt.c, tt.c.Matches("cooperation"), tt.c.Matches("conflict"))
		}
	}
	if !Class("193").Matches("19") || Class("193").Matches("190") || !Class("193").Matches("193") || !Role.Matches("role") || Role.Matches("conflict") {
		t.Error("Matches by code or name is wrong")
	}
	for _, f := range []string{"conflict", "cooperation", "19", "190", "role", "1"} {
		if !ValidFilter(f) {
			t.Errorf("ValidFilter(%q) = false", f)
		}
	}
	for _, f := range []string{"", "war", "99", "3"} {
		if ValidFilter(f) {
			t.Errorf("ValidFilter(%q) = true", f)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, src := range []string{"verb attack 999\n", "verb attack\n", "noise\n", "noun war fighting\n"} {
		err := NewTable().Read(strings.NewReader("# c\n"+src), "t.txt")
		if err == nil || !strings.HasPrefix(err.Error(), "t.txt:2:") {
			t.Errorf("Read(%q) = %v, want an error on t.txt:2", src, err)
		}
	}
}

func TestPhraseVerbWithoutCode(t *testing.T) {
	tab := NewTable()
	if err := tab.Read(strings.NewReader("phrase file complaint 112\n"), "t"); err != nil {
		t.Fatal(err)
	}
	if got := tab.Classify("filed-complaint-against"); got != "112" {
		t.Errorf("Classify(filed-complaint-against) = %q, want 112: a phrase's verb is known by its forms", got)
	}
}
