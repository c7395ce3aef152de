package server

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// TestRemoteStore reads the test graph through a server's store API and directly: every
// read answers the same, values keep their kinds, queries run unchanged on it, and writes
// are refused with ErrServed.
func TestRemoteStore(t *testing.T) {
	ctx := context.Background()
	st := testStore(t)
	srv := httptest.NewServer(testHandler(t, Config{Store: st, Token: "a-token-of-16-chars"}))
	defer srv.Close()
	rs := NewRemoteStore(ServeInfo{URL: srv.URL, Token: "a-token-of-16-chars"})
	defer rs.Close()

	for _, c := range []struct {
		node quad.Value
		pred string
	}{
		{graph.EntityIRI("iran"), graph.PredName},
		{graph.EntityIRI("emmanuel-macron"), graph.PredAlias},
		{quad.String("Macron"), graph.PredAlias},
		{graph.EntityIRI("nobody"), graph.PredName},
	} {
		for _, dir := range []string{"out", "in"} {
			f, g := st.Out, rs.Out
			if dir == "in" {
				f, g = st.In, rs.In
			}
			want, err1 := f(ctx, c.node, c.pred)
			got, err2 := g(ctx, c.node, c.pred)
			if err1 != nil || err2 != nil || fmt.Sprint(got) != fmt.Sprint(want) || !reflect.DeepEqual(kinds(got), kinds(want)) {
				t.Errorf("%s %v %s: %v %v, want %v %v", dir, c.node, c.pred, got, err2, want, err1)
			}
		}
	}
	wantProps, _ := st.Props(ctx, graph.EntityIRI("vladimir-putin"))
	gotProps, err := rs.Props(ctx, graph.EntityIRI("vladimir-putin"))
	if err != nil || !reflect.DeepEqual(gotProps, wantProps) {
		t.Errorf("props: %v %v, want %v", gotProps, err, wantProps)
	}
	wantStats, _ := st.Stats(ctx)
	if got, err := rs.Stats(ctx); err != nil || got != wantStats {
		t.Errorf("stats: %v %v, want %v", got, err, wantStats)
	}
	if h, ok, err := rs.ArticleHash(ctx, "a1"); err != nil || !ok || h != "h1" {
		t.Errorf("hash: %q %v %v", h, ok, err)
	}
	var want, got []string
	st.Quads(ctx, func(q quad.Quad) error { want = append(want, q.String()); return nil })
	if err := rs.Quads(ctx, func(q quad.Quad) error { got = append(got, q.String()); return nil }); err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	sort.Strings(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quads: %d through the server, %d in the store", len(got), len(want))
	}

	// The query engine runs on it as on the store.
	local, remote := queries.New(st), queries.New(rs)
	a, _ := local.Resolve(ctx, "Macron")
	wantEv, err1 := local.Timeline(ctx, a.ID, queries.Filter{})
	gotEv, err2 := remote.Timeline(ctx, a.ID, queries.Filter{})
	if err1 != nil || err2 != nil || eventIDs(gotEv) != eventIDs(wantEv) {
		t.Errorf("timeline: %s %v, want %s %v", eventIDs(gotEv), err2, eventIDs(wantEv), err1)
	}
	res, err := remote.Gizmo(ctx, `g.V("<entity/iran>").Out("<name>").All()`, 10)
	if err != nil || fmt.Sprint(res) != "[map[id:Iran]]" {
		t.Errorf("gizmo through the server: %v %v", res, err)
	}
	if _, err := remote.Gizmo(ctx, `"x".repeat(1e9)`, 10); err == nil {
		t.Error("a query over the server's limits ran")
	}

	if _, err := rs.Put(ctx, testDocuments()); !errors.Is(err, ErrServed) {
		t.Errorf("put: %v", err)
	}
	// Without the token, nothing.
	if _, err := NewRemoteStore(ServeInfo{URL: srv.URL}).Stats(ctx); err == nil {
		t.Error("read without the token")
	}
}

// TestRemoteStoreWrites writes articles through a server that writes: they are in its
// store at once; a server that does not write refuses, saying how to start one that does.
func TestRemoteStoreWrites(t *testing.T) {
	ctx := context.Background()
	st := testStore(t)
	const tok = "a-token-of-16-chars"
	srv := httptest.NewServer(testHandler(t, Config{Store: st, Token: tok, AllowWrites: true}))
	defer srv.Close()
	rs := NewRemoteStore(ServeInfo{URL: srv.URL, Token: tok, Writes: true})
	doc := &graph.Document{Article: graph.Article{ID: "a3", Title: "Autumn talks", Published: "2025-10-01", Hash: "h3"},
		Entities: []graph.Entity{{ID: "iran", Name: "Iran", Type: graph.TypeCountry}}}
	res, err := rs.Put(ctx, []*graph.Document{doc})
	if err != nil || len(res) != 1 || res[0].Status != graph.Added {
		t.Fatalf("put: %v %v", res, err)
	}
	if h, ok, err := st.ArticleHash(ctx, "a3"); err != nil || !ok || h != "h3" {
		t.Errorf("the article is not in the server's store: %q %v %v", h, ok, err)
	}
	if n, err := rs.RemoveArticle(ctx, "a3"); err != nil || n == 0 {
		t.Errorf("remove: %d %v", n, err)
	}
	if n, err := rs.AddQuads(ctx, []quad.Quad{quad.Make(quad.IRI("entity/x"), quad.IRI("name"), quad.String("X"), quad.IRI("article/x"))}); err != nil || n != 1 {
		t.Errorf("add quads: %d %v", n, err)
	}
	ro := httptest.NewServer(testHandler(t, Config{Store: st}))
	defer ro.Close()
	_, err = NewRemoteStore(ServeInfo{URL: ro.URL, Writes: true}).Put(ctx, []*graph.Document{doc})
	if err == nil || !strings.Contains(err.Error(), "--allow-writes") {
		t.Errorf("put through a read-only server: %v", err)
	}
}

