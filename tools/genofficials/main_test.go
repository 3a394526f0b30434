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
	if !strings.Contains(sb.String(), "\nhosni mubarak\tEGY\tpresident\t19811007-19820102\n") || !strings.Contains(sb.String(), "\n@FRA\tfrance|french\n") {
		t.Errorf("write: missing rows in\n%s", sb.String())
	}
}

// TestReadOffices checks the offices the dictionary gives its persons, by
// a titled synonym or the section they are listed in, with the dates of
// their roles in government.
func TestReadOffices(t *testing.T) {
	src := `NORLAND_  [NOR]
+NORLANDIC_
ANN_REED_
+NORLANDIC_PRIME_MINISTER_ANN_REED
	[NORELI 600101-880101]
	[NORGOV 880101-921231]
	[NORGOV >20150301]
# Presidents
TOM_HALE_
	[NORGOV 19990101-030630]
JO_LEE_
	[NORGOV 040101-081231]
KIM_ROE_
	[NORGOVBUS 050101-061231]
	[NORGOV 070101-091231]
DAN_POE_
	[NORGOV 100101-121231]
# Other
VIC_LUND_
+VICE_PRESIDENT_VIC_LUND
	[NORGOV 100101-121231]
`
	tab, err := read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"ann reed": "prime minister", // a synonym titles her, after the state's adjective
		"tom hale": "president",      // listed under the heading
		"jo lee":   "president",
		"kim roe":  "", // a role in a sector: a minister, and the list ends
		"dan poe":  "", // after its end
		"vic lund": "", // a vice president
	} {
		if got := tab.offices[name]; got != want {
			t.Errorf("offices[%q] = %q, want %q", name, got, want)
		}
	}
	if got := strings.Join(tab.spans["ann reed"], ","); got != "19880101-19921231,20150301-" {
		t.Errorf("spans[ann reed] = %q", got)
	}
}

func TestSpan(t *testing.T) {
	for in, want := range map[string]string{
		"970502-070627":   "19970502-20070627",
		">20090120":       "20090120-",
		"<850101":         "-19850101",
		">201005011":      "20100501-", // a digit too many
		"19160101-340101": "19160101-19340101",
		"971302-990101":   "", // no month 13
		"unknown-date":    "",
	} {
		got, _ := span(in)
		if got != want {
			t.Errorf("span(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitlesIn(t *testing.T) {
	titled := titledSightings{}
	titlesIn("Prime Minister Ann Reed met Vice President Tom Hale and former President Jo Lee. Norland's President Tom Hale spoke.", titled)
	if got := titled["ann reed"]["prime minister"]; got != 1 {
		t.Errorf("ann reed: %d sightings as prime minister, want 1", got)
	}
	if got := titled["tom hale"]["president"]; got != 1 {
		t.Errorf("tom hale: %d sightings as president, want 1 (not as vice president)", got)
	}
	if got := titled["jo lee"]["president"]; got != 0 {
		t.Errorf("jo lee: %d sightings as president, want none (a former one)", got)
	}
}

func TestOfficesIn(t *testing.T) {
	tab := &table{
		states:  map[string][]string{"CHL": {"chile", "chilean"}, "PER": {"peru", "peruvian"}, "KOR": {"south korea", "south korean"}},
		members: map[string]string{"pedro ruiz": "PER"},
	}
	forms := stateForms(tab)
	seen := sightings{}
	for _, text := range []string{
		"Chilean President Ana Soto said on Monday that talks would go on.",
		"Chile's President Ana Soto, who took office in March, met Peruvian Foreign Minister Pedro Ruiz.",
		"The visit of Chilean President Ana Soto was short.\nSouth Korean Prime Minister Kim Dae-ho spoke.",
		"Peruvian President Ana Soto\nof the committee", // a mistake of the writer: one sighting against three
		"Chilean President Ana Soto's plan; Chilean Vice President Luis de la Vega; President Tomas Ortiz spoke.",
		"Chilean President Ana Soto. Chilean President ANA SOTO.",
	} {
		officesIn(text, forms, seen)
	}
	want := map[string]map[string]int{
		"ana soto":        {"CHL": 5, "PER": 1},
		"pedro ruiz":      {"PER": 1},
		"kim dae ho":      {"KOR": 1},
		"luis de la vega": {"CHL": 1},
	}
	for person, codes := range want {
		for code, n := range codes {
			if got := seen[person][code]; got != n {
				t.Errorf("seen[%q][%q] = %d, want %d (all: %v)", person, code, got, n, seen)
			}
		}
	}
	if _, ok := seen["tomas ortiz"]; ok {
		t.Errorf("a title without its state counted: %v", seen["tomas ortiz"])
	}
	// five to one is under the share; kim dae ho and luis de la vega are
	// seen too seldom, pedro ruiz is known
	if added := addSightings(tab, seen); added != 0 {
		t.Errorf("addSightings added %d, members %v; want none", added, tab.members)
	}
	for range 4 {
		officesIn("Chilean President Ana Soto spoke.", forms, seen)
	}
	if added := addSightings(tab, seen); added != 1 || tab.members["ana soto"] != "CHL" {
		t.Errorf("addSightings added %d, members %v; want ana soto as CHL alone", added, tab.members)
	}
}
