package memgraphtest

import "github.com/actorgraph/actorgraph/graph"

// Sample returns the graph of the two seed articles as the gold annotations
// read them (eval/gold): 28 actors and 50 relations, encoded as quads and
// decoded again as the commands would read them.
func Sample() *graph.Dataset {
	m, err := graph.NewMinter(Base)
	if err != nil {
		panic(err) // Base is a constant, valid IRI
	}
	return graph.Decode(graph.Encode(m, sampleArticles()))
}

func sampleArticles() []graph.Article {
	type rel struct{ s, p, o, evidence string }
	type art struct {
		id     string
		actors []graph.Actor
		rels   []rel
	}
	arts := []art{
		{id: "45a07afaa7942041", actors: []graph.Actor{
			{Name: "Yuri Ushakov", Type: graph.Person, Aliases: []string{"Ushakov"}},
			{Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin", "Russian President Vladimir Putin"}},
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Donald J. Trump", "President Trump", "Trump", "U.S. President Donald Trump"}},
			{Name: "Volodymyr Zelenskyy", Type: graph.Person, Aliases: []string{"Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskiy", "Zelensky", "Zelenskyy"}},
			{Name: "Russia", Type: graph.Country, Aliases: []string{"Kremlin", "Moscow", "Russian Federation", "the Kremlin"}},
			{Name: "United States", Type: graph.Country, Aliases: []string{"America", "U.S.", "US", "USA", "United States of America", "Washington", "the United States"}},
			{Name: "Ukraine", Type: graph.Country, Aliases: []string{"Kiev", "Kyiv"}},
			{Name: "NATO", Type: graph.Organization, Aliases: []string{"North Atlantic Treaty Organization"}},
			{Name: "UN General Assembly", Type: graph.Organization, Aliases: []string{"General Assembly", "UNGA", "United Nations General Assembly", "the General Assembly"}},
			{Name: "Crimea", Type: graph.Location, Aliases: []string{}},
		}, rels: []rel{
			{"Yuri Ushakov", "aide-to", "Vladimir Putin", "Yuri Ushakov, a senior aide to Russian President Vladimir Putin"},
			{"Vladimir Putin", "president-of", "Russia", "Russian President Vladimir Putin"},
			{"Donald Trump", "president-of", "United States", "U.S. President Donald Trump"},
			{"Volodymyr Zelenskyy", "president-of", "Ukraine", "Ukrainian President Volodymyr Zelenskyy"},
			{"Donald Trump", "met", "Volodymyr Zelenskyy", "Trump's meetings, including a notable discussion with Ukrainian President Volodymyr Zelenskyy"},
			{"Donald Trump", "called-on", "NATO", "he called for NATO to take decisive action, including shooting down Russian jets"},
			{"Donald Trump", "attended", "UN General Assembly", "the ongoing UN General Assembly, where President Trump has engaged in a series of high-level meetings"},
			{"Yuri Ushakov", "commented-on", "Donald Trump", "Ushakov suggested that Trump's occasionally sharp remarks about Russia ... might not always reflect his true stance"},
			{"Russia", "invaded", "Ukraine", "Russia's ongoing war in Ukraine"},
			{"Russia", "annexed", "Crimea", "Russia's annexation of Crimea in 2014"},
			{"United States", "sanctioned", "Russia", "the U.S. leading efforts to impose sanctions on Russia"},
			{"United States", "aided", "Ukraine", "provide military aid to Ukraine"},
			{"United States", "opposed", "Russia", "The U.S., under Trump's leadership, has maintained a firm stance against Russia"},
			{"Donald Trump", "supported", "Ukraine", "His meeting with Zelenskyy, in particular, underscores the importance of U.S. support for Ukraine"},
		}},
		{id: "11280506ae9ab89c", actors: []graph.Actor{
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"President Trump", "Trump"}},
			{Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}},
			{Name: "Volodymyr Zelenskyy", Type: graph.Person, Aliases: []string{"President Zelensky", "Volodymyr Zelensky", "Zelensky", "Zelenskyy"}},
			{Name: "Keith Kellogg", Type: graph.Person, Aliases: []string{"Kellogg"}},
			{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad", "al-Assad"}},
			{Name: "Ahmad al-Sharaa", Type: graph.Person, Aliases: []string{"Sharaa", "al-Sharaa"}},
			{Name: "Serhiy Marchenko", Type: graph.Person, Aliases: []string{"Marchenko"}},
			{Name: "Rustem Umerov", Type: graph.Person, Aliases: []string{"Umerov"}},
			{Name: "Fazyl Amzaev", Type: graph.Person, Aliases: []string{"Amzaev"}},
			{Name: "United States", Type: graph.Country, Aliases: []string{"America", "U.S.", "US", "USA", "Washington", "the United States"}},
			{Name: "Russia", Type: graph.Country, Aliases: []string{"Kremlin", "Moscow", "Russian Federation", "the Kremlin"}},
			{Name: "Ukraine", Type: graph.Country, Aliases: []string{"Kiev", "Kyiv"}},
			{Name: "European Union", Type: graph.Organization, Aliases: []string{"E.U.", "EU"}},
			{Name: "NATO", Type: graph.Organization, Aliases: []string{"North Atlantic Treaty Organization"}},
			{Name: "Pentagon", Type: graph.Organization, Aliases: []string{"Department of Defense", "U.S. Department of Defense", "the Pentagon"}},
			{Name: "Syria", Type: graph.Country, Aliases: []string{"Damascus"}},
			{Name: "Turkey", Type: graph.Country, Aliases: []string{"Ankara", "Turkiye", "T\u00fcrkiye"}},
			{Name: "China", Type: graph.Country, Aliases: []string{"Beijing", "PRC", "People's Republic of China"}},
			{Name: "Japan", Type: graph.Country, Aliases: []string{"Tokyo"}},
			{Name: "South Korea", Type: graph.Country, Aliases: []string{"Korea", "Republic of Korea", "Seoul"}},
			{Name: "India", Type: graph.Country, Aliases: []string{"New Delhi"}},
			{Name: "Pakistan", Type: graph.Country, Aliases: []string{"Islamabad"}},
			{Name: "Crimea", Type: graph.Location, Aliases: []string{}},
			{Name: "Donbas", Type: graph.Location, Aliases: []string{"Donbass"}},
			{Name: "Hizb ut Tahrir", Type: graph.Organization, Aliases: []string{"Central Media Office of Hizb ut Tahrir", "Hizb ut-Tahrir", "Media Office of Hizb ut Tahrir"}},
			{Name: "National Security and Defense Council of Ukraine", Type: graph.Organization, Aliases: []string{"NSDC", "National Security and Defense Council", "Ukraine's National Security and Defense Council"}},
		}, rels: []rel{
			{"Vladimir Putin", "threatened", "Donald Trump", "Putin has threatened Trump with a \"breakdown of relations\""},
			{"Keith Kellogg", "special-envoy-for", "Ukraine", "U.S. Special Envoy for Ukraine Keith Kellogg"},
			{"Keith Kellogg", "envoy-of", "United States", "U.S. Special Envoy for Ukraine Keith Kellogg"},
			{"Donald Trump", "authorized", "Ukraine", "Trump had authorized Ukraine to carry out long-range strikes on Russia"},
			{"Donald Trump", "authorized", "Pentagon", "Trump had signed an order authorizing the Pentagon and intelligence agencies to assist Ukraine"},
			{"Pentagon", "assists", "Ukraine", "authorizing the Pentagon and intelligence agencies to assist Ukraine with such strikes"},
			{"United States", "asked", "NATO", "The U.S. has asked NATO allies to provide similar support to Ukraine"},
			{"Russia", "rejected", "United States", "Russia has rejected the conditions proposed by the U.S."},
			{"Donald Trump", "met", "Vladimir Putin", "the meeting between the U.S. and Russian presidents in Alaska"},
			{"Russia", "insisted", "Ukraine", "Russia had insisted as a critical condition that Ukraine recognize Crimea and the territories occupied in eastern Ukraine as Russian"},
			{"Russia", "intervened-in", "Syria", "Russia ... intervened in the Syrian conflict on behalf of the American agent Bashar al-Assad"},
			{"Russia", "supported", "Bashar al-Assad", "intervened in the Syrian conflict on behalf of the American agent Bashar al-Assad"},
			{"Bashar al-Assad", "agent-of", "United States", "the American agent Bashar al-Assad"},
			{"Russia", "annexed", "Crimea", "its control over annexed Crimea and occupied Donbas"},
			{"Russia", "occupied", "Donbas", "its control over annexed Crimea and occupied Donbas"},
			{"Russia", "invaded", "Ukraine", "it launched a full-scale invasion of Ukraine"},
			{"Ahmad al-Sharaa", "replaced", "Bashar al-Assad", "the Assad regime had exhausted itself and was replaced by Turkey-backed Ahmad al-Sharaa"},
			{"Turkey", "backed", "Ahmad al-Sharaa", "Turkey-backed Ahmad al-Sharaa"},
			{"Russia", "expelled-from", "Syria", "Russia, realizing it had been used, was expelled from Syria"},
			{"United States", "compels", "Russia", "the U.S. is using the conflict in Ukraine to compel Russia to cooperate in confronting China"},
			{"United States", "confronts", "China", "cooperate in confronting China"},
			{"Japan", "ally-of", "United States", "U.S. allies, the most important of which are Japan, South Korea, India, and Pakistan"},
			{"South Korea", "ally-of", "United States", "U.S. allies, the most important of which are Japan, South Korea, India, and Pakistan"},
			{"India", "ally-of", "United States", "U.S. allies, the most important of which are Japan, South Korea, India, and Pakistan"},
			{"Pakistan", "ally-of", "United States", "U.S. allies, the most important of which are Japan, South Korea, India, and Pakistan"},
			{"China", "trades-with", "United States", "its vast trade relations with the U.S. and EU"},
			{"China", "trades-with", "European Union", "its vast trade relations with the U.S. and EU"},
			{"Donald Trump", "scolded", "Volodymyr Zelenskyy", "Trump who, on February 28, 2025, scolded President Zelensky in the Oval Office"},
			{"Ukraine", "rejected", "Russia", "Ukraine, for its part, predictably rejected Russia's conditions"},
			{"Serhiy Marchenko", "finance-minister-of", "Ukraine", "Ukrainian Finance Minister Serhiy Marchenko"},
			{"Rustem Umerov", "secretary-of", "National Security and Defense Council of Ukraine", "Secretary of Ukraine's National Security and Defense Council Rustem Umerov"},
			{"Rustem Umerov", "chief-negotiator-of", "Ukraine", "Rustem Umerov, the country's chief negotiator"},
			{"Fazyl Amzaev", "head-of", "Hizb ut Tahrir", "Head of the Media Office of Hizb ut Tahrir in Ukraine"},
			{"European Union", "supports", "Ukraine", "Ukraine, with the support of the European Union, is capable of fighting and winning"},
			{"Donald Trump", "president-of", "United States", "the current U.S. administration"},
			{"Vladimir Putin", "president-of", "Russia", "the meeting between the U.S. and Russian presidents"},
		}},
	}
	var articles []graph.Article
	for _, a := range arts {
		ga := graph.Article{ID: a.id, Source: a.id + ".txt", Actors: a.actors}
		at := 0
		for i, r := range a.rels {
			end := at + len([]rune(r.evidence))
			ga.Sentences = append(ga.Sentences, graph.Sentence{Text: r.evidence, Start: at, End: end})
			ga.Relations = append(ga.Relations, graph.Relation{Subject: actorID(a.actors, r.s), Predicate: graph.Predicate(r.p), Object: actorID(a.actors, r.o), Sentence: i})
			at = end + 1
		}
		articles = append(articles, ga)
	}
	return articles
}

// actorID returns the ID of the actor named name among actors.
func actorID(actors []graph.Actor, name string) graph.ActorID {
	for i, a := range actors {
		if a.Name == name {
			return graph.ActorID(i)
		}
	}
	panic("memgraphtest: no actor " + name) // the sample is fixed: a test bug
}
