// Package entities finds the actors of an article: the people, countries,
// organisations and places it names, each resolved to one real-world actor
// with its canonical name and type (see GUIDELINES.md of the evaluation).
//
// Names are found by the Gazetteer, which knows the states of the world, the
// major international organisations, state institutions and regions, with
// their aliases, adjectives of nationality ("Russian"), capitals and seats of
// government standing for their state ("Moscow", "the Kremlin"), and by a
// recognizer for names it does not know. Package gazetteer holds the
// gazetteer, its built-in data and the reader of a user's actor list.
package entities
