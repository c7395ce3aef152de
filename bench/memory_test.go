package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/relgraph/relgraph/internal/testtext"
)

// BenchmarkArticleMemory prints the peak resident memory of `relgraph extract` and
// `relgraph ingest` on one large article of each shape next to the target of issue 16
// (4 times the article plus 250 MB), and the time each took:
//
//   - words: a run-on "sentence" of random words and commas, one period at the end;
//   - clauses: comma-joined clauses that each name two actors and a verb;
//   - news: ordinary news paragraphs, repeated (many sentences of usual length);
//   - jsonl: one JSON line whose text field is a run-on of random words;
//   - html: a web page of paragraphs of random words.
//
// The sizes are those of the probes (4.8, 5.7, 5, 60 and 27 MB);
// RELGRAPH_BENCH_ARTICLE_MB sets one size for all (the 60 MB line takes some minutes on two
// cores), RELGRAPH_BENCH_SHAPES a comma-separated list of the shapes to run,
// RELGRAPH_BENCH_COMMANDS the commands to measure (extract, ingest; both by default), and
// RELGRAPH_BENCH_STORE=bolt ingests into a bolt store instead of the default leveldb, and a
// postgres:// URL into that database (the relgraph process is measured, not the server;
// not with RELGRAPH_BENCH_FILLED).
// RELGRAPH_BENCH_FILLED=1 ingests each article into a store that holds 5 MB of news and 5 MB
// of random words already (ingested once, unmeasured, and copied for each shape): a store
// maps and rewrites more of its file as it holds more, bolt above all. It runs the binary
// it builds from ../cmd/relgraph, or the one RELGRAPH_BENCH_BIN names, so the same command
// measures an older build. Figures depend on the machine and its load; nothing here passes
// or fails on them.
//
//	RELGRAPH_BENCH_ARTICLE_MB=5 go test ./bench -run '^$' -bench ArticleMemory -benchtime 1x
//	RELGRAPH_BENCH_STORE=bolt RELGRAPH_BENCH_SHAPES=news RELGRAPH_BENCH_ARTICLE_MB=5 go test ./bench -run '^$' -bench ArticleMemory -benchtime 1x
//	RELGRAPH_BENCH_STORE=bolt RELGRAPH_BENCH_FILLED=1 RELGRAPH_BENCH_SHAPES=clauses RELGRAPH_BENCH_COMMANDS=ingest go test ./bench -run '^$' -bench ArticleMemory -benchtime 1x
func BenchmarkArticleMemory(b *testing.B) {
	dir := b.TempDir()
	bin := relgraphBinary(b, dir)
	size := func(mb float64) int {
		if v := os.Getenv("RELGRAPH_BENCH_ARTICLE_MB"); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f <= 0 {
				b.Fatalf("RELGRAPH_BENCH_ARTICLE_MB=%q: want a size in MB", v)
			}
			mb = f
		}
		return int(mb * 1e6)
	}
	shapes := []struct {
		name, file string
		text       string // the article's text, the size the target counts
		content    func(text string) []byte
	}{
		{"words", "words.txt", randomWords(size(4.8)), nil},
		{"clauses", "clauses.txt", clauses(size(5.7)), nil},
		{"news", "news.txt", newsParagraphs(size(5)), nil},
		{"jsonl", "line.jsonl", randomWords(size(60)), func(text string) []byte {
			line, _ := json.Marshal(map[string]string{"id": "long", "text": text, "date": "2025-07-01"})
			return append(line, '\n')
		}},
		{"html", "page.html", paragraphsOfWords(size(27)), func(text string) []byte {
			var p bytes.Buffer
			p.WriteString(`<html><head><title>A long page</title><meta name="date" content="2025-07-01"></head><body><article>`)
			for _, para := range strings.Split(text, "\n\n") {
				p.WriteString("<p>" + para + "</p>\n")
			}
			p.WriteString("</article></body></html>\n")
			return p.Bytes()
		}},
	}
	commands := []string{"extract", "ingest"}
	if v := os.Getenv("RELGRAPH_BENCH_COMMANDS"); v != "" {
		commands = strings.Split(v, ",")
		for _, c := range commands {
			if c != "extract" && c != "ingest" {
				b.Fatalf("RELGRAPH_BENCH_COMMANDS=%q: want extract, ingest or both", v)
			}
		}
	}
	store := os.Getenv("RELGRAPH_BENCH_STORE")
	var filled string // a store holding other articles, copied for each shape's ingest
	if os.Getenv("RELGRAPH_BENCH_FILLED") != "" && slices.Contains(commands, "ingest") {
		filled = filepath.Join(dir, "filled.db")
		for _, a := range []struct{ file, text string }{{"fill-news.txt", newsParagraphs(5e6)}, {"fill-words.txt", randomWords(5e6)}} {
			path := filepath.Join(dir, a.file)
			if err := os.WriteFile(path, []byte(a.text), 0o644); err != nil {
				b.Fatal(err)
			}
			cmd := exec.Command(bin, "ingest", "--quiet", "--db", storeAt(store, filled), "--date", "2025-07-01", path)
			if out, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("fill the store with %s: %v\n%s", a.file, err, out)
			}
			os.Remove(path)
		}
	}
	// The figures go to stdout: the testing package cuts a benchmark's log at ten lines.
	fmt.Printf("%-8s %-8s %9s %12s %10s %10s %9s\n", "shape", "command", "article", "peak RSS", "file part", "target", "time")
	only := os.Getenv("RELGRAPH_BENCH_SHAPES")
	for _, s := range shapes {
		if only != "" && !slices.Contains(strings.Split(only, ","), s.name) {
			continue
		}
		path := filepath.Join(dir, s.file)
		data := []byte(s.text)
		if s.content != nil {
			data = s.content(s.text)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		target := 4*int64(len(s.text)) + 250e6
		db := filepath.Join(dir, s.name+".db")
		if filled != "" {
			if out, err := exec.Command("cp", "-r", filled, db).CombinedOutput(); err != nil {
				b.Fatalf("copy the filled store: %v\n%s", err, out)
			}
		}
		var runs [][]string
		for _, c := range commands {
			switch {
			case c == "extract" && s.name == "jsonl":
				runs = append(runs, []string{"extract", "--jsonl", path})
			case c == "extract":
				runs = append(runs, []string{"extract", path})
			default:
				runs = append(runs, []string{"ingest", "--quiet", "--db", storeAt(store, db), "--date", "2025-07-01", path})
			}
		}
		for _, args := range runs {
			rss, file, wall := peakRSS(b, bin, args...)
			fmt.Printf("%-8s %-8s %6.1f MB %9.0f MB %7.0f MB %7.0f MB %8.1fs %s\n", s.name, args[0], float64(len(s.text))/1e6,
				float64(rss)/1e6, float64(file)/1e6, float64(target)/1e6, wall.Seconds(), map[bool]string{true: "over", false: ""}[rss > target])
		}
		os.Remove(path)
		os.RemoveAll(filepath.Join(dir, s.name+".db"))
	}
}

