// Package graph is actorgraph's vocabulary: the actors and relations that the
// extractors find in articles, the evidence each relation rests on, and the
// RDF terms and quads they are written as.
//
// It imports only the standard library. Every other package speaks these
// types; the mapping between them and RDF (see Encode and Decode) is the
// project's N-Quads contract:
//
//   - an actor is an IRI minted from its canonical name under Base
//     (BASE/actor/Donald%20Trump) with one rdfs:label, a skos:altLabel for every
//     other surface form and an rdf:type from schema.org;
//   - a relation is the quad <subject> <BASE/rel/PREDICATE> <object> <sentence>,
//     whose graph label is the sentence that states it;
//   - a sentence is a nif:Sentence with its text (nif:anchorOf) and its
//     character offsets in the article (nif:beginIndex, nif:endIndex), linked
//     to its article with nif:referenceContext.
package graph
