package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Model is a graph held in memory for export: its quads, and each node's properties.
type Model struct {
	// Quads are the graph's quads, sorted (see SortQuads), each once.
	Quads []quad.Quad
	props map[quad.Value]map[string][]quad.Value
}

// Entity is a person, country, organization or place as the writers see it.
type Entity struct {
	ID      string
	Name    string
	Type    string
	Aliases []string
	Roles   []string
}

// Event is one reported interaction as the writers see it: an event as the store holds
// it, read by the same decoder as the answers of package queries (graph.DecodeEvent);
// Sources are article IDs.
type Event = graph.StoredEvent

// Article is a source article's metadata (graph.DecodeArticle).
type Article = graph.Article

// Load reads every quad of the store into a Model.
func Load(ctx context.Context, store graph.Store) (*Model, error) {
	var qs []quad.Quad
	err := store.Quads(ctx, func(q quad.Quad) error {
		qs = append(qs, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the graph: %w", err)
	}
	return NewModel(qs), nil
}

// NewModel indexes quads. Duplicates are dropped; qs is not modified.
func NewModel(qs []quad.Quad) *Model {
	m := &Model{props: map[quad.Value]map[string][]quad.Value{}}
	seen := make(map[string]bool, len(qs))
	for _, q := range qs {
		k := q.NQuad()
		if seen[k] {
			continue
		}
		seen[k] = true
		m.Quads = append(m.Quads, q)
		p := m.props[q.Subject]
		if p == nil {
			p = map[string][]quad.Value{}
			m.props[q.Subject] = p
		}
		pred := predName(q.Predicate)
		if !containsValue(p[pred], q.Object) {
			p[pred] = append(p[pred], q.Object)
		}
	}
	SortQuads(m.Quads)
	return m
}

// SortQuads orders quads by their N-Quads form, so exports are stable.
func SortQuads(qs []quad.Quad) {
	type keyed struct {
		key string
		q   quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{q.NQuad(), q}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	for i := range ks {
		qs[i] = ks[i].q
	}
}

func predName(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return graph.Text(v)
}

func containsValue(vs []quad.Value, v quad.Value) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// Props returns a node's predicates and objects; the map must not be modified.
func (m *Model) Props(node quad.Value) map[string][]quad.Value { return m.props[node] }

// nodesOfType returns the local IDs of the nodes with <type> typ (or, for typ "", of every
// entity type), sorted.
func (m *Model) nodesOfType(match func(string) bool) []quad.IRI {
	var out []quad.IRI
	for n, p := range m.props {
		iri, ok := n.(quad.IRI)
		if !ok {
			continue
		}
		for _, t := range p[graph.PredType] {
			if match(graph.Text(t)) {
				out = append(out, iri)
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// IsEntityType reports whether a <type> names an entity (not an event or article).
func IsEntityType(t string) bool { return t != graph.TypeEvent && t != graph.TypeArticle && t != "" }

// Entities returns the graph's entities sorted by ID.
func (m *Model) Entities() []*Entity {
	var out []*Entity
	for _, n := range m.nodesOfType(IsEntityType) {
		out = append(out, m.entity(n))
	}
	return out
}

func (m *Model) entity(n quad.IRI) *Entity { return entityFrom(n, m.props[n]) }

// entityFrom decodes an entity from its properties.
func entityFrom(n quad.IRI, p map[string][]quad.Value) *Entity {
	e := &Entity{ID: LocalID(n), Name: first(p[graph.PredName]), Aliases: texts(p[graph.PredAlias]),
		Roles: texts(p[graph.PredRole])}
	for _, t := range p[graph.PredType] {
		if IsEntityType(graph.Text(t)) {
			e.Type = graph.Text(t)
			break
		}
	}
	if e.Name == "" {
		e.Name = e.ID
	}
	return e
}

// Entity returns one entity by ID, or nil.
func (m *Model) Entity(id string) *Entity {
	n := graph.EntityIRI(id)
	if m.props[n] == nil {
		return nil
	}
	return m.entity(n)
}

// Events returns the graph's events sorted by date (undated last), then ID.
func (m *Model) Events() []*Event {
	var out []*Event
	for _, n := range m.nodesOfType(func(t string) bool { return t == graph.TypeEvent }) {
		e := eventFrom(n, m.props[n])
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Date == "") != (b.Date == "") {
			return b.Date == ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
	return out
}

// eventFrom decodes an event from its properties.
func eventFrom(n quad.IRI, p map[string][]quad.Value) *Event {
	e := graph.DecodeEvent(LocalID(n), p)
	return &e
}

// Article returns an article's metadata; an article not in the model has only its ID.
func (m *Model) Article(id string) Article { return articleFrom(id, m.props[graph.ArticleIRI(id)]) }

// articleFrom decodes an article's metadata from its properties.
func articleFrom(id string, p map[string][]quad.Value) Article { return graph.DecodeArticle(id, p) }

// Name returns an entity's name, or its ID when it has none.
func (m *Model) Name(entityID string) string {
	if n := first(m.props[graph.EntityIRI(entityID)][graph.PredName]); n != "" {
		return n
	}
	return entityID
}

// Subgraph returns the part of the graph within hops event-hops of the entity: the events the
// entity acts in or is the target of (hop 1), the entities that act in or are the targets of
// those events, their events (hop 2), and so on; with the articles behind those events and
// the entities they are about. A topic is kept but is no hop: otherwise one event about
// "the United States" would pull in everything the United States did, and a two-hop
// picture around a leader would become the whole graph.
// It keeps the quads whose subject and node objects are all in that part and whose label is
// one of its articles. An entity not in the graph is an error.
func (m *Model) Subgraph(entity string, hops int) (*Model, error) {
	start := graph.EntityIRI(entity)
	if m.props[start] == nil {
		return nil, fmt.Errorf("no entity %q in the graph", entity)
	}
	if hops < 1 {
		return nil, fmt.Errorf("hops %d: want 1 or more", hops)
	}
	// Index: entity -> events it acts in or is the target of.
	involved := map[quad.Value][]quad.Value{}
	for _, q := range m.Quads {
		switch predName(q.Predicate) {
		case graph.PredActor, graph.PredTarget:
			if _, ok := q.Object.(quad.IRI); ok && strings.HasPrefix(graph.Text(q.Subject), graph.EventPrefix) {
				involved[q.Object] = append(involved[q.Object], q.Subject)
			}
		}
	}
	keep := map[quad.Value]bool{start: true}
	reached := map[quad.Value]bool{start: true} // entities a hop has reached
	articles := map[quad.Value]bool{}
	frontier := []quad.Value{start}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []quad.Value
		for _, ent := range frontier {
			for _, ev := range involved[ent] {
				if keep[ev] {
					continue
				}
				keep[ev] = true
				p := m.props[ev]
				for _, a := range p[graph.PredSource] {
					keep[a] = true
					articles[a] = true
				}
				for _, o := range p[graph.PredTopic] {
					if _, ok := o.(quad.IRI); ok {
						keep[o] = true
					}
				}
				for _, pred := range []string{graph.PredActor, graph.PredTarget} {
					for _, o := range p[pred] {
						if _, ok := o.(quad.IRI); ok && !reached[o] {
							keep[o], reached[o] = true, true
							next = append(next, o)
						}
					}
				}
			}
		}
		frontier = next
	}
	var qs []quad.Quad
	for _, q := range m.Quads {
		if !keep[q.Subject] || (q.Label != nil && !articles[q.Label]) {
			continue
		}
		if _, ok := q.Object.(quad.IRI); ok && predName(q.Predicate) != graph.PredType && !keep[q.Object] {
			continue
		}
		qs = append(qs, q)
	}
	return NewModel(qs), nil
}

// LocalID strips the model prefix from a node: <entity/iran> -> iran.
func LocalID(v quad.Value) string { return graph.LocalID(v) }

func first(vs []quad.Value) string {
	if len(vs) == 0 {
		return ""
	}
	return graph.Text(vs[0])
}

func texts(vs []quad.Value) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, graph.Text(v))
	}
	return out
}
