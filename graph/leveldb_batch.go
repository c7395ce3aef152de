package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
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
// when it next opens). Once spilled, a large value (holdBytes or more: a posting list that
// grows with the article, such as the article's own list in the label index) is held in
// memory, its latest version only, and goes to the goleveldb transaction once, at the
// commit: Cayley rewrites such a list whole at each of its calls, and a goleveldb
// transaction keeps every version it is given until its tables are compacted after the
// commit (see batchTx.held).
//
// In bulk mode (OpenOptions.Bulk: an ingest into a new store), committed write
// transactions skip the journal: see bulkWriter.
type batchDB struct {
	*hleveldb.DB // read transactions
	db           *leveldb.DB
	wo           *opt.WriteOptions
	// dir is the store's directory, where settle weighs the session's writes; written is
	// how many bytes this process committed.
	dir     string
	written atomic.Int64
	spill   int // spillBytes; tests set less
	hold    int // holdBytes; tests set less
	// bulk holds the writes of a bulk session (OpenOptions.Bulk) not yet in the store; nil
	// otherwise.
	bulk *bulkWriter
	// lastKeys is how many keys the last committed write transaction wrote: the size the
	// next one's overlay starts at (see Tx).
	lastKeys atomic.Int64
	// commits are the buffers a commit encodes its batch in, kept for the next one (see
	// batchTx.batch); the mutex holds them for one commit at a time.
	commits struct {
		sync.Mutex
		b    leveldb.Batch
		data []byte
		keys []string
	}
}

// bulkWriter is batchDB's write path in bulk mode. Every write of a bulk load goes through
// leveldb twice before it reaches its final table: once into the journal (uncompressed,
// every version of every rewritten key: on the wire corpus 2.4 times the final store) and
// once into a level-0 table. A bulk session writes no journal: each committed write
// transaction is applied to one goleveldb transaction that stays open across them, which
// keeps a write buffer in memory and writes each full one as a level-0 table, and every
// bulkCommitBytes (and at Close) commits, adding those tables to the store at once.
//
// What it costs: a process killed or a machine that fails loses the writes since the last
// commit (at most bulkCommitBytes of them), not some of them, so every article stays whole
// or absent and a re-run adds what is missing; and until a commit, readers of the store in
// this process read the open transaction, which shows each committed write transaction
// whole but is not a snapshot (a read may see a later commit than the one before it).
type bulkWriter struct {
	mu      sync.RWMutex
	tr      *leveldb.Transaction // holds the committed writes not yet in the store, or nil
	pending int64                // bytes of keys and values written to tr
	every   int64                // bulkCommitBytes; tests set less
	// keys are the keys written to tr, so that reads of others skip its tables
	// (leveldb_bulkread.go); set with tr.
	keys *sessionKeys
	// held are the latest values of the keys the session rewrites, which go to tr at its
	// commit (leveldb_bulkheld.go); reads look there first.
	held heldValues
}

// bulkCommitBytes is how much a bulk session writes (keys and values) between two commits
// of its transaction: eight write buffers, about 16,000 wire articles (the wire corpus ten
// times over writes 210 MB, so its whole load is one commit, at Close). Until the commit
// its tables are the transaction's, which reads look through without charging them the
// "seeks" that make goleveldb compact a table; once committed they are level 0, and reads
// that look past them soon have them merged into level 1, which rewrites level 1 (with a
// commit every 64 MB, the first commit of the x10 load was merged two seconds later, well
// below level 0's compaction trigger).
const bulkCommitBytes = 256 << 20

// get reads key from the store as this process's committed writes left it.
func (b *batchDB) get(key []byte) ([]byte, error) {
	if b.bulk == nil {
		return b.db.Get(key, nil)
	}
	b.bulk.mu.RLock()
	defer b.bulk.mu.RUnlock()
	if v, ok := b.bulk.held.get(key); ok {
		return v, nil
	}
	if b.bulk.tr == nil || !b.bulk.keys.mayHave(key) {
		return b.db.Get(key, nil)
	}
	return b.bulk.tr.Get(key, nil)
}

