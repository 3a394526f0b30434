package entities

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// shipped returns the syntax model and a Finder with the shipped
// gazetteer and recogniser, loaded once for all tests.
var shipped = sync.OnceValues(func() (*syntax.Model, *Finder) {
	model, err := syntax.DefaultModel()
	if err != nil {
		panic(err)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	rec, err := ner.DefaultRecognizer()
	if err != nil {
		panic(err)
	}
	return model, NewFinder(gaz, rec)
})

// namedActors analyses text and returns the actors the article names, as
// "Name (Type)", sorted.
func namedActors(t *testing.T, text string) []string {
	t.Helper()
	model, finder := shipped()
	f := finder.Find(model.Analyze(text))
	var got []string
	for i, a := range f.Actors {
		if f.Named[i] {
			got = append(got, a.Name+" ("+a.Type.String()+")")
		}
	}
	slices.Sort(got)
	return got
}

// TestFindActors checks, on short texts written for it, the actors the
// finder gives for the shapes of names it must read: each listed actor
// must be found with its type, and each unwanted name must not be an
// actor's name.
func TestFindActors(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // "Name (Type)"
		unwant []string // names that must not be actors
	}{
		{"a name with its acronym after a hyphen",
			"Chile's state-owned <Banco Comercial Del Pacifico-BCP> said it would buy a bank. BCP said the talks went well.",
			[]string{"Banco Comercial Del Pacifico (Organization)", "Chile (Country)"}, []string{"BCP", "Banco Comercial Del Pacifico-BCP"}},
		{"dateline is the capital's state",
			"PARIS (Reuters) - Prices rose in France on Monday, officials said.",
			[]string{"France (Country)"}, []string{"PARIS"}},
		{"dateline of two words before a dash",
			"NEW DELHI - Farmers marched on the capital, and India's government listened.",
			[]string{"India (Country)"}, []string{"NEW DELHI-Farmers", "Farmers"}},
		{"dateline then a name",
			"BUENOS AIRES - Pope Francis Bergoglio spoke to crowds on Sunday.",
			[]string{"Argentina (Country)"}, []string{"BUENOS AIRES-Pope Francis Bergoglio"}},
		{"dateline with a date",
			"OSLO, June 9 - The central bank raised rates, the bank said.",
			[]string{"Norway (Country)"}, []string{"OSLO"}},
		{"headline in capitals keeps known names",
			"PERU BLAMES U.S. FOR MINING TALKS FAILURE\n\nThe talks failed.",
			[]string{"Peru (Country)", "United States (Country)"}, []string{"U.S. FOR MINING"}},
		{"title's office is not the name",
			"Secretary of State Maria Delgado flew to Lima, and Chancellor of the Exchequer Oliver Grant stayed home.",
			[]string{"Maria Delgado (Person)", "Oliver Grant (Person)"}, []string{"State Maria Delgado", "Exchequer Oliver Grant"}},
		{"lawmaker's state is a place of its own",
			"Senator Paul Whitmore of Ohio and Senate Republican Laura Benning voted against the bill.",
			[]string{"Paul Whitmore (Person)", "Ohio (Location)", "Laura Benning (Person)"}, []string{"Paul Whitmore of Ohio", "Senate Republican Laura Benning"}},
		{"family name that is a common word",
			"Ruth Ames of Iowa and Anna Price of Idaho signed the compact.",
			[]string{"Ruth Ames (Person)", "Iowa (Location)", "Anna Price (Person)", "Idaho (Location)"}, []string{"Anna"}},
		{"family name written first joins the full name",
			"Premier Li Qiang arrived in Canberra. Li later praised the trade deal.",
			[]string{"Li Qiang (Person)"}, []string{"Li"}},
		{"first name alone joins the full name",
			"Melania Trump toured the museum. Melania later thanked the staff.",
			[]string{"Melania Trump (Person)"}, []string{"Melania"}},
		{"generational suffix keeps two people apart",
			"Donald Trump Jr. met donors while Donald Trump spoke. Trump Jr. left early.",
			[]string{"Donald Trump Jr. (Person)", "Donald Trump (Person)"}, []string{"Trump Jr."}},
		{"people of a state are no actor of their own",
			"The Russians shelled the city while Ukraine's army held the line.",
			nil, []string{"Russians"}},
		{"company named by its first word",
			"Halvorsen Shipping Group lost a contract. Halvorsen blamed the weather.",
			nil, []string{"Halvorsen"}},
		{"company designator makes an organisation",
			"Brandt Kessler AG sued the regulator.",
			[]string{"Brandt Kessler AG (Organization)"}, nil},
		{"state institution named by common nouns",
			"Russia's foreign ministry summoned the ambassador. The foreign ministry said the talks had failed.",
			[]string{"Russia (Country)", "Russia Foreign Ministry (Organization)"}, []string{"Foreign Ministry", "foreign ministry"}},
		{"institution's noun used as a modifier is no institution",
			"Analysts doubted that Chinese military drills would stop soon.",
			nil, []string{"China Military", "Chinese Military"}},
		{"institution's name cut by the recogniser",
			"Inspectors of the Coastal Fisheries Licensing Department met the delegation.",
			[]string{"Coastal Fisheries Licensing Department (Organization)"}, []string{"Licensing Department"}},
		{"bank named in another language",
			"Banco Valdemar Oriental raised its lending rate, a spokesman said.",
			[]string{"Banco Valdemar Oriental (Organization)"}, nil},
		{"White House is an organisation",
			"The White House rejected the claim.",
			[]string{"White House (Organization)"}, []string{"United States"}},
		{"names in brackets, tickers alone",
			"<Halvorsen Shipping Group> <HSGX.OL> of Norway said it sold its stake.",
			[]string{"Halvorsen Shipping Group (Organization)", "Norway (Country)"}, []string{"HSGX.OL", "<Halvorsen Shipping Group>", "Halvorsen Shipping Group> of Norway"}},
		{"second name after a naming phrase is the same person",
			"The rebel commander Ahmed Karim, also known as Abu Hamza, refused the truce. Karim spoke from a hideout.",
			[]string{"Ahmed Karim (Person)"}, []string{"Abu Hamza", "Karim"}},
		{"bracketed gloss names the group",
			"A spokesman said the Shabab (Hezbollah) units stayed near the border.",
			[]string{"Hezbollah (Organization)"}, []string{"Shabab"}},
		{"bracketed place is no gloss",
			"Delegates from Springfield (Illinois) arrived late.",
			[]string{"Springfield (Location)", "Illinois (Location)"}, nil},
		{"digit typed for the capital it looks like",
			"A former officer who worked for MI6 was arrested in Riga. He had made contact with M16 in 1990, and MI6 later moved him to Britain.",
			[]string{"MI6 (Organization)"}, []string{"M16"}},
		{"prison with and without its prefix",
			"The envoy visited HMP Wandsworth on Friday. Reporters waited outside Wandsworth for hours.",
			[]string{"HMP Wandsworth (Location)"}, []string{"Wandsworth"}},
		{"title cut short is no institution",
			"Nigeria's Chief of Army Staff General Tunde Okafor said the bases would be guarded.",
			[]string{"Tunde Okafor (Person)", "Nigeria (Country)"}, []string{"Chief of Army", "Chief of Army Staff"}},
		{"a regime's followers are its state",
			"The museum shows how Nazi Germany occupied the town in 1940. The Nazis took the bridge first.",
			[]string{"Germany (Country)"}, []string{"Nazis"}},
		{"two chambers joined by and are two bodies",
			"Budget fight looms\n\nThe House and Senate will vote on the budget next week, and the White House said it would veto it.",
			[]string{"House (Organization)", "Senate (Organization)"}, []string{"House and Senate"}},
		{"a chamber of several words and another are two bodies",
			"The House of Representatives and Senate will vote on the bill.",
			[]string{"House of Representatives (Organization)", "Senate (Organization)"}, []string{"House of Representatives and Senate"}},
		{"Jerusalem is a city of its own",
			"Talks resume\n\nThe envoy flew to Jerusalem on Monday, and Israel said it welcomed the visit.",
			[]string{"Jerusalem (Location)", "Israel (Country)"}, nil},
		{"U.S without its last period is the United States",
			"Minister returns\n\nThe minister said U.S officials disliked the plan, and he later left for Paris.",
			[]string{"United States (Country)"}, []string{"U.S"}},
		{"headline in capitals",
			"STEEL TALKS COLLAPSE IN BRUSSELS AFTER LONG NIGHT\n\nTalks between the two firms ended without a deal.",
			nil, []string{"STEEL TALKS COLLAPSE", "LONG NIGHT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := namedActors(t, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; got %s", w, strings.Join(got, ", "))
				}
			}
			for _, u := range tt.unwant {
				for _, g := range got {
					if strings.HasPrefix(g, u+" (") {
						t.Errorf("unwanted actor %s; got %s", g, strings.Join(got, ", "))
					}
				}
			}
		})
	}
}

