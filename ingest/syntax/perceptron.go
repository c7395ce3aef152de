package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strings"
)

// A feature is a 64-bit hash of a feature template and its values (see fhash). Both the
// tagger and the parser score a fixed set of classes with a linear model over such
// features.

// fnv64 hashes a string (FNV-1a).
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fnv64From continues the FNV-1a hash h over s: fnv64From(fnv64(a), b) == fnv64(a+b).
func fnv64From(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is the splitmix64 finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// fhash combines a template number with up to three values into a feature.
func fhash(tmpl uint64, a, b, c uint64) uint64 {
	h := mix(tmpl*0x9e3779b97f4a7c15 ^ a)
	h = mix(h ^ b*0xc2b2ae3d27d4eb4f)
	return mix(h ^ c*0x165667b19e3779f9)
}

// trainEntry is one class's weight in a feature's row while training: w is the current
// weight and u accumulates step*delta, so that the averaged weight is w - u/step
// (Daumé's trick: no per-weight timestamps).
type trainEntry struct {
	class int32
	w     int32
	u     int64
}

// averagedPerceptron is the training-time model: sparse rows of (class, weight) per
// feature, grown as updates touch them.
type averagedPerceptron struct {
	nClasses int
	index    map[uint64]int32
	rows     [][]trainEntry
	step     int64 // instances seen
}

func newAveragedPerceptron(nClasses int) *averagedPerceptron {
	return &averagedPerceptron{nClasses: nClasses, index: make(map[uint64]int32, 1<<20)}
}

// score adds the current weights of feats to scores (len nClasses, zeroed by the caller).
func (p *averagedPerceptron) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.class] += float32(e.w)
		}
	}
}

// tick counts one training instance (call once per prediction, before update).
func (p *averagedPerceptron) tick() { p.step++ }

// update moves weights toward class good and away from class bad for feats.
func (p *averagedPerceptron) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	p.updateOne(feats, good, 1)
	p.updateOne(feats, bad, -1)
}

func bump(row []trainEntry, class, delta int32, step int64) []trainEntry {
	for i := range row {
		if row[i].class == class {
			row[i].w += delta
			row[i].u += int64(delta) * step
			return row
		}
	}
	return append(row, trainEntry{class: class, w: delta, u: int64(delta) * step})
}

