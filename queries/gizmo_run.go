package queries

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/dlclark/regexp2"
)

// Bounds on running Gizmo queries, the defaults of GizmoLimits. A query is JavaScript run by
// goja (through Cayley's gizmo package), which has no memory limit of its own: arrays grew
// to 1.6 GB and "x".repeat(1e8) to 3.3 GB within a query's timeout.
const (
	DefaultQueryMemory   = 256 << 20 // bytes of heap one query may add
	DefaultTotalMemory   = 1 << 30   // bytes of heap the process may hold while queries run
	DefaultMaxConcurrent = 4         // queries running at once
	// MaxRegexpMatch bounds one match of a regular expression that Go's linear regexp cannot
	// run (lookaround, backreferences), which goja hands to regexp2, a backtracking engine
	// whose cost can double with each character and which no interrupt reaches. A match
	// that runs longer ends as no match (goja drops regexp2's timeout error); the query's
	// own timeout is the usual end of such a query, and this frees its core at most a
	// second later.
	MaxRegexpMatch = time.Second
	// memoryCheckInterval is how often a running query's memory is looked at.
	memoryCheckInterval = 5 * time.Millisecond
)

// ErrBusy is the error of a query refused because MaxConcurrent queries are running.
var ErrBusy = errors.New("too many queries running")

// ErrQueryMemory is what a *MemoryError wraps, for errors.Is.
var ErrQueryMemory = errors.New("query over its memory budget")

// MemoryError is a query stopped for its memory: over its own budget, or the one it ran
// with when the process's budget was reached.
type MemoryError struct {
	Budget  int64 // bytes
	Process bool  // the process's budget, not the query's own
}

func (e *MemoryError) Error() string {
	if e.Process {
		return fmt.Sprintf("the query was stopped: queries together used more than the server's %d MiB of memory; try again, or return fewer values (.Limit(n), .Count())", e.Budget>>20)
	}
	return fmt.Sprintf("the query was stopped: it used more than %d MiB of memory; return fewer values (.Limit(n), .Count()) or build smaller strings and arrays", e.Budget>>20)
}

func (e *MemoryError) Unwrap() error { return ErrQueryMemory }

// GizmoLimits bound the Gizmo queries of a GizmoRunner; a zero field takes its default.
type GizmoLimits struct {
	MaxConcurrent int   // queries running at once; one more gets ErrBusy
	QueryMemory   int64 // bytes of heap one query may add while it runs
	TotalMemory   int64 // bytes of heap the process may hold while queries run
}

// GizmoRunner runs Gizmo queries within GizmoLimits. Memory is watched from outside the
// interpreter, which counts none: every few milliseconds the Go heap is read, and a query
// whose run has added more than QueryMemory to it (after a collection, so that garbage does
// not count), or the largest one when the heap is over TotalMemory, is interrupted with a
// *MemoryError. Go cannot tell which goroutine allocated what, so a query is charged with
// all the heap added while it ran: concurrent queries can stop each other, never exceed
// their budget unseen. Builtins that would allocate in one call more than a budget allows
// (String.prototype.repeat, Array.prototype.fill on a huge length...) throw a RangeError
// first, since no interrupt reaches inside one call (see gizmoGuards).
//
// A slot is held until the interpreter has really stopped, not only until the answer, so
// that MaxConcurrent bounds the cores in use. A GizmoRunner is safe for concurrent use.
type GizmoRunner struct {
	lim   GizmoLimits
	slots chan struct{}
	idle  sync.WaitGroup

	mu      sync.Mutex
	running map[*runningQuery]struct{}
}

type runningQuery struct {
	base    uint64 // heap bytes when the query started
	stop    context.CancelCauseFunc
	stopped bool
}

var setRegexpTimeout sync.Once

// NewGizmoRunner returns a runner with limits lim. The first one also bounds every
// regexp2 match in the process to MaxRegexpMatch (regexp2.DefaultMatchTimeout).
func NewGizmoRunner(lim GizmoLimits) *GizmoRunner {
	if lim.MaxConcurrent <= 0 {
		lim.MaxConcurrent = DefaultMaxConcurrent
	}
	if lim.QueryMemory <= 0 {
		lim.QueryMemory = DefaultQueryMemory
	}
	if lim.TotalMemory <= 0 {
		lim.TotalMemory = DefaultTotalMemory
	}
	setRegexpTimeout.Do(func() { regexp2.DefaultMatchTimeout = MaxRegexpMatch })
	return &GizmoRunner{lim: lim, slots: make(chan struct{}, lim.MaxConcurrent), running: map[*runningQuery]struct{}{}}
}

