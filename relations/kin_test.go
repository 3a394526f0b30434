package relations

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestPersonNamed(t *testing.T) {
	tests := []struct {
		name string
		act  graph.Actor
		want bool
	}{
		{"full name", graph.Actor{Name: "Ann Reed", Type: graph.Person}, true},
		{"given name alone", graph.Actor{Name: "Ann", Type: graph.Person}, true},
		{"suffix alone", graph.Actor{Name: "Jr.", Type: graph.Person}, false},
		{"initials and suffix", graph.Actor{Name: "A. B. Jr.", Type: graph.Person}, false},
		{"saint's name", graph.Actor{Name: "St. Agnes", Type: graph.Person}, false},
		{"town named for a saint", graph.Actor{Name: "San Marco", Type: graph.Location}, false},
		{"firm", graph.Actor{Name: "Velmar Corp", Type: graph.Organization}, false},
		{"state", graph.Actor{Name: "Norland", Type: graph.Country}, false},
		{"given name typed a place", graph.Actor{Name: "Helen", Type: graph.Location}, true},
		{"place", graph.Actor{Name: "Lund", Type: graph.Location}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := personNamed(tt.act); got != tt.want {
				t.Errorf("personNamed(%q, %v) = %v, want %v", tt.act.Name, tt.act.Type, got, tt.want)
			}
		})
	}
}
