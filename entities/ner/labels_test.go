package ner

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestBILOURoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		n        int
		mentions []Mention
	}{
		{"none", 3, nil},
		{"unit", 2, []Mention{{0, 1, graph.Person}}},
		{"multi-token at the end", 4, []Mention{{1, 4, graph.Organization}}},
		{"adjacent names of one type", 4, []Mention{{0, 2, graph.Location}, {2, 4, graph.Location}}},
		{"adjacent names of different types", 3, []Mention{{0, 1, graph.Person}, {1, 3, graph.Organization}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labels := encodeBILOU(tt.n, tt.mentions)
			for i := range labels {
				prev := nerStart
				if i > 0 {
					prev = int(labels[i-1])
				}
				if !nerAllowed(prev, int(labels[i])) {
					t.Errorf("label %d after %d not allowed", labels[i], prev)
				}
			}
			if n := len(labels); n > 0 && !nerAllowedEnd(int(labels[n-1])) {
				t.Errorf("sentence may not end on %d", labels[n-1])
			}
			if got := decodeBILOU(labels); !reflect.DeepEqual(got, tt.mentions) {
				t.Errorf("decodeBILOU(encodeBILOU(%v)) = %v", tt.mentions, got)
			}
		})
	}
}

func TestNERAllowed(t *testing.T) {
	per := func(part int) int { return int(makeLabel(0, part)) }
	org := func(part int) int { return int(makeLabel(1, part)) }
	tests := []struct {
		name      string
		prev, cur int
		want      bool
	}{
		{"start then B", nerStart, per(bilouB), true},
		{"start then I", nerStart, per(bilouI), false},
		{"start then L", nerStart, per(bilouL), false},
		{"B then L of the same type", per(bilouB), per(bilouL), true},
		{"B then L of another type", per(bilouB), org(bilouL), false},
		{"B then O", per(bilouB), int(nerO), false},
		{"I then I", per(bilouI), per(bilouI), true},
		{"L then U", per(bilouL), org(bilouU), true},
		{"U then I", per(bilouU), per(bilouI), false},
		{"O then O", int(nerO), int(nerO), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nerAllowed(tt.prev, tt.cur); got != tt.want {
				t.Errorf("nerAllowed(%d, %d) = %v, want %v", tt.prev, tt.cur, got, tt.want)
			}
		})
	}
}

func TestDecodeBILOULenient(t *testing.T) {
	B := makeLabel(2, bilouB)
	I := makeLabel(2, bilouI)
	tests := []struct {
		name   string
		labels []nerLabel
		want   []Mention
	}{
		{"unfinished at the end", []nerLabel{nerO, B, I}, []Mention{{1, 3, graph.Location}}},
		{"unfinished before O", []nerLabel{B, nerO}, []Mention{{0, 1, graph.Location}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeBILOU(tt.labels); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("decodeBILOU = %v, want %v", got, tt.want)
			}
		})
	}
}