// storeAt is the --db of a store of the given backend ("" for the default) at path.
func storeAt(backend, path string) string {
	switch {
	case backend == "":
		return path
	case strings.HasPrefix(backend, "postgres://") || strings.HasPrefix(backend, "postgresql://"):
		return backend // one database for every shape: each is an article of its own
	}
	return backend + ":" + path
}

// peakRSS runs the relgraph binary with args, its output discarded, and returns its peak
// resident memory (bytes), the pages of files (the binary's, a bolt store's mapping) in
// the resident memory at the highest sample taken, and its wall time. A failure stops the
// benchmark.
//
// The peak is the child's VmHWM, read from /proc while it runs (a high-water mark, so the
// last reading before it exits is its peak): rusage's Maxrss is no use here, as Go starts a
// child with vfork and the kernel counts the parent's own high-water mark, this benchmark's
// (some 330 MB with the articles it generates), in the child's. Where /proc is missing it
// falls back on Maxrss, and the file pages are 0.
func peakRSS(b *testing.B, bin string, args ...string) (peak, file int64, wall time.Duration) {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatalf("relgraph %s: %v", strings.Join(args, " "), err)
	}
	stop := sampleMemory(cmd.Process.Pid)
	err := cmd.Wait()
	high := stop()
	if err != nil {
		b.Fatalf("relgraph %s: %v\n%s", strings.Join(args, " "), err, errOut.Bytes())
	}
	wall = time.Since(start)
	if high.hwm > 0 {
		return high.hwm, high.file, wall
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		b.Fatal("no rusage on this system")
	}
	return ru.Maxrss * 1024, 0, wall
}

