package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/internal/heaptest"
)

// TestHashIDHoldsOnlyItsDigits: an ID is the first 16 hex digits of the parts' SHA-256, as
// it always was, and keeping one keeps 16 bytes, not the 64 of the whole hex digest it used
// to be a slice of (a long article's document keeps one for each of its events).
func TestHashIDHoldsOnlyItsDigits(t *testing.T) {
	sum := sha256.Sum256([]byte("a\x00b\x00"))
	if got, want := HashID("a", "b"), hex.EncodeToString(sum[:])[:16]; got != want {
		t.Fatalf("HashID(a, b) = %q, want %q", got, want)
	}
	const n = 100000
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprint(i)
	}
	ids := make([]string, n)
	before := heaptest.Live()
	for i, p := range parts {
		ids[i] = HashID("event", p)
	}
	held := float64(int64(heaptest.Live())-int64(before)) / n
	runtime.KeepAlive(parts)
	for _, id := range ids {
		if len(id) != 16 {
			t.Fatalf("ID %q: want 16 hex digits", id)
		}
	}
	if held > 24 {
		t.Errorf("each ID kept %.1f bytes of heap; want 16 (its digits)", held)
	}
}

// TestHashIDReadsItsPartsInPlace: hashing a long part does not copy it (the content hash
// of issue 16's 60 MB article made a 60 MB copy of its text while the text and its JSON
// line were held).
func TestHashIDReadsItsPartsInPlace(t *testing.T) {
	long := strings.Repeat("Putin met Macron in Paris. ", 150000)
	sum := sha256.Sum256([]byte("a\x00" + long + "\x00"))
	want := hex.EncodeToString(sum[:])[:16]
	HashID("a", long) // first use
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := HashID("a", long)
	runtime.ReadMemStats(&after)
	if got != want {
		t.Fatalf("HashID = %q, want %q", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<10 { // the runtime's own allocations count too
		t.Errorf("HashID of a part of %d bytes allocated %d bytes; want it read in place", len(long), alloc)
	}
}
