// Package storetest starts real RDF stores on loopback for tests, loads an
// N-Quads file into each and answers SPARQL SELECT queries, so that tests can
// prove that actorgraph's output is usable by graph databases.
//
// Two stores are supported: Oxigraph, through the npm package oxigraph run
// by a small Node server (oxigraph.cjs, embedded here), and Virtuoso Open
// Source, started with its own virtuoso.ini in a temporary directory. Both
// are installed by .ci/install-stores.sh; a test whose store is missing is
// skipped with a message that says so.
//
// Both stores answer queries with the union of all graphs as the default
// graph (Virtuoso's behaviour, asked of Oxigraph), so a query may ignore
// graph labels or name them with GRAPH. Virtuoso cannot hold a blank node as
// a graph label: actorgraph's graph labels are IRIs.
package storetest
