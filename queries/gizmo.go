package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// Gizmo runs a Gizmo (JavaScript) query on the store within the limits of
// DefaultGizmoRunner, and returns its results as JSON-ready values, at most limit of them
// (0: no limit). See GizmoRunner.Gizmo. A store that runs queries itself (a GizmoStore) is
// handed the query once CheckGizmo passes it.
func (q *Engine) Gizmo(ctx context.Context, src string, limit int) ([]any, error) {
	if gs, ok := q.Store.(GizmoStore); ok {
		if err := CheckGizmo(src); err != nil {
			return nil, err
		}
		return gs.Gizmo(ctx, src, limit)
	}
	return DefaultGizmoRunner().Gizmo(ctx, q, src, GizmoOptions{Limit: limit})
}

// GizmoStore is a graph.Store that runs Gizmo queries itself, having no local QuadStore:
// server.RemoteStore, which asks the relgraph serve holding the store.
type GizmoStore interface {
	Gizmo(ctx context.Context, src string, limit int) ([]any, error)
}

// GizmoOptions tune GizmoRunner.Gizmo.
type GizmoOptions struct {
	Limit  int  // results at most; 0: no limit
	JSONLD bool // values in JSON-LD, as Cayley answers Accept: application/ld+json
}

// Gizmo runs a Gizmo query on q's store and returns its results as JSON-ready values.
// Identical results are returned once: every fact is stored once per article that states
// it, and a query for an entity's name should not print it once per article.
//
// Errors: a source over the limits of CheckGizmo is refused before it is parsed (wrapping
// ErrQueryLimit); ErrBusy when the runner's queries are all running; a *MemoryError when
// the query went over its memory budget or the process's; the context's error when ctx
// was cancelled or its deadline passed (the query stops then, even inside a runaway loop);
// a builtin asked to make too large a value throws a RangeError, reported like any error
// of the query's own.
func (r *GizmoRunner) Gizmo(ctx context.Context, q *Engine, src string, opts GizmoOptions) ([]any, error) {
	if err := CheckGizmo(src); err != nil {
		return nil, err
	}
	col := query.JSON
	if opts.JSONLD {
		col = query.JSONLD
	}
	out := []any{}
	err := r.Run(ctx, func(ctx context.Context) (func(), error) {
		sess := gizmo.NewSession(q.Store.QuadStore())
		if err := guard(ctx, sess, guardSource(r.lim.QueryMemory)); err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		size, max := 0, r.lim.QueryMemory/4
		return drain(ctx, sess, src, col, func(v any) (bool, error) {
			key, err := json.Marshal(v)
			if err != nil || !seen[string(key)] {
				seen[string(key)] = true
				size += len(key)
				out = append(out, v)
			}
			if int64(size) > max {
				return false, fmt.Errorf("gizmo: the query's results are over %d MiB; return fewer values (.Limit(n)) or smaller ones", max>>20)
			}
			return opts.Limit <= 0 || len(out) < opts.Limit, nil
		})
	})
	return out, err
}

// guard runs the guards of gizmoGuards in sess, to the end. Its iterator is not closed:
// closing interrupts the session's interpreter, which would stop the query that follows.
func guard(ctx context.Context, sess *gizmo.Session, src string) error {
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON})
	if err == nil {
		for it.Next(ctx) {
		}
		err = it.Err()
	}
	if err != nil {
		if it != nil {
			it.Close()
		}
		return fmt.Errorf("gizmo: guard the query's builtins: %w", err)
	}
	return nil
}

// drain runs src in sess and hands each result to each while it returns true, or an error
// to stop with. It returns the query's error (the *MemoryError or other cause ctx was
// cancelled with, or ctx's error) and a function that blocks until the session's
// interpreter has stopped: Cayley's iterator stops it with an interrupt and does not wait.
func drain(ctx context.Context, sess *gizmo.Session, src string, col query.Collation, each func(any) (bool, error)) (wait func(), err error) {
	it, err := sess.Execute(ctx, src, query.Options{Collation: col})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	wait = func() {
		for it.Next(context.Background()) {
		}
	}
	defer it.Close()
	for it.Next(ctx) {
		v := it.Result()
		if v == nil || each == nil {
			continue
		}
		more, err := each(v)
		if err != nil {
			return wait, err
		}
		if !more {
			break
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, ctx.Err()) {
				return wait, cause
			}
			return wait, fmt.Errorf("gizmo: query stopped: %w", ctx.Err())
		}
		if guardFrame.MatchString(err.Error()) {
			return wait, fmt.Errorf("gizmo: %s", guardFrame.ReplaceAllString(err.Error(), ""))
		}
		return wait, fmt.Errorf("gizmo: %w", err)
	}
	return wait, nil
}
