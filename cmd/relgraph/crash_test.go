package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// relgraphProcess returns a command that runs this test binary as relgraph.
func relgraphProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "RELGRAPH_TEST_AS_CLI=1")
	return cmd
}

// writeCorpus writes n short dated articles in the style relgraph reads, as JSONL.
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	leaders := []struct{ title, name, country string }{
		{"President", "Anna Berg", "Norland"}, {"Prime Minister", "Tomas Vale", "Sudmark"},
		{"Chancellor", "Ada Okafor", "Ostria"}, {"President", "Liu Mei", "Westland"},
		{"Foreign Minister", "Omar Haddad", "Kestria"}, {"Prime Minister", "Ines Duarte", "Lusonia"},
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range n {
		a, c := leaders[i%len(leaders)], leaders[(i/len(leaders)+i+1)%len(leaders)]
		if a == c {
			c = leaders[(i+2)%len(leaders)]
		}
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		text := fmt.Sprintf("%s %s of %s held a phone conversation with %s %s of %s on %s, officials said.\n"+
			"The two leaders discussed trade and border security.\n"+
			"%s urged %s to reopen talks on fishing rights.\n"+
			"They agreed to meet again in story number %d.",
			a.title, a.name, a.country, c.title, c.name, c.country, day.Format("January 2, 2006"),
			strings.Fields(a.name)[1], strings.Fields(c.name)[1], i)
		enc.Encode(map[string]string{"id": fmt.Sprintf("story-%d", i), "title": fmt.Sprintf("%s and %s speak", a.name, c.name),
			"date": day.Format("2006-01-02"), "text": text})
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sortedExport returns the store's quads as sorted N-Quads lines.
func sortedExport(t *testing.T, db string) []string {
	t.Helper()
	out, err := relgraphProcess("export", "--format", "nquads", "--db", db).Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	sort.Strings(lines)
	return lines
}

// TestKilledIngestLosesNothing kills a real ingest process with SIGKILL at several moments,
// then runs the same ingest again: the store must open, and hold exactly the quads of a
// clean run (no partial article, no duplicate, none lost).
func TestKilledIngestLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes; skipped with -short")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 400)
	ingestArgs := func(db string) []string {
		return []string{"ingest", "--quiet", "--batch", "4", "--workers", "2", "--db", db, corpus}
	}

	clean := filepath.Join(dir, "clean.db")
	if out, err := relgraphProcess(ingestArgs(clean)...).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := sortedExport(t, clean)
	if len(want) < 400*10 {
		t.Fatalf("the clean run stored only %d quads for 400 articles", len(want))
	}

	killed := 0
	for i, delay := range []time.Duration{20 * time.Millisecond, 80 * time.Millisecond, 200 * time.Millisecond,
		400 * time.Millisecond, 700 * time.Millisecond, 1200 * time.Millisecond} {
		db := filepath.Join(dir, fmt.Sprintf("killed-%d.db", i))
		cmd := relgraphProcess(ingestArgs(db)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		timer := time.AfterFunc(delay, func() { cmd.Process.Signal(syscall.SIGKILL) })
		err := cmd.Wait()
		timer.Stop()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed++
		} else if err != nil {
			t.Fatalf("ingest %d failed on its own: %v", i, err)
		}
		if out, err := relgraphProcess(ingestArgs(db)...).CombinedOutput(); err != nil {
			t.Fatalf("re-run after kill at %v: %v\n%s", delay, err, out)
		}
		got := sortedExport(t, db)
		if !equalLines(got, want) {
			t.Errorf("after a kill at %v and a re-run: %d quads, want the clean run's %d\n%s", delay, len(got), len(want), firstDiff(got, want))
		}
	}
	if killed == 0 {
		t.Fatal("no ingest was killed before it finished; the test proved nothing")
	}
	t.Logf("%d of 6 ingests killed mid-run, each re-run matched the clean run", killed)
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func firstDiff(got, want []string) string {
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	var b strings.Builder
	n := 0
	for _, l := range want {
		if !g[l] && n < 5 {
			fmt.Fprintf(&b, "missing: %s\n", l)
			n++
		}
	}
	for _, l := range got {
		if !w[l] && n < 10 {
			fmt.Fprintf(&b, "extra:   %s\n", l)
			n++
		}
	}
	return b.String()
}

// TestInterruptedIngestStopsCleanly sends SIGINT (Ctrl-C) to a running ingest: it must exit
// with 130 saying what it kept, and a re-run must complete the clean run's graph.
func TestInterruptedIngestStopsCleanly(t *testing.T) {
	if testing.Short() {
		t.Skip("interrupts a real process; skipped with -short")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 300)
	args := func(db string) []string {
		return []string{"ingest", "--batch", "4", "--workers", "2", "--db", db, corpus}
	}
	clean := filepath.Join(dir, "clean.db")
	if out, err := relgraphProcess(args(clean)...).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "interrupted.db")
	cmd := relgraphProcess(args(db)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(800*time.Millisecond, func() { cmd.Process.Signal(os.Interrupt) })
	cmd.Wait()
	timer.Stop()
	code := cmd.ProcessState.ExitCode()
	if code == 0 {
		t.Skip("the ingest finished before the interrupt; nothing to check on this machine")
	}
	if code != exitInterrupted || !strings.Contains(stderr.String(), "articles written are whole, and the same ingest again adds the rest") {
		t.Fatalf("interrupted ingest: exit %d, stderr:\n%s", code, stderr.String())
	}
	if out, err := relgraphProcess(args(db)...).CombinedOutput(); err != nil {
		t.Fatalf("re-run after the interrupt: %v\n%s", err, out)
	}
	if got, want := sortedExport(t, db), sortedExport(t, clean); !equalLines(got, want) {
		t.Errorf("after an interrupt and a re-run: %d quads, want %d\n%s", len(got), len(want), firstDiff(got, want))
	}
}
