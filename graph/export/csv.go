package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// Neo4jNodesHeader and Neo4jRelationshipsHeader are the header rows of
// the files WriteNeo4jCSV writes, in the header format of neo4j-admin
// database import: the actors' IRIs are the ids, in the ID space Actor.
var (
	Neo4jNodesHeader         = []string{"iri:ID(Actor)", "name", "type", "aliases", ":LABEL"}
	Neo4jRelationshipsHeader = []string{
		":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "id", "predicate", "predicate_iri",
		"class", "date:date", "evidence", "sentence", "article", "file",
		"start_offset:int", "end_offset:int",
	}
)

// WriteNeo4jCSV writes g as the two CSV files neo4j-admin database import
// reads, the actors to nodes and the statements to rels:
//
//	neo4j-admin database import full --nodes=actors.csv \
//	    --relationships=statements.csv --multiline-fields=true neo4j
//
// Every actor is labelled Actor and its type (Person, Country,
// Organization, Location); a statement's relationship type is its
// predicate made safe (see the package doc) and the predicate itself is a
// property. Fields are quoted as RFC 4180 and neo4j-admin want: in double
// quotes, a double quote doubled, when they hold a comma, a quote or a
// line break. Sentences may span lines, hence --multiline-fields. Aliases
// are one string, separated by " | ", not an array, so that no alias can
// break at an array delimiter. An empty field is a missing property.
func WriteNeo4jCSV(nodes, rels io.Writer, g *Graph) error {
	if err := checkGraph(g); err != nil {
		return err
	}
	nw := csv.NewWriter(nodes)
	if err := nw.Write(Neo4jNodesHeader); err != nil {
		return fmt.Errorf("write nodes: %w", err)
	}
	for _, n := range g.Nodes {
		row := []string{string(n.ID), n.Label, typeName(n.Type), aliasList(n.Aliases), strings.Join(nodeLabels(n), ";")}
		if err := nw.Write(csvFields(row)); err != nil {
			return fmt.Errorf("write nodes: %w", err)
		}
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("write nodes: %w", err)
	}
	rw := csv.NewWriter(rels)
	if err := rw.Write(Neo4jRelationshipsHeader); err != nil {
		return fmt.Errorf("write relationships: %w", err)
	}
	for _, e := range g.Edges {
		date := ""
		if _, _, ok := dateInterval(e.Date); ok {
			date = e.Date
		}
		start, end := offsets(e)
		row := []string{
			string(e.Source), string(e.Target), relType(e.Predicate), e.ID, e.Predicate, string(e.PredicateIRI),
			e.Class, date, e.Evidence, string(e.Sentence), string(e.Article), e.File, start, end,
		}
		if err := rw.Write(csvFields(row)); err != nil {
			return fmt.Errorf("write relationships: %w", err)
		}
	}
	rw.Flush()
	if err := rw.Error(); err != nil {
		return fmt.Errorf("write relationships: %w", err)
	}
	return nil
}

// csvFields makes every field valid UTF-8 without NUL, which CSV readers
// take for the end of the data.
func csvFields(row []string) []string {
	for i, f := range row {
		row[i] = strings.ReplaceAll(validUTF8(f), "\x00", "")
	}
	return row
}
