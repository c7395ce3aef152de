package graph

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// A bulk load into an empty PostgreSQL database (OpenOptions.Bulk) writes its tables
// without most of their indexes and builds those once, when it closes.
//
// Cayley's schema indexes the quads table five times over on hash columns, and relgraph's
// name and fact tables have text keys; all are filled in random order. Once they are larger
// than the server's shared buffers, every batch dirties leaf pages all over them that are
// written out and dirtied again by later batches, and each first change of a page after a
// checkpoint puts the whole page in the write-ahead log. On the wire corpus ten times over
// (941k quads, 128 MB of shared buffers) the server wrote 18 times the database's size;
// with the indexes built at the end, 2.2 times.
//
// The load keeps the unique index of unlabelled quads (empty in relgraph's stores), the keys
// of the nodes and entity counts (small, and their inserts update rows already there), and,
// in place of spo_index, a hash index of subjects, through which Cayley reads an article's
// own quads (is it stored, and with which content hash). It drops the rest
// (sqlDeferredIndexes): no write of an ingest reads them but a replacement, which then
// scans. Uniqueness holds without them while the load is the only writer and writes only
// articles: an article is written once, under its lock, its quads labelled with it and its
// rows sent without repeats, after the rows of a version it replaces are deleted. So that it
// is the only writer, the load holds an advisory lock for its whole session, and every write
// transaction of another relgraph process waits on it (sqlWaitBulk); AddQuads, which may
// add quads already stored, first ends the session (finishBulk). Each batch is still its own
// transaction, durable at its commit: a crash loses no committed article, and leaves the
// indexes missing and a mark in relgraph_meta, from which the next writable open builds
// them (openSession). Reads during the load, and after a crash until that open, are correct
// and slower.

const (
	// The bulk session's advisory lock has two keys, which keeps it apart from the
	// articles' locks (one key each).
	sqlBulkLock       = `SELECT pg_try_advisory_lock(1919248231, 1)`
	sqlBulkUnlock     = `SELECT pg_advisory_unlock(1919248231, 1)`
	sqlWaitBulk       = `SELECT pg_advisory_xact_lock_shared(1919248231, 1)`
	sqlQuadsEmpty     = `SELECT NOT EXISTS (SELECT 1 FROM quads)`
	sqlIndexesPending = `SELECT EXISTS (SELECT 1 FROM relgraph_meta WHERE key = 'quad_indexes_deferred')`
	sqlMarkPending    = `INSERT INTO relgraph_meta (key) VALUES ('quad_indexes_deferred') ON CONFLICT DO NOTHING`
	sqlUnmarkPending  = `DELETE FROM relgraph_meta WHERE key = 'quad_indexes_deferred'`
	// During the load, a hash index of subjects stands in for spo_index: half its size
	// (x1 of the wire corpus: 4.4 MB against 9.3), it stays in the shared buffers as the
	// load fills it at random.
	sqlCreateBulkIndex = `CREATE INDEX IF NOT EXISTS relgraph_bulk_subject ON quads USING hash (subject_hash)`
	sqlDropBulkIndex   = `DROP INDEX IF EXISTS relgraph_bulk_subject`
)

