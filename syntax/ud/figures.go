package ud

// Figures are the scores of a whole analysis on one treebank: segmentation
// from the raw text, and tags, lemmas and dependencies on the gold words.
type Figures struct {
	Segmentation SegmentationScores
	Words        WordScores
}

// Target is a minimum a figure must reach.
type Target struct {
	Name  string
	Min   float64 // a ratio: 0.95 is 95%
	Value func(Figures) float64
	Parse bool // a figure of the parser's
}

// Targets lists the accuracy targets of the analysis, the same on every
// test treebank.
func Targets() []Target {
	return []Target{
		{"tokens F1 (raw text)", 0.985, func(f Figures) float64 { return f.Segmentation.Tokens.F1() }, false},
		{"sentences F1 (raw text)", 0.80, func(f Figures) float64 { return f.Segmentation.Sentences.F1() }, false},
		{"UPOS", 0.95, func(f Figures) float64 { return f.Words.UPOS.Ratio() }, false},
		{"XPOS", 0.945, func(f Figures) float64 { return f.Words.XPOS.Ratio() }, false},
		{"lemma", 0.97, func(f Figures) float64 { return f.Words.Lemma.Ratio() }, false},
		{"UAS", 0.86, func(f Figures) float64 { return f.Words.UAS.Ratio() }, true},
		{"LAS", 0.83, func(f Figures) float64 { return f.Words.LAS.Ratio() }, true},
	}
}
