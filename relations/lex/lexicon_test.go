package lex

import (
	"strings"
	"testing"
)

func TestParseLexicon(t *testing.T) {
	lx, err := Parse(lexiconTxt)
	if err != nil {
		t.Fatalf("shipped lexicon: %v", err)
	}
	if nom := lx.Nominals["intervention"]; !nom.KeepPrep || !nom.In || nom.Verb != "intervene" {
		t.Errorf("intervention = %+v, want intervene, keep, in", nom)
	}
	if nom := lx.Nominals["debt"]; nom.Needs != "to" {
		t.Errorf("debt = %+v, want needs-to", nom)
	}
	if !lx.Nominals["support"].Qualifies || !lx.Commitment["vow"] || !lx.Light["pay"] || !lx.Light["impose"] {
		t.Error("shipped lexicon lost qualifies, commitment or light entries")
	}
	for _, tc := range []struct{ name, text, want string }{
		{"unknown flag", "[nominal]\nvisit visit sometimes\n", `lexicon.txt:2: unknown flag "sometimes"`},
		{"no verb", "[nominal]\nvisit\n", "lexicon.txt:2: want NOUN VERB"},
		{"needs nothing", "[nominal]\ndebt =owes-debt needs-\n", `lexicon.txt:2: unknown flag "needs-"`},
		{"no section", "visit\n", "lexicon.txt:1: entry outside a known section"},
		{"unknown section", "[verbs]\nmeet\n", "lexicon.txt:2: entry outside a known section"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestNominalTakes(t *testing.T) {
	lx, err := Parse("[nominal]\nclaim claim needs-to/on/over\nvisit visit\n")
	if err != nil {
		t.Fatal(err)
	}
	claim, visit := lx.Nominals["claim"], lx.Nominals["visit"]
	for prep, want := range map[string]bool{"to": true, "on": true, "over": true, "of": false, "": false} {
		if got := claim.Takes(prep); got != want {
			t.Errorf("claim.Takes(%q) = %v, want %v", prep, got, want)
		}
	}
	if !visit.Takes("to") || !visit.Takes("") {
		t.Error("a noun that needs nothing takes every preposition")
	}
}
