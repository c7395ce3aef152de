package queries

import (
	"context"
	"slices"
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

// canonical returns the entity id answers should use for id: the entity a user merged it
// into (corrections.go), else the person its name is another spelling of (identity.go),
// else the one full-name person a surname-only person entity is an alias of, else id
// itself. An alias the user split off its entity links nothing to it.
func (q *Engine) canonical(ctx context.Context, id string) (string, error) {
	if c, ok := q.canon[id]; ok {
		return c, nil
	}
	q.canon[id] = id // also ends any cycle
	c, err := q.canonicalStep(ctx, id)
	if err != nil || c == id {
		return id, err
	}
	if c, err = q.canonical(ctx, c); err != nil {
		return "", err
	}
	q.canon[id] = c
	return c, nil
}

// canonicalStep is one step of canonical: the entity id answers as directly, or id.
func (q *Engine) canonicalStep(ctx context.Context, id string) (string, error) {
	corr, err := q.loadCorrections(ctx)
	if err != nil {
		return "", err
	}
	if into, ok := corr.sameAs[id]; ok {
		return into, nil
	}
	f, err := q.facts(ctx, id)
	if err != nil || !f.HasType(graph.TypePerson) {
		return id, err
	}
	name := f.Name()
	if name == "" {
		return id, nil
	}
	if strings.ContainsAny(name, " -") {
		idx, err := q.joinsFor(ctx, graph.SpellingKey(name))
		if err != nil {
			return "", err
		}
		if rep, ok := idx.canon[id]; ok && !corr.notAlias[rep][strings.ToLower(name)] {
			return rep, nil
		}
		return id, nil
	}
	c, err := q.surnameOwner(ctx, id, name, corr)
	if err != nil || c != id {
		return c, err
	}
	return q.nameEndOwner(ctx, id, name, corr)
}

// nameEndOwner returns the one full-name person whose name starts or ends with name (a
// one-word person's name: "Saddam", "Jiang"), when no article carried it as an alias; else
// id. Persons that answer as one count once.
func (q *Engine) nameEndOwner(ctx context.Context, id, name string, corr *corrections) (string, error) {
	idx, err := q.joinsFor(ctx, "", strings.ToLower(name))
	if err != nil {
		return "", err
	}
	owner := ""
	for _, o := range idx.ends[strings.ToLower(name)] {
		if o == id || corr.notAlias[o][strings.ToLower(name)] {
			continue
		}
		if conflict, err := q.rolesConflict(ctx, id, o); err != nil {
			return "", err
		} else if conflict {
			continue // King Hussein is not President Saddam Hussein
		}
		c, err := q.canonical(ctx, o)
		if err != nil {
			return "", err
		}
		if owner != "" && owner != c {
			return id, nil // two people: "Liu" alone names neither
		}
		owner = c
	}
	if owner == "" {
		return id, nil
	}
	return owner, nil
}

// surnameOwner returns the one full-name person that carries name (a surname-only
// person's name) among its aliases, else id.
func (q *Engine) surnameOwner(ctx context.Context, id, name string, corr *corrections) (string, error) {
	owners, err := q.aliasOwners(ctx, name)
	if err != nil {
		return "", err
	}
	var full []string
	for _, o := range owners {
		oid := localID(o)
		if oid == id || corr.notAlias[oid][strings.ToLower(name)] {
			continue
		}
		f, err := q.facts(ctx, oid)
		if err != nil {
			return "", err
		}
		if f.HasType(graph.TypePerson) {
			if conflict, err := q.rolesConflict(ctx, id, oid); err != nil {
				return "", err
			} else if !conflict {
				full = append(full, oid)
			}
		}
	}
	if len(full) == 1 {
		return full[0], nil
	}
	if base := q.baseName(ctx, full); base != "" {
		return base, nil
	}
	return id, nil
}

// baseName returns, among full-name persons ids that all carry one surname, the one whose
// every word is a word, or a hyphened part of one, of each other's name ("Laurent Kabila"
// for "Laurent-Desire Kabila" too): the name the others lengthen, so the surname alone
// names it. With two people ("Laura Bush", "George W. Bush") it returns "".
func (q *Engine) baseName(ctx context.Context, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		f, err := q.facts(ctx, id)
		if err != nil || f.Name() == "" {
			return ""
		}
		names[i] = f.Name()
	}
	parts := func(name string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			out[w] = true
			for _, p := range strings.Split(w, "-") {
				out[p] = true
			}
		}
		return out
	}
	for i, n := range names {
		base := true
		for j, other := range names {
			if j == i {
				continue
			}
			ps := parts(other)
			for _, w := range strings.Fields(strings.ToLower(n)) {
				base = base && ps[w]
			}
		}
		if base {
			return ids[i]
		}
	}
	return ""
}

