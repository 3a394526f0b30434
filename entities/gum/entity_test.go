package gum

import (
	"reflect"
	"testing"
)

func TestParseEntityMarks(t *testing.T) {
	tests := []struct {
		name  string
		value string
		want  []entityMark
	}{
		{
			name:  "single-token mention",
			value: "(1-person-giv:act-sssss-cf2*-1-coref-Jared_Padalecki)",
			want: []entityMark{{open: true, close: true, entity: "1", etype: "person", infstat: "giv:act",
				salience: "sssss", centering: "cf2*", minspan: []int{1}, link: "coref", identity: "Jared_Padalecki"}},
		},
		{
			name:  "opening of a multi-token mention",
			value: "(97-person-giv:inact-nnnnn-cf4-1,3-coref-Jensen_Ackles",
			want: []entityMark{{open: true, entity: "97", etype: "person", infstat: "giv:inact",
				salience: "nnnnn", centering: "cf4", minspan: []int{1, 3}, link: "coref", identity: "Jensen_Ackles"}},
		},
		{
			name:  "single-token mention then closing brackets of enclosing mentions",
			value: "(175-time-giv:inact-nnnnn-cf5-1-coref)189)188)",
			want: []entityMark{
				{open: true, close: true, entity: "175", etype: "time", infstat: "giv:inact", salience: "nnnnn",
					centering: "cf5", minspan: []int{1}, link: "coref"},
				{entity: "189"},
				{entity: "188"},
			},
		},
		{
			name:  "nested openings on one token",
			value: "(75-place-new-nnnnn-cf4-1,4-sgl(76-person-new-nnnnn-cf3-1,2-sgl-King_Arthur",
			want: []entityMark{
				{open: true, entity: "75", etype: "place", infstat: "new", salience: "nnnnn", centering: "cf4", minspan: []int{1, 4}, link: "sgl"},
				{open: true, entity: "76", etype: "person", infstat: "new", salience: "nnnnn", centering: "cf3", minspan: []int{1, 2}, link: "sgl", identity: "King_Arthur"},
			},
		},
		{
			name:  "identity with hyphens",
			value: "(5-person-new-nnnnn-cf1-1-sgl-Jean-Paul_Sartre)",
			want: []entityMark{{open: true, close: true, entity: "5", etype: "person", infstat: "new",
				salience: "nnnnn", centering: "cf1", minspan: []int{1}, link: "sgl", identity: "Jean-Paul_Sartre"}},
		},
		{
			name:  "closing then opening",
			value: "4)(6-place-new-nnnnn-cf1-1-sgl",
			want: []entityMark{{entity: "4"},
				{open: true, entity: "6", etype: "place", infstat: "new", salience: "nnnnn", centering: "cf1", minspan: []int{1}, link: "sgl"}},
		},
		{
			name:  "only ID and type",
			value: "(8-object)",
			want:  []entityMark{{open: true, close: true, entity: "8", etype: "object"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseEntityMarks(tt.value)
			if err != nil {
				t.Fatalf("parseEntityMarks(%q): %v", tt.value, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseEntityMarks(%q)\n got %+v\nwant %+v", tt.value, got, tt.want)
			}
		})
	}
}

func TestParseEntityMarksErrors(t *testing.T) {
	tests := []struct {
		name  string
		value string
	}{
		{"no type", "(12)"},
		{"non-numeric ID", "(x-person-new)"},
		{"bad minspan", "(3-person-new-nnnnn-cf1-a-sgl)"},
		{"zero minspan", "(3-person-new-nnnnn-cf1-0-sgl)"},
		{"stray text", "abc"},
		{"bad closing", "3a)"},
		{"empty closing", ")"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := parseEntityMarks(tt.value); err == nil {
				t.Errorf("parseEntityMarks(%q) = %+v, want an error", tt.value, got)
			}
		})
	}
}

func TestEntityValue(t *testing.T) {
	tests := []struct {
		name, misc, want string
	}{
		{"alone", "Entity=4)", "4)"},
		{"among others", "Bridge=173<188|Entity=(188-event-acc:inf-nnnnn-cf6-3,6,8-sgl|MSeg=a-b", "(188-event-acc:inf-nnnnn-cf6-3,6,8-sgl"},
		{"none", "SpaceAfter=No", ""},
		{"empty", "_", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityValue(tt.misc); got != tt.want {
				t.Errorf("entityValue(%q) = %q, want %q", tt.misc, got, tt.want)
			}
		})
	}
}
