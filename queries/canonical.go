package queries

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Articles that name a person by surname alone ("President Putin met Erdogan") give that
// person an entity of its own (putin), because one article cannot know which Putin it is.
// Across the graph it often can: when exactly one person with a full name has that surname
// among its aliases, the surname entity is the same person. The Engine merges them at query
// time, so answers do not depend on the order articles were ingested in, and the stored
// graph keeps what each article said.

// canonical returns the entity id answers should use for id: the one full-name person a
// surname-only person entity is an alias of, else id itself.
func (q *Engine) canonical(ctx context.Context, id string) (string, error) {
	if c, ok := q.canon[id]; ok {
		return c, nil
	}
	q.canon[id] = id
	node := graph.EntityIRI(id)
	types, err := q.Store.Out(ctx, node, graph.PredType)
	if err != nil || !hasValue(types, graph.TypePerson) {
		return id, err
	}
	names, err := q.Store.Out(ctx, node, graph.PredName)
	if err != nil {
		return "", err
	}
	name := first(names)
	if name == "" || strings.ContainsAny(name, " -") {
		return id, nil
	}
	owners, err := q.Store.In(ctx, quad.String(name), graph.PredAlias)
	if err != nil {
		return "", err
	}
	var full []string
	for _, o := range owners {
		oid := localID(o)
		if oid == id {
			continue
		}
		types, err := q.Store.Out(ctx, o, graph.PredType)
		if err != nil {
			return "", err
		}
		if hasValue(types, graph.TypePerson) {
			full = append(full, oid)
		}
	}
	if len(full) == 1 {
		q.canon[id] = full[0]
	}
	return q.canon[id], nil
}

// variants returns id and the surname-only entities that canonical maps to it.
func (q *Engine) variants(ctx context.Context, id string) ([]string, error) {
	out := []string{id}
	aliases, err := q.Store.Out(ctx, graph.EntityIRI(id), graph.PredAlias)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{id: true}
	for _, a := range aliases {
		s := graph.Slug(graph.Text(a))
		if seen[s] || strings.Contains(s, "-") {
			continue
		}
		seen[s] = true
		if c, err := q.canonical(ctx, s); err != nil {
			return nil, err
		} else if c == id {
			out = append(out, s)
		}
	}
	return out, nil
}

func hasValue(vals []quad.Value, s string) bool {
	for _, v := range vals {
		if graph.Text(v) == s {
			return true
		}
	}
	return false
}
