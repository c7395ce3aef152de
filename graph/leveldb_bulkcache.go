package graph

import "encoding/binary"

// The reads of keys the bulk transaction did write (leveldb_bulkread.go) still look into
// every table it has written, about 13 at ten times the wire corpus: index lists, reference
// counts, node ids and entity records that article after article names took some 19 s of
// the x10 ingest's cpu. A map of their latest values saved fewer reads than the collector
// lost to scanning it. sessionValues keeps them where the collector has nothing to scan: the
// records in byte arenas, found through open-addressing tables of hashes and offsets, all
// pointer-free, in two generations of bounded size.
//
// A read that finds nothing kept reads the transaction and keeps what it read (a value, or
// that there is none) in the newer generation; a read of a key kept in the older one moves
// it to the newer. A write to the transaction of a key kept records the new value, or the
// deletion, in the newer generation (or, for a value too large to keep, a mark that the key
// is read from the transaction); a key not kept is not recorded unless readBack says so,
// since most keys written are never read back (an article's quads, the index lists of its
// new nodes) and would only push out those that are. When the newer generation is full the older one is dropped and its
// memory reused as the newer. So a key's newest record says its value in the transaction:
// every later write of it went into a newer generation, and a key with no record is read.

// sessionValueBytes is the arena of one generation of sessionValues. Both generations are
// heap that ingest's soft memory limit counts, though the collector does not scan them.
const sessionValueBytes = 4 << 20

// A generation's table has a slot for every 48 bytes of its arena (at most half of them
// used: records average some 60 bytes), and it keeps records of up to 1/96th of its arena
// (about 43 KiB); a larger value leaves a mark that the key is read from the transaction.
const (
	sessionValueRecordBytes = 48
	sessionValueMaxPart     = 96
)

// Record kinds, the value length's place in a record when it holds no value.
const (
	recDeleted = 1<<32 - 1 // the key was deleted
	recUnknown = 1<<32 - 2 // the key's value is the transaction's to read
)

// lookup results of sessionValues.get.
const (
	cacheMiss    = iota // nothing kept: read the transaction
	cacheHit            // the value
	cacheDeleted        // the key was deleted
)

// valueGen is one generation: records (key length, value length, key, value; lengths as
// little-endian uint32) in arena, and slots of (hash, offset+1) pairs, 0 when empty.
type valueGen struct {
	arena []byte
	slots []uint64
	used  int
}

// sessionValues holds the latest values of the keys written to, or read from, the open bulk
// transaction, as far as its two generations hold them. Its callers serialize its calls.
type sessionValues struct {
	gens [2]*valueGen // the newer first
	// the sizes of a generation: its arena, its table's slots, its largest record
	arenaBytes, slots, maxRecord int
}

// newSessionValues returns a sessionValues whose generations have arenas of arenaBytes.
func newSessionValues(arenaBytes int) *sessionValues {
	slots := 16
	for slots < arenaBytes/sessionValueRecordBytes {
		slots *= 2
	}
	return &sessionValues{arenaBytes: arenaBytes, slots: slots, maxRecord: arenaBytes / sessionValueMaxPart}
}

// find returns the offset of key's record in g, or -1, and the slot where it is or would go.
func (g *valueGen) find(h uint64, key []byte) (off, slot int) {
	mask := len(g.slots)/2 - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sh, so := g.slots[2*i], g.slots[2*i+1]
		if so == 0 {
			return -1, i
		}
		if sh == h {
			o := int(so - 1)
			kl := int(binary.LittleEndian.Uint32(g.arena[o:]))
			if string(g.arena[o+8:o+8+kl]) == string(key) {
				return o, i
			}
		}
	}
}

// lookup returns the generation that holds key's newest record and the record's offset,
// or nil.
func (s *sessionValues) lookup(h uint64, key []byte) (*valueGen, int) {
	for _, g := range s.gens {
		if g == nil {
			continue
		}
		if o, _ := g.find(h, key); o >= 0 {
			return g, o
		}
	}
	return nil, -1
}

// get looks key up: cacheHit with a copy of its value, cacheDeleted, or cacheMiss. A key
// found in the older generation moves to the newer, so that what is read stays.
func (s *sessionValues) get(h uint64, key []byte) ([]byte, int) {
	g, o := s.lookup(h, key)
	if g == nil {
		return nil, cacheMiss
	}
	kl := int(binary.LittleEndian.Uint32(g.arena[o:]))
	vl := binary.LittleEndian.Uint32(g.arena[o+4:])
	switch vl {
	case recDeleted:
		if g != s.gens[0] {
			s.del(h, key)
		}
		return nil, cacheDeleted
	case recUnknown:
		return nil, cacheMiss
	}
	v := append(make([]byte, 0, vl), g.arena[o+8+kl:o+8+kl+int(vl)]...)
	if g != s.gens[0] {
		s.put(h, key, v)
	}
	return v, cacheHit
}

// put records key's value in the newer generation.
func (s *sessionValues) put(h uint64, key, val []byte) {
	if 8+len(key)+len(val) > s.maxRecord {
		s.record(h, key, nil, recUnknown)
		return
	}
	s.record(h, key, val, uint32(len(val)))
}

// del records key's deletion in the newer generation.
func (s *sessionValues) del(h uint64, key []byte) { s.record(h, key, nil, recDeleted) }

// write records a write of key (a value, or a deletion when del) if key is kept: most keys
// written are never read back (the quads of an article, the index lists of its new
// nodes), and would only push out those that are. A key not kept is read from the
// transaction, which holds the write.
func (s *sessionValues) write(h uint64, key, val []byte, del bool) {
	if g, _ := s.lookup(h, key); g == nil && !readBack(key) {
		return
	}
	if del {
		s.del(h, key)
	} else {
		s.put(h, key, val)
	}
}

func (s *sessionValues) record(h uint64, key, val []byte, vl uint32) {
	n := 8 + len(key) + len(val)
	if n > s.arenaBytes {
		// A key too long to keep: only a record can shadow an older generation's.
		s.rotate()
		s.rotate()
		return
	}
	g := s.gens[0]
	if g == nil || len(g.arena)+n > s.arenaBytes || 2*(g.used+1) > len(g.slots)/2 {
		s.rotate()
		g = s.gens[0]
	}
	o, slot := g.find(h, key)
	off := len(g.arena)
	g.arena = binary.LittleEndian.AppendUint32(g.arena, uint32(len(key)))
	g.arena = binary.LittleEndian.AppendUint32(g.arena, vl)
	g.arena = append(g.arena, key...)
	g.arena = append(g.arena, val...)
	if o < 0 {
		g.used++
	}
	g.slots[2*slot], g.slots[2*slot+1] = h, uint64(off+1)
}

// readBack reports whether key is one of those that ingest reads back soon after writing
// them, and whose write is kept even when the key is not: the ids and reference counts of
// nodes (Cayley's buckets "v" and "n", a few bytes each.
func readBack(key []byte) bool {
	return len(key) > 0 && (key[0] == 'n' || key[0] == 'v')
}

// rotate drops the older generation and starts a new, empty newer one in its memory.
func (s *sessionValues) rotate() {
	g := s.gens[1]
	if g == nil {
		g = &valueGen{arena: make([]byte, 0, s.arenaBytes), slots: make([]uint64, 2*s.slots)}
	} else {
		g.arena = g.arena[:0]
		clear(g.slots)
		g.used = 0
	}
	s.gens[0], s.gens[1] = g, s.gens[0]
}
