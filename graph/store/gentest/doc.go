// Package gentest makes stores for tests and benchmarks: Generate fills
// a store with a synthetic graph of a given number of quads, shaped like
// the graphs of news archives, ForeignDatabase makes an SQLite
// database that is not a store, and Downgrade and DowngradeTo2 make a
// store one of schema version 1 or 2.
package gentest
