package queries

import (
	"context"
	"slices"
	"sort"

	"github.com/relgraph/relgraph/graph"
)

// Neighbor is an entity connected to another through events.
type Neighbor struct {
	Entity EntityInfo     `json:"entity"`
	Events int            `json:"events"` // events they share
	Types  map[string]int `json:"types"`  // events by PLOVER category
	Roles  []string       `json:"roles"`  // how the neighbour takes part: actor, target, topic
	// Last is the date of the latest event they share that happened, planned ones left
	// out: "Vale will visit Norland next month" ties them but is no contact yet.
	Last string `json:"last,omitempty"`
}

// Neighbors returns the entities that share an event with entity id (as actor, target or
// topic), most shared events first, restricted to the given entity types when any.
func (q *Engine) Neighbors(ctx context.Context, id string, types ...string) ([]Neighbor, error) {
	all, err := q.neighborsOf(ctx, id)
	if err != nil || len(types) == 0 {
		return all, err
	}
	out := []Neighbor{}
	for _, n := range all {
		if slices.Contains(types, n.Entity.Type) {
			out = append(out, n)
		}
	}
	return out, nil
}

// neighborsOf returns the neighbours of entity id of every type, as neighbors counts them
// over its events. The slice and what it holds may be shared with other callers: change
// neither.
func (q *Engine) neighborsOf(ctx context.Context, id string) ([]Neighbor, error) {
	if q.shared != nil {
		if ns, ok := q.shared.neighbors(id); ok {
			return ns, nil
		}
	}
	v, err := q.once(ctx, "neighbors\x00"+id, func() (any, error) {
		evs, err := q.briefsOf(ctx, id)
		if err != nil {
			return nil, err
		}
		ns, err := q.neighbors(ctx, id, evs, nil)
		if err == nil && q.shared != nil {
			q.shared.keepNeighbors(q.gen, id, ns)
		}
		return ns, err
	})
	ns, _ := v.([]Neighbor)
	return ns, err
}

// refsHold reports whether refs name the entity id.
func refsHold(refs []Ref, id string) bool {
	for _, r := range refs {
		if r.ID == id {
			return true
		}
	}
	return false
}

// neighbors counts the entities other than id that take part in evs, negated events left
// out: what did not happen ties no one.
func (q *Engine) neighbors(ctx context.Context, id string, evs []*Event, types []string) ([]Neighbor, error) {
	byID := map[string]*Neighbor{}
	add := func(ref Ref, role string, ev *Event) {
		if ref.ID == id || ref.ID == "" {
			return
		}
		n := byID[ref.ID]
		if n == nil {
			n = &Neighbor{Entity: EntityInfo{ID: ref.ID, Name: ref.Name}, Types: map[string]int{}}
			byID[ref.ID] = n
		}
		if !slices.Contains(n.Roles, role) {
			n.Roles = append(n.Roles, role)
		}
		if ev.Date > n.Last && !ev.Future {
			n.Last = ev.Date
		}
	}
	for _, ev := range evs {
		if ev.Negated {
			continue // "Vale did not meet Berg" is no tie between them
		}
		seen := map[string]bool{}
		// Two that the same actor dealt with are not tied by it ("Wang met Kallas and De
		// Wever": Kallas and De Wever are Wang's neighbors, not each other's), as
		// last-contact reads it (inContact).
		coTarget := !refsHold(ev.Actors, id) && refsHold(ev.Targets, id)
		for _, r := range ev.Actors {
			add(r, "actor", ev)
			seen[r.ID] = true
		}
		for _, r := range ev.Targets {
			if coTarget {
				continue
			}
			add(r, "target", ev)
			seen[r.ID] = true
		}
		for _, t := range ev.Topics {
			if t.ID != "" {
				add(Ref{ID: t.ID, Name: t.Name}, "topic", ev)
				seen[t.ID] = true
			}
		}
		for nid := range seen {
			if n := byID[nid]; n != nil {
				n.Events++
				n.Types[ev.Type]++
			}
		}
	}
	out := []Neighbor{}
	for nid, n := range byID {
		info, err := q.entityInfo(ctx, graph.EntityIRI(nid), "")
		if err != nil {
			return nil, err
		}
		if len(types) > 0 && !slices.Contains(types, info.Type) {
			continue
		}
		n.Entity = info
		sort.Strings(n.Roles)
		out = append(out, *n)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Entity.ID < out[j].Entity.ID
	})
	return out, nil
}

