package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/flat/btree"
	"github.com/hidal-go/hidalgo/kv/options"
)

// Every article states the facts of the entities it mentions again (<type>, <name>,
// <alias>, <role>, <role_of>, <mentioned_in>, each labelled with the article), so reading an
// entity's name from the quads reads one quad per article that mentions it: 11,920 for
// China in the wire corpus taken ten times. The embedded stores also keep, per entity, what
// those quads add up to:
//
//	relgraph-entities / ENTITY-ID  ->  JSON of factsRecord
//
// each value of each of those predicates with the number of articles that state it, and
// the number of articles that mention the entity. The record changes in the same
// transaction as the quads, by the quads added and deleted (Put, AddQuads, a replacement,
// RemoveArticle), so it is what the stored quads say, whatever order articles come and go
// in. The quads themselves are written as before: the console's graph model and each fact's
// provenance are unchanged. PostgreSQL keeps the same counts as rows of a table of its own
// (sql_facts.go), and the in-memory store the same records in an in-memory key-value
// store beside its quads (memFacts). Stores that keep no records (an embedded store from
// before them opened read-only) count the quads instead.

// EntityFacts is what the stored articles say of one entity: every value of its <type>,
// <name>, <alias>, <role> and <role_of> with the number of articles that state it, in the
// order the values were first stored, and the number of articles that mention it. RoleOf
// holds entity ids. An entity no stored quad describes has no Types.
type EntityFacts struct {
	ID       string
	Types    []Counted
	Names    []Counted
	Aliases  []Counted
	Roles    []Counted
	RoleOf   []Counted
	Mentions int
}

// Counted is a value with the number of articles that state it.
type Counted struct {
	Value    string
	Articles int
}

// Values returns the values of cs, in order.
func Values(cs []Counted) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Value
	}
	return out
}

// Name is the entity's first stored name, or "".
func (f *EntityFacts) Name() string {
	if len(f.Names) == 0 {
		return ""
	}
	return f.Names[0].Value
}

// HasType reports whether any article gives the entity type t.
func (f *EntityFacts) HasType(t string) bool {
	for _, c := range f.Types {
		if c.Value == t {
			return true
		}
	}
	return false
}

// factPreds are the predicates an entity's record counts, with the field of EntityFacts
// that holds them.
var factPreds = []string{PredType, PredName, PredAlias, PredRole, PredRoleOf}

func (f *EntityFacts) field(pred string) *[]Counted {
	switch pred {
	case PredType:
		return &f.Types
	case PredName:
		return &f.Names
	case PredAlias:
		return &f.Aliases
	case PredRole:
		return &f.Roles
	case PredRoleOf:
		return &f.RoleOf
	}
	return nil
}

var (
	factsBucket = []byte("relgraph-entities")
	// contactsBucket holds, per entity, the entities it has a direct edge to (<called>,
	// <met>, <discussed>...), each with the number of edge quads, in a record of its own:
	// only the join of spellings reads them, and China's are many.
	contactsBucket = []byte("relgraph-contacts")
	// factsReadyKey marks a store whose entity records and surname index (names.go) are
	// complete: set at creation, or once an older store has been indexed on its first
	// writable open.
	factsReadyKey = hkv.Key{[]byte("meta"), []byte("relgraph-entities")}
)

func factsKey(id string) hkv.Key { return hkv.Key{factsBucket, []byte(id)} }

func contactsKey(id string) hkv.Key { return hkv.Key{contactsBucket, []byte(id)} }

// predContact is the predicate under which a contacts record counts direct edges.
const predContact = "contact"

// factsRecord is an entity's stored record.
type factsRecord struct {
	Next     int         `json:"n"` // the order number the next new value gets
	Mentions int         `json:"m"`
	Vals     []factValue `json:"v"`
}

// factValue is one value of one predicate: how many stored articles state it, and when it
// was first stored (among the entity's values).
type factValue struct {
	Pred     string `json:"p"`
	Value    string `json:"v"`
	Articles int    `json:"a"`
	Order    int    `json:"o"`
}

