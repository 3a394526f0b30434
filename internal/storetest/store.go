package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// Store is a running RDF store loaded with one N-Quads file.
type Store interface {
	// Select runs a SPARQL SELECT query and returns one map per solution,
	// from variable name to value: an IRI or a literal's lexical form as
	// is, a blank node as "_:" and its label. Unbound variables are absent.
	Select(ctx context.Context, sparql string) ([]map[string]string, error)
}

// endpoint is a SPARQL 1.1 protocol endpoint over HTTP.
type endpoint struct {
	name string // the store's name, for errors
	url  string // e.g. http://127.0.0.1:8890/sparql
}

// Select posts the query as a form and decodes SPARQL JSON results.
func (e endpoint) Select(ctx context.Context, sparql string) ([]map[string]string, error) {
	form := url.Values{"query": {sparql}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.url, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.name, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/sparql-results+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: query: %w", e.name, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s: read answer: %w", e.name, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: query failed: %s: %s", e.name, resp.Status, strings.TrimSpace(string(body)))
	}
	rows, err := decodeResults(body)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.name, err)
	}
	return rows, nil
}

// decodeResults reads SPARQL 1.1 Query Results JSON of a SELECT query.
func decodeResults(data []byte) ([]map[string]string, error) {
	var res struct {
		Boolean *bool `json:"boolean"`
		Results *struct {
			Bindings []map[string]struct {
				Type  string `json:"type"`
				Value string `json:"value"`
			} `json:"bindings"`
		} `json:"results"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		return nil, fmt.Errorf("decode SPARQL JSON results: %w", err)
	}
	if res.Results == nil {
		if res.Boolean != nil {
			return nil, errors.New("got an ASK answer, want SELECT results")
		}
		return nil, errors.New("SPARQL JSON results without \"results\"")
	}
	rows := make([]map[string]string, 0, len(res.Results.Bindings))
	for _, b := range res.Results.Bindings {
		row := make(map[string]string, len(b))
		for name, term := range b {
			switch term.Type {
			case "uri", "literal", "typed-literal":
				row[name] = term.Value
			case "bnode":
				row[name] = "_:" + term.Value
			default:
				return nil, fmt.Errorf("variable %s: unknown term type %q", name, term.Type)
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}
