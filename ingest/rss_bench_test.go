package ingest_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// BenchmarkIngestRSS builds relgraph, generates a JSONL input of RELGRAPH_BENCH_MB megabytes
// (default 100; set 1000 for the 1 GB figure) from the wire corpus, ingests it in a child
// process and reports the child's peak resident memory and its throughput:
//
//	RELGRAPH_BENCH_MB=1000 go test ./ingest -run '^$' -bench IngestRSS -benchtime 1x -timeout 3h
func BenchmarkIngestRSS(b *testing.B) {
	mb := 100
	if v := os.Getenv("RELGRAPH_BENCH_MB"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("RELGRAPH_BENCH_MB=%q: want a whole number of megabytes", v)
		}
		mb = n
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "relgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/relgraph").CombinedOutput(); err != nil {
		b.Fatalf("build relgraph: %v\n%s", err, out)
	}
	input := generateJSONL(b, wirePath(b), filepath.Join(dir, "input.jsonl"), int64(mb)<<20)
	for range b.N {
		db := filepath.Join(b.TempDir(), "rss.db")
		cmd := exec.Command(bin, "ingest", "--quiet", "--db", db, input)
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("ingest: %v", err)
		}
		secs := time.Since(start).Seconds()
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		peak := float64(ru.Maxrss) / 1024 // KiB -> MiB
		b.ReportMetric(peak, "peak-RSS-MiB")
		b.ReportMetric(float64(mb)/secs, "MiB/s")
		fmt.Printf("ingest of %d MiB JSONL: %.0fs, %.2f MiB/s, peak RSS %.0f MiB\n", mb, secs, float64(mb)/secs, peak)
	}
}

// generateJSONL repeats the corpus, each copy with new ids, until the file reaches size bytes.
func generateJSONL(b *testing.B, src, dst string, size int64) string {
	in, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	var docs []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(in))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil {
			docs = append(docs, m)
		}
	}
	f, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	var written int64
	for copyN := 0; written < size; copyN++ {
		for _, m := range docs {
			c := make(map[string]any, len(m))
			for k, v := range m {
				c[k] = v
			}
			c["id"] = fmt.Sprintf("%v-copy%d", m["id"], copyN)
			c["text"] = fmt.Sprintf("%v\nCopy %d of the story.", m["text"], copyN)
			line, _ := json.Marshal(c)
			w.Write(line)
			w.WriteByte('\n')
			written += int64(len(line) + 1)
			if written >= size {
				break
			}
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	return dst
}
