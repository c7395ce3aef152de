package syntax

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"slices"
	"strings"
	"sync"
)

// Parser gives every word of a tagged sentence its head and UD relation, with the
// arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) and the root
// at the end of the buffer (Ballesteros and Nivre 2013), scored by an averaged perceptron
// over Zhang and Nivre (2011)-style features and decoded greedily: one pass, two
// transitions a word, linear in the sentence's length.
//
// Transitions on a stack σ|s1|s0 and a buffer b0|β:
//
//	SHIFT     move b0 onto the stack
//	LEFT(l)   s0 <-l- b0: s0 gets head b0 with relation l, and is popped
//	RIGHT(l)  s1 -l-> s0: s0 gets head s1 with relation l, and is popped
//
// The tree's one root is the word that a LEFT attaches to the root node, which is
// allowed only when it is the last word on the stack.
type Parser struct {
	beam   int      // beam width it was trained for; 1 is greedy
	labels []string // UD relations, index = label id
	model  *linearModel
}

const (
	actShift = 0
	// LEFT(l) = 1+l, RIGHT(l) = 1+nLabels+l
)

// parseState is a configuration of the transition system. Positions 1..n are words,
// n+1 is the root node, 0 stands for "no such word" in features.
type parseState struct {
	n       int
	stack   []int32
	b0      int // the buffer is b0..n and then the root node n+1
	heads   []int32
	labels  []int16
	l1, l2  []int32 // leftmost and second-leftmost dependents
	r1, r2  []int32 // rightmost and second-rightmost dependents
	nl, nr  []uint8
	lmask   []uint64 // set of relations of left dependents
	rmask   []uint64
	w, t, u []uint64 // word, XPOS and UPOS codes of every position
}

func (st *parseState) init(n int, w, t, u []uint64) {
	st.n = n
	st.stack = st.stack[:0]
	st.b0 = 1
	size := n + 2
	grow := func(s []int32) []int32 {
		if cap(s) < size {
			return make([]int32, size)
		}
		s = s[:size]
		clear(s)
		return s
	}
	st.heads, st.l1, st.l2, st.r1, st.r2 = grow(st.heads), grow(st.l1), grow(st.l2), grow(st.r1), grow(st.r2)
	if cap(st.labels) < size {
		st.labels = make([]int16, size)
		st.nl, st.nr = make([]uint8, size), make([]uint8, size)
		st.lmask, st.rmask = make([]uint64, size), make([]uint64, size)
	}
	st.labels, st.nl, st.nr, st.lmask, st.rmask = st.labels[:size], st.nl[:size], st.nr[:size], st.lmask[:size], st.rmask[:size]
	for i := range st.labels {
		st.labels[i] = -1
	}
	clear(st.nl)
	clear(st.nr)
	clear(st.lmask)
	clear(st.rmask)
	for i := range st.heads {
		st.heads[i] = -1
	}
	st.w, st.t, st.u = w, t, u
}

func (st *parseState) root() int      { return st.n + 1 }
func (st *parseState) terminal() bool { return len(st.stack) == 0 && st.b0 == st.root() }

func (st *parseState) s(i int) int {
	if i < len(st.stack) {
		return int(st.stack[len(st.stack)-1-i])
	}
	return 0
}

func (st *parseState) b(i int) int {
	if p := st.b0 + i; p <= st.root() {
		return p
	}
	return 0
}

// legal reports which of SHIFT, LEFT and RIGHT may be taken.
func (st *parseState) legal() (shift, left, right bool) {
	shift = st.b0 != st.root()
	left = len(st.stack) > 0 && (st.b0 != st.root() || len(st.stack) == 1)
	right = len(st.stack) >= 2
	return
}

func (st *parseState) apply(act, nLabels int) {
	switch {
	case act == actShift:
		st.stack = append(st.stack, int32(st.b0))
		st.b0++
	case act <= nLabels:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(int(s0), st.b0, act-1, true)
	default:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(int(s0), int(s1), act-1-nLabels, false)
	}
}

