package queries

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
	// Joined lists the entities that answer as this one (a surname said alone, another
	// spelling, a user's merge) and why; Entities fills it.
	Joined []Join `json:"joined,omitempty"`
}

// EntityTypes are the node types that are entities.
var EntityTypes = []string{graph.TypePerson, graph.TypeCountry, graph.TypeOrganization, graph.TypeLocation}

// Entities lists every entity of the given types (all when none), sorted by name. An
// entity that answers as another (a surname-only person, another spelling, a user's merge:
// see canonical) is counted with it and named in its Joined, not listed. An entity typed
// differently by different articles is listed under the type most of them give.
//
// The slice may be shared with other callers (see Shared): sort or change a copy.
func (q *Engine) Entities(ctx context.Context, types ...string) ([]EntityInfo, error) {
	key := strings.Join(types, ",")
	if q.shared != nil {
		if ents, ok := q.shared.entityList(key); ok {
			return ents, nil
		}
	}
	ents, err := q.entities(ctx, true, types)
	if err == nil && q.shared != nil {
		q.shared.keepEntityList(q.gen, key, ents)
	}
	return ents, err
}

// entities lists entities of the given types; merge folds surname-only persons into the
// person they stand for, which costs a lookup per person.
func (q *Engine) entities(ctx context.Context, merge bool, types []string) ([]EntityInfo, error) {
	if len(types) == 0 {
		types = EntityTypes
	}
	var out []EntityInfo
	merged := map[string]int{} // canonical id -> mentions of the entities it absorbs
	joined := map[string][]Join{}
	add := func(f *graph.EntityFacts) error {
		// Articles may type one name differently (a place here, an organization there):
		// the entity is listed once, under the type most articles give it.
		t := mainType(f)
		if !slices.Contains(types, t) {
			return nil
		}
		info, err := q.entityInfo(ctx, graph.EntityIRI(f.ID), t)
		if err != nil {
			return err
		}
		if merge {
			c, err := q.canonical(ctx, info.ID)
			if err != nil {
				return err
			}
			if c != info.ID {
				merged[c] += info.Mentions
				why, err := q.joinReason(ctx, info.ID)
				if err != nil {
					return err
				}
				joined[c] = append(joined[c], Join{ID: info.ID, Name: info.Name, Reason: why})
				return nil
			}
		}
		out = append(out, info)
		return nil
	}
	var all []*graph.EntityFacts
	if err := q.eachEntity(ctx, func(f *graph.EntityFacts) error { all = append(all, f); return nil }); err != nil {
		return nil, err
	}
	if merge && q.joined == nil {
		// Every person is read here anyway: join them all at once.
		idx := newJoinIndex()
		if err := q.joinEntities(ctx, idx, all); err != nil {
			return nil, err
		}
		q.joined = idx
	}
	for _, f := range all {
		if err := add(f); err != nil {
			return nil, err
		}
	}
	for i := range out {
		out[i].Mentions += merged[out[i].ID]
		out[i].Joined = joined[out[i].ID]
	}
	sort.Slice(out, func(i, j int) bool {
		if !strings.EqualFold(out[i].Name, out[j].Name) {
			return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// entityInfo describes an entity from its kept facts (graph.EntityFacts), under type typ,
// or under the type most articles give it when typ is "".
func (q *Engine) entityInfo(ctx context.Context, node quad.Value, typ string) (EntityInfo, error) {
	f, err := q.facts(ctx, localID(node))
	if err != nil {
		return EntityInfo{}, err
	}
	corr, err := q.loadCorrections(ctx)
	if err != nil {
		return EntityInfo{}, err
	}
	info := EntityInfo{ID: f.ID, Name: f.Name(), Type: typ, Mentions: f.Mentions}
	stored := info.Name
	if n, ok := corr.name[info.ID]; ok {
		info.Name = n // renamed by the user; the stored name stays an alias
		info.Aliases = append(info.Aliases, stored)
	}
	if info.Name == "" {
		info.Name = info.ID
	}
	if typ == "" {
		info.Type = mainType(f)
	}
	for _, a := range f.Aliases {
		if s := a.Value; s != info.Name && s != stored && !corr.notAlias[info.ID][strings.ToLower(s)] {
			info.Aliases = append(info.Aliases, s)
		}
	}
	sort.Strings(info.Aliases)
	q.names[node] = info.Name
	return info, nil
}

// facts returns the kept facts of entity id (graph.Store.EntityFacts), read once per
// Engine.
func (q *Engine) facts(ctx context.Context, id string) (*graph.EntityFacts, error) {
	if f, ok := q.entFacts[id]; ok {
		return f, nil
	}
	if q.shared != nil {
		if f := q.shared.entityFacts(id); f != nil {
			q.entFacts[id] = f
			return f, nil
		}
	}
	f, err := q.Store.EntityFacts(ctx, id)
	if err != nil {
		return nil, err
	}
	q.entFacts[id] = &f
	if q.shared != nil {
		q.shared.keepFacts(q.gen, &f)
	}
	return &f, nil
}

// eachEntity calls fn with the facts of every entity of the entity types: from the store's
// kept records where it keeps them, else found by their <type>.
func (q *Engine) eachEntity(ctx context.Context, fn func(*graph.EntityFacts) error) error {
	kept, err := q.Store.EachEntity(ctx, func(f graph.EntityFacts) error {
		if _, ok := q.entFacts[f.ID]; !ok {
			q.entFacts[f.ID] = &f
		}
		if !slices.ContainsFunc(EntityTypes, f.HasType) {
			return nil
		}
		return fn(q.entFacts[f.ID])
	})
	if err != nil || kept {
		return err
	}
	listed := map[quad.Value]bool{}
	for _, t := range EntityTypes {
		nodes, err := q.Store.In(ctx, quad.IRI(t), graph.PredType)
		if err != nil {
			return err
		}
		for _, n := range nodes {
			if listed[n] {
				continue
			}
			listed[n] = true
			f, err := q.facts(ctx, localID(n))
			if err != nil {
				return err
			}
			if err := fn(f); err != nil {
				return err
			}
		}
	}
	return nil
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
		f, err := q.facts(ctx, id)
		if err != nil {
			return EntityInfo{}, err
		}
		if len(f.Types) == 0 {
			continue
		}
		if id != arg && loneWord(arg) && strings.EqualFold(f.Name(), arg) {
			break // "Hu", written as a name: a lone one, which the names below weigh against others' aliases
		}
		return q.canonicalInfo(ctx, id)
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
	if len(byName) == 1 && loneWord(byName[0].Name) && len(byAlias) > 0 {
		// "Hu" named alone in one article, beside "Hu Jintao" in fourteen: a lone word
		// the join could not tie to one person (another Hu is named too) answers as the
		// one the graph names by it in far more articles than any other.
		if e, ok := prominent(append(byAlias, byName[0])); ok && e.ID != byName[0].ID {
			return q.canonicalInfo(ctx, e.ID)
		}
	}
	for _, m := range [][]EntityInfo{byName, byAlias} {
		if e, err := q.oneOf(ctx, arg, m); !errors.Is(err, ErrNoMatch) {
			return e, err
		}
	}
	// No name or alias is arg: a surname, a title and name, or a country adjective before
	// a name. Where the store keeps name and surname indexes, each rule reads only the
	// entities that have the name it needs; elsewhere they read every entity once. An
	// exact name never gets here.
	if slug == "" {
		return EntityInfo{}, fmt.Errorf("%w %q; see relgraph entities", ErrNoMatch, arg)
	}
	named := func(name string) ([]EntityInfo, error) { return q.namedLike(ctx, name) }
	surnamed := func(name string) ([]EntityInfo, error) { return q.surnamedLike(ctx, name) }
	if _, indexed, err := q.Store.EntitiesByKey(ctx, graph.BySurname, slug); err != nil {
		return EntityInfo{}, err
	} else if !indexed {
		if all, err = q.entities(ctx, false, nil); err != nil {
			return EntityInfo{}, err
		}
		named = func(string) ([]EntityInfo, error) { return all, nil }
		surnamed = named
	}
	if e, err := q.bySurname(ctx, surnamed, arg); err == nil || !errors.Is(err, ErrNoMatch) {
		return e, err
	}
	if e, err := q.byTitledName(ctx, named, arg); err == nil || !errors.Is(err, ErrNoMatch) {
		return e, err
	}
	if rest, ok, err := countryPrefix(named, arg); err != nil {
		return EntityInfo{}, err
	} else if ok {
		// "Palestinian Islamic Jihad": the organization the graph knows as "Islamic Jihad".
		if e, err := q.Resolve(ctx, rest); err == nil && e.Type != graph.TypeCountry {
			return e, nil
		}
	}
	return EntityInfo{}, fmt.Errorf("%w %q; see relgraph entities", ErrNoMatch, arg)
}

// loneWord reports a name of one word: "Hu", not "Hu Jintao" or "Jean-Pierre".
func loneWord(name string) bool {
	return !strings.ContainsAny(strings.TrimSpace(name), " -")
}

// prominent returns the entity of es mentioned in the most articles, when that is at
// least two and at least twice as many as any other of es.
func prominent(es []EntityInfo) (EntityInfo, bool) {
	best := -1
	for i, e := range es {
		if best < 0 || e.Mentions > es[best].Mentions {
			best = i
		}
	}
	if best < 0 || es[best].Mentions < 2 {
		return EntityInfo{}, false
	}
	for i, e := range es {
		if i != best && e.ID != es[best].ID && 2*e.Mentions > es[best].Mentions {
			return EntityInfo{}, false
		}
	}
	return es[best], true
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
	return q.infos(ctx, nodes)
}

// surnamedLike returns the entities with a name or alias of two words or more whose
// Surname is arg's, from the store's surname index (Resolve asks only where it keeps one).
func (q *Engine) surnamedLike(ctx context.Context, arg string) ([]EntityInfo, error) {
	nodes, _, err := q.Store.EntitiesByKey(ctx, graph.BySurname, graph.Slug(arg))
	if err != nil {
		return nil, err
	}
	return q.infos(ctx, nodes)
}

// infos describes entity nodes as entities lists them: under the type most articles give
// them, leaving out those without a type.
func (q *Engine) infos(ctx context.Context, nodes []quad.Value) ([]EntityInfo, error) {
	out := make([]EntityInfo, 0, len(nodes))
	for _, n := range nodes {
		f, err := q.facts(ctx, localID(n))
		if err != nil {
			return nil, err
		}
		t := mainType(f)
		if t == "" {
			continue
		}
		info, err := q.entityInfo(ctx, n, t)
		if err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	return out, nil
}

// bySurname finds the one person whose full name (or a full-name alias) ends in arg, even
// when no article named the person by surname alone: "Biden" after "U.S. President Joe
// Biden"; or, for a name written family name first, opens with it: "Xi" for "Xi Jinping". An "al-" particle is ignored ("Bashir" for "Omar al-Bashir"). Several people
// are an *AmbiguousError; none wraps ErrNoMatch.
//
// candidates returns the entities that may have a name ending in arg.
func (q *Engine) bySurname(ctx context.Context, candidates func(string) ([]EntityInfo, error), arg string) (EntityInfo, error) {
	if strings.ContainsAny(arg, " ") {
		return EntityInfo{}, ErrNoMatch
	}
	all, err := candidates(arg)
	if err != nil {
		return EntityInfo{}, err
	}
	var matches []EntityInfo
	for _, e := range all {
		if e.Type != graph.TypePerson {
			continue
		}
		match := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := strings.Fields(n)
			match = match || len(f) >= 2 && strings.EqualFold(graph.StripParticle(strings.ToLower(f[len(f)-1])), arg) ||
				graph.FamilyFirst(n) != "" && strings.EqualFold(f[0], arg) // "Xi" for "Xi Jinping"
		}
		if !match {
			continue
		}
		matches = append(matches, e)
	}
	return q.oneOf(ctx, arg, matches)
}

// mainType returns the type most articles give an entity: among the entity types, the one
// the most articles state, ties to the first in EntityTypes order; else its first type.
func mainType(f *graph.EntityFacts) string {
	if len(f.Types) == 1 {
		return f.Types[0].Value
	}
	best, bestN := "", -1
	for _, t := range EntityTypes {
		for _, c := range f.Types {
			if c.Value == t && c.Articles > bestN {
				best, bestN = t, c.Articles
			}
		}
	}
	if best == "" && len(f.Types) > 0 {
		best = f.Types[0].Value
	}
	return best
}

// canonicalInfo describes the entity answers use for id (see canonical).
func (q *Engine) canonicalInfo(ctx context.Context, id string) (EntityInfo, error) {
	c, err := q.canonical(ctx, id)
	if err != nil {
		return EntityInfo{}, err
	}
	return q.entityInfo(ctx, graph.EntityIRI(c), "")
}

// byTitledName finds a person asked for with a title before the name the graph keeps:
// "King Hussein" is the Hussein whose role is King, "Pope Benedict" the Benedict who is Pope.
// Several are an *AmbiguousError; none wraps ErrNoMatch.
//
// candidates returns the entities that may have a given name or alias.
func (q *Engine) byTitledName(ctx context.Context, candidates func(string) ([]EntityInfo, error), arg string) (EntityInfo, error) {
	title, rest, ok := strings.Cut(arg, " ")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" {
		return EntityInfo{}, ErrNoMatch
	}
	all, err := candidates(rest)
	if err != nil {
		return EntityInfo{}, err
	}
	var matches []EntityInfo
	for _, e := range all {
		if e.Type != graph.TypePerson || !strings.EqualFold(e.Name, rest) && !containsFold(e.Aliases, rest) {
			continue
		}
		f, err := q.facts(ctx, e.ID)
		if err != nil {
			return EntityInfo{}, err
		}
		held := false
		for _, r := range f.Roles {
			held = held || strings.EqualFold(lastField(r.Value), title)
		}
		if !held {
			continue
		}
		matches = append(matches, e)
	}
	return q.oneOf(ctx, arg, matches)
}

// countryPrefix returns arg without its first word when that word names a country in the
// graph ("Palestinian", "Russian"), and whether it did. candidates returns the entities
// that may have a given name or alias.
func countryPrefix(candidates func(string) ([]EntityInfo, error), arg string) (string, bool, error) {
	w, rest, ok := strings.Cut(arg, " ")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" {
		return "", false, nil
	}
	all, err := candidates(w)
	if err != nil {
		return "", false, err
	}
	for _, e := range all {
		if e.Type == graph.TypeCountry && (strings.EqualFold(e.Name, w) || containsFold(e.Aliases, w)) {
			return rest, true, nil
		}
	}
	return "", false, nil
}

// oneOf returns the one entity that matches answer as (surname-only entities answer as the
// person they stand for, canonical.go): ErrNoMatch for none, an *AmbiguousError for
// several.
func (q *Engine) oneOf(ctx context.Context, arg string, matches []EntityInfo) (EntityInfo, error) {
	var distinct []EntityInfo
	seen := map[string]bool{}
	for _, e := range matches {
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
		return EntityInfo{}, ErrNoMatch
	case 1:
		return distinct[0], nil
	}
	return EntityInfo{}, &AmbiguousError{Query: arg, Matches: distinct}
}
