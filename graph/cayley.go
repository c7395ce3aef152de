package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // embedded store (measured against leveldb)
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // embedded store, the default
	_ "github.com/cayleygraph/cayley/graph/memstore"   // in-memory store, for tests and benchmarks
	"github.com/cayleygraph/cayley/graph/refs"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// DefaultBackend is the embedded store a plain --db path opens. leveldb was chosen over bolt
// by measuring both on the same quads (README.md, "Choosing the embedded store").
const DefaultBackend = levelDBBackend

// Location is a parsed --db value.
type Location struct {
	Backend string // leveldb, bolt, memstore, postgres, cockroach
	Address string // a path, or a database URL
}

// ParseLocation reads a --db value: a plain path is the embedded default; "bolt:PATH" and
// "leveldb:PATH" choose an embedded backend; "memory:" is an in-memory store;
// postgres://, postgresql:// and cockroach:// URLs use Cayley's SQL stores.
func ParseLocation(db string) (Location, error) {
	switch {
	case db == "":
		return Location{}, errors.New("no store given; use --db PATH or set RELGRAPH_DB")
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		return Location{Backend: "postgres", Address: db}, nil
	case strings.HasPrefix(db, "cockroach://"):
		return Location{Backend: "cockroach", Address: "postgresql://" + strings.TrimPrefix(db, "cockroach://")}, nil
	case db == "memory:":
		return Location{Backend: "memstore"}, nil
	case strings.HasPrefix(db, "bolt:"):
		return Location{Backend: "bolt", Address: strings.TrimPrefix(db, "bolt:")}, nil
	case strings.HasPrefix(db, "leveldb:"):
		return Location{Backend: levelDBBackend, Address: strings.TrimPrefix(db, "leveldb:")}, nil
	case strings.Contains(db, "://"):
		return Location{}, fmt.Errorf("store %q: unknown scheme; use a path, postgres://, or cockroach://", db)
	}
	return Location{Backend: DefaultBackend, Address: db}, nil
}

// Embedded reports whether the location is a file store on this machine.
func (l Location) Embedded() bool {
	return l.Backend == levelDBBackend || l.Backend == "leveldb" || l.Backend == "bolt"
}

// OpenOptions tune Open.
type OpenOptions struct {
	// ReadOnly opens an existing store for reading; a missing store is an error.
	ReadOnly bool
	// MustExist opens an existing embedded store for writing and never creates one: a
	// missing store is the same error as with ReadOnly (for commands that change what is
	// stored, such as relgraph remove).
	MustExist bool
	// NoSync skips fsync on every write to an embedded store (faster bulk loads, less safe).
	NoSync bool
	// Bloom turns on Cayley's in-memory bloom filter of stored quads in the embedded store.
	// Cayley sizes it for 100 million quads (over 200 MB whatever the store's size) and fills
	// it by reading every quad at open. Measured on the wire corpus it made ingest slower,
	// not faster (BenchmarkIngestWire: 13.3s with it, 6.7s without), so it is off by default.
	Bloom bool
	// Bulk loads a new embedded leveldb store (ingest): when Open creates the
	// store, committed writes skip leveldb's journal and reach the store a few write
	// buffers at a time, which writes about a third as many bytes; a crash loses the
	// writes since the last of those commits (each article whole or absent; the same
	// ingest again adds them), and Close makes them durable. A store that exists already
	// is written as without it, each transaction durable at its commit. In a PostgreSQL
	// database whose quads table is empty, it writes that table with one of Cayley's
	// indexes and builds the other four at Close, every transaction durable at its commit,
	// while other processes' writes wait (sql_bulk.go). Ignored by other stores and with
	// ReadOnly.
	Bulk bool
}

// Open opens the store at a --db value, creating it (and its schema) on first use unless
// opts.ReadOnly. A store held by another process fails with an error wrapping ErrLocked:
// leveldb at once, bolt after waiting boltLockTimeout for the lock.
func Open(ctx context.Context, db string, opts OpenOptions) (Store, error) {
	loc, err := ParseLocation(db)
	if err != nil {
		return nil, err
	}
	return OpenLocation(ctx, loc, opts)
}

