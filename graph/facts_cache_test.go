package graph

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// TestRecordCacheFollowsCommits writes the same changes to the entity records of two
// leveldb stores, one through a recordCache and one without, with a write that fails part way
// among them, and checks that the records end the same: a write that is rolled back
// leaves nothing of it in the cache (applyInOne resets it), and a record the cache
// holds is not changed in place by the next write.
func TestRecordCacheFollowsCommits(t *testing.T) {
	ctx := context.Background()
	change := func(sign int, qs ...quad.Quad) factsChange {
		var c factsChange
		for _, q := range qs {
			c.add(q, sign)
		}
		return c
	}
	mention := func(art string) quad.Quad {
		return quad.Make(quad.IRI(EntityPrefix+"china"), quad.IRI(PredMentionedIn), quad.IRI(art), quad.IRI(art))
	}
	name := func(n, art string) quad.Quad {
		return quad.Make(quad.IRI(EntityPrefix+"china"), quad.IRI(PredName), quad.String(n), quad.IRI(art))
	}
	contact := func(art string) quad.Quad {
		return quad.Make(quad.IRI(EntityPrefix+"china"), quad.IRI("met"), quad.IRI(EntityPrefix+"japan"), quad.IRI(art))
	}
	writes := []struct {
		c    factsChange
		fail bool // the transaction fails after the records are written
	}{
		{c: change(1, mention("a1"), name("China", "a1"), contact("a1"))},
		{c: change(1, mention("a2"), name("PRC", "a2"), contact("a2"))},
		{c: change(1, mention("a3"), name("Cathay", "a3")), fail: true},
		{c: change(-1, mention("a1"), name("China", "a1"), contact("a1"))},
		{c: change(1, mention("a4"), name("China", "a4"))},
		{c: change(-1, mention("a2"), name("PRC", "a2"), contact("a2"))},
		{c: change(1, mention("a5"), contact("a5")), fail: true},
		{c: change(-1, mention("a4"), name("China", "a4"))},
		{c: change(1, mention("a6"), name("China", "a6"))},
	}
	var dbs [2]hkv.KV
	for i := range dbs {
		db, err := openLevelDB(filepath.Join(t.TempDir(), "db"), cgraph.Options{"nosync": true}, true)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		dbs[i] = db
	}
	cached, plain := dbs[0], dbs[1]
	cache := &recordCache{}
	errFail := errors.New("the write fails")
	for i, w := range writes {
		for _, db := range []hkv.KV{cached, plain} {
			c := (*recordCache)(nil)
			if db == cached {
				c = cache
			}
			err := hkv.Update(ctx, db, func(tx hkv.Tx) error {
				if err := writeFacts(ctx, tx, w.c, c); err != nil {
					return err
				}
				if w.fail {
					return errFail
				}
				return nil
			})
			if w.fail != (err != nil) {
				t.Fatalf("write %d: %v", i, err)
			}
			if err != nil {
				c.reset()
			} else {
				c.commit()
			}
		}
		for _, key := range []hkv.Key{factsKey("china"), contactsKey("china")} {
			got, want := readTestRecord(t, cached, key), readTestRecord(t, plain, key)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("after write %d, %s: %+v through the cache, want %+v", i, key[1], got, want)
			}
		}
	}
	if f := readTestRecord(t, plain, factsKey("china")); f == nil || f.Mentions != 1 || len(f.Vals) != 1 || f.Vals[0].Value != "China" {
		t.Errorf("the record ends as %+v, want China mentioned once", f)
	}
}

func readTestRecord(t *testing.T, db hkv.KV, key hkv.Key) *factsRecord {
	t.Helper()
	var r *factsRecord
	err := hkv.View(context.Background(), db, func(tx hkv.Tx) error {
		data, err := tx.Get(context.Background(), key)
		if err == hkv.ErrNotFound {
			return nil
		} else if err != nil {
			return err
		}
		r = &factsRecord{}
		return json.Unmarshal(data, r)
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
