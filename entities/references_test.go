package entities

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// TestResolveReferences runs the finder on short texts and checks what
// one word of the last sentence refers to: an actor (want), a group of
// actors (group), or nothing (both empty).
func TestResolveReferences(t *testing.T) {
	model := testenv.Must(t, syntax.DefaultModel)
	finder := NewFinder(testenv.Must(t, gazetteer.Default), testenv.Must(t, ner.DefaultRecognizer))
	tests := []struct {
		name, text, word string
		want             string
		group            []string
	}{
		{"she skips a man", "Margaret Okafor welcomed Pedro Alvarez. She later praised Ghana.", "She", "Margaret Okafor", nil},
		{"he skips a woman", "Pedro Alvarez welcomed Margaret Okafor. He later praised Ghana.", "He", "Pedro Alvarez", nil},
		{"not a co-argument", "Pedro Alvarez met Tom Baker in Lima. Alvarez thanked him.", "him", "Tom Baker", nil},
		{"its bound by its clause's subject", "Ghana hosted a summit in May, and Nigeria then sent its troops to Mali.", "its", "Nigeria", nil},
		{"his bound by its clause's subject", "Ann Reed opened the talks, and Tom Hale later withdrew his proposal.", "his", "Tom Hale", nil},
		{"its of an infinitive bound by the object that controls it", "Norway urged Chile to close its embassy in Lima.", "its", "Chile", nil},
		{"its of an infinitive bound by the subject without an object", "Norway agreed on Monday to close its embassy in Lima.", "its", "Norway", nil},
		{"its of an infinitive bound by the phrase an appeal is made to", "Norway appealed to Chile to close its embassy in Lima.", "its", "Chile", nil},
		{"its of an infinitive of purpose after a trip is the traveller's", "Norway flew to Chile on Monday to sign its accord with Peru.", "its", "Norway", nil},
		{"its in the phrase of a reason is the object's", "Canada thanked Germany for its support.", "its", "Germany", nil},
		{"its in a reason phrase with no object is the subject's", "Canada apologized to Germany for its remarks.", "its", "Canada", nil},
		{"it after a thing in the clause before", "The Senate approved a trade bill, but it was blocked by President Barack Obama.", "it", "", nil},
		{"it as a subject after a thing", "Kenya signed the accord, and it then criticized Sudan.", "it", "Kenya", nil},
		{"he continues the center of the sentence before", "Pedro Alvarez said the talks went well. He added that he hoped Tom Baker would visit Lima. On Monday, Maria Gomez criticized Baker over a speech. He later told Gomez to stay out of the dispute.", "He", "Tom Baker", nil},
		{"its after a conjunct", "Britain condemned Iran and its missile tests.", "its", "Iran", nil},
		{"description by its demonym", "Norway criticized Sweden on Friday. The Danish state then protested.", "state", "Denmark", nil},
		{"role description", "Chinese President Xi Jinping met Brazilian President Lula da Silva. The Chinese leader later praised Brazil.", "leader", "Xi Jinping", nil},
		{"party noun", "Senator Ann Reed spoke to reporters on Monday. The Republican criticized Mexico on Tuesday.", "Republican", "Ann Reed", nil},
		{"party noun by party", "Senator Paul Stone, a Republican, met Ann Reed, a Democrat, on Monday. The Republican criticized Cuba on Tuesday.", "Republican", "Paul Stone", nil},
		{"party noun by state", "Governor Ann Reed of Utah met Senator Tom Hale of Ohio. The Utah Republican criticized Peru on Tuesday.", "Republican", "Ann Reed", nil},
		{"party noun in apposition", "Senator Tom Hale of Ohio, the top Democrat on the panel, criticized Peru.", "Democrat", "Democratic Party", nil},
		{"role with an unknown party", "President Tom Hale arrived in Lima on Monday. The Republican president criticized Cuba on Tuesday.", "president", "Tom Hale", nil},
		{"a clause's subject after a comma is no apposition", "Praising Foreign Minister Ana Ruiz, the prime minister said the talks went well. The prime minister later criticized Chile.", "minister", "", nil},
		{"a ruling party's general secretary leads", "Chinese President Li Wei met Vietnam's General Secretary Tran Van Minh on Monday. The Vietnamese leader later praised Laos.", "leader", "Tran Van Minh", nil},
		{"description seated in a state", "Canada hosted a summit with Ghana on Monday. The government in Peru later praised Chile.", "government", "Peru", nil},
		{"description by the stem of a state named before", "Chile sent an envoy to South Korea on Monday. The Korean government later praised Peru.", "government", "South Korea", nil},
		{"institution description", "The European Investment Bank criticized Moldova. The bank later praised Georgia.", "bank", "European Investment Bank", nil},
		{"role description of an untitled person before it", "Abbas Karimi flew to Oslo on Sunday. Iran's foreign minister met Norway's king on Monday.", "minister", "Abbas Karimi", nil},
		{"role description of a person in its own sentence", "Abbas Karimi flew to Oslo on Sunday. It was Ana Ruiz who expelled Chile's ambassador.", "ambassador", "", nil},
		{"role description with two untitled persons before it", "Abbas Karimi met Ana Ruiz on Sunday. Iran's foreign minister praised Norway on Monday.", "minister", "", nil},
		{"role description when another holds the role", "Foreign Minister Tom Hale arrived on Monday. Ana Ruiz met reporters. The Chilean foreign minister criticized Peru.", "minister", "", nil},
		{"they after a coordination", "Emmanuel Macron and Olaf Scholz visited Kyiv on Monday. They later criticized Russia.", "They", "", []string{"Emmanuel Macron", "Olaf Scholz"}},
		{"the two countries", "Talks between Kenya and Ethiopia made progress on Friday. The two countries later criticized Sudan.", "countries", "", []string{"Kenya", "Ethiopia"}},
		{"they after a plural noun", "Peru and Chile hosted a summit. Officials said they praised Bolivia.", "they", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := model.Analyze(tt.text)
			f := finder.Find(sents)
			si := len(sents) - 1
			ti := slices.IndexFunc(sents[si].Tokens, func(tk ud.Token) bool { return tk.Form == tt.word })
			if ti < 0 {
				t.Fatalf("no %q in the last sentence of %q", tt.word, tt.text)
			}
			var group []string
			for _, a := range f.Members(si, ti) {
				group = append(group, f.Actors[a].Name)
			}
			got := ""
			if sp, ok := f.At(si, ti); ok {
				got = f.Actors[sp.Actor].Name
			}
			if got != tt.want || !slices.Equal(group, tt.group) {
				t.Errorf("%q refers to %q, group %q; want %q, group %q", tt.word, got, group, tt.want, tt.group)
			}
		})
	}
}