func (r *factsRecord) facts(id string) EntityFacts {
	f := EntityFacts{ID: id, Mentions: r.Mentions}
	vals := append([]factValue{}, r.Vals...)
	sort.SliceStable(vals, func(i, j int) bool { return vals[i].Order < vals[j].Order })
	for _, v := range vals {
		if p := f.field(v.Pred); p != nil {
			*p = append(*p, Counted{Value: v.Value, Articles: v.Articles})
		}
	}
	return f
}

// factKey is one counted value of an entity.
type factKey struct{ entity, pred, value string }

// factsChange is how a write changes the entity records: articles stating each value,
// and mentions, added (positive) or removed (negative), in the order first met.
type factsChange struct {
	vals     map[factKey]int
	order    []factKey
	mentions map[string]int
	entities []string
}

// factOf returns what quad q counts for in an entity's record: the entity, the predicate
// and the value; ok is false for a quad that counts for none.
func factOf(q quad.Quad) (k factKey, ok bool) {
	subj, isIRI := q.Subject.(quad.IRI)
	if !isIRI || !strings.HasPrefix(string(subj), EntityPrefix) {
		return k, false
	}
	pred, isIRI := q.Predicate.(quad.IRI)
	if !isIRI {
		return k, false
	}
	k = factKey{entity: strings.TrimPrefix(string(subj), EntityPrefix), pred: string(pred)}
	switch k.pred {
	case PredMentionedIn:
		return k, true
	case PredRoleOf:
		k.value = strings.TrimPrefix(Text(q.Object), EntityPrefix)
		return k, true
	case PredType, PredName, PredAlias, PredRole:
		k.value = Text(q.Object)
		return k, true
	}
	if obj, isIRI := q.Object.(quad.IRI); isIRI && strings.HasPrefix(string(obj), EntityPrefix) {
		k.pred, k.value = predContact, strings.TrimPrefix(string(obj), EntityPrefix)
		return k, true
	}
	return k, false
}

// add counts q as added (sign 1) or deleted (sign -1).
func (c *factsChange) add(q quad.Quad, sign int) {
	k, ok := factOf(q)
	if !ok {
		return
	}
	if c.vals == nil {
		c.vals, c.mentions = map[factKey]int{}, map[string]int{}
	}
	if _, seen := c.mentions[k.entity]; !seen {
		c.mentions[k.entity] = 0
		c.entities = append(c.entities, k.entity)
	}
	if k.pred == PredMentionedIn {
		c.mentions[k.entity] += sign
		return
	}
	if _, seen := c.vals[k]; !seen {
		c.order = append(c.order, k)
	}
	c.vals[k] += sign
}

// writeFacts applies c to the records in tx. cache, if not nil, holds records already
// decoded (see recordCache); writeFacts stages there the records it writes.
func writeFacts(ctx context.Context, tx hkv.Tx, c factsChange, cache *recordCache) error {
	byEntity := map[string][]factKey{}
	for _, k := range c.order {
		byEntity[k.entity] = append(byEntity[k.entity], k)
	}
	for _, id := range c.entities {
		var facts, contacts []factKey
		for _, k := range byEntity[id] {
			if k.pred == predContact {
				contacts = append(contacts, k)
			} else {
				facts = append(facts, k)
			}
		}
		if c.mentions[id] != 0 || len(facts) > 0 {
			if err := updateRecord(ctx, tx, factsKey(id), c.mentions[id], facts, c.vals, cache); err != nil {
				return err
			}
		}
		if len(contacts) > 0 {
			if err := updateRecord(ctx, tx, contactsKey(id), 0, contacts, c.vals, cache); err != nil {
				return err
			}
		}
	}
	return nil
}

