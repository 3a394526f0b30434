package lemma

import (
	"cmp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/internal/udtest"
)

// tinyLemmaTrain has regular and irregular verbs, plural nouns and proper
// nouns.
func tinyLemmaTrain(t testing.TB) *Lemmatizer {
	t.Helper()
	l, err := Train(udtest.Lemmatized(t,
		"The/the/DET/DT leaders/leader/NOUN/NNS met/meet/VERB/VBD and/and/CCONJ/CC talked/talk/VERB/VBD ./././.",
		"Cats/cat/NOUN/NNS walked/walk/VERB/VBD past/past/ADP/IN dogs/dog/NOUN/NNS ./././.",
		"She/she/PRON/PRP sought/seek/VERB/VBD help/help/NOUN/NN and/and/CCONJ/CC jumped/jump/VERB/VBD ./././.",
		"He/he/PRON/PRP has/have/AUX/VBZ written/write/VERB/VBN books/book/NOUN/NNS ./././.",
		"It/it/PRON/PRP was/be/AUX/VBD taken/take/VERB/VBN by/by/ADP/IN Moscow/Moscow/PROPN/NNP ./././.",
		"They/they/PRON/PRP have/have/AUX/VBP met/meet/VERB/VBN Putin/Putin/PROPN/NNP ./././.",
		"Parties/party/NOUN/NNS visited/visit/VERB/VBD cities/city/NOUN/NNS ./././.",
		"Americans/American/PROPN/NNPS like/like/VERB/VBP cats/cat/NOUN/NNS ./././.",
		"Trump/Trump/PROPN/NNP was/be/AUX/VBD called/call/VERB/VBN ./././.",
		"She/she/PRON/PRP wrote/write/VERB/VBD and/and/CCONJ/CC took/take/VERB/VBD notes/note/NOUN/NNS ./././.",
	))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLemma(t *testing.T) {
	l := tinyLemmaTrain(t)
	checkLemmas(t, l, []lemmaCase{
		{"seen irregular", "met", "VERB", "VBD", "meet"},
		{"seen capitalised", "The", "DET", "DT", "the"},
		{"unseen regular past", "played", "VERB", "VBD", "play"},
		{"unseen plural", "towns", "NOUN", "NNS", "town"},
		{"unseen -ies plural", "ladies", "NOUN", "NNS", "lady"},
		{"capitalised common noun", "Towns", "NOUN", "NNS", "town"},
		{"proper noun keeps form", "Ushakov", "PROPN", "NNP", "Ushakov"},
		{"plural proper noun", "Senators", "PROPN", "NNPS", "Senator"},
		{"plural proper noun in -ies", "Cities", "PROPN", "NNPS", "City"},
		{"unknown tag keeps form", "foo", "X", "FOO", "foo"},
		{"no XPOS uses UPOS", "Trump", "PROPN", "", "Trump"},
	})
}

// lemmaCase is a word and the lemma it must get.
type lemmaCase struct{ name, form, upos, xpos, want string }

// checkLemmas holds l to the lemma of every case.
func checkLemmas(t *testing.T, l *Lemmatizer, cases []lemmaCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
				t.Errorf("Lemma(%q, %q, %q) = %q, want %q", tc.form, tc.upos, tc.xpos, got, tc.want)
			}
		})
	}
}

func TestLemmatize(t *testing.T) {
	l := tinyLemmaTrain(t)
	s := udtest.Lemmatized(t, "Leaders/_/NOUN/NNS walked/_/VERB/VBD ./_/./.")[0]
	l.Lemmatize(&s)
	var got []string
	for _, tok := range s.Tokens {
		got = append(got, tok.Lemma)
	}
	if g := strings.Join(got, " "); g != "leader walk ." {
		t.Errorf("lemmas %q, want %q", g, "leader walk .")
	}
}

func TestInflections(t *testing.T) {
	// the treebanks teach "shown"; the tiny training set, no participle
	checkInflections(t, tinyLemmaTrain(t), append(inflections, inflectionCase{"show", "showed", "showed", "w not doubled"}))
}

