package graph

import (
	"os"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// levelDBBackend is Cayley's leveldb store with options sized for ingest: the same files,
// readable by Cayley's own "leveldb" backend, opened with larger write buffers and caches
// and a bloom filter per table, so that looking up a node that is not stored (most nodes
// of a new article) rarely reads the disk. Cayley opens leveldb with goleveldb's defaults
// (4 MiB write buffer, 8 MiB block cache, no filter), and its writes slow down as the
// store grows.
const levelDBBackend = "leveldb-relgraph"

func levelDBOptions(create bool) *opt.Options {
	// A long article's write holds two write buffers (the memtable and its transaction's)
	// with their skiplists: at 32 MiB its ingest stayed 35 MB over issue 16's target.
	return &opt.Options{
		ErrorIfExist:        create,
		ErrorIfMissing:      !create,
		WriteBuffer:         16 << 20,
		BlockCacheCapacity:  32 << 20,
		CompactionTableSize: 8 << 20,
		Filter:              filter.NewBloomFilter(10),
	}
}

func openLevelDB(path string, o cgraph.Options, create bool) (hkv.KV, error) {
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	}
	db, err := leveldb.OpenFile(path, levelDBOptions(create))
	if err != nil {
		if create && os.IsExist(err) {
			return nil, cgraph.ErrDatabaseExists
		}
		return nil, err
	}
	nosync, _ := o.BoolKey("nosync", false)
	bdb := newBatchDB(db, &opt.WriteOptions{Sync: !nosync})
	bdb.dir = path
	return shareKV(flat.Upgrade(bdb), o), nil
}

func init() {
	kv.Register(levelDBBackend, kv.Registration{
		InitFunc:     func(path string, o cgraph.Options) (hkv.KV, error) { return openLevelDB(path, o, true) },
		NewFunc:      func(path string, o cgraph.Options) (hkv.KV, error) { return openLevelDB(path, o, false) },
		IsPersistent: true,
	})
}
