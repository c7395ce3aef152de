package graph_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/graph/storetest"
)

func openPostgresBulk(tb testing.TB, db string) graph.Store {
	tb.Helper()
	s, err := graph.Open(context.Background(), db, graph.OpenOptions{Bulk: true})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// The store suite, each store a bulk load into a new database.
func TestStorePostgresBulk(t *testing.T) {
	storetest.PostgresURL(t)
	storetest.RunAll(t, func(t *testing.T) graph.Store {
		s := openPostgresBulk(t, storetest.FreshPostgres(t))
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// pgRows runs a query of one text column on db and returns its rows.
func pgRows(t *testing.T, db, query string) []string {
	t.Helper()
	ctx := context.Background()
	conn := pgConnect(t, db)
	rows, err := conn.Query(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

const (
	quadIndexes = `SELECT indexdef FROM pg_indexes WHERE tablename = 'quads' ORDER BY indexname`
	allIndexes  = `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`
	metaKeys    = `SELECT key FROM relgraph_meta ORDER BY key`
)

// A bulk load writes, replaces and removes articles as the ordinary writer does, and leaves
// the same tables with the same indexes (Cayley's) once it closes; meanwhile the quads
// table lacks the four indexes it builds at the end.
func TestPostgresBulkLoadLeavesWhatPutLeaves(t *testing.T) {
	ctx := context.Background()
	docs, changed := syntheticDocs(60), changedDocs(60)
	db, clean := storetest.FreshPostgres(t), storetest.FreshPostgres(t)
	c := openPostgres(t, clean)
	b := openPostgresBulk(t, db)
	if got := pgRows(t, db, quadIndexes); len(got) != 3 {
		t.Errorf("during the bulk load the quads table has %d indexes, want 3 (horizon, spo_unique, the hash of subjects): %q", len(got), got)
	}
	for _, s := range []graph.Store{b, c} {
		for i := 0; i < len(docs); i += 16 {
			if _, err := s.Put(ctx, docs[i:min(i+16, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
		putChanged(t, s, changed[:20])
		for _, d := range docs[50:] {
			if _, err := s.RemoveArticle(ctx, d.Article.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	diff(t, "indexes", pgRows(t, db, allIndexes), pgRows(t, clean, allIndexes))
	diff(t, "meta", pgRows(t, db, metaKeys), pgRows(t, clean, metaKeys))
	diff(t, "nodes", nodeTable(t, db), nodeTable(t, clean))
	diff(t, "entity facts", factsTable(t, db), factsTable(t, clean))
	r := openPostgres(t, db)
	diff(t, "quads", sortedQuads(t, r), sortedQuads(t, c))
	for _, d := range changed[:10] {
		if h, ok, err := r.ArticleHash(ctx, d.Article.ID); err != nil || !ok || h != d.Article.Hash {
			t.Errorf("ArticleHash(%s) = %q, %v, %v; want %q", d.Article.ID, h, ok, err, d.Article.Hash)
		}
	}
}

// A store with quads is not bulk loaded: its indexes stay.
func TestPostgresBulkOnlyIntoAnEmptyStore(t *testing.T) {
	ctx := context.Background()
	db := storetest.FreshPostgres(t)
	s := openPostgres(t, db)
	if _, err := s.Put(ctx, syntheticDocs(3)); err != nil {
		t.Fatal(err)
	}
	want := pgRows(t, db, allIndexes)
	b := openPostgresBulk(t, db)
	defer b.Close()
	diff(t, "indexes", pgRows(t, db, allIndexes), want)
}

// Another process's writes wait for the bulk load to end, then go through the indexes it
// built.
func TestPostgresWritesWaitForTheBulkLoad(t *testing.T) {
	ctx := context.Background()
	docs := syntheticDocs(40)
	db, clean := storetest.FreshPostgres(t), storetest.FreshPostgres(t)
	b := openPostgresBulk(t, db)
	if _, err := b.Put(ctx, docs[:20]); err != nil {
		t.Fatal(err)
	}
	other := openPostgres(t, db)
	done := make(chan error, 1)
	go func() {
		_, err := other.Put(ctx, docs[10:])
		done <- err
	}()
	// Wait until the other writer waits on the bulk lock.
	for deadline := time.Now().Add(30 * time.Second); ; {
		waiting := pgRows(t, db, `SELECT pid::text FROM pg_locks WHERE locktype = 'advisory' AND classid = 1919248231 AND NOT granted`)
		if len(waiting) > 0 {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("a write went through during the bulk load (err %v)", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the other writer never waited for the bulk load")
		}
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	c := openPostgres(t, clean)
	if _, err := c.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	diff(t, "indexes", pgRows(t, db, allIndexes), pgRows(t, clean, allIndexes))
	diff(t, "quads", sortedQuads(t, other), sortedQuads(t, c))
	diff(t, "nodes", nodeTable(t, db), nodeTable(t, clean))
}

// A bulk load killed before it closes keeps every batch it committed, and the next
// writable open builds the indexes it left unbuilt.
func TestPostgresKilledBulkLoadIsIndexedOnNextOpen(t *testing.T) {
	ctx := context.Background()
	docs := syntheticDocs(30)
	db, clean := storetest.FreshPostgres(t), storetest.FreshPostgres(t)
	b := openPostgresBulk(t, db)
	if _, err := b.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// The server ends the bulk session's connection, as it does when its process dies.
	killed := pgRows(t, db, `SELECT pg_terminate_backend(pid)::text FROM pg_locks
		WHERE locktype = 'advisory' AND classid = 1919248231 AND granted`)
	if !slices.Equal(killed, []string{"true"}) {
		t.Fatalf("terminate the bulk session: %q", killed)
	}
	defer b.Close()
	for deadline := time.Now().Add(30 * time.Second); len(pgRows(t, db, `SELECT pid::text FROM pg_locks
		WHERE locktype = 'advisory' AND classid = 1919248231`)) > 0; {
		if time.Now().After(deadline) {
			t.Fatal("the terminated bulk session still holds its lock")
		}
	}
	if got := pgRows(t, db, metaKeys); !slices.Contains(got, "quad_indexes_deferred") {
		t.Fatalf("relgraph_meta after the killed bulk load: %q, want the mark of its unbuilt indexes", got)
	}
	r := openPostgres(t, db)
	c := openPostgres(t, clean)
	if _, err := c.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	diff(t, "indexes", pgRows(t, db, allIndexes), pgRows(t, clean, allIndexes))
	diff(t, "meta", pgRows(t, db, metaKeys), pgRows(t, clean, metaKeys))
	diff(t, "quads", sortedQuads(t, r), sortedQuads(t, c))
	diff(t, "nodes", nodeTable(t, db), nodeTable(t, clean))
}