// inflections are the verb forms every lemmatizer must give, whatever it
// was trained on: regular spellings, and irregular verbs plain and
// prefixed, whether its training sentences show them or not.
var inflections = []inflectionCase{
	{"meet", "met", "met", "irregular from training"},
	{"seek", "sought", "sought", "irregular past only"},
	{"write", "wrote", "written", "irregular participle"},
	{"take", "took", "taken", "irregular participle take"},
	{"ban", "banned", "banned", "doubling monosyllable"},
	{"expel", "expelled", "expelled", "doubling stressed final"},
	{"visit", "visited", "visited", "no doubling unstressed"},
	{"offer", "offered", "offered", "no doubling offer"},
	{"try", "tried", "tried", "consonant y"},
	{"play", "played", "played", "vowel y"},
	{"hope", "hoped", "hoped", "final e"},
	{"", "", "", "empty"},
	// irregular verbs the training sentences never show, plain and
	// prefixed
	{"shoot", "shot", "shot", ""},
	{"swear", "swore", "sworn", ""},
	{"mislead", "misled", "misled", ""},
	{"withhold", "withheld", "withheld", ""},
	{"overrun", "overran", "overrun", ""},
	{"undergo", "underwent", "undergone", ""},
	{"relay", "relayed", "relayed", ""},
}

// inflectionCase is a verb lemma and the past tense and participle it
// must get; the test is named after the lemma unless name says otherwise.
type inflectionCase struct{ lemma, past, participle, name string }

// checkInflections holds l to the past tense and participle of every case.
func checkInflections(t *testing.T, l *Lemmatizer, cases []inflectionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(cmp.Or(tc.name, tc.lemma), func(t *testing.T) {
			if got := l.PastTense(tc.lemma); got != tc.past {
				t.Errorf("PastTense(%q) = %q, want %q", tc.lemma, got, tc.past)
			}
			if got := l.PastParticiple(tc.lemma); got != tc.participle {
				t.Errorf("PastParticiple(%q) = %q, want %q", tc.lemma, got, tc.participle)
			}
		})
	}
}

func TestTrainEmpty(t *testing.T) {
	if _, err := Train(nil); err == nil {
		t.Error("no error for empty training data")
	}
}

// TestInflectionsTreebank checks the verb forms the relation extractor
// relies on, and every lemmatizer's, with a lemmatizer trained on the
// treebanks.
func TestInflectionsTreebank(t *testing.T) {
	train := append(testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu"), testenv.Treebank(t, "en_gum/en_gum-ud-train.conllu")...)
	l, err := Train(train)
	if err != nil {
		t.Fatal(err)
	}
	checkInflections(t, l, append([]inflectionCase{
		{"be", "was", "been", ""},
		{"say", "said", "said", ""},
		{"sanction", "sanctioned", "sanctioned", ""},
		{"criticize", "criticized", "criticized", ""},
		{"accuse", "accused", "accused", ""},
		{"sign", "signed", "signed", ""},
		{"attack", "attacked", "attacked", ""},
		{"lead", "led", "led", ""},
	}, inflections...))
}

// TestSilentE: a suffix rule that cut a silent e is undone when the form
// shows no doubled consonant; real doubling and unstressed endings stay.
func TestSilentE(t *testing.T) {
	for _, tc := range []struct{ form, lemma, tag, want string }{
		{"framing", "fram", "VBG", "frame"},
		{"ruled", "rul", "VBD", "rule"},
		{"taped", "tap", "VBN", "tape"},
		{"stopping", "stop", "VBG", "stop"},
		{"tapped", "tap", "VBD", "tap"},
		{"visiting", "visit", "VBG", "visit"},
		{"hoping", "hope", "VBG", "hope"},
		{"fram", "fram", "NN", "fram"},
	} {
		if got := silentE(tc.form, tc.lemma, tc.tag); got != tc.want {
			t.Errorf("silentE(%q, %q, %q) = %q, want %q", tc.form, tc.lemma, tc.tag, got, tc.want)
		}
	}
}
