package queries

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// One person is often written several ways across articles: "Mahmud Abbas" and "Mahmoud
// Abbas", "Omar al-Beshir" and "Omar Hassan al-Bashir", "Moammer Kadhafi" and "Muammar
// Qadhafi". Spelling alone is weak evidence (many short names share a skeleton), so two
// person entities are joined only when their names share a transliteration key and the
// graph says the same of both: a role with the same title and country, or a contact in
// common. Joins, like surname merges, are made at query time; the stored graph keeps what
// each article said.

// Join is why one entity answers as another.
type Join struct {
	ID     string `json:"id"`     // the entity joined in
	Name   string `json:"name"`   // its name
	Reason string `json:"reason"` // e.g. "same name spelled otherwise; both President of Palestine"
}

// personFacts are what the join rules compare of one person entity.
type personFacts struct {
	id, name string
	mentions int
	roles    map[string]bool // "president|palestine", "president|"
	of       map[string]bool // countries of its roles
	contacts map[string]bool // entities it has a direct edge to
}

// joinIndex groups person entities that are one person. Where the store keeps its index
// by name key (graph.EntitiesByKey), a group is joined when a question first needs it, from
// the persons whose name has its spelling key, and the persons with a name end from those
// the index gives; elsewhere every person is read once, on first use.
type joinIndex struct {
	canon   map[string]string // id -> the id of its group's representative
	members map[string][]Join // representative -> the others, with why
	// ends maps the lower-case first and last words of full names ("saddam", "hussein";
	// "jiang" of "Jiang Zemin", a surname written first) to the persons with those names.
	ends map[string][]string
	// all: built from every person. Otherwise keys and endsRead are the spelling keys and
	// words looked up so far.
	all      bool
	keys     map[string]bool
	endsRead map[string]bool
}

// joinsFor returns the join index with the group of spelling key (graph.SpellingKey) key
// joined, and the persons of ends read for each of words.
func (q *Engine) joinsFor(ctx context.Context, key string, words ...string) (*joinIndex, error) {
	idx := q.joined
	if idx == nil {
		idx = newJoinIndex()
		q.joined = idx
		// The index by name key is kept, or not, for every kind alike.
		if _, kept, err := q.Store.EntitiesByKey(ctx, graph.BySpelling, "-"); err != nil {
			return nil, err
		} else if !kept {
			if err := q.joinAll(ctx, idx); err != nil {
				q.joined = nil
				return nil, err
			}
		}
	}
	if idx.all {
		return idx, nil
	}
	if key != "" && !idx.keys[key] {
		nodes, _, err := q.Store.EntitiesByKey(ctx, graph.BySpelling, key)
		if err != nil {
			return nil, err
		}
		var group []quad.Value
		for _, n := range nodes {
			f, err := q.facts(ctx, localID(n))
			if err != nil {
				return nil, err
			}
			if f.HasType(graph.TypePerson) && graph.SpellingKey(f.Name()) == key {
				group = append(group, n)
			}
		}
		if err := q.joinGroup(ctx, idx, group); err != nil {
			return nil, err
		}
		idx.keys[key] = true
	}
	for _, w := range words {
		if idx.endsRead[w] {
			continue
		}
		nodes, _, err := q.Store.EntitiesByKey(ctx, graph.ByNameEnd, w)
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			f, err := q.facts(ctx, localID(n))
			if err != nil {
				return nil, err
			}
			if f.HasType(graph.TypePerson) && slices.Contains(graph.NameEnds(f.Name()), w) {
				idx.ends[w] = append(idx.ends[w], f.ID)
			}
		}
		idx.endsRead[w] = true
	}
	return idx, nil
}

func newJoinIndex() *joinIndex {
	return &joinIndex{canon: map[string]string{}, members: map[string][]Join{}, ends: map[string][]string{},
		keys: map[string]bool{}, endsRead: map[string]bool{}}
}

// joinsOf returns the join index with the group of entity id joined.
func (q *Engine) joinsOf(ctx context.Context, id string) (*joinIndex, error) {
	f, err := q.facts(ctx, id)
	if err != nil {
		return nil, err
	}
	key := ""
	if f.HasType(graph.TypePerson) {
		key = graph.SpellingKey(f.Name())
	}
	return q.joinsFor(ctx, key)
}

// joinAll fills idx from every person entity in the store.
func (q *Engine) joinAll(ctx context.Context, idx *joinIndex) error {
	var all []*graph.EntityFacts
	err := q.eachEntity(ctx, func(f *graph.EntityFacts) error {
		all = append(all, f)
		return nil
	})
	if err != nil {
		return err
	}
	return q.joinEntities(ctx, idx, all)
}