// newIterator iterates the store as get reads it; the caller releases it.
func (b *batchDB) newIterator(r *util.Range) kvIterator {
	if b.bulk == nil {
		return b.db.NewIterator(r, nil)
	}
	b.bulk.mu.RLock()
	defer b.bulk.mu.RUnlock()
	var it kvIterator
	if b.bulk.tr != nil {
		it = b.bulk.tr.NewIterator(r, nil)
	} else {
		it = b.db.NewIterator(r, nil)
	}
	if held := b.bulk.held.within(r); len(held) > 0 {
		return &heldIterator{it: it, pairs: held}
	}
	return it
}

// writeBulk applies a committed write transaction's writes to the bulk session, opening its
// transaction first if need be: the values of keys the session rewrites to held, the others
// to the transaction, which it commits once it holds bulkCommitBytes.
func (b *batchDB) writeBulk(over map[string]overlayValue) error {
	bw := b.bulk
	bw.mu.Lock()
	defer bw.mu.Unlock()
	if bw.tr == nil {
		tr, err := b.db.OpenTransaction()
		if err != nil {
			return err
		}
		bw.tr, bw.keys = tr, newSessionKeys()
	}
	// Each write goes to the transaction as it comes: a leveldb.Batch of them all would be
	// one more copy of every byte written, for an atomicity the transaction has already.
	var err error
	put := func(k string, v []byte, del bool) {
		if err != nil {
			return
		}
		key := []byte(k)
		bw.keys.add(key)
		bw.pending += int64(len(k) + len(v))
		if del {
			err = bw.tr.Delete(key, nil)
		} else {
			err = bw.tr.Put(key, v, nil)
		}
	}
	bw.held.gen++
	for k, o := range over {
		if o.del {
			bw.held.drop(k)
			put(k, nil, true)
		} else if !bw.held.put(k, o.val, bw.keys.mayHave([]byte(k))) {
			put(k, o.val, false)
		}
	}
	bw.held.trim(put)
	bw.held.settle()
	if err != nil {
		// The transaction may hold part of the writes: drop it all, and say so.
		bw.tr.Discard()
		bw.tr, bw.pending, bw.keys = nil, 0, nil
		bw.held.reset()
		return fmt.Errorf("bulk write: %w; the writes since the last commit are lost, run the ingest again", err)
	}
	if bw.pending >= bw.every {
		return b.commitBulkLocked(true)
	}
	return nil
}

// commitBulk commits the bulk transaction, if one is open, with the held values, which it
// then forgets: the caller may write around them (a spilled transaction).
func (b *batchDB) commitBulk() error {
	if b.bulk == nil {
		return nil
	}
	b.bulk.mu.Lock()
	defer b.bulk.mu.Unlock()
	return b.commitBulkLocked(false)
}