// sampleMemory reads /proc/PID/status of a running process every 10 ms until the stop it
// returns is called, which gives the highest VmHWM seen and the file pages at the highest
// VmRSS.
func sampleMemory(pid int) (stop func() procMemory) {
	done := make(chan struct{})
	sampled := make(chan procMemory)
	go func() {
		var high procMemory
		var highRSS int64
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			m := readProcMemory(pid)
			high.hwm = max(high.hwm, m.hwm)
			if m.rss > highRSS {
				highRSS, high.file = m.rss, m.file
			}
			select {
			case <-done:
				sampled <- high
				return
			case <-tick.C:
			}
		}
	}()
	return func() procMemory {
		close(done)
		return <-sampled
	}
}

// procMemory is what /proc/PID/status says of a process's resident memory, in bytes: its
// peak (VmHWM), now (VmRSS) and the pages of files in it now (RssFile).
type procMemory struct{ hwm, rss, file int64 }

// readProcMemory reads /proc/PID/status of a running process; the zero procMemory when it
// cannot.
func readProcMemory(pid int) procMemory {
	var m procMemory
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return m
	}
	for _, line := range strings.Split(string(data), "\n") {
		name, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		switch name {
		case "VmHWM":
			m.hwm = kb * 1024
		case "VmRSS":
			m.rss = kb * 1024
		case "RssFile":
			m.file = kb * 1024
		}
	}
	return m
}

// memWords are the words of the run-on probe.
var memWords = []string{"Putin", "met", "Macron", "in", "Paris", "and", "the", "talks", "with", "officials", "of", "the", "government", ","}

// randomWords returns about n bytes of memWords in a fixed random order, one line ending
// in one period.
func randomWords(n int) string {
	r := rand.New(rand.NewPCG(16, 16))
	var sb strings.Builder
	for sb.Len() < n {
		w := memWords[r.IntN(len(memWords))]
		if sb.Len() > 0 && w != "," {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	sb.WriteString(".")
	return sb.String()
}

// paragraphsOfWords returns about n bytes of paragraphs of 2 KB of random words, each
// ending in a period, separated by blank lines.
func paragraphsOfWords(n int) string {
	var sb strings.Builder
	for sb.Len() < n {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(randomWords(2000))
	}
	return sb.String()
}

// clauses returns about n bytes of comma-joined clauses, one period at the very end.
func clauses(n int) string {
	text, _ := testtext.RunOn(n)
	return text
}

// newsParagraphs returns about n bytes of ordinary news paragraphs (sentences of usual
// length), three sentences each, separated by blank lines.
func newsParagraphs(n int) string {
	sentences := []string{
		"French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Tuesday about the war in Ukraine, the Elysee said in a statement.",
		"The two leaders discussed a possible ceasefire and the exchange of prisoners, according to officials in both capitals.",
		"German Chancellor Olaf Scholz met Chinese Premier Li Qiang in Berlin on Wednesday, and the talks covered trade, climate policy and the situation in the Middle East.",
		"The United Nations Security Council is expected to vote next week on a resolution that would demand an immediate halt to the fighting.",
		"Iran rejected the proposal, and its foreign minister accused Washington of interfering in the region.",
		"Protesters gathered outside the parliament in Nairobi to denounce the new tax law, and police fired tear gas to disperse them.",
	}
	var sb strings.Builder
	for k := 0; sb.Len() < n; k++ {
		if k > 0 {
			sb.WriteString("\n\n")
		}
		for j := range 3 {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(sentences[(k+j)%len(sentences)])
		}
	}
	sb.WriteByte('\n')
	return sb.String()
}
