package relations

import "testing"

// A works-for relation's subject must be named as a person can be.
func TestStaffNamed(t *testing.T) {
	for name, want := range map[string]bool{
		"Ann Reed":        true,
		"Tunde Adeyemi":   true,
		"Capital Markets": false,
		"Velmar Trucks":   false,
		"Vardy":           false,
		"Vell Bank":       false,
		"Orlen Corp":      false,
	} {
		if got := staffNamed(name); got != want {
			t.Errorf("staffNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestGerundLemma(t *testing.T) {
	for w, want := range map[string]string{
		"deceiving": "deceive", "meeting": "meet", "stopping": "stop",
		"negotiating": "negotiate", "misleading": "mislead", "helping": "help",
		"attacking": "attack", "praising": "praise", "accusing": "accuse",
		"making": "make", "blaming": "blame", "visiting": "visit",
		"opening": "open", "offering": "offer", "changing": "change",
		"criticizing": "criticize", "killing": "kill", "defeating": "defeat",
		"firing": "fire", "pressuring": "pressure", "seizing": "seize",
		"using": "use", "discussing": "discuss", "excluding": "exclude", "mediating": "mediate",
	} {
		if got := gerundLemma(w); got != want {
			t.Errorf("gerundLemma(%q) = %q, want %q", w, got, want)
		}
	}
}
