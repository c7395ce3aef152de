package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// BenchmarkWireScale builds two stores of the wire corpus (../shared/data/news), one from
// the corpus once (x1) and one from it N times over with distinct article ids (xN: copy k of
// an article gets the URL https://wire.example/k/ID, so its id differs and its text does
// not), and prints, in one run:
//
//   - ingest time (wall and cpu), bytes written to disk (the process's write blocks, x512),
//     final store size and the ratio of the two for each, and the ratio of the ingest times;
//   - with RELGRAPH_BENCH_POSTGRES=1, the same ingests into PostgreSQL (the server that
//     RELGRAPH_TEST_POSTGRES names) with the bytes the server wrote (postgresIngests);
//     RELGRAPH_BENCH_POSTGRES=only measures those and nothing else;
//   - each question's latency as a whole relgraph process, start-up included (median of 3),
//     at both sizes and their ratio;
//   - the server's p50 and p95 latency at both sizes for each question asked of a running
//     relgraph serve, 200 requests 10 at a time, with the number that failed;
//   - the peak resident memory of each export format at both sizes.
//
// It runs the relgraph binary it builds from ../cmd/relgraph, or the one RELGRAPH_BENCH_BIN
// names, so the same command measures an older build (the "before" of a change).
// RELGRAPH_BENCH_SCALE sets N (default 10; the x10 ingest takes minutes on two cores).
// Figures depend on the machine and its load; nothing here passes or fails on them.
//
//	RELGRAPH_BENCH_SCALE=3 go test ./bench -run '^$' -bench WireScale -benchtime 1x
func BenchmarkWireScale(b *testing.B) {
	corpus := sharedData(b, "news", "agency-wire-1997-2005.jsonl")
	scale := 10
	if v := os.Getenv("RELGRAPH_BENCH_SCALE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 2 {
			b.Fatalf("RELGRAPH_BENCH_SCALE=%q: want a whole number of at least 2", v)
		}
		scale = n
	}
	dir := b.TempDir()
	bin := relgraphBinary(b, dir)
	sizes := []int{1, scale}
	stores, inputs := map[int]string{}, map[int]string{}
	if os.Getenv("RELGRAPH_BENCH_POSTGRES") == "only" {
		for _, n := range sizes {
			inputs[n] = filepath.Join(dir, fmt.Sprintf("x%d.jsonl", n))
			writeCopies(b, corpus, inputs[n], n)
		}
		postgresIngests(b, bin, inputs, sizes)
		return
	}
	var ingests [2]result
	for i, n := range sizes {
		in := filepath.Join(dir, fmt.Sprintf("x%d.jsonl", n))
		writeCopies(b, corpus, in, n)
		inputs[n] = in
		db := filepath.Join(dir, fmt.Sprintf("x%d.db", n))
		r := run(b, bin, "ingest", "--quiet", "--db", db, in)
		size := dirSize(db)
		b.Logf("ingest x%-3d %8.1f s (cpu %6.1f s)  %8.1f MB written  store %6.1f MB  written/store %4.1f  peak %5.0f MB",
			n, r.wall.Seconds(), r.cpu.Seconds(), float64(r.written)/1e6, float64(size)/1e6, float64(r.written)/float64(size), float64(r.maxRSS)/1e6)
		stores[n] = db
		ingests[i] = r
	}
	b.Logf("ingest x%d/x1 %.1f in time, %.1f in cpu time", scale, float64(ingests[1].wall)/float64(ingests[0].wall),
		float64(ingests[1].cpu)/float64(ingests[0].cpu))
	postgresIngests(b, bin, inputs, sizes)
	questions := [][]string{
		{"last-contact", "China", "United States"},
		{"show", "China"},
		{"neighbors", "China"},
		{"relations", "China", "United States"},
		{"entities", "--sort", "mentions"},
		{"relations", "Nobodyxyz"},
	}
	b.Logf("%-40s %10s %10s %7s", "question", "x1", fmt.Sprintf("x%d", scale), "ratio")
	for _, q := range questions {
		var med [2]time.Duration
		for i, n := range sizes {
			var ts []time.Duration
			for range 3 {
				ts = append(ts, run(b, bin, append(q, "--db", stores[n])...).wall)
			}
			sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
			med[i] = ts[1]
		}
		b.Logf("%-40s %8.0fms %8.0fms %7.1f", strings.Join(q, " "), ms(med[0]), ms(med[1]), float64(med[1])/float64(med[0]))
	}
	b.Logf("%-40s %17s %17s %s", "serve, 200 requests 10 at a time", "x1 p50/p95", fmt.Sprintf("x%d p50/p95", scale), "failed")
	var lat [2][]latency
	for i, n := range sizes {
		lat[i] = serveLatencies(b, bin, stores[n])
	}
	for j, l := range lat[1] {
		b.Logf("%-40s %7.1f/%7.1fms %7.1f/%7.1fms %d/%d", l.name, ms(lat[0][j].p50), ms(lat[0][j].p95), ms(l.p50), ms(l.p95),
			lat[0][j].failed, l.failed)
	}
	for _, format := range []string{"nquads", "jsonld", "graphml", "dot", "plover"} {
		var peak [2]int64
		for i, n := range sizes {
			peak[i] = run(b, bin, "export", "--format", format, "--db", stores[n], "-o", os.DevNull).maxRSS
		}
		b.Logf("export %-8s peak memory %6.0f MB at x1, %6.0f MB at x%d", format, float64(peak[0])/1e6, float64(peak[1])/1e6, scale)
	}
}