// updateRecord adds mentions and the counts of vals under keys to the record at key,
// deleting it when nothing is left.
func updateRecord(ctx context.Context, tx hkv.Tx, key hkv.Key, mentions int, keys []factKey, vals map[factKey]int, cache *recordCache) error {
	var r factsRecord
	ck := cacheKey(key)
	if old, ok := cache.get(ck); ok {
		if old == nil && mentions == 0 && len(keys) == 0 {
			return nil
		}
		if old != nil {
			r = *old
			r.Vals = slices.Clone(old.Vals)
		}
	} else {
		data, err := tx.Get(ctx, key)
		switch {
		case err == hkv.ErrNotFound:
			if mentions == 0 && len(keys) == 0 {
				return nil
			}
		case err != nil:
			return err
		default:
			if err := json.Unmarshal(data, &r); err != nil {
				return fmt.Errorf("entity record %s: %w", key[len(key)-1], err)
			}
		}
	}
	r.Mentions += mentions
	for _, k := range keys {
		n := vals[k]
		if n == 0 {
			continue
		}
		i := r.find(k.pred, k.value)
		if i < 0 {
			r.Vals = append(r.Vals, factValue{Pred: k.pred, Value: k.value, Order: r.Next})
			r.Next++
			i = len(r.Vals) - 1
		}
		r.Vals[i].Articles += n
		if r.Vals[i].Articles <= 0 {
			r.Vals = append(r.Vals[:i], r.Vals[i+1:]...)
		}
	}
	if len(r.Vals) == 0 && r.Mentions <= 0 {
		cache.stage(ck, nil)
		return tx.Del(ctx, key)
	}
	data, err := json.Marshal(&r)
	if err != nil {
		return err
	}
	cache.stage(ck, &r)
	return tx.Put(ctx, key, data)
}

// recordCache holds entity records as the last committed write of this process left
// them, decoded, so that a write that changes a record does not read and decode it again
// from the store: the ingest or import of a corpus rewrites the records of its common
// entities at every transaction (91,000 record writes for the 10,000 of the wire corpus
// x10, whose reads and JSON decoding took 1.0 s of the import's 28 s of cpu). A write
// stages the records it writes; commit makes them the committed ones once its
// transaction has committed, reset forgets everything when it has not. It is right only
// while every write of the records goes through it, which holds in an embedded store:
// one process has it open, and its writes go through applyInOne. Its methods take a nil
// cache as one that holds nothing.
type recordCache struct {
	committed, staged map[string]*factsRecord // a nil record: none stored
}

// maxCachedRecords bounds the records a recordCache keeps (some 200 bytes each), past
// which it starts again from none.
const maxCachedRecords = 1 << 16

func cacheKey(key hkv.Key) string {
	return string(key[0]) + "\x00" + string(key[len(key)-1])
}

// get returns the record at key as the write sees it, and whether the cache knows it.
// The record is the cache's: the caller changes a copy.
func (c *recordCache) get(key string) (*factsRecord, bool) {
	if c == nil {
		return nil, false
	}
	if r, ok := c.staged[key]; ok {
		return r, true
	}
	r, ok := c.committed[key]
	return r, ok
}

// stage records that the write in progress writes r (nil: deletes the record) at key.
func (c *recordCache) stage(key string, r *factsRecord) {
	if c == nil {
		return
	}
	if c.staged == nil {
		c.staged = map[string]*factsRecord{}
	}
	c.staged[key] = r
}

// commit takes the staged records as committed.
func (c *recordCache) commit() {
	if c == nil || len(c.staged) == 0 {
		return
	}
	if c.committed == nil || len(c.committed)+len(c.staged) > maxCachedRecords {
		c.committed = make(map[string]*factsRecord, len(c.staged))
	}
	for k, r := range c.staged {
		c.committed[k] = r
	}
	c.staged = nil
}

// reset forgets every record.
func (c *recordCache) reset() {
	if c != nil {
		c.committed, c.staged = nil, nil
	}
}

func (r *factsRecord) find(pred, value string) int {
	for i, v := range r.Vals {
		if v.Pred == pred && v.Value == value {
			return i
		}
	}
	return -1
}

// factsReady reports whether the kv store's entity records are complete.
func factsReady(ctx context.Context, db hkv.KV) (bool, error) {
	ready := false
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, factsReadyKey)
		if err == hkv.ErrNotFound {
			return nil
		}
		ready = err == nil
		return err
	})
	return ready, err
}

// markFactsReady creates the records' and the index by name key's buckets and marks them
// complete.
func markFactsReady(ctx context.Context, tx hkv.Tx) error {
	for _, b := range [][]byte{factsBucket, contactsBucket, wordsBucket} {
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{b}); err != nil {
			return err
		}
	}
	return tx.Put(ctx, factsReadyKey, []byte{1})
}

