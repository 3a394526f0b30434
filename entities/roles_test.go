package entities

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestDefaultRolesParse(t *testing.T) {
	r, err := ParseRoles(rolesTxt, titlesTxt)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.readParties(partiesTxt); err != nil {
		t.Fatal(err)
	}
}

func TestParty(t *testing.T) {
	r := DefaultRoles()
	for _, tt := range []struct {
		words []string
		want  string
	}{
		{[]string{"Republican"}, "Republican Party"},
		{[]string{"Tories"}, "Conservative Party"},
		{[]string{"Liberal", "Democrat"}, "Liberal Democrats"},
		{[]string{"democratic"}, ""}, // not capitalised: an ordinary adjective
		{[]string{"Senator"}, ""},
	} {
		if got := r.Party(tt.words...); got != tt.want {
			t.Errorf("Party(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
	if !r.PartyWord("Republicans", "Republican Party") || !r.PartyWord("republican party", "Republican Party") {
		t.Error("PartyWord misses a form of the Republican Party")
	}
	if r.PartyWord("Democrats", "Republican Party") {
		t.Error("PartyWord: Democrats are Republicans")
	}
	if got := r.PartyCountry("Democratic Party"); got != "United States" {
		t.Errorf("PartyCountry(Democratic Party) = %q, want United States", got)
	}
	if got := r.PartyCountry("Labour Party"); got != "" {
		t.Errorf("PartyCountry(Labour Party) = %q, want none", got)
	}
	if r.IsParty("United States") || r.Party("Republican", "Party", "@") != "" {
		t.Error("a party's country line reads as a party word")
	}
}

func TestRolesPhrase(t *testing.T) {
	r := DefaultRoles()
	tests := []struct {
		name  string
		words []string
		noun  string // "" when no role
	}{
		{"one word", []string{"President"}, "president"},
		{"variant", []string{"advisor"}, "adviser"},
		{"plural", []string{"ministers"}, "minister"},
		{"plural in -ies", []string{"secretaries"}, "secretary"},
		{"two words", []string{"Prime", "Minister"}, "prime-minister"},
		{"hyphenated token", []string{"vice-president"}, "vice-president"},
		{"split hyphen", []string{"vice", "-", "president"}, "vice-president"},
		{"with preposition", []string{"Secretary", "of", "State"}, "secretary-of-state"},
		{"apostrophe", []string{"Charge", "d'Affaires"}, "charge-d-affaires"},
		{"no role", []string{"farmer"}, ""},
		{"kin", []string{"son", "-", "in", "-", "law"}, "son-in-law"},
		{"not a plural", []string{"bus"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			role, ok := r.Phrase(tt.words...)
			if ok != (tt.noun != "") || role.Noun != tt.noun {
				t.Errorf("Phrase(%q) = %q, %v; want %q", tt.words, role.Noun, ok, tt.noun)
			}
		})
	}
}

func TestRoleKin(t *testing.T) {
	r := DefaultRoles()
	if got := r.Role("Son"); got != "" {
		t.Errorf("Role(Son) = %q: a family word is no title", got)
	}
	role, ok := r.Phrase("wife")
	if p, owned := role.OwnerPrep(graph.Person); !ok || !owned || p != "of" {
		t.Errorf("wife: %v, %q, %v; want a person's, of", ok, p, owned)
	}
}

func TestRoleOwnerPrep(t *testing.T) {
	r := DefaultRoles()
	tests := []struct {
		role  string
		owner graph.ActorType
		want  string // "" when the owner cannot own the role
	}{
		{"president", graph.Country, "of"},
		{"aide", graph.Person, "to"},
		{"aide", graph.Country, "to"}, // "a Kremlin aide" is an aide to Russia, as advisers are
		{"ambassador", graph.Organization, "to"},
		{"ambassador", graph.Country, "of"},
		{"spokesman", graph.Country, "for"},
		{"spokesman", graph.Person, "for"},
		{"ambassador", graph.Person, ""},
		{"secretary", graph.Person, "of"},
		{"lawyer", graph.Country, ""},
		{"lawyer", graph.Person, "for"},
	}
	for _, tt := range tests {
		role, ok := r.Phrase(tt.role)
		if !ok {
			t.Fatalf("%s: not a role", tt.role)
		}
		got, ok := role.OwnerPrep(tt.owner)
		if ok != (tt.want != "") || ok && got != tt.want {
			t.Errorf("%s, owner %v: got %q, %v; want %q", tt.role, tt.owner, got, ok, tt.want)
		}
	}
}

func TestParseRolesErrors(t *testing.T) {
	for _, bad := range []string{
		"aide @Person",           // no preposition
		"aide @Thing:to",         // no such type
		"aide\naide",             // twice
		"aide =helper assistant", // word after the fields
	} {
		if _, err := ParseRoles(bad, ""); err == nil {
			t.Errorf("ParseRoles(%q): no error", bad)
		}
	}
}

func TestInPhrasePlurals(t *testing.T) {
	r, err := ParseRoles("deputy\nsecretary\n", "")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{
		"secretaries": true, "deputies": true, "secretary": true, "Deputy": true,
		"deput":    false, // "deputy" less its "y" is no plural
		"secretar": false,
	} {
		if got := r.InPhrase(w); got != want {
			t.Errorf("InPhrase(%q) = %v, want %v", w, got, want)
		}
	}
}

// AppendPhraseKey must give PhraseKey's key byte for byte: the party
// lookups use it in PhraseKey's place.
func TestAppendPhraseKey(t *testing.T) {
	for _, tt := range []struct {
		name  string
		words []string
	}{
		{"lower word", []string{"minister"}},
		{"capitalised word", []string{"Senator"}},
		{"hyphenated", []string{"Vice-President"}},
		{"spaced hyphen", []string{"vice", "-", "president"}},
		{"two words", []string{"Liberal", "Democrat"}},
		{"empty", nil},
		{"empty word", []string{""}},
		{"only hyphens", []string{"--", "-"}},
		{"leading and trailing breaks", []string{" -Prime  Minister- ", "\tAide\n"}},
		{"carriage return kept whole", []string{"A\rB"}},
		{"carriage return cut", []string{"A\rB", "C"}},
		{"no-break space kept whole", []string{"Über\u00a0Chef"}},
		{"no-break space cut", []string{"Über\u00a0Chef-x", "Ä"}},
		{"non-ascii", []string{"ÉLYSÉE", "Straße"}},
		{"dotted capital I", []string{"İstanbul"}},
		{"invalid utf-8", []string{"A\xffB", "\xc3"}},
		{"invalid utf-8 kept whole", []string{"a\xffb"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want := PhraseKey(tt.words...)
			if got := string(AppendPhraseKey([]byte("x"), tt.words...)); got != "x"+want {
				t.Errorf("AppendPhraseKey(%q) = %q, want %q", tt.words, got[1:], want)
			}
		})
	}
}

func FuzzAppendPhraseKey(f *testing.F) {
	f.Add("Vice-President", "of the  U.S.", false)
	f.Add("A\rB", "", true)
	f.Add("\xffÄ\u00a0-", "x", false)
	f.Fuzz(func(t *testing.T, a, b string, one bool) {
		words := []string{a, b}
		if one {
			words = words[:1]
		}
		if got, want := string(AppendPhraseKey(nil, words...)), PhraseKey(words...); got != want {
			t.Errorf("AppendPhraseKey(%q) = %q, PhraseKey = %q", words, got, want)
		}
	})
}

// LookupBytes must find what Lookup's rules find (a key, its "-ies" plural
// as "-y", its "-s" plural) and give the buffer back unchanged.
func TestLookupBytes(t *testing.T) {
	r, err := ParseRoles("secretary\nminister\nprime minister\ny\n", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		key  string
		want string // the role's noun, "" for none
	}{
		{"secretary", "secretary"},
		{"secretaries", "secretary"},
		{"ministers", "minister"},
		{"prime ministers", "prime-minister"},
		{"ies", "y"},
		{"s", ""},
		{"", ""},
		{"envoys", ""},
	} {
		buf := []byte(tt.key)
		role, ok := r.LookupBytes(buf)
		if got := role.Noun; got != tt.want || ok != (tt.want != "") {
			t.Errorf("LookupBytes(%q) = %q, %v, want %q", tt.key, got, ok, tt.want)
		}
		if string(buf) != tt.key {
			t.Errorf("LookupBytes(%q) left the buffer as %q", tt.key, buf)
		}
		if role2, ok2 := r.Lookup(tt.key); role2.Noun != role.Noun || ok2 != ok {
			t.Errorf("Lookup(%q) = %q, %v; LookupBytes gives %q, %v", tt.key, role2.Noun, ok2, role.Noun, ok)
		}
	}
}