// commitBulkLocked commits the bulk transaction with the held values written since its
// last commit; keep keeps them held, as the store now has them.
func (b *batchDB) commitBulkLocked(keep bool) error {
	tr := b.bulk.tr
	if tr == nil {
		if !keep {
			b.bulk.held.reset()
		}
		return nil
	}
	var err error
	b.bulk.held.flush(func(k string, v []byte, _ bool) {
		if err == nil {
			err = tr.Put([]byte(k), v, nil)
		}
	})
	if !keep {
		b.bulk.held.reset()
	}
	b.bulk.tr, b.bulk.pending, b.bulk.keys = nil, 0, nil
	if err == nil {
		err = tr.Commit()
	}
	if err != nil {
		tr.Discard()
		b.bulk.held.reset()
		return fmt.Errorf("bulk commit: %w; the writes since the last commit are lost, run the ingest again", err)
	}
	return nil
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
//
// goleveldb deletes a table the compaction replaced only once no reader holds it, and its
// Close does not wait for that: the settled store kept the tables it replaced (140 MB on
// disk after the x10 wire import, 70 MB of them live) until the next process opened it.
// Opening it once more here, which deletes every file no version names, leaves only the
// live tables.
func (b *batchDB) Close() error {
	err := b.commitBulk()
	settled := false
	if err == nil && b.dir != "" && b.written.Load() > 0 && b.written.Load() >= tableBytes(b.dir)/4 {
		err = b.db.CompactRange(util.Range{})
		settled = err == nil
	}
	err = errors.Join(err, b.DB.Close())
	if settled && err == nil {
		if db, oerr := leveldb.OpenFile(b.dir, levelDBOptions(false, false)); oerr == nil {
			err = db.Close()
		}
	}
	return err
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

// holdBytes is the size from which a value written to a spilled transaction is held in
// memory until the commit instead of going to the goleveldb transaction at once. An
// article's list in the label index takes some 3.5 bytes a quad and is rewritten at each
// of Cayley's calls (applyChunk quads): a 40 MB line of 2.1 million quads wrote 105
// versions of a list that grew to 7 MB, 390 MB in all, into the transaction's tables, and
// the compaction that merged those tables after the commit held a block of each, with its
// version of the list (603 MB resident against issue 16's target of 410). Smaller values
// (a node's record, a counter) stay with what goleveldb holds: their versions add up to
// little.
const holdBytes = 64 << 10

func newBatchDB(db *leveldb.DB, wo *opt.WriteOptions) *batchDB {
	h := hleveldb.New(db)
	h.SetWriteOptions(wo)
	return &batchDB{DB: h, db: db, wo: wo, spill: spillBytes, hold: holdBytes}
}

func (b *batchDB) Tx(ctx context.Context, rw bool) (flat.Tx, error) {
	if b.bulk != nil {
		// No snapshot can see the bulk transaction's writes: read the store as get does.
		return &batchTx{db: b, ro: !rw, over: map[string]overlayValue{}}, nil
	}
	if !rw {
		return b.DB.Tx(ctx, false)
	}
	sn, err := b.db.GetSnapshot()
	if err != nil {
		return nil, err
	}
	return &batchTx{db: b, sn: sn, over: b.newOverlay()}, nil
}

// newOverlay is a write transaction's overlay, made for as many keys as the last commit
// wrote (at most maxOverlayHint): a write is most often the next of a run of alike
// batches, and a map grown one insert at a time from empty rehashes its keys at every
// doubling (an import of the wire corpus x10 writes some 37,000 keys a transaction).
func (b *batchDB) newOverlay() map[string]overlayValue {
	return make(map[string]overlayValue, min(b.lastKeys.Load(), maxOverlayHint))
}

// maxOverlayHint bounds the overlay a write transaction starts with: the keys of a
// transaction near spillBytes.
const maxOverlayHint = 1 << 17

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
// snapshot taken when it began (in bulk mode, from the store as batchDB.get reads it); once
// spilled, writes and reads go through tr. In bulk mode it is the read transaction too (ro).
type batchTx struct {
	db   *batchDB
	ro   bool
	sn   *leveldb.Snapshot // nil in bulk mode
	over map[string]overlayValue
	size int                  // bytes of keys and values written to over
	tr   *leveldb.Transaction // the goleveldb transaction the writes moved to, or nil
	// held are the values of holdBytes or more written since the spill, the latest
	// version of each, which go to tr at the commit; reads look here before tr.
	held map[string][]byte
	done bool
}

func (tx *batchTx) Commit(ctx context.Context) error {
	if tx.done {
		return nil
	}
	tx.done = true
	defer tx.release()
	if tx.tr != nil {
		for k, v := range tx.held {
			if err := tx.tr.Put([]byte(k), v, nil); err != nil {
				tx.tr.Discard()
				return err
			}
		}
		tx.held = nil
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
	var err error
	if tx.db.bulk != nil {
		err = tx.db.writeBulk(tx.over)
	} else {
		err = tx.write()
	}
	if err != nil {
		return err
	}
	tx.db.lastKeys.Store(int64(len(tx.over)))
	tx.db.written.Add(int64(tx.size))
	return nil
}

// write writes the overlay to the store as one leveldb.Batch (see batch), in buffers that
// the next commit reuses: goleveldb's Write is done with a batch when it returns.
func (tx *batchTx) write() error {
	c := &tx.db.commits
	c.Lock()
	defer c.Unlock()
	var err error
	c.data, c.keys, err = tx.batch(&c.b, c.data, c.keys[:0])
	if err == nil {
		err = tx.db.db.Write(&c.b, tx.db.wo)
	}
	clear(c.keys) // the keys are the overlay's; let them go with it
	c.b.Reset()
	return err
}

// release releases the transaction's snapshot, if it has one.
func (tx *batchTx) release() {
	if tx.sn != nil {
		tx.sn.Release()
	}
}

// batch loads the overlay's writes into b, in key order, encoded in data; it returns data
// and keys, the overlay's keys sorted, for the caller to reuse. Each key is written
// once, so the order changes nothing stored, but the memtable's skiplist takes keys in
// order for less: each insert walks much the path the one before it did, in the cache
// (an import of the wire corpus x10 took 5 s less cpu of 36, in runs taken in turn).
// The records are encoded into one buffer of their size and loaded: a Batch grown a
// record at a time grows its buffer by a small fraction once it holds 3,000 records, and
// copied 1.6 GB in all for a million-quad import. The buffer, the sorted keys and the
// Batch's index of its records are kept from one commit to the next by the caller: made
// anew at each commit they were 1.1 GB of the 9.5 GB that import allocated.
func (tx *batchTx) batch(b *leveldb.Batch, data []byte, keys []string) ([]byte, []string, error) {
	n := 0
	for k, o := range tx.over {
		n += 1 + 2*binary.MaxVarintLen32 + len(k) + len(o.val)
		keys = append(keys, k)
	}
	data = slices.Grow(data[:0], n)
	sort.Strings(keys)
	for _, k := range keys {
		o := tx.over[k]
		// goleveldb's record: its type (0 a deletion, 1 a value), the key and the value,
		// each after its length as a uvarint.
		if o.del {
			data = append(data, 0)
			data = binary.AppendUvarint(data, uint64(len(k)))
			data = append(data, k...)
			continue
		}
		data = append(data, 1)
		data = binary.AppendUvarint(data, uint64(len(k)))
		data = append(data, k...)
		data = binary.AppendUvarint(data, uint64(len(o.val)))
		data = append(data, o.val...)
	}
	return data, keys, b.Load(data)
}

func (tx *batchTx) Close() error {
	if !tx.done {
		tx.done = true
		tx.held = nil
		tx.release()
		if tx.tr != nil {
			tx.tr.Discard()
		}
	}
	return nil
}

// spill moves the overlay's writes into a goleveldb transaction when they have grown past
// the limit; the snapshot is no longer read (this is the store's only writer, so the
// transaction sees what the snapshot did, and the writes since). In bulk mode the bulk
// transaction is committed first: leveldb has one transaction open at a time.
func (tx *batchTx) spill() error {
	if tx.size < tx.db.spill {
		return nil
	}
	if err := tx.db.commitBulk(); err != nil {
		return err
	}
	tr, err := tx.db.db.OpenTransaction()
	if err != nil {
		return err
	}
	tx.held = map[string][]byte{}
	for k, o := range tx.over {
		if o.del {
			err = tr.Delete([]byte(k), nil)
		} else if len(o.val) >= tx.db.hold {
			tx.held[k] = o.val
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
		if v, ok := tx.held[string(key)]; ok {
			return v, nil
		}
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
	var v []byte
	var err error
	if tx.sn != nil {
		v, err = tx.sn.Get(key, nil)
	} else {
		v, err = tx.db.get(key)
	}
	if err == leveldb.ErrNotFound {
		return nil, flat.ErrNotFound
	}
	return v, err
}

func (tx *batchTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, tx, keys)
}

func (tx *batchTx) Put(ctx context.Context, k flat.Key, v flat.Value) error {
	if tx.ro {
		return flat.ErrReadOnly
	}
	if tx.tr != nil {
		if len(v) >= tx.db.hold {
			tx.held[string(k)] = append([]byte{}, v...)
			return nil
		}
		delete(tx.held, string(k))
		return tx.tr.Put(k, v, nil)
	}
	tx.over[string(k)] = overlayValue{val: append([]byte{}, v...)}
	tx.size += len(k) + len(v)
	return tx.spill()
}

func (tx *batchTx) Del(ctx context.Context, k flat.Key) error {
	if tx.ro {
		return flat.ErrReadOnly
	}
	if tx.tr != nil {
		delete(tx.held, string(k))
		return tx.tr.Delete(k, nil)
	}
	tx.over[string(k)] = overlayValue{del: true}
	tx.size += len(k)
	return tx.spill()
}

// Scan iterates the snapshot merged with the transaction's own writes. Cayley scans
// nothing inside a write transaction, so the merge simply collects the range.
//
// A read transaction of a bulk session, which has no writes of its own, reads the store
// as it goes instead (a scan may cover the whole store).
func (tx *batchTx) Scan(ctx context.Context, opts ...flat.IteratorOption) flat.Iterator {
	if tx.ro {
		it := &storeIterator{db: tx.db}
		return flat.ApplyIteratorOptions(it.WithPrefix(nil), opts)
	}
	it := &overlayIterator{tx: tx}
	return flat.ApplyIteratorOptions(it.WithPrefix(nil), opts)
}

// storeIterator walks a prefix of the store as batchDB.get reads it, without copying it.
type storeIterator struct {
	db    *batchDB
	it    kvIterator
	first bool
}

func (it *storeIterator) WithPrefix(pref flat.Key) flat.Iterator {
	if it.it != nil {
		it.it.Release()
	}
	it.it = it.db.newIterator(util.BytesPrefix(pref))
	it.Reset()
	return it
}

func (it *storeIterator) Reset() { it.first = true }

func (it *storeIterator) Seek(ctx context.Context, key flat.Key) bool {
	it.first = false
	return it.it.Seek(key)
}

func (it *storeIterator) Next(ctx context.Context) bool {
	if it.first {
		it.first = false
		return it.it.First()
	}
	return it.it.Next()
}

func (it *storeIterator) Key() flat.Key   { return it.it.Key() }
func (it *storeIterator) Val() flat.Value { return it.it.Value() }
func (it *storeIterator) Err() error      { return it.it.Error() }

func (it *storeIterator) Close() error {
	it.it.Release()
	return it.it.Error()
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
			if _, ok := it.tx.held[string(src.Key())]; ok {
				continue
			}
			it.pairs = append(it.pairs, flat.Pair{Key: append([]byte{}, src.Key()...), Val: append([]byte{}, src.Value()...)})
		}
		src.Release()
		it.err = src.Error()
		for k, v := range it.tx.held {
			if bytes.HasPrefix([]byte(k), it.prefix) {
				it.pairs = append(it.pairs, flat.Pair{Key: []byte(k), Val: v})
			}
		}
		sort.Slice(it.pairs, func(i, j int) bool { return bytes.Compare(it.pairs[i].Key, it.pairs[j].Key) < 0 })
		return
	}
	var src kvIterator
	if it.tx.sn != nil {
		src = it.tx.sn.NewIterator(util.BytesPrefix(it.prefix), nil)
	} else {
		src = it.tx.db.newIterator(util.BytesPrefix(it.prefix))
	}
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
