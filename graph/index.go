package graph

import (
	"context"
	"encoding/json"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// Lookups go through the store's indexes. Cayley's key-value stores (leveldb, bolt) keep,
// per index, one posting list of quad ids under each prefix of the index's directions:
//
//	subject, predicate           ("sp", Cayley's default)  Out, Props, ArticleHash
//	object, predicate, subject   ("ops", Cayley's default) In, Labels
//	label                        ("c", relgraph's)         an article's quads: replace, remove
//
// A lookup picks the index with the longest prefix its fixed directions cover, reads that
// posting list, and checks the other directions on each quad's ids before decoding any
// value, so Out(node, pred) costs the quads node has with pred, not every quad of node.
// The label index is created with every new embedded store; a store created before it
// keeps working, and finds an article's quads by reading every quad.

// kvIndexesKey is where Cayley's kv store records its indexes (kv/indexing.go).
var kvIndexesKey = hkv.Key{[]byte("meta"), []byte("indexes")}

// articleIndex is the index by label that relgraph adds to Cayley's two.
var articleIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// addArticleIndex records the label index in a newly initialised, still empty kv store, and
// marks its (empty) name index (names.go), entity records and surname index (facts.go) and
// index of events by entity (events.go) complete.
func addArticleIndex(db hkv.KV) error {
	ctx := context.Background()
	all := append(append([]ckv.QuadIndex{}, ckv.DefaultQuadIndexes...), articleIndex)
	data, err := json.Marshal(all)
	if err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{[]byte{quad.Label.Prefix()}}); err != nil {
			return err
		}
		if err := markNamesReady(ctx, tx); err != nil {
			return err
		}
		if err := markFactsReady(ctx, tx); err != nil {
			return err
		}
		if err := markEventsReady(ctx, tx); err != nil {
			return err
		}
		return tx.Put(ctx, kvIndexesKey, data)
	})
}

// readIndexes returns the indexes a kv store keeps, as Cayley reads them.
func readIndexes(db hkv.KV) ([]ckv.QuadIndex, error) {
	var out []ckv.QuadIndex
	err := hkv.View(context.Background(), db, func(tx hkv.Tx) error {
		data, err := tx.Get(context.Background(), kvIndexesKey)
		if err == hkv.ErrNotFound {
			return nil
		} else if err != nil {
			return err
		}
		return json.Unmarshal(data, &out)
	})
	if err != nil {
		return nil, fmt.Errorf("read the store's indexes: %w", err)
	}
	if len(out) == 0 { // Cayley before 0.7.6: one index per direction
		out = []ckv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}
	}
	return out, nil
}

// match is a set of fixed directions of a quad lookup.
type match map[quad.Direction]quad.Value

// matching calls fn with the ref of every stored quad whose directions hold the values of
// m, read through the best index of the store. It returns early with fn's error.
func (s *cayleyStore) matching(ctx context.Context, m match, fn func(q cgraph.Ref) error) error {
	want := make(map[quad.Direction]interface{}, len(m))
	fixed := make(map[quad.Direction]cgraph.Ref, len(m))
	for d, v := range m {
		r, err := s.qs.ValueOf(v)
		if err != nil {
			return err
		}
		if r == nil {
			return nil // a value never stored: no quad has it
		}
		fixed[d] = r
		want[d] = refs.ToKey(r)
	}
	it := s.candidates(ctx, fixed).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		ok := true
		for d, k := range want {
			got, err := s.qs.QuadDirection(r, d)
			if err != nil {
				return err
			}
			if got == nil || refs.ToKey(got) != k {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// candidates returns an iterator over a superset of the quads with the fixed values: the
// posting list of the kv index covering the longest prefix of them, or, in the other stores,
// their own plan for all of them (one SQL query in PostgreSQL).
func (s *cayleyStore) candidates(ctx context.Context, fixed map[quad.Direction]cgraph.Ref) iterator.Shape {
	if s.indexes == nil {
		var q shape.Quads
		for d, r := range fixed {
			q = append(q, shape.QuadFilter{Dir: d, Values: shape.Fixed{r}})
		}
		return shape.BuildIterator(ctx, s.qs, q)
	}
	var best ckv.QuadIndex
	var vals []uint64
	for _, ind := range s.indexes {
		var v []uint64
		for _, d := range ind.Dirs {
			r, ok := fixed[d].(ckv.Int64Value)
			if !ok {
				break
			}
			v = append(v, uint64(r))
		}
		if len(v) > len(vals) {
			best, vals = ind, v
		}
	}
	if len(vals) == 0 {
		for d, r := range fixed { // no index starts with these: Cayley scans every quad
			return s.qs.QuadIterator(d, r)
		}
		return s.qs.QuadsAllIterator()
	}
	return ckv.IndexScan{Index: best, Values: vals}.BuildIterator(s.qs)
}

// values calls matching and returns the distinct values in direction d of the quads found,
// in the order first seen, decoding each distinct value once.
func (s *cayleyStore) values(ctx context.Context, m match, d quad.Direction) ([]quad.Value, error) {
	seen := map[interface{}]bool{}
	var rs []cgraph.Ref
	err := s.matching(ctx, m, func(q cgraph.Ref) error {
		r, err := s.qs.QuadDirection(q, d)
		if err != nil || r == nil {
			return err
		}
		if k := refs.ToKey(r); !seen[k] {
			seen[k] = true
			rs = append(rs, r)
		}
		return nil
	})
	if err != nil || len(rs) == 0 {
		return nil, err
	}
	return refs.ValuesOf(ctx, s.qs, rs)
}
