package names

import "testing"

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zelenskyy", "zelenskyy"},
		{"Türkiye", "turkiye"},
		{"Bashar  al-Assad", "bashar al assad"},
		{"Russia’s", "russia's"},
		{"Ahmad al‐Sharaa", "ahmad al sharaa"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskyy", true},
		{"zelenskiy", "zelenskyy", true},
		{"assad", "assad", true},
		{"putin", "pudin", false}, // too short to risk
		{"johnson", "jackson", false},
		{"trump", "truss", false},
		{"netanyahu", "netanyahou", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := SpellingVariants(tt.a, tt.b); got != tt.want {
				t.Errorf("SpellingVariants(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSurnameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"al-Assad", "assad"},
		{"Assad", "assad"},
		{"el-Sisi", "sisi"},
		{"Al", "al"},
		{"Zelenskyy", "zelenskyy"},
	}
	for _, tt := range tests {
		if got := SurnameKey(tt.in); got != tt.want {
			t.Errorf("SurnameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAcronym(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"North", "Atlantic", "Treaty", "Organization"}, "NATO"},
		{[]string{"National", "Security", "and", "Defense", "Council"}, "NSDC"},
		{[]string{"Putin"}, ""},
	}
	for _, tt := range tests {
		if got := Acronym(tt.words); got != tt.want {
			t.Errorf("Acronym(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
	for w, want := range map[string]bool{"NATO": true, "U.N.": true, "Nato": false, "A": false} {
		if got := IsAcronym(w); got != want {
			t.Errorf("IsAcronym(%q) = %v", w, got)
		}
	}
}
