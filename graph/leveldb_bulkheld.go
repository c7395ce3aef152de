package graph

import (
	"bytes"
	"slices"
	"sort"

	"github.com/syndtr/goleveldb/leveldb/comparer"
	"github.com/syndtr/goleveldb/leveldb/memdb"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Values a bulk session rewrites, and why it holds them. An ingest batch reads and rewrites
// the same keys as the batches before it: the index lists of the nodes it names (Cayley
// appends a quad id to a list by reading it whole and writing it back), their reference
// counts, and the records of its entities (facts.go). Written to the bulk transaction, every
// version of such a key lands in one of its tables, and the transaction's tables all span
// the whole key space: a read of the key looks into each of them (leveldb_bulkread.go),
// decoding the block and copying the version each holds, so that both the reads and the
// bytes written grew with the square of the input. On the wire corpus ten times over, the
// reads that reached the transaction's tables took 15.5 s of cpu against 0.2 s for the
// corpus once, and index lists and entity records rewritten batch after batch were 130 of
// the 233 MB the session wrote (their last versions: 4.5 MB).
//
// heldValues keeps instead, in memory, the latest value of each key written a second time
// in the bulk transaction (the sessionKeys filter says whether it was), up to heldBytes of
// them, and writes it to the transaction once: when the transaction commits, or when the
// key, among those least recently written, makes room for others. Reads look here first.
// A key written once (a quad, a node's id, an entry of the name index) goes to the
// transaction at once, as before.

// heldBytes is how much memory heldValues may take (keys, values and the map's own, as
// heldEntryBytes counts it). The wire corpus ten times over holds some 80,000 keys with
// 4.5 MB of values, 12 MB in all; a larger input evicts the values least recently written.
const heldBytes = 16 << 20

// heldEntryBytes is what a held key costs besides its bytes and its value's: the map's
// slot, the headers of the key and the value, the rounding of their allocations.
const heldEntryBytes = 64

// heldValue is a held key's latest value.
type heldValue struct {
	val   []byte
	gen   uint32 // heldValues.gen at its last write
	dirty bool   // written since the bulk transaction last had it
}

// heldValues is the latest value of the keys a bulk session rewrites (see above). It is
// bulkWriter's, under its lock: written with the lock held, read with it held for reading.
type heldValues struct {
	vals  map[string]heldValue
	bytes int
	max   int    // heldBytes; tests set less
	gen   uint32 // committed write transactions
	// order holds the keys of vals in order, for iterators (within): a skiplist whose keys
	// are in one byte slice, which the collector does not scan, where a sorted []string
	// of them (80,000 at the wire corpus ten times over) was a pointer each, remade at
	// every write. A removed key's bytes stay in it until it takes twice what vals'
	// keys do, when it is made again.
	order      *memdb.DB
	orderBytes int // bytes of keys put in order
	keyBytes   int // bytes of vals' keys
}

func entryBytes(k string, v []byte) int { return len(k) + len(v) + heldEntryBytes }

// get returns key's held value, if it is held.
func (h *heldValues) get(key []byte) ([]byte, bool) {
	v, ok := h.vals[string(key)]
	return v.val, ok
}

// put holds val as key's latest value if key is held already, or if rewritten (the key
// was written before in the session) and there is room for it; it reports whether it did.
// The value is the caller's no more.
func (h *heldValues) put(k string, val []byte, rewritten bool) bool {
	old, ok := h.vals[k]
	if !ok && (!rewritten || h.bytes+entryBytes(k, val) > h.limit()) {
		return false
	}
	if h.vals == nil {
		h.vals = map[string]heldValue{}
	}
	if ok {
		h.bytes -= entryBytes(k, old.val)
	} else {
		if h.order == nil {
			h.order = memdb.New(comparer.DefaultComparer, 1<<20)
		}
		h.order.Put([]byte(k), nil)
		h.orderBytes += len(k)
		h.keyBytes += len(k)
	}
	h.vals[k] = heldValue{val: val, gen: h.gen, dirty: true}
	h.bytes += entryBytes(k, val)
	return true
}

// drop forgets key (deleted).
func (h *heldValues) drop(k string) {
	if old, ok := h.vals[k]; ok {
		h.bytes -= entryBytes(k, old.val)
		delete(h.vals, k)
		h.order.Delete([]byte(k))
		h.keyBytes -= len(k)
	}
}

func (h *heldValues) limit() int {
	if h.max > 0 {
		return h.max
	}
	return heldBytes
}

// trim writes (with put), and forgets, the values least recently written until the held
// ones take at most three quarters of the limit, when they take more than it: those of the
// oldest writes (heldValue.gen) first, a write at a time, found in two passes over them
// rather than by sorting them.
func (h *heldValues) trim(put func(k string, v []byte, del bool)) {
	if h.bytes <= h.limit() {
		return
	}
	perGen := map[uint32]int{}
	for k, v := range h.vals {
		perGen[v.gen] += entryBytes(k, v.val)
	}
	gens := make([]uint32, 0, len(perGen))
	for g := range perGen {
		gens = append(gens, g)
	}
	slices.Sort(gens)
	excess, last := h.bytes-h.limit()*3/4, gens[0]
	for _, g := range gens {
		last = g
		if excess -= perGen[g]; excess <= 0 {
			break
		}
	}
	for k, v := range h.vals {
		if v.gen <= last {
			h.drop(k)
			if v.dirty {
				put(k, v.val, false)
			}
		}
	}
}

// flush writes (with put) the values written since the last flush.
func (h *heldValues) flush(put func(k string, v []byte, del bool)) {
	for k, v := range h.vals {
		if v.dirty {
			put(k, v.val, false)
			v.dirty = false
			h.vals[k] = v
		}
	}
}

// reset forgets every held value.
func (h *heldValues) reset() {
	*h = heldValues{max: h.max}
}

// settle makes order again when removed keys take more of it than the others.
func (h *heldValues) settle() {
	if h.order == nil || h.orderBytes <= 2*h.keyBytes+1<<20 {
		return
	}
	h.order = memdb.New(comparer.DefaultComparer, h.keyBytes+1<<20)
	for k := range h.vals {
		h.order.Put([]byte(k), nil)
	}
	h.orderBytes = h.keyBytes
}

// within returns the held keys and values in r, in key order: a copy, which later writes
// leave as it is.
func (h *heldValues) within(r *util.Range) []heldPair {
	if len(h.vals) == 0 {
		return nil
	}
	it := h.order.NewIterator(r)
	defer it.Release()
	var out []heldPair
	for it.Next() {
		k := it.Key()
		out = append(out, heldPair{key: append([]byte{}, k...), val: h.vals[string(k)].val})
	}
	return out
}

type heldPair struct{ key, val []byte }

// kvIterator is what batchDB's iterators need of one: goleveldb's, or heldIterator.
type kvIterator interface {
	First() bool
	Next() bool
	Seek(key []byte) bool
	Key() []byte
	Value() []byte
	Error() error
	Release()
}

// heldIterator walks the store beneath (it) merged with the held values of its range,
// which win over the store's values of the same keys. It goes forward only.
type heldIterator struct {
	it       kvIterator
	pairs    []heldPair
	ok       bool // it is at a key
	j        int  // pairs[j] is the next held pair
	started  bool
	valid    bool
	fromHeld bool // the current key is pairs[j]
}

func (m *heldIterator) settle() bool {
	has := m.j < len(m.pairs)
	m.valid = m.ok || has
	switch {
	case !has:
		m.fromHeld = false
	case !m.ok:
		m.fromHeld = true
	default:
		c := bytes.Compare(m.pairs[m.j].key, m.it.Key())
		if c == 0 { // the store's version of a held key: skip it
			m.ok = m.it.Next()
		}
		m.fromHeld = c <= 0
	}
	return m.valid
}

func (m *heldIterator) First() bool {
	m.started = true
	m.ok, m.j = m.it.First(), 0
	return m.settle()
}

func (m *heldIterator) Seek(key []byte) bool {
	m.started = true
	m.ok = m.it.Seek(key)
	m.j = sort.Search(len(m.pairs), func(i int) bool { return bytes.Compare(m.pairs[i].key, key) >= 0 })
	return m.settle()
}

func (m *heldIterator) Next() bool {
	if !m.started {
		return m.First()
	}
	if !m.valid {
		return false
	}
	if m.fromHeld {
		m.j++
	} else {
		m.ok = m.it.Next()
	}
	return m.settle()
}

func (m *heldIterator) Key() []byte {
	if m.fromHeld {
		return m.pairs[m.j].key
	}
	return m.it.Key()
}

func (m *heldIterator) Value() []byte {
	if m.fromHeld {
		return m.pairs[m.j].val
	}
	return m.it.Value()
}

func (m *heldIterator) Error() error { return m.it.Error() }
func (m *heldIterator) Release()     { m.it.Release() }
