package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // the cockroach:// store
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // the postgres:// store
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/lib/pq"
)

// sqlWriter writes relgraph's batches straight into the two tables of Cayley's PostgreSQL
// store, in the exact rows Cayley's own writer produces, so Cayley reads them unchanged.
//
// Cayley's writer sends one INSERT per node and one per quad, each a round trip, and counts
// node references for quads it then skips as duplicates. sqlWriter sends each table's rows
// as arrays in one statement, pipelines the statements of a batch, and counts a reference
// only for a quad that was really inserted, so a node's refs is exactly the number of quad
// directions that name it, which is what Cayley's delete path relies on to drop unused nodes.
//
// Writers in several processes may share one database: each batch first takes a
// transaction-scoped advisory lock per article, in key order, so two writers never both
// write the same article, and a transaction that fails with a serialization failure or a
// deadlock is retried whole.
type sqlWriter struct {
	mu   sync.Mutex // one statement stream at a time on conn
	conn *pgx.Conn
	qs   cgraph.QuadStore
	// names: the name table is complete and written with the quads (sql_names.go);
	// facts: so are the tables of entity and event facts (sql_facts.go).
	names, facts bool
	// bulk: this writer holds the bulk lock and has dropped indexes to build (sql_bulk.go).
	bulk bool
}

// newSQLWriter connects to the PostgreSQL database that qs also uses.
func newSQLWriter(ctx context.Context, url string, qs cgraph.QuadStore) (*sqlWriter, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, err
	}
	return &sqlWriter{conn: conn, qs: qs}, nil
}

func (w *sqlWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.conn.Close(context.Background())
}

// initSQLSchema creates Cayley's tables on first use. Several processes may open a new
// database at once; whichever loses the race finds the tables there and carries on.
func initSQLSchema(ctx context.Context, loc Location, copts cgraph.Options) error {
	exists := func() (bool, error) {
		conn, err := pgx.Connect(ctx, loc.Address)
		if err != nil {
			return false, err
		}
		defer conn.Close(ctx)
		var ok bool
		err = conn.QueryRow(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&ok)
		return ok, err
	}
	if loc.Backend != "postgres" {
		err := cgraph.InitQuadStore(loc.Backend, loc.Address, copts)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return err
		}
		return nil
	}
	if ok, err := exists(); err != nil || ok {
		return err
	}
	err := cgraph.InitQuadStore(loc.Backend, loc.Address, copts)
	if err == nil || errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil
	}
	if ok, err2 := exists(); err2 == nil && ok {
		return nil // another process created the schema at the same moment
	}
	return err
}

// errRetryNow asks withRetry to run its function again at once.
var errRetryNow = errors.New("retry")

// retryable reports whether a transaction failed only because it ran at the same time as
// another: a serialization failure (40001) or a deadlock (40P01).
func retryable(err error) bool {
	var pge *pgconn.PgError
	if errors.As(err, &pge) {
		return pge.Code == "40001" || pge.Code == "40P01"
	}
	var pqe *pq.Error
	if errors.As(err, &pqe) {
		return pqe.Code == "40001" || pqe.Code == "40P01"
	}
	return false
}

// withRetry runs fn until it succeeds, fails for another reason than contention, or has
// failed 10 times, waiting a little longer (with jitter) after each contention failure.
func withRetry(ctx context.Context, fn func() error) error {
	wait := 5 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := fn()
		if errors.Is(err, errRetryNow) {
			continue
		}
		if err == nil || !retryable(err) || attempt == 10 {
			return err
		}
		t := time.NewTimer(wait/2 + rand.N(wait))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait = min(2*wait, time.Second)
	}
}

// sqlHash is the node hash Cayley's SQL store keys a value by.
func sqlHash(v quad.Value) []byte {
	if v == nil {
		return nil
	}
	h := csql.HashOf(v)
	return h.ValueHash[:]
}

// nodeRows holds nodes as the columns of Cayley's nodes table, one array per column, each
// value in the column Cayley's own writer puts it in (csql.NodeValues).
type nodeRows struct {
	hash       [][]byte
	value      [][]byte
	valueStr   []*string
	datatype   []*string
	language   []*string
	iri        []*bool
	bnode      []*bool
	valueInt   []*int64
	valueBool  []*bool
	valueFloat []*float64
	valueTime  []*time.Time
}

