package relations

import (
	"strings"
	"testing"
)

func TestOfficials(t *testing.T) {
	o, err := defaultOfficials()
	if err != nil {
		t.Fatal(err)
	}
	code, ok := o.stateOf("François Mitterrand")
	if !ok || code != "FRA" {
		t.Errorf("stateOf(François Mitterrand) = %q, %v; want FRA", code, ok)
	}
	if !o.names("FRA", "France") {
		t.Error("France is not a name of FRA")
	}
	if _, ok := o.stateOf("Mitterrand"); ok {
		t.Error("a surname alone names an official")
	}
	for _, name := range []string{"U.S.", "American", "United States"} {
		if code, ok := o.stateNamed(name); !ok || code != "USA" {
			t.Errorf("stateNamed(%q) = %q, %v; want USA", name, code, ok)
		}
	}
}

// TestOfficialsKeys checks that the generated table writes its names in
// the form they are looked up in, which parseOfficials takes as given.
func TestOfficialsKeys(t *testing.T) {
	o, err := defaultOfficials()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range o.members {
		name, _, _ := strings.Cut(line, "\t")
		if nameKey(name) != name {
			t.Fatalf("name %q is not in nameKey form %q", name, nameKey(name))
		}
	}
	for code, names := range o.states {
		for name := range names {
			if nameKey(name) != name {
				t.Fatalf("%s: name %q is not in nameKey form %q", code, name, nameKey(name))
			}
		}
	}
}

func TestParseOfficialsErrors(t *testing.T) {
	for _, bad := range []string{"no tab here", "\tFRA", "@FRA", "b\tFRA\na\tFRA"} {
		if _, err := parseOfficials(bad); err == nil {
			t.Errorf("parseOfficials(%q): no error", bad)
		}
	}
}

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Hosni  Mubārak": "hosni mubarak",
		"Gholam-reza":    "gholam reza",
		"CHUN_DOO_HWAN ": "chun doo hwan",
	} {
		if got := nameKey(in); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOfficialsSurname(t *testing.T) {
	o, err := parseOfficials("@AAA\taland\n@BBB\tborland\nann smith\tAAA\nbo lind\tAAA\ncy lind\tBBB\ndee lind\tAAA\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		code string
		ok   bool
	}{
		{"Smith", "AAA", true},
		{"Lind", "", false},  // borne by officials of two states
		{"Jones", "", false}, // unknown
		{"Ann Smith", "", false},
	} {
		code, ok := o.stateOfSurname(tc.name)
		if code != tc.code || ok != tc.ok {
			t.Errorf("stateOfSurname(%q) = %q, %v; want %q, %v", tc.name, code, ok, tc.code, tc.ok)
		}
	}
}
