package graph

import (
	"os"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// boltBackend is Cayley's bolt store opened with a lock timeout: the same file
// (PATH/indexes.bolt), readable by Cayley's own "bolt" backend. Cayley opens bolt with no
// timeout, so a second process waits in flock for as long as the first holds the store,
// deaf to Ctrl-C; here it gives up after boltLockTimeout with bolt.ErrTimeout, which
// openError reports as ErrLocked, as leveldb's lock is.
const boltBackend = "bolt-relgraph"

// boltLockTimeout is how long opening a bolt store waits for another process's lock.
const boltLockTimeout = time.Second

func openBolt(path string, o cgraph.Options, create bool) (hkv.KV, error) {
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	}
	db, err := hbolt.Open(filepath.Join(path, "indexes.bolt"), &bolt.Options{Timeout: boltLockTimeout})
	if err != nil {
		return nil, err
	}
	nosync, _ := o.BoolKey("nosync", false)
	db.DB().NoSync = nosync
	db.DB().NoGrowSync = nosync
	return shareKV(boltBatch{db}, o), nil
}

func init() {
	kv.Register(boltBackend, kv.Registration{
		InitFunc:     func(path string, o cgraph.Options) (hkv.KV, error) { return openBolt(path, o, true) },
		NewFunc:      func(path string, o cgraph.Options) (hkv.KV, error) { return openBolt(path, o, false) },
		IsPersistent: true,
	})
}

// cayleyBackend names the Cayley registration that opens loc: relgraph's own for bolt, so
// that its lock wait is bounded; loc.Backend otherwise.
func cayleyBackend(loc Location) string {
	if loc.Backend == "bolt" {
		return boltBackend
	}
	return loc.Backend
}
