package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // Cayley's own "leveldb" backend
	_ "github.com/cayleygraph/cayley/writer"           // the "single" quad writer
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	_ "github.com/relgraph/relgraph/graph" // the "leveldb-relgraph" backend: relgraph's options
)

// BenchmarkImportScale compares `relgraph import` with Cayley's own quad writer on the same
// quads: the wire corpus N times over (as BenchmarkWireScale builds it: copy k of an
// article gets the URL https://wire.example/k/ID), ingested once and exported as N-Quads.
// Each round writes that file into a new store three ways, each in its own process, in
// turn:
//
//   - cayley-leveldb: Cayley's "single" quad writer, quad.DefaultBatch (10,000) quads to a
//     transaction (graph.NewWriter, AddQuadSet), into a store of Cayley's "leveldb"
//     backend with goleveldb's default options;
//   - cayley-relgraph-opts: the same writer into a store of relgraph's leveldb backend
//     (its write buffers, caches, bloom filters and write transaction);
//   - relgraph-import: `relgraph import FILE.nq`, which also writes its name, fact and
//     event indexes, whole articles to a transaction, each durable at its commit.
//
// and prints each one's wall time, cpu time (user and system), bytes written to storage
// (the process's write blocks x512), peak resident memory and the store's size, then the
// median of each over the rounds with their spread (min-max). Both writers sync each
// transaction to disk.
//
// RELGRAPH_BENCH_SCALE sets N (default 10; 1 runs in seconds), RELGRAPH_BENCH_ROUNDS the
// rounds (default 3), RELGRAPH_BENCH_NQ an N-Quads file to write instead of building one
// (skipping the ingest), RELGRAPH_BENCH_BIN the relgraph binary to run (default: built from
// ../cmd/relgraph), RELGRAPH_BENCH_BEFORE another relgraph binary whose import runs fourth
// in each round (an older build: the "before" of a change, paired with the "after"). Figures depend on the machine and its load; nothing passes or fails on
// them. Without -v, go test cuts a benchmark's log after a few lines.
//
//	RELGRAPH_BENCH_SCALE=1 go test ./bench -run '^$' -bench ImportScale -benchtime 1x -v
func BenchmarkImportScale(b *testing.B) {
	scale, rounds := envInt(b, "RELGRAPH_BENCH_SCALE", 10, 1), envInt(b, "RELGRAPH_BENCH_ROUNDS", 3, 1)
	dir := b.TempDir()
	bin := relgraphBinary(b, dir)
	nq := os.Getenv("RELGRAPH_BENCH_NQ")
	if nq == "" {
		in := filepath.Join(dir, fmt.Sprintf("x%d.jsonl", scale))
		writeCopies(b, sharedData(b, "news", "agency-wire-1997-2005.jsonl"), in, scale)
		db := filepath.Join(dir, "ingested.db")
		run(b, bin, "ingest", "--quiet", "--db", db, in)
		nq = filepath.Join(dir, fmt.Sprintf("x%d.nq", scale))
		run(b, bin, "export", "--format", "nquads", "--db", db, "-o", nq)
		os.RemoveAll(db)
	}
	lines, size := countLines(b, nq)
	b.Logf("%s: %d quads, %.1f MB of N-Quads", filepath.Base(nq), lines, float64(size)/1e6)

	self, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	writers := []struct {
		name string
		cmd  func(db string) *exec.Cmd
	}{
		{"cayley-leveldb", func(db string) *exec.Cmd { return cayleyWriterCmd(self, "leveldb", db, nq) }},
		{"cayley-relgraph-opts", func(db string) *exec.Cmd { return cayleyWriterCmd(self, "leveldb-relgraph", db, nq) }},
		{"relgraph-import", func(db string) *exec.Cmd { return exec.Command(bin, "import", "--db", db, nq) }},
	}
	if before := os.Getenv("RELGRAPH_BENCH_BEFORE"); before != "" {
		writers = append(writers, struct {
			name string
			cmd  func(db string) *exec.Cmd
		}{"relgraph-import-before", func(db string) *exec.Cmd { return exec.Command(before, "import", "--db", db, nq) }})
	}
	got := make([][]result, len(writers))
	stores := make([][]int64, len(writers))
	for r := range rounds {
		for i, w := range writers {
			db := filepath.Join(dir, fmt.Sprintf("%s-%d.db", w.name, r))
			res := measure(b, w.cmd(db))
			st := dirSize(db)
			b.Logf("round %d %-23s %7.1f s (cpu %6.1f s)  %7.1f MB written  peak %5.0f MB  store %6.1f MB",
				r+1, w.name, res.wall.Seconds(), res.cpu.Seconds(), float64(res.written)/1e6, float64(res.maxRSS)/1e6, float64(st)/1e6)
			got[i] = append(got[i], res)
			stores[i] = append(stores[i], st)
			os.RemoveAll(db)
		}
	}
	b.Logf("x%d, %d quads, median (min-max) of %d rounds run in turn:", scale, lines, rounds)
	for i, w := range writers {
		wall := spread(got[i], func(r result) float64 { return r.wall.Seconds() })
		cpu := spread(got[i], func(r result) float64 { return r.cpu.Seconds() })
		written := spread(got[i], func(r result) float64 { return float64(r.written) / 1e6 })
		peak := spread(got[i], func(r result) float64 { return float64(r.maxRSS) / 1e6 })
		b.Logf("%-23s wall %s s  cpu %s s  written %s MB  peak %s MB  store %.1f MB", w.name,
			wall, cpu, written, peak, float64(stores[i][0])/1e6)
	}
}

