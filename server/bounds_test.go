package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

// TestQueryBounds posts queries that take memory without end to every endpoint that runs
// Gizmo: each is answered with an error that names what stopped it, and the server goes
// on answering.
func TestQueryBounds(t *testing.T) {
	h := testHandler(t, Config{QueryMemory: 64 << 20})
	for _, c := range []struct{ name, src, want string }{
		{"repeat", `"x".repeat(1e8)`, "repeat would make 100000000 characters"},
		{"an array in a loop", `var a = []; while (true) { a.push({n: a.length, s: "entry " + a.length}); }`, "more than 64 MiB of memory"},
		{"fill", `new Array(1e9).fill(1)`, "fill would make"},
	} {
		for _, req := range []struct{ target, accept string }{
			{"/api/v2/query?lang=gizmo", ""},
			{"/api/v2/query?lang=gizmo", "application/ld+json"},
			{"/api/v1/shape/gizmo", ""},
		} {
			if strings.Contains(req.target, "shape") && strings.Contains(c.src, "while") {
				// The shape recorder has no store; its loop is the same JavaScript.
				c.src = strings.Replace(c.src, "while (true)", "for (;;)", 1)
			}
			hdr := http.Header{"Content-Type": {"application/json"}}
			if req.accept != "" {
				hdr.Set("Accept", req.accept)
			}
			code, body, _ := doWith(t, h, "POST", req.target, c.src, hdr)
			if code != http.StatusBadRequest || !strings.Contains(body, c.want) {
				t.Errorf("%s to %s (Accept %q): %d %.300s, want 400 with %q", c.name, req.target, req.accept, code, body, c.want)
			}
		}
	}
	h.runner.Wait()
	code, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V("<entity/iran>").Out("<name>").All()`)
	if code != 200 || !strings.Contains(body, "Iran") {
		t.Errorf("after the stops: %d %s", code, body)
	}
}

// TestQueryBusy: with MaxQueries queries running, one more is answered 503 at once with a
// Retry-After, on the query API and the shape endpoint alike.
func TestQueryBusy(t *testing.T) {
	h := testHandler(t, Config{MaxQueries: 1})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		req := httptest.NewRequest("POST", "/api/v2/query?lang=gizmo", strings.NewReader(`while (true) {}`)).WithContext(ctx)
		req.Host = "127.0.0.1:64210"
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		done <- rec.Code
	}()
	for h.runner.Running() == 0 {
		runtime.Gosched()
	}
	for _, target := range []string{"/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
		code, body, hdr := do(t, h, "POST", target, `g.V().All()`)
		if code != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" || !strings.Contains(body, "try again") {
			t.Errorf("%s beside a running query: %d %s (Retry-After %q)", target, code, body, hdr.Get("Retry-After"))
		}
	}
	cancel()
	<-done
	h.runner.Wait()
	if code, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V("<entity/iran>").All()`); code != 200 {
		t.Errorf("after: %d %s", code, body)
	}
}
