package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
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
		m.offsets = append(m.offsets, uint32(len(m.entries)))
		m.entries = append(m.entries, row...)
	}
	m.offsets = append(m.offsets, uint32(len(m.entries)))
	m.buildTable()
	return m
}

// linearModel is the compact model used at run time: for every kept feature, its
// nonzero class weights as int16 times scale. Features are found through an
// open-addressing hash table whose slots hold the key and the row's place together, and
// a row's classes and weights lie side by side, so a feature costs about two cache
// misses.
type linearModel struct {
	nClasses int
	scale    float32
	keys     []uint64 // sorted; kept only by a model built in training, to be written
	offsets  []uint32 // len(keys)+1: row i is entries[offsets[i]:offsets[i+1]]; the same
	entries  []entry

	dense []int16 // rows with many classes, expanded to nClasses weights each

	table []slot
	mask  uint64
}

// entry is one class's weight in a row.
type entry struct {
	class uint8
	w     int16
}

// slot is a hash table slot: a feature and its row, or key 0 for empty. A sparse row
// is entries[lo:hi]; a dense row (hi == denseRow) is dense[lo:lo+nClasses].
type slot struct {
	key    uint64
	lo, hi uint32
}

const denseRow = ^uint32(0)

func (m *linearModel) buildTable() {
	n := 1
	for n < 2*len(m.keys)+2 {
		n <<= 1
	}
	m.table = make([]slot, n)
	m.mask = uint64(n - 1)
	m.dense = m.dense[:0]
	for i, k := range m.keys {
		if k == 0 {
			k = 1 // 0 marks an empty slot; a collision with 1 is as likely as any other
		}
		j := k & m.mask
		for m.table[j].key != 0 {
			j = (j + 1) & m.mask
		}
		lo, hi := m.offsets[i], m.offsets[i+1]
		if int(hi-lo) > m.nClasses/4 {
			// A row that most transitions read and that has many classes is faster
			// added as a whole than class by class.
			at := uint32(len(m.dense))
			m.dense = append(m.dense, make([]int16, m.nClasses)...)
			for _, e := range m.entries[lo:hi] {
				m.dense[int(at)+int(e.class)] = e.w
			}
			lo, hi = at, denseRow
		}
		m.table[j] = slot{key: k, lo: lo, hi: hi}
	}
}

// find returns the slot of feature f, or nil.
func (m *linearModel) find(f uint64) *slot {
	if f == 0 {
		f = 1
	}
	j := f & m.mask
	for {
		sl := &m.table[j]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 {
			return nil
		}
		j = (j + 1) & m.mask
	}
}

// score adds the weights of feats to scores (len nClasses), in units of scale.
func (m *linearModel) score(feats []uint64, scores []int32) {
	scores = scores[:m.nClasses]
	// Find every feature's slot first: the lookups are independent, so the processor
	// overlaps their cache misses, which are most of the time spent here.
	var buf [160]*slot
	slots := buf[:0]
	for _, f := range feats {
		if sl := m.find(f); sl != nil {
			slots = append(slots, sl)
		}
	}
	for _, sl := range slots {
		if sl.hi == denseRow {
			row := m.dense[sl.lo : int(sl.lo)+len(scores)]
			sc := scores[:len(row)]
			for c := range row {
				sc[c] += int32(row[c])
			}
			continue
		}
		for _, e := range m.entries[sl.lo:sl.hi:sl.hi] {
			scores[e.class] += int32(e.w)
		}
	}
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
	for _, e := range m.entries {
		bw.WriteByte(e.class)
	}
	for _, e := range m.entries {
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

func readLinearModel(r io.ByteReader) (*linearModel, error) {
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
		m.keys = make([]uint64, n)
		prev := uint64(0)
		for i := range m.keys {
			prev += get()
			m.keys[i] = prev
		}
		m.offsets = make([]uint32, n+1)
		for i := uint64(0); i < n; i++ {
			m.offsets[i+1] = m.offsets[i] + uint32(get())
		}
		total := m.offsets[n]
		if total > 1<<30 {
			return errBadModel
		}
		m.entries = make([]entry, total)
		for i := range m.entries {
			b, err := r.ReadByte()
			if err != nil {
				return err
			}
			if int(b) >= m.nClasses {
				return fmt.Errorf("%w: class %d of %d", errBadModel, b, m.nClasses)
			}
			m.entries[i].class = b
		}
		for i := range m.entries {
			u := uint16(get())
			m.entries[i].w = int16(u>>1) ^ -int16(u&1)
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	m.buildTable()
	m.keys, m.offsets = nil, nil // the table holds what running needs
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
