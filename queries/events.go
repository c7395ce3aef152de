package queries

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Ref names an entity in answers.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Topic is what an event was about: an entity (ID set) or a phrase.
type Topic struct {
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
}

// Source is the article and sentence behind an event.
type Source struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Sentence  string `json:"sentence"`
}

// Event is one reported interaction as the queries answer it. Its JSON shape is relied on
// by scripts and other tools: keep it stable.
type Event struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Mode    string   `json:"mode"`
	Trigger string   `json:"trigger"`
	Date    string   `json:"date"`
	Actors  []Ref    `json:"source"`
	Targets []Ref    `json:"target"`
	Topics  []Topic  `json:"topics"`
	Sources []Source `json:"sources"`
	Negated bool     `json:"negated,omitempty"`
	Future  bool     `json:"future,omitempty"`
	// StatedBy is the event whose article states this earlier one ("first call since 2022").
	StatedBy string `json:"stated_by,omitempty"`
}

// Fact reports whether the event is reported as having happened.
func (e *Event) Fact() bool { return !e.Negated && !e.Future }

// Involves reports whether the entity is among the event's actors or targets.
func (e *Event) Involves(id string) bool {
	for _, r := range e.Actors {
		if r.ID == id {
			return true
		}
	}
	for _, r := range e.Targets {
		if r.ID == id {
			return true
		}
	}
	return false
}

// Engine answers relationship questions from a store. It caches names, so use one Engine
// per command or request.
type Engine struct {
	Store graph.Store
	names map[quad.Value]string
	arts  map[quad.Value]Source
	canon map[string]string // entity id -> the id answers use (see canonical.go)
	// entFacts are the entities' kept facts read so far (graph.Store.EntityFacts).
	entFacts map[string]*graph.EntityFacts
	// shared, when not nil, is kept across Engines (NewWith) as of generation gen.
	shared *Shared
	gen    uint64
	// corr and joined are the user's corrections and the transliteration joins, read on
	// first use (corrections.go, identity.go).
	corr   *corrections
	joined *joinIndex
}

// New returns an Engine reading from store.
func New(store graph.Store) *Engine {
	return &Engine{Store: store, names: map[quad.Value]string{}, arts: map[quad.Value]Source{}, canon: map[string]string{},
		entFacts: map[string]*graph.EntityFacts{}}
}

// NewWith returns an Engine reading from store that shares decoded events and entity facts
// with the other Engines given the same Shared (see Shared for when that is right).
func NewWith(store graph.Store, shared *Shared) *Engine {
	q := New(store)
	q.shared, q.gen = shared, shared.generation()
	return q
}

// name returns the <name> of a node, or its ID when it has none.
func (q *Engine) name(ctx context.Context, node quad.Value) (string, error) {
	if n, ok := q.names[node]; ok {
		return n, nil
	}
	n := localID(node)
	if strings.HasPrefix(graph.Text(node), graph.EntityPrefix) {
		f, err := q.facts(ctx, n)
		if err != nil {
			return "", err
		}
		if f.Name() != "" {
			n = f.Name()
		}
	} else {
		vals, err := q.Store.Out(ctx, node, graph.PredName)
		if err != nil {
			return "", err
		}
		if len(vals) > 0 {
			n = graph.Text(vals[0])
		}
	}
	if r, ok, err := q.renamed(ctx, node); err != nil {
		return "", err
	} else if ok {
		n = r
	}
	q.names[node] = n
	return n, nil
}

// ref names an entity node as answers show it: a surname-only person as the full-name
// person it stands for.
func (q *Engine) ref(ctx context.Context, node quad.Value) (Ref, error) {
	id := localID(node)
	if strings.HasPrefix(graph.Text(node), graph.EntityPrefix) {
		c, err := q.canonical(ctx, id)
		if err != nil {
			return Ref{}, err
		}
		id, node = c, graph.EntityIRI(c)
	}
	n, err := q.name(ctx, node)
	return Ref{ID: id, Name: n}, err
}

// localID strips the model prefix from an IRI: <entity/iran> -> iran.
func localID(v quad.Value) string { return graph.LocalID(v) }

func (q *Engine) article(ctx context.Context, node quad.Value) (Source, error) {
	if a, ok := q.arts[node]; ok {
		return a, nil
	}
	props, err := q.Store.Props(ctx, node)
	if err != nil {
		return Source{}, err
	}
	a := sourceOf(graph.DecodeArticle(localID(node), props))
	q.arts[node] = a
	return a, nil
}

