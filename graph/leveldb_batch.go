package graph

import (
	"bytes"
	"context"
	"errors"
	"os"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// batchDB is hidalgo's leveldb store with another write transaction. hidalgo opens each
// write transaction with goleveldb's OpenTransaction, whose commit writes what it holds as a
// new level-0 table and records it in the manifest: one small table per ingest batch, which
// leveldb's compactions then merge and rewrite again and again as the store grows. batchDB's
// write transaction instead collects its writes in an in-memory overlay above a snapshot,
// reads them back from it, and commits them as one leveldb.Batch with one DB.Write: through
// the journal (synced unless nosync) into the memtable, which becomes a table only when
// full. A commit is as atomic and as durable as before; the files are the same format.
//
// A transaction whose writes outgrow spillBytes (a very long article: hundreds of megabytes
// of index entries) moves them into a goleveldb transaction, which keeps at most one write
// buffer in memory and writes the rest to level-0 tables that its commit adds to the store
// at once, and that a crash before the commit leaves unreferenced (leveldb deletes them
// when it next opens).
type batchDB struct {
	*hleveldb.DB // read transactions
	db           *leveldb.DB
	wo           *opt.WriteOptions
	// dir is the store's directory, where settle weighs the session's writes; written is
	// how many bytes this process committed.
	dir     string
	written atomic.Int64
	spill   int // spillBytes; tests set less
}

// Close closes the store, first leaving it settled when this process wrote a large part of
// it (an ingest into a new or small store): its journal written out as a table and level 0
// compacted into level 1. Otherwise every process that opens the store next turns the
// journal into a level-0 table (half a second for a full 32 MiB journal), and goleveldb,
// charging a "seek" to that table for each read that then looks further down, starts
// compacting all of level 1 with it a few hundred reads in: a query process pays for a
// compaction it abandons at exit, and a fresh server for one that slows its first answers
// (measured on the wire corpus x10: the first ten concurrent /api/relations calls took 145
// ms instead of 60). The compaction costs about what the session wrote, so it is left to
// leveldb when the session wrote little of a large store.
func (b *batchDB) Close() error {
	var err error
	if b.dir != "" && b.written.Load() > 0 && b.written.Load() >= tableBytes(b.dir)/4 {
		err = b.db.CompactRange(util.Range{})
	}
	return errors.Join(err, b.DB.Close())
}

// tableBytes is the size of the leveldb tables in dir.
func tableBytes(dir string) int64 {
	ents, _ := os.ReadDir(dir)
	var n int64
	for _, e := range ents {
		if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".ldb") {
			n += info.Size()
		}
	}
	return n
}

// spillBytes is the size of a write transaction's writes (keys and values) past which it
// continues in a goleveldb transaction. An ingest batch of 128 wire articles writes about
// 3 MB and stays under it, in one journal write; the overlay of 8 MB of writes takes some
// 40 MB of memory.
const spillBytes = 8 << 20

func newBatchDB(db *leveldb.DB, wo *opt.WriteOptions) *batchDB {
	h := hleveldb.New(db)
	h.SetWriteOptions(wo)
	return &batchDB{DB: h, db: db, wo: wo, spill: spillBytes}
}

func (b *batchDB) Tx(ctx context.Context, rw bool) (flat.Tx, error) {
	if !rw {
		return b.DB.Tx(ctx, false)
	}
	sn, err := b.db.GetSnapshot()
	if err != nil {
		return nil, err
	}
	return &batchTx{db: b, sn: sn, over: map[string]overlayValue{}}, nil
}

func (b *batchDB) View(ctx context.Context, fn func(tx flat.Tx) error) error {
	return flat.View(ctx, b, fn)
}

func (b *batchDB) Update(ctx context.Context, fn func(tx flat.Tx) error) error {
	return flat.Update(ctx, b, fn)
}

// overlayValue is a write not yet committed: a value, or a deletion.
type overlayValue struct {
	val []byte
	del bool
}

// batchTx is batchDB's write transaction: writes in over, reads from over, then from the
// snapshot taken when it began; once spilled, writes and reads go through tr.
type batchTx struct {
	db   *batchDB
	sn   *leveldb.Snapshot
	over map[string]overlayValue
	size int                  // bytes of keys and values written to over
	tr   *leveldb.Transaction // the goleveldb transaction the writes moved to, or nil
	done bool
}

func (tx *batchTx) Commit(ctx context.Context) error {
	if tx.done {
		return nil
	}
	tx.done = true
	defer tx.sn.Release()
	if tx.tr != nil {
		if err := tx.tr.Commit(); err != nil {
			tx.tr.Discard()
			return err
		}
		tx.db.written.Add(int64(tx.size))
		return nil
	}
	if len(tx.over) == 0 {
		return nil
	}
	if err := tx.db.db.Write(tx.batch(), tx.db.wo); err != nil {
		return err
	}
	tx.db.written.Add(int64(tx.size))
	return nil
}