// joinEntities fills idx from all, the facts of every entity in the store, as a question
// that reads every entity anyway does: it needs no lookup of the index by name key.
func (q *Engine) joinEntities(ctx context.Context, idx *joinIndex, all []*graph.EntityFacts) error {
	// Names first, for every person; the facts only for those whose key another shares.
	byKey := map[string][]quad.Value{}
	for _, f := range all {
		if !f.HasType(graph.TypePerson) {
			continue
		}
		name := f.Name()
		if k := graph.SpellingKey(name); k != "" {
			byKey[k] = append(byKey[k], graph.EntityIRI(f.ID))
		}
		for _, w := range graph.NameEnds(name) {
			idx.ends[w] = append(idx.ends[w], f.ID)
		}
	}
	for _, k := range graph.SortedKeys(byKey) {
		if err := q.joinGroup(ctx, idx, byKey[k]); err != nil {
			return err
		}
	}
	idx.all = true
	return nil
}

// joinGroup joins the persons of one spelling key that the graph says are one.
func (q *Engine) joinGroup(ctx context.Context, idx *joinIndex, nodes []quad.Value) error {
	if len(nodes) < 2 {
		return nil
	}
	var group []*personFacts
	for _, n := range nodes {
		f, err := q.personFacts(ctx, n)
		if err != nil {
			return err
		}
		group = append(group, f)
	}
	// The most mentioned spelling represents the group; ties go to the smaller id.
	sort.Slice(group, func(i, j int) bool {
		if group[i].mentions != group[j].mentions {
			return group[i].mentions > group[j].mentions
		}
		return group[i].id < group[j].id
	})
	for _, f := range group[1:] {
		for _, rep := range group {
			if rep == f {
				break
			}
			if _, ok := idx.canon[rep.id]; ok {
				continue // rep is itself joined to another
			}
			if sameSpelling(rep.name, f.name) {
				continue // "George Bush" and "George W. Bush" may be father and son
			}
			if why := sameEvidence(rep, f); why != "" {
				idx.canon[f.id] = rep.id
				idx.members[rep.id] = append(idx.members[rep.id], Join{ID: f.id, Name: f.name,
					Reason: "same name spelled otherwise; " + why})
				break
			}
		}
	}
	return nil
}

func (q *Engine) personFacts(ctx context.Context, node quad.Value) (*personFacts, error) {
	id := localID(node)
	ef, err := q.facts(ctx, id)
	if err != nil {
		return nil, err
	}
	f := &personFacts{id: id, name: ef.Name(), mentions: ef.Mentions,
		roles: map[string]bool{}, of: map[string]bool{}, contacts: map[string]bool{}}
	ofs := graph.Values(ef.RoleOf)
	for _, o := range ofs {
		f.of[o] = true
	}
	for i, t := range ef.Roles {
		of := ""
		if len(ofs) == len(ef.Roles) {
			of = ofs[i]
		}
		f.roles[strings.ToLower(lastField(t.Value))+"|"+of] = true
	}
	contacts, kept, err := q.Store.EntityContacts(ctx, id)
	if err != nil {
		return nil, err
	}
	if kept {
		for _, c := range contacts {
			f.contacts[c] = true
		}
		return f, nil
	}
	props, err := q.Store.Props(ctx, node)
	if err != nil {
		return nil, err
	}
	for p, vals := range props {
		switch p {
		case graph.PredType, graph.PredMentionedIn, graph.PredRoleOf, graph.PredName, graph.PredAlias, graph.PredRole:
			continue
		}
		for _, v := range vals {
			if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), graph.EntityPrefix) {
				f.contacts[localID(v)] = true
			}
		}
	}
	return f, nil
}

// sameEvidence says what the graph tells alike of a and b ("both President of palestine",
// "both met ariel-sharon"), or "" when nothing does.
func sameEvidence(a, b *personFacts) string {
	for _, r := range sortedSet(a.roles) {
		if b.roles[r] && !strings.HasSuffix(r, "|") {
			t, of, _ := strings.Cut(r, "|")
			return fmt.Sprintf("both %s of %s", t, of)
		}
	}
	for _, c := range sortedSet(a.contacts) {
		if b.contacts[c] && c != a.id && c != b.id {
			return "both related to " + c
		}
	}
	return ""
}

// sameSpelling reports names whose first and last words are spelled alike: not two
// spellings of one name, so no transliteration join.
func sameSpelling(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	return len(fa) > 0 && len(fb) > 0 && fa[0] == fb[0] && fa[len(fa)-1] == fb[len(fb)-1]
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
