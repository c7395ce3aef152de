package queries_test

import (
	"context"
	"errors"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/relgraph/relgraph/queries"
)

// rssBytes is the process's resident memory, from /proc/self/statm.
func rssBytes(t *testing.T) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip("no /proc/self/statm: ", err)
	}
	f := strings.Fields(string(b))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// TestGizmoMemory runs queries written to take memory without end, in a loop or in one
// builtin call, with a 64 MiB budget: each must end with an error that says so (the
// runner's memory stop, or a builtin's RangeError) well within its timeout, and the memory
// must be given back once the query is over.
func TestGizmoMemory(t *testing.T) {
	e := load(t)
	r := queries.NewGizmoRunner(queries.GizmoLimits{QueryMemory: 64 << 20, TotalMemory: 512 << 20})
	for _, c := range []struct{ name, src, want string }{
		{"an array grown in a loop", `var a = []; while (true) { a.push("entry number " + a.length); }`, "more than 64 MiB"},
		{"objects in a loop", `var a = []; while (true) { a.push({n: a.length, s: "x" + a.length}); }`, "more than 64 MiB"},
		{"a string doubled", `var s = "abc"; while (true) { s = s + s; }`, "more than 64 MiB"},
		{"repeat(1e8)", `"x".repeat(1e8)`, "repeat would make 100000000 characters"},
		{"padEnd", `"x".padEnd(1e9)`, "padEnd would make"},
		{"fill on a long array", `new Array(5e7).fill(0)`, "fill would make 50000000 elements"},
		{"join on a long empty array", `var a = []; a.length = 4e9; a.join("-")`, "join would make"},
		{"join of a repeated string", `var s = "x".repeat(1e6), a = []; for (var i = 0; i < 100; i++) { a.push(s); } a.join()`, "join would make"},
		{"spread of a long array", `Math.max(...new Array(1e8))`, "values would make"},
		{"apply with a long array", `Math.max.apply(null, new Array(1e8))`, "apply would make"},
		{"JSON of a repeated string", `var s = "x".repeat(1e6), a = []; for (var i = 0; i < 100; i++) { a.push(s); } JSON.stringify(a)`, "JSON.stringify would make"},
		{"Emit of a repeated string", `var s = "x".repeat(1e6), a = []; for (var i = 0; i < 100; i++) { a.push(s); } g.Emit(a)`, "JSON.stringify would make"},
		{"typed arrays", `new Float64Array(1e9)`, "Float64Array is not defined"},
		{"replace with a long replacement", `"x".repeat(1e4).replace(/x/g, "y".repeat(1e4))`, "replace would make"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			_, err := r.Gizmo(ctx, e, c.src, queries.GizmoOptions{Limit: 10})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one with %q", err, c.want)
			}
			if ctx.Err() != nil {
				t.Fatalf("stopped by the test's timeout, not by a limit: %v", err)
			}
			r.Wait()
			runtime.GC()
			debug.FreeOSMemory()
			if rss := rssBytes(t); rss > 300<<20 && !raceDetector {
				t.Errorf("the process holds %d MiB after the query", rss>>20)
			}
		})
	}
	// A query's memory stop says so to errors.Is, and queries that stay within their
	// budget still answer.
	_, err := r.Gizmo(context.Background(), e, `var a = []; while (true) { a.push("x" + a.length); }`, queries.GizmoOptions{})
	if !errors.Is(err, queries.ErrQueryMemory) {
		t.Errorf("memory stop: %v, want queries.ErrQueryMemory", err)
	}
	res, err := r.Gizmo(context.Background(), e,
		`var names = ["Iran", "France"].map(function (n) { return n.padEnd(8, ".") + [1, 2].join("-"); }); g.Emit(names.join(","))`, queries.GizmoOptions{})
	if err != nil || len(res) != 1 || res[0] != "Iran....1-2,France..1-2" {
		t.Errorf("a small query with the guarded builtins: %v %v", res, err)
	}
	res, err = r.Gizmo(context.Background(), e, `g.V("<entity/anna-berg>").Out("<name>").All()`, queries.GizmoOptions{})
	if err != nil || len(res) != 1 {
		t.Errorf("a graph query after the stops: %v %v", res, err)
	}
}