// serveRequests are the questions asked of relgraph serve, each with the status it answers.
var serveRequests = []struct {
	name, path string
	status     int
}{
	{"relations China \"United States\"", "/api/relations?a=China&b=United+States", 200},
	{"last-contact China \"United States\"", "/api/last-contact?a=China&b=United+States", 200},
	{"show China", "/api/show?entity=China", 200},
	{"neighbors China", "/api/neighbors?entity=China", 200},
	{"timeline China, events 100-199", "/api/timeline?entity=China&offset=100&limit=100", 200},
	{"relations Nobodyxyz (no match)", "/api/relations?a=Nobodyxyz", 404},
}

// latency is what one serveRequests question took: its median and 95th percentile, and how
// many requests failed (an error, or another status than it should answer).
type latency struct {
	name     string
	p50, p95 time.Duration
	failed   int
}

// serveLatencies starts relgraph serve on db, sends each of serveRequests 200 times, 10 at
// a time, and stops it.
func serveLatencies(b *testing.B, bin, db string) []latency {
	b.Helper()
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	// The server says where it listens once it does: "serving DB (...) on http://ADDR/".
	base := ""
	sc := bufio.NewScanner(stderr)
	for base == "" && sc.Scan() {
		if _, rest, ok := strings.Cut(sc.Text(), " on http://"); ok {
			addr, _, _ := strings.Cut(rest, "/")
			base = "http://" + addr
		}
	}
	if base == "" {
		b.Fatalf("relgraph serve said nowhere it listens (%v)", sc.Err())
	}
	go io.Copy(io.Discard, stderr)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 10}, Timeout: time.Minute}
	var out []latency
	for _, r := range serveRequests {
		const total, parallel = 200, 10
		times := make([]time.Duration, total)
		var failed atomic.Int64
		var wg sync.WaitGroup
		next := atomic.Int64{}
		for range parallel {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := next.Add(1) - 1; i < total; i = next.Add(1) - 1 {
					start := time.Now()
					resp, err := client.Get(base + r.path)
					if err == nil {
						_, err = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if err == nil && resp.StatusCode != r.status {
							err = fmt.Errorf("status %d", resp.StatusCode)
						}
					}
					times[i] = time.Since(start)
					if err != nil {
						failed.Add(1)
					}
				}
			}()
		}
		wg.Wait()
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		out = append(out, latency{name: r.name, p50: times[total/2], p95: times[total*95/100], failed: int(failed.Load())})
	}
	return out
}

// result is what one relgraph process took.
type result struct {
	wall    time.Duration
	cpu     time.Duration // user and system time of the process: less at the mercy of the load
	written int64         // bytes the process wrote to storage (rusage output blocks x 512)
	maxRSS  int64         // bytes
}

// run runs the relgraph binary with args; a question that finds nothing (exit 1 with a
// message) still counts, any other failure stops the benchmark.
func run(b *testing.B, bin string, args ...string) result {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState.ExitCode() > 1 {
		b.Fatalf("relgraph %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	r := result{wall: wall}
	if ru != nil {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.written = ru.Oublock * 512
		r.maxRSS = ru.Maxrss * 1024
	}
	return r
}

// writeCopies writes the corpus n times to path as JSONL, copy k of each article with the
// URL https://wire.example/k/ID, which gives it its own article id.
func writeCopies(b *testing.B, corpus, path string, n int) {
	b.Helper()
	data, err := os.ReadFile(corpus)
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for k := range n {
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var a map[string]any
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				b.Fatal(err)
			}
			a["url"] = fmt.Sprintf("https://wire.example/%d/%v", k, a["id"])
			out, _ := json.Marshal(a)
			w.Write(out)
			w.WriteByte('\n')
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
}

func dirSize(path string) int64 {
	var n int64
	filepath.Walk(path, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// relgraphBinary returns the relgraph the benchmarks run as child processes:
// RELGRAPH_BENCH_BIN, or one built into dir from this tree.
func relgraphBinary(b *testing.B, dir string) string {
	if bin := os.Getenv("RELGRAPH_BENCH_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(dir, "relgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/relgraph").CombinedOutput(); err != nil {
		b.Fatalf("build relgraph: %v\n%s", err, out)
	}
	return bin
}