// Step is one hop of a path: an event and the entity it leads to.
type Step struct {
	Event *Event `json:"event"`
	To    Ref    `json:"to"`
}

// Path is a chain of events connecting two entities.
type Path struct {
	From  Ref    `json:"from"`
	Steps []Step `json:"steps"`
}

// Paths finds the chains of events that connect entity a to entity b in at most maxHops
// events, shortest first, at most limit of them. Two entities are one hop apart when they
// are actors or targets of the same event; a path goes through each event once.
func (q *Engine) Paths(ctx context.Context, a, b EntityInfo, maxHops, limit int) ([]Path, error) {
	type partial struct {
		at    string
		steps []Step
		seen  map[string]bool
	}
	var out []Path
	frontier := []partial{{at: a.ID, seen: map[string]bool{a.ID: true}}}
	for hop := 1; hop <= maxHops && len(frontier) > 0 && len(out) < limit; hop++ {
		var next []partial
		for _, p := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			evs, err := q.EventsOf(ctx, p.at)
			if err != nil {
				return nil, err
			}
			for _, ev := range evs {
				if !ev.Fact() || usesEvent(p.steps, ev.ID) {
					continue // one event is one link: "A -e- X -e- B" is only "A -e- B" again
				}
				for _, r := range append(append([]Ref{}, ev.Actors...), ev.Targets...) {
					if p.seen[r.ID] {
						continue
					}
					steps := append(slices.Clip(p.steps), Step{Event: ev, To: r})
					if r.ID == b.ID {
						out = append(out, Path{From: Ref{a.ID, a.Name}, Steps: steps})
						if len(out) >= limit {
							return out, nil
						}
						continue
					}
					seen := make(map[string]bool, len(p.seen)+1)
					for k := range p.seen {
						seen[k] = true
					}
					seen[r.ID] = true
					next = append(next, partial{at: r.ID, steps: steps, seen: seen})
				}
			}
		}
		// Keep the search bounded on dense graphs: the best-connected partial paths first.
		if len(next) > 5000 {
			next = next[:5000]
		}
		frontier = next
	}
	return out, nil
}

// usesEvent reports whether a path's steps already go through event id.
func usesEvent(steps []Step, id string) bool {
	for _, s := range steps {
		if s.Event.ID == id {
			return true
		}
	}
	return false
}

// Sources returns the event and every other event reported as the same interaction (same
// category, the same actors and targets, dates that agree), each with its article and
// sentence: what stands behind an event.
func (q *Engine) Sources(ctx context.Context, id string) (*Event, []*Event, error) {
	ev, err := q.Event(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	var others []*Event
	if len(ev.Actors) == 0 {
		return ev, others, nil
	}
	candidates, err := q.Store.In(ctx, graph.EntityIRI(ev.Actors[0].ID), graph.PredActor)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range candidates {
		cid := localID(c)
		if cid == id {
			continue
		}
		o, err := q.Event(ctx, cid)
		if err != nil {
			return nil, nil, err
		}
		if sameInteraction(ev, o) {
			others = append(others, o)
		}
	}
	SortEvents(others)
	return ev, others, nil
}

func sameInteraction(a, b *Event) bool {
	if a.Type != b.Type || a.Negated != b.Negated || a.Future != b.Future {
		return false
	}
	if a.Date == "" || b.Date == "" || laterPrefix(a.Date, b.Date) || laterPrefix(b.Date, a.Date) {
		return false
	}
	return sameRefs(a.Actors, b.Actors) && sameRefs(a.Targets, b.Targets) ||
		sameRefs(append(slices.Clone(a.Actors), a.Targets...), append(slices.Clone(b.Actors), b.Targets...))
}

func sameRefs(a, b []Ref) bool {
	ids := func(rs []Ref) []string {
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = r.ID
		}
		sort.Strings(out)
		return slices.Compact(out)
	}
	return slices.Equal(ids(a), ids(b))
}
