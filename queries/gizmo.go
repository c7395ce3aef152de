package queries

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// Gizmo runs a Gizmo (JavaScript) query on the store and returns its results as JSON-ready
// values, at most limit of them (0: no limit). The query stops when ctx is cancelled or its
// deadline passes, even inside a runaway loop.
func (q *Engine) Gizmo(ctx context.Context, src string, limit int) ([]any, error) {
	sess := gizmo.NewSession(q.Store.QuadStore())
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
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
