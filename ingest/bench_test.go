package ingest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/ingest"
	"github.com/relgraph/relgraph/ingest/extract"
)

// wirePath is the corpus of 1,283 dated wire stories in the shared evaluation data.
func wirePath(b *testing.B) string {
	p, _ := filepath.Abs("../../shared/data/news/agency-wire-1997-2005.jsonl")
	if _, err := os.Stat(p); err != nil {
		b.Skipf("the wire corpus is not here (%v); it lives in ../shared/data/news", err)
	}
	return p
}

// scaleUp writes the corpus n times over into one JSONL file, each copy with its own ids,
// urls and a marker sentence, so every article is new to the store.
func scaleUp(b *testing.B, src string, n int) string {
	in, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(in))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil {
			lines = append(lines, m)
		}
	}
	path := filepath.Join(b.TempDir(), fmt.Sprintf("wire-x%d.jsonl", n))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range n {
		for _, m := range lines {
			c := make(map[string]any, len(m))
			for k, v := range m {
				c[k] = v
			}
			c["id"] = fmt.Sprintf("%v-copy%d", m["id"], i)
			c["text"] = fmt.Sprintf("%v\nCopy %d of the story.", m["text"], i)
			enc.Encode(c)
		}
	}
	w.Flush()
	f.Close()
	return path
}

// ingestOnce runs the whole pipeline on paths into a fresh leveldb store and returns the
// summary and the store's quads.
func ingestOnce(b *testing.B, paths []string) (ingest.Summary, []quad.Quad) {
	ctx := context.Background()
	db := filepath.Join(b.TempDir(), "ingest.db")
	s, err := graph.Open(ctx, db, graph.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	src := func(ctx context.Context, emit func(*ingest.Article) error, onErr func(error)) error {
		return ingest.Read(ctx, paths, nil, ingest.ReadOptions{}, emit, onErr)
	}
	sum, err := ingest.Run(ctx, s, extract.New(), src, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var qs []quad.Quad
	s.Quads(ctx, func(q quad.Quad) error { qs = append(qs, q); return nil })
	return sum, qs
}

// rawWrite writes quads into a fresh leveldb store with Cayley's own quad writer and
// returns how long it took.
func rawWrite(b *testing.B, qs []quad.Quad) time.Duration {
	db := filepath.Join(b.TempDir(), "raw.db")
	s, err := graph.Open(context.Background(), db, graph.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	w, err := cgraph.NewQuadWriter("single", s.QuadStore(), cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		b.Fatal(err)
	}
	bw := cgraph.NewWriter(w)
	start := time.Now()
	if _, err := quad.CopyBatch(bw, quad.NewReader(qs), quad.DefaultBatch); err != nil {
		b.Fatal(err)
	}
	if err := bw.Close(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

func benchIngest(b *testing.B, path string) {
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		sum, qs := ingestOnce(b, []string{path})
		raw := rawWrite(b, qs)
		secs := sum.Elapsed.Seconds()
		b.ReportMetric(float64(sum.New)/secs, "articles/s")
		b.ReportMetric(float64(info.Size())/1e6/secs, "MB/s")
		b.ReportMetric(float64(sum.Quads)/secs, "quads/s")
		b.ReportMetric(secs/raw.Seconds(), "x-cayley-raw-write")
		fmt.Printf("%-28s %7d articles %9d quads  ingest %6.1fs  cayley raw write %6.1fs  ratio %.2fx  %.0f articles/s  %.2f MB/s  %.0f quads/s\n",
			filepath.Base(path), sum.New, sum.Quads, secs, raw.Seconds(), secs/raw.Seconds(),
			float64(sum.New)/secs, float64(info.Size())/1e6/secs, float64(sum.Quads)/secs)
	}
}

// BenchmarkIngestWire ingests the wire corpus (and, with -bench IngestWireX100, a 100-fold
// scale-up of it) into leveldb and compares the wall time with Cayley's own writer writing
// the same quads into the same backend:
//
//	go test ./ingest -run '^$' -bench IngestWire -benchtime 1x
func BenchmarkIngestWire(b *testing.B) { benchIngest(b, wirePath(b)) }

func BenchmarkIngestWireX10(b *testing.B) { benchIngest(b, scaleUp(b, wirePath(b), 10)) }

func BenchmarkIngestWireX100(b *testing.B) { benchIngest(b, scaleUp(b, wirePath(b), 100)) }
