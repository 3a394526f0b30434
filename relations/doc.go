// Package relations reads the relations between actors off the dependency
// parses of an article's sentences: subject–verb–object in active and
// passive voice, verbs with prepositions, event nouns ("Russia's invasion of
// Ukraine"), roles from titles and appositions ("Russian President Vladimir
// Putin", "a senior aide to Putin"), compound modifiers ("Turkey-backed"),
// coordination and relative clauses. Negated, modal, conditional and merely
// proposed statements are not asserted.
//
// Predicates are lower case, words joined by hyphens: the verb in the past
// tense (from its lemma, so that every surface form of one relation gives one
// predicate) or a role noun, plus the preposition that links the object
// ("met", "expelled-from", "president-of").
package relations