// TestNamePairIsNoName checks that two surnames joined by a hyphen name
// no actor and join neither person to the other.
func TestNamePairIsNoName(t *testing.T) {
	model, finder := shipped()
	text := "President Ortega said the republic would offer a draft treaty at talks in Geneva tomorrow.\n\n" +
		"Welcoming Northern leader Hanna Berger's offer on Saturday, Ortega said the obstacle was gone.\n\n" +
		"He said the draft followed the formula he agreed upon with Berger at their summit last October.\n\n" +
		"He said Berger's new offer was consistent with the position at the earlier Ortega-Berger summit in Geneva in 1985."
	f := finder.Find(model.Analyze(text))
	var got []string
	for _, a := range f.Actors {
		got = append(got, a.Name+" ["+strings.Join(a.Aliases, "|")+"]")
	}
	slices.Sort(got)
	want := []string{"Geneva []", "Hanna Berger [Berger]", "Ortega []"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRetypeBodyNoun checks that a name ending in a body's noun is an
// organisation whatever type the recogniser gave it, and that a place's
// name ending in a noun that places share stays a place.
func TestRetypeBodyNoun(t *testing.T) {
	tests := []struct {
		words []string
		typ   graph.ActorType
		want  graph.ActorType
	}{
		{[]string{"Federal", "Grain", "Marketing", "Board"}, graph.Location, graph.Organization},
		{[]string{"Northern", "Water", "Authority"}, graph.Location, graph.Organization},
		{[]string{"Left", "Bank"}, graph.Location, graph.Location},
		{[]string{"Harbour", "Trade", "Center"}, graph.Location, graph.Location},
		{[]string{"Lake", "Ontario"}, graph.Location, graph.Location},
	}
	for _, tt := range tests {
		toks := make([]ud.Token, len(tt.words))
		for i, w := range tt.words {
			toks[i] = ud.Token{Form: w, UPOS: "PROPN"}
		}
		if got := retype(toks, tt.typ); got != tt.want {
			t.Errorf("retype(%q, %v) = %v, want %v", tt.words, tt.typ, got, tt.want)
		}
	}
}

// TestDatelineIsNoGloss checks that the place of a dateline is no other
// name of the agency in brackets after it.
func TestDatelineIsNoGloss(t *testing.T) {
	model, finder := shipped()
	for _, text := range []string{
		"TALLINN/NARVA (Reuters) - Grain prices rose on Monday, traders in both towns said.",
	} {
		f := finder.Find(model.Analyze(text))
		for _, a := range f.Actors {
			if a.Name == "Reuters" && len(a.Aliases) > 0 {
				t.Errorf("%s: Reuters has aliases %q", text, a.Aliases)
			}
		}
	}
}
