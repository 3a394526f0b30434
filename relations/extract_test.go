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
