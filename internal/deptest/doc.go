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
// nothing imports a command. It has no code of its own.
package deptest