// TestGizmoRegexpStops runs a regular expression whose backtracking doubles with each
// character (lookahead sends it to regexp2, the backtracking engine) past the query's
// timeout: the interpreter must stop soon after, not finish the match (about 30 s for 28
// a's on this machine). The bound waited for is generous (ten times queries.MaxRegexpMatch); it
// only tells a stopped interpreter from one still matching.
func TestGizmoRegexpStops(t *testing.T) {
	e := load(t)
	r := queries.NewGizmoRunner(queries.GizmoLimits{})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := r.Gizmo(ctx, e, `g.Emit(/^(a+)+b(?=c)/.test("a".repeat(28)))`, queries.GizmoOptions{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v, want the deadline", err)
	}
	stopped := make(chan struct{})
	go func() { r.Wait(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(10 * queries.MaxRegexpMatch):
		t.Fatalf("the interpreter still runs the regular expression %v after the query's timeout", 10*queries.MaxRegexpMatch)
	}
}

// TestGizmoRegexpError: a match that regexp2 gives up on fails the query with an error
// that says why, through every way a regular expression is used, where goja alone answered
// "no match".
func TestGizmoRegexpError(t *testing.T) {
	e := load(t)
	r := queries.NewGizmoRunner(queries.GizmoLimits{})
	const s = `"a".repeat(27)`
	for _, src := range []string{
		`g.Emit(/^(a+)+b(?=c)/.test(` + s + `))`,
		`g.Emit(/(x+x+)+y(?!z)/.exec("x".repeat(26)))`,
		`g.Emit(` + s + `.replace(/^(a+)+b(?=c)/, "-"))`,
		`g.Emit(` + s + `.match(/^(a+)+b(?=c)/))`,
	} {
		_, err := r.Gizmo(context.Background(), e, src, queries.GizmoOptions{})
		if err == nil || !strings.Contains(err.Error(), "backtracks") {
			t.Errorf("%s: %v, want an error about backtracking", src, err)
		}
	}
	res, err := r.Gizmo(context.Background(), e, `g.Emit(/^(\w+) (?=Berg)/.exec("Anna Berg")[1]); g.Emit("Anna Berg".replace(/B(?=e)/, "b")); g.Emit(/x/.test("y"))`, queries.GizmoOptions{})
	if err != nil || len(res) != 3 || res[0] != "Anna" || res[1] != "Anna berg" || res[2] != false {
		t.Errorf("ordinary regular expressions: %v %v", res, err)
	}
}

// TestGizmoBusy: past MaxConcurrent running queries, one more is refused with queries.ErrBusy at
// once; once they end, queries run again.
func TestGizmoBusy(t *testing.T) {
	e := load(t)
	r := queries.NewGizmoRunner(queries.GizmoLimits{MaxConcurrent: 1})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		_, err := r.Gizmo(ctx, e, `while (true) {}`, queries.GizmoOptions{})
		done <- err
	}()
	for r.Running() == 0 {
		runtime.Gosched()
	}
	_, err := r.Gizmo(context.Background(), e, `g.V("<entity/anna-berg>").All()`, queries.GizmoOptions{})
	if !errors.Is(err, queries.ErrBusy) || !strings.Contains(err.Error(), "try again") {
		t.Errorf("a second query beside a running one: %v, want queries.ErrBusy", err)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("the cancelled query: %v", err)
	}
	r.Wait()
	if res, err := r.Gizmo(context.Background(), e, `g.V("<entity/anna-berg>").All()`, queries.GizmoOptions{}); err != nil || len(res) != 1 {
		t.Errorf("a query after: %v %v", res, err)
	}
}

// TestGizmoQueue: a runner with Queue (the CLI's) makes a query wait for a running one to
// end, rather than refuse it.
func TestGizmoQueue(t *testing.T) {
	e := load(t)
	r := queries.NewGizmoRunner(queries.GizmoLimits{MaxConcurrent: 1, Queue: true})
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan error)
	go func() {
		_, err := r.Gizmo(ctx, e, `while (true) {}`, queries.GizmoOptions{})
		first <- err
	}()
	for r.Running() == 0 {
		runtime.Gosched()
	}
	second := make(chan error)
	go func() {
		_, err := r.Gizmo(context.Background(), e, `g.V("<entity/anna-berg>").All()`, queries.GizmoOptions{})
		second <- err
	}()
	cancel()
	<-first
	if err := <-second; err != nil {
		t.Errorf("the queued query: %v", err)
	}
}