// batch returns the overlay's writes as a leveldb.Batch. Each key is written once, so
// their order does not matter.
func (tx *batchTx) batch() *leveldb.Batch {
	b := new(leveldb.Batch)
	for k, o := range tx.over {
		if o.del {
			b.Delete([]byte(k))
		} else {
			b.Put([]byte(k), o.val)
		}
	}
	return b
}

func (tx *batchTx) Close() error {
	if !tx.done {
		tx.done = true
		tx.sn.Release()
		if tx.tr != nil {
			tx.tr.Discard()
		}
	}
	return nil
}

// spill moves the overlay's writes into a goleveldb transaction when they have grown past
// the limit; the snapshot is no longer read (this is the store's only writer, so the
// transaction sees what the snapshot did, and the writes since).
func (tx *batchTx) spill() error {
	if tx.size < tx.db.spill {
		return nil
	}
	tr, err := tx.db.db.OpenTransaction()
	if err != nil {
		return err
	}
	for k, o := range tx.over {
		if o.del {
			err = tr.Delete([]byte(k), nil)
		} else {
			err = tr.Put([]byte(k), o.val, nil)
		}
		if err != nil {
			tr.Discard()
			return err
		}
	}
	tx.tr, tx.over = tr, nil
	return nil
}

func (tx *batchTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	if tx.tr != nil {
		v, err := tx.tr.Get(key, nil)
		if err == leveldb.ErrNotFound {
			return nil, flat.ErrNotFound
		}
		return v, err
	}
	if o, ok := tx.over[string(key)]; ok {
		if o.del {
			return nil, flat.ErrNotFound
		}
		return o.val, nil
	}
	v, err := tx.sn.Get(key, nil)
	if err == leveldb.ErrNotFound {
		return nil, flat.ErrNotFound
	}
	return v, err
}

func (tx *batchTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, tx, keys)
}

func (tx *batchTx) Put(ctx context.Context, k flat.Key, v flat.Value) error {
	if tx.tr != nil {
		return tx.tr.Put(k, v, nil)
	}
	tx.over[string(k)] = overlayValue{val: append([]byte{}, v...)}
	tx.size += len(k) + len(v)
	return tx.spill()
}

func (tx *batchTx) Del(ctx context.Context, k flat.Key) error {
	if tx.tr != nil {
		return tx.tr.Delete(k, nil)
	}
	tx.over[string(k)] = overlayValue{del: true}
	tx.size += len(k)
	return tx.spill()
}

// Scan iterates the snapshot merged with the transaction's own writes. Cayley scans
// nothing inside a write transaction, so the merge simply collects the range.
func (tx *batchTx) Scan(ctx context.Context, opts ...flat.IteratorOption) flat.Iterator {
	it := &overlayIterator{tx: tx}
	return flat.ApplyIteratorOptions(it.WithPrefix(nil), opts)
}

// overlayIterator walks a sorted copy of a prefix of batchTx's view.
type overlayIterator struct {
	tx     *batchTx
	prefix []byte
	pairs  []flat.Pair
	i      int
	loaded bool
	err    error
}

func (it *overlayIterator) WithPrefix(pref flat.Key) flat.Iterator {
	it.prefix = append([]byte{}, pref...)
	it.loaded = false
	it.Reset()
	return it
}

func (it *overlayIterator) load() {
	it.loaded = true
	it.pairs = nil
	if it.tx.tr != nil {
		src := it.tx.tr.NewIterator(util.BytesPrefix(it.prefix), nil)
		for src.Next() {
			it.pairs = append(it.pairs, flat.Pair{Key: append([]byte{}, src.Key()...), Val: append([]byte{}, src.Value()...)})
		}
		src.Release()
		it.err = src.Error()
		return
	}
	src := it.tx.sn.NewIterator(util.BytesPrefix(it.prefix), nil)
	for src.Next() {
		k := string(src.Key())
		if _, ok := it.tx.over[k]; ok {
			continue
		}
		it.pairs = append(it.pairs, flat.Pair{Key: []byte(k), Val: append([]byte{}, src.Value()...)})
	}
	src.Release()
	if err := src.Error(); err != nil {
		it.err = err
	}
	for k, o := range it.tx.over {
		if !o.del && bytes.HasPrefix([]byte(k), it.prefix) {
			it.pairs = append(it.pairs, flat.Pair{Key: []byte(k), Val: o.val})
		}
	}
	sort.Slice(it.pairs, func(i, j int) bool { return bytes.Compare(it.pairs[i].Key, it.pairs[j].Key) < 0 })
}

func (it *overlayIterator) Reset() { it.i = -1 }

func (it *overlayIterator) Next(ctx context.Context) bool {
	if !it.loaded {
		it.load()
	}
	if it.err != nil {
		return false
	}
	it.i++
	return it.i < len(it.pairs)
}

func (it *overlayIterator) Key() flat.Key   { return it.pairs[it.i].Key }
func (it *overlayIterator) Val() flat.Value { return it.pairs[it.i].Val }
func (it *overlayIterator) Err() error      { return it.err }
func (it *overlayIterator) Close() error    { return it.err }