func kinds(vals []quad.Value) []string {
	var out []string
	for _, v := range vals {
		out = append(out, fmt.Sprintf("%T", v))
	}
	return out
}

// TestRemoteStoreKeptIndexes reads what the store keeps beside the quads (entity facts,
// the name indexes, the index of events by entity) through a server's store API and
// directly, on an embedded store that keeps them all: the answers must be the same.
func TestRemoteStoreKeptIndexes(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, t.TempDir()+"/s.db", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(ctx, testDocuments()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(testHandler(t, Config{Store: st, Token: "a-token-of-16-chars"}))
	defer srv.Close()
	rs := NewRemoteStore(ServeInfo{URL: srv.URL, Token: "a-token-of-16-chars"})
	defer rs.Close()

	for _, id := range []string{"emmanuel-macron", "iran", "nobody"} {
		want, err1 := st.EntityFacts(ctx, id)
		got, err2 := rs.EntityFacts(ctx, id)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("facts of %s: %+v %v, want %+v %v", id, got, err2, want, err1)
		}
		wc, wk, err1 := st.EntityContacts(ctx, id)
		gc, gk, err2 := rs.EntityContacts(ctx, id)
		if err1 != nil || err2 != nil || gk != wk || fmt.Sprint(gc) != fmt.Sprint(wc) {
			t.Errorf("contacts of %s: %v %v %v, want %v %v %v", id, gc, gk, err2, wc, wk, err1)
		}
		var we, ge []graph.EventSummary
		wk, err1 = st.EventSummaries(ctx, id, func(e graph.EventSummary) error { we = append(we, e); return nil })
		gk, err2 = rs.EventSummaries(ctx, id, func(e graph.EventSummary) error { ge = append(ge, e); return nil })
		if err1 != nil || err2 != nil || gk != wk || !reflect.DeepEqual(ge, we) {
			t.Errorf("events of %s: %+v %v %v, want %+v %v %v", id, ge, gk, err2, we, wk, err1)
		}
	}
	var want, got []string
	wk, err1 := st.EachEntity(ctx, func(f graph.EntityFacts) error { want = append(want, fmt.Sprint(f)); return nil })
	gk, err2 := rs.EachEntity(ctx, func(f graph.EntityFacts) error { got = append(got, fmt.Sprint(f)); return nil })
	if err1 != nil || err2 != nil || !wk || gk != wk || !reflect.DeepEqual(got, want) {
		t.Errorf("every entity: %v %v %v, want %v %v %v", got, gk, err2, want, wk, err1)
	}
	wn, wk, err1 := st.NamedEntities(ctx, "hassan")
	gn, gk, err2 := rs.NamedEntities(ctx, "hassan")
	if err1 != nil || err2 != nil || !wk || gk != wk || fmt.Sprint(gn) != fmt.Sprint(wn) || len(gn) != 2 {
		t.Errorf("named hassan: %v %v %v, want %v %v %v", gn, gk, err2, wn, wk, err1)
	}
	wn, wk, err1 = st.EntitiesByKey(ctx, graph.BySurname, "macron")
	gn, gk, err2 = rs.EntitiesByKey(ctx, graph.BySurname, "macron")
	if err1 != nil || err2 != nil || !wk || gk != wk || fmt.Sprint(gn) != fmt.Sprint(wn) || len(gn) != 1 {
		t.Errorf("surname macron: %v %v %v, want %v %v %v", gn, gk, err2, wn, wk, err1)
	}
	// The questions answer the same through the server.
	local, remote := queries.New(st), queries.New(rs)
	a, err1 := local.Resolve(ctx, "Macron")
	b, err2 := remote.Resolve(ctx, "Macron")
	if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
		t.Fatalf("resolve Macron: %+v %v, want %+v %v", b, err2, a, err1)
	}
	wp, err1 := local.Show(ctx, a, 10)
	gp, err2 := remote.Show(ctx, b, 10)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(gp, wp) {
		t.Errorf("show Macron through the server: %+v %v, want %+v %v", gp, err2, wp, err1)
	}
}
