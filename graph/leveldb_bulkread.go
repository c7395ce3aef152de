package graph

import "hash/maphash"

// Reads of a bulk session, and why they need help. The bulk transaction (bulkWriter) writes
// each full write buffer as a table of its own, and every one of those tables spans the
// whole key space: goleveldb's Transaction.Get of a key that is not in the write buffer
// looks into every one of them (its index block, its bloom filter, and a data block where
// the filter says yes), and does not stop at the newest that holds the key. Each ingest
// batch reads the index lists, reference counts and node ids of the nodes it names and the
// records of its entities: at ten times the wire corpus, about 13 tables a read by the end,
// those reads took 46 s of the ingest's cpu against 0.3 s for the corpus once, and the
// blocks they decoded kept the collector busy. Ingest time grew with the square of the input.
//
// Most keys a batch reads are in neither the transaction nor the store (the nodes and index
// lists of a new article: 57% of the reads on the corpus three times over). sessionKeys, a
// bloom filter of every key the open bulk transaction has written, sends the read of a key
// it has never written to the store beneath it, which reads the same for that key and has
// few tables (a bulk session begins with a new store). It is dropped with the transaction at
// its commit, after which the store holds what the transaction held.
//
// Keeping aside the latest values of the keys read back as well (the index lists and counts
// of entities that article after article names) saved fewer reads than the collector lost
// to the memory it held: measured on the x10 ingest, 160 s of cpu with 8 MB of them against
// 133 s without, run side by side. What the session holds now (leveldb_bulkheld.go) are the
// values it rewrites, in place of writing them to the transaction at all, in memory taken
// from its write buffers (bulkWriteBuffer).

// sessionKeys is a bloom filter over the keys written to the open bulk transaction.
type sessionKeys struct {
	seed maphash.Seed
	bits []uint64
}

// sessionKeyBits is the size of sessionKeys' filter: 4 MiB, some 9 bits a key for the 3.5
// million keys the x10 ingest writes (about 60 bytes a key) and 7 for a bulk transaction
// of bulkCommitBytes, so that one to three reads in a hundred of a key never written still
// look in the tables. It is memory the collector counts against ingest's soft limit.
const sessionKeyBits = 32 << 20

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