// TestRoleDescriptionBeforeName checks that a role description with an
// owner refers to the person the next sentence introduces, untitled, as
// its subject ("Chile's foreign minister arrived ... Ana Ruiz told"), and
// to no one when that sentence introduces two.
func TestRoleDescriptionBeforeName(t *testing.T) {
	model := testenv.Must(t, syntax.DefaultModel)
	finder := NewFinder(testenv.Must(t, gazetteer.Default), testenv.Must(t, ner.DefaultRecognizer))
	tests := []struct{ text, want string }{
		{"Chile's foreign minister arrived in Lima on Monday. Ana Ruiz told reporters that Peru had agreed.", "Ana Ruiz"},
		{"Chile's foreign minister arrived in Lima on Monday. Ana Ruiz and Tom Hale told reporters that Peru had agreed.", ""},
		{"Chile's foreign minister arrived in Lima on Monday. Reporters asked Ana Ruiz about Peru.", ""},
	}
	for _, tt := range tests {
		sents := model.Analyze(tt.text)
		f := finder.Find(sents)
		ti := slices.IndexFunc(sents[0].Tokens, func(tk ud.Token) bool { return tk.Form == "minister" })
		if ti < 0 {
			t.Fatalf("no minister in the first sentence of %q", tt.text)
		}
		got := ""
		if sp, ok := f.At(0, ti); ok {
			got = f.Actors[sp.Actor].Name
		}
		if got != tt.want {
			t.Errorf("%q: the minister is %q, want %q", tt.text, got, tt.want)
		}
	}
}
