package ner

import (
	"math"
	"math/bits"
)

// nerWeights is the trained weight table in the compact form used to
// recognise: only the rows with a nonzero weight, found through a small
// open-addressing hash table, each holding its (label, weight) pairs with
// weights quantised to int16 (weight = q*scale). A dense table of 1<<20
// rows of 13 labels would take 54 MB and miss the cache on nearly every
// feature; the trained model has a few tens of thousands of nonzero rows.
type nerWeights struct {
	scale    float32
	rows     []uint32 // row numbers, increasing
	rowStart []uint32 // entries of rows[i] are entries[rowStart[i]:rowStart[i+1]]
	entries  []nerEntry
	slots    []int32 // hash table of indexes into rows, -1 for empty
}

// nerEntry is one nonzero weight of a row.
type nerEntry struct {
	label uint8
	q     int16
}

// compactWeights quantises a dense table of nerNumLabels weights per row.
func compactWeights(dense []float32) *nerWeights {
	var maxAbs float64
	for _, v := range dense {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	w := &nerWeights{scale: 1}
	if maxAbs > 0 {
		w.scale = float32(maxAbs / math.MaxInt16)
	}
	for row := 0; row*nerNumLabels < len(dense); row++ {
		start := len(w.entries)
		for l, v := range dense[row*nerNumLabels : (row+1)*nerNumLabels] {
			if q := math.Round(float64(v / w.scale)); q != 0 {
				w.entries = append(w.entries, nerEntry{uint8(l), int16(q)})
			}
		}
		if len(w.entries) > start {
			w.rows = append(w.rows, uint32(row))
			w.rowStart = append(w.rowStart, uint32(start))
		}
	}
	w.rowStart = append(w.rowStart, uint32(len(w.entries)))
	w.index()
	return w
}

// index builds the hash table over rows, at most half full.
func (w *nerWeights) index() {
	n := 1 << bits.Len(uint(2*len(w.rows)))
	w.slots = make([]int32, n)
	for i := range w.slots {
		w.slots[i] = -1
	}
	mask := uint32(n - 1)
	for i, row := range w.rows {
		p := slotHash(row) & mask
		for w.slots[p] >= 0 {
			p = (p + 1) & mask
		}
		w.slots[p] = int32(i)
	}
}

func slotHash(row uint32) uint32 { return (row * 0x9e3779b1) ^ (row >> 15) }

// find returns the entries of a row, nil when they are all zero.
func (w *nerWeights) find(row uint32) []nerEntry {
	mask := uint32(len(w.slots) - 1)
	for p := slotHash(row) & mask; ; p = (p + 1) & mask {
		i := w.slots[p]
		if i < 0 {
			return nil
		}
		if w.rows[i] == row {
			return w.entries[w.rowStart[i]:w.rowStart[i+1]]
		}
	}
}