// emptyFolder reports whether path is a folder with nothing in it: a place for a new
// store, as a path that does not exist is.
func emptyFolder(path string) bool {
	entries, err := os.ReadDir(path)
	return err == nil && len(entries) == 0
}

// checkLevelDBFolder refuses, before leveldb writes its lock and log files there, a path
// for a leveldb store that is a regular file or a folder holding something other than a
// store. It returns nil for a store, an empty folder or a path that does not exist.
func checkLevelDBFolder(loc Location) error {
	if loc.Backend == "bolt" {
		return nil
	}
	fi, err := os.Stat(loc.Address)
	if err != nil {
		return nil
	}
	if !fi.IsDir() {
		return fmt.Errorf("a file, not a store folder; point --db at a store, or at a new or empty folder to create one")
	}
	if emptyFolder(loc.Address) {
		return nil
	}
	if _, err := os.Stat(filepath.Join(loc.Address, "CURRENT")); err != nil {
		return fmt.Errorf("not a relgraph store (no leveldb CURRENT file in it); point --db at a store, or at a new or empty folder to create one")
	}
	return nil
}

// OpenLocation opens a parsed location; see Open.
func OpenLocation(ctx context.Context, loc Location, opts OpenOptions) (Store, error) {
	copts := cgraph.Options{}
	if opts.NoSync {
		copts["nosync"] = true
	}
	if !opts.Bloom || opts.ReadOnly {
		copts["no_bloom"] = true
	}
	name := loc.Address
	if loc.Backend == "postgres" || loc.Backend == "cockroach" {
		name = redactURL(loc.Address)
	}
	if loc.Embedded() {
		if err := checkLevelDBFolder(loc); err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		if _, err := os.Stat(loc.Address); errors.Is(err, os.ErrNotExist) || emptyFolder(loc.Address) {
			if opts.ReadOnly || opts.MustExist {
				return nil, fmt.Errorf("open %s: no store there; run relgraph ingest first or use --db", name)
			}
			if emptyFolder(loc.Address) {
				// The store is made beside it and moved into place (createEmbedded): the
				// empty folder makes way. os.Remove leaves a folder with anything in it.
				if err := os.Remove(loc.Address); err != nil {
					return nil, fmt.Errorf("create %s: %w", name, err)
				}
			}
			if err := createEmbedded(loc, copts); err != nil {
				return nil, fmt.Errorf("create %s: %w", name, openError(err))
			}
			// A bulk load into the store it creates: nothing stored yet can be lost.
			if opts.Bulk {
				copts[optBulk] = true
			}
		}
	} else if loc.Backend != "memstore" && !opts.ReadOnly {
		if err := initSQLSchema(ctx, loc, copts); err != nil {
			return nil, fmt.Errorf("initialise %s: %w", name, err)
		}
	}
	address := loc.Address
	if loc.Backend == "memstore" {
		address = ""
	}
	holder := &kvHolder{}
	copts[optSharedKV] = holder
	qs, err := cgraph.NewQuadStore(cayleyBackend(loc), address, copts)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, openError(err))
	}
	s := &cayleyStore{qs: qs, loc: loc, kv: holder.kv}
	if loc.Backend == "bolt" {
		s.splitBytes = boltSplitBytes
	}
	if loc.Backend == "memstore" {
		s.mem, s.memEvents = nameIndex{}, memEventIndex{}
		if s.memFacts, err = newMemFacts(ctx); err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		s.factsReady = true
	}
	if holder.kv != nil {
		s.recordCache = &recordCache{}
		if s.indexes, err = readIndexes(holder.kv); err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		if s.namesReady, err = namesReady(ctx, holder.kv); err == nil && !s.namesReady && !opts.ReadOnly {
			// A store from before the name index: index it once, now.
			if err = s.buildNames(ctx); err == nil {
				s.namesReady = true
			}
		}
		if err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: index names: %w", name, err)
		}
		if s.factsReady, err = factsReady(ctx, holder.kv); err == nil && !s.factsReady && !opts.ReadOnly {
			// A store from before the entity records: count them once, now.
			if err = s.buildFacts(ctx); err == nil {
				s.factsReady = true
			}
		}
		if err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: count entity facts: %w", name, err)
		}
		if s.eventsReady, err = eventsReady(ctx, holder.kv); err == nil && !s.eventsReady && !opts.ReadOnly {
			// A store from before the index of events by entity: index them once, now.
			if err = s.buildEvents(ctx); err == nil {
				s.eventsReady = true
			}
		}
		if err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: index events: %w", name, err)
		}
		// Articles a killed write left pending go before anything reads them, on a
		// read-only open too: no process had the store in between (pending.go).
		if err := s.recoverPending(ctx); err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
	}
	if loc.Backend == "postgres" {
		if s.sql, err = newSQLWriter(ctx, loc.Address, qs); err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		if !opts.ReadOnly {
			err = s.sql.buildNames(ctx, qs) // once per database, the first time
		}
		if err == nil && !opts.ReadOnly {
			err = s.sql.buildFacts(ctx, qs) // likewise
		}
		if err == nil && !opts.ReadOnly {
			err = s.sql.openSession(ctx, opts.Bulk) // sql_bulk.go
		}
		if err == nil {
			s.sql.names, err = s.sql.namesReady(ctx)
		}
		if err == nil {
			s.sql.facts, err = s.sql.factsReady(ctx)
		}
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("open %s: index names: %w", name, err)
		}
	}
	return s, nil
}

