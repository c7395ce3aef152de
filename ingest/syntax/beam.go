package syntax

import "sort"

// Beam search over the same transition system: the k best partial parses are kept at
// every step, scored by the sum of their transitions' scores. A parser trained for a
// beam (a global perceptron with max-violation updates, Huang, Fayong and Guo 2012) is
// decoded with the beam it was trained with.

// histNode is one transition of a partial parse, linked to the ones before it.
type histNode struct {
	act  int
	prev *histNode
}

type beamItem struct {
	st    parseState
	score float64
	hist  *histNode
	gold  bool
}

type beamCand struct {
	item  int
	act   int
	score float64
}

// copyFrom makes st a copy of o that shares only the read-only word codes.
func (st *parseState) copyFrom(o *parseState) {
	st.n, st.b0 = o.n, o.b0
	st.stack = append(st.stack[:0], o.stack...)
	st.heads = append(st.heads[:0], o.heads...)
	st.labels = append(st.labels[:0], o.labels...)
	st.l1 = append(st.l1[:0], o.l1...)
	st.l2 = append(st.l2[:0], o.l2...)
	st.r1 = append(st.r1[:0], o.r1...)
	st.r2 = append(st.r2[:0], o.r2...)
	st.nl = append(st.nl[:0], o.nl...)
	st.nr = append(st.nr[:0], o.nr...)
	st.lmask = append(st.lmask[:0], o.lmask...)
	st.rmask = append(st.rmask[:0], o.rmask...)
	st.w, st.t, st.u = o.w, o.t, o.u
}

// topK keeps the k best candidates, best first.
func topK(cands []beamCand, k int) []beamCand {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	if len(cands) > k {
		cands = cands[:k]
	}
	return cands
}

// legalActs appends the legal actions of st.
func legalActs(out []int, st *parseState, nl int) []int {
	shift, left, right := st.legal()
	if shift {
		out = append(out, actShift)
	}
	if left {
		for l := 0; l < nl; l++ {
			out = append(out, 1+l)
		}
	}
	if right {
		for l := 0; l < nl; l++ {
			out = append(out, 1+nl+l)
		}
	}
	return out
}

// parseBeam decodes with a beam of width k, and sets the heads of st to the best parse.
func (p *Parser) parseBeam(init *parseState, k int) *parseState {
	nl := len(p.labels)
	beam := []*beamItem{{st: *init}}
	var next []*beamItem
	var spare []*beamItem
	scores := make([]int32, 2*nl+1)
	feats := make([]uint64, 0, 128)
	var acts []int
	var cands []beamCand
	for !beam[0].st.terminal() {
		cands = cands[:0]
		for i, it := range beam {
			feats = it.st.features(feats[:0])
			p.model.score(feats, scores)
			acts = legalActs(acts[:0], &it.st, nl)
			for _, a := range acts {
				cands = append(cands, beamCand{i, a, it.score + float64(scores[a])})
			}
		}
		cands = topK(cands, k)
		next = next[:0]
		for _, c := range cands {
			var it *beamItem
			if n := len(spare); n > 0 {
				it, spare = spare[n-1], spare[:n-1]
			} else {
				it = &beamItem{}
			}
			it.st.copyFrom(&beam[c.item].st)
			it.st.apply(c.act, nl)
			it.score = c.score
			next = append(next, it)
		}
		spare = append(spare, beam...)
		beam, next = next, beam
	}
	return &beam[0].st
}

// goldSequence returns the transitions the dynamic oracle takes from the start to the
// end, preferring arcs to SHIFT among the cheapest, with the gold relation.
func goldSequence(st *parseState, gold []int32, goldLabel []int16, deps [][]int32, nl int) []int {
	var seq []int
	for !st.terminal() {
		shift, left, right := st.legal()
		cs, cl, cr := oracleCosts(st, gold, deps)
		s0 := st.s(0)
		best, bestCost := -1, 1<<30
		if left && cl < bestCost {
			best, bestCost = 1+int(goldLabel[s0]), cl
		}
		if right && cr < bestCost {
			best, bestCost = 1+nl+int(goldLabel[s0]), cr
		}
		if shift && cs < bestCost {
			best = actShift
		}
		seq = append(seq, best)
		st.apply(best, nl)
	}
	return seq
}

// trainBeamSentence runs the beam over one training sentence and, where the gold parse
// fell furthest behind the beam's best (the maximum violation), moves the weights toward
// the gold transitions and away from the best item's, up to that step.
func trainBeamSentence(p *averagedPerceptron, init *parseState, seq []int, k, nl int) (violated bool) {
	beam := []*beamItem{{st: *init, gold: true}}
	var goldSt parseState
	goldSt.copyFrom(init)
	goldScore := 0.0
	scores := make([]float32, 2*nl+1)
	feats := make([]uint64, 0, 128)
	var acts []int
	var cands []beamCand
	maxViol, tStar := 0.0, -1
	var predStar *histNode
	var goldHist *histNode
	for t, ga := range seq {
		cands = cands[:0]
		for i, it := range beam {
			feats = it.st.features(feats[:0])
			clear(scores)
			p.score(feats, scores)
			acts = legalActs(acts[:0], &it.st, nl)
			for _, a := range acts {
				cands = append(cands, beamCand{i, a, it.score + float64(scores[a])})
			}
		}
		feats = goldSt.features(feats[:0])
		clear(scores)
		p.score(feats, scores)
		goldScore += float64(scores[ga])
		goldSt.apply(ga, nl)
		goldHist = &histNode{ga, goldHist}
		cands = topK(cands, k)
		next := make([]*beamItem, 0, len(cands))
		goldIn := false
		for _, c := range cands {
			parent := beam[c.item]
			it := &beamItem{score: c.score, hist: &histNode{c.act, parent.hist}, gold: parent.gold && c.act == ga}
			it.st.copyFrom(&parent.st)
			it.st.apply(c.act, nl)
			goldIn = goldIn || it.gold
			next = append(next, it)
		}
		beam = next
		if !goldIn || t == len(seq)-1 && !beam[0].gold {
			if v := beam[0].score - goldScore; v >= maxViol {
				maxViol, tStar, predStar = v, t, beam[0].hist
			}
		}
	}
	p.tick()
	if tStar < 0 {
		return false
	}
	// Replay both prefixes up to tStar and update.
	pred := make([]int, tStar+1)
	for h, i := predStar, tStar; h != nil; h, i = h.prev, i-1 {
		pred[i] = h.act
	}
	for _, side := range []struct {
		acts  []int
		delta int32
	}{{seq[:tStar+1], 1}, {pred, -1}} {
		var st parseState
		st.copyFrom(init)
		for _, a := range side.acts {
			feats = st.features(feats[:0])
			p.updateOne(feats, a, side.delta)
			st.apply(a, nl)
		}
	}
	return true
}
