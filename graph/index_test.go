package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// TestNewStoreReadsArticlesThroughTheirIndex opens a new embedded store of each kind, puts
// a few articles and checks that an article's quads, a node's predicate and an edge's labels
// are read from an index posting list (Cayley's QuadIterator over an IndexScan) rather than
// by Cayley's scan of every quad, and that the article's list holds its own quads only.
func TestNewStoreReadsArticlesThroughTheirIndex(t *testing.T) {
	for _, backend := range []string{"leveldb", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			st, err := Open(ctx, backend+":"+filepath.Join(t.TempDir(), "s.db"), OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			s := st.(*cayleyStore)
			var docs []*Document
			for i := range 20 {
				docs = append(docs, &Document{Article: Article{ID: fmt.Sprint("a", i), Title: "t", Hash: "h"},
					Entities: []Entity{{ID: "norland", Name: "Norland", Type: TypeCountry}}})
			}
			if _, err := s.Put(ctx, docs); err != nil {
				t.Fatal(err)
			}
			for _, m := range []match{
				{quad.Label: ArticleIRI("a3")},
				{quad.Subject: EntityIRI("norland"), quad.Predicate: quad.IRI(PredName)},
				{quad.Object: quad.String("Norland"), quad.Predicate: quad.IRI(PredName), quad.Subject: EntityIRI("norland")},
			} {
				f := map[quad.Direction]cgraph.Ref{}
				for d, v := range m {
					r, err := s.qs.ValueOf(v)
					if err != nil || r == nil {
						t.Fatalf("%v not stored: %v", v, err)
					}
					f[d] = r
				}
				if _, ok := s.candidates(ctx, f).(*ckv.QuadIterator); !ok {
					t.Errorf("lookup %v: %T, want an index posting list", m, s.candidates(ctx, f))
				}
			}
			got, err := s.labelled(ctx, ArticleIRI("a3"))
			if err != nil {
				t.Fatal(err)
			}
			if want := len(docs[3].Quads()); len(got) != want {
				t.Fatalf("article a3: %d quads, want its %d", len(got), want)
			}
		})
	}
}