// createEmbedded initialises a new embedded store beside its path and renames it into place,
// so a process killed while creating it leaves no half-initialised store behind.
func createEmbedded(loc Location, copts cgraph.Options) error {
	path := filepath.Clean(loc.Address)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".creating"
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	if err := cgraph.InitQuadStore(cayleyBackend(loc), tmp, copts); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := initArticleIndex(loc, tmp, copts); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return nil
}

func openError(err error) error {
	if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, bolt.ErrTimeout) ||
		strings.Contains(err.Error(), "resource temporarily unavailable") {
		return fmt.Errorf("%w; wait for it to finish, stop it, or use another --db", ErrLocked)
	}
	return err
}

// redactURL hides a password in a database URL for messages.
func redactURL(u string) string {
	at := strings.Index(u, "@")
	scheme := strings.Index(u, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return u
	}
	userinfo := u[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return u[:scheme+3] + userinfo[:i] + ":xxx" + u[at:]
	}
	return u
}

type cayleyStore struct {
	qs  cgraph.QuadStore
	loc Location
	sql *sqlWriter // PostgreSQL only: writes in bulk beside Cayley's writer (sql.go)
	kv  *sharedKV  // leveldb and bolt: joins several ApplyDeltas into one transaction
	mem nameIndex  // memstore: the name index (names.go)
	// memEvents is the memstore's index of events by entity (events.go).
	memEvents memEventIndex
	// memFacts is the memstore's entity records (facts.go).
	memFacts *memFacts
	// namesReady: the kv store's name index is complete and kept (names.go); factsReady:
	// its entity records and surname index are (facts.go).
	// eventsReady: its index of events by entity is (events.go).
	namesReady, factsReady, eventsReady bool
	// recordCache holds the entity records this store's writes last committed (an embedded
	// store's; nil otherwise), kept for its next writes, which hold wmu.
	recordCache *recordCache
	// indexes are the kv store's quad indexes (index.go); nil for memstore and SQL.
	indexes []ckv.QuadIndex
	// splitBytes is the size past which applyInOne commits a long write of new articles
	// in parts (bolt: boltSplitBytes), or 0; pending is set while a write it split may
	// have left articles pending (pending.go): once one has failed, the store takes no
	// more writes until it is opened again.
	splitBytes int
	pending    bool
	wmu        sync.Mutex // one writer at a time, so that a joined transaction is this store's alone
	// predNames maps the ref of a predicate (refs.ToKey) to its name, for Props: a ref
	// names the same value for as long as the store is open (a kv store never reuses a
	// node id, SQL refs are hashes of the value), so entries never go stale.
	predNames  sync.Map
	nPredNames atomic.Int64
}

// applyChunk is the most deltas given to one call of Cayley's ApplyDeltas, which holds
// what a call changes in each quad index in memory until the call ends: a long article's
// quads go in several calls, still in one transaction.
const applyChunk = 20000

// splitChunk is applyChunk for a write that applyInOne commits in parts (bolt): what bolt
// holds at a part's commit grows with the part's calls, and a call is never cut.
const splitChunk = 5000

