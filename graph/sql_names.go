package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
)

// PostgreSQL keeps the name index and the index by name key (names.go) in a table of its
// own beside Cayley's, written in the transaction that writes or removes the quads that
// state the names:
//
//	relgraph_names (kind, key, entity, article)
//
// kind is "n" for the name index, else the NameKey. A database written before the table
// existed is indexed once, on the first writable open; until then (and when read-only) the
// store says it keeps no index and callers read the entities.

const (
	sqlCreateNames = `CREATE TABLE IF NOT EXISTS relgraph_names (
	kind text NOT NULL, key text NOT NULL, entity text NOT NULL, article text NOT NULL,
	PRIMARY KEY (kind, key, entity, article))`
	sqlCreateNamesByArticle = `CREATE INDEX IF NOT EXISTS relgraph_names_article ON relgraph_names (article)`
	sqlCreateMeta           = `CREATE TABLE IF NOT EXISTS relgraph_meta (key text PRIMARY KEY)`
	sqlNamesReady           = `SELECT to_regclass('relgraph_meta') IS NOT NULL AND EXISTS (SELECT 1 FROM relgraph_meta WHERE key = 'names')`
	sqlLockNamesBuild       = `SELECT pg_advisory_xact_lock(7355608140)`
	sqlMarkNamesReady       = `INSERT INTO relgraph_meta (key) VALUES ('names') ON CONFLICT DO NOTHING`
	sqlInsertNames          = `INSERT INTO relgraph_names (kind, key, entity, article)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`
	sqlDeleteNames   = `DELETE FROM relgraph_names WHERE article = ANY($1::text[])`
	sqlNamedEntities = `SELECT DISTINCT entity FROM relgraph_names WHERE kind = $1 AND key = $2 ORDER BY entity`
)

// queueNames queues on b the insertion of entries, each once: a bulk load writes the table
// without its primary key (sql_bulk.go).
func queueNames(b *pgx.Batch, entries []nameEntry) {
	if len(entries) == 0 {
		return
	}
	var kinds, keys, ents, arts []string
	seen := make(map[nameEntry]bool, len(entries))
	for _, e := range entries {
		if seen[e] {
			continue
		}
		seen[e] = true
		kinds, keys, ents, arts = append(kinds, string(rune(e.kind))), append(keys, e.slug), append(ents, e.entity), append(arts, e.article)
	}
	b.Queue(sqlInsertNames, kinds, keys, ents, arts)
}

// namesReady reports whether the database's name table is complete.
func (w *sqlWriter) namesReady(ctx context.Context) (bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var ok bool
	err := w.conn.QueryRow(ctx, sqlNamesReady).Scan(&ok)
	return ok, err
}

// buildNames creates the name table and indexes the names the database holds, unless
// another process has done it.
func (w *sqlWriter) buildNames(ctx context.Context, qs cgraph.QuadStore) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	// Under a lock, so that processes opening the database at once create the tables one
	// after the other (CREATE ... IF NOT EXISTS alone still races on the catalog).
	return pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, sqlLockNamesBuild); err != nil {
			return err
		}
		for _, stmt := range []string{sqlCreateNames, sqlCreateNamesByArticle, sqlCreateMeta} {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				return err
			}
		}
		var ready bool
		if err := tx.QueryRow(ctx, sqlNamesReady).Scan(&ready); err != nil || ready {
			return err
		}
		var entries []nameEntry
		for _, p := range []string{PredName, PredAlias} {
			ref, err := qs.ValueOf(quad.IRI(p))
			if err != nil {
				return err
			}
			if ref == nil {
				continue
			}
			it := qs.QuadIterator(quad.Predicate, ref).Iterate()
			for it.Next(ctx) {
				q, err := qs.Quad(it.Result())
				if err != nil {
					it.Close()
					return err
				}
				entries = append(entries, nameEntries([]quad.Quad{q})...)
			}
			err = errors.Join(it.Err(), it.Close())
			if err != nil {
				return err
			}
		}
		b := &pgx.Batch{}
		queueNames(b, entries)
		b.Queue(sqlMarkNamesReady)
		return sendBatch(ctx, tx, b)
	})
}

// named returns the entities under key in the index of the given kind.
func (w *sqlWriter) named(ctx context.Context, kind NameKey, key string) ([]quad.Value, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	rows, err := w.conn.Query(ctx, sqlNamedEntities, string(rune(kind)), key)
	if err != nil {
		return nil, fmt.Errorf("read the name index: %w", err)
	}
	defer rows.Close()
	var out []quad.Value
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, EntityIRI(id))
	}
	return out, rows.Err()
}
