package queries

import (
	"context"
	"errors"
	"fmt"
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
	// whose cost can double with each character and which no interrupt reaches: the match
	// stops after this long (regexp2's MatchTimeout), freeing its core, and the query fails
	// with an error that says so (gizmoGuards; goja itself would answer "no match").
	MaxRegexpMatch = time.Second
	// freeAfter is the heap growth past which a finished query's memory is handed back to
	// the system at once.
	freeAfter = 64 << 20
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
	// Queue makes a query wait for a slot (until its context ends) instead of failing
	// with ErrBusy: for one user's queries (the CLI, the console), where a query just
	// interrupted may still hold its slot for a moment while its interpreter stops.
	Queue bool
}

// GizmoRunner runs Gizmo queries within GizmoLimits. Memory is watched from outside the
// interpreter, which counts none: every few milliseconds the Go heap is read, and a query
// whose run has added more than QueryMemory to it (live, or twice that counting garbage;
// see stopOver), or the largest one when the heap is over TotalMemory, is interrupted with
// a *MemoryError. Go cannot tell which goroutine allocated what, so a query is charged with
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
	base    heap // the heap when the query started, or its least since
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
// process, and a queue rather than ErrBusy past MaxConcurrent.
func DefaultGizmoRunner() *GizmoRunner {
	defaultRunnerOnce.Do(func() { defaultRunner = NewGizmoRunner(GizmoLimits{Queue: true}) })
	return defaultRunner
}

// Run runs one query: exec gets a context cancelled with a *MemoryError cause when the
// query goes over budget, and returns its error and a function that blocks until its
// interpreter has stopped (nil if it has); exec runs the query on a goja runtime it guards
// with GuardRuntime, or in a Cayley session (Gizmo). Run returns ErrBusy without calling exec when
// every slot is taken (unless Queue), and the *MemoryError in place of exec's error when one stopped it.
func (r *GizmoRunner) Run(ctx context.Context, exec func(ctx context.Context) (wait func(), err error)) error {
	if r.lim.Queue {
		select {
		case r.slots <- struct{}{}:
		case <-ctx.Done():
			return fmt.Errorf("gizmo: waiting for one of the %d queries running to end: %w", r.lim.MaxConcurrent, ctx.Err())
		}
	} else {
		select {
		case r.slots <- struct{}{}:
		default:
			return fmt.Errorf("%w: %d queries are running, the most allowed at once; try again in a moment", ErrBusy, r.lim.MaxConcurrent)
		}
	}
	r.idle.Add(1)
	qctx, stop := context.WithCancelCause(ctx)
	q := &runningQuery{base: readHeap(), stop: stop}
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
			wait = nil // it holds the interpreter, whose memory is to be freed below
		}
		r.mu.Lock()
		delete(r.running, q)
		stopped, base := q.stopped, q.base
		r.mu.Unlock()
		if stopped || readHeap().objects > base.objects+freeAfter {
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
		r.stopOver(readHeap())
	}
}

// stopOver stops each query over its budget, and the one that has grown the heap most when
// the process is over its budget. Over means: live memory (as of the last collection) grown
// past the budget, or the heap's objects, garbage included, grown past twice the budget,
// which garbage alone does not reach (the collector runs when the heap has doubled).
func (r *GizmoRunner) stopOver(h heap) {
	r.mu.Lock()
	defer r.mu.Unlock()
	over := func(h, base heap, budget int64) bool {
		return grown(h.live, base.live) > uint64(budget) || grown(h.objects, base.objects) > 2*uint64(budget)
	}
	var largest *runningQuery
	stoppedOne := false
	for q := range r.running {
		// What a query started beside (another's garbage) is not its own: its base is the
		// least the heap has been since.
		q.base.live = min(q.base.live, h.live)
		q.base.objects = min(q.base.objects, h.objects)
		if q.stopped {
			continue
		}
		if over(h, q.base, r.lim.QueryMemory) {
			q.stopped, stoppedOne = true, true
			q.stop(&MemoryError{Budget: r.lim.QueryMemory})
			continue
		}
		if largest == nil || grown(h.objects, q.base.objects) > grown(h.objects, largest.base.objects) {
			largest = q
		}
	}
	if !stoppedOne && largest != nil && over(h, heap{}, r.lim.TotalMemory) {
		largest.stopped = true
		largest.stop(&MemoryError{Budget: r.lim.TotalMemory, Process: true})
	}
}

func grown(now, base uint64) uint64 {
	if now > base {
		return now - base
	}
	return 0
}

// heap is the Go heap's size in bytes: its live objects as of the last collection, and
// all its objects, live or not yet swept.
type heap struct{ live, objects uint64 }

var heapSamples = []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}

func readHeap() heap {
	s := make([]metrics.Sample, len(heapSamples))
	copy(s, heapSamples)
	metrics.Read(s)
	return heap{live: s[0].Value.Uint64(), objects: s[1].Value.Uint64()}
}