// buildFacts writes the entity records and the index by name key of a store created before
// them: one pass over every quad, then one transaction.
func (s *cayleyStore) buildFacts(ctx context.Context) error {
	var c factsChange
	var sur []nameEntry
	err := s.Quads(ctx, func(q quad.Quad) error {
		c.add(q, 1)
		for _, e := range nameEntries([]quad.Quad{q}) {
			if e.kind != nameKind {
				sur = append(sur, e)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.kv.Update(ctx, func(tx hkv.Tx) error {
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{factsBucket}); err != nil {
			return err
		}
		// Records of a store whose writes were never counted start from nothing.
		for _, b := range [][]byte{factsBucket, contactsBucket} {
			if err := deletePrefix(ctx, tx, hkv.Key{b}); err != nil {
				return err
			}
		}
		if err := writeFacts(ctx, tx, c, nil); err != nil {
			return err
		}
		if err := writeNames(ctx, tx, sur, nil); err != nil {
			return err
		}
		return markFactsReady(ctx, tx)
	})
}

func deletePrefix(ctx context.Context, tx hkv.Tx, prefix hkv.Key) error {
	var keys []hkv.Key
	it := tx.Scan(ctx, options.WithPrefixKV(prefix))
	for it.Next(ctx) {
		keys = append(keys, it.Key().Clone())
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := tx.Del(ctx, k); err != nil {
			return err
		}
	}
	return nil
}

// readRecord decodes the JSON record kept under key into v; a missing record leaves v as it
// is.
func (s *cayleyStore) readRecord(ctx context.Context, key hkv.Key, v any) error {
	if s.memFacts != nil {
		s.memFacts.mu.RLock()
		defer s.memFacts.mu.RUnlock()
	}
	return hkv.View(ctx, s.records(), func(tx hkv.Tx) error {
		data, err := tx.Get(ctx, key)
		if err == hkv.ErrNotFound {
			return nil
		} else if err != nil {
			return err
		}
		return json.Unmarshal(data, v)
	})
}

// EntityFacts is Store.EntityFacts: the entity's record where the store keeps them, else
// counted from its quads through the index by node and predicate.
func (s *cayleyStore) EntityFacts(ctx context.Context, id string) (EntityFacts, error) {
	if s.sql != nil && s.sql.facts {
		f, _, err := s.sql.entityFacts(ctx, id)
		return f, err
	}
	if !s.factsReady {
		return s.countFacts(ctx, id)
	}
	var r factsRecord
	err := s.readRecord(ctx, factsKey(id), &r)
	if err != nil {
		return EntityFacts{}, fmt.Errorf("entity record of %s: %w", id, err)
	}
	return r.facts(id), nil
}

// EachEntity is Store.EachEntity: a scan of the entity records, in id order.
func (s *cayleyStore) EachEntity(ctx context.Context, fn func(EntityFacts) error) (bool, error) {
	if s.sql != nil && s.sql.facts {
		all, err := s.sql.eachEntity(ctx)
		for _, f := range all {
			if err != nil {
				break
			}
			err = fn(f)
		}
		return err == nil, err
	}
	if !s.factsReady {
		return false, nil
	}
	if s.memFacts != nil {
		// Read them all first: fn may ask the store, and a write may be waiting.
		var all []EntityFacts
		err := s.eachRecord(ctx, func(f EntityFacts) error { all = append(all, f); return nil })
		for _, f := range all {
			if err != nil {
				break
			}
			err = fn(f)
		}
		return err == nil, err
	}
	err := s.eachRecord(ctx, fn)
	return err == nil, err
}

// eachRecord calls fn with every entity record, in id order.
func (s *cayleyStore) eachRecord(ctx context.Context, fn func(EntityFacts) error) error {
	if s.memFacts != nil {
		s.memFacts.mu.RLock()
		defer s.memFacts.mu.RUnlock()
	}
	return hkv.View(ctx, s.records(), func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{factsBucket}))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			if len(k) < 2 || len(k[len(k)-1]) == 0 {
				continue // the bucket itself
			}
			var r factsRecord
			if err := json.Unmarshal(it.Val(), &r); err != nil {
				return fmt.Errorf("entity record of %s: %w", k[len(k)-1], err)
			}
			if err := fn(r.facts(string(k[len(k)-1]))); err != nil {
				return err
			}
		}
		return it.Err()
	})
}