// sqlDeferredIndexes are the indexes a bulk load builds at its end, as Cayley's PostgreSQL
// store creates them (github.com/cayleygraph/cayley/graph/sql: Registration.quadIndexes,
// with PostgreSQL's conditional indexes and its default fill factor of 50), by name.
// A primary key is dropped and added back as a constraint (drop, create); the others are
// plain indexes.
var sqlDeferredIndexes = []struct{ name, drop, create string }{
	{"spo_index", "", `CREATE INDEX IF NOT EXISTS spo_index ON quads (subject_hash, predicate_hash, object_hash) WITH (FILLFACTOR = 50)`},
	{"spol_unique", "", `CREATE UNIQUE INDEX IF NOT EXISTS spol_unique ON quads (subject_hash, predicate_hash, object_hash, label_hash) WHERE label_hash IS NOT NULL`},
	{"ops_index", "", `CREATE INDEX IF NOT EXISTS ops_index ON quads (object_hash, predicate_hash, subject_hash) WITH (FILLFACTOR = 50)`},
	{"pos_index", "", `CREATE INDEX IF NOT EXISTS pos_index ON quads (predicate_hash, object_hash, subject_hash) WITH (FILLFACTOR = 50)`},
	{"osp_index", "", `CREATE INDEX IF NOT EXISTS osp_index ON quads (object_hash, subject_hash, predicate_hash) WITH (FILLFACTOR = 50)`},
	// relgraph's own indexes by article and of events by entity (sql.go, sql_names.go,
	// sql_facts.go), which only a replacement or a removal reads during a load.
	{"relgraph_quads_label", "", sqlCreateQuadsByLabel},
	{"relgraph_names_article", "", sqlCreateNamesByArticle},
	{"relgraph_entity_facts_article", "", sqlCreateEntityFactsByArticle},
	{"relgraph_event_facts_article", "", sqlCreateEventFactsByArticle},
	{"relgraph_event_facts_entity", "", sqlCreateEventFactsByEntity},
	// The primary keys of relgraph's name and fact tables, whose inserts skip rows already
	// there (ON CONFLICT DO NOTHING): a load writes each article's rows once, without
	// repeats (queueNames and queueFacts drop them), after deleting those of the version it
	// replaces, so none is there.
	{"relgraph_names_pkey", `ALTER TABLE relgraph_names DROP CONSTRAINT IF EXISTS relgraph_names_pkey`,
		`ALTER TABLE relgraph_names ADD CONSTRAINT relgraph_names_pkey PRIMARY KEY (kind, key, entity, article)`},
	{"relgraph_entity_facts_pkey", `ALTER TABLE relgraph_entity_facts DROP CONSTRAINT IF EXISTS relgraph_entity_facts_pkey`,
		`ALTER TABLE relgraph_entity_facts ADD CONSTRAINT relgraph_entity_facts_pkey PRIMARY KEY (entity, pred, value, article)`},
	{"relgraph_event_facts_pkey", `ALTER TABLE relgraph_event_facts DROP CONSTRAINT IF EXISTS relgraph_event_facts_pkey`,
		`ALTER TABLE relgraph_event_facts ADD CONSTRAINT relgraph_event_facts_pkey PRIMARY KEY (event, article, pred, value)`},
}

// openSession takes the bulk lock for a moment or, with bulk set and an empty quads table,
// for the whole session. Holding it, it builds the indexes a bulk load left unbuilt (one
// that crashed); then, for a bulk session, it drops them and marks them pending. When
// another session holds the lock, it does neither: that session builds them.
func (w *sqlWriter) openSession(ctx context.Context, bulk bool) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var locked bool
	if err := w.conn.QueryRow(ctx, sqlBulkLock).Scan(&locked); err != nil || !locked {
		return err
	}
	err := pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
		if err := buildDeferredIndexes(ctx, tx); err != nil {
			return err
		}
		// A database a relgraph of before this index wrote gets it now, once.
		if _, err := tx.Exec(ctx, sqlCreateQuadsByLabel); err != nil {
			return fmt.Errorf("build index relgraph_quads_label: %w", err)
		}
		if !bulk {
			return nil
		}
		var empty bool
		if err := tx.QueryRow(ctx, sqlQuadsEmpty).Scan(&empty); err != nil || !empty {
			return err
		}
		for _, ix := range sqlDeferredIndexes {
			drop := ix.drop
			if drop == "" {
				drop = "DROP INDEX IF EXISTS " + ix.name
			}
			if _, err := tx.Exec(ctx, drop); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, sqlCreateBulkIndex); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, sqlMarkPending); err != nil {
			return err
		}
		w.bulk = true
		return nil
	})
	if err != nil || !w.bulk {
		w.bulk = false
		if _, uerr := w.conn.Exec(ctx, sqlBulkUnlock); err == nil {
			err = uerr
		}
	}
	return err
}

// buildDeferredIndexes builds, in tx, the indexes a bulk load left pending, if any.
func buildDeferredIndexes(ctx context.Context, tx pgx.Tx) error {
	var pending bool
	if err := tx.QueryRow(ctx, sqlIndexesPending).Scan(&pending); err != nil || !pending {
		return err
	}
	for _, ix := range sqlDeferredIndexes {
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, ix.name).Scan(&exists); err != nil || exists {
			if err != nil {
				return err
			}
			continue
		}
		if _, err := tx.Exec(ctx, ix.create); err != nil {
			return fmt.Errorf("build index %s: %w", ix.name, err)
		}
	}
	if _, err := tx.Exec(ctx, sqlDropBulkIndex); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, sqlUnmarkPending)
	return err
}

// finishBulk ends a bulk session: it builds the indexes the session dropped and releases
// its lock. Without a bulk session it does nothing.
func (w *sqlWriter) finishBulk(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.bulk {
		return nil
	}
	err := pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error { return buildDeferredIndexes(ctx, tx) })
	w.bulk = false
	if _, uerr := w.conn.Exec(ctx, sqlBulkUnlock); err == nil {
		err = uerr
	}
	if err != nil {
		return fmt.Errorf("index the quads of the bulk load: %w", err)
	}
	return nil
}
