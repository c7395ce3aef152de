package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/graph/storetest"
)

func openPostgres(tb testing.TB, db string) graph.Store {
	tb.Helper()
	s, err := graph.Open(context.Background(), db, graph.OpenOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestStorePostgres(t *testing.T) {
	storetest.PostgresURL(t)
	storetest.RunAll(t, func(t *testing.T) graph.Store { return openPostgres(t, storetest.FreshPostgres(t)) })
}

// The store suite again with every write cut into statements of 7 quads, as a long
// article's is: replacing, removing and counting must not depend on where the cuts fall.
func TestStorePostgresChunked(t *testing.T) {
	storetest.PostgresURL(t)
	defer graph.SetSQLChunkQuadsForTest(7)()
	storetest.RunAll(t, func(t *testing.T) graph.Store { return openPostgres(t, storetest.FreshPostgres(t)) })
}

// sortedQuads reads every quad of s back, as N-Quads lines in order.
func sortedQuads(t *testing.T, s graph.Store) []string {
	t.Helper()
	var out []string
	if err := s.Quads(context.Background(), func(q quad.Quad) error { out = append(out, q.NQuad()); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// nodeTable dumps Cayley's nodes table, references counts included, in hash order.
func nodeTable(t *testing.T, db string) []string {
	t.Helper()
	ctx := context.Background()
	conn := pgConnect(t, db)
	rows, err := conn.Query(ctx, `SELECT hash, refs, value, value_string, datatype, language, iri, bnode,
		value_int, value_bool, value_float, value_time FROM nodes ORDER BY hash`)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%x", vals))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func cayleyWrite(t *testing.T, s graph.Store, qs []quad.Quad) {
	t.Helper()
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	if err := s.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
}

func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	n := 0
	for _, g := range got {
		if !slices.Contains(want, g) && n < 5 {
			t.Errorf("%s: unexpected %s", what, g)
			n++
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) && n < 10 {
			t.Errorf("%s: missing %s", what, w)
			n++
		}
	}
	t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
}

// relgraph's bulk writer and Cayley's own writer must leave the same tables: the same quads
// read back through Cayley, and the same nodes with the same reference counts, which
// Cayley's delete path relies on.
func TestPostgresPutWritesWhatCayleyWrites(t *testing.T) {
	ctx := context.Background()
	docs := syntheticDocs(60)
	docs = append(docs, storetest.Doc("art1", "h1"))
	var all []quad.Quad
	for _, d := range docs {
		all = append(all, d.Quads()...)
	}
	mine, theirs := storetest.FreshPostgres(t), storetest.FreshPostgres(t)
	sm, sc := openPostgres(t, mine), openPostgres(t, theirs)
	for i := 0; i < len(docs); i += 16 {
		if _, err := sm.Put(ctx, docs[i:min(i+16, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	cayleyWrite(t, sc, all)

	mem, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if _, err := mem.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	want := sortedQuads(t, mem)
	diff(t, "quads written by Put", sortedQuads(t, sm), want)
	diff(t, "quads written by Cayley", sortedQuads(t, sc), want)
	diff(t, "nodes", nodeTable(t, mine), nodeTable(t, theirs))

	st, err := sm.Stats(ctx)
	if err != nil || st.Quads != int64(len(want)) {
		t.Fatalf("Stats = %+v, %v; want %d quads", st, err, len(want))
	}
	if cs, err := sm.QuadStore().Stats(ctx, true); err != nil || cs.Quads.Value != int64(len(want)) {
		t.Fatalf("Cayley's Stats = %+v, %v; want %d quads", cs, err, len(want))
	}

	// Cayley's own delete path works on what Put wrote: removing every quad leaves no node.
	deltas := make([]cgraph.Delta, len(all))
	for i, q := range all {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	if err := sm.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		t.Fatalf("Cayley removing what Put wrote: %v", err)
	}
	if n := nodeTable(t, mine); len(n) != 0 {
		t.Fatalf("%d nodes left after Cayley removed every quad, e.g. %s", len(n), n[0])
	}
}

// Replacing and removing articles leave the tables a clean write of what remains leaves.
func TestPostgresReplaceAndRemoveLeaveNoUnusedNodes(t *testing.T) {
	ctx := context.Background()
	docs, changed := syntheticDocs(30), changedDocs(30)
	db, clean := storetest.FreshPostgres(t), storetest.FreshPostgres(t)
	s, c := openPostgres(t, db), openPostgres(t, clean)
	if _, err := s.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	putChanged(t, s, changed)
	for _, d := range changed[25:] {
		if n, err := s.RemoveArticle(ctx, d.Article.ID); err != nil || n != len(d.Quads()) {
			t.Fatalf("RemoveArticle(%s) = %d, %v; want %d", d.Article.ID, n, err, len(d.Quads()))
		}
	}
	if _, err := c.Put(ctx, changed[:25]); err != nil {
		t.Fatal(err)
	}
	diff(t, "quads", sortedQuads(t, s), sortedQuads(t, c))
	diff(t, "nodes", nodeTable(t, db), nodeTable(t, clean))
}

// Quads added under an article's label before the article itself (as AddQuads may) do not
// stop Put from writing the article.
func TestPostgresPutOverQuadsAddedUnderItsLabel(t *testing.T) {
	ctx := context.Background()
	s := openPostgres(t, storetest.FreshPostgres(t))
	d := storetest.Doc("art1", "h1")
	qs := d.Quads()
	var partial []quad.Quad
	for _, q := range qs {
		if q.Predicate != quad.IRI(graph.PredType) {
			partial = append(partial, q)
		}
	}
	if _, err := s.AddQuads(ctx, partial[:len(partial)/2]); err != nil {
		t.Fatal(err)
	}
	res, err := s.Put(ctx, []*graph.Document{d})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != graph.Added {
		t.Fatalf("Put = %v, want added", res[0].Status)
	}
	mem, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	mem.Put(ctx, []*graph.Document{d})
	diff(t, "quads", sortedQuads(t, s), sortedQuads(t, mem))
}

// Four writers, each with its own connection, put overlapping ranges of articles into one
// database at once, two of them an older version of each article and two a newer one. Every
// article ends up stored exactly once, as one whole version, and the tables are what a clean
// write of those versions leaves.
func TestPostgresConcurrentWritersOverlapping(t *testing.T) {
	ctx := context.Background()
	older, newer := syntheticDocs(100), syntheticDocs(100)
	for _, d := range newer {
		d.Article.Hash += "-v2"
		d.Article.Title += ", updated"
		d.Events = d.Events[1:]
	}
	db, clean := storetest.FreshPostgres(t), storetest.FreshPostgres(t)
	stores := make([]graph.Store, 4)
	for i := range stores {
		stores[i] = openPostgres(t, db)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(stores))
	for w, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs := older
			if w%2 == 1 {
				docs = newer
			}
			mine := slices.Clone(docs[w*20 : w*20+40])
			if w >= 2 {
				slices.Reverse(mine)
			}
			for i := 0; i < len(mine); i += 8 {
				if _, err := s.Put(ctx, mine[i:min(i+8, len(mine))]); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", w, err)
		}
	}
	var final []*graph.Document
	for i := range older {
		h, ok, err := stores[0].ArticleHash(ctx, older[i].Article.ID)
		switch {
		case err != nil:
			t.Fatal(err)
		case !ok:
			t.Fatalf("article %s was lost", older[i].Article.ID)
		case h == older[i].Article.Hash:
			final = append(final, older[i])
		case h == newer[i].Article.Hash:
			final = append(final, newer[i])
		default:
			t.Fatalf("article %s stored with hash %q", older[i].Article.ID, h)
		}
	}
	c := openPostgres(t, clean)
	if _, err := c.Put(ctx, final); err != nil {
		t.Fatal(err)
	}
	perLabel := func(s graph.Store) map[string]int {
		n := map[string]int{}
		if err := s.Quads(ctx, func(q quad.Quad) error { n[graph.Text(q.Label)]++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	got, want := perLabel(stores[0]), perLabel(c)
	for label, n := range want {
		if got[label] != n {
			t.Errorf("%s: %d quads, want %d", label, got[label], n)
		}
	}
	if len(got) != len(want) || len(want) != len(final) {
		t.Errorf("%d labels, want %d", len(got), len(want))
	}
	diff(t, "quads", sortedQuads(t, stores[0]), sortedQuads(t, c))
	diff(t, "nodes", nodeTable(t, db), nodeTable(t, clean))
	// What the writers kept beside the quads is what one writer keeps of the final articles.
	diff(t, "entity facts", factsTable(t, db), factsTable(t, clean))
}

// factsTable dumps what PostgreSQL keeps of entity facts: each value's count of articles,
// as kept, and as its rows of facts add up.
func factsTable(t *testing.T, db string) []string {
	t.Helper()
	ctx := context.Background()
	conn := pgConnect(t, db)
	rows, err := conn.Query(ctx, `SELECT coalesce(c.entity, f.entity), coalesce(c.pred, f.pred), coalesce(c.value, f.value),
		coalesce(c.articles, 0), coalesce(f.n, 0)
	FROM relgraph_entity_counts c FULL JOIN (SELECT entity, pred, value, count(*) AS n FROM relgraph_entity_facts
		GROUP BY entity, pred, value) f ON (c.entity, c.pred, c.value) = (f.entity, f.pred, f.value) ORDER BY 1, 2, 3`)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		var e, p, v string
		var kept, rowsOf int64
		if err := rows.Scan(&e, &p, &v, &kept, &rowsOf); err != nil {
			t.Fatal(err)
		}
		if kept != rowsOf {
			t.Errorf("%s %s %q: %d articles kept, %d rows", e, p, v, kept, rowsOf)
		}
		out = append(out, fmt.Sprintf("%s %s %q %d", e, p, v, kept))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPostgresOpenTwiceInitialisesOnce(t *testing.T) {
	db := storetest.FreshPostgres(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := graph.Open(ctx, db, graph.OpenOptions{})
			if err == nil {
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("opening a new database from several processes at once: %v", err)
		}
	}
	s := openPostgres(t, strings.Replace(db, "postgres://", "postgresql://", 1))
	if _, err := s.Put(ctx, []*graph.Document{storetest.Doc("art1", "h1")}); err != nil {
		t.Fatal(err)
	}
}

// TestPostgresOlderDatabaseGetsItsNameIndex makes a database look as one written before
// relgraph's name table (the table dropped), then opens it: read-only it says it keeps no
// index, and its first writable open indexes the names its quads state.
func TestPostgresOlderDatabaseGetsItsNameIndex(t *testing.T) {
	db := storetest.FreshPostgres(t)
	ctx := context.Background()
	s := openPostgres(t, db)
	if _, err := s.Put(ctx, []*graph.Document{storetest.Doc("art1", "h1")}); err != nil {
		t.Fatal(err)
	}
	if ents, ok, err := s.NamedEntities(ctx, "vale"); err != nil || !ok || len(ents) != 1 {
		t.Fatalf("a new database's name index: %v ok %v err %v", ents, ok, err)
	}
	s.Close()
	conn := pgConnect(t, db)
	_, err := conn.Exec(ctx, `DROP TABLE relgraph_names; DELETE FROM relgraph_meta`)
	if err != nil {
		t.Fatal(err)
	}
	ro, err := graph.Open(ctx, db, graph.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := ro.NamedEntities(ctx, "vale"); err != nil || ok {
		t.Fatalf("read-only, without the name table: ok %v err %v; want no index", ok, err)
	}
	ro.Close()
	rw := openPostgres(t, db)
	for _, k := range []struct {
		kind graph.NameKey
		key  string
	}{{graph.BySurname, "berg"}, {graph.ByNameEnd, "tomas"}} {
		if ents, ok, err := rw.EntitiesByKey(ctx, k.kind, k.key); err != nil || !ok || len(ents) != 1 {
			t.Fatalf("after a writable open, EntitiesByKey(%c, %s): %v ok %v err %v", k.kind, k.key, ents, ok, err)
		}
	}
	if ents, ok, err := rw.NamedEntities(ctx, "vale"); err != nil || !ok || len(ents) != 1 || ents[0] != graph.EntityIRI("tomas-vale") {
		t.Fatalf("after a writable open: %v ok %v err %v; want tomas-vale", ents, ok, err)
	}
}

// TestPostgresKeepsFactsAndEvents checks that PostgreSQL answers the questions of entity
// facts and events from its own tables (ok), and that a database written before them (the
// tables dropped) gets them on its first writable open, not while read-only.
func TestPostgresKeepsFactsAndEvents(t *testing.T) {
	db := storetest.FreshPostgres(t)
	ctx := context.Background()
	check := func(step string, s graph.Store, want bool) {
		t.Helper()
		var evs []string
		kept, err := s.EventSummaries(ctx, "tomas-vale", func(e graph.EventSummary) error {
			evs = append(evs, e.ID)
			return nil
		})
		if err != nil || kept != want || kept && strings.Join(evs, " ") != "art1-call art1-earlier art1-visit" {
			t.Fatalf("%s: events of tomas-vale %v, kept %v (%v); want kept %v", step, evs, kept, err, want)
		}
		contacts, kept, err := s.EntityContacts(ctx, "anna-berg")
		if err != nil || kept != want || kept && strings.Join(contacts, " ") != "norland tomas-vale" {
			t.Fatalf("%s: contacts of anna-berg %v, kept %v (%v); want kept %v", step, contacts, kept, err, want)
		}
		listed := 0
		kept, err = s.EachEntity(ctx, func(graph.EntityFacts) error { listed++; return nil })
		if err != nil || kept != want || kept && listed != 3 {
			t.Fatalf("%s: EachEntity listed %d, kept %v (%v); want kept %v", step, listed, kept, err, want)
		}
		if f, err := s.EntityFacts(ctx, "anna-berg"); err != nil || f.Mentions != 1 || f.Name() != "Anna Berg" {
			t.Fatalf("%s: facts of anna-berg %+v (%v)", step, f, err)
		}
	}
	s := openPostgres(t, db)
	if _, err := s.Put(ctx, []*graph.Document{storetest.Doc("art1", "h1")}); err != nil {
		t.Fatal(err)
	}
	check("a new database", s, true)
	s.Close()
	conn := pgConnect(t, db)
	_, err := conn.Exec(ctx, `DROP TABLE relgraph_entity_facts; DROP TABLE relgraph_entity_counts; DROP TABLE relgraph_event_facts; DELETE FROM relgraph_meta WHERE key = 'facts'`)
	if err != nil {
		t.Fatal(err)
	}
	ro, err := graph.Open(ctx, db, graph.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	check("read-only, without the tables", ro, false)
	ro.Close()
	check("after a writable open", openPostgres(t, db), true)
}

// BenchmarkPostgresWrite writes the documents of BenchmarkEmbeddedWrite (2,000 articles,
// about 200,000 quads, "1x") and ten times as many ("10x") into PostgreSQL through
// relgraph's Put (batches of 128 articles a transaction) and through Cayley's own quad
// writer, and into leveldb through Put for comparison. It reports quads/s and, for
// PostgreSQL, its time over leveldb's (x-leveldb). Run it with
//
//	. .ci/postgres.sh
//	go test ./graph -run '^$' -bench 'PostgresWrite/1x' -benchtime 1x
func BenchmarkPostgresWrite(b *testing.B) {
	storetest.PostgresURL(b)
	ctx := context.Background()
	put := func(b *testing.B, s graph.Store, docs []*graph.Document) {
		for i := 0; i < len(docs); i += 128 {
			if _, err := s.Put(ctx, docs[i:min(i+128, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, scale := range []int{1, 10} {
		b.Run(fmt.Sprintf("%dx", scale), func(b *testing.B) {
			docs := syntheticDocs(2000 * scale)
			var all []quad.Quad
			for _, d := range docs {
				all = append(all, d.Quads()...)
			}
			b.Logf("%d articles, %d quads", len(docs), len(all))
			var leveldbRate float64
			measure := func(name string, open func(b *testing.B) graph.Store, write func(*testing.B, graph.Store)) {
				b.Run(name, func(b *testing.B) {
					for range b.N {
						s := open(b)
						b.ResetTimer()
						write(b, s)
						b.StopTimer()
						s.Close()
						rate := float64(len(all)) / b.Elapsed().Seconds()
						b.ReportMetric(rate, "quads/s")
						if name == "leveldb-put" {
							leveldbRate = rate
						} else if leveldbRate > 0 {
							b.ReportMetric(leveldbRate/rate, "x-leveldb")
						}
					}
				})
			}
			openLevelDB := func(b *testing.B) graph.Store {
				s, err := graph.Open(ctx, "leveldb:"+b.TempDir()+"/db", graph.OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				return s
			}
			openPG := func(b *testing.B) graph.Store {
				s, err := graph.Open(ctx, storetest.FreshPostgres(b), graph.OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				return s
			}
			measure("leveldb-put", openLevelDB, func(b *testing.B, s graph.Store) { put(b, s, docs) })
			measure("postgres-put", openPG, func(b *testing.B, s graph.Store) { put(b, s, docs) })
			measure("postgres-cayley-writer", openPG, func(b *testing.B, s graph.Store) {
				w, err := cgraph.NewQuadWriter("single", s.QuadStore(), cgraph.Options{"ignore_duplicate": true})
				if err != nil {
					b.Fatal(err)
				}
				bw := cgraph.NewWriter(w)
				if _, err := quad.CopyBatch(bw, quad.NewReader(all), quad.DefaultBatch); err != nil {
					b.Fatal(err)
				}
				if err := bw.Close(); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// changedDocs returns the n synthetic articles with the first ten edited (a new hash and
// title, fewer entities and events), to replace the same n in a store.
func changedDocs(n int) []*graph.Document {
	changed := syntheticDocs(n)
	for _, d := range changed[:10] {
		d.Article.Hash += "-v2"
		d.Article.Title += ", updated"
		d.Entities = d.Entities[:6]
		d.Events = d.Events[1:]
	}
	return changed
}

// putChanged puts changedDocs' articles into s, which holds syntheticDocs' already: the ten
// edited ones must be replaced and the others skipped.
func putChanged(t *testing.T, s graph.Store, changed []*graph.Document) {
	t.Helper()
	res, err := s.Put(context.Background(), changed)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if want := map[bool]graph.PutStatus{true: graph.Replaced, false: graph.Skipped}[i < 10]; r.Status != want {
			t.Fatalf("article %d: %v, want %v", i, r.Status, want)
		}
	}
}

// pgConnect opens a connection to the test database db, closed when the test ends.
func pgConnect(t *testing.T, db string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// Removing or replacing an article on PostgreSQL reads that article's quads through an
// index by label, not the whole quads table; a database written before the index existed
// gets it at its next writable open.
func TestPostgresRemovalReadsTheArticleOnly(t *testing.T) {
	ctx := context.Background()
	db := storetest.FreshPostgres(t)
	s := openPostgres(t, db)
	if _, err := s.Put(ctx, syntheticDocs(20)); err != nil {
		t.Fatal(err)
	}
	plan := func() string {
		t.Helper()
		conn := pgConnect(t, db)
		tx, err := conn.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		// With sequential scans priced out, the planner still reads the whole table (or
		// all of an index whose later column is the label) unless an index leads with it.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
			t.Fatal(err)
		}
		rows, err := tx.Query(ctx, `EXPLAIN DELETE FROM quads WHERE label_hash = ANY($1::bytea[])`, [][]byte{[]byte("0123456789abcdef0123")})
		if err != nil {
			t.Fatal(err)
		}
		lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(lines, "\n")
	}
	if p := plan(); !strings.Contains(p, "relgraph_quads_label") {
		t.Errorf("removing an article reads the whole quads table:\n%s", p)
	}
	s.Close()
	conn := pgConnect(t, db)
	if _, err := conn.Exec(ctx, `DROP INDEX relgraph_quads_label`); err != nil {
		t.Fatal(err)
	}
	if p := plan(); strings.Contains(p, "relgraph_quads_label") {
		t.Fatalf("the index is dropped, yet the plan names it:\n%s", p)
	}
	openPostgres(t, db).Close()
	if p := plan(); !strings.Contains(p, "relgraph_quads_label") {
		t.Errorf("a database without the index did not get it at its next open:\n%s", p)
	}
}
