package queries

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// Gizmo runs a Gizmo (JavaScript) query on the store and returns its results as JSON-ready
// values, at most limit of them (0: no limit). Identical results are returned once: every
// fact is stored once per article that states it, and a query for an entity's name should
// not print it once per article. The query stops when ctx is cancelled or its deadline
// passes, even inside a runaway loop. A source over the limits of CheckGizmo is refused
// before it is parsed, with an error that wraps ErrQueryLimit.
func (q *Engine) Gizmo(ctx context.Context, src string, limit int) ([]any, error) {
	if err := CheckGizmo(src); err != nil {
		return nil, err
	}
	sess := gizmo.NewSession(q.Store.QuadStore())
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	defer it.Close()
	out := []any{}
	seen := map[string]bool{}
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		key, err := json.Marshal(r)
		if err != nil || !seen[string(key)] {
			seen[string(key)] = true
			out = append(out, r)
		}
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return out, fmt.Errorf("gizmo: query stopped: %w", ctx.Err())
		}
		return out, fmt.Errorf("gizmo: %w", err)
	}
	return out, nil
}
