package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// wireStories reads the dated wire stories of ../shared/data/news, skipping when absent.
func wireStories(b testing.TB) (texts []string, refs []Date) {
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if parent := filepath.Dir(dir); parent != dir {
			dir = parent
			continue
		}
		b.Skip("no go.mod above the working directory")
	}
	path := filepath.Join(dir, "..", "shared", "data", "news", "agency-wire-1997-2005.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("wire stories not found at %s (see ../shared/data/README.md): %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		d, _ := ParseDate(a.Date)
		texts, refs = append(texts, a.Text), append(refs, d)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts, refs
}

// BenchmarkFind measures Find on real wire stories; its MB/s is the figure to watch.
func BenchmarkFind(b *testing.B) {
	texts, refs := wireStories(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i, t := range texts {
			n += len(Find(t, refs[i]))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N)/float64(size)*1000, "exprs/KB")
}
