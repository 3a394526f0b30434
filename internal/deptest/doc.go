// Package deptest holds the test that keeps actorgraph's imports pointing
// one way, from the commands down to the vocabulary:
//
//	cmd/...  →  extract  →  relations  →  entities  →  syntax
//	                                                    ↓
//	render, graph/memgraph, graph/nquads  →  graph      internal/...
//	extract, cmd  →  graph/store  →  graph, graph/namefold
//
// graph imports only the standard library; syntax imports no project
// package outside syntax/ and internal/; only commands import render;
// nothing imports a command. Below entities, its sub-packages never import
// it (their external tests may); entities/found and entities/names import
// no other package of entities, and entities/coref only those two. It has
// no code of its own.
package deptest