func (r *nodeRows) add(h []byte, v quad.Value) error {
	typ, vals, err := csql.NodeValues(csql.HashOf(v), v)
	if err != nil {
		return fmt.Errorf("store value %v: %w", v, err)
	}
	r.hash = append(r.hash, h)
	r.value = append(r.value, nil)
	r.valueStr = append(r.valueStr, nil)
	r.datatype = append(r.datatype, nil)
	r.language = append(r.language, nil)
	r.iri = append(r.iri, nil)
	r.bnode = append(r.bnode, nil)
	r.valueInt = append(r.valueInt, nil)
	r.valueBool = append(r.valueBool, nil)
	r.valueFloat = append(r.valueFloat, nil)
	r.valueTime = append(r.valueTime, nil)
	i := len(r.hash) - 1
	for j, col := range typ.Columns() {
		x := vals[j+1] // vals[0] is the hash
		ok := true
		switch col {
		case "value":
			r.value[i], ok = x.([]byte)
		case "value_string":
			s, isStr := x.(string)
			r.valueStr[i], ok = &s, isStr
		case "datatype":
			s, isStr := x.(string)
			r.datatype[i], ok = &s, isStr
		case "language":
			s, isStr := x.(string)
			r.language[i], ok = &s, isStr
		case "iri":
			b, isBool := x.(bool)
			r.iri[i], ok = &b, isBool
		case "bnode":
			b, isBool := x.(bool)
			r.bnode[i], ok = &b, isBool
		case "value_int":
			n, isInt := x.(int64)
			r.valueInt[i], ok = &n, isInt
		case "value_bool":
			b, isBool := x.(bool)
			r.valueBool[i], ok = &b, isBool
		case "value_float":
			f, isFloat := x.(float64)
			r.valueFloat[i], ok = &f, isFloat
		case "value_time":
			t, isTime := x.(time.Time)
			r.valueTime[i], ok = &t, isTime
		default:
			ok = false
		}
		if !ok {
			return fmt.Errorf("store value %v: unexpected column %s of type %T", v, col, x)
		}
	}
	return nil
}

// quadRows holds quads as hash columns, ready to insert.
type quadRows struct {
	nodes      nodeRows
	seenNode   map[string]bool
	s, p, o, l [][]byte
	seenQuad   map[[4]string]bool
}

func newQuadRows(n int) *quadRows {
	return &quadRows{seenNode: make(map[string]bool, n), seenQuad: make(map[[4]string]bool, n)}
}

// add appends q unless it is already there, and its values unless they are.
func (r *quadRows) add(q quad.Quad) error {
	var hs [4][]byte
	var key [4]string
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v == nil {
			if i < 3 {
				return fmt.Errorf("quad %v: missing %s", q, quad.Directions[i])
			}
			continue
		}
		hs[i] = sqlHash(v)
		key[i] = string(hs[i])
		if !r.seenNode[key[i]] {
			r.seenNode[key[i]] = true
			if err := r.nodes.add(hs[i], v); err != nil {
				return err
			}
		}
	}
	if r.seenQuad[key] {
		return nil
	}
	r.seenQuad[key] = true
	r.s, r.p, r.o, r.l = append(r.s, hs[0]), append(r.p, hs[1]), append(r.o, hs[2]), append(r.l, hs[3])
	return nil
}

func (r *quadRows) len() int { return len(r.s) }

// sortedQuads returns the quad columns ordered by subject, then predicate, object and
// label: inserting in the order of Cayley's subject index touches fewer of its pages.
func (r *quadRows) sortedQuads() (s, p, o, l [][]byte) {
	idx := make([]int, len(r.s))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		x, y := idx[a], idx[b]
		if c := bytes.Compare(r.s[x], r.s[y]); c != 0 {
			return c < 0
		}
		if c := bytes.Compare(r.p[x], r.p[y]); c != 0 {
			return c < 0
		}
		if c := bytes.Compare(r.o[x], r.o[y]); c != 0 {
			return c < 0
		}
		return bytes.Compare(r.l[x], r.l[y]) < 0
	})
	for _, i := range idx {
		s, p, o, l = append(s, r.s[i]), append(p, r.p[i]), append(o, r.o[i]), append(l, r.l[i])
	}
	return s, p, o, l
}

