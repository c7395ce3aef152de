package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
)

// The questions about one entity (its relations, last contact, neighbours, timeline) start
// from the events it acts in or is the target of. Decoding an event from its quads takes
// about twenty reads (its properties, then its article's); China's 2,520 events in the wire
// corpus taken ten times took a second before any answer was built. The embedded stores
// also keep, per entity, a summary of each of its events, read by one scan of a prefix:
//
//	relgraph-events / ENTITY-ID \x00 EVENT-ID \x00 ARTICLE-ID  ->  JSON of EventSummary
//
// one entry for every actor and target of the event, written and deleted in the same
// transaction as the article's quads (Put, AddQuads, a replacement, RemoveArticle), so that
// the entries are what the stored quads say. Answers then decode in full only the events
// they return. The quads are written as before.

// EventSummary is what the index of events by entity keeps of one event, as one article
// states it: enough to filter, sort and count events without reading their quads.
type EventSummary struct {
	ID      string   `json:"-"`
	Article string   `json:"-"`
	Type    string   `json:"t,omitempty"`
	Mode    string   `json:"m,omitempty"`
	Date    string   `json:"d,omitempty"`
	Negated bool     `json:"n,omitempty"`
	Future  bool     `json:"f,omitempty"`
	Actors  []string `json:"a,omitempty"` // entity ids, in store order
	Targets []string `json:"g,omitempty"`
	// Topics are the event's topics that are entities (ids); literal topics are left out.
	Topics []string `json:"p,omitempty"`
}

var (
	eventsBucket   = []byte("relgraph-events")
	eventsReadyKey = hkv.Key{[]byte("meta"), []byte("relgraph-events")}
)

// eventEntry is one entry of the index: the summary of an event under one of its entities.
type eventEntry struct {
	entity string
	sum    *EventSummary
}

func (e eventEntry) key() hkv.Key {
	return hkv.Key{eventsBucket, []byte(e.entity + "\x00" + e.sum.ID + "\x00" + e.sum.Article)}
}

// eventsChange is what a write deletes from the index and puts in it, deletions first.
type eventsChange struct{ del, put []eventEntry }

// eventEntries returns the index entries that the quads of one or more whole articles
// state: the summary of every event among them, under each of its actors and targets.
func eventEntries(qs []quad.Quad) []eventEntry {
	type key struct{ event, article string }
	sums := map[key]*EventSummary{}
	var order []key
	for _, q := range qs {
		subj, ok := q.Subject.(quad.IRI)
		if !ok || !strings.HasPrefix(string(subj), EventPrefix) || q.Label == nil {
			continue
		}
		k := key{strings.TrimPrefix(string(subj), EventPrefix), strings.TrimPrefix(Text(q.Label), ArticlePrefix)}
		s := sums[k]
		if s == nil {
			s = &EventSummary{ID: k.event, Article: k.article}
			sums[k] = s
			order = append(order, k)
		}
		pred, _ := q.Predicate.(quad.IRI)
		obj := Text(q.Object)
		entity := func() (string, bool) {
			iri, ok := q.Object.(quad.IRI)
			if !ok || !strings.HasPrefix(string(iri), EntityPrefix) {
				return "", false
			}
			return strings.TrimPrefix(string(iri), EntityPrefix), true
		}
		switch string(pred) {
		case PredPlover:
			s.Type = obj
		case PredMode:
			s.Mode = obj
		case PredDate:
			s.Date = obj
		case PredNegated:
			s.Negated = obj == "true"
		case PredFuture:
			s.Future = obj == "true"
		case PredActor:
			if id, ok := entity(); ok {
				s.Actors = append(s.Actors, id)
			}
		case PredTarget:
			if id, ok := entity(); ok {
				s.Targets = append(s.Targets, id)
			}
		case PredTopic:
			if id, ok := entity(); ok {
				s.Topics = append(s.Topics, id)
			}
		}
	}
	var out []eventEntry
	for _, k := range order {
		s := sums[k]
		seen := map[string]bool{}
		for _, id := range append(append([]string{}, s.Actors...), s.Targets...) {
			if !seen[id] {
				seen[id] = true
				out = append(out, eventEntry{id, s})
			}
		}
	}
	return out
}

