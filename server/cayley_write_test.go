package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/graph/storetest"
)

// TestCayleyWriteKeepsIndexes writes an article's quads through Cayley's /api/v2/write on
// a server that shares work between requests: what relgraph keeps beside the quads (the
// name index, the entity facts, the events by entity) must follow, and so must the
// answers, the next question included.
func TestCayleyWriteKeepsIndexes(t *testing.T) {
	ctx := context.Background()
	st := testStore(t)
	h := testHandler(t, Config{Store: st, AllowWrites: true, ShareWork: true})
	if code, body, _ := do(t, h, "GET", "/api/relations?a=Anna+Berg", ""); code != http.StatusNotFound {
		t.Fatalf("before the write, Anna Berg: %d %s", code, body)
	}
	var nq strings.Builder
	for _, q := range storetest.Doc("art9", "h9").Quads() {
		nq.WriteString(q.NQuad() + "\n")
	}
	code, body, _ := doWith(t, h, "POST", "/api/v2/write", nq.String(), http.Header{"Content-Type": {"application/n-quads"}})
	if code != 200 || !strings.Contains(body, `"count":`) {
		t.Fatalf("write: %d %s", code, body)
	}
	if ents, ok, err := st.NamedEntities(ctx, "berg"); err != nil || !ok || len(ents) != 1 {
		t.Errorf("the name index after the write: %v %v %v", ents, ok, err)
	}
	var evs []string
	if _, err := st.EventSummaries(ctx, "anna-berg", func(e graph.EventSummary) error { evs = append(evs, e.ID); return nil }); err != nil ||
		strings.Join(evs, " ") != "art9-call art9-earlier" {
		t.Errorf("the events of anna-berg after the write: %v %v", evs, err)
	}
	code, body, _ = do(t, h, "GET", "/api/relations?a=Anna+Berg&b=Tomas+Vale", "")
	if code != 200 || !strings.Contains(body, "art9-call") {
		t.Errorf("relations after the write: %d %s", code, body)
	}
}

// TestCayleyDeleteKeepsToUsersQuads deletes through Cayley's API: a quad or node of
// relgraph's model is refused with 409 and stays, saying what to do instead; a user's own
// quad is deleted.
func TestCayleyDeleteKeepsToUsersQuads(t *testing.T) {
	ctx := context.Background()
	st := testStore(t)
	h := testHandler(t, Config{Store: st, AllowWrites: true})
	nquads := http.Header{"Content-Type": {"application/n-quads"}}
	var stated quad.Quad
	err := st.Quads(ctx, func(q quad.Quad) error {
		if graph.Text(q.Predicate) == graph.PredAlias {
			stated = q
		}
		return nil
	})
	if err != nil || stated.Subject == nil {
		t.Fatalf("no alias in the test store (%v)", err)
	}
	for _, c := range []struct{ name, path, body string }{
		{"an article's quad", "/api/v2/delete", stated.NQuad() + "\n"},
		{"an entity", "/api/v2/node/delete", quad.StringOf(stated.Subject)},
		{"an alias, object of an entity's quad", "/api/v2/node/delete", quad.StringOf(stated.Object)},
	} {
		code, body, _ := doWith(t, h, "POST", c.path, c.body, nquads)
		if code != http.StatusConflict || !strings.Contains(body, "relgraph ingest") {
			t.Errorf("delete %s: %d %s, want 409 saying to ingest again", c.name, code, body)
		}
	}
	if labels, err := st.Labels(ctx, stated.Subject, graph.Text(stated.Predicate), stated.Object); err != nil || len(labels) == 0 {
		t.Fatalf("the refused quad is gone (%v)", err)
	}
	const note = "<note/1> <about> <entity/iran> .\n"
	if code, body, _ := doWith(t, h, "POST", "/api/v2/write", note, nquads); code != 200 {
		t.Fatalf("write a note: %d %s", code, body)
	}
	if code, body, _ := doWith(t, h, "POST", "/api/v2/delete", note, nquads); code != 200 {
		t.Fatalf("delete a note: %d %s", code, body)
	}
	if vals, err := st.Out(ctx, quad.IRI("note/1"), "about"); err != nil || len(vals) != 0 {
		t.Errorf("the note after its delete: %v %v", vals, err)
	}
}
