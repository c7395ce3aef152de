package graph

import (
	"hash/maphash"
	"sync"
)

// Reads of a bulk session, and why they need help. The bulk transaction (bulkWriter) writes
// each full write buffer as a table of its own, and every one of those tables spans the
// whole key space: goleveldb's Transaction.Get of a key that is not in the write buffer
// looks into every one of them (their index block, their bloom filter, and a data block
// where the filter says yes), and does not stop at the newest that holds the key. Each
// ingest batch reads the index lists, reference counts and node ids of the nodes it names
// and the records of its entities: at ten times the wire corpus that was about 13 tables a
// read by the end, and the reads took 46 s of the ingest's cpu against 0.3 s for the corpus
// once (most of the rest of the growth was the collector, freeing the blocks those reads
// decoded). So ingest time grew with the square of the input.
//
// Two things spare those reads the tables:
//
//   - sessionKeys, a bloom filter of every key the open bulk transaction has written. A key
//     it has never written reads the same in the transaction as in the store beneath it, so
//     it is read from the store, whose tables are few (a bulk session begins with a new
//     store): most keys a batch reads (the nodes and index lists of a new article) are in
//     neither. Measured on the corpus three times over, 57% of the reads found nothing.
//   - recentValues, the latest value (or deletion) of the keys the session has read back,
//     kept as each batch rewrites them: the index lists, counts and records of the entities
//     that article after article names.
//
// Both describe the open bulk transaction and are dropped with it at its commit (after
// which the store holds what they knew).

// sessionKeys is a bloom filter over the keys written to the open bulk transaction.
type sessionKeys struct {
	seed maphash.Seed
	bits []uint64
}

// sessionKeyBits is the size of sessionKeys' filter: 8 MiB, some 15 bits a key for the
// keys a bulk transaction of bulkCommitBytes writes (the wire corpus writes about 60 bytes
// a key), so that about one read in a thousand of a key never written looks in the tables.
const sessionKeyBits = 64 << 20

// sessionKeyProbes is the number of bits each key sets.
const sessionKeyProbes = 5

func newSessionKeys() *sessionKeys {
	return &sessionKeys{seed: maphash.MakeSeed(), bits: make([]uint64, sessionKeyBits/64)}
}

func (s *sessionKeys) add(key []byte) {
	h := maphash.Bytes(s.seed, key)
	a, b := h, h>>33|1
	n := uint64(len(s.bits) * 64)
	for range sessionKeyProbes {
		i := a % n
		s.bits[i/64] |= 1 << (i % 64)
		a += b
	}
}

// mayHave reports whether key may have been written; false means it was not.
func (s *sessionKeys) mayHave(key []byte) bool {
	h := maphash.Bytes(s.seed, key)
	a, b := h, h>>33|1
	n := uint64(len(s.bits) * 64)
	for range sessionKeyProbes {
		i := a % n
		if s.bits[i/64]&(1<<(i%64)) == 0 {
			return false
		}
		a += b
	}
	return true
}

// recentValues holds the latest value of keys of the open bulk transaction that have been
// read, in two generations: a key read or rewritten goes into the current one, and when that
// holds recentBytes the previous one is dropped and the current one takes its place. So a key
// that each batch or two reads stays, and one read once goes after at most two generations.
// A value is held exactly as the transaction has it: every write to the transaction passes
// through written, which replaces the value of a key held, and a key not held is never added
// by a write, only by a read of the transaction.
type recentValues struct {
	mu        sync.Mutex
	cur, prev map[string]recentValue
	curBytes  int
}

// recentValue is a value of the transaction, or its deletion.
type recentValue struct {
	val []byte
	del bool
}

// recentBytes is the size (keys and values) of one generation of recentValues. At ten times
// the wire corpus the index lists and records read back in a batch hold a few MB.
const recentBytes = 12 << 20

// get returns the value held for key; ok is false when none is.
func (r *recentValues) get(key []byte) (v recentValue, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if v, ok = r.cur[string(key)]; ok {
		return v, true
	}
	if v, ok = r.prev[string(key)]; ok {
		r.putLocked(string(key), v)
	}
	return v, ok
}

// read holds what a read of the transaction found for key: its value, or nothing (del).
// The caller holds the bulk transaction still, so no write comes between the read and this.
func (r *recentValues) read(key []byte, v recentValue) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.putLocked(string(key), v)
}

// written replaces what is held for key, if anything, by a write of the transaction. It
// copies value: a batch's keys and values share one buffer, which one held value would
// otherwise keep whole.
func (r *recentValues) written(key []byte, v recentValue) {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, inCur := r.cur[string(key)]
	_, inPrev := r.prev[string(key)]
	if inCur || inPrev {
		if v.val != nil {
			v.val = append([]byte{}, v.val...)
		}
		r.putLocked(string(key), v)
	}
}

func (r *recentValues) putLocked(key string, v recentValue) {
	if r.cur == nil {
		r.cur = map[string]recentValue{}
	}
	delete(r.prev, key)
	if old, ok := r.cur[key]; ok {
		r.curBytes -= len(key) + len(old.val)
	}
	r.cur[key] = v
	r.curBytes += len(key) + len(v.val)
	if r.curBytes >= recentBytes {
		r.prev, r.cur, r.curBytes = r.cur, map[string]recentValue{}, 0
	}
}

// bulkReplay applies a batch written to the bulk transaction to its sessionKeys and
// recentValues.
type bulkReplay struct {
	keys   *sessionKeys
	recent *recentValues
}

func (r bulkReplay) Put(key, value []byte) {
	r.keys.add(key)
	r.recent.written(key, recentValue{val: value})
}

func (r bulkReplay) Delete(key []byte) {
	r.keys.add(key)
	r.recent.written(key, recentValue{del: true})
}