// Limits returns the runner's limits, defaults filled in.
func (r *GizmoRunner) Limits() GizmoLimits { return r.lim }

// Running returns how many queries hold a slot now.
func (r *GizmoRunner) Running() int { return len(r.slots) }

// Wait blocks until no query of the runner is running, interpreters included.
func (r *GizmoRunner) Wait() { r.idle.Wait() }

var (
	defaultRunnerOnce sync.Once
	defaultRunner     *GizmoRunner
)

// DefaultGizmoRunner is the runner of Engine.Gizmo: the default limits, shared by the
// process.
func DefaultGizmoRunner() *GizmoRunner {
	defaultRunnerOnce.Do(func() { defaultRunner = NewGizmoRunner(GizmoLimits{}) })
	return defaultRunner
}

// Run runs one query: exec gets a context cancelled with a *MemoryError cause when the
// query goes over budget, and returns its error and a function that blocks until its
// interpreter has stopped (nil if it has); exec runs the query on a goja runtime it guards
// with GuardRuntime, or in a Cayley session (Gizmo). Run returns ErrBusy without calling exec when
// every slot is taken, and the *MemoryError in place of exec's error when one stopped it.
func (r *GizmoRunner) Run(ctx context.Context, exec func(ctx context.Context) (wait func(), err error)) error {
	select {
	case r.slots <- struct{}{}:
	default:
		return fmt.Errorf("%w: %d queries are running, the most allowed at once; try again in a moment", ErrBusy, r.lim.MaxConcurrent)
	}
	r.idle.Add(1)
	qctx, stop := context.WithCancelCause(ctx)
	q := &runningQuery{base: heapBytes(), stop: stop}
	r.mu.Lock()
	r.running[q] = struct{}{}
	first := len(r.running) == 1
	r.mu.Unlock()
	if first {
		go r.watch()
	}
	wait, err := exec(qctx)
	var memErr *MemoryError
	if errors.As(context.Cause(qctx), &memErr) {
		err = memErr
	}
	stop(nil)
	finish := func() {
		if wait != nil {
			wait()
		}
		r.mu.Lock()
		delete(r.running, q)
		r.mu.Unlock()
		if q.stopped {
			// What the query held is garbage now; an idle server would otherwise keep it
			// (no allocation, no collection) and its pages.
			debug.FreeOSMemory()
		}
		<-r.slots
		r.idle.Done()
	}
	if wait == nil {
		finish()
	} else {
		go finish()
	}
	return err
}

// watch checks the running queries' memory until none is left.
func (r *GizmoRunner) watch() {
	t := time.NewTicker(memoryCheckInterval)
	defer t.Stop()
	for range t.C {
		r.mu.Lock()
		n := len(r.running)
		r.mu.Unlock()
		if n == 0 {
			return
		}
		if r.over(heapBytes()) {
			// Garbage counts in the heap until a collection: collect, then judge.
			runtime.GC()
			r.stopOver(heapBytes())
		}
	}
}

// over reports whether heap is over a budget of a running query or of the process.
func (r *GizmoRunner) over(heap uint64) bool {
	if heap > uint64(r.lim.TotalMemory) {
		return true
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for q := range r.running {
		if !q.stopped && heap > q.base && heap-q.base > uint64(r.lim.QueryMemory) {
			return true
		}
	}
	return false
}

// stopOver stops each query whose heap growth is over its budget, and the one that has
// grown the heap most when it is over the process's budget.
func (r *GizmoRunner) stopOver(heap uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var largest *runningQuery
	stoppedOne := false
	for q := range r.running {
		if q.stopped {
			continue
		}
		if heap > q.base && heap-q.base > uint64(r.lim.QueryMemory) {
			q.stopped, stoppedOne = true, true
			q.stop(&MemoryError{Budget: r.lim.QueryMemory})
			continue
		}
		if largest == nil || q.base < largest.base {
			largest = q
		}
	}
	if !stoppedOne && largest != nil && heap > uint64(r.lim.TotalMemory) {
		largest.stopped = true
		largest.stop(&MemoryError{Budget: r.lim.TotalMemory, Process: true})
	}
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// heapBytes returns the bytes of the Go heap in objects, live or not yet swept.
func heapBytes() uint64 {
	s := make([]metrics.Sample, 1)
	copy(s, heapSample)
	metrics.Read(s)
	return s[0].Value.Uint64()
}