func (st *parseState) attach(dep, head, label int, left bool) {
	st.heads[dep] = int32(head)
	st.labels[dep] = int16(label)
	if left { // dep is left of head; left dependents arrive right to left
		st.l2[head], st.l1[head] = st.l1[head], int32(dep)
		if st.nl[head] < 255 {
			st.nl[head]++
		}
		st.lmask[head] |= 1 << uint(label&63)
	} else { // right dependents arrive left to right
		st.r2[head], st.r1[head] = st.r1[head], int32(dep)
		if st.nr[head] < 255 {
			st.nr[head]++
		}
		st.rmask[head] |= 1 << uint(label&63)
	}
}

var (
	codeNone = fnv64("<none>")
	codeRoot = fnv64("<root>")
)

func distCode(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	default:
		return 7
	}
}

// features appends the features of the configuration st.
func (st *parseState) features(out []uint64) []uint64 {
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.b(0), st.b(1), st.b(2)
	W, T, U := st.w, st.t, st.u
	L := func(x int32) uint64 { // the relation of word x, 0 for none
		if x <= 0 {
			return 0
		}
		return uint64(st.labels[x] + 1)
	}
	s0l, s0l2, s0r, s0r2 := st.l1[s0], st.l2[s0], st.r1[s0], st.r2[s0]
	s1l, s1r := st.l1[s1], st.r1[s1]
	b0l, b0l2 := st.l1[b0], st.l2[b0]
	if s0 == 0 {
		s0l, s0l2, s0r, s0r2 = 0, 0, 0, 0
	}
	if s1 == 0 {
		s1l, s1r = 0, 0
	}
	if b0 == 0 {
		b0l, b0l2 = 0, 0
	}
	d := 0
	if s0 > 0 && b0 > 0 && b0 != st.root() {
		d = b0 - s0
	}
	dist := distCode(d)
	d2 := uint64(0)
	if s1 > 0 {
		d2 = distCode(s0 - s1)
	}
	stackLen := uint64(min(len(st.stack), 4))
	s0vl, s0vr, b0vl, s1vr, s1vl := uint64(st.nl[s0]), uint64(st.nr[s0]), uint64(st.nl[b0]), uint64(st.nr[s1]), uint64(st.nl[s1])
	out = append(out,
		fhash(1, W[s0], T[s0], 0),
		fhash(2, W[s0], 0, 0),
		fhash(3, T[s0], 0, 0),
		fhash(4, W[b0], T[b0], 0),
		fhash(5, W[b0], 0, 0),
		fhash(6, T[b0], 0, 0),
		fhash(7, W[b1], T[b1], 0),
		fhash(8, W[b1], 0, 0),
		fhash(9, T[b1], 0, 0),
		fhash(10, W[b2], T[b2], 0),
		fhash(11, W[b2], 0, 0),
		fhash(12, T[b2], 0, 0),
		fhash(13, W[s1], T[s1], 0),
		fhash(14, W[s1], 0, 0),
		fhash(15, T[s1], 0, 0),
		fhash(16, T[s2], 0, 0),
		fhash(17, W[s2], 0, 0),
		// pairs
		fhash(18, W[s0]^T[s0]<<1, W[b0]^T[b0]<<1, 0),
		fhash(19, W[s0]^T[s0]<<1, W[b0], 0),
		fhash(20, W[s0], W[b0]^T[b0]<<1, 0),
		fhash(21, W[s0]^T[s0]<<1, T[b0], 0),
		fhash(22, T[s0], W[b0]^T[b0]<<1, 0),
		fhash(23, W[s0], W[b0], 0),
		fhash(24, T[s0], T[b0], 0),
		fhash(25, T[b0], T[b1], 0),
		fhash(26, W[s0]^T[s0]<<1, W[s1]^T[s1]<<1, 0),
		fhash(27, T[s0], T[s1], 0),
		fhash(28, W[s0], W[s1], 0),
		fhash(29, T[s1], T[b0], 0),
		fhash(30, W[s1], W[b0], 0),
		fhash(90, W[s0], T[s1], 0),
		fhash(91, T[s0], W[s1], 0),
		fhash(92, W[b0], T[s1], 0),
		// three tags
		fhash(31, T[b0], T[b1], T[b2]),
		fhash(32, T[s0], T[b0], T[b1]),
		fhash(33, T[s1], T[s0], T[b0]),
		fhash(34, T[s2], T[s1], T[s0]),
		fhash(35, T[s0], T[s0l], T[b0]),
		fhash(36, T[s0], T[s0r], T[b0]),
		fhash(37, T[s0], T[b0], T[b0l]),
		fhash(38, T[s1], T[s0], T[s0l]),
		fhash(39, T[s1], T[s1r], T[s0]),
		fhash(93, T[s1], T[s0], T[b1]),
		// distance
		fhash(40, W[s0], dist, 0),
		fhash(41, T[s0], dist, 0),
		fhash(42, W[b0], dist, 0),
		fhash(43, T[b0], dist, 0),
		fhash(44, W[s0], W[b0], dist),
		fhash(45, T[s0], T[b0], dist),
		fhash(46, T[s1], T[s0], d2),
		fhash(94, W[s1], W[s0], d2),
		// valency
		fhash(47, W[s0], s0vr, 0),
		fhash(48, T[s0], s0vr, 0),
		fhash(49, W[s0], s0vl, 0),
		fhash(50, T[s0], s0vl, 0),
		fhash(51, W[b0], b0vl, 0),
		fhash(52, T[b0], b0vl, 0),
		fhash(53, T[s1], s1vr, 0),
		fhash(54, T[s1], s1vl, 0),
		// dependents
		fhash(55, W[s0l], 0, 0),
		fhash(56, T[s0l], 0, 0),
		fhash(57, L(s0l), 0, 0),
		fhash(58, W[s0r], 0, 0),
		fhash(59, T[s0r], 0, 0),
		fhash(60, L(s0r), 0, 0),
		fhash(61, W[b0l], 0, 0),
		fhash(62, T[b0l], 0, 0),
		fhash(63, L(b0l), 0, 0),
		fhash(64, W[s1l], 0, 0),
		fhash(65, T[s1l], 0, 0),
		fhash(66, L(s1l), 0, 0),
		fhash(67, W[s1r], 0, 0),
		fhash(68, T[s1r], 0, 0),
		fhash(69, L(s1r), 0, 0),
		fhash(70, W[s0l2], 0, 0),
		fhash(71, T[s0l2], 0, 0),
		fhash(72, L(s0l2), 0, 0),
		fhash(73, W[s0r2], 0, 0),
		fhash(74, T[s0r2], 0, 0),
		fhash(75, L(s0r2), 0, 0),
		fhash(76, W[b0l2], 0, 0),
		fhash(77, T[b0l2], 0, 0),
		fhash(78, L(b0l2), 0, 0),
		fhash(79, T[s0], T[s0l], T[s0l2]),
		fhash(80, T[s0], T[s0r], T[s0r2]),
		fhash(81, T[b0], T[b0l], T[b0l2]),
		// label sets
		fhash(82, W[s0], st.lmask[s0], 0),
		fhash(83, T[s0], st.lmask[s0], 0),
		fhash(84, W[s0], st.rmask[s0], 0),
		fhash(85, T[s0], st.rmask[s0], 0),
		fhash(86, W[b0], st.lmask[b0], 0),
		fhash(87, T[b0], st.lmask[b0], 0),
		fhash(88, T[s1], st.rmask[s1], 0),
		// the stack's depth, for the root decision
		fhash(89, stackLen, T[s0], T[b0]),
		fhash(95, T[s0], L(s0l), L(s0r)),
		fhash(96, T[s0], T[b0], L(b0l)),
		fhash(97, T[s0], L(s0r), T[b0]),
		fhash(98, W[s0], T[s0], L(s0l)),
		fhash(99, W[b0], T[b0], L(b0l)),
		// universal tags, coarser and more often right than the treebank's
		fhash(100, U[s0], 0, 0),
		fhash(101, U[b0], 0, 0),
		fhash(102, U[s1], 0, 0),
		fhash(103, U[b1], 0, 0),
		fhash(104, U[s0], U[b0], 0),
		fhash(105, U[s1], U[s0], U[b0]),
		fhash(106, U[b0], U[b1], U[s0]),
		fhash(107, U[s0], U[b0], dist),
		fhash(108, W[s0], U[b0], 0),
		fhash(109, U[s0], W[b0], 0),
	)
	return out
}