// sortedNodes returns the node columns ordered by hash: writers that insert and lock the
// nodes they share in the same order cannot deadlock on them.
func (r *quadRows) sortedNodes() nodeRows {
	idx := make([]int, len(r.nodes.hash))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return bytes.Compare(r.nodes.hash[idx[a]], r.nodes.hash[idx[b]]) < 0 })
	var out nodeRows
	for _, i := range idx {
		out.hash = append(out.hash, r.nodes.hash[i])
		out.value = append(out.value, r.nodes.value[i])
		out.valueStr = append(out.valueStr, r.nodes.valueStr[i])
		out.datatype = append(out.datatype, r.nodes.datatype[i])
		out.language = append(out.language, r.nodes.language[i])
		out.iri = append(out.iri, r.nodes.iri[i])
		out.bnode = append(out.bnode, r.nodes.bnode[i])
		out.valueInt = append(out.valueInt, r.nodes.valueInt[i])
		out.valueBool = append(out.valueBool, r.nodes.valueBool[i])
		out.valueFloat = append(out.valueFloat, r.nodes.valueFloat[i])
		out.valueTime = append(out.valueTime, r.nodes.valueTime[i])
	}
	return out
}

const (
	// Nodes go in first with no references, since every quad column is a foreign key to
	// them; ON CONFLICT leaves a stored node (and its refs) alone.
	sqlInsertNodes = `INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode,
	value_int, value_bool, value_float, value_time)
SELECT h, 0, v, vs, dt, lang, iri, bnode, vi, vb, vf, vt
FROM unnest($1::bytea[], $2::bytea[], $3::text[], $4::text[], $5::text[], $6::bool[], $7::bool[],
	$8::bigint[], $9::bool[], $10::float8[], $11::timestamptz[])
	AS u(h, v, vs, dt, lang, iri, bnode, vi, vb, vf, vt)
ORDER BY h
ON CONFLICT (hash) DO NOTHING`

	// Locking the batch's nodes in hash order up front keeps the refs updates below from
	// deadlocking with another writer's.
	sqlLockNodes = `SELECT 1 FROM nodes WHERE hash = ANY($1::bytea[]) ORDER BY hash FOR UPDATE`

	// The quads really inserted (not those already stored) each add one reference to the
	// node in each of their directions, as Cayley counts them. %s is the conflict clause.
	// When the caller knows none of the quads is stored, sqlInsertFreshQuads and
	// sqlAddRefs do the same with less work: no speculative insertion per row, and the
	// references counted by the caller.
	sqlInsertQuads = `WITH ins AS (
	INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
	SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS u(s, p, o, l)
	%s
	RETURNING subject_hash, predicate_hash, object_hash, label_hash
), used AS (
	SELECT h, count(*) AS n FROM (
		SELECT subject_hash FROM ins UNION ALL SELECT predicate_hash FROM ins
		UNION ALL SELECT object_hash FROM ins UNION ALL SELECT label_hash FROM ins
	) AS d(h) WHERE h IS NOT NULL GROUP BY h
)
UPDATE nodes SET refs = nodes.refs + used.n FROM used WHERE nodes.hash = used.h`

	sqlInsertFreshQuads = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS u(s, p, o, l)`

	sqlAddRefs = `UPDATE nodes SET refs = nodes.refs + u.n
FROM unnest($1::bytea[], $2::bigint[]) AS u(h, n) WHERE nodes.hash = u.h AND u.n <> 0`

	// Cayley's schema has no index that leads with the label, so removing an article's
	// quads read the whole table: replacing 642 of the wire corpus's 1,283 articles took
	// three times a fresh ingest of them. relgraph adds one, beside Cayley's own (which
	// reads the table as before).
	sqlCreateQuadsByLabel = `CREATE INDEX IF NOT EXISTS relgraph_quads_label ON quads (label_hash)`

	// Removing an article's quads drops their references; the nodes left with none are
	// deleted once the batch's own quads are in (sqlDropUnused).
	sqlRemoveLabelled = `WITH del AS (
	DELETE FROM quads WHERE label_hash = ANY($1::bytea[])
	RETURNING subject_hash, predicate_hash, object_hash, label_hash
), used AS (
	SELECT h, count(*) AS n FROM (
		SELECT subject_hash FROM del UNION ALL SELECT predicate_hash FROM del
		UNION ALL SELECT object_hash FROM del UNION ALL SELECT label_hash FROM del
	) AS d(h) WHERE h IS NOT NULL GROUP BY h
)
UPDATE nodes SET refs = nodes.refs - used.n FROM used WHERE nodes.hash = used.h
RETURNING nodes.hash, nodes.refs, (SELECT count(*) FROM del)`

	sqlDropUnused = `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`

	// A stored article is one with a <type>; its content hash is the object of its
	// <content_hash>.
	sqlArticleState = `SELECT subject_hash, predicate_hash, object_hash FROM quads
WHERE subject_hash = ANY($1::bytea[]) AND predicate_hash = ANY($2::bytea[])`

	sqlLockArticles = `SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest($1::bigint[]) AS u(k) ORDER BY k) AS o`
)

// articleLockKey is the advisory lock key of an article: the first 8 bytes of its node hash.
func articleLockKey(labelHash []byte) int64 {
	return int64(binary.BigEndian.Uint64(labelHash[:8]))
}

// sqlChunkQuads is the most quads one statement of a write inserts; tests set less.
var sqlChunkQuads = 20000

// queueRows queues on b the statements that insert the nodes and quads of rows. With
// fresh set, the quads are inserted without a conflict check: the caller knows none of
// them is stored, and a unique violation (errUniqueViolation) says it was wrong.
func queueRows(b *pgx.Batch, rows *quadRows, fresh bool) {
	n := rows.sortedNodes()
	b.Queue(sqlInsertNodes, n.hash, n.value, n.valueStr, n.datatype, n.language, n.iri, n.bnode,
		n.valueInt, n.valueBool, n.valueFloat, n.valueTime)
	b.Queue(sqlLockNodes, n.hash)
	s, p, o, l := rows.sortedQuads()
	if !fresh {
		b.Queue(fmt.Sprintf(sqlInsertQuads, "ON CONFLICT DO NOTHING"), s, p, o, l)
		return
	}
	// Every quad goes in, so the references it adds are known here.
	refs := make(map[string]int64, len(n.hash))
	for _, col := range [][][]byte{s, p, o, l} {
		for _, h := range col {
			if h != nil {
				refs[string(h)]++
			}
		}
	}
	add := make([]int64, len(n.hash))
	for i, h := range n.hash {
		add[i] = refs[string(h)]
	}
	b.Queue(sqlInsertFreshQuads, s, p, o, l)
	b.Queue(sqlAddRefs, n.hash, add)
}

// errUniqueViolation reports whether err is PostgreSQL's unique violation (23505).
func errUniqueViolation(err error) bool {
	var pge *pgconn.PgError
	return errors.As(err, &pge) && pge.Code == "23505"
}

// sendBatch runs the queued statements of b in one round trip and returns the first error.
func sendBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
}

// put is Store.Put for PostgreSQL; see sqlWriter.
func (w *sqlWriter) put(ctx context.Context, docs []*Document) ([]PutResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type pending struct {
		i          int
		id         string
		label      []byte
		hashObject []byte // the hash of the <content_hash> object the document writes
		doc        *Document
	}
	results := make([]PutResult, len(docs))
	var work []pending
	inBatch := make(map[string]bool, len(docs))
	for i, d := range docs {
		id := d.Article.ID
		results[i] = PutResult{Article: id}
		if inBatch[id] {
			results[i].Status = Skipped
			continue
		}
		inBatch[id] = true
		p := pending{i: i, id: id, label: sqlHash(ArticleIRI(id)), doc: d}
		if d.Article.Hash != "" {
			p.hashObject = sqlHash(quad.String(d.Article.Hash))
		}
		work = append(work, p)
	}
	if len(work) == 0 {
		return results, nil
	}
	typeHash, contentHash := sqlHash(quad.IRI(PredType)), sqlHash(quad.IRI(PredHash))

	w.mu.Lock()
	defer w.mu.Unlock()
	// Under the articles' locks no other writer adds quads labelled with them, and a
	// replaced article's quads are removed first, so the batch's quads are new unless
	// someone added quads under an article's label without its <type> (AddQuads can): then
	// the insert fails on a unique index and the batch runs again with conflict checks.
	fresh := true
	err := withRetry(ctx, func() error {
		err := pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
			labels := make([][]byte, len(work))
			keys := make([]int64, len(work))
			for i, p := range work {
				labels[i] = p.label
				keys[i] = articleLockKey(p.label)
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
			if _, err := tx.Exec(ctx, sqlWaitBulk); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, sqlLockArticles, keys); err != nil {
				return err
			}
			// With the articles locked, what is stored of them is what this batch replaces.
			rows, err := tx.Query(ctx, sqlArticleState, labels, [][]byte{typeHash, contentHash})
			if err != nil {
				return err
			}
			stored := map[string]bool{}
			sameHash := map[string]bool{}
			hasHash := map[string]bool{}
			hashOf := map[string]string{}
			for _, p := range work {
				hashOf[string(p.label)] = string(p.hashObject)
			}
			for rows.Next() {
				var s, p, o []byte
				if err := rows.Scan(&s, &p, &o); err != nil {
					rows.Close()
					return err
				}
				switch {
				case bytes.Equal(p, typeHash):
					stored[string(s)] = true
				case bytes.Equal(p, contentHash):
					hasHash[string(s)] = true
					if string(o) == hashOf[string(s)] {
						sameHash[string(s)] = true
					}
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			var replaced [][]byte
			var replacedIDs []string
			var names []nameEntry
			writing := 0 // articles this batch writes
			for _, p := range work {
				r := &results[p.i]
				lbl := string(p.label)
				r.Status, r.Quads = Added, 0
				if stored[lbl] && (sameHash[lbl] || p.hashObject == nil && !hasHash[lbl]) {
					r.Status = Skipped
					continue
				}
				if stored[lbl] {
					r.Status = Replaced
					replaced = append(replaced, p.label)
					replacedIDs = append(replacedIDs, string(ArticleIRI(p.id)))
				}
				writing++
			}
			var unused [][]byte
			if len(replaced) > 0 {
				if unused, _, err = removeLabelled(ctx, tx, replaced); err != nil {
					return err
				}
				if w.names {
					if _, err := tx.Exec(ctx, sqlDeleteNames, replacedIDs); err != nil {
						return err
					}
				}
				if w.facts {
					if err := deleteFacts(ctx, tx, replacedIDs); err != nil {
						return err
					}
				}
			}
			if writing == 0 {
				return nil
			}
			// The quads go in statements of sqlChunkQuads at most, all in this transaction:
			// one statement for a long article's millions held their rows, their encoding
			// and the facts all at once (4.3 GB for a 60 MB article).
			all := newQuadRows(sqlChunkQuads / 4)
			var chunk []quad.Quad // the chunk's quads, when facts are kept
			flush := func() error {
				if all.len() == 0 {
					return nil
				}
				b := &pgx.Batch{}
				queueRows(b, all, fresh)
				if w.facts {
					queueFacts(b, chunk)
				}
				all, chunk = newQuadRows(sqlChunkQuads/4), chunk[:0]
				return sendBatch(ctx, tx, b)
			}
			// A document's quads are read a chunk at a time (Document.eachChunk), never all
			// held: a 60 MB article's were some 240 MB of the process's peak (699 MB to 462).
			for _, p := range work {
				r := &results[p.i]
				if r.Status == Skipped {
					continue
				}
				err := p.doc.eachChunk(sqlChunkQuads, func(qs []quad.Quad) error {
					r.Quads += len(qs)
					if w.names {
						names = append(names, nameEntries(qs)...)
					}
					for _, q := range qs {
						if err := all.add(q); err != nil {
							return err
						}
						if w.facts {
							chunk = append(chunk, q)
						}
						if all.len() >= sqlChunkQuads {
							if err := flush(); err != nil {
								return err
							}
						}
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			if err := flush(); err != nil {
				return err
			}
			b := &pgx.Batch{}
			queueNames(b, names)
			if len(unused) > 0 {
				b.Queue(sqlDropUnused, unused)
			}
			return sendBatch(ctx, tx, b)
		})
		if fresh && errUniqueViolation(err) {
			fresh = false
			return errRetryNow
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("write %d articles: %w", len(docs), err)
	}
	w.forgetCounts()
	return results, nil
}

// removeLabelled deletes the quads labelled with any of labels, drops their references,
// and returns the nodes left with none (for the caller to delete once it has written what
// it adds) and how many quads it deleted.
func removeLabelled(ctx context.Context, tx pgx.Tx, labels [][]byte) (unused [][]byte, removed int64, err error) {
	rows, err := tx.Query(ctx, sqlRemoveLabelled, labels)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var h []byte
		var refs int64
		if err := rows.Scan(&h, &refs, &removed); err != nil {
			return nil, 0, err
		}
		if refs <= 0 {
			unused = append(unused, h)
		}
	}
	return unused, removed, rows.Err()
}

// remove is Store.RemoveArticle for PostgreSQL.
func (w *sqlWriter) remove(ctx context.Context, id string) (int, error) {
	label := sqlHash(ArticleIRI(id))
	w.mu.Lock()
	defer w.mu.Unlock()
	var removed int64
	err := withRetry(ctx, func() error {
		return pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, sqlWaitBulk); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, sqlLockArticles, []int64{articleLockKey(label)}); err != nil {
				return err
			}
			unused, n, err := removeLabelled(ctx, tx, [][]byte{label})
			if err != nil {
				return err
			}
			removed = n
			if w.names {
				if _, err := tx.Exec(ctx, sqlDeleteNames, []string{string(ArticleIRI(id))}); err != nil {
					return err
				}
			}
			if w.facts {
				if err := deleteFacts(ctx, tx, []string{string(ArticleIRI(id))}); err != nil {
					return err
				}
			}
			if len(unused) > 0 {
				_, err = tx.Exec(ctx, sqlDropUnused, unused)
			}
			return err
		})
	})
	if err != nil {
		return 0, fmt.Errorf("remove article %s: %w", id, err)
	}
	w.forgetCounts()
	return int(removed), nil
}

// addQuads is Store.AddQuads for PostgreSQL: one transaction, quads already stored ignored.
func (w *sqlWriter) addQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	rows := newQuadRows(len(qs))
	for _, q := range qs {
		if err := rows.add(q); err != nil {
			return 0, err
		}
	}
	if rows.len() == 0 {
		return 0, nil
	}
	// Quads already stored are found by the unique index a bulk load builds at its end.
	if err := w.finishBulk(ctx); err != nil {
		return 0, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	err := withRetry(ctx, func() error {
		return pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
			b := &pgx.Batch{}
			b.Queue(sqlWaitBulk)
			queueRows(b, rows, false)
			if w.names {
				queueNames(b, nameEntries(qs))
			}
			if w.facts {
				queueFacts(b, qs)
			}
			return sendBatch(ctx, tx, b)
		})
	})
	if err != nil {
		return 0, err
	}
	w.forgetCounts()
	return len(qs), nil
}

// stats counts the store's quads and nodes exactly.
func (w *sqlWriter) stats(ctx context.Context) (Stats, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	st := Stats{Exact: true}
	err := w.conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM quads), (SELECT count(*) FROM nodes)`).Scan(&st.Quads, &st.Nodes)
	return st, err
}

// forgetCounts makes Cayley's store count its quads again: it keeps the counts of its last
// exact Stats until its own writer changes the tables, and an empty ApplyDeltas is how it
// learns they changed.
func (w *sqlWriter) forgetCounts() {
	_ = w.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{})
}
