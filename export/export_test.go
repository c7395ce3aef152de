package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// The test graph, testdata/export/documents.json, is four articles:
//
//	a1-call 2025-07-01       Putin --CONSULT call--> Macron (about Iran, "the war in Ukraine")
//	                         Putin --CONSULT--> Macron in 2022 (stated by the call)
//	                         Macron --DEMAND urged--> Iran (about the IAEA)
//	a2-beijing 2006-11-02    Hu Jintao --CONSULT met--> Iran
//	                         Iran --REJECT--> France (undated)
//	a3-sanctions 2024-03-15  EU --SANCTION--> Russia (2024)
//	                         Putin --DISAPPROVE--> EU (2024-03)
//	                         Putin -x- EU meeting (negated)
//	a4-climate 2025-04-08    France + China AGREE (no target)
//	                         Macron --CONSULT visit--> China (2025-09, future)
//
// Beijing is mentioned but in no event.
func testDocuments(t testing.TB) []*graph.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "export", "documents.json"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*graph.Document
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	return docs
}

// testStore returns an in-memory store holding docs.
func testStore(t testing.TB, docs []*graph.Document) graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return s
}

func testModel(t testing.TB) (*export.Model, graph.Store) {
	t.Helper()
	s := testStore(t, testDocuments(t))
	m, err := export.Load(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return m, s
}

func testEvents(t testing.TB) []*queries.Event {
	t.Helper()
	s := testStore(t, testDocuments(t))
	evs, err := queries.New(s).AllEvents(context.Background(), queries.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// docEvents counts the events in the documents, and the dated ones.
func docEvents(docs []*graph.Document) (all, dated int) {
	for _, d := range docs {
		for _, e := range d.Events {
			all++
			if e.Date != "" {
				dated++
			}
		}
	}
	return all, dated
}

func readNQuads(t *testing.T, b []byte) []string {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("read back: %v", err)
			}
			break
		}
		out = append(out, q.NQuad())
	}
	slices.Sort(out)
	return out
}

func TestNQuadsRoundTrip(t *testing.T) {
	ctx := context.Background()
	m, src := testModel(t)
	var first bytes.Buffer
	if err := export.WriteNQuads(&first, m); err != nil {
		t.Fatal(err)
	}
	want := readNQuads(t, first.Bytes())
	st, err := src.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(want)) != st.Quads {
		t.Fatalf("export has %d quads, the store %d", len(want), st.Quads)
	}

	dst, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	var qs []quad.Quad
	r := nquads.NewReader(bytes.NewReader(first.Bytes()), false)
	for q, err := r.ReadQuad(); err == nil; q, err = r.ReadQuad() {
		qs = append(qs, q)
	}
	if _, err := dst.AddQuads(ctx, qs); err != nil {
		t.Fatal(err)
	}
	m2, err := export.Load(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := export.WriteNQuads(&second, m2); err != nil {
		t.Fatal(err)
	}
	if got := readNQuads(t, second.Bytes()); !slices.Equal(got, want) {
		t.Fatalf("second export differs: %d quads, want %d", len(got), len(want))
	}
	// Labels survive: the call's date is known to come from its article.
	labels, err := dst.Labels(ctx, graph.EventIRI("ev-call"), graph.PredDate, quad.String("2025-07-01"))
	if err != nil || len(labels) != 1 || labels[0] != graph.ArticleIRI("a1-call") {
		t.Fatalf("labels of the call's date after import = %v, %v", labels, err)
	}
}

