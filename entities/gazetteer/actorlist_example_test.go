package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
)

func ExampleGazetteer_With() {
	list := "# name\ttype\taliases\n" +
		"Volodymyr Zelenskyy\tPerson\tZelensky|Zelenskiy\n" +
		"Georgia (U.S. state)\tLocation\tGeorgia\n"
	actors, err := gazetteer.ReadActorList(strings.NewReader(list), "actors.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	g = g.With(actors)
	for _, s := range []string{"Zelensky", "Georgia", "Tbilisi"} {
		e, _ := g.Lookup(s)
		fmt.Printf("%s -> %s (%s)\n", s, e.Canonical, e.Type)
	}
	// Output:
	// Zelensky -> Volodymyr Zelenskyy (Person)
	// Georgia -> Georgia (U.S. state) (Location)
	// Tbilisi -> Georgia (Country)
}

func ExampleReadActorList() {
	list := "NATO\tOrganization\tNorth Atlantic Alliance\n" +
		"Kyiv\tCity\n"
	actors, err := gazetteer.ReadActorList(strings.NewReader(list), "actors.tsv")
	for _, a := range actors {
		fmt.Println(a.Name, a.Type, a.Aliases)
	}
	fmt.Println(err)
	// Output:
	// NATO Organization [North Atlantic Alliance]
	// actors.tsv:2: type: unknown actor type "City" (want Person, Country, Organization or Location)
}
