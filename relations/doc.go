// Package relations reads the relations between actors off the dependency
// parses of an article's sentences: subject–verb–object in active and
// passive voice, verbs with prepositions, event nouns ("Russia's invasion of
// Ukraine", "talks between France and Iran", "the visit of the Pope to
// Iraq"), roles from titles and appositions ("Russian President Vladimir
// Putin", "a senior aide to Putin"), compound modifiers ("Turkey-backed"),
// coordination, reciprocal subjects ("Armenia and Azerbaijan clashed") and
// relative clauses.
//
// Actors are also read inside noun phrases: a proxy noun stands for the
// actor that owns it ("Russian jets", "the U.S. position", "India's
// decision"), an event noun object for its doer ("condemned Russia's
// annexation") unless it is done to its possessor ("sought Roe's
// extradition" is sought-extradition-of), a title's person for the organisation the parser took for
// the head ("fired FBI Director James Comey").
//
// Reported speech gives blame ("X said Y was responsible"), accusation
// ("X said Y had shelled its villages", "... had violated the treaty") and
// rejection ("X called Y's charges false"); a commitment gives its act
// with the committing verb ("vowed-to-punish", "refused-to-meet-with"), a
// time given to act a deadline ("gave Y two weeks to answer").
// Negated, modal, conditional, planned, delayed and merely proposed
// statements are not asserted; a negation reaches both parts of "neither
// ... nor" and stops at an adverbial or relative clause and at "but".
//
// Predicates are lower case, words joined by hyphens: the verb in the past
// tense (from its lemma, so that every surface form of one relation gives one
// predicate), or in the present for a standing relation written so
// ("chairs", "leads"), or a role noun, plus the preposition that links the
// object ("met", "expelled-from", "president-of"). A verb's object noun that
// names no actor joins the predicate ("slapped-sanctions-on",
// "restored-ties-with"), unless the verb is light ("paid a visit to" is
// visited, "imposed sanctions on" sanctioned). The vocabulary the rules use besides verbs is lexicon.txt, in
// relations/lex.
//
// The rules are this package's; Reader runs them and then the learned pair
// model of relations/pairs, which adds the pairs the rules missed and drops
// those it doubts. Both read sentences through relations/tree, which also
// says whether a statement is asserted. relations/officials is the table
// of state officials that tells whose office a bare title is, which
// relations/offices applies to the offices written without their state
// once the sentences are read (a description the entities resolved to a
// person, "the Danish prime minister", gives an office as a title does);
// relations/parties reads party words ("Senate Republican Ann Reed") and
// the body a role's holder sits in; and relations/institutions reads the
// bodies named after their state or organisation ("the French Finance
// Ministry" is part of France) off the names the entity finder found. None
// of these sub-packages imports this one.
package relations
