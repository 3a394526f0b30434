package perceptron

import "math"

// A Tally holds a sum of rows of a Model: the weights of the sparse rows
// in Scores, one per class, and those of the dense rows in Lanes, one word
// per two classes as the dense blocks hold them, each biased by DenseBias;
// Dense counts the dense rows in Lanes. Flush adds Lanes to Scores.
//
// A caller may fill Lanes itself with sums of dense rows worked out ahead,
// setting Dense to the number of rows whose bias they carry.
type Tally struct {
	Scores []int32
	Lanes  []uint64
	Dense  int
}

// maxTallyDense bounds the dense rows a Tally's lanes hold: that many
// values below 2^16 add up to less than 2^32, so no lane overflows.
const maxTallyDense = 1 << 16

// Add adds to t the rows of refs, index words as Lookup returns them.
// t.Scores must have one element per class and t.Lanes p.Lanes() words.
// It is AddFirst then AddRest.
func (p *Model) Add(t *Tally, refs []uint64) {
	p.AddFirst(t, refs)
	p.AddRest(t, refs)
}

// AddFirst adds to t the first weight of every sparse row of refs, in a
// loop of independent loads without branches, so that the cache misses on
// the entries overlap. A caller with the rows of several words can add
// the first weights of all before the rest of any, for more overlap.
func (p *Model) AddFirst(t *Tally, refs []uint64) {
	es := p.entries
	scores := t.Scores[:p.classes]
	for _, ref := range refs {
		// Other rows than sparse ones read entry 0, which adds nothing.
		e := es[uint32(ref)&-uint32(ref>>62&1)]
		scores[e.Class] += int32(e.Weight)
	}
}

// AddRest adds to t what AddFirst did not of the rows of refs: the dense
// rows, summed several at a time, and the sparse rows but their first
// weight. It works in batches of rows, sorted first into dense and sparse
// ones without branches.
func (p *Model) AddRest(t *Tally, refs []uint64) {
	var (
		denseRows  [scoreBatch]uint32
		sparseRows [scoreBatch]uint64
	)
	es := p.entries
	scores := t.Scores[:p.classes]
	for len(refs) > 0 {
		n := min(len(refs), scoreBatch)
		nd, ns := 0, 0
		for _, ref := range refs[:n] {
			denseRows[nd&(scoreBatch-1)] = uint32(ref)
			sparseRows[ns&(scoreBatch-1)] = ref
			nd += int(ref >> 63)
			ns += int(ref >> 62 & 1)
		}
		refs = refs[n:]
		if nd > 0 {
			if t.Dense+nd > maxTallyDense {
				p.Flush(t)
			}
			p.addDense(t.Lanes, denseRows[:nd])
			t.Dense += nd
		}
		for _, ref := range sparseRows[:ns] {
			off := uint32(ref)
			for _, e := range es[off+1 : off+uint32(ref>>refShift&refLength)] {
				scores[e.Class] += int32(e.Weight)
			}
		}
	}
}

// Flush moves the dense rows of t from its lanes to its scores.
func (p *Model) Flush(t *Tally) {
	if t.Dense == 0 {
		return
	}
	scores := t.Scores[:p.classes]
	bias := int64(t.Dense) * DenseBias
	for j, w := range t.Lanes {
		scores[2*j] += int32(int64(w&0xffffffff) - bias)
		if 2*j+1 < len(scores) {
			scores[2*j+1] += int32(int64(w>>32) - bias)
		}
	}
	clear(t.Lanes)
	t.Dense = 0
}

// FlushBest flushes t, as Flush does, and returns the first of the classes
// with the highest score and its margin over the next best score
// (math.MaxInt32 when there is one class). It reads the scores once.
func (p *Model) FlushBest(t *Tally) (class int, margin int32) {
	scores := t.Scores[:p.classes]
	best, second := int32(math.MinInt32), int32(math.MinInt32)
	c := 0
	if t.Dense > 0 {
		bias := int64(t.Dense) * DenseBias
		for _, w := range t.Lanes[:len(scores)/2] {
			pair := scores[c : c+2]
			s0, s1 := pair[0]+int32(int64(w&0xffffffff)-bias), pair[1]+int32(int64(w>>32)-bias)
			pair[0], pair[1] = s0, s1
			second = max(second, min(s0, best))
			if s0 > best {
				class = c
			}
			best = max(best, s0)
			second = max(second, min(s1, best))
			if s1 > best {
				class = c + 1
			}
			best = max(best, s1)
			c += 2
		}
		if c < len(scores) {
			scores[c] += int32(int64(t.Lanes[c/2]&0xffffffff) - bias)
		}
		clear(t.Lanes)
		t.Dense = 0
	}
	for ; c < len(scores); c++ {
		s := scores[c]
		second = max(second, min(s, best))
		if s > best {
			class = c
		}
		best = max(best, s)
	}
	if len(scores) == 1 {
		return class, math.MaxInt32
	}
	return class, best - second
}

// addDense adds to the lanes of acc the dense blocks at the given offsets.
// With AVX2 (simd_amd64.s) it adds four words of every block at a time.
func (p *Model) addDense(acc []uint64, offs []uint32) {
	d := p.dense
	n := len(acc)
	if haveAVX2 && n >= 4 && len(offs) > 0 {
		for _, o := range offs {
			_ = d[int(o)+n-1] // the assembly does not check bounds
		}
		chunks := n / 4
		addDenseAVX2(&d[0], &offs[0], len(offs), &acc[0], chunks)
		if n%4 == 0 {
			return
		}
		acc, d = acc[4*chunks:], d[4*chunks:]
	}
	addDenseGeneric(d, acc, offs)
}

// addDenseGeneric adds to acc the blocks of d at offs, as long as acc,
// eight or four at a time so that each word of acc is loaded and stored
// once for several blocks.
func addDenseGeneric(d, acc []uint64, offs []uint32) {
	n := len(acc)
	for ; len(offs) >= 8; offs = offs[8:] {
		b0, b1, b2, b3 := d[offs[0]:][:n], d[offs[1]:][:n], d[offs[2]:][:n], d[offs[3]:][:n]
		b4, b5, b6, b7 := d[offs[4]:][:n], d[offs[5]:][:n], d[offs[6]:][:n], d[offs[7]:][:n]
		for j := range acc {
			acc[j] += b0[j] + b1[j] + b2[j] + b3[j] + b4[j] + b5[j] + b6[j] + b7[j]
		}
	}
	if len(offs) >= 4 {
		b0, b1, b2, b3 := d[offs[0]:][:n], d[offs[1]:][:n], d[offs[2]:][:n], d[offs[3]:][:n]
		for j := range acc {
			acc[j] += b0[j] + b1[j] + b2[j] + b3[j]
		}
		offs = offs[4:]
	}
	for _, o := range offs {
		b := d[o:][:n]
		for j := range acc {
			acc[j] += b[j]
		}
	}
}