// aliasOwners returns the entities with alias among their aliases: those of the store's
// name index for its Slug that have it exactly, else those found by the alias's quads.
func (q *Engine) aliasOwners(ctx context.Context, alias string) ([]quad.Value, error) {
	nodes, ok, err := q.Store.NamedEntities(ctx, graph.Slug(alias))
	if err != nil || !ok {
		if err == nil {
			nodes, err = q.Store.In(ctx, quad.String(alias), graph.PredAlias)
		}
		return nodes, err
	}
	var out []quad.Value
	for _, n := range nodes {
		f, err := q.facts(ctx, localID(n))
		if err != nil {
			return nil, err
		}
		if slices.Contains(graph.Values(f.Aliases), alias) {
			out = append(out, n)
		}
	}
	return out, nil
}

// variants returns id and the entities that canonical maps to it: surname-only persons,
// other spellings, entities a user merged into it, and theirs in turn.
func (q *Engine) variants(ctx context.Context, id string) ([]string, error) {
	corr, err := q.loadCorrections(ctx)
	if err != nil {
		return nil, err
	}
	out := []string{id}
	seen := map[string]bool{id: true}
	for i := 0; i < len(out); i++ {
		var cands []string
		f, err := q.facts(ctx, out[i])
		if err != nil {
			return nil, err
		}
		for _, a := range f.Aliases {
			if s := graph.Slug(a.Value); !strings.Contains(s, "-") {
				cands = append(cands, s)
			}
		}
		idx, err := q.joinsOf(ctx, out[i])
		if err != nil {
			return nil, err
		}
		for _, j := range idx.members[out[i]] {
			cands = append(cands, j.ID)
		}
		for _, from := range graph.SortedKeys(corr.sameAs) {
			if corr.sameAs[from] == out[i] {
				cands = append(cands, from)
			}
		}
		for _, s := range cands {
			if seen[s] {
				continue
			}
			seen[s] = true
			if c, err := q.canonical(ctx, s); err != nil {
				return nil, err
			} else if c == id {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// joinReason says why entity from answers as another: "merged by the user (correction
// 000001)", a transliteration join's evidence, or "named by surname alone".
func (q *Engine) joinReason(ctx context.Context, from string) (string, error) {
	corr, err := q.loadCorrections(ctx)
	if err != nil {
		return "", err
	}
	if _, ok := corr.sameAs[from]; ok {
		for i := len(corr.list) - 1; i >= 0; i-- {
			if k := corr.list[i]; k.Action == ActionMerge && k.Entity == from {
				return "merged by the user (correction " + k.ID + ")", nil
			}
		}
	}
	idx, err := q.joinsOf(ctx, from)
	if err != nil {
		return "", err
	}
	if rep, ok := idx.canon[from]; ok {
		for _, j := range idx.members[rep] {
			if j.ID == from {
				return j.Reason, nil
			}
		}
	}
	return "named by surname alone", nil
}

// rolesConflict reports that entities a and b both hold offices and none by the same
// title: a King and a President of that name are two people.
func (q *Engine) rolesConflict(ctx context.Context, a, b string) (bool, error) {
	titles := func(id string) (map[string]bool, error) {
		f, err := q.facts(ctx, id)
		if err != nil {
			return nil, err
		}
		m := map[string]bool{}
		for _, r := range f.Roles {
			m[strings.ToLower(lastField(r.Value))] = true
		}
		return m, nil
	}
	ta, err := titles(a)
	if err != nil || len(ta) == 0 {
		return false, err
	}
	tb, err := titles(b)
	if err != nil || len(tb) == 0 {
		return false, err
	}
	for t := range ta {
		if tb[t] {
			return false, nil
		}
	}
	return true, nil
}
