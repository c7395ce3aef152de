package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/options"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// TestBatchTxReadsItsOwnWrites writes, overwrites and deletes keys in one batchTx and reads
// them back through Get and a prefix Scan, over keys the store held before it began; other
// readers see nothing until the commit, and a discarded transaction changes nothing. It
// runs twice: with the writes in a batch, and spilled into a goleveldb transaction from the
// first write (as a transaction past spillBytes is).
func TestBatchTxReadsItsOwnWrites(t *testing.T) {
	for _, c := range []struct {
		name  string
		spill int
	}{{"batch", spillBytes}, {"spilled", 1}} {
		t.Run(c.name, func(t *testing.T) { testBatchTx(t, c.spill) })
	}
}

func testBatchTx(t *testing.T, spill int) {
	ctx := context.Background()
	ldb, err := leveldb.OpenFile(filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	db := newBatchDB(ldb, &opt.WriteOptions{})
	db.spill = spill
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
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := openLevelDB(path, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for b := range 4 {
		err := db.Update(ctx, func(tx hkv.Tx) error {
			for i := range 1000 {
				k := hkv.Key{[]byte("k"), []byte(fmt.Sprintf("%d-%04d", b, i))}
				if err := tx.Put(ctx, k, []byte(strings.Repeat("v", 100))); err != nil {
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
