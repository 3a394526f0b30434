package parse

// labelFeatures lists the features that label the arc h → d made by arc
// transition a. They are computed only for the arc actually taken, when d
// has all its dependents, so they can look at d's complete set of children.
// Every template is split by the arc's direction.
func labelFeatures(f *depFeats, s *parseState, atoms []tokAtoms, a transition, h, d int32) {
	f.reset(0)
	dir := uint64(a) << 40
	H, D := atomsOf(atoms, h), atomsOf(atoms, d)
	prev := func(x int32) *tokAtoms {
		if x <= 1 {
			return atomsOf(atoms, noWord)
		}
		return &atoms[x-1]
	}
	next := func(x int32) *tokAtoms {
		if x == 0 || int(x) >= s.n {
			return atomsOf(atoms, noWord)
		}
		return &atoms[x+1]
	}
	Dp, Dn, Hp, Hn := prev(d), next(d), prev(h), next(h)
	dist := distBucket(h, d) | dir
	dvl, dvr, dsl, dsr := s.valency(d)
	_, _, hsl, hsr := s.valency(h)
	dl, dr := s.childLabel(s.l1[d]), s.childLabel(s.r1[d])
	ctx := atomsOf(atoms, s.stk(1)) // the word left of d on the stack
	if a == actRight {
		ctx = atomsOf(atoms, s.front())
	}

	f.add2(dir, D.w)
	f.add2(dir, D.p)
	f.add3(dir, D.w, D.p)
	f.add2(dir, D.m)
	f.add2(dir, D.sfx)
	f.add2(dir, H.w)
	f.add2(dir, H.p)
	f.add2(dir, H.m)
	f.add3(dir, H.p, D.p)
	f.add3(dir, H.u, D.u)
	f.add3(dir, H.w, D.p)
	f.add3(dir, H.p, D.w)
	f.add3(dir, H.m, D.m)
	f.add3(dir, H.m, D.p)
	f.add3(dir, H.p, D.m)
	f.add3(dist, H.p, D.p)
	f.add2(dist, D.p)
	f.add2(dist, D.w)
	f.add3(dir, D.p, dl)
	f.add3(dir, D.p, dr)
	f.add3(dir, D.p, dsl)
	f.add3(dir, D.p, dsr)
	f.add4(dir, D.p, dsl, dsr)
	f.add4(dir, D.m, dsl, dsr)
	f.add4(dir, D.p, dvl, dvr)
	f.add3(dir, H.p, hsl)
	f.add3(dir, H.p, hsr)
	f.add4(dir, H.p, D.p, hsl|hsr)
	f.add4(dir, D.u, dsl|dsr, H.u)
	f.add3(dir, D.p, Dp.p)
	f.add3(dir, D.p, Dn.p)
	f.add4(dir, Dp.p, D.p, Dn.p)
	f.add3(dir, H.p, Hp.p)
	f.add3(dir, H.p, Hn.p)
	f.add4(dir, D.p, H.p, ctx.p)
	f.add3(dir, D.w, Dn.w)
	f.add3(dir, Dp.w, D.w)
	f.add4(dir, D.sfx, D.u, H.u)
	f.add3(dir, D.shp, D.p)
	f.add4(dir, D.shp, D.p, H.p)
	f.add3(dir, D.w, H.w)
}
