package extract

import (
	"runtime"
	"testing"
	"time"

	"github.com/relgraph/relgraph/ingest/timex"
	"github.com/relgraph/relgraph/internal/heaptest"
	"github.com/relgraph/relgraph/internal/testtext"
)

// TestExtractMemoryIsBounded extracts a 3 MiB run-on article (about 750,000 tokens) and
// checks what users of a large article rely on: that the memory an extraction works in,
// beyond the result it returns, does not grow with the article. The tokens, mentions and
// trees of a whole article took some twenty bytes per byte of text (about 85 MiB here,
// before long articles were extracted in parts); one part's take a bounded amount, and
// the result itself stays a small multiple of the text. Live heaps are sampled after a
// collection, so the figures do not depend on when the collector runs; the second largest
// sample is the peak (heaptest.Sustained), so that one sample caught at a passing high
// (under load two runs in thirteen read 64 and 80 MiB against 18-28 MiB) does not decide;
// the bounds leave about twice the room measured.
func TestExtractMemoryIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 3 MiB")
	}
	x := New()
	text, _ := testtext.RunOn(3 << 20)
	base := heaptest.Live()
	var r Result
	peak, after := heaptest.Sustained(100*time.Millisecond, func() { r = x.Extract("long", text, timex.Date{}) })
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