// memFacts is the in-memory store's entity records: a key-value store in memory laid out
// as the embedded stores' records are, written where they write theirs (writeIndexes);
// mu makes it safe for concurrent use.
type memFacts struct {
	mu sync.RWMutex
	kv hkv.KV
}

// newMemFacts returns empty records, marked complete.
func newMemFacts(ctx context.Context) (*memFacts, error) {
	m := &memFacts{kv: flat.Upgrade(btree.New())}
	return m, hkv.Update(ctx, m.kv, func(tx hkv.Tx) error { return markFactsReady(ctx, tx) })
}

// write applies c to the records.
func (m *memFacts) write(ctx context.Context, c factsChange) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return hkv.Update(ctx, m.kv, func(tx hkv.Tx) error { return writeFacts(ctx, tx, c, nil) })
}

// records is the key-value store that holds the entity records: the embedded store's own,
// or the in-memory store's beside it.
func (s *cayleyStore) records() hkv.KV {
	if s.memFacts != nil {
		return s.memFacts.kv
	}
	return s.kv
}

// countFacts counts an entity's facts from its quads: each predicate's posting list read
// once, the quads of each distinct value counted.
func (s *cayleyStore) countFacts(ctx context.Context, id string) (EntityFacts, error) {
	node := EntityIRI(id)
	f := EntityFacts{ID: id}
	for _, p := range append(factPreds, PredMentionedIn) {
		var order []cgraph.Ref
		n := map[interface{}]int{}
		err := s.matching(ctx, match{quad.Subject: node, quad.Predicate: quad.IRI(p)}, func(q cgraph.Ref) error {
			o, err := s.qs.QuadDirection(q, quad.Object)
			if err != nil || o == nil {
				return err
			}
			k := refs.ToKey(o)
			if _, seen := n[k]; !seen {
				order = append(order, o)
			}
			n[k]++
			return nil
		})
		if err != nil {
			return EntityFacts{}, err
		}
		if p == PredMentionedIn {
			f.Mentions = len(order)
			continue
		}
		if len(order) == 0 {
			continue
		}
		vals, err := refs.ValuesOf(ctx, s.qs, order)
		if err != nil {
			return EntityFacts{}, err
		}
		dst := f.field(p)
		for i, v := range vals {
			text := Text(v)
			if p == PredRoleOf {
				text = strings.TrimPrefix(text, EntityPrefix)
			}
			*dst = append(*dst, Counted{Value: text, Articles: n[refs.ToKey(order[i])]})
		}
	}
	return f, nil
}

// EntityContacts is Store.EntityContacts: the entity's contacts record.
func (s *cayleyStore) EntityContacts(ctx context.Context, id string) ([]string, bool, error) {
	if s.sql != nil && s.sql.facts {
		_, contacts, err := s.sql.entityFacts(ctx, id)
		return contacts, err == nil, err
	}
	if !s.factsReady {
		return nil, false, nil
	}
	var r factsRecord
	err := s.readRecord(ctx, contactsKey(id), &r)
	if err != nil {
		return nil, false, fmt.Errorf("contacts of %s: %w", id, err)
	}
	out := make([]string, 0, len(r.Vals))
	for _, v := range r.Vals {
		out = append(out, v.Value)
	}
	sort.Strings(out)
	return out, true, nil
}

// FactsFromLookups counts an entity's facts with Out and Labels alone, for a Store that
// keeps no records and has no cheaper way (the client of a remote server).
func FactsFromLookups(ctx context.Context, s Store, id string) (EntityFacts, error) {
	node := EntityIRI(id)
	f := EntityFacts{ID: id}
	for _, p := range factPreds {
		vals, err := s.Out(ctx, node, p)
		if err != nil {
			return EntityFacts{}, err
		}
		for _, v := range vals {
			labels, err := s.Labels(ctx, node, p, v)
			if err != nil {
				return EntityFacts{}, err
			}
			text := Text(v)
			if p == PredRoleOf {
				text = strings.TrimPrefix(text, EntityPrefix)
			}
			*f.field(p) = append(*f.field(p), Counted{Value: text, Articles: len(labels)})
		}
	}
	arts, err := s.Out(ctx, node, PredMentionedIn)
	if err != nil {
		return EntityFacts{}, err
	}
	f.Mentions = len(arts)
	return f, nil
}
