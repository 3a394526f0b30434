package extract

import (
	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// sovietEra reports whether an article's dates all fall before the end of
// the Soviet Union (December 1991), and there is one at least.
func sovietEra(days []dates.Date) bool {
	for _, d := range days {
		if !d.Known() || d.Year > 1991 || d.Year == 1991 && (d.Month == 0 || d.Month == 12) {
			return false
		}
	}
	return len(days) > 0
}

// soviet makes the Russia an article of the Soviet era names the Soviet
// Union: "Moscow", "the Kremlin" and "Russian" stood for the Soviet state
// then, and the gazetteer, which cannot tell the date, gives them to
// Russia. When the article names the Soviet Union too, Russia's spans
// become its own.
func soviet(found *entities.Found) {
	russia, union := graph.ActorID(-1), graph.ActorID(-1)
	for i, a := range found.Actors {
		switch {
		case a.Type != graph.Country:
		case a.Name == "Russia":
			russia = graph.ActorID(i)
		case a.Name == "Soviet Union":
			union = graph.ActorID(i)
		}
	}
	if russia < 0 {
		return
	}
	if union < 0 {
		found.Actors[russia].Name = "Soviet Union"
		return
	}
	for _, spans := range [][]entities.Span{found.Spans, found.Modifiers} {
		for i := range spans {
			if spans[i].Actor == russia {
				spans[i].Actor = union
			}
		}
	}
	found.Named[union] = found.Named[union] || found.Named[russia]
	found.Named[russia] = false
}
