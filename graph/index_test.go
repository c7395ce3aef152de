package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
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

// TestOlderStoreGetsItsNameIndex makes a store look as one created before the name index
// (its entries and its ready mark deleted), then opens it: read-only it answers that it has
// no index, and its first writable open indexes the names it holds.
func TestOlderStoreGetsItsNameIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &Document{Article: Article{ID: "a1", Title: "t", Hash: "h"},
		Entities: []Entity{{ID: "anna-berg", Name: "Anna Berg", Type: TypePerson, Aliases: []string{"Berg"}}}}
	if _, err := st.Put(ctx, []*Document{doc}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	db, err := openLevelDB(path, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	err = hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for _, e := range nameEntries(doc.Quads()) {
			if err := tx.Del(ctx, e.key()); err != nil {
				return err
			}
		}
		return tx.Del(ctx, namesReadyKey)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	ro, err := Open(ctx, path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := ro.NamedEntities(ctx, "berg"); err != nil || ok {
		t.Fatalf("a store without the name index, read-only: ok %v err %v; want no index", ok, err)
	}
	ro.Close()
	rw, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	ents, ok, err := rw.NamedEntities(ctx, "berg")
	if err != nil || !ok || len(ents) != 1 || ents[0] != EntityIRI("anna-berg") {
		t.Fatalf("after a writable open: %v ok %v err %v; want anna-berg", ents, ok, err)
	}
}

// TestOlderStoreGetsItsEntityRecordsAndEventIndex makes a store look as one created before
// the entity records, the surname index and the index of events by entity (their entries
// and ready marks deleted), then opens it: read-only it says it keeps none, and its first
// writable open builds them from the quads it holds.
func TestOlderStoreGetsItsEntityRecordsAndEventIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &Document{Article: Article{ID: "a1", Title: "t", Hash: "h"},
		Entities: []Entity{{ID: "anna-berg", Name: "Anna Berg", Type: TypePerson}, {ID: "norland", Name: "Norland", Type: TypeCountry}},
		Events:   []Event{{ID: "e1", Type: "CONSULT", Actors: []string{"anna-berg"}, Targets: []string{"norland"}, Date: "2025"}}}
	if _, err := st.Put(ctx, []*Document{doc}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	db, err := openLevelDB(path, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	err = hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for _, b := range [][]byte{factsBucket, wordsBucket, eventsBucket} {
			if err := deletePrefix(ctx, tx, hkv.Key{b}); err != nil {
				return err
			}
		}
		if err := tx.Del(ctx, factsReadyKey); err != nil {
			return err
		}
		return tx.Del(ctx, eventsReadyKey)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	ro, err := Open(ctx, path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := ro.EachEntity(ctx, func(EntityFacts) error { return nil }); err != nil || ok {
		t.Fatalf("read-only, without records: EachEntity ok %v err %v; want none kept", ok, err)
	}
	if ok, err := ro.EventSummaries(ctx, "anna-berg", func(EventSummary) error { return nil }); err != nil || ok {
		t.Fatalf("read-only, without the event index: ok %v err %v; want none kept", ok, err)
	}
	if f, err := ro.EntityFacts(ctx, "anna-berg"); err != nil || f.Name() != "Anna Berg" || f.Mentions != 1 {
		t.Fatalf("read-only, facts counted from the quads: %+v %v", f, err)
	}
	ro.Close()

	rw, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	var ids []string
	if ok, err := rw.EachEntity(ctx, func(f EntityFacts) error { ids = append(ids, f.ID); return nil }); err != nil || !ok ||
		strings.Join(ids, ",") != "anna-berg,norland" {
		t.Fatalf("after a writable open: entities %v ok %v err %v", ids, ok, err)
	}
	var evs []string
	if ok, err := rw.EventSummaries(ctx, "norland", func(e EventSummary) error { evs = append(evs, e.ID+"@"+e.Date); return nil }); err != nil || !ok ||
		strings.Join(evs, ",") != "e1@2025" {
		t.Fatalf("after a writable open: events of norland %v ok %v err %v", evs, ok, err)
	}
}
