package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/options"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/comparer"
	"github.com/syndtr/goleveldb/leveldb/memdb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// TestBatchTxReadsItsOwnWrites writes, overwrites and deletes keys in one batchTx and reads
// them back through Get and a prefix Scan, over keys the store held before it began; other
// readers see nothing until the commit, and a discarded transaction changes nothing. It
// runs twice: with the writes in a batch, and spilled into a goleveldb transaction from the
// first write (as a transaction past spillBytes is), and a third time spilled with every
// value held in memory until the commit (as values of holdBytes or more are).
//
// In a bulk session (OpenOptions.Bulk) the same must hold with the commits held in the bulk
// transaction, once a commit at every write ("bulk, commit each") and once with the whole
// session in one bulk transaction.
func TestBatchTxReadsItsOwnWrites(t *testing.T) {
	for _, c := range []struct {
		name  string
		spill int
		hold  int
		bulk  int64 // bulkWriter.every, or 0 for no bulk session
	}{{"batch", spillBytes, holdBytes, 0}, {"spilled", 1, holdBytes, 0}, {"spilled, held", 1, 1, 0},
		{"bulk", spillBytes, holdBytes, bulkCommitBytes}, {"bulk, commit each", spillBytes, holdBytes, 1},
		{"bulk, spilled", 1, holdBytes, bulkCommitBytes}, {"bulk, spilled, held", 1, 1, bulkCommitBytes}} {
		t.Run(c.name, func(t *testing.T) { testBatchTx(t, c.spill, c.hold, c.bulk) })
	}
}

