package queries_test

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// countingStore counts the events whose properties are read.
type countingStore struct {
	graph.Store
	eventReads atomic.Int64
}

func (s *countingStore) Props(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	if strings.HasPrefix(graph.Text(node), graph.EventPrefix) {
		s.eventReads.Add(1)
	}
	return s.Store.Props(ctx, node)
}

// TestSharedDecodesEachEventOnce asks ten Engines sharing work for the same answer at once:
// each of its events must be read from the store once, the Engines that ask while another
// reads it waiting for that one, and every Engine must get the whole answer.
func TestSharedDecodesEachEventOnce(t *testing.T) {
	store := &countingStore{Store: load(t).Store}
	shared := queries.NewShared()
	ctx := context.Background()
	want := []string{"e0", "e1", "e2", "e6", "e7"}
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			evs, err := queries.NewWith(store, shared).Relations(ctx, "anna-berg", "", queries.Filter{})
			if err != nil {
				t.Error(err)
				return
			}
			if got := strings.Join(ids(evs), " "); got != strings.Join(want, " ") {
				t.Errorf("got %s, want %s", got, strings.Join(want, " "))
			}
			for _, e := range evs {
				if len(e.Sources) == 0 || e.Actors[0].Name == "" {
					t.Errorf("event %s not decoded in full: %+v", e.ID, e)
				}
			}
		})
	}
	wg.Wait()
	if n := store.eventReads.Load(); n != int64(len(want)) {
		t.Errorf("the events' properties were read %d times, want %d (once each)", n, len(want))
	}
	// After a write, the next question reads them again.
	shared.Reset()
	if _, err := queries.NewWith(store, shared).Relations(ctx, "anna-berg", "", queries.Filter{}); err != nil {
		t.Fatal(err)
	}
	if n := store.eventReads.Load(); n != 2*int64(len(want)) {
		t.Errorf("after Reset the events' properties were read %d times in all, want %d", n, 2*len(want))
	}
}

// panickyStore panics when asked for an event's properties.
type panickyStore struct{ graph.Store }

func (s panickyStore) Props(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	if strings.HasPrefix(graph.Text(node), graph.EventPrefix) {
		panic("the store broke")
	}
	return s.Store.Props(ctx, node)
}

// TestSharedSurvivesAPanickingStore asks for events of a store that panics on reading them:
// the answer must be an error, not a crashed process, and a second Engine asking after it
// must get one too rather than wait for a decoding that never ends.
func TestSharedSurvivesAPanickingStore(t *testing.T) {
	store := panickyStore{load(t).Store}
	shared := queries.NewShared()
	for range 2 {
		if _, err := queries.NewWith(store, shared).Relations(context.Background(), "anna-berg", "", queries.Filter{}); err == nil ||
			!strings.Contains(err.Error(), "the store broke") {
			t.Fatalf("relations over a panicking store: %v", err)
		}
	}
}