// spread formats the median of f over rs with its range: "12.3 (11.9-13.0)".
func spread(rs []result, f func(result) float64) string {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	sort.Float64s(v)
	return fmt.Sprintf("%6.1f (%.1f-%.1f)", v[len(v)/2], v[0], v[len(v)-1])
}

// envInt reads a whole number of at least min from the environment, def when unset.
func envInt(b *testing.B, name string, def, min int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min {
		b.Fatalf("%s=%q: want a whole number of at least %d", name, v, min)
	}
	return n
}

func countLines(b *testing.B, path string) (lines int, size int64) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return bytes.Count(data, []byte("\n")), int64(len(data))
}

// measure runs cmd and returns what it took. Its peak memory is the highest VmHWM read from
// /proc while it runs (every 10 ms, and its last reading before it exits is its peak), as
// rusage's Maxrss of a child started with vfork may count this process's own (see peakRSS);
// without /proc it is Maxrss.
func measure(b *testing.B, cmd *exec.Cmd) result {
	b.Helper()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	cmd.Env = append(cmd.Env, "NO_COLOR=1")
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	stop := sampleMemory(cmd.Process.Pid)
	err := cmd.Wait()
	wall := time.Since(start)
	peak := stop().hwm
	if err != nil {
		b.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out.Bytes())
	}
	r := result{wall: wall, maxRSS: peak}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.written = ru.Oublock * 512
		if r.maxRSS == 0 {
			r.maxRSS = ru.Maxrss * 1024
		}
	}
	return r
}

// cayleyWriterCmd runs this test binary as TestCayleyWriter: Cayley's writer of nq into a
// new store of backend at db.
func cayleyWriterCmd(self, backend, db, nq string) *exec.Cmd {
	cmd := exec.Command(self, "-test.run", "^TestCayleyWriter$", "-test.count", "1")
	cmd.Env = append(os.Environ(), "RELGRAPH_CAYLEY_WRITE="+backend+"\n"+db+"\n"+nq)
	return cmd
}

// TestCayleyWriter is BenchmarkImportScale's child process for Cayley's writer: with
// RELGRAPH_CAYLEY_WRITE=BACKEND\nDB\nFILE.nq it creates a store of BACKEND at DB and writes
// every quad of FILE.nq to it the way cayley load does: the "single" writer,
// quad.DefaultBatch quads to a transaction (graph.NewWriter). It skips otherwise.
func TestCayleyWriter(t *testing.T) {
	spec := os.Getenv("RELGRAPH_CAYLEY_WRITE")
	if spec == "" {
		t.Skip("a child process of BenchmarkImportScale")
	}
	parts := strings.Split(spec, "\n")
	if len(parts) != 3 {
		t.Fatalf("RELGRAPH_CAYLEY_WRITE=%q: want BACKEND\\nDB\\nFILE.nq", spec)
	}
	backend, db, nq := parts[0], parts[1], parts[2]
	if err := os.MkdirAll(db, 0o700); err != nil {
		t.Fatal(err)
	}
	// Cayley's defaults for its own backend (cayley load keeps its bloom filter of quads,
	// 100 million of them: some 600 MB); relgraph's options, which turn it off, for
	// relgraph's backend.
	var opts cgraph.Options
	if backend == "leveldb-relgraph" {
		opts = cgraph.Options{"no_bloom": true}
	}
	if err := cgraph.InitQuadStore(backend, db, opts); err != nil {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore(backend, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(nq)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<16), false)
	w := cgraph.NewWriter(qw)
	n, err := quad.Copy(w, r)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := qw.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d quads written", n)
}
