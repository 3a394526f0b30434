package main

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	src := `# a comment
EGYPT_  [EGY]
+EGYPTIAN_
CAIRO_
	[EGYGOV]
HOSNI_MUBARAK_  # CountryInfo.txt
+MUBARAK_
+PRESIDENT_HOSNI_MUBARAK
+HUSNI_MUBARAK
	[EGYELI 460101-811007]
	[EGYGOV 811007-820102]
AYMAN_NOUR_
	[EGYOPP 050101-051231]
NABIL_ELARABY_
	[EGYELI]
AMR_MOUSSA_
	[EGYGOV 910101-010101]
	[IGOARBGOV 010101-110101]
FRANCE_  [FRA]
+FRENCH_
`
	tab, err := read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"hosni mubarak": "EGY", // the name
		"husni mubarak": "EGY", // a spelling
		"cairo":         "EGY", // an institution or place of the state's government
	}
	for name, code := range want {
		if got := tab.members[name]; got != code {
			t.Errorf("members[%q] = %q, want %q", name, got, code)
		}
	}
	for _, name := range []string{
		"mubarak",                 // one word: no one person
		"president hosni mubarak", // a title and a name
		"ayman nour",              // in opposition
		"nabil elaraby",           // never in government
		"amr moussa",              // roles in a state and an organisation
	} {
		if code, ok := tab.members[name]; ok {
			t.Errorf("members[%q] = %q, want none", name, code)
		}
	}
	if got := strings.Join(tab.states["EGY"], "|"); got != "egypt|egyptian" {
		t.Errorf("states[EGY] = %q", got)
	}
	var sb strings.Builder
	write(&sb, tab)
	if !strings.Contains(sb.String(), "\nhosni mubarak\tEGY\n") || !strings.Contains(sb.String(), "\n@FRA\tfrance|french\n") {
		t.Errorf("write: missing rows in\n%s", sb.String())
	}
}
