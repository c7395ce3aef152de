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
	// wordsBucket is the index by name key: the same entries, under the keys of NameKey.
	wordsBucket = []byte("relgraph-words")
	// namesReadyKey marks a store whose name index is complete: set at creation, or once
	// an older store has been indexed on its first writable open.
	namesReadyKey = hkv.Key{[]byte("meta"), []byte("relgraph-names")}
)

// nameEntry is one entry of the name index (kind nameKind) or of the index by name key
// (a NameKey kind).
type nameEntry struct {
	kind                  NameKey
	slug, entity, article string
}

// NameKey is a kind of key the index by name key finds entities by.
type NameKey byte

const (
	nameKind NameKey = 'n' // the name index: the Slug of every name and alias
	// BySurname is the Surname of every name and alias of two words or more.
	BySurname NameKey = 's'
	// BySpelling is the SpellingKey of every name.
	BySpelling NameKey = 'k'
	// ByNameEnd is the first word and the last word without its particle (StripParticle),
	// in lower case, of every name of two words or more.
	ByNameEnd NameKey = 'e'
)

func (e nameEntry) key() hkv.Key {
	if e.kind == nameKind {
		return hkv.Key{namesBucket, []byte(e.slug + "\x00" + e.entity + "\x00" + e.article)}
	}
	return hkv.Key{wordsBucket, []byte(string(rune(e.kind)) + ":" + e.slug + "\x00" + e.entity + "\x00" + e.article)}
}

// memKey is the entry's slug in the in-memory index, which holds every kind.
func (e nameEntry) memKey() string { return string(rune(e.kind)) + e.slug }

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

// Surnames returns the keys a name is found by in the surname index: its Surname, and for
// a name written family name first ("Xi Jinping", "Moon Jae-in", "Nguyen Tan Dung"), the
// Slug of its first word too. Nil for a name of one word.
func Surnames(name string) []string {
	sur := Surname(name)
	if sur == "" {
		return nil
	}
	out := []string{sur}
	if f := FamilyFirst(name); f != "" && f != sur {
		out = append(out, f)
	}
	return out
}

// FamilyFirst returns the Slug of the first word of a person's name of two or three
// words that opens with a common Chinese, Korean or Vietnamese family name (names in those
// languages give the family name first: "Jiang Zemin" is Mr Jiang), else "".
func FamilyFirst(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || !familyNamesFirst[f[0]] {
		return ""
	}
	return Slug(f[0])
}

// familyNamesFirst are family names written before the given name: the most common
// Chinese (pinyin), Korean and Vietnamese ones.
var familyNamesFirst = map[string]bool{
	"Wang": true, "Li": true, "Zhang": true, "Liu": true, "Chen": true, "Yang": true, "Huang": true,
	"Zhao": true, "Wu": true, "Zhou": true, "Xu": true, "Sun": true, "Ma": true, "Zhu": true, "Hu": true,
	"Guo": true, "He": true, "Gao": true, "Lin": true, "Luo": true, "Zheng": true, "Liang": true,
	"Xie": true, "Song": true, "Tang": true, "Han": true, "Feng": true, "Deng": true, "Cao": true,
	"Peng": true, "Zeng": true, "Xiao": true, "Tian": true, "Dong": true, "Pan": true, "Yuan": true,
	"Cai": true, "Jiang": true, "Yu": true, "Du": true, "Ye": true, "Cheng": true, "Wei": true,
	"Su": true, "Lu": true, "Ding": true, "Ren": true, "Shen": true, "Yao": true, "Jin": true,
	"Qian": true, "Xi": true, "Wen": true, "Bo": true, "Zhai": true, "Qin": true, "Tung": true,
	"Kim": true, "Lee": true, "Park": true, "Choi": true, "Jung": true, "Kang": true, "Cho": true,
	"Yoon": true, "Jang": true, "Lim": true, "Moon": true, "Roh": true, "Chun": true, "Ban": true,
	"Nguyen": true, "Tran": true, "Le": true, "Pham": true, "Hoang": true, "Phan": true, "Vu": true,
	"Vo": true, "Dang": true, "Bui": true, "Ngo": true, "Duong": true,
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

// SpellingKey is the spelling-free skeleton of a person's name: its first and last words
// without an "al-" particle, lower case, with digraphs and q/g folded to one consonant,
// vowels dropped after the first letter and doubled letters made single. "Mahmud Abbas" and
// "Mahmoud Abbas" give "mhmd bs"; "Moammer Kadhafi" and "Muammar Gaddafi" give "mmr kdf".
// A one-word name gives "" (too weak to join on).
func SpellingKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return ""
	}
	return skeleton(f[0]) + " " + skeleton(StripParticle(f[len(f)-1]))
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

// NameEnds returns the first word and the last word without its particle of a name of two
// words or more, in lower case: ["saddam", "hussein"] for "Saddam Hussein", one word when
// they are the same, none for a one-word name.
func NameEnds(name string) []string {
	w := strings.Fields(strings.ToLower(name))
	if len(w) < 2 {
		return nil
	}
	if last := StripParticle(w[len(w)-1]); last != w[0] {
		return []string{w[0], last}
	}
	return []string{w[0]}
}

// nameEntries returns the index entries that quads state: one per <name> or <alias> of an
// entity, under the quad's article, and those of the index by name key (NameKey).
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
		for _, sur := range Surnames(text) {
			out = append(out, nameEntry{BySurname, sur, id, art})
		}
		if q.Predicate != quad.IRI(PredName) {
			continue
		}
		if k := SpellingKey(text); k != "" {
			out = append(out, nameEntry{BySpelling, k, id, art})
		}
		for _, w := range NameEnds(text) {
			out = append(out, nameEntry{ByNameEnd, w, id, art})
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

// EntitiesByKey is Store.EntitiesByKey: a prefix scan of the index by name key.
func (s *cayleyStore) EntitiesByKey(ctx context.Context, kind NameKey, key string) (ents []quad.Value, ok bool, err error) {
	if kind == nameKind {
		return nil, false, nil
	}
	return s.indexed(ctx, kind, key, s.namesReady && s.factsReady)
}

// indexed returns the entities under slug in the index of the given kind, which the kv
// store keeps complete when ready.
func (s *cayleyStore) indexed(ctx context.Context, kind NameKey, slug string, ready bool) (ents []quad.Value, ok bool, err error) {
	switch {
	case slug == "":
		return nil, false, nil
	case s.sql != nil:
		if !s.sql.names {
			return nil, false, nil
		}
		ents, err := s.sql.named(ctx, kind, slug)
		return ents, err == nil, err
	case s.mem != nil:
		s.wmu.Lock()
		defer s.wmu.Unlock()
		for _, id := range SortedKeys(s.mem[nameEntry{kind: kind, slug: slug}.memKey()]) {
			ents = append(ents, EntityIRI(id))
		}
		return ents, true, nil
	case s.kv == nil || !ready:
		return nil, false, nil
	}
	k := nameEntry{kind: kind, slug: slug}.key()
	bucket := k[0]
	prefix := k[1][:len(k[1])-1] // "SLUG\x00", without the empty entity and article
	seen := map[string]bool{}
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
