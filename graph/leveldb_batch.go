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
// write transaction instead collects its writes in a leveldb.Batch, reads them back from an
// in-memory overlay above a snapshot, and commits them with one DB.Write: through the
// journal (synced unless nosync) into the memtable, which becomes a table only when full.
// A commit is as atomic and as durable as before; the files are the same format.
type batchDB struct {
	*hleveldb.DB // read transactions
	db           *leveldb.DB
	wo           *opt.WriteOptions
	// dir is the store's directory, where settle weighs the session's writes; written is
	// how many bytes this process committed.
	dir     string
	written atomic.Int64
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

func newBatchDB(db *leveldb.DB, wo *opt.WriteOptions) *batchDB {
	h := hleveldb.New(db)
	h.SetWriteOptions(wo)
	return &batchDB{DB: h, db: db, wo: wo}
}

func (b *batchDB) Tx(ctx context.Context, rw bool) (flat.Tx, error) {
	if !rw {
		return b.DB.Tx(ctx, false)
	}
	sn, err := b.db.GetSnapshot()
	if err != nil {
		return nil, err
	}
	return &batchTx{db: b, sn: sn, batch: new(leveldb.Batch), over: map[string]overlayValue{}}, nil
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

// batchTx is batchDB's write transaction: writes in batch and over, reads from over, then
// from the snapshot taken when it began.
type batchTx struct {
	db    *batchDB
	sn    *leveldb.Snapshot
	batch *leveldb.Batch
	over  map[string]overlayValue
	done  bool
}

func (tx *batchTx) Commit(ctx context.Context) error {
	if tx.done {
		return nil
	}
	tx.done = true
	defer tx.sn.Release()
	if tx.batch.Len() == 0 {
		return nil
	}
	if err := tx.db.db.Write(tx.batch, tx.db.wo); err != nil {
		return err
	}
	tx.db.written.Add(int64(len(tx.batch.Dump())))
	return nil
}

func (tx *batchTx) Close() error {
	if !tx.done {
		tx.done = true
		tx.sn.Release()
	}
	return nil
}

func (tx *batchTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
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
	v = append([]byte{}, v...)
	tx.over[string(k)] = overlayValue{val: v}
	tx.batch.Put(k, v)
	return nil
}

func (tx *batchTx) Del(ctx context.Context, k flat.Key) error {
	tx.over[string(k)] = overlayValue{del: true}
	tx.batch.Delete(k)
	return nil
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