// codes returns the word and tag codes of a sentence's positions: 0 none, 1..n words,
// n+1 the root node.
func (p *Parser) codes(s *Sentence) (w, t, u []uint64) { return p.appendCodes(s, nil, nil, nil) }

// appendCodes is codes in w, t and u, reused (from their start) when large enough.
func (p *Parser) appendCodes(s *Sentence, w, t, u []uint64) ([]uint64, []uint64, []uint64) {
	n := len(s.Words)
	w, t, u = slices.Grow(w[:0], n+2)[:n+2], slices.Grow(t[:0], n+2)[:n+2], slices.Grow(u[:0], n+2)[:n+2]
	w[0], t[0], u[0] = codeNone, codeNone, codeNone
	w[n+1], t[n+1], u[n+1] = codeRoot, codeRoot, codeRoot
	for i := range s.Words {
		w[i+1] = fnvLower(s.Words[i].Form)
		t[i+1] = fnv64(s.Words[i].XPOS)
		u[i+1] = fnv64From(codeUPrefix, s.Words[i].UPOS)
	}
	return w, t, u
}

// codeUPrefix is the FNV state after "u:", the prefix of a UPOS's code.
var codeUPrefix = fnv64("u:")

// fnvLower is fnv64(strings.ToLower(s)), without making the lower-case copy when s is
// ASCII.
func fnvLower(s string) uint64 {
	if !isASCII(s) {
		return fnv64(strings.ToLower(s))
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// parseScratch is the memory parsing a sentence works in, kept for the next sentence.
type parseScratch struct {
	st      parseState
	w, t, u []uint64
	scores  []int32
	feats   []uint64
}

var parseScratchPool = sync.Pool{New: func() any { return new(parseScratch) }}

// Parse sets Head and DepRel on every word of s, whose UPOS and XPOS must be set.
func (p *Parser) Parse(s *Sentence) {
	n := len(s.Words)
	if n == 0 {
		return
	}
	sc := parseScratchPool.Get().(*parseScratch)
	defer parseScratchPool.Put(sc)
	sc.w, sc.t, sc.u = p.appendCodes(s, sc.w, sc.t, sc.u)
	st := &sc.st
	st.init(n, sc.w, sc.t, sc.u)
	nl := len(p.labels)
	if p.beam > 1 {
		st = p.parseBeam(st, p.beam)
	} else {
		scores := slices.Grow(sc.scores[:0], 2*nl+1)[:2*nl+1]
		feats := sc.feats[:0]
		defer func() { sc.scores, sc.feats = scores, feats }()
		for !st.terminal() {
			if len(st.stack) == 0 {
				// SHIFT is the only move (8% of them on EWT dev): nothing to score.
				st.apply(actShift, nl)
				continue
			}
			feats = st.features(feats[:0])
			classes := len(scores)
			if len(st.stack) < 2 {
				classes = 1 + nl // no RIGHT (21% of the moves): its scores are not read
			}
			p.model.scoreFirst(feats, scores, classes)
			st.apply(bestLegal(st, scores, nl), nl)
		}
	}
	for i := range s.Words {
		h := int(st.heads[i+1])
		if h == n+1 {
			h = 0
		}
		s.Words[i].Head = h
		s.Words[i].DepRel = p.labels[st.labels[i+1]]
	}
}

// bestLegal returns the legal transition of best score, the first of them on a tie, or
// -1 when none is legal.
func bestLegal(st *parseState, scores []int32, nl int) int {
	shift, left, right := st.legal()
	// The classes are SHIFT, the LEFTs, then the RIGHTs, so the legal ones are a run of
	// them, from the first legal to the last, unless SHIFT and RIGHT are legal and LEFT
	// is not (which the system never allows: with a buffer and a stack, LEFT is legal).
	var lo, hi int
	switch {
	case shift:
		lo = 0
	case left:
		lo = 1
	case right:
		lo = 1 + nl
	default:
		return -1
	}
	switch {
	case right:
		hi = 1 + 2*nl
	case left:
		hi = 1 + nl
	default:
		hi = 1
	}
	if shift && right && !left {
		if best := 1 + nl + argmax(scores[1+nl:hi]); scores[best] > scores[actShift] {
			return best
		}
		return actShift
	}
	return lo + argmax(scores[lo:hi])
}

// ParserTrainOptions say how the parser is trained.
type ParserTrainOptions struct {
	TrainOptions
	// ExploreFrom is the first epoch (0-based) from which the parser follows its own
	// mistakes with probability Explore (the dynamic oracle's error exploration).
	ExploreFrom int
	Explore     float64
	// Prune drops averaged weights smaller than this many perceptron updates.
	Prune float64
	// Beam, when above 1, trains a global model for beam search of that width.
	Beam int
	// Eval, if set, is called after every epoch with the averaged parser.
	Eval func(epoch int, p *Parser)
}

// TrainParser trains a parser on sentences with gold heads and relations, reading the
// tags given in tags (tags[k][i] is "UPOS/XPOS" of word i of sentence k; nil for the
// gold tags). Every transition is trained against the dynamic oracle of Goldberg and
// Nivre (2013) for the arc-hybrid system, so the parser learns to recover from its own
// mistakes.
func TrainParser(sents []*Sentence, tags [][]string, opt ParserTrainOptions) *Parser {
	labels, labelID := byFrequency(sents, func(w *Word) string { return w.DepRel }, 64) // label sets are 64-bit masks
	nl := len(labels)
	type prepared struct {
		w, t, u   []uint64
		gold      []int32 // gold head of each position (root node n+1), 0 for none
		goldLabel []int16
		goldDeps  [][]int32
		seq       []int // the oracle's transitions, for beam training
	}
	pr := &Parser{labels: labels, beam: max(opt.Beam, 1)}
	data := make([]prepared, 0, len(sents))
	for k, s := range sents {
		if s.Validate() != nil || len(s.Words) == 0 {
			continue
		}
		c := *s
		c.Words = append([]Word(nil), s.Words...)
		if tags != nil {
			for i := range c.Words {
				c.Words[i].UPOS, c.Words[i].XPOS, _ = strings.Cut(tags[k][i], "/")
			}
		}
		n := len(c.Words)
		w, t, u := pr.codes(&c)
		d := prepared{w: w, t: t, u: u, gold: make([]int32, n+2), goldLabel: make([]int16, n+2), goldDeps: make([][]int32, n+2)}
		for i, wd := range c.Words {
			h := wd.Head
			if h == 0 {
				h = n + 1
			}
			d.gold[i+1] = int32(h)
			d.goldLabel[i+1] = int16(labelID[wd.DepRel])
			d.goldDeps[h] = append(d.goldDeps[h], int32(i+1))
		}
		data = append(data, d)
	}
	p := newAveragedPerceptron(2*nl + 1)
	rng := rand.New(rand.NewSource(opt.Seed))
	order := rng.Perm(len(data))
	scores := make([]float32, 2*nl+1)
	feats := make([]uint64, 0, 128)
	var st parseState
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		steps, mistakes := 0, 0
		for _, k := range order {
			d := &data[k]
			n := len(d.w) - 2
			st.init(n, d.w, d.t, d.u)
			if pr.beam > 1 {
				if d.seq == nil {
					var g parseState
					g.init(n, d.w, d.t, d.u)
					d.seq = goldSequence(&g, d.gold, d.goldLabel, d.goldDeps, nl)
				}
				steps += len(d.seq)
				if trainBeamSentence(p, &st, d.seq, pr.beam, nl) {
					mistakes++
				}
				continue
			}
			for !st.terminal() {
				feats = st.features(feats[:0])
				clear(scores)
				p.score(feats, scores)
				shift, left, right := st.legal()
				cs, cl, cr := oracleCosts(&st, d.gold, d.goldDeps)
				s0, s1 := st.s(0), st.s(1)
				cost := func(a int) int {
					switch {
					case a == actShift:
						return cs
					case a <= nl:
						c := cl
						if d.gold[s0] == int32(st.b0) && int(d.goldLabel[s0]) != a-1 {
							c++
						}
						return c
					default:
						c := cr
						if d.gold[s0] == int32(s1) && int(d.goldLabel[s0]) != a-1-nl {
							c++
						}
						return c
					}
				}
				pred, predScore := -1, float32(0)
				gold, goldScore, goldCost := -1, float32(0), 1<<30
				try := func(a int) {
					sc := scores[a]
					if pred < 0 || sc > predScore {
						pred, predScore = a, sc
					}
					c := cost(a)
					if c < goldCost || (c == goldCost && sc > goldScore) {
						gold, goldScore, goldCost = a, sc, c
					}
				}
				if shift {
					try(actShift)
				}
				if left {
					for l := 0; l < nl; l++ {
						try(1 + l)
					}
				}
				if right {
					for l := 0; l < nl; l++ {
						try(1 + nl + l)
					}
				}
				p.tick()
				steps++
				next := pred
				if cost(pred) > goldCost {
					mistakes++
					p.update(feats, gold, pred)
					if ep < opt.ExploreFrom || rng.Float64() >= opt.Explore {
						next = gold
					}
				}
				st.apply(next, nl)
			}
		}
		opt.logf("parser epoch %d: %d transitions, %.4f wrong, %d features\n", ep+1, steps, float64(mistakes)/float64(steps), len(p.rows))
		if opt.Eval != nil {
			pr.model = p.average(opt.Prune)
			opt.Eval(ep, pr)
		}
	}
	pr.model = p.average(opt.Prune)
	return pr
}

// oracleCosts returns how many gold arcs each unlabeled transition makes unreachable
// (Goldberg and Nivre 2013, arc-hybrid). For a non-projective gold tree these count the
// arcs a transition loses among those still reachable, and the trainer takes the
// cheapest transitions as right.
func oracleCosts(st *parseState, gold []int32, deps [][]int32) (shift, left, right int) {
	const never = 1 << 20
	s0, s1 := st.s(0), st.s(1)
	b0 := st.b0
	inBuffer := func(x int32) bool { return int(x) >= b0 }
	// dependents of s0 still in the buffer are lost by LEFT and RIGHT alike
	lostDeps := 0
	if s0 > 0 {
		for _, d := range deps[s0] {
			if inBuffer(d) {
				lostDeps++
			}
		}
	}
	if len(st.stack) > 0 {
		g := gold[s0]
		left = lostDeps
		if g != int32(b0) && (g == int32(s1) && s1 > 0 || inBuffer(g)) {
			left++
		}
		right = lostDeps
		if g != int32(s1) && inBuffer(g) {
			right++
		}
	} else {
		left, right = never, never
	}
	if len(st.stack) < 2 {
		right = never
	}
	if b0 != st.root() {
		for i, x := range st.stack {
			if gold[x] == int32(b0) {
				shift++
			}
			if gold[b0] == x && i != len(st.stack)-1 {
				shift++
			}
		}
	} else {
		shift = never
	}
	return
}

const parserMagic = "RGPARSE2\n"

// WriteTo writes the parser in its binary form (uncompressed; the caller may gzip it).
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	fmt.Fprintf(bw, "%sbeam %d\n%d\n%s\n", parserMagic, p.beam, len(p.labels), strings.Join(p.labels, "\n"))
	if err := p.model.writeTo(bw); err != nil {
		return cw.n, err
	}
	err := bw.Flush()
	return cw.n, err
}

// ReadParser reads a parser written by WriteTo.
func ReadParser(r io.Reader) (*Parser, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	magic := make([]byte, len(parserMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != parserMagic {
		return nil, fmt.Errorf("not a relgraph parser model")
	}
	var beam int
	if _, err := fmt.Fscanf(br, "beam %d\n", &beam); err != nil || beam < 1 || beam > 64 {
		return nil, fmt.Errorf("parser model: bad beam width")
	}
	labels, err := readClassNames(br, 64)
	if err != nil {
		return nil, fmt.Errorf("parser model: relations: %w", err)
	}
	p := &Parser{beam: beam, labels: labels}
	n := len(labels)
	m, err := readLinearModel(br)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if m.nClasses != 2*n+1 {
		return nil, fmt.Errorf("parser model: %d classes for %d relations", m.nClasses, n)
	}
	p.model = m
	return p, nil
}
