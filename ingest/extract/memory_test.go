package extract

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/relgraph/relgraph/ingest/timex"
)

// liveHeap runs a collection and returns the bytes it found reachable
// (/gc/heap/live:bytes): what was reachable when it started, without what was allocated
// while it ran, so the figure does not depend on how busy the other goroutines are.
func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// peakLiveHeap runs f while sampling liveHeap every 100 ms, and returns the largest
// sample and the heap in use once f has returned (what f's result keeps).
func peakLiveHeap(f func()) (peak, after uint64) {
	done := make(chan struct{})
	samples := make(chan uint64)
	go func() {
		var max uint64
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				samples <- max
				return
			case <-tick.C:
				max = maxOf(max, liveHeap())
			}
		}
	}()
	f()
	close(done)
	peak = <-samples
	after = liveHeap()
	return max(peak, after), after
}

func maxOf(a, b uint64) uint64 { return max(a, b) }

// TestExtractMemoryIsBounded extracts a 3 MiB run-on article (about 750,000 tokens) and
// checks what users of a large article rely on: that the memory an extraction works in,
// beyond the result it returns, does not grow with the article. The tokens, mentions and
// trees of a whole article took some twenty bytes per byte of text (about 85 MiB here,
// before long articles were extracted in parts); one part's take a bounded amount, and
// the result itself stays a small multiple of the text. Live heaps are sampled after a
// collection, so the figures do not depend on when the collector runs; the bounds leave
// about twice the room measured.
func TestExtractMemoryIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 3 MiB")
	}
	x := New()
	text, _ := runOn(3 << 20)
	base := liveHeap()
	var r Result
	peak, after := peakLiveHeap(func() { r = x.Extract("long", text, timex.Date{}) })
	if len(r.Events) == 0 || len(r.Entities) == 0 {
		t.Fatalf("%d events, %d entities: the article was not extracted", len(r.Events), len(r.Entities))
	}
	const mib = 1 << 20
	work := int64(peak) - int64(after)
	kept := int64(after) - int64(base)
	t.Logf("%.1f MiB text: working memory beyond the result %.1f MiB, result %.1f MiB (%d entities, %d events)",
		float64(len(text))/mib, float64(work)/mib, float64(kept)/mib, len(r.Entities), len(r.Events))
	if limit := int64(64 * mib); work > limit {
		t.Errorf("extraction worked in %.1f MiB beyond its result, more than %d MiB: the whole article's tokens and mentions are held at once",
			float64(work)/mib, limit/mib)
	}
	if limit := int64(12 * len(text)); kept > limit {
		t.Errorf("the result of a %.1f MiB article takes %.1f MiB, more than 12 times the text", float64(len(text))/mib, float64(kept)/mib)
	}
	runtime.KeepAlive(r)
}
