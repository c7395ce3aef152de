package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/relgraph/relgraph/graph"
)

// crossSitePage is a page on another site that tries to change the graph of a local
// relgraph serve, as any page a user opens could: the requests a browser sends without
// asking the target (text/plain and form bodies), and one it asks about first (JSON). The
// page's title becomes "done" when all have settled, with what each saw.
const crossSitePage = `<!doctype html><title>loading</title><script>
const target = %q;
const quad = %q;
const tries = [
	fetch(target + "/api/v2/write", {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: quad}),
	fetch(target + "/api/v2/write", {method: "POST", mode: "no-cors", body: new URLSearchParams({q: quad})}),
	fetch(target + "/api/v2/query?lang=gizmo", {method: "POST", mode: "no-cors", body: "g.V().All()"}),
	fetch(target + "/api/v2/write", {method: "POST", headers: {"Content-Type": "application/json"}, body: "[]"}),
];
Promise.allSettled(tries).then(rs => { document.title = "done " + rs.map(r => r.status).join(","); });
</script>`

// TestBrowserCrossSite runs, in a real Chromium, a page from another origin that posts
// writes to a relgraph server allowing them, and a page reached through a domain name
// re-pointed at the server (DNS rebinding) that posts a write as its own origin. Neither
// write may be stored.
func TestBrowserCrossSite(t *testing.T) {
	exe := chromium(t)
	st, err := graph.Open(context.Background(), "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(context.Background(), testDocuments()); err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: st, AllowWrites: true, QueryTimeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var reached []string // what reached the relgraph server, for the failure message
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		reached = append(reached, fmt.Sprintf("%s %s (Host %s, Origin %q, Content-Type %q)", r.Method, r.URL.Path, r.Host, r.Header.Get("Origin"), r.Header.Get("Content-Type")))
		mu.Unlock()
		h.ServeHTTP(w, r)
		mu.Lock()
	}))
	defer srv.Close()
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, crossSitePage, srv.URL, mallory)
	}))
	defer other.Close()

	u, _ := url.Parse(srv.URL)
	bounded := startBrowser(t, exe, chromedp.Flag("host-resolver-rules", "MAP rebind.test 127.0.0.1"))

	t.Run("a page on another origin", func(t *testing.T) {
		ctx := bounded(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(other.URL+"/")); err != nil {
			t.Fatal(err)
		}
		title, err := chromedp.Run(ctx, chromedp.Poll[string](`document.title.startsWith("done") && document.title`))
		if err != nil {
			t.Fatalf("the page never finished: %v", err)
		}
		mu.Lock()
		defer mu.Unlock()
		t.Logf("page: %s; reached the server: %q", title, reached)
		if len(reached) < 3 {
			t.Errorf("only %d requests reached the server; the test did not try what it means to", len(reached))
		}
		if storedMallory(t, st) {
			t.Errorf("a page on another origin wrote to the graph; requests: %q", reached)
		}
	})

	t.Run("a page through a re-pointed domain name", func(t *testing.T) {
		ctx := bounded(t)
		mu.Lock()
		reached = nil
		mu.Unlock()
		page := "http://rebind.test:" + u.Port() + "/health"
		if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
			t.Fatal(err)
		}
		status, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(
			`fetch("/api/v2/write", {method: "POST", headers: {"Content-Type": "application/n-quads"}, body: %q}).then(r => r.status)`, mallory),
			chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		defer mu.Unlock()
		if status != http.StatusMisdirectedRequest || storedMallory(t, st) {
			t.Errorf("a write from %s: status %d, stored %v; requests: %q", page, status, storedMallory(t, st), reached)
		}
	})
}