func testBatchTx(t *testing.T, spill, hold int, bulk int64) {
	ctx := context.Background()
	ldb, err := leveldb.OpenFile(filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	db := newBatchDB(ldb, &opt.WriteOptions{})
	db.spill, db.hold = spill, hold
	if bulk > 0 {
		db.bulk = &bulkWriter{every: bulk}
	}
	defer db.Close()
	put := func(tx flat.Tx, kvs ...string) {
		for i := 0; i < len(kvs); i += 2 {
			if err := tx.Put(ctx, flat.Key(kvs[i]), []byte(kvs[i+1])); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := db.Update(ctx, func(tx flat.Tx) error { put(tx, "a1", "old", "a2", "old", "a3", "old", "b1", "old"); return nil }); err != nil {
		t.Fatal(err)
	}

	tx, err := db.Tx(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	put(tx, "a2", "new", "a0", "new")
	if err := tx.Del(ctx, flat.Key("a3")); err != nil {
		t.Fatal(err)
	}
	if got, want := scanAll(t, tx, "a"), "a0=new a1=old a2=new"; got != want {
		t.Errorf("scan inside the transaction = %q, want %q", got, want)
	}
	if v, err := tx.Get(ctx, flat.Key("a3")); err != flat.ErrNotFound {
		t.Errorf("Get of a key deleted in the transaction = %q, %v", v, err)
	}
	if v, err := tx.Get(ctx, flat.Key("a2")); err != nil || string(v) != "new" {
		t.Errorf("Get of a key overwritten in the transaction = %q, %v", v, err)
	}
	view := func() string {
		var s string
		db.View(ctx, func(r flat.Tx) error { s = scanAll(t, r, ""); return nil })
		return s
	}
	if got, want := view(), "a1=old a2=old a3=old b1=old"; got != want {
		t.Errorf("another reader before the commit sees %q, want %q", got, want)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	tx.Close()
	if got, want := view(), "a0=new a1=old a2=new b1=old"; got != want {
		t.Errorf("after the commit: %q, want %q", got, want)
	}

	tx, _ = db.Tx(ctx, true)
	put(tx, "b1", "discarded", "c1", "discarded")
	tx.Close()
	if got, want := view(), "a0=new a1=old a2=new b1=old"; got != want {
		t.Errorf("after a discarded transaction: %q, want %q", got, want)
	}
}

// TestSpilledTransactionWritesAGrowingValueOnce rewrites one value 100 times in a spilled
// transaction, growing it by 20 KB of random bytes each time, as Cayley rewrites an
// article's list in the label index at each of its calls: the transaction must write the
// last version to leveldb's tables, not every version (100 MB here, whose tables the
// compaction after the commit then reads all at once, holding a block of each). A
// small value rewritten the same number of times, and keys written once, go in as well.
func TestSpilledTransactionWritesAGrowingValueOnce(t *testing.T) {
	ctx := context.Background()
	ldb, err := leveldb.OpenFile(filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	db := newBatchDB(ldb, &opt.WriteOptions{})
	db.spill = 1
	defer db.Close()
	tx, err := db.Tx(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	r := rand.New(rand.NewPCG(1, 2))
	const rewrites, grow = 100, 20000
	var list []byte
	for i := range rewrites {
		list = append(list, make([]byte, grow)...)
		for j := len(list) - grow; j < len(list); j++ {
			list[j] = byte(r.Uint32())
		}
		err := errors.Join(tx.Put(ctx, flat.Key("c-list"), list),
			tx.Put(ctx, flat.Key("meta-count"), []byte(fmt.Sprint(i))),
			tx.Put(ctx, flat.Key(fmt.Sprintf("k%03d", i)), []byte("v")))
		if err != nil {
			t.Fatal(err)
		}
	}
	if v, err := tx.Get(ctx, flat.Key("c-list")); err != nil || !bytes.Equal(v, list) {
		t.Fatalf("Get of the list inside the transaction: %d bytes, %v; want its last version, %d bytes", len(v), err, len(list))
	}
	if got := scanAll(t, tx, "m"); got != "meta-count=99" {
		t.Errorf("scan inside the transaction = %q, want meta-count=99", got)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	var st leveldb.DBStats
	if err := ldb.Stats(&st); err != nil {
		t.Fatal(err)
	}
	written := st.LevelWrite[0]
	t.Logf("%d versions of a value growing to %d KB: %.1f MB written to level 0", rewrites, len(list)/1000, float64(written)/1e6)
	if limit := int64(2 * len(list)); written > limit {
		t.Errorf("the transaction wrote %.1f MB to level 0 for a value of %.1f MB, more than %.1f MB: it wrote every version",
			float64(written)/1e6, float64(len(list))/1e6, float64(limit)/1e6)
	}
	err = db.View(ctx, func(tx flat.Tx) error {
		v, err := tx.Get(ctx, flat.Key("c-list"))
		if err != nil || !bytes.Equal(v, list) {
			t.Errorf("after the commit the list reads %d bytes, %v; want its last version, %d bytes", len(v), err, len(list))
		}
		if got := scanAll(t, tx, "k"); strings.Count(got, "=v") != rewrites {
			t.Errorf("after the commit the keys written once read %.40q..., want %d of them", got, rewrites)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func scanAll(t *testing.T, tx flat.Tx, prefix string) string {
	t.Helper()
	it := tx.Scan(context.Background(), options.WithPrefixFlat(flat.Key(prefix)))
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		out = append(out, string(it.Key())+"="+string(it.Val()))
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, " ")
}

// TestCloseSettlesABulkLoad writes a store in one session and closes it: what was written
// must be in level 1, with no level-0 table and an empty journal left for the next process
// to turn into one (see batchDB.Close).
func TestCloseSettlesABulkLoad(t *testing.T) {
	path := writeAndClose(t, 4, 1000, 100, false, func(b, i int) string { return fmt.Sprintf("%d-%04d", b, i) })
	ldb, err := leveldb.OpenFile(path, &opt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ldb.Close()
	for level, want := range []string{"0", "1"} {
		got, err := ldb.GetProperty(fmt.Sprintf("leveldb.num-files-at-level%d", level))
		if err != nil {
			t.Fatal(err)
		}
		if (want == "0") != (got == "0") {
			t.Errorf("level %d holds %s tables, want %s", level, got, map[string]string{"0": "none", "1": "some"}[want])
		}
	}
}

// writeAndClose writes a new store in batches transactions of n keys named by key, each
// with a value of size bytes (reading each key first, as ingest does, when read is set),
// closes it and returns its directory.
func writeAndClose(t *testing.T, batches, n, size int, read bool, key func(b, i int) string) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := openLevelDB(path, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	v := []byte(strings.Repeat("v", size))
	for b := range batches {
		err := db.Update(ctx, func(tx hkv.Tx) error {
			for i := range n {
				k := hkv.Key{[]byte("k"), []byte(key(b, i))}
				if read {
					if _, err := tx.Get(ctx, k); err != nil && !errors.Is(err, hkv.ErrNotFound) {
						return err
					}
				}
				if err := tx.Put(ctx, k, v); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCloseLeavesOnlyLiveTables writes a store in a few transactions, reading it between
// them as ingest does, and closes it: the directory must then hold only the tables the
// store names. goleveldb deletes a replaced table only once no reader holds it and does not
// wait for that at close, so the settled x10 import left 70 MB of replaced tables beside
// its 70 MB store until another process opened it.
func TestCloseLeavesOnlyLiveTables(t *testing.T) {
	path := writeAndClose(t, 6, 30000, 200, true, func(b, i int) string { return fmt.Sprintf("%04d-%d", i, b%2) })
	ents, err := os.ReadDir(path)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".ldb") {
			files = append(files, strings.TrimSuffix(e.Name(), ".ldb"))
		}
	}
	ldb, err := leveldb.OpenFile(path, &opt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ldb.Close()
	live, err := ldb.GetProperty("leveldb.sstables")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		n := strings.TrimLeft(f, "0")
		if !strings.Contains(live, n+":") {
			t.Errorf("table %s.ldb is in the directory but not in the store:\n%s", f, live)
		}
	}
}

// TestBulkSessionSkipsTheJournal writes 12 MB in 60 transactions through a bulk session, as
// ingest does: they must be readable as soon as each commits (through reads and scans of
// new transactions), leave leveldb's journal empty, and all be in the store, settled,
// once it closes and opens again in an ordinary session.
func TestBulkSessionSkipsTheJournal(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := openLevelDB(path, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = openLevelDB(path, cgraph.Options{optBulk: true}, false)
	if err != nil {
		t.Fatal(err)
	}
	val := []byte(strings.Repeat("v", 200))
	const txs, perTx = 60, 1000
	for b := range txs {
		err := db.Update(ctx, func(tx hkv.Tx) error {
			for i := range perTx {
				if err := tx.Put(ctx, hkv.Key{[]byte("k"), []byte(fmt.Sprintf("%02d-%04d", b, i))}, val); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		err = db.View(ctx, func(tx hkv.Tx) error {
			v, err := tx.Get(ctx, hkv.Key{[]byte("k"), []byte(fmt.Sprintf("%02d-%04d", b, perTx-1))})
			if err != nil || string(v) != string(val) {
				t.Fatalf("after transaction %d, its last key reads %.10q, %v", b, v, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := countKeys(t, db); n != txs*perTx {
		t.Errorf("a scan in the bulk session finds %d keys, want %d", n, txs*perTx)
	}
	if n := fileBytes(t, path, ".log"); n > 1<<20 {
		t.Errorf("the bulk session wrote %d bytes of journal for %d MB of writes, want none", n, txs*perTx*210>>20)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Settled, as TestCloseSettlesABulkLoad wants an ordinary session's bulk load.
	ldb, err := leveldb.OpenFile(path, &opt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := ldb.GetProperty("leveldb.num-files-at-level0"); got != "0" {
		t.Errorf("the bulk session left %s tables in level 0, want none", got)
	}
	ldb.Close()
	db, err = openLevelDB(path, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := countKeys(t, db); n != txs*perTx {
		t.Errorf("after closing the bulk session the store holds %d keys, want %d", n, txs*perTx)
	}
}

func countKeys(t *testing.T, db hkv.KV) int {
	t.Helper()
	n := 0
	err := db.View(context.Background(), func(tx hkv.Tx) error {
		it := tx.Scan(context.Background(), options.WithPrefixKV(hkv.Key{[]byte("k")}))
		defer it.Close()
		for it.Next(context.Background()) {
			n++
		}
		return it.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// fileBytes is the size of the files in dir whose names end in suffix.
func fileBytes(t *testing.T, dir, suffix string) int64 {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, e := range ents {
		if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), suffix) {
			n += info.Size()
		}
	}
	return n
}

// TestBulkSessionReadsLatestWrites rewrites the same few keys transaction after
// transaction in a bulk session whose write buffer is small, so that each key has many
// versions in many of the bulk transaction's tables, as the index lists and counts of a
// much-mentioned entity have in an ingest: a counter read and incremented, a list read and
// appended to, a key deleted and written again in turn, and keys read before they are
// first written. Every read, inside a write transaction and in a read transaction after
// it, must give the latest value, whether it is read from the bulk transaction or, for a
// key the transaction has not written, from the store beneath it (leveldb_bulkread.go), or
// from the values the session holds in memory (leveldb_bulkheld.go); and so must a scan of
// each key. It runs with the session in one bulk transaction, committed every few
// transactions, with each write transaction spilled into a goleveldb transaction of its
// own, and with room to hold about one value, so that they go in and out of memory.
func TestBulkSessionReadsLatestWrites(t *testing.T) {
	for _, c := range []struct {
		name  string
		spill int
		every int64
		held  int
	}{{"one bulk transaction", spillBytes, bulkCommitBytes, 0}, {"committed every few", spillBytes, 64 << 10, 0},
		{"spilled", 1, bulkCommitBytes, 0}, {"little held", spillBytes, bulkCommitBytes, 2 * heldEntryBytes}} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			ldb, err := leveldb.OpenFile(filepath.Join(t.TempDir(), "s.db"), &opt.Options{WriteBuffer: 32 << 10})
			if err != nil {
				t.Fatal(err)
			}
			db := newBatchDB(ldb, &opt.WriteOptions{})
			db.spill = c.spill
			db.bulk = &bulkWriter{every: c.every}
			db.bulk.held.max = c.held
			defer db.Close()
			want := map[string]string{}
			check := func(tx flat.Tx, when string) {
				t.Helper()
				for _, k := range []string{"count", "list", "toggle", "fresh-a", "fresh-b"} {
					v, err := tx.Get(ctx, flat.Key(k))
					w, ok := want[k]
					switch {
					case !ok && err != flat.ErrNotFound:
						t.Fatalf("%s: %s reads %.20q, %v; want no value", when, k, v, err)
					case ok && (err != nil || string(v) != w):
						t.Fatalf("%s: %s reads %.20q, %v; want %.20q", when, k, v, err, w)
					}
					if got := scanAll(t, tx, k); ok && got != k+"="+w || !ok && got != "" {
						t.Fatalf("%s: a scan of %s finds %.40q; want %.40q", when, k, got, k+"="+w)
					}
				}
			}
			filler := []byte(strings.Repeat("f", 300))
			for r := range 200 {
				err := db.Update(ctx, func(tx flat.Tx) error {
					check(tx, fmt.Sprintf("transaction %d, before its writes", r))
					put := func(k, v string) {
						if err := tx.Put(ctx, flat.Key(k), []byte(v)); err != nil {
							t.Fatal(err)
						}
						want[k] = v
					}
					put("count", fmt.Sprint(r))
					put("list", want["list"]+fmt.Sprintf("%d,", r))
					if r%2 == 1 {
						if err := tx.Del(ctx, flat.Key("toggle")); err != nil {
							t.Fatal(err)
						}
						delete(want, "toggle")
					} else {
						put("toggle", fmt.Sprint("on ", r))
					}
					if r == 150 {
						put("fresh-a", "a")
					}
					// Other keys, to fill write buffers into tables.
					for i := range 20 {
						if err := tx.Put(ctx, flat.Key(fmt.Sprintf("other-%03d-%02d", r, i)), filler); err != nil {
							t.Fatal(err)
						}
					}
					check(tx, fmt.Sprintf("transaction %d, after its writes", r))
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				db.View(ctx, func(tx flat.Tx) error { check(tx, fmt.Sprintf("after transaction %d", r)); return nil })
			}
		})
	}
}

// TestBulkSessionWritesARewrittenValueOnce rewrites a list and a counter in each of 200
// transactions of a bulk session, the list growing by 2 KB of random bytes each time, as
// an ingest rewrites the index lists and counts of an entity that article after article
// names, with other keys written once beside them. The bulk transaction's tables must get
// about the last version of each (leveldb_bulkheld.go), not every version (40 MB here):
// each version in a table of its own made the session write more than three times the
// store's size, and every later read of the key look into every one of those tables. Every
// value must read back as last written, in the session and after it.
func TestBulkSessionWritesARewrittenValueOnce(t *testing.T) {
	ctx := context.Background()
	ldb, err := leveldb.OpenFile(filepath.Join(t.TempDir(), "s.db"), &opt.Options{WriteBuffer: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	db := newBatchDB(ldb, &opt.WriteOptions{})
	db.bulk = &bulkWriter{every: bulkCommitBytes}
	defer db.Close()
	r := rand.New(rand.NewPCG(1, 2))
	const txs, grow = 200, 2000
	var list []byte
	filler := []byte(strings.Repeat("f", 300))
	for i := range txs {
		list = append(list, make([]byte, grow)...)
		for j := len(list) - grow; j < len(list); j++ {
			list[j] = byte(r.Uint32())
		}
		err := db.Update(ctx, func(tx flat.Tx) error {
			if v, err := tx.Get(ctx, flat.Key("list")); i > 0 && (err != nil || !bytes.Equal(v, list[:len(list)-grow])) {
				t.Fatalf("transaction %d reads the list as %d bytes, %v; want its last version, %d bytes", i, len(v), err, len(list)-grow)
			}
			err := errors.Join(tx.Put(ctx, flat.Key("list"), list), tx.Put(ctx, flat.Key("count"), []byte(fmt.Sprint(i))))
			for j := range 20 {
				err = errors.Join(err, tx.Put(ctx, flat.Key(fmt.Sprintf("other-%03d-%02d", i, j)), filler))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := db.commitBulk(); err != nil {
		t.Fatal(err)
	}
	var st leveldb.DBStats
	if err := ldb.Stats(&st); err != nil {
		t.Fatal(err)
	}
	final := int64(len(list) + txs*20*(len(filler)+12))
	t.Logf("%d versions of a value growing to %d KB, and %d KB written once: %.1f MB written to level 0",
		txs, len(list)/1000, txs*20*len(filler)/1000, float64(st.LevelWrite[0])/1e6)
	if st.LevelWrite[0] > 2*final {
		t.Errorf("the bulk session wrote %.1f MB to level 0 for %.1f MB of last versions: it wrote every version",
			float64(st.LevelWrite[0])/1e6, float64(final)/1e6)
	}
	err = db.View(ctx, func(tx flat.Tx) error {
		if v, err := tx.Get(ctx, flat.Key("list")); err != nil || !bytes.Equal(v, list) {
			t.Errorf("after the commit the list reads %d bytes, %v; want its last version, %d bytes", len(v), err, len(list))
		}
		if got, want := scanAll(t, tx, "count"), fmt.Sprintf("count=%d", txs-1); got != want {
			t.Errorf("after the commit a scan of the counter finds %q, want %q", got, want)
		}
		if got := scanAll(t, tx, "other-"); strings.Count(got, "=f") != txs*20 {
			t.Errorf("after the commit the keys written once read %.40q..., want %d of them", got, txs*20)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestHeldIteratorMergesTheStore walks the store's keys merged with held values, as scans of
// a bulk session do (leveldb_bulkheld.go): in key order, a held value in place of the
// store's value of the same key, from the start and from a Seek, with keys of either side
// first and last.
func TestHeldIteratorMergesTheStore(t *testing.T) {
	store := memdb.New(comparer.DefaultComparer, 1<<10)
	for _, k := range []string{"b", "c", "e", "g"} {
		store.Put([]byte(k), []byte("store"))
	}
	walk := func(seek string) string {
		it := &heldIterator{it: store.NewIterator(nil), pairs: []heldPair{
			{[]byte("a"), []byte("held")}, {[]byte("c"), []byte("held")}, {[]byte("d"), []byte("held")}, {[]byte("h"), []byte("held")}}}
		defer it.Release()
		var out []string
		ok := it.Next()
		if seek != "" {
			ok = it.Seek([]byte(seek))
		}
		for ; ok; ok = it.Next() {
			out = append(out, string(it.Key())+"="+string(it.Value()))
		}
		return strings.Join(out, " ")
	}
	for seek, want := range map[string]string{
		"":   "a=held b=store c=held d=held e=store g=store h=held",
		"c":  "c=held d=held e=store g=store h=held",
		"bb": "c=held d=held e=store g=store h=held",
		"f":  "g=store h=held",
		"h":  "h=held",
		"z":  "",
	} {
		if got := walk(seek); got != want {
			t.Errorf("from %q: %q, want %q", seek, got, want)
		}
	}
}

// batchRecords collects what a leveldb.Batch replays.
type batchRecords map[string]overlayValue

func (r batchRecords) Put(k, v []byte) { r[string(k)] = overlayValue{val: append([]byte{}, v...)} }
func (r batchRecords) Delete(k []byte) { r[string(k)] = overlayValue{del: true} }

// TestBatchTxBatch checks that the batch a commit writes holds the overlay's writes,
// values and deletions, keys and values of any length (their lengths are varints), and
// only them when its buffers held a larger batch before (commits reuse them).
func TestBatchTxBatch(t *testing.T) {
	big := &batchTx{over: map[string]overlayValue{}}
	for i := range 1000 {
		big.over[fmt.Sprintf("big%04d", i)] = overlayValue{val: bytes.Repeat([]byte("x"), 100)}
	}
	tx := &batchTx{over: map[string]overlayValue{
		"a":                      {val: []byte("1")},
		"empty":                  {val: []byte{}},
		"gone":                   {del: true},
		strings.Repeat("k", 300): {val: bytes.Repeat([]byte("v"), 70000)},
		strings.Repeat("d", 200): {del: true},
		"\x00binary\xff":         {val: []byte{0, 1, 2}},
	}}
	var b leveldb.Batch
	var data []byte
	var keys []string
	for _, tx := range []*batchTx{big, tx} {
		var err error
		if data, keys, err = tx.batch(&b, data, keys[:0]); err != nil {
			t.Fatal(err)
		}
		if b.Len() != len(tx.over) || len(keys) != len(tx.over) {
			t.Errorf("the batch has %d records and %d keys, want %d", b.Len(), len(keys), len(tx.over))
		}
		got := batchRecords{}
		if err := b.Replay(got); err != nil {
			t.Fatal(err)
		}
		for k, want := range tx.over {
			g, ok := got[k]
			if !ok || g.del != want.del || !bytes.Equal(g.val, want.val) {
				t.Errorf("key %.20q: got %v (%v), want del %v, %d bytes", k, ok, g.del, want.del, len(want.val))
			}
		}
		if len(got) != len(tx.over) {
			t.Errorf("the batch replays %d records, want %d", len(got), len(tx.over))
		}
		b.Reset()
	}
}
