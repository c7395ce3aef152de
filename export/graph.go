package export

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Graph is what the JSON-LD, GraphML and DOT writers read: an index of the graph's nodes, and
// each node's properties on demand. A Model (a graph held in memory, such as a subgraph)
// is one; StoreGraph, which reads a store node by node, is the other, so that exporting a
// whole store holds one node's properties at a time rather than the whole graph.
type Graph interface {
	// Index lists the graph's nodes in export order.
	Index(ctx context.Context) (*Index, error)
	// NodeProps returns node's predicates with their objects, each object once, in store
	// order; an empty or nil map for a node that is the subject of no quad. The caller must
	// not modify it.
	NodeProps(ctx context.Context, node quad.Value) (map[string][]quad.Value, error)
}

// Index is the part of a graph the writers keep in memory while they stream its nodes: the
// nodes' identities only, a few dozen bytes each, never their properties.
type Index struct {
	// Subjects is every node that is the subject of a quad, sorted by graph.Text.
	Subjects []quad.Value
	// Entities are the subjects with an entity <type> (see IsEntityType), sorted.
	Entities []quad.IRI
	// Events are the subjects of <type> <event>, by date (the first <date>, undated last),
	// then IRI.
	Events []quad.IRI
}

// indexBuilder gathers an Index from a graph's quads, in any order.
type indexBuilder struct {
	subjects map[quad.Value]struct{}
	entity   map[quad.IRI]bool
	event    map[quad.IRI]bool
	date     map[quad.IRI]string
}

func newIndexBuilder() *indexBuilder {
	return &indexBuilder{subjects: map[quad.Value]struct{}{}, entity: map[quad.IRI]bool{},
		event: map[quad.IRI]bool{}, date: map[quad.IRI]string{}}
}

// add notes one quad: its subject, and its <type> or first <date>.
func (b *indexBuilder) add(q quad.Quad) {
	b.subjects[q.Subject] = struct{}{}
	iri, ok := q.Subject.(quad.IRI)
	if !ok {
		return
	}
	switch predName(q.Predicate) {
	case graph.PredType:
		t := graph.Text(q.Object)
		if t == graph.TypeEvent {
			b.event[iri] = true
		} else if IsEntityType(t) {
			b.entity[iri] = true
		}
	case graph.PredDate:
		if _, ok := b.date[iri]; !ok {
			b.date[iri] = graph.Text(q.Object)
		}
	}
}

func (b *indexBuilder) index() *Index {
	x := &Index{Subjects: make([]quad.Value, 0, len(b.subjects)),
		Entities: make([]quad.IRI, 0, len(b.entity)), Events: make([]quad.IRI, 0, len(b.event))}
	for s := range b.subjects {
		x.Subjects = append(x.Subjects, s)
	}
	sort.Slice(x.Subjects, func(i, j int) bool { return graph.Text(x.Subjects[i]) < graph.Text(x.Subjects[j]) })
	for e := range b.entity {
		x.Entities = append(x.Entities, e)
	}
	sort.Slice(x.Entities, func(i, j int) bool { return x.Entities[i] < x.Entities[j] })
	for e := range b.event {
		x.Events = append(x.Events, e)
	}
	sort.Slice(x.Events, func(i, j int) bool {
		a, c := x.Events[i], x.Events[j]
		da, dc := b.date[a], b.date[c]
		if (da == "") != (dc == "") {
			return dc == ""
		}
		if da != dc {
			return da < dc
		}
		return a < c
	})
	return x
}

// StoreGraph reads a store node by node for the writers: its Index takes one pass over the
// quads and keeps only node identities, and NodeProps reads one node through the store's
// subject index. Memory then grows with the number of nodes, not with the quads around
// them; nothing of a node's properties is kept after it is written.
type StoreGraph struct{ Store graph.Store }

// Index reads every quad once; the error is the store's, wrapped.
func (g StoreGraph) Index(ctx context.Context) (*Index, error) {
	b := newIndexBuilder()
	if err := g.Store.Quads(ctx, func(q quad.Quad) error { b.add(q); return nil }); err != nil {
		return nil, fmt.Errorf("read the graph: %w", err)
	}
	return b.index(), nil
}

// NodeProps is the store's Props.
func (g StoreGraph) NodeProps(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	p, err := g.Store.Props(ctx, node)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", graph.Text(node), err)
	}
	return p, nil
}

// Index lists the model's nodes.
func (m *Model) Index(ctx context.Context) (*Index, error) {
	b := newIndexBuilder()
	for s, p := range m.props {
		for pred, objs := range p {
			for _, o := range objs {
				b.add(quad.Quad{Subject: s, Predicate: quad.IRI(pred), Object: o})
			}
		}
	}
	return b.index(), nil
}

// NodeProps is Props; it never fails.
func (m *Model) NodeProps(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	return m.props[node], nil
}

// eachLinkedEvent reads the events of x in export order and calls fn with each one that
// links two of nodes, and the pairs it links (eventPairs). It returns how many events link
// no pair, and stops at the first error of ctx, the store or fn.
func eachLinkedEvent[V any](ctx context.Context, g Graph, x *Index, nodes map[string]V, fn func(ev *Event, pairs [][2]string) error) (skipped int, err error) {
	for _, n := range x.Events {
		if err := ctx.Err(); err != nil {
			return skipped, err
		}
		p, err := g.NodeProps(ctx, n)
		if err != nil {
			return skipped, err
		}
		ev := eventFrom(n, p)
		pairs := eventPairs(ev, nodes)
		if len(pairs) == 0 {
			skipped++
			continue
		}
		if err := fn(ev, pairs); err != nil {
			return skipped, err
		}
	}
	return skipped, nil
}