// writeEvents applies c in tx: its deletions, then its entries.
func writeEvents(ctx context.Context, tx hkv.Tx, c eventsChange) error {
	for _, e := range c.del {
		if err := tx.Del(ctx, e.key()); err != nil {
			return err
		}
	}
	for _, e := range c.put {
		data, err := json.Marshal(e.sum)
		if err != nil {
			return err
		}
		if err := tx.Put(ctx, e.key(), data); err != nil {
			return err
		}
	}
	return nil
}

// markEventsReady creates the index's bucket and marks it complete.
func markEventsReady(ctx context.Context, tx hkv.Tx) error {
	if err := hkv.CreateBucket(ctx, tx, hkv.Key{eventsBucket}); err != nil {
		return err
	}
	return tx.Put(ctx, eventsReadyKey, []byte{1})
}

// eventsReady reports whether the kv store's index of events by entity is complete.
func eventsReady(ctx context.Context, db hkv.KV) (bool, error) {
	ready := false
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, eventsReadyKey)
		if err == hkv.ErrNotFound {
			return nil
		}
		ready = err == nil
		return err
	})
	return ready, err
}

// buildEvents indexes the events of a store created before the index: one pass over every
// quad, keeping those of events, then one transaction.
func (s *cayleyStore) buildEvents(ctx context.Context) error {
	var evq []quad.Quad
	err := s.Quads(ctx, func(q quad.Quad) error {
		if iri, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(iri), EventPrefix) {
			evq = append(evq, q)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.kv.Update(ctx, func(tx hkv.Tx) error {
		if err := writeEvents(ctx, tx, eventsChange{put: eventEntries(evq)}); err != nil {
			return err
		}
		return markEventsReady(ctx, tx)
	})
}

// EventSummaries is Store.EventSummaries: a prefix scan of the index of events by entity.
func (s *cayleyStore) EventSummaries(ctx context.Context, entity string, fn func(EventSummary) error) (bool, error) {
	switch {
	case entity == "":
		return false, nil
	case s.sql != nil:
		if !s.sql.facts {
			return false, nil
		}
		sums, err := s.sql.eventSummaries(ctx, entity)
		for _, sum := range sums {
			if err != nil {
				break
			}
			err = fn(sum)
		}
		return err == nil, err
	case s.memEvents != nil:
		s.wmu.Lock()
		var sums []EventSummary
		for _, k := range SortedKeys(s.memEvents[entity]) {
			sums = append(sums, *s.memEvents[entity][k])
		}
		s.wmu.Unlock()
		for _, sum := range sums {
			if err := fn(sum); err != nil {
				return true, err
			}
		}
		return true, nil
	case s.kv == nil || !s.eventsReady:
		return false, nil
	}
	prefix := []byte(entity + "\x00")
	err := hkv.View(ctx, s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{eventsBucket, prefix}))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			rest := bytes.TrimPrefix(k[len(k)-1], prefix)
			ev, art, _ := bytes.Cut(rest, []byte{0})
			sum := EventSummary{ID: string(ev), Article: string(art)}
			if err := json.Unmarshal(it.Val(), &sum); err != nil {
				return fmt.Errorf("event summary %s: %w", ev, err)
			}
			if err := fn(sum); err != nil {
				return err
			}
		}
		return it.Err()
	})
	return err == nil, err
}

// memEventIndex is the in-memory store's index: entity -> event and article -> summary.
type memEventIndex map[string]map[string]*EventSummary

func (m memEventIndex) apply(c eventsChange) {
	for _, e := range c.del {
		delete(m[e.entity], e.sum.ID+"\x00"+e.sum.Article)
		if len(m[e.entity]) == 0 {
			delete(m, e.entity)
		}
	}
	for _, e := range c.put {
		if m[e.entity] == nil {
			m[e.entity] = map[string]*EventSummary{}
		}
		m[e.entity][e.sum.ID+"\x00"+e.sum.Article] = e.sum
	}
}
