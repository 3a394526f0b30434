// Package gazetteer knows the actors of international news by name: the
// states of the world, the major international organisations, state
// institutions and regions, with their aliases ("U.S.", "Russian
// Federation"), adjectives of nationality ("Russian"), and the capitals and
// seats of government that stand for their state ("Moscow", "the Kremlin").
//
// A Gazetteer maps each surface form to an Entry: the actor's canonical
// name and type, and the Kind of the form (Name, Alias, Demonym, Capital or
// Seat). Lookup finds one form, Match the longest form starting at a token
// of a sentence, Demonym the country an adjective stands for.
//
// The built-in gazetteer is the files in data/ (see data/README.md),
// embedded in the package and loaded once by Default. Load reads the same
// format, tab-separated lines, from any fs.FS. Where two actors claim one
// form, a curated file beats a generated one, and between files of the same
// kind the stronger Kind wins; a tie is an error.
//
// A user's actor list (ReadActorList, the file of `actorgraph build
// --actors`) extends the built-in actors through Gazetteer.With, its claims
// winning over theirs. Both readers keep going past a bad line and report
// every one at the end, as a LineErrors.
package gazetteer
