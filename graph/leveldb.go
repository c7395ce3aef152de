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

// optBulk is the cgraph.Options key that opens an embedded store for a bulk load
// (OpenOptions.Bulk).
const optBulk = "relgraph_bulk"

// bulkWriteBuffer is a bulk session's write buffer, half the usual: a bulk session keeps
// two of them (the store's memtable, which it leaves empty, and its transaction's) with a
// skiplist of the keys in each, 55 MB of the heap at 16 MiB. What heldValues holds was
// heap that the collector, held to ingest's soft limit, paid for at every cycle: with
// both at 16 MiB the x10 wire ingest took 164 s of cpu against 125 s without holding any;
// at 8 MiB, 93 s against 108 s, run in turn. Smaller buffers make twice the tables of the
// bulk transaction, which the keys it holds are no longer read from.
const bulkWriteBuffer = 8 << 20

func levelDBOptions(create, bulk bool) *opt.Options {
	// A write holds two write buffers (the memtable and its transaction's, which in a bulk
	// session is its own) with their skiplists: at 32 MiB a long article's ingest stayed
	// 35 MB over issue 16's target, and a bulk load's heap came so near its soft limit
	// (cmd/relgraph) that collection took three times the cpu. Two of 16 MiB hold what
	// one did.
	//
	// Seek compactions are off. goleveldb merges a table into the next level once reads
	// have missed in it some 450 times; a write of new quads looks up every node it names,
	// most of them missing, so each new level-0 table used its budget within one batch
	// and was merged into level 1 at once, rewriting all of level 1 (the whole store, up
	// to 100 MiB) at every memtable flush: ingest cost grew with the square of the store.
	// The bloom filters already keep those misses off the disk. With them off, the x10
	// wire import did 7 compactions instead of 20 (the option is in goleveldb's commits
	// after v1.0.0; the version go.mod names is the last).
	o := &opt.Options{
		ErrorIfExist:           create,
		ErrorIfMissing:         !create,
		WriteBuffer:            16 << 20,
		BlockCacheCapacity:     32 << 20,
		CompactionTableSize:    8 << 20,
		Filter:                 filter.NewBloomFilter(10),
		DisableSeeksCompaction: true,
	}
	if bulk {
		// A bulk session adds a level-0 table per write buffer and leaves the merge of
		// them all to its close (batchDB.Close), which writes each byte once more; with
		// leveldb's trigger of four, every fourth table would be merged into level 1 (the
		// whole store so far) on the way. Reads look through the tables' bloom filters.
		//
		// Its block cache is a quarter of the usual: most of its reads skip the tables
		// (leveldb_bulkread.go), and a full cache of 32 MiB is heap that the collector,
		// held to ingest's soft limit, works around for the whole load. The x10 wire
		// ingest with the smaller cache took 130 s of cpu and 1,471 collections; with
		// the larger one, run beside it, more than 4,500 collections and was stopped
		// after 7.5 minutes.
		o.BlockCacheCapacity = 8 << 20
		o.WriteBuffer = bulkWriteBuffer
		o.CompactionL0Trigger = 16
		o.WriteL0SlowdownTrigger = 24
		o.WriteL0PauseTrigger = 32
	}
	return o
}

func openLevelDB(path string, o cgraph.Options, create bool) (hkv.KV, error) {
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	}
	bulk, _ := o.BoolKey(optBulk, false)
	db, err := leveldb.OpenFile(path, levelDBOptions(create, bulk && !create))
	if err != nil {
		if create && os.IsExist(err) {
			return nil, cgraph.ErrDatabaseExists
		}
		return nil, err
	}
	nosync, _ := o.BoolKey("nosync", false)
	bdb := newBatchDB(db, &opt.WriteOptions{Sync: !nosync})
	bdb.dir = path
	if bulk && !create {
		bdb.bulk = &bulkWriter{every: bulkCommitBytes}
	}
	return shareKV(flat.Upgrade(bdb), o), nil
}

func init() {
	kv.Register(levelDBBackend, kv.Registration{
		InitFunc:     func(path string, o cgraph.Options) (hkv.KV, error) { return openLevelDB(path, o, true) },
		NewFunc:      func(path string, o cgraph.Options) (hkv.KV, error) { return openLevelDB(path, o, false) },
		IsPersistent: true,
	})
}