func TestSubgraph(t *testing.T) {
	m, _ := testModel(t)
	tests := []struct {
		name         string
		hops         int
		wantEntities []string
		wantEvents   []string
	}{
		{"one hop", 1,
			[]string{"emmanuel-macron", "european-union", "iran", "vladimir-putin"},
			[]string{"ev-call", "ev-call-2022", "ev-no-meeting", "ev-putin-condemns"}},
		// Iran is a topic of the call, no hop: its own events come in only at hop 3, through
		// Macron's demand; China's (the climate accord) through Macron's visit.
		{"two hops", 2,
			[]string{"china", "emmanuel-macron", "european-union", "international-atomic-energy-agency", "iran", "russia", "vladimir-putin"},
			[]string{"ev-call", "ev-call-2022", "ev-eu-sanctions", "ev-macron-visit", "ev-no-meeting", "ev-putin-condemns", "ev-urge-iran"}},
		{"three hops", 3,
			[]string{"china", "emmanuel-macron", "european-union", "france", "hu-jintao", "international-atomic-energy-agency", "iran", "russia", "vladimir-putin"},
			[]string{"ev-call", "ev-call-2022", "ev-climate", "ev-eu-sanctions", "ev-hu-iran", "ev-iran-rejects", "ev-macron-visit", "ev-no-meeting", "ev-putin-condemns", "ev-urge-iran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := m.Subgraph("vladimir-putin", tt.hops)
			if err != nil {
				t.Fatal(err)
			}
			var ents, evs []string
			for _, e := range sub.Entities() {
				ents = append(ents, e.ID)
			}
			for _, e := range sub.Events() {
				evs = append(evs, e.ID)
			}
			slices.Sort(evs)
			if !slices.Equal(ents, tt.wantEntities) {
				t.Errorf("entities = %v, want %v", ents, tt.wantEntities)
			}
			if !slices.Equal(evs, tt.wantEvents) {
				t.Errorf("events = %v, want %v", evs, tt.wantEvents)
			}
			// Every node a kept quad points to is kept, and every label is a kept article.
			for _, q := range sub.Quads {
				if q.Label != nil && sub.Props(q.Label) == nil {
					t.Errorf("quad %s: its article is not in the subgraph", q.NQuad())
				}
				if _, ok := q.Object.(quad.IRI); ok && graph.Text(q.Predicate) != graph.PredType && sub.Props(q.Object) == nil {
					t.Errorf("quad %s points outside the subgraph", q.NQuad())
				}
			}
			for _, e := range sub.Events() {
				for _, a := range e.Sources {
					if sub.Article(a).Title == "" {
						t.Errorf("event %s: article %s has no title in the subgraph", e.ID, a)
					}
				}
			}
		})
	}
	if _, err := m.Subgraph("nobody", 1); err == nil {
		t.Error("subgraph of an unknown entity: no error")
	}
}

func TestPLOVER(t *testing.T) {
	m, _ := testModel(t)
	var buf bytes.Buffer
	if err := export.WritePLOVER(t.Context(), &buf, m); err != nil {
		t.Fatal(err)
	}
	all, _ := docEvents(testDocuments(t))
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != all {
		t.Fatalf("%d records, want one per event (%d)", len(lines), all)
	}
	recs := map[string]map[string]any{}
	for i, l := range lines {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, f := range []string{"id", "date", "source", "target", "event", "mode", "context", "text", "publication"} {
			if _, ok := r[f]; !ok {
				t.Errorf("line %d has no %q field", i+1, f)
			}
		}
		recs[r["id"].(string)] = r
	}
	call := recs["ev-call"]
	want := map[string]any{"date": "2025-07-01", "source": "Vladimir Putin", "source_actor_id": "vladimir-putin",
		"target": "Emmanuel Macron", "target_actor_id": "emmanuel-macron", "event": "CONSULT", "mode": "phone",
		"context": "Iran; the war in Ukraine", "publication": "Example Wire",
		"url": "https://news.example/2025/07/01/putin-macron-call"}
	for k, v := range want {
		if call[k] != v {
			t.Errorf("ev-call %s = %v, want %v", k, call[k], v)
		}
	}
	if recs["ev-no-meeting"]["negated"] != true {
		t.Error("the negated meeting is not marked negated")
	}
}
