package storetest

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

func TestDecodeResults(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []map[string]string
		err  string
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeResults([]byte(tt.in))
			if tabletest.Error(t, err, tt.err) {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
