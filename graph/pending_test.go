package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// splitDocument is a long article (events events between a few entities, more than
// longEvents) that a bolt store writes in parts.
func splitDocument(events int) *Document {
	d := &Document{Article: Article{ID: "long", Title: "A long article", Hash: "h1"}}
	names := []string{"Germany", "Russia", "Kenya", "Ethiopia", "Brazil"}
	for _, n := range names {
		d.Entities = append(d.Entities, Entity{ID: Slug(n), Name: n, Type: TypeCountry})
	}
	for i := range events {
		a, b := names[i%len(names)], names[(i+2)%len(names)]
		d.Events = append(d.Events, Event{ID: fmt.Sprintf("long-%d", i), Type: "DISAPPROVE",
			Trigger: "condemned", Relation: "condemned", Actors: []string{Slug(a)},
			Targets: []string{Slug(b)}, Date: "2025-07-01",
			Evidence: fmt.Sprintf("%s condemned %s, clause %d", a, b, i)})
	}
	return d
}

// errKilled stands for a process killed between two parts of a split write.
var errKilled = errors.New("killed")

// failingKV is a bolt store whose write transactions fail to commit once commits of them
// have committed: a write split in parts stops after that many, as a kill would stop it.
type failingKV struct {
	hkv.KV  // boltBatch
	commits *int
}

func (f failingKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := f.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return failingTx{tx.(*boltBatchTx), f.commits}, nil
}

type failingTx struct {
	*boltBatchTx
	commits *int
}

func (tx failingTx) Commit(ctx context.Context) error {
	if *tx.commits == 0 {
		return errKilled
	}
	*tx.commits--
	return tx.boltBatchTx.Commit(ctx)
}

// openSplitting opens the bolt store at path with every call of a long write its own part.
func openSplitting(t *testing.T, path string) *cayleyStore {
	t.Helper()
	s, err := Open(context.Background(), "bolt:"+path, OpenOptions{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	cs := s.(*cayleyStore)
	cs.splitBytes = 1
	return cs
}

// storeState is what a test compares of two stores: their quads, sorted, and what the
// indexes kept beside them say of each entity.
type storeState struct {
	Quads   []string
	Facts   []EntityFacts
	Named   [][]quad.Value
	Pending []string
}

func stateOf(t *testing.T, s *cayleyStore) storeState {
	t.Helper()
	ctx := context.Background()
	var st storeState
	if err := s.Quads(ctx, func(q quad.Quad) error { st.Quads = append(st.Quads, q.String()); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.Sort(st.Quads)
	for _, id := range []string{"germany", "russia", "kenya"} {
		f, err := s.EntityFacts(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		st.Facts = append(st.Facts, f)
		ents, _, err := s.NamedEntities(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		st.Named = append(st.Named, ents)
	}
	var err error
	if st.Pending, err = pendingArticles(ctx, s.kv); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestSplitWriteCutShortIsRemovedThenStoredWhole writes a long article to bolt in parts
// and stops the write after two of them, as a kill would: the article must then be pending
// (not stored, as far as ingest asks), the store must refuse other writes, and once it is
// opened again the article must be gone, with what the indexes said of it; the next Put
// stores it as a write that was never cut stores it.
func TestSplitWriteCutShortIsRemovedThenStoredWhole(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := splitDocument(3000)

	clean := openSplitting(t, filepath.Join(dir, "clean"))
	if _, err := clean.Put(ctx, []*Document{d}); err != nil {
		t.Fatal(err)
	}
	want := stateOf(t, clean)
	clean.Close()
	if len(want.Quads) < 20000 || len(want.Pending) > 0 {
		t.Fatalf("a clean write stored %d quads and left %v pending", len(want.Quads), want.Pending)
	}
	empty := openSplitting(t, filepath.Join(dir, "empty"))
	none := stateOf(t, empty)
	empty.Close()

	path := filepath.Join(dir, "cut")
	s := openSplitting(t, path)
	commits := 2
	plain := s.kv.KV
	s.kv.KV = failingKV{plain, &commits}
	if _, err := s.Put(ctx, []*Document{d}); !errors.Is(err, errKilled) {
		t.Fatalf("Put = %v, want the write cut short", err)
	}
	s.kv.KV = plain
	cut := stateOf(t, s)
	if len(cut.Quads) == 0 || len(cut.Quads) >= len(want.Quads) || !slices.Equal(cut.Pending, []string{"long"}) {
		t.Fatalf("after two parts: %d quads stored (want some of %d), pending %v", len(cut.Quads), len(want.Quads), cut.Pending)
	}
	if _, stored, err := s.ArticleHash(ctx, "long"); err != nil || stored {
		t.Fatalf("ArticleHash of the pending article: stored %v, %v; want not stored", stored, err)
	}
	if _, err := s.Put(ctx, []*Document{d}); !errors.Is(err, errCutShort) {
		t.Fatalf("Put after a cut write = %v, want %v", err, errCutShort)
	}
	s.Close()

	s = openSplitting(t, path)
	defer s.Close()
	if got := stateOf(t, s); !reflect.DeepEqual(got, none) {
		t.Fatalf("reopened after the cut: %d quads, pending %v, facts %+v; want an empty store's", len(got.Quads), got.Pending, got.Facts)
	}
	res, err := s.Put(ctx, []*Document{d})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != Added {
		t.Errorf("Put after the cut: %v, want added", res[0].Status)
	}
	if got := stateOf(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("stored again after the cut: %d quads, pending %v, facts %+v\nwant %d quads, facts %+v",
			len(got.Quads), got.Pending, got.Facts, len(want.Quads), want.Facts)
	}
}
