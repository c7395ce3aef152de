package graph

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
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

// boltMapBytes is the least address space bolt maps its file into when it opens it
// (boltMapSize), whatever the file's size. bolt maps the file anew whenever a commit grows
// it past the mapping, and first copies every node that points into the old mapping: on
// the 5 MB of news of issue 16, 9 MB of copies at a commit and up to 20 MB of the file
// brought into the process's resident memory (its pages around each one read). A new
// mapping is also one the kernel faults around in and maps 2 MB folios of, until the next
// write transaction turns both off (boltBatch.Tx): the rest of the commit that mapped it
// maps many times the pages it reads, and the 60 MB line of issue 16, whose store passed
// 1 GiB, peaked at that commit with 191 MiB of the file mapped, 48 MiB at every other. The
// mapping takes address space, not memory: on a 64-bit system it is at least 16 GiB, and
// twice the file (a store grows by what one process writes to it: it is mapped anew only
// once the process has written as much again as the store held when it opened).
const boltMapBytes = 16 << 30

// boltMapSize is the size bolt maps a store file of size bytes at when it opens it: 0 (the
// file's size, as bolt does) on a 32-bit system, and 1 GiB on Windows, where bolt makes the
// file as large as its mapping.
func boltMapSize(size int64) int {
	switch {
	case strconv.IntSize < 64:
		return 0
	case runtime.GOOS == "windows":
		return 1 << 30
	}
	return int(max(boltMapBytes, 2*size))
}

func openBolt(path string, o cgraph.Options, create bool) (hkv.KV, error) {
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	}
	file := filepath.Join(path, "indexes.bolt")
	var size int64
	if fi, err := os.Stat(file); err == nil {
		size = fi.Size()
	}
	db, err := hbolt.Open(file, &bolt.Options{Timeout: boltLockTimeout, InitialMmapSize: boltMapSize(size)})
	if errors.Is(err, syscall.ENOMEM) {
		// The address space is limited (ulimit -v): a mapping of the file's own size.
		db, err = hbolt.Open(file, &bolt.Options{Timeout: boltLockTimeout})
	}
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
