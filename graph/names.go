package graph

import (
	"bytes"
	"context"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
)

// The name index answers "which entities have a name or alias that could be this text"
// without reading the entities. It maps the Slug of every <name> and <alias> of an entity,
// per article, to the entity:
//
//	relgraph-names / SLUG \x00 ENTITY-ID \x00 ARTICLE-ID  ->  (empty)
//
// in the embedded store's key-value space, written in the same transaction as the quads
// that state the names (Put, AddQuads) and deleted in the same transaction as they are
// (replacement, RemoveArticle), so it never holds an entry no stored quad supports. Two
// texts equal under Unicode case folding have the same Slug, so the entities it returns are
// a superset of those whose name or alias equals a text case-insensitively; the caller
// compares exactly. The in-memory store keeps the same entries in a map.
//
// The surname index (relgraph-surnames) holds the same entries under the Surname of every
// name or alias of two words or more, so that "Biden" finds Joe Biden, whom no article
// named by surname alone, without reading every person.

var (
	namesBucket = []byte("relgraph-names")
	// surnamesBucket is the surname index: the same entries, under the Slug of the last
	// word of every name or alias of two words or more (see Surname).
	surnamesBucket = []byte("relgraph-surnames")
	// namesReadyKey marks a store whose name index is complete: set at creation, or once
	// an older store has been indexed on its first writable open.
	namesReadyKey = hkv.Key{[]byte("meta"), []byte("relgraph-names")}
)

// nameEntry is one entry of the name index (kind nameKind) or of the surname index
// (surnameKind).
type nameEntry struct {
	kind                  byte
	slug, entity, article string
}

const (
	nameKind    = 'n'
	surnameKind = 's'
)

func (e nameEntry) key() hkv.Key {
	b := namesBucket
	if e.kind == surnameKind {
		b = surnamesBucket
	}
	return hkv.Key{b, []byte(e.slug + "\x00" + e.entity + "\x00" + e.article)}
}

// memKey is the entry's slug in the in-memory index, which holds both kinds.
func (e nameEntry) memKey() string { return string(e.kind) + e.slug }

// Surname returns the Slug of the last word of a name of two words or more, without an
// Arabic article ("al-", "el-"...) before it: "bashir" for "Omar al-Bashir", "" for
// "Putin". It is the key of the surname index.
func Surname(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return ""
	}
	return Slug(StripParticle(f[len(f)-1]))
}

// StripParticle returns a lower-case word without an Arabic article before it: "bashir"
// for "al-bashir"; the word itself otherwise.
func StripParticle(w string) string {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return w[len(p):]
		}
	}
	return w
}

// nameEntries returns the index entries that quads state: one per <name> or <alias> of an
// entity, under the quad's article, and one more for its surname when it has one.
func nameEntries(qs []quad.Quad) []nameEntry {
	var out []nameEntry
	for _, q := range qs {
		if q.Label == nil || (q.Predicate != quad.IRI(PredName) && q.Predicate != quad.IRI(PredAlias)) {
			continue
		}
		subj, ok := q.Subject.(quad.IRI)
		if !ok || !strings.HasPrefix(string(subj), EntityPrefix) {
			continue
		}
		text := Text(q.Object)
		slug := Slug(text)
		if slug == "" {
			continue
		}
		id, art := strings.TrimPrefix(string(subj), EntityPrefix), Text(q.Label)
		out = append(out, nameEntry{nameKind, slug, id, art})
		if sur := Surname(text); sur != "" {
			out = append(out, nameEntry{surnameKind, sur, id, art})
		}
	}
	return out
}

// nameIndex is the in-memory store's name index: slug -> entity -> articles.
type nameIndex map[string]map[string]map[string]bool

func (n nameIndex) apply(add, del []nameEntry) {
	for _, e := range del {
		if arts := n[e.memKey()][e.entity]; arts != nil {
			delete(arts, e.article)
			if len(arts) == 0 {
				delete(n[e.memKey()], e.entity)
			}
		}
	}
	for _, e := range add {
		k := e.memKey()
		if n[k] == nil {
			n[k] = map[string]map[string]bool{}
		}
		if n[k][e.entity] == nil {
			n[k][e.entity] = map[string]bool{}
		}
		n[k][e.entity][e.article] = true
	}
}

