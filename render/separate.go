package render

import (
	"cmp"
	"maps"
	"math"
	"slices"
)

// box is a rectangle to keep clear of the others: a node, with the margin
// it needs around it. X and Y are its centre; W and H its half-width and
// half-height. Units are points.
type box struct {
	X, Y, W, H float64
}

// Tuning of separate.
const (
	// density is the share of the layout's area that separate first scales
	// the boxes to cover: compact, yet loose enough that pushing boxes apart
	// moves them little.
	density = 0.15
	// pushRounds bounds the rounds of pushing apart; whatever overlaps
	// remain are then removed by scaling.
	pushRounds = 400
)

// separate moves the boxes so that no two overlap, keeping the layout's
// shape. Boxes at the same centre are first spread apart
// deterministically. If scaling the layout up until nothing overlaps keeps
// it at most as large as one where the boxes cover density of the area,
// that scaling is all; otherwise separate scales the layout to that
// density, repeatedly pushes every overlapping pair apart along the axis
// where they overlap least, and finally, should overlaps remain, scales
// the layout up just enough to remove them.
func separate(bs []box) {
	if len(bs) < 2 {
		return
	}
	spread(bs)
	sd := densityScale(bs)
	if sc := scaleToClear(bs); sc <= sd {
		scale(bs, sc)
		return
	}
	scale(bs, sd)
	for range pushRounds {
		if !push(bs) {
			return
		}
	}
	scale(bs, scaleToClear(bs))
}

// scale multiplies the distances between the boxes' centres by s.
func scale(bs []box, s float64) {
	if s == 1 {
		return
	}
	var cx, cy float64
	for _, b := range bs {
		cx += b.X
		cy += b.Y
	}
	cx /= float64(len(bs))
	cy /= float64(len(bs))
	for i := range bs {
		bs[i].X = cx + (bs[i].X-cx)*s
		bs[i].Y = cy + (bs[i].Y-cy)*s
	}
}

// spread moves boxes that share a centre with an earlier box onto a small
// spiral around it, so that every pair has a direction to be pushed in.
func spread(bs []box) {
	seen := map[[2]float64]int{}
	for i := range bs {
		k := [2]float64{bs[i].X, bs[i].Y}
		n := seen[k]
		seen[k] = n + 1
		if n == 0 {
			continue
		}
		a := float64(n) * 2.39996 // the golden angle, in radians
		r := 2 * math.Sqrt(float64(n))
		bs[i].X += r * math.Cos(a)
		bs[i].Y += r * math.Sin(a)
	}
}

// densityScale returns the factor by which to scale the distances between
// the centres so that the boxes cover about density of the area the
// centres span.
func densityScale(bs []box) float64 {
	var area float64
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, b := range bs {
		area += 4 * b.W * b.H
		minX, maxX = math.Min(minX, b.X), math.Max(maxX, b.X)
		minY, maxY = math.Min(minY, b.Y), math.Max(maxY, b.Y)
	}
	span := math.Max(maxX-minX, 1) * math.Max(maxY-minY, 1)
	return math.Sqrt(area / density / span)
}

// push moves every overlapping pair apart by half their overlap each,
// along the axis where they overlap least, and reports whether any pair
// overlapped.
func push(bs []box) bool {
	dx := make([]float64, len(bs))
	dy := make([]float64, len(bs))
	any := false
	eachPair(bs, func(i, j int) {
		a, b := bs[i], bs[j]
		ox := a.W + b.W - math.Abs(a.X-b.X)
		oy := a.H + b.H - math.Abs(a.Y-b.Y)
		if ox <= 0 || oy <= 0 {
			return
		}
		any = true
		if ox/(a.W+b.W) < oy/(a.H+b.H) {
			m := (ox/2 + 0.01) * sign(a.X-b.X, i, j)
			dx[i] += m
			dx[j] -= m
		} else {
			m := (oy/2 + 0.01) * sign(a.Y-b.Y, i, j)
			dy[i] += m
			dy[j] -= m
		}
	})
	for i := range bs {
		bs[i].X += dx[i]
		bs[i].Y += dy[i]
	}
	return any
}

// sign is the direction to push box i away from box j: the sign of d, or
// by index order when they are level.
func sign(d float64, i, j int) float64 {
	switch {
	case d > 0:
		return 1
	case d < 0:
		return -1
	case i < j:
		return -1
	}
	return 1
}

// scaleToClear returns the smallest factor, at least 1, by which scaling
// the distances between the centres leaves no two boxes overlapping.
func scaleToClear(bs []box) float64 {
	s := 1.0
	eachPair(bs, func(i, j int) {
		a, b := bs[i], bs[j]
		need := math.Inf(1)
		if d := math.Abs(a.X - b.X); d > 0 {
			need = (a.W + b.W) / d
		}
		if d := math.Abs(a.Y - b.Y); d > 0 {
			need = math.Min(need, (a.H+b.H)/d)
		}
		if !math.IsInf(need, 1) && need > s {
			s = need * 1.001
		}
	})
	return s
}

// eachPair calls f for every pair i < j of boxes that may overlap, found
// through a grid of cells as large as the largest box.
func eachPair(bs []box, f func(i, j int)) {
	var cw, ch float64
	for _, b := range bs {
		cw, ch = math.Max(cw, 2*b.W), math.Max(ch, 2*b.H)
	}
	if cw == 0 || ch == 0 {
		return
	}
	type cell struct{ x, y int }
	grid := map[cell][]int{}
	for i, b := range bs {
		c := cell{int(math.Floor(b.X / cw)), int(math.Floor(b.Y / ch))}
		grid[c] = append(grid[c], i)
	}
	// Visit cells in a fixed order: the pushes add up in floating point,
	// and the layout must not depend on map order.
	cells := slices.SortedFunc(maps.Keys(grid), func(a, b cell) int {
		return cmp.Or(cmp.Compare(a.x, b.x), cmp.Compare(a.y, b.y))
	})
	for _, c := range cells {
		members := grid[c]
		for k, i := range members {
			for _, j := range members[k+1:] {
				f(i, j)
			}
		}
		// Neighbouring cells half of the eight, so each pair is seen once.
		for _, d := range [...]cell{{1, -1}, {1, 0}, {1, 1}, {0, 1}} {
			for _, i := range members {
				for _, j := range grid[cell{c.x + d.x, c.y + d.y}] {
					f(min(i, j), max(i, j))
				}
			}
		}
	}
}
