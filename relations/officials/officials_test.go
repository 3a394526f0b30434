package officials

import (
	"strings"
	"testing"
)

func TestOfficials(t *testing.T) {
	o, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	code, ok := o.StateOf("François Mitterrand")
	if !ok || code != "FRA" {
		t.Errorf("StateOf(François Mitterrand) = %q, %v; want FRA", code, ok)
	}
	if !o.Names("FRA", "France") {
		t.Error("France is not a name of FRA")
	}
	if _, ok := o.StateOf("Mitterrand"); ok {
		t.Error("a surname alone names an official")
	}
	for _, name := range []string{"U.S.", "American", "United States"} {
		if code, ok := o.StateNamed(name); !ok || code != "USA" {
			t.Errorf("StateNamed(%q) = %q, %v; want USA", name, code, ok)
		}
	}
}

func TestStateOfShortName(t *testing.T) {
	o, err := Parse("@AAA\tnorland\n@BBB\tvelmar\n" +
		"ana maria reed\tAAA\n" +
		"jon k. hale\tAAA\n" +
		"jon p. hale\tBBB\n" +
		"tom lee\tBBB\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, code string
	}{
		{"Ana Reed", "AAA"},    // a middle name left out
		{"Ana Maria Reed", ""}, // the full name is StateOf's
		{"Ana Lucia Reed", ""}, // a middle name the table lacks
		{"Jon Hale", ""},       // officials of two states
		{"Tom Lee", ""},        // no longer name
		{"Reed", ""},           // one word
		{"Maria Reed", ""},     // not the first word
	} {
		code, ok := o.StateOfShortName(c.name)
		if code != c.code || ok != (c.code != "") {
			t.Errorf("StateOfShortName(%q) = %q, %v; want %q", c.name, code, ok, c.code)
		}
	}
}

// TestOfficialsKeys checks that the generated table writes its names in
// the form they are looked up in, which Parse takes as given.
func TestOfficialsKeys(t *testing.T) {
	o, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range o.members {
		name, _, _ := strings.Cut(line, "\t")
		if NameKey(name) != name {
			t.Fatalf("name %q is not in NameKey form %q", name, NameKey(name))
		}
	}
	for code, names := range o.states {
		for name := range names {
			if NameKey(name) != name {
				t.Fatalf("%s: name %q is not in NameKey form %q", code, name, NameKey(name))
			}
		}
	}
}

func TestParseOfficialsErrors(t *testing.T) {
	for _, bad := range []string{"no tab here", "\tFRA", "@FRA", "b\tFRA\na\tFRA"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): no error", bad)
		}
	}
}

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Hosni  Mubārak": "hosni mubarak",
		"Gholam-reza":    "gholam reza",
		"CHUN_DOO_HWAN ": "chun doo hwan",
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOfficialsSurname(t *testing.T) {
	o, err := Parse("@AAA\taland\n@BBB\tborland\nann smith\tAAA\nbo lind\tAAA\ncy lind\tBBB\ndee lind\tAAA\n")
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
		code, ok := o.StateOfSurname(tc.name)
		if code != tc.code || ok != tc.ok {
			t.Errorf("StateOfSurname(%q) = %q, %v; want %q, %v", tc.name, code, ok, tc.code, tc.ok)
		}
	}
}
