package queries

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/relgraph/relgraph/graph"
)

// Shared is what Engines over one store may share between questions: events decoded in
// full, entities' facts, the events of an entity as briefsOf lists them, its neighbours
// and the list of entities, which stay what they are until the store changes. A server
// that many users ask at once gives every request's Engine the same Shared (NewShared), so
// that China's facts and the events of a page are read once, not once per request.
//
// The caller must Reset it after every write to the store, and may share it only when
// every write goes through it: an embedded store that the process holds, not a database
// other processes write. An Engine made before a Reset adds nothing to it afterwards, so
// what a question read before the write is not kept.
type Shared struct {
	mu     sync.Mutex
	gen    uint64
	events map[string]*Event
	facts  map[string]*graph.EntityFacts
	briefs map[string][]*Event   // entity id -> its events, unfilled (see briefsOf)
	nBrief int                   // events held in briefs
	near   map[string][]Neighbor // entity id -> its neighbours, of every type
	nNear  int
	lists  map[string][]EntityInfo // types asked, joined by commas -> Entities' answer
	// flights are the computations under way, by what they compute (see claim).
	flights map[string]*flight
}

// flight is one computation that several Engines wait for: the first to need a value
// computes it, the others asking meanwhile wait for its answer instead of computing it too
// (ten users opening China's timeline at once read China's events once).
type flight struct {
	done chan struct{}
	val  any
	err  error
}

// wait returns the flight's answer once it lands, or ctx's error first.
func (f *flight) wait(ctx context.Context) (any, error) {
	select {
	case <-f.done:
		return f.val, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// abandoned reports whether a flight's error is its own Engine's context ending (a request
// cancelled or timed out), which says nothing of the answer: a waiter computes it itself.
func abandoned(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// claim returns the flight computing key as of generation gen, and whether the caller is
// to compute it (and land it): true for the first to ask, and for every Engine made before
// the last Reset, which computes alone.
func (s *Shared) claim(gen uint64, key string) (*flight, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return &flight{done: make(chan struct{})}, true
	}
	if f := s.flights[key]; f != nil {
		return f, false
	}
	f := &flight{done: make(chan struct{})}
	s.flights[key] = f
	return f, true
}

// land gives the flight claimed for key its answer and wakes those waiting for it.
func (s *Shared) land(key string, f *flight, val any, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.flights[key] == f {
		delete(s.flights, key)
	}
	select {
	case <-f.done: // landed already
	default:
		f.val, f.err = val, err
		close(f.done)
	}
}

// once returns what compute answers for key, computed once among the Engines sharing s
// that ask at the same time. Without a Shared it just computes.
func (q *Engine) once(ctx context.Context, key string, compute func() (any, error)) (any, error) {
	if q.shared == nil {
		return compute()
	}
	f, lead := q.shared.claim(q.gen, key)
	if !lead {
		v, err := f.wait(ctx)
		if err == nil || ctx.Err() != nil || !abandoned(err) {
			return v, err
		}
		return compute()
	}
	defer landOnPanic(q.shared, key, f)
	v, err := compute()
	q.shared.land(key, f, v, err)
	return v, err
}

// landOnPanic lands a flight whose computation panicked, so that those waiting for it are
// not left waiting for their timeout, and panics again.
func landOnPanic(s *Shared, key string, f *flight) {
	if p := recover(); p != nil {
		s.land(key, f, nil, fmt.Errorf("the computation of %q failed: %v", key, p))
		panic(p)
	}
}

// sharedMax bounds each of Shared's maps: past it, a map starts again empty.
const sharedMax = 100_000

// NewShared returns an empty Shared.
func NewShared() *Shared {
	return &Shared{events: map[string]*Event{}, facts: map[string]*graph.EntityFacts{}, briefs: map[string][]*Event{},
		near: map[string][]Neighbor{}, lists: map[string][]EntityInfo{}, flights: map[string]*flight{}}
}

// Reset forgets everything kept: call it once a write to the store has committed.
func (s *Shared) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	s.events, s.facts = map[string]*Event{}, map[string]*graph.EntityFacts{}
	s.briefs, s.nBrief = map[string][]*Event{}, 0
	s.near, s.nNear = map[string][]Neighbor{}, 0
	s.lists = map[string][]EntityInfo{}
	s.flights = map[string]*flight{} // those under way finish for their own Engines only
}

func (s *Shared) entityList(types string) ([]EntityInfo, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ents, ok := s.lists[types]
	return ents, ok
}

func (s *Shared) keepEntityList(gen uint64, types string, ents []EntityInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen == s.gen && len(s.lists) < 64 {
		s.lists[types] = ents
	}
}

func (s *Shared) neighbors(entity string) ([]Neighbor, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ns, ok := s.near[entity]
	return ns, ok
}

func (s *Shared) keepNeighbors(gen uint64, entity string, ns []Neighbor) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return
	}
	if s.nNear+len(ns) > sharedMax {
		s.near, s.nNear = map[string][]Neighbor{}, 0
	}
	s.near[entity] = ns
	s.nNear += len(ns)
}

func (s *Shared) briefsOf(entity string) ([]*Event, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	evs, ok := s.briefs[entity]
	return evs, ok
}

func (s *Shared) keepBriefs(gen uint64, entity string, evs []*Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return
	}
	if s.nBrief+len(evs) > sharedMax {
		s.briefs, s.nBrief = map[string][]*Event{}, 0
	}
	s.briefs[entity] = evs
	s.nBrief += len(evs)
}

func (s *Shared) generation() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen
}

func (s *Shared) event(id string) *Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.events[id]
}

func (s *Shared) keepEvent(gen uint64, e *Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return
	}
	if len(s.events) >= sharedMax {
		s.events = map[string]*Event{}
	}
	s.events[e.ID] = e
}

func (s *Shared) entityFacts(id string) *graph.EntityFacts {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.facts[id]
}

func (s *Shared) keepFacts(gen uint64, f *graph.EntityFacts) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return
	}
	if len(s.facts) >= sharedMax {
		s.facts = map[string]*graph.EntityFacts{}
	}
	s.facts[f.ID] = f
}
