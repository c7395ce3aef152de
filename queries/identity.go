package queries

import (
	"context"
	"fmt"
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

// joinIndex groups person entities that are one person; built once per Engine.
type joinIndex struct {
	canon   map[string]string // id -> the id of its group's representative
	members map[string][]Join // representative -> the others, with why
	// ends maps the lower-case first and last words of full names ("saddam", "hussein";
	// "jiang" of "Jiang Zemin", a surname written first) to the persons with those names.
	ends map[string][]string
}

// joins returns the index of transliteration joins, building it on first use from every
// person entity in the store.
func (q *Engine) joins(ctx context.Context) (*joinIndex, error) {
	if q.joined != nil {
		return q.joined, nil
	}
	idx := &joinIndex{canon: map[string]string{}, members: map[string][]Join{}, ends: map[string][]string{}}
	// Names first, for every person; the facts only for those whose key another shares.
	byKey := map[string][]quad.Value{}
	err := q.eachEntity(ctx, func(f *graph.EntityFacts) error {
		if !f.HasType(graph.TypePerson) {
			return nil
		}
		n, name := graph.EntityIRI(f.ID), f.Name()
		if k := translitKey(name); k != "" {
			byKey[k] = append(byKey[k], n)
		}
		if w := strings.Fields(strings.ToLower(name)); len(w) >= 2 {
			idx.ends[w[0]] = append(idx.ends[w[0]], f.ID)
			if last := graph.StripParticle(w[len(w)-1]); last != w[0] {
				idx.ends[last] = append(idx.ends[last], f.ID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, k := range graph.SortedKeys(byKey) {
		if len(byKey[k]) < 2 {
			continue
		}
		var group []*personFacts
		for _, n := range byKey[k] {
			f, err := q.personFacts(ctx, n)
			if err != nil {
				return nil, err
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
	}
	q.joined = idx
	return idx, nil
}

func (q *Engine) personFacts(ctx context.Context, node quad.Value) (*personFacts, error) {
	props, err := q.Store.Props(ctx, node)
	if err != nil {
		return nil, err
	}
	f := &personFacts{id: localID(node), name: first(props[graph.PredName]), mentions: len(props[graph.PredMentionedIn]),
		roles: map[string]bool{}, of: map[string]bool{}, contacts: map[string]bool{}}
	ofs := props[graph.PredRoleOf]
	for _, o := range ofs {
		f.of[localID(o)] = true
	}
	for i, t := range props[graph.PredRole] {
		of := ""
		if len(ofs) == len(props[graph.PredRole]) {
			of = localID(ofs[i])
		}
		f.roles[strings.ToLower(lastField(graph.Text(t)))+"|"+of] = true
	}
	for p, vals := range props {
		switch p {
		case graph.PredType, graph.PredMentionedIn, graph.PredRoleOf, graph.PredName, graph.PredAlias, graph.PredRole:
			continue
		}
		for _, v := range vals {
			if s := graph.Text(v); strings.HasPrefix(s, graph.EntityPrefix) {
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

// translitKey is the spelling-free skeleton of a person's name: its first and last words
// without an "al-" particle, lower case, with digraphs and q/g folded to one consonant,
// vowels dropped after the first letter and doubled letters made single. "Mahmud Abbas" and
// "Mahmoud Abbas" give "mhmd bs"; "Moammer Kadhafi" and "Muammar Gaddafi" give "mmr kdf".
// A one-word name gives "" (too weak to join on).
func translitKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return ""
	}
	return skeleton(f[0]) + " " + skeleton(graph.StripParticle(f[len(f)-1]))
}

// sameSpelling reports names whose first and last words are spelled alike: not two
// spellings of one name, so no transliteration join.
func sameSpelling(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	return len(fa) > 0 && len(fb) > 0 && fa[0] == fb[0] && fa[len(fa)-1] == fb[len(fb)-1]
}

var digraphs = strings.NewReplacer("dh", "d", "kh", "k", "gh", "g", "th", "t", "ph", "f", "sh", "s", "ou", "u", "q", "k", "g", "k", "c", "k", "j", "y")

func skeleton(w string) string {
	w = digraphs.Replace(w)
	var b strings.Builder
	var prev rune
	for i, r := range w {
		if r < 'a' || r > 'z' {
			continue
		}
		if i > 0 && strings.ContainsRune("aeiouyw", r) {
			continue
		}
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
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
