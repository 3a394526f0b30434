package render

import "testing"

func TestSVGSize(t *testing.T) {
	tests := []struct {
		name string
		svg  string
		w, h float64
		ok   bool
	}{
		{"graphviz", `<?xml version="1.0"?>` + "\n" + `<svg width="2569pt" height="1203.5pt"` + "\n" + ` viewBox="0 0 1 1">`, 2569, 1203.5, true},
		{"no svg", `<html>`, 0, 0, false},
		{"no unit", `<svg width="10" height="20">`, 0, 0, false},
		{"zero", `<svg width="0pt" height="20pt">`, 0, 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, h, ok := svgSize([]byte(tt.svg))
			if w != tt.w || h != tt.h || ok != tt.ok {
				t.Errorf("svgSize = %v, %v, %v; want %v, %v, %v", w, h, ok, tt.w, tt.h, tt.ok)
			}
		})
	}
}