// sourceOf is the Source of an article, without a sentence.
func sourceOf(a graph.Article) Source {
	return Source{Article: a.ID, Title: a.Title, URL: a.URL, Published: a.Published}
}

func first(vals []quad.Value) string {
	if len(vals) == 0 {
		return ""
	}
	return graph.Text(vals[0])
}

// Event loads one event by ID. The Event returned may be shared with other callers: do not
// change it.
func (q *Engine) Event(ctx context.Context, id string) (*Event, error) {
	evs, err := q.events(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return evs[id], nil
}

// events loads the events with the given ids, decoding each once among the Engines that
// share work: an event another Engine is decoding is waited for, not decoded again. The
// Events may be shared with other callers: change none.
func (q *Engine) events(ctx context.Context, ids []string) (map[string]*Event, error) {
	out := make(map[string]*Event, len(ids))
	var todo []string
	waits := map[string]*flight{}
	claims := map[string]*flight{}
	for _, id := range ids {
		if _, ok := out[id]; ok || waits[id] != nil || claims[id] != nil {
			continue
		}
		if q.shared == nil {
			todo = append(todo, id)
			continue
		}
		if e := q.shared.event(id); e != nil {
			out[id] = e
			continue
		}
		f, lead := q.shared.claim(q.gen, eventFlight(id))
		if lead {
			claims[id] = f
			todo = append(todo, id)
		} else {
			waits[id] = f
		}
	}
	defer func() {
		if p := recover(); p != nil {
			for id, f := range claims { // those waiting for them are not left waiting
				q.shared.land(eventFlight(id), f, nil, fmt.Errorf("decoding event %s failed: %v", id, p))
			}
			panic(p)
		}
	}()
	decoded, err := q.decodeEvents(ctx, todo)
	for _, id := range todo {
		e := decoded[id]
		if e != nil && q.shared != nil {
			q.shared.keepEvent(q.gen, e)
		}
		if f := claims[id]; f != nil {
			q.shared.land(eventFlight(id), f, e, err)
		}
		out[id] = e
	}
	if err != nil {
		return nil, err
	}
	for _, id := range graph.SortedKeys(waits) {
		v, err := waits[id].wait(ctx)
		if e, ok := v.(*Event); ok && err == nil {
			out[id] = e
			continue
		}
		if ctx.Err() != nil || !abandoned(err) {
			return nil, err
		}
		// The Engine that was decoding it gave up (its request ended); decode it here.
		mine, err := q.decodeEvents(ctx, []string{id})
		if err != nil {
			return nil, err
		}
		q.shared.keepEvent(q.gen, mine[id])
		out[id] = mine[id]
	}
	return out, nil
}

func eventFlight(id string) string { return "event\x00" + id }

// decodeEvents reads events from their quads: first every event's properties and those of
// the articles behind them, several nodes at a time (the store's reads are what an answer
// waits for), then each event's entities named as answers name them.
func (q *Engine) decodeEvents(ctx context.Context, ids []string) (map[string]*Event, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	nodes := make([]quad.Value, len(ids))
	for i, id := range ids {
		nodes[i] = graph.EventIRI(id)
	}
	props, err := propsOf(ctx, q.Store, nodes)
	if err != nil {
		return nil, err
	}
	stored := make([]graph.StoredEvent, len(ids))
	var arts []quad.Value
	wanted := map[quad.Value]bool{}
	for i, id := range ids {
		if len(props[i]) == 0 {
			return nil, fmt.Errorf("no event %q; event IDs are in the \"id\" field of relations and timeline", id)
		}
		stored[i] = graph.DecodeEvent(id, props[i])
		for _, a := range stored[i].Sources {
			n := graph.ArticleIRI(a)
			if _, ok := q.arts[n]; !ok && !wanted[n] {
				wanted[n] = true
				arts = append(arts, n)
			}
		}
	}
	aprops, err := propsOf(ctx, q.Store, arts)
	if err != nil {
		return nil, err
	}
	for i, n := range arts {
		q.arts[n] = sourceOf(graph.DecodeArticle(localID(n), aprops[i]))
	}
	out := make(map[string]*Event, len(ids))
	for _, s := range stored {
		e, err := q.fromStored(ctx, s)
		if err != nil {
			return nil, err
		}
		out[s.ID] = e
	}
	return out, nil
}

// fromStored is the Event a stored event is in answers: its entities named as answers name
// them, its articles with their titles.
func (q *Engine) fromStored(ctx context.Context, s graph.StoredEvent) (*Event, error) {
	e := &Event{ID: s.ID, Type: s.Type, Mode: s.Mode, Trigger: s.Trigger, Date: s.Date,
		Negated: s.Negated, Future: s.Future, StatedBy: s.StatedBy,
		Actors: []Ref{}, Targets: []Ref{}, Topics: []Topic{}, Sources: []Source{}}
	for _, l := range []struct {
		ids []string
		dst *[]Ref
	}{{s.Actors, &e.Actors}, {s.Targets, &e.Targets}} {
		for _, id := range l.ids {
			r, err := q.ref(ctx, graph.EntityIRI(id))
			if err != nil {
				return nil, err
			}
			*l.dst = append(*l.dst, r)
		}
	}
	for _, t := range s.Topics {
		if t.Entity == "" {
			e.Topics = append(e.Topics, Topic{Name: t.Text})
			continue
		}
		r, err := q.ref(ctx, graph.EntityIRI(t.Entity))
		if err != nil {
			return nil, err
		}
		e.Topics = append(e.Topics, Topic{ID: r.ID, Name: r.Name})
	}
	for _, a := range s.Sources {
		src, err := q.article(ctx, graph.ArticleIRI(a))
		if err != nil {
			return nil, err
		}
		src.Sentence = s.Evidence
		e.Sources = append(e.Sources, src)
	}
	return e, nil
}

// propsOf returns the properties of each node (Store.Props), read by a few goroutines at
// once.
func propsOf(ctx context.Context, store graph.Store, nodes []quad.Value) ([]map[string][]quad.Value, error) {
	out := make([]map[string][]quad.Value, len(nodes))
	errs := make([]error, len(nodes))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(nodes), max(2, runtime.GOMAXPROCS(0))) {
		wg.Go(func() {
			i := -1
			defer func() { // a store that panics fails this answer, as in the caller's goroutine
				if p := recover(); p != nil && i >= 0 && i < len(nodes) {
					errs[i] = fmt.Errorf("read %s: %v", graph.Text(nodes[i]), p)
				}
			}()
			for i = int(next.Add(1) - 1); i < len(nodes) && ctx.Err() == nil; i = int(next.Add(1) - 1) {
				out[i], errs[i] = store.Props(ctx, nodes[i])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, ctx.Err()
}

// EventsOf returns every event the entity acts in or is the target of, sorted by date,
// including those of the surname-only entities that stand for it.
func (q *Engine) EventsOf(ctx context.Context, entity string) ([]*Event, error) {
	briefs, err := q.briefsOf(ctx, entity)
	if err != nil {
		return nil, err
	}
	return q.full(ctx, briefs)
}

// full returns the events of briefs decoded in full, in the same order.
func (q *Engine) full(ctx context.Context, briefs []*Event) ([]*Event, error) {
	var ids []string
	for _, b := range briefs {
		if len(b.Sources) == 0 { // not decoded in full yet
			ids = append(ids, b.ID)
		}
	}
	decoded, err := q.events(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*Event, len(briefs))
	for i, b := range briefs {
		if e := decoded[b.ID]; e != nil && len(b.Sources) == 0 {
			out[i] = e
		} else {
			out[i] = b
		}
	}
	return out, nil
}

// briefsOf returns the events of EventsOf, sorted by date, from the store's index of events
// by entity where it keeps one: each with its type, mode, date, negation, actors, targets
// and the topics that are entities, but no sources, evidence or literal topics (Sources is
// empty). Filter.Match, SortEvents and neighbors need no more; full decodes the events an
// answer returns. A store without the index gives the events decoded in full. The slice
// and its events may be shared with other callers: change neither.
func (q *Engine) briefsOf(ctx context.Context, entity string) ([]*Event, error) {
	if q.shared != nil {
		if evs, ok := q.shared.briefsOf(entity); ok {
			return evs, nil
		}
	}
	v, err := q.once(ctx, "briefs\x00"+entity, func() (any, error) {
		evs, err := q.listBriefs(ctx, entity)
		if err == nil && q.shared != nil {
			q.shared.keepBriefs(q.gen, entity, evs)
		}
		return evs, err
	})
	evs, _ := v.([]*Event)
	return evs, err
}

// listBriefs is briefsOf, read from the store.
func (q *Engine) listBriefs(ctx context.Context, entity string) ([]*Event, error) {
	ids, err := q.variants(ctx, entity)
	if err != nil {
		return nil, err
	}
	byID := map[string]*Event{}
	var out []*Event
	for _, id := range ids {
		var sums []graph.EventSummary
		kept, err := q.Store.EventSummaries(ctx, id, func(s graph.EventSummary) error {
			sums = append(sums, s)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if !kept {
			evs, err := q.decodedEventsOf(ctx, id, byID)
			if err != nil {
				return nil, err
			}
			out = append(out, evs...)
			continue
		}
		for _, s := range sums {
			e, err := q.brief(ctx, s)
			if err != nil {
				return nil, err
			}
			if have := byID[s.ID]; have != nil {
				// The same event stated by another article: what either says.
				mergeBrief(have, e)
				continue
			}
			byID[s.ID] = e
			out = append(out, e)
		}
	}
	SortEvents(out)
	return out, nil
}

// decodedEventsOf decodes in full the events id acts in or is the target of, found through
// <actor> and <target>, leaving out those already in seen (and adding the others).
func (q *Engine) decodedEventsOf(ctx context.Context, id string, seen map[string]*Event) ([]*Event, error) {
	var out []*Event
	for _, pred := range []string{graph.PredActor, graph.PredTarget} {
		evs, err := q.Store.In(ctx, graph.EntityIRI(id), pred)
		if err != nil {
			return nil, err
		}
		for _, v := range evs {
			eid := localID(v)
			if seen[eid] != nil {
				continue
			}
			e, err := q.Event(ctx, eid)
			if err != nil {
				return nil, err
			}
			seen[eid] = e
			out = append(out, e)
		}
	}
	return out, nil
}

// brief is the Event that an event summary describes, its entities named as answers name
// them.
func (q *Engine) brief(ctx context.Context, s graph.EventSummary) (*Event, error) {
	e := &Event{ID: s.ID, Type: s.Type, Mode: s.Mode, Date: s.Date, Negated: s.Negated, Future: s.Future,
		Actors: []Ref{}, Targets: []Ref{}, Topics: []Topic{}, Sources: []Source{}}
	for _, l := range []struct {
		ids []string
		dst *[]Ref
	}{{s.Actors, &e.Actors}, {s.Targets, &e.Targets}} {
		for _, id := range l.ids {
			r, err := q.ref(ctx, graph.EntityIRI(id))
			if err != nil {
				return nil, err
			}
			*l.dst = append(*l.dst, r)
		}
	}
	for _, id := range s.Topics {
		r, err := q.ref(ctx, graph.EntityIRI(id))
		if err != nil {
			return nil, err
		}
		e.Topics = append(e.Topics, Topic{ID: r.ID, Name: r.Name})
	}
	return e, nil
}

// mergeBrief adds to a what b says of the same event and a does not.
func mergeBrief(a, b *Event) {
	for _, r := range b.Actors {
		if !slices.Contains(a.Actors, r) {
			a.Actors = append(a.Actors, r)
		}
	}
	for _, r := range b.Targets {
		if !slices.Contains(a.Targets, r) {
			a.Targets = append(a.Targets, r)
		}
	}
	for _, t := range b.Topics {
		if !slices.Contains(a.Topics, t) {
			a.Topics = append(a.Topics, t)
		}
	}
	a.Negated, a.Future = a.Negated || b.Negated, a.Future || b.Future
	if a.Type == "" {
		a.Type = b.Type
	}
	if a.Mode == "" {
		a.Mode = b.Mode
	}
	if a.Date == "" {
		a.Date = b.Date
	}
}

// SortEvents orders events by date, undated last; equal dates by type and ID, so answers are
// stable. Dates of different precision compare as strings: "2022" < "2022-03" < "2022-03-01".
func SortEvents(evs []*Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if (a.Date == "") != (b.Date == "") {
			return b.Date == ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.ID < b.ID
	})
}

// Names joins the names of refs with sep.
func Names(refs []Ref, sep string) string {
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = r.Name
	}
	return strings.Join(names, sep)
}

// TopicNames joins the names of topics with sep.
func TopicNames(ts []Topic, sep string) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return strings.Join(names, sep)
}

// Notes says how the event is not a plain fact, for people to read: "negated", "future",
// "stated by a later article"; none for a reported fact.
func (e *Event) Notes() []string {
	var n []string
	if e.Negated {
		n = append(n, "negated")
	}
	if e.Future {
		n = append(n, "future")
	}
	if e.StatedBy != "" {
		n = append(n, "stated by a later article")
	}
	return n
}