// applyInOne applies each step's quads, in order, all in one transaction of the embedded
// store, applyChunk deltas a call, made from the quads as each call needs them; a step of a
// new document makes its quads a chunk at a time and writes their index entries with them.
// The in-memory store has no crash to survive and applies them in turn.
//
// names says how the name index (names.go) and the index of events change with the other
// steps; it is written in the same transaction, and so are the entity records the deltas
// change (facts.go). The last transaction also deletes the pending keys of done
// (pending.go).
//
// On bolt, a write whose every step is a new document, one of them long (longEvents), is
// committed in parts of s.splitBytes, splitChunk deltas a call: its articles are marked
// pending before the first part commits and no longer once the last has (pending.go).
// Other writes are one transaction.
func (s *cayleyStore) applyInOne(ctx context.Context, names namesChange, done []string, steps ...deltaStep) error {
	var facts factsChange
	var deltas []cgraph.Delta
	splits, long := s.kv != nil && s.splitBytes > 0, false
	for _, st := range steps {
		splits = splits && st.doc != nil
		long = long || st.doc != nil && len(st.doc.Events) >= longEvents
	}
	splits = splits && long
	var marked bool // the pending keys are written
	chunk := applyChunk
	if splits {
		chunk = splitChunk
	}
	// apply1 gives qs to one ApplyDeltas call.
	apply1 := func(qs []quad.Quad, action cgraph.Procedure) error {
		sign := 1
		if action == cgraph.Delete {
			sign = -1
		}
		deltas = deltas[:0]
		for _, q := range qs {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: action})
			facts.add(q, sign)
		}
		return s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{})
	}
	applyQuads := func(qs []quad.Quad, action cgraph.Procedure) error {
		for len(qs) > 0 {
			n := min(len(qs), applyChunk)
			if err := apply1(qs[:n], action); err != nil {
				return err
			}
			qs = qs[n:]
		}
		return nil
	}
	// added collects new documents' quads, copied from their chunks, until there are
	// applyChunk of them: a batch of short articles is one ApplyDeltas call, as each call
	// rewrites the index lists it touches, some of which grow with the store. A chunk is
	// never split between two calls: it ends with an event's last quad, and the quads of
	// an event cut off into the next call would find every node of theirs stored, which
	// makes Cayley check each of them against the lists of its nodes in every index, the
	// article's growing list in the label index among them.
	var added []quad.Quad
	applyAdded := func() error {
		if len(added) == 0 {
			return nil
		}
		if err := apply1(added, cgraph.Add); err != nil {
			return err
		}
		err := s.writeIndexes(ctx, namesChange{add: nameEntries(added), events: eventsChange{put: eventEntries(added)}}, factsChange{})
		clear(added)
		added = added[:0]
		if err != nil || !splits || !s.kv.splitWanted(s.splitBytes) {
			return err
		}
		// Commit what is written so far, its entity records with it, and go on in
		// another transaction: the articles are pending until the last commits.
		if err := s.writeIndexes(ctx, namesChange{}, facts); err != nil {
			return err
		}
		facts = factsChange{}
		if !marked {
			if err := s.kv.Update(ctx, func(tx hkv.Tx) error { return markPending(ctx, tx, steps) }); err != nil {
				return err
			}
			marked = true
		}
		s.pending = true
		return s.kv.split(ctx)
	}
	apply := func() error {
		for _, st := range steps {
			if st.doc == nil {
				if err := applyAdded(); err != nil {
					return err
				}
				if err := applyQuads(st.quads, st.action); err != nil {
					return err
				}
				continue
			}
			err := st.doc.eachChunk(chunk, func(qs []quad.Quad) error {
				*st.count += len(qs)
				if len(added) > 0 && len(added)+len(qs) > chunk {
					if err := applyAdded(); err != nil {
						return err
					}
				}
				added = append(added, qs...)
				if len(added) >= chunk {
					return applyAdded()
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		if err := applyAdded(); err != nil {
			return err
		}
		if err := s.writeIndexes(ctx, names, facts); err != nil {
			return err
		}
		if marked {
			for _, st := range steps {
				done = append(done, st.doc.Article.ID)
			}
		}
		if len(done) == 0 {
			return nil
		}
		return s.kv.Update(ctx, func(tx hkv.Tx) error { return clearPending(ctx, tx, done) })
	}
	if s.kv == nil {
		return apply()
	}
	if err := s.kv.inOne(ctx, apply); err != nil {
		s.recordCache.reset()
		return err
	}
	s.recordCache.commit()
	if marked {
		s.pending = false
	}
	return nil
}

// writeIndexes records what a write changes in the name and event indexes and in the
// entity records: in the in-memory store's maps, or in the embedded store's write
// transaction, each index the store keeps.
func (s *cayleyStore) writeIndexes(ctx context.Context, names namesChange, facts factsChange) error {
	if s.kv == nil {
		if s.mem != nil {
			s.mem.apply(names.add, names.del)
			s.memEvents.apply(names.events)
		}
		if s.memFacts != nil && len(facts.entities) > 0 {
			return s.memFacts.write(ctx, facts)
		}
		return nil
	}
	if !s.factsReady {
		facts = factsChange{}
	}
	writesNames := s.namesReady && len(names.add)+len(names.del) > 0
	writesEvents := s.eventsReady && len(names.events.del)+len(names.events.put) > 0
	if !writesNames && !writesEvents && len(facts.entities) == 0 {
		return nil
	}
	return s.kv.Update(ctx, func(tx hkv.Tx) error {
		if writesNames {
			if err := writeNames(ctx, tx, names.add, names.del); err != nil {
				return err
			}
		}
		if writesEvents {
			if err := writeEvents(ctx, tx, names.events); err != nil {
				return err
			}
		}
		return writeFacts(ctx, tx, facts, s.recordCache)
	})
}

// namesChange is what a write adds to and deletes from the name index, and what it changes
// in the index of events by entity.
type namesChange struct {
	add, del []nameEntry
	events   eventsChange
}

// deltaStep is quads that applyInOne adds or deletes: cgraph.Add or cgraph.Delete; or,
// when doc is set, the quads of a new document, added as Document.eachChunk makes them,
// with their index entries, and counted in *count. Steps that delete come before those
// that add (see sharedKV for why).
type deltaStep struct {
	quads  []quad.Quad
	action cgraph.Procedure
	doc    *Document
	count  *int
}

func (s *cayleyStore) QuadStore() cgraph.QuadStore { return s.qs }

func (s *cayleyStore) Close() error {
	var err error
	if s.sql != nil {
		err = s.sql.finishBulk(context.Background())
	}
	err = errors.Join(err, s.qs.Close())
	if s.sql != nil {
		err = errors.Join(err, s.sql.Close())
	}
	return err
}

func (s *cayleyStore) ArticleHash(ctx context.Context, id string) (string, bool, error) {
	if pending, err := s.isPending(ctx, id); err != nil || pending {
		return "", false, err
	}
	vals, err := s.Out(ctx, ArticleIRI(id), PredType)
	if err != nil || len(vals) == 0 {
		return "", false, err
	}
	h, err := s.Out(ctx, ArticleIRI(id), PredHash)
	if err != nil || len(h) == 0 {
		return "", true, err
	}
	return Text(h[0]), true, nil
}

// Put writes the batch's new and changed documents in a single transaction of the embedded
// store (applyInOne): a crash leaves every article of the batch in its old version or its new
// one, never a mix and never neither. A replacement adds only the quads the old version
// lacks and deletes only those the new one drops, which also keeps Cayley's node reference
// counts exact: its key-value stores count a reference for every added quad, even one
// they then skip as a duplicate, so a node named by a duplicate would never be freed.
func (s *cayleyStore) Put(ctx context.Context, docs []*Document) ([]PutResult, error) {
	if s.sql != nil {
		return s.sql.put(ctx, docs)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.pending {
		return nil, errCutShort
	}
	results := make([]PutResult, len(docs))
	var adds, removals []deltaStep
	var names namesChange
	inBatch := make(map[string]bool, len(docs))
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		id := d.Article.ID
		results[i] = PutResult{Article: id}
		if inBatch[id] {
			results[i].Status = Skipped
			continue
		}
		inBatch[id] = true
		hash, stored, err := s.ArticleHash(ctx, id)
		if err != nil {
			return nil, err
		}
		if stored && hash == d.Article.Hash {
			results[i].Status = Skipped
			continue
		}
		if !stored {
			// A new article's quads are made as they are written: a long article's
			// hundreds of thousands are never all in memory at once.
			adds = append(adds, deltaStep{doc: d, count: &results[i].Quads})
			continue
		}
		quads := d.Quads()
		results[i].Quads = len(quads)
		// Changed content under the same ID: the difference between the two versions.
		results[i].Status = Replaced
		old, err := s.labelled(ctx, ArticleIRI(id))
		if err != nil {
			return nil, err
		}
		had := make(map[quad.Quad]bool, len(old))
		for _, q := range old {
			had[q] = true
		}
		keep := make(map[quad.Quad]bool, len(quads))
		var added, removed []quad.Quad
		for _, q := range quads {
			keep[q] = true
			if !had[q] {
				added = append(added, q)
			}
		}
		for _, q := range old {
			if !keep[q] {
				removed = append(removed, q)
			}
		}
		adds, removals = append(adds, deltaStep{quads: added, action: cgraph.Add}), append(removals, deltaStep{quads: removed, action: cgraph.Delete})
		// The name index changes by what the two versions name, not quad by quad: an
		// alias dropped may still be the entity's name in the new version.
		add, del := diffNames(nameEntries(old), nameEntries(quads))
		names.add, names.del = append(names.add, add...), append(names.del, del...)
		// The old version's event entries go, the new one's come: an entry kept is written
		// again.
		names.events.del = append(names.events.del, eventEntries(old)...)
		names.events.put = append(names.events.put, eventEntries(quads)...)
	}
	// Removals first, in their own ApplyDeltas (see sharedKV for why), then additions, in
	// one transaction.
	err := s.applyInOne(ctx, names, nil, append(removals, adds...)...)
	if err != nil {
		return nil, fmt.Errorf("write %d articles: %w", len(docs), err)
	}
	return results, nil
}

// labelled returns every quad whose label is the given node, read through the label index
// where the store has one.
func (s *cayleyStore) labelled(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.matching(ctx, match{quad.Label: label}, func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		out = append(out, q)
		return nil
	})
	return out, err
}

func (s *cayleyStore) RemoveArticle(ctx context.Context, id string) (int, error) {
	if s.sql != nil {
		return s.sql.remove(ctx, id)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.pending {
		return 0, errCutShort
	}
	old, err := s.labelled(ctx, ArticleIRI(id))
	if err != nil || len(old) == 0 {
		return 0, err
	}
	names := namesChange{del: nameEntries(old), events: eventsChange{del: eventEntries(old)}}
	if err := s.applyInOne(ctx, names, nil, deltaStep{quads: old, action: cgraph.Delete}); err != nil {
		return 0, fmt.Errorf("remove article %s: %w", id, err)
	}
	return len(old), nil
}

// each calls fn for every quad the iterator yields.
func (s *cayleyStore) each(ctx context.Context, shape iterator.Shape, fn func(quad.Quad) error) error {
	it := shape.Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

func (s *cayleyStore) Out(ctx context.Context, node quad.Value, pred string) ([]quad.Value, error) {
	return s.values(ctx, match{quad.Subject: node, quad.Predicate: quad.IRI(pred)}, quad.Object)
}

func (s *cayleyStore) In(ctx context.Context, node quad.Value, pred string) ([]quad.Value, error) {
	return s.values(ctx, match{quad.Object: node, quad.Predicate: quad.IRI(pred)}, quad.Subject)
}

func (s *cayleyStore) Props(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	type po struct{ p, o interface{} }
	seen := map[po]bool{}
	var ps, os []cgraph.Ref
	err := s.matching(ctx, match{quad.Subject: node}, func(q cgraph.Ref) error {
		p, err := s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		o, err := s.qs.QuadDirection(q, quad.Object)
		if err != nil {
			return err
		}
		if k := (po{refs.ToKey(p), refs.ToKey(o)}); !seen[k] {
			seen[k] = true
			ps, os = append(ps, p), append(os, o)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string][]quad.Value{}
	if len(ps) == 0 {
		return out, nil
	}
	// The predicates are a few values shared by every node: their names are kept, and only
	// those not seen yet are read with the objects.
	names := make([]string, len(ps))
	var unknown []int
	for i, p := range ps {
		if n, ok := s.predNames.Load(refs.ToKey(p)); ok {
			names[i] = n.(string)
		} else {
			unknown = append(unknown, i)
		}
	}
	read := make([]cgraph.Ref, 0, len(unknown)+len(os))
	for _, i := range unknown {
		read = append(read, ps[i])
	}
	vals, err := refs.ValuesOf(ctx, s.qs, append(read, os...))
	if err != nil {
		return nil, err
	}
	for j, i := range unknown {
		names[i] = predName(vals[j])
		if s.nPredNames.Add(1) <= maxPredNames {
			s.predNames.Store(refs.ToKey(ps[i]), names[i])
		}
	}
	objs := vals[len(unknown):]
	for i, p := range names {
		out[p] = append(out[p], objs[i])
	}
	return out, nil
}

// maxPredNames bounds the predicate names a store keeps (cayleyStore.predNames): relgraph's
// model has a few dozen predicates; a store written by other tools may have any number.
const maxPredNames = 10_000

func (s *cayleyStore) Labels(ctx context.Context, subject quad.Value, pred string, object quad.Value) ([]quad.Value, error) {
	return s.values(ctx, match{quad.Subject: subject, quad.Predicate: quad.IRI(pred), quad.Object: object}, quad.Label)
}

func predName(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return Text(v)
}

func (s *cayleyStore) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	return s.each(ctx, s.qs.QuadsAllIterator(), fn)
}

// AddQuads writes the quads that are not stored yet, in one transaction. Quads already
// stored, and repeats within qs, are left out before Cayley sees them: its key-value stores
// count a node reference for every quad they are given, even one they skip as a duplicate,
// and a node so over-counted is never freed. Stored quads are found through the label index,
// one article at a time, so adding costs what the articles concerned hold.
func (s *cayleyStore) AddQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	if s.sql != nil {
		return s.sql.addQuads(ctx, qs)
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.pending {
		return 0, errCutShort
	}
	byLabel := map[quad.Value][]quad.Quad{}
	var labels []quad.Value
	for _, q := range qs {
		if _, ok := byLabel[q.Label]; !ok {
			labels = append(labels, q.Label)
		}
		byLabel[q.Label] = append(byLabel[q.Label], q)
	}
	adds := make([]quad.Quad, 0, len(qs))
	var events eventsChange
	for _, l := range labels {
		var old []quad.Quad
		stored := make(map[quad.Quad]bool, len(byLabel[l]))
		if l != nil {
			var err error
			if old, err = s.labelled(ctx, l); err != nil {
				return 0, err
			}
			for _, q := range old {
				stored[q] = true
			}
		} else {
			for _, q := range byLabel[l] {
				err := s.matching(ctx, match{quad.Subject: q.Subject, quad.Predicate: q.Predicate, quad.Object: q.Object}, func(r cgraph.Ref) error {
					got, err := s.qs.Quad(r)
					if err == nil && got.Label == nil {
						stored[got] = true
					}
					return err
				})
				if err != nil {
					return 0, err
				}
			}
		}
		start := len(adds)
		for _, q := range byLabel[l] {
			if !stored[q] {
				stored[q] = true
				adds = append(adds, q)
			}
		}
		if l == nil {
			continue
		}
		// The article's event entries are those of what it holds after the write: of a
		// new article (an import's), the quads it adds, each once.
		events.del = append(events.del, eventEntries(old)...)
		if len(old) == 0 {
			events.put = append(events.put, eventEntries(adds[start:])...)
		} else {
			after := append(old, byLabel[l]...)
			events.put = append(events.put, eventEntries(dedupQuads(after))...)
		}
	}
	names := namesChange{events: events, add: nameEntries(adds)}
	if err := s.applyInOne(ctx, names, nil, deltaStep{quads: adds, action: cgraph.Add}); err != nil {
		return 0, err
	}
	return len(qs), nil
}

func (s *cayleyStore) Stats(ctx context.Context) (Stats, error) {
	if s.sql != nil {
		return s.sql.stats(ctx)
	}
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return Stats{}, err
	}
	return Stats{Quads: st.Quads.Value, Nodes: st.Nodes.Value, Exact: st.Quads.Exact}, nil
}
