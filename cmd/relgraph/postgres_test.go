package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/relgraph/relgraph/graph/storetest"
)

// TestPostgresMatchesEmbeddedUnderConcurrentIngest ingests one corpus into the embedded store
// with one process, and into PostgreSQL with four processes at once over overlapping parts of
// it: every article must be stored exactly once, and the two stores' sorted N-Quads exports
// must be identical.
func TestPostgresMatchesEmbeddedUnderConcurrentIngest(t *testing.T) {
	pg := storetest.FreshPostgres(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 240)
	lines := readLines(t, corpus)

	embedded := filepath.Join(dir, "embedded.db")
	if out, err := relgraphProcess("ingest", "--quiet", "--db", embedded, corpus).CombinedOutput(); err != nil {
		t.Fatalf("embedded ingest: %v\n%s", err, out)
	}

	// Overlapping parts: every article is in two or three of them.
	parts := [][2]int{{0, 140}, {60, 200}, {120, 240}, {0, 240}}
	var wg sync.WaitGroup
	outs := make([]string, len(parts))
	errs := make([]error, len(parts))
	for i, p := range parts {
		path := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i))
		if err := os.WriteFile(path, []byte(strings.Join(lines[p[0]:p[1]], "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := relgraphProcess("ingest", "--batch", "8", "--db", pg, path).CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	wg.Wait()
	added := 0
	for i := range parts {
		if errs[i] != nil {
			t.Fatalf("concurrent ingest %d: %v\n%s", i, errs[i], outs[i])
		}
		var read, n int
		if _, err := fmt.Sscanf(lastLine(outs[i]), "%d articles: %d new", &read, &n); err != nil {
			t.Fatalf("ingest %d summary %q: %v", i, lastLine(outs[i]), err)
		}
		added += n
	}
	if added != len(lines) {
		t.Errorf("the four processes added %d articles in all, want each of the %d exactly once", added, len(lines))
	}
	got, want := sortedExport(t, pg), sortedExport(t, embedded)
	if !equalLines(got, want) {
		t.Errorf("PostgreSQL after concurrent ingest: %d quads, embedded store: %d\n%s", len(got), len(want), firstDiff(got, want))
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
