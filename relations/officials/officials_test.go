package officials

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/dates"
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

// TestHeldOn checks that an office is held on the days of its holder's
// spans alone, by full name, a shortened name or a surname that one
// holder of those days bore.
func TestHeldOn(t *testing.T) {
	o, err := Parse("@AAA\tnorland\n" +
		"ann reed\tAAA\tprime minister\t19900101-19941231\n" +
		"jon k. hale\tAAA\tpresident\t19800301-19881231\n" +
		"tom hale\tAAA\tpresident\t19950101-\n" +
		"tom lee\tAAA\n")
	if err != nil {
		t.Fatal(err)
	}
	day := func(y, m, d int) []dates.Date { return []dates.Date{{Year: y, Month: m, Day: d}} }
	for _, c := range []struct {
		name, office string
		days         []dates.Date
		ok           bool
	}{
		{"Ann Reed", "prime minister", day(1992, 5, 1), true},
		{"Reed", "prime minister", day(1992, 0, 0), true},                                  // a surname; a year
		{"Ann Reed", "prime minister", day(1995, 1, 2), false},                             // after her days
		{"Ann Reed", "president", day(1992, 5, 1), false},                                  // another office
		{"Ann Reed", "prime minister", nil, false},                                         // an undated article
		{"Hale", "president", day(1985, 0, 0), true},                                       // the one Hale of 1985
		{"Hale", "president", day(2001, 0, 0), true},                                       // an open end
		{"Jon Hale", "president", day(1980, 2, 0), false},                                  // a month before his days
		{"Tom Lee", "president", day(1980, 5, 0), false},                                   // no office
		{"Ann Reed", "prime minister", append(day(1991, 0, 0), day(1999, 0, 0)...), false}, // one date out
	} {
		if _, ok := o.HeldOn(c.name, c.office, c.days); ok != c.ok {
			t.Errorf("HeldOn(%q, %q, %v) = %v, want %v", c.name, c.office, c.days, ok, c.ok)
		}
	}
	if _, err := Parse("ann reed\tAAA\tprime minister\n"); err == nil {
		t.Error("a holder without dates parsed")
	}
}

func TestHolderSurname(t *testing.T) {
	table, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{"Putin": true, "Thatcher": true, "Jr": false, "Administration": false, "Reed": false} {
		if got := table.HolderSurname(word); got != want {
			t.Errorf("HolderSurname(%q) = %v, want %v", word, got, want)
		}
	}
}
