package entities

import "github.com/actorgraph/actorgraph/internal/words"

// The word lists here qualify a name or end it; the finder's repairs in
// several files consult them.

// qualifierWords qualify a place without making another name of it
// ("Eastern Ukraine", "Greater Tokyo", "Catholic Ireland", "Imperial Japan").
var qualifierWords = words.Set(`
	buddhist muslim christian catholic islamic jewish hindu sunni shia shiite orthodox
	protestant nazi soviet imperial communist tsarist postwar prewar north south east
	west northern southern eastern western central northeast northwest southeast
	southwest northeastern northwestern southeastern southwestern greater upper lower
	mainland
`)

// partyNouns end the names of parties and fronts besides the institution
// nouns of names.IsInstitutionNoun ("Democratic Unionists", "Republican
// Guard").
var partyNouns = words.Set(`
	republic guard guards unionists socialists progressives brigade brigades group
	network
`)

// timeWords qualify an office or a name in time, before it and outside it
// ("Former", "Acting").
var timeWords = words.Set("former then acting late outgoing incoming interim current")
