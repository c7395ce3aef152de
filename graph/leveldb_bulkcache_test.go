package graph

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSessionValuesKeepLatest uses a small sessionValues as batchDB does, over a map that
// stands for the bulk transaction: writes and deletions go to both, reads that find nothing
// kept read the map and keep what they read. Its generations turn over many times and some
// values are too large to keep; every read must give the key's latest write.
func TestSessionValuesKeepLatest(t *testing.T) {
	keys := newSessionKeys()
	s := newSessionValues(4 << 10)
	tr := map[string]string{}
	r := rand.New(rand.NewPCG(1, 2))
	hits := 0
	read := func(k string) {
		t.Helper()
		h := keys.hash([]byte(k))
		w, ok := tr[k]
		v, found := s.get(h, []byte(k))
		switch found {
		case cacheHit:
			hits++
			if !ok || string(v) != w {
				t.Fatalf("%s: kept %.20q, want %.20q (written: %v)", k, v, w, ok)
			}
		case cacheDeleted:
			hits++
			if ok {
				t.Fatalf("%s: kept as deleted, want %.20q", k, w)
			}
		default:
			if ok {
				s.put(h, []byte(k), []byte(w))
			} else {
				s.del(h, []byte(k))
			}
		}
	}
	for i := range 50000 {
		k := fmt.Sprintf("key-%d", r.IntN(300))
		h := keys.hash([]byte(k))
		switch op := r.IntN(10); {
		case op < 4:
			v := fmt.Sprint(i)
			if r.IntN(20) == 0 {
				v = strings.Repeat("x", 100) // past maxRecord (42 bytes)
			}
			tr[k] = v
			s.write(h, []byte(k), []byte(v), false)
		case op < 5:
			delete(tr, k)
			s.write(h, []byte(k), nil, true)
		default:
			read(k)
			read(k) // the key just read is kept, unless its value is too large
		}
	}
	if hits < 10000 {
		t.Fatalf("%d reads found what was kept, want more", hits)
	}
	// A value read back may be changed by its reader without changing what is kept.
	h := keys.hash([]byte("a"))
	s.put(h, []byte("a"), []byte("one"))
	v, _ := s.get(h, []byte("a"))
	v[0] = 'X'
	if v, _ := s.get(h, []byte("a")); string(v) != "one" {
		t.Fatalf("a reads %q after its reader changed its copy, want one", v)
	}
}
