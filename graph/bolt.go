package graph

import (
	"os"
	"path/filepath"
	"strconv"
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

// boltMapBytes is the address space bolt maps its file into when it opens it, whatever the
// file's size. bolt maps the file anew whenever a commit grows it past the mapping, and
// first copies every node that points into the old mapping: on the 5 MB of news of issue
// 16, 9 MB of copies at a commit and up to 20 MB of the file brought into the process's
// resident memory (its pages around each one read). Mapped at first at 1 GiB, a store
// below that size is never mapped anew; the mapping takes address space, not memory (on a
// 64-bit system: elsewhere bolt maps as it did).
const boltMapBytes = 1 << 30

func openBolt(path string, o cgraph.Options, create bool) (hkv.KV, error) {
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	}
	mapBytes := 0
	if strconv.IntSize == 64 {
		mapBytes = boltMapBytes
	}
	db, err := hbolt.Open(filepath.Join(path, "indexes.bolt"), &bolt.Options{Timeout: boltLockTimeout, InitialMmapSize: mapBytes})
	if err != nil {
		return nil, err
	}
	nosync, _ := o.BoolKey("nosync", false)
	db.DB().NoSync = nosync
	db.DB().NoGrowSync = nosync
	return shareKV(boltBatch{KV: db, faults: &faultAround{}}, o), nil
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
