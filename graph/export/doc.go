// Package export writes an actor graph in the formats other graph tools
// read: GraphML (yEd, Cytoscape, networkx), GEXF (Gephi), Cypher and
// neo4j-admin import CSV (Neo4j), and Cytoscape.js JSON.
//
// Every writer takes a Graph, the graph as a tool outside actorgraph wants
// it: one node per actor (its IRI, label, type and aliases) and one edge per
// statement (its predicate, the sentence that states it, the article and
// the file it came from, and its event class and date when the statement
// has them). FromDataset makes one from a decoded graph.Dataset.
//
// Labels, sentences and file names are text from strangers' articles, so
// every writer escapes all of it for its format: XML escaping with the
// characters XML 1.0 forbids dropped, CSV quoting, Cypher string and
// identifier escaping, JSON escaping. Text that is not UTF-8 has each bad
// byte replaced by U+FFFD. Output is deterministic: nodes sorted by IRI,
// edges in the order of Graph.Edges.
package export
