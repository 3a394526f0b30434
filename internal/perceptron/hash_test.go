package perceptron

import "testing"

func TestMixSpreads(t *testing.T) {
	// Neighbouring inputs must land in different rows of a small table.
	rows := map[uint64]bool{}
	for v := range uint64(256) {
		rows[Mix(3, v, 0)>>(64-12)] = true
	}
	if len(rows) < 240 {
		t.Errorf("256 consecutive values fill only %d of 4096 rows", len(rows))
	}
}

func TestFoldOrder(t *testing.T) {
	// Fold chains must tell the order of the values apart, and spread
	// neighbouring values over the rows once multiplied by Golden.
	if Fold(Fold(FNVOffset, 'a'), 'b') == Fold(Fold(FNVOffset, 'b'), 'a') {
		t.Error("Fold chains of a, b and b, a are equal")
	}
	rows := map[uint64]bool{}
	for v := range uint64(256) {
		rows[Fold(7, v)*Golden>>(64-12)] = true
	}
	if len(rows) < 240 {
		t.Errorf("256 consecutive values fill only %d of 4096 rows", len(rows))
	}
}
