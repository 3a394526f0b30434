package graph

import "testing"

// TestEncodeTermsOnce checks that the encoders make each IRI a Term once,
// not once a quad it is in, and their lists of quads at their length: on
// a sample article, EncodeArticleIRIs and DescribeActor allocate no more
// than that takes (they took 37 and 9 allocations before).
func TestEncodeTermsOnce(t *testing.T) {
	m, _ := NewMinter(DefaultBase)
	a := sampleArticles()[0]
	iris := make([]IRI, len(a.Actors))
	for i, ac := range a.Actors {
		iris[i] = m.Actor(ac.Name)
	}
	if n := testing.AllocsPerRun(100, func() { EncodeArticleIRIs(m, a, iris) }); n > 24 {
		t.Errorf("EncodeArticleIRIs: %v allocations, want 24 at most", n)
	}
	if n := testing.AllocsPerRun(100, func() { DescribeActor(iris[0], a.Actors[0]) }); n > 5 {
		t.Errorf("DescribeActor: %v allocations, want 5 at most", n)
	}
}
