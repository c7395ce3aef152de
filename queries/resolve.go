package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/relgraph/relgraph/graph"
)

// ErrNoMatch is wrapped by Resolve when no entity matches.
var ErrNoMatch = errors.New("no entity matches")

// AmbiguousError is returned by Resolve when several entities match equally well.
type AmbiguousError struct {
	Query   string
	Matches []EntityInfo
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q matches %d entities; name one by its id:", e.Query, len(e.Matches))
	for _, m := range e.Matches {
		fmt.Fprintf(&b, "\n  %s\t%s (%s)", m.ID, m.Name, m.Type)
	}
	return b.String()
}

// EntityInfo is an entity as listed by `relgraph entities`.
type EntityInfo struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions"` // articles that mention it
}

// EntityTypes are the node types that are entities.
var EntityTypes = []string{graph.TypePerson, graph.TypeCountry, graph.TypeOrganization, graph.TypeLocation}

// Entities lists every entity of the given types (all when none), sorted by name. A
// surname-only person that stands for a full-name one is counted with it, not listed.
func (q *Engine) Entities(ctx context.Context, types ...string) ([]EntityInfo, error) {
	return q.entities(ctx, true, types)
}

// entities lists entities of the given types; merge folds surname-only persons into the
// person they stand for, which costs a lookup per person.
func (q *Engine) entities(ctx context.Context, merge bool, types []string) ([]EntityInfo, error) {
	if len(types) == 0 {
		types = EntityTypes
	}
	var out []EntityInfo
	merged := map[string]int{} // canonical id -> mentions of the surname entities it absorbs
	listed := map[quad.Value]bool{}
	for _, t := range types {
		nodes, err := q.Store.In(ctx, quad.IRI(t), graph.PredType)
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			// Articles may type one name differently (a place here, an organization there):
			// the entity is listed once, with the first type in EntityTypes order.
			if listed[n] {
				continue
			}
			listed[n] = true
			info, err := q.entityInfo(ctx, n, t)
			if err != nil {
				return nil, err
			}
			if merge && t == graph.TypePerson {
				c, err := q.canonical(ctx, info.ID)
				if err != nil {
					return nil, err
				}
				if c != info.ID {
					merged[c] += info.Mentions
					continue
				}
			}
			out = append(out, info)
		}
	}
	for i := range out {
		out[i].Mentions += merged[out[i].ID]
	}
	sort.Slice(out, func(i, j int) bool {
		if !strings.EqualFold(out[i].Name, out[j].Name) {
			return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// entityInfo reads the predicates an EntityInfo shows, each through the store's index for
// node and predicate, rather than every fact of node (its relations to other entities are
// most of them).
func (q *Engine) entityInfo(ctx context.Context, node quad.Value, typ string) (EntityInfo, error) {
	preds := []string{graph.PredName, graph.PredAlias, graph.PredMentionedIn}
	if typ == "" {
		preds = append(preds, graph.PredType)
	}
	props := make(map[string][]quad.Value, len(preds))
	for _, p := range preds {
		vals, err := q.Store.Out(ctx, node, p)
		if err != nil {
			return EntityInfo{}, err
		}
		props[p] = vals
	}
	info := EntityInfo{ID: localID(node), Name: first(props[graph.PredName]), Type: typ,
		Mentions: len(props[graph.PredMentionedIn])}
	if info.Name == "" {
		info.Name = info.ID
	}
	if typ == "" {
		info.Type = localID(quad.IRI("/" + first(props[graph.PredType])))
	}
	for _, a := range props[graph.PredAlias] {
		if s := graph.Text(a); s != info.Name {
			info.Aliases = append(info.Aliases, s)
		}
	}
	sort.Strings(info.Aliases)
	q.names[node] = info.Name
	return info, nil
}

// Resolve finds the one entity an argument names: its id, its name or one of its aliases,
// case-insensitively. An id or name match wins over an alias match. No match wraps
// ErrNoMatch; several equally good ones are an *AmbiguousError.
func (q *Engine) Resolve(ctx context.Context, arg string) (EntityInfo, error) {
	arg = strings.TrimSpace(arg)
	want := strings.ToLower(strings.TrimPrefix(arg, graph.EntityPrefix))
	slug := graph.Slug(want)
	// Fast path: the argument is an id.
	for _, id := range []string{want, slug} {
		if id == "" {
			continue
		}
		types, err := q.Store.Out(ctx, graph.EntityIRI(id), graph.PredType)
		if err != nil {
			return EntityInfo{}, err
		}
		if len(types) > 0 {
			return q.canonicalInfo(ctx, id)
		}
	}
	all, err := q.namedLike(ctx, arg)
	if err != nil {
		return EntityInfo{}, err
	}
	var byName, byAlias []EntityInfo
	for _, e := range all {
		if strings.EqualFold(e.Name, arg) {
			byName = append(byName, e)
			continue
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, arg) {
				byAlias = append(byAlias, e)
				break
			}
		}
	}
	for _, m := range [][]EntityInfo{byName, byAlias} {
		// Surname-only entities answer as the person they stand for (canonical.go).
		var distinct []EntityInfo
		seen := map[string]bool{}
		for _, e := range m {
			c, err := q.canonicalInfo(ctx, e.ID)
			if err != nil {
				return EntityInfo{}, err
			}
			if !seen[c.ID] {
				seen[c.ID] = true
				distinct = append(distinct, c)
			}
		}
		switch len(distinct) {
		case 0:
			continue
		case 1:
			return distinct[0], nil
		}
		return EntityInfo{}, &AmbiguousError{Query: arg, Matches: distinct}
	}
	return EntityInfo{}, fmt.Errorf("%w %q; see relgraph entities", ErrNoMatch, arg)
}

// namedLike returns the entities that may have arg as name or alias: from the store's name
// index when it keeps one (those whose name or alias has arg's Slug, which every
// case-insensitive match has), else every entity. Resolve then compares exactly, so the
// index changes what is read, not what matches.
func (q *Engine) namedLike(ctx context.Context, arg string) ([]EntityInfo, error) {
	nodes, ok, err := q.Store.NamedEntities(ctx, graph.Slug(arg))
	if err != nil {
		return nil, err
	}
	if !ok {
		// Matches are canonicalized by the caller; the scan need not merge every person.
		return q.entities(ctx, false, nil)
	}
	out := make([]EntityInfo, 0, len(nodes))
	for _, n := range nodes {
		types, err := q.Store.Out(ctx, n, graph.PredType)
		if err != nil {
			return nil, err
		}
		// As entities lists it: under the first of EntityTypes it has, if any.
		for _, t := range EntityTypes {
			if hasValue(types, t) {
				info, err := q.entityInfo(ctx, n, t)
				if err != nil {
					return nil, err
				}
				out = append(out, info)
				break
			}
		}
	}
	return out, nil
}

// canonicalInfo describes the entity answers use for id (see canonical).
func (q *Engine) canonicalInfo(ctx context.Context, id string) (EntityInfo, error) {
	c, err := q.canonical(ctx, id)
	if err != nil {
		return EntityInfo{}, err
	}
	return q.entityInfo(ctx, graph.EntityIRI(c), "")
}
