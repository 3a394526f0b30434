// Package entities finds the actors of an article: the people, countries,
// organisations and places it names, each resolved to one real-world actor
// with its canonical name and type (see GUIDELINES.md of the evaluation).
//
// A Finder takes an article's analysed sentences and finds names with two
// helpers, each in its own package below this one:
//
//   - package gazetteer knows the states of the world, the major
//     international organisations, state institutions and regions, with
//     their aliases, adjectives of nationality ("Russian"), and the capitals
//     and seats of government that stand for their state ("Moscow", "the
//     Kremlin"); it holds its built-in data and reads a user's actor list;
//   - package ner recognises the names the gazetteer does not know, with a
//     model trained on the GUM treebank (read by package gum).
//
// Package layout tells it what a story's layout says: headlines in
// capitals, the dateline, Reuters' angle brackets.
//
// The Finder then strips titles, roles (Roles) and possessives from the
// names and merges the names of one real-world actor into one actor
// (surnames join full names, spelling variants and acronyms merge), comparing
// names in the forms package names gives them. Package coref then resolves
// references to the actors they refer to: pronouns with a ranker learned
// from GUM's coreference chains, which knows persons' genders (titles,
// gendered nouns, first names); definite descriptions by their modifiers,
// roles and institution nouns ("the Afghan government", "the Chinese
// leader", "the ministry"); plural references ("they", "the two
// countries") to groups of actors. Found (package found, named here too)
// holds the result: the actors, every Span that refers to one, and the
// groups (Members). Package corpus gives one actor one name across the
// articles of a corpus.
//
// The sub-packages never import this one.
package entities
