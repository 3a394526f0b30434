package storetest

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

func TestDecodeResults(t *testing.T) {
	decode := func(in string) ([]map[string]string, error) { return decodeResults([]byte(in)) }
	tabletest.FuncErr(t, "decodeResults", decode, []tabletest.ErrCase[string, []map[string]string]{
		{"terms", `{"head":{"vars":["a","b","c","d"]},"results":{"bindings":[
			{"a":{"type":"uri","value":"http://x/"},"b":{"type":"literal","value":"v","xml:lang":"en"},
			 "c":{"type":"typed-literal","datatype":"http://t/","value":"1"},"d":{"type":"bnode","value":"b0"}}]}}`,
			[]map[string]string{{"a": "http://x/", "b": "v", "c": "1", "d": "_:b0"}}, ""},
		{"unbound variable absent", `{"head":{"vars":["a","b"]},"results":{"bindings":[{"a":{"type":"uri","value":"http://x/"}}]}}`,
			[]map[string]string{{"a": "http://x/"}}, ""},
		{"no rows", `{"head":{"vars":["a"]},"results":{"bindings":[]}}`, []map[string]string{}, ""},
		{"ASK answer", `{"head":{},"boolean":true}`, nil, "got an ASK answer"},
		{"no results", `{"head":{}}`, nil, `without "results"`},
		{"unknown type", `{"results":{"bindings":[{"a":{"type":"triple","value":"x"}}]}}`, nil, `unknown term type "triple"`},
		{"not JSON", `<sparql/>`, nil, "decode SPARQL JSON results"},
	})
}
