package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// settle collects garbage until the goroutine count is at most want or the deadline passes,
// and returns the final goroutine count and live heap.
func settle(want int, deadline time.Time) (int, uint64) {
	var ms runtime.MemStats
	for {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		n := runtime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n, ms.HeapAlloc
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestLoad sends 400 Gizmo queries, 20 at a time, to a real server on loopback; one in ten
// is a runaway loop that only the query timeout stops. Every query must be answered (the
// runaway ones with an error), and afterwards the server's goroutines and live heap must be
// back near where they started.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 400 queries; skipped with -short")
	}
	const total, parallel = 400, 20
	// More queries may run than there are clients: this test is about what stays behind a
	// load (TestQueryBusy is about the bound), and a runaway query keeps its slot until its
	// interpreter has stopped, a moment after its client got the timeout and sent the next.
	h := testHandler(t, Config{QueryTimeout: 500 * time.Millisecond, MaxQueries: 2 * parallel})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()

	transport := &http.Transport{MaxIdleConnsPerHost: 20}
	client := &http.Client{Transport: transport, Timeout: 30 * time.Second}
	// A first query warms the store and the handlers, so the baseline counts what stays.
	if resp, err := client.Post(base+"/api/v2/query?lang=gizmo", "application/javascript", strings.NewReader(`g.V().Limit(1).All()`)); err == nil {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	transport.CloseIdleConnections()
	baseG, baseHeap := settle(0, time.Now().Add(200*time.Millisecond))

	var ok, stopped, failed atomic.Int64
	var peak atomic.Uint64
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				q := fmt.Sprintf(`g.V("<entity/%s>").Out("<called>").Out("<name>").All()`, []string{"anna-berg", "tomas-vale", "norland"}[i%3])
				runaway := i%10 == 0
				if runaway {
					q = `while(true){}`
				}
				resp, err := client.Post(base+"/api/v2/query?lang=gizmo", "application/javascript", strings.NewReader(q))
				if err != nil {
					failed.Add(1)
					t.Errorf("query %d: %v", i, err)
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch {
				case runaway && resp.StatusCode != http.StatusOK:
					stopped.Add(1)
				case !runaway && resp.StatusCode == http.StatusOK && strings.Contains(string(body), `"result"`):
					ok.Add(1)
				default:
					failed.Add(1)
					t.Errorf("query %d (runaway %v): %d %s", i, runaway, resp.StatusCode, body)
				}
				var ms runtime.MemStats
				if i%20 == 0 {
					runtime.ReadMemStats(&ms)
					for {
						p := peak.Load()
						if ms.HeapAlloc <= p || peak.CompareAndSwap(p, ms.HeapAlloc) {
							break
						}
					}
				}
			}
		}()
	}
	for i := range total {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	transport.CloseIdleConnections()

	if got := ok.Load() + stopped.Load(); got != total {
		t.Fatalf("%d of %d queries answered (%d failed)", got, total, failed.Load())
	}
	if stopped.Load() != total/10 {
		t.Errorf("%d runaway queries stopped, want %d", stopped.Load(), total/10)
	}
	// The server must still answer after the load.
	resp, err := client.Get(base + "/health")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("after the load /health: %v %v", resp, err)
	}
	resp.Body.Close()
	transport.CloseIdleConnections()

	g, heap := settle(baseG+2, time.Now().Add(10*time.Second))
	t.Logf("%d queries answered (%d runaway loops stopped by the timeout); goroutines %d before, %d after; live heap %.1f MB before, peak %.1f MB, %.1f MB after",
		ok.Load()+stopped.Load(), stopped.Load(), baseG, g, float64(baseHeap)/1e6, float64(peak.Load())/1e6, float64(heap)/1e6)
	if g > baseG+2 {
		t.Errorf("goroutines did not return to their baseline: %d before, %d after", baseG, g)
	}
	if heap > baseHeap+32<<20 {
		t.Errorf("live heap did not return to its baseline: %.1f MB before, %.1f MB after", float64(baseHeap)/1e6, float64(heap)/1e6)
	}
}