// writeNames records add and deletes del in tx.
func writeNames(ctx context.Context, tx hkv.Tx, add, del []nameEntry) error {
	for _, e := range del {
		if err := tx.Del(ctx, e.key()); err != nil {
			return err
		}
	}
	for _, e := range add {
		if err := tx.Put(ctx, e.key(), []byte{}); err != nil {
			return err
		}
	}
	return nil
}

// markNamesReady creates the index's bucket and marks it complete.
func markNamesReady(ctx context.Context, tx hkv.Tx) error {
	if err := hkv.CreateBucket(ctx, tx, hkv.Key{namesBucket}); err != nil {
		return err
	}
	return tx.Put(ctx, namesReadyKey, []byte{1})
}

// namesReady reports whether the kv store's name index is complete.
func namesReady(ctx context.Context, db hkv.KV) (bool, error) {
	ready := false
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, namesReadyKey)
		if err == hkv.ErrNotFound {
			return nil
		}
		ready = err == nil
		return err
	})
	return ready, err
}

// buildNames indexes the names of a store created before the name index: one pass over
// every quad, then one transaction.
func (s *cayleyStore) buildNames(ctx context.Context) error {
	var add []nameEntry
	err := s.Quads(ctx, func(q quad.Quad) error {
		add = append(add, nameEntries([]quad.Quad{q})...)
		return nil
	})
	if err != nil {
		return err
	}
	return s.kv.Update(ctx, func(tx hkv.Tx) error {
		if err := writeNames(ctx, tx, add, nil); err != nil {
			return err
		}
		return markNamesReady(ctx, tx)
	})
}

// NamedEntities is Store.NamedEntities: a prefix scan of the name index.
func (s *cayleyStore) NamedEntities(ctx context.Context, slug string) (ents []quad.Value, ok bool, err error) {
	return s.indexed(ctx, nameKind, slug, s.namesReady)
}

// SurnamedEntities is Store.SurnamedEntities: a prefix scan of the surname index.
func (s *cayleyStore) SurnamedEntities(ctx context.Context, slug string) (ents []quad.Value, ok bool, err error) {
	return s.indexed(ctx, surnameKind, slug, s.namesReady && s.factsReady)
}

// indexed returns the entities under slug in the index of the given kind, which the kv
// store keeps complete when ready.
func (s *cayleyStore) indexed(ctx context.Context, kind byte, slug string, ready bool) (ents []quad.Value, ok bool, err error) {
	switch {
	case slug == "":
		return nil, false, nil
	case s.mem != nil:
		s.wmu.Lock()
		defer s.wmu.Unlock()
		for _, id := range SortedKeys(s.mem[string(kind)+slug]) {
			ents = append(ents, EntityIRI(id))
		}
		return ents, true, nil
	case s.kv == nil || !ready:
		return nil, false, nil
	}
	prefix := []byte(slug + "\x00")
	seen := map[string]bool{}
	bucket := namesBucket
	if kind == surnameKind {
		bucket = surnamesBucket
	}
	err = hkv.View(ctx, s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{bucket, prefix}))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			rest := bytes.TrimPrefix(k[len(k)-1], prefix)
			id, _, _ := bytes.Cut(rest, []byte{0})
			if !seen[string(id)] {
				seen[string(id)] = true
				ents = append(ents, EntityIRI(string(id)))
			}
		}
		return it.Err()
	})
	return ents, err == nil, err
}

// diffNames returns the entries of now that were not in before, and those of before no
// longer in now.
func diffNames(before, now []nameEntry) (add, del []nameEntry) {
	had := make(map[nameEntry]bool, len(before))
	for _, e := range before {
		had[e] = true
	}
	has := make(map[nameEntry]bool, len(now))
	for _, e := range now {
		has[e] = true
		if !had[e] {
			add = append(add, e)
			had[e] = true
		}
	}
	for _, e := range before {
		if !has[e] {
			del = append(del, e)
			has[e] = true
		}
	}
	return add, del
}
