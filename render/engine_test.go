package render

import "testing"

func TestChooseEngine(t *testing.T) {
	tests := []struct {
		name                    string
		actors                  int
		layout, engine, splines string
	}{
		{"auto, empty", 0, "auto", "neato", "true"},
		{"auto, sample size", 28, "auto", "neato", "true"},
		{"auto, largest for neato", maxNeatoActors, "auto", "neato", "true"},
		{"auto, past neato", maxNeatoActors + 1, "auto", "sfdp", "false"},
		{"auto, 5000", 5000, "auto", "sfdp", "false"},
		{"empty layout is auto", 10, "", "neato", "true"},
		{"unknown layout is auto", 10, "twopi", "neato", "true"},
		{"dot asked for", 5000, "dot", "dot", ""},
		{"any case and spacing", 5, " SFDP ", "sfdp", "true"},
		{"neato asked for, large", 5000, "neato", "neato", "false"},
		{"circo asked for", 10, "circo", "circo", "true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := chooseEngine(tt.actors, tt.layout)
			if e.name != tt.engine || e.splines != tt.splines || e.labelNodes != (tt.engine != "dot") {
				t.Errorf("chooseEngine(%d, %q) = %+v, want %s with splines %q", tt.actors, tt.layout, e, tt.engine, tt.splines)
			}
		})
	}
}