// average returns the averaged weights as a compact model, dropping weights whose
// magnitude is below prune (in perceptron update units) and quantizing the rest to int16.
func (p *averagedPerceptron) average(prune float64) *linearModel {
	type kv struct {
		key uint64
		row int32
	}
	keys := make([]kv, 0, len(p.index))
	for k, r := range p.index {
		keys = append(keys, kv{k, r})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].key < keys[j].key })
	step := float64(p.step)
	if step == 0 {
		step = 1
	}
	// The scale: the largest averaged weight maps to the int16 range.
	maxAbs := 0.0
	for _, row := range p.rows {
		for _, e := range row {
			v := math.Abs(float64(e.w) - float64(e.u)/step)
			if v > maxAbs {
				maxAbs = v
			}
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	m := &linearModel{nClasses: p.nClasses, scale: float32(scale)}
	var row []entry
	for _, k := range keys {
		row = row[:0]
		for _, e := range p.rows[k.row] {
			v := float64(e.w) - float64(e.u)/step
			if math.Abs(v) < prune {
				continue
			}
			q := math.Round(v / scale)
			if q == 0 {
				continue
			}
			row = append(row, entry{class: uint8(e.class), w: int16(q)})
		}
		if len(row) == 0 {
			continue
		}
		sort.Slice(row, func(i, j int) bool { return row[i].class < row[j].class })
		m.keys = append(m.keys, k.key)
		m.offsets = append(m.offsets, uint32(len(m.rows)))
		m.rows = append(m.rows, row...)
	}
	m.offsets = append(m.offsets, uint32(len(m.rows)))
	m.buildTable()
	return m
}

// linearModel is the compact model used at run time: for every kept feature, its
// nonzero class weights as int16 times scale. Features are found through an
// open-addressing hash table (linear probing) whose slots hold the key and, for a row of
// one or two classes (most rows), the row itself: such a feature costs one cache miss.
// Longer rows lie in entries, a class and its weight in a word (see packEntry), and rows that
// many classes have in dense, a weight for every class.
type linearModel struct {
	nClasses int
	scale    float32
	// Kept only by a model built in training, to be written: the features, sorted, and
	// their rows, row i being rows[offsets[i]:offsets[i+1]].
	keys    []uint64
	offsets []uint32
	rows    []entry

	table   []slot
	entries []uint32 // the rows a slot cannot hold, packed by packEntry
	dense   []int32  // rows with many classes, denseStride(nClasses) weights each
}

// entry is one class's weight in a row.
type entry struct {
	class uint8
	w     int16
}

// packEntry packs e in a word: its weight in the high 16 bits, its class in the low 8,
// so that scoring reads both with one load.
func packEntry(e entry) uint32 { return uint32(e.w)<<16 | uint32(e.class) }

// slot is a hash table slot: a feature and its row, or key 0 for empty. A row of n <= 2
// classes is classes c[:n] with weights int16(v) and int16(v>>16); a longer one is
// entries[v:v+n]; a dense one (n == denseRow) is dense[v:v+denseStride(nClasses)].
type slot struct {
	key uint64
	n   uint8
	c   [2]uint8
	v   uint32
}

const (
	inlineRow = 2   // the longest row a slot holds
	denseRow  = 255 // slot.n of a dense row; a sparse row has at most 256/4 classes
)

// slotsFor is the table size for n features: a load of at most 1/2, at which a probe
// for an absent feature reads about two and a half slots. (On the EWT dev split a load
// of 5/8 made scoring a parser transition about 5% slower for 5 MB less of the parser's
// table, 0.35 about 10% faster for 11 MB more.)
func slotsFor(n int) int { return 2*n + 1 }

// home is the slot where the probe for f starts, f's high bits scaled to the table.
func (m *linearModel) home(f uint64) int {
	hi, _ := bits.Mul64(f, uint64(len(m.table)))
	return int(hi)
}

// isDense reports whether a row of n classes is stored dense: a row that most
// transitions read and that has many classes is faster added as a whole than class by
// class.
func (m *linearModel) isDense(n int) bool { return n > m.nClasses/4 }

// newTable sizes the table for n features and the storage for their rows, of which
// long entries go to entries and denseRows are dense; insert then fills them.
func (m *linearModel) newTable(n, long, denseRows int) {
	m.table = make([]slot, slotsFor(n))
	m.entries = make([]uint32, 0, long)
	m.dense = make([]int32, 0, denseRows*denseStride(m.nClasses))
}

// A dense row holds the weight of every class, 0 for the classes it does not have, and
// is padded with zeros to a multiple of denseBlock classes: sumRows adds the dense rows
// of a feature set with vector instructions, up to eight classes an instruction. Dense
// rows are most of the rows a transition reads.

// denseStride is the length of a dense row of n classes.
func denseStride(n int) int { return roundBlock(n) }

// roundBlock rounds n up to a multiple of denseBlock.
func roundBlock(n int) int { return (n + denseBlock - 1) &^ (denseBlock - 1) }

// insert adds feature f with its row, nonempty and sorted by class, to the table.
func (m *linearModel) insert(f uint64, row []entry) {
	if f == 0 {
		f = 1 // 0 marks an empty slot; a collision with 1 is as likely as any other
	}
	j := m.home(f)
	for m.table[j].key != 0 {
		if j++; j == len(m.table) {
			j = 0
		}
	}
	sl := slot{key: f, n: uint8(len(row))}
	switch {
	case m.isDense(len(row)):
		sl.n, sl.v = denseRow, uint32(len(m.dense))
		at := len(m.dense)
		m.dense = append(m.dense, make([]int32, denseStride(m.nClasses))...)
		for _, e := range row {
			m.dense[at+int(e.class)] = int32(e.w)
		}
	case len(row) <= inlineRow:
		for k, e := range row {
			sl.c[k] = e.class
			sl.v |= uint32(uint16(e.w)) << (16 * k)
		}
	default:
		sl.v = uint32(len(m.entries))
		for _, e := range row {
			m.entries = append(m.entries, packEntry(e))
		}
	}
	m.table[j] = sl
}

// buildTable makes the table of a model built in training from its rows.
func (m *linearModel) buildTable() {
	long, denseRows := 0, 0
	for i := range m.keys {
		switch n := int(m.offsets[i+1] - m.offsets[i]); {
		case m.isDense(n):
			denseRows++
		case n > inlineRow:
			long += n
		}
	}
	m.newTable(len(m.keys), long, denseRows)
	for i, k := range m.keys {
		m.insert(k, m.rows[m.offsets[i]:m.offsets[i+1]])
	}
}

// find returns the slot of feature f, or nil.
func (m *linearModel) find(f uint64) *slot {
	if f == 0 {
		f = 1
	}
	j := m.home(f)
	for {
		sl := &m.table[j]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 {
			return nil
		}
		if j++; j == len(m.table) {
			j = 0
		}
	}
}

// score sets scores (len nClasses) to the sums of the weights of feats, in units of
// scale.
func (m *linearModel) score(feats []uint64, scores []int32) { m.scoreFirst(feats, scores, m.nClasses) }

// scoreFirst is score for the first k classes, for a caller that reads no other: the
// scores after them are left as they were.
func (m *linearModel) scoreFirst(feats []uint64, scores []int32, k int) {
	scores = scores[:m.nClasses]
	k = min(k, m.nClasses)
	// Find every feature's slot first: the lookups are independent, so the processor
	// overlaps their cache misses.
	var buf [160]*slot
	slots := buf[:0]
	for _, f := range feats {
		if sl := m.find(f); sl != nil {
			slots = append(slots, sl)
		}
	}
	// The weights add up in acc, which a class's byte indexes without a bounds check,
	// and the dense rows last, all together.
	var acc [256]int32
	var denseBuf [len(buf)]uint32
	dense := denseBuf[:]
	if len(slots) > len(dense) {
		dense = make([]uint32, len(slots))
	}
	dense = dense[:m.addSparse(&acc, slots, dense)]
	// Every dense row is denseStride(m.nClasses) >= roundBlock(k) long, so sumRows
	// reads within m.dense.
	if len(dense) > 0 {
		sumRows(acc[:roundBlock(k)], m.dense, dense)
	}
	copy(scores[:k], acc[:k])
}

// addSparse adds to acc the rows of slots held in the slot or in entries, and puts in
// dense (len(dense) >= len(slots)) the offsets of the dense ones, returning how many.
// (A function of its own, for its loops to have the registers.)
func (m *linearModel) addSparse(accp *[256]int32, slots []*slot, dense []uint32) int {
	acc := accp[:] // checked for nil once, not at every addition
	entries := m.entries
	nDense := 0
	for _, sl := range slots {
		switch n := uint32(sl.n); {
		case n <= inlineRow:
			// A row of one class has class 0 and weight 0 in its second place.
			acc[sl.c[0]] += int32(int16(sl.v))
			acc[sl.c[1]] += int32(int16(sl.v >> 16))
		case n == denseRow:
			dense[nDense] = sl.v
			nDense++
		default:
			for _, x := range entries[sl.v : sl.v+n : sl.v+n] {
				acc[uint8(x)] += int32(x) >> 16
			}
		}
	}
	return nDense
}

const linearMagic = "RGLM1"

// writeTo writes the model: magic, class count, scale, feature count, then keys (delta
// coded varints), row lengths, classes and weights.
func (m *linearModel) writeTo(w io.Writer) error {
	if m.keys == nil && len(m.table) > 0 {
		return errors.New("a model read from disk is not written again; train one")
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(linearMagic)
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	put(uint64(m.nClasses))
	put(uint64(math.Float32bits(m.scale)))
	put(uint64(len(m.keys)))
	prev := uint64(0)
	for _, k := range m.keys {
		put(k - prev)
		prev = k
	}
	for i := range m.keys {
		put(uint64(m.offsets[i+1] - m.offsets[i]))
	}
	for _, e := range m.rows {
		bw.WriteByte(e.class)
	}
	for _, e := range m.rows {
		put(uint64(uint16(e.w<<1) ^ uint16(e.w>>15))) // zigzag
	}
	return bw.Flush()
}

var errBadModel = errors.New("not a relgraph linear model")

// readClassNames reads the list of class names a model file starts with (after its magic
// and any header lines): a count, at most max, then one name a line.
func readClassNames(br *bufio.Reader, max int) ([]string, error) {
	var n int
	if _, err := fmt.Fscanf(br, "%d\n", &n); err != nil || n <= 0 || n > max {
		return nil, fmt.Errorf("bad class count")
	}
	names := make([]string, 0, n)
	for i := 0; i < n; i++ {
		line, err := br.ReadString('\n')
		if err != nil {
			return nil, err
		}
		names = append(names, strings.TrimSuffix(line, "\n"))
	}
	return names, nil
}

// readLinearModel reads a model written by writeTo into its run-time form: the table
// and the long and dense rows, without the keys and rows training keeps to write.
func readLinearModel(r *bufio.Reader) (*linearModel, error) {
	for i := 0; i < len(linearMagic); i++ {
		b, err := r.ReadByte()
		if err != nil || b != linearMagic[i] {
			return nil, errBadModel
		}
	}
	get := func() uint64 {
		x, err := binary.ReadUvarint(r)
		if err != nil {
			panic(err)
		}
		return x
	}
	var m linearModel
	err := func() (err error) {
		defer func() {
			if e := recover(); e != nil {
				err = fmt.Errorf("%w: %v", errBadModel, e)
			}
		}()
		m.nClasses = int(get())
		m.scale = math.Float32frombits(uint32(get()))
		n := get()
		if n > 1<<28 || m.nClasses > 256 {
			return errBadModel
		}
		// The file holds every key, then every row's length, then every class, then
		// every weight: the keys, lengths and classes are kept until the weights come,
		// and each row then goes into the table, which is all that running reads.
		keys := make([]uint64, n)
		prev := uint64(0)
		for i := range keys {
			prev += get()
			keys[i] = prev
		}
		lens := make([]uint16, n)
		total, long, denseRows := 0, 0, 0
		for i := range lens {
			l := get()
			if l == 0 || l > uint64(m.nClasses) {
				return fmt.Errorf("%w: a row of %d classes", errBadModel, l)
			}
			lens[i] = uint16(l)
			total += int(l)
			switch {
			case m.isDense(int(l)):
				denseRows++
			case l > inlineRow:
				long += int(l)
			}
		}
		if total > 1<<30 {
			return errBadModel
		}
		classes := make([]uint8, total)
		if _, err := io.ReadFull(r, classes); err != nil {
			return err
		}
		for _, c := range classes {
			if int(c) >= m.nClasses {
				return fmt.Errorf("%w: class %d of %d", errBadModel, c, m.nClasses)
			}
		}
		m.newTable(len(keys), long, denseRows)
		row := make([]entry, 0, m.nClasses)
		at := 0
		for i, k := range keys {
			row = row[:0]
			for _, c := range classes[at : at+int(lens[i])] {
				u := uint16(get())
				row = append(row, entry{class: c, w: int16(u>>1) ^ -int16(u&1)})
			}
			at += int(lens[i])
			m.insert(k, row)
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// updateOne adds delta to the weight of class for feats.
func (p *averagedPerceptron) updateOne(feats []uint64, class int, delta int32) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
		}
		p.rows[r] = bump(p.rows[r], int32(class), delta, p.step)
	}
}
