package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestCode(t *testing.T) {
	for in, want := range map[string]string{"190": "190", "042:043": "042", ":173": "173", "0356": "035", "---": "", "": "", "1": ""} {
		if got := code(in); got != want {
			t.Errorf("code(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGenerate(t *testing.T) {
	cameo := `# The MIT License (MIT)
# Copyright (c) notice
####### VERB PATTERNS #######
---  STRIKE   [190]  ---
STRIKE {STRIKES STRUCK}
BOMBARD [195]
HOLD {HOLDS HELD} [---]
+TAKE_ON
- * RAID                                              [190]         # STAGE
- * TALKS                                             [046]         # HOLD
- * TALKS                                             [125]         # REJECT
- * PRESIDENT                                         [111]         # CONDEMN
######## TRANSFORMATIONS ##########
`
	lex := "[nominal]\nbombing bombard\n[light]\nstage\nhold\n"
	var b bytes.Buffer
	if err := Generate(&b, []byte(cameo), []byte(lex)); err != nil {
		t.Fatal(err)
	}
	var got []string
	for l := range strings.Lines(b.String()) {
		if !strings.HasPrefix(l, "# The") && strings.HasPrefix(l, "#") {
			continue
		}
		got = append(got, strings.TrimSpace(l))
	}
	want := []string{
		"# The MIT License (MIT)",
		"# The CAMEO dictionary's notice:",
		"verb bombard 195", "verb strike 190",
		"phrase condemn president 111", "phrase hold talks 046", "phrase reject talks 125", "phrase stage raid 190",
		"noun bombing 195", "noun raid 190", "noun talks 046",
		"verb hold light", "verb stage light",
	}
	// the notice line comes after the explanation line naming it
	if strings.Join(got, "\n") != strings.Join(reorder(want), "\n") {
		t.Errorf("Generate:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(reorder(want), "\n"))
	}
}

func reorder(w []string) []string { return append([]string{w[1], w[0]}, w[2:]...) }

// TestShippedTable re-runs the generator on the shared CAMEO dictionary and
// the lexicon and compares with the committed table.
func TestShippedTable(t *testing.T) {
	cameo, err := os.ReadFile("../../../shared/lexicons/petrarch2/CAMEO.2.0.txt")
	if os.IsNotExist(err) {
		t.Skip("no ../shared/lexicons beside the module")
	}
	if err != nil {
		t.Fatal(err)
	}
	lex, err := os.ReadFile("../../relations/lex/lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../cameo/classes.gen.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Generate(&b, cameo, lex); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Error("cameo/classes.gen.txt is stale: go run ./tools/gencameo -o cameo/classes.gen.txt")
	}
}

func TestNoVerbs(t *testing.T) {
	if err := Generate(&bytes.Buffer{}, []byte("nothing here\n"), nil); err == nil {
		t.Error("Generate on a file with no verb patterns succeeded")
	}
}
