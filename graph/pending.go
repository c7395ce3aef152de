package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
)

// A write of new articles on bolt, one of them long (longEvents), is committed in several
// bolt transactions instead of one (applyInOne). bolt keeps everything a write transaction
// writes in memory until it commits (each value, a node per page written, then a page
// buffer per dirty page), and more while it commits: the 5 MB news article of issue 16,
// 260,000 quads in one transaction, held 230 MB at the commit, and the process peaked at
// 364 MB against the target of 270. Committed in parts of boltSplitBytes, it holds
// one part's.
//
// An article so written is pending until its last part commits: before the first part
// commits, a key in pendingBucket names each new article of the write; the last part
// deletes them with its own writes. An article with a key there is not stored (ArticleHash
// says so), and the next open of the store removes whatever of it the parts that committed
// left (recoverPending), in one transaction, so that the next ingest adds it whole. The
// process whose split write failed writes no more to the store (errCutShort): Cayley keeps
// in memory the node ids of the part it discarded. ingest stops at a failed write anyway,
// and a Ctrl-C does not stop a write part way. bolt lets one
// process at a time open the store, so no other process reads a pending article's quads:
// the one that opens it next removes them before it answers anything, read-only or not.

// longEvents is the number of events from which a document is long: some 16,000 quads. A
// batch of short articles is one transaction, whatever its size.
const longEvents = 2000

// boltSplitBytes is how much a part of a long write on bolt writes (keys and values, each
// write counted) before applyInOne commits it and goes on in another: a call or two of
// splitChunk deltas. Larger parts held more at their commit and were not faster: on a
// 160,000-quad article, Put worked in 52 MB with 4 MB parts of 20,000-delta calls, 43 MB
// with 4 MB parts of 5,000-delta calls, 23 MB with 1 MB parts.
const boltSplitBytes = 1 << 20

var pendingBucket = []byte("relgraph-pending")

func pendingKey(id string) hkv.Key { return hkv.Key{pendingBucket, []byte(id)} }

// pendingArticles returns the ids of the articles a split write left pending.
func pendingArticles(ctx context.Context, db hkv.KV) ([]string, error) {
	var ids []string
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{pendingBucket}))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			if len(k) < 2 || len(k[len(k)-1]) == 0 {
				continue // the bucket itself
			}
			ids = append(ids, string(k[len(k)-1]))
		}
		return it.Err()
	})
	return ids, err
}

// isPending reports whether article id is pending.
func (s *cayleyStore) isPending(ctx context.Context, id string) (bool, error) {
	if s.kv == nil {
		return false, nil
	}
	var pending bool
	err := hkv.View(ctx, s.kv, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, pendingKey(id))
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		pending = err == nil
		return err
	})
	return pending, err
}

// markPending writes the pending key of every new article among steps to tx.
func markPending(ctx context.Context, tx hkv.Tx, steps []deltaStep) error {
	for _, st := range steps {
		if st.doc != nil {
			if err := tx.Put(ctx, pendingKey(st.doc.Article.ID), []byte{1}); err != nil {
				return err
			}
		}
	}
	return nil
}

// clearPending deletes the pending keys of ids in tx.
func clearPending(ctx context.Context, tx hkv.Tx, ids []string) error {
	for _, id := range ids {
		if err := tx.Del(ctx, pendingKey(id)); err != nil {
			return err
		}
	}
	return nil
}

// errCutShort is what a store whose write was cut short between two of its parts answers
// to any other write.
var errCutShort = errors.New("an earlier write was cut short and left a long article half-written; open the store again, which removes it, and ingest that article again")

// recoverPending removes the quads of every pending article, and its pending key, each
// article in one transaction. Open calls it, before anything reads the store.
func (s *cayleyStore) recoverPending(ctx context.Context) error {
	ids, err := pendingArticles(ctx, s.kv)
	if err != nil {
		return err
	}
	for _, id := range ids {
		old, err := s.labelled(ctx, ArticleIRI(id))
		if err != nil {
			return err
		}
		names := namesChange{del: nameEntries(old), events: eventsChange{del: eventEntries(old)}}
		if err := s.applyInOne(ctx, names, []string{id}, deltaStep{quads: old, action: cgraph.Delete}); err != nil {
			return fmt.Errorf("remove the part of article %s that an interrupted write left: %w", id, err)
		}
	}
	s.pending = false
	return nil
}
