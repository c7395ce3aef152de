package graph

import (
	"context"
	"errors"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// optSharedKV is the cgraph.Options key under which OpenLocation passes a *sharedKV holder
// to relgraph's key-value registrations (leveldb.go, bolt.go), which fill it with the
// store they open.
const optSharedKV = "relgraph_shared_kv"

// sharedKV wraps the key-value store under Cayley's kv quad store so that several of
// Cayley's ApplyDeltas calls can commit as one transaction (see inOne).
//
// Cayley's ApplyDeltas cannot both delete and add in one call: a node whose reference count
// falls in the call (the article node of a replaced article, which loses more quads than it
// gains) is not resolved for the quads that add it, and those quads are written without it.
// Replacing an article therefore takes two calls, a removal and an addition; run inside
// inOne they share one write transaction of leveldb or bolt, so a crash leaves the old
// version or the new one, never neither.
type sharedKV struct {
	hkv.KV
	mu     sync.Mutex
	shared hkv.Tx // the open write transaction of inOne, or nil
}

// Tx returns the shared write transaction while inOne runs; otherwise the store's own.
func (k *sharedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if rw {
		k.mu.Lock()
		tx := k.shared
		k.mu.Unlock()
		if tx != nil {
			return joinedTx{tx}, nil
		}
	}
	return k.KV.Tx(ctx, rw)
}

// Update runs fn in the shared write transaction while inOne runs.
func (k *sharedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	k.mu.Lock()
	tx := k.shared
	k.mu.Unlock()
	if tx != nil {
		return fn(joinedTx{tx})
	}
	return k.KV.Update(ctx, fn)
}

// inOne runs fn with every write transaction opened meanwhile joined into one, committed
// when fn returns nil and discarded otherwise (fn may commit a part of it first: split).
// The caller must be the only writer while fn runs (cayleyStore holds its write lock).
func (k *sharedKV) inOne(ctx context.Context, fn func() error) error {
	tx, err := k.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	k.mu.Lock()
	k.shared = tx
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.shared = nil
		k.mu.Unlock()
	}()
	err = fn()
	k.mu.Lock()
	tx = k.shared
	k.mu.Unlock()
	if tx == nil {
		return err // a split failed, and closed what it had
	}
	if err != nil {
		return errors.Join(err, tx.Close())
	}
	if err := tx.Commit(ctx); err != nil {
		tx.Close()
		return err
	}
	tx.Close()
	return nil
}

// splitWanted reports whether the shared transaction of inOne is one that grows in memory
// with what it writes (bolt's) and has written splitBytes or more.
func (k *sharedKV) splitWanted(splitBytes int) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	w, ok := k.shared.(interface{ written() int })
	return ok && splitBytes > 0 && w.written() >= splitBytes
}

// split commits inOne's shared transaction and opens another in its place, which inOne
// commits or discards as it would have the first. The caller must be inside inOne's fn.
func (k *sharedKV) split(ctx context.Context) error {
	k.mu.Lock()
	tx := k.shared
	k.shared = nil
	k.mu.Unlock()
	if err := tx.Commit(ctx); err != nil {
		tx.Close()
		return err
	}
	tx.Close()
	next, err := k.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	k.mu.Lock()
	k.shared = next
	k.mu.Unlock()
	return nil
}

// joinedTx is the shared transaction as one ApplyDeltas sees it: its commit and close are
// left to inOne.
type joinedTx struct{ hkv.Tx }

func (joinedTx) Commit(context.Context) error { return nil }
func (joinedTx) Close() error                 { return nil }

// shareKV wraps db and hands it to the holder passed in the options, if any.
func shareKV(db hkv.KV, o cgraph.Options) hkv.KV {
	s := &sharedKV{KV: db}
	if h, ok := o[optSharedKV].(*kvHolder); ok {
		h.kv = s
	}
	return s
}

// kvHolder receives the sharedKV that a registration opened.
type kvHolder struct{ kv *sharedKV }

// initArticleIndex adds the label index (index.go) to the new, empty embedded store at path.
func initArticleIndex(loc Location, path string, copts cgraph.Options) error {
	var db hkv.KV
	var err error
	if loc.Backend == "bolt" {
		db, err = openBolt(path, copts, false)
	} else {
		db, err = openLevelDB(path, copts, false)
	}
	if err != nil {
		return err
	}
	return errors.Join(addArticleIndex(db), db.Close())
}
