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

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/quad/nquads"
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
	writeArticles(t, path, n, "", false)
}

// writeCorpusVersion writes writeCorpus's articles with a URL each, so that a version with
// another suffix (a sentence appended to every text) replaces them.
func writeCorpusVersion(t *testing.T, path string, n int, suffix string) {
	t.Helper()
	writeArticles(t, path, n, suffix, true)
}

func writeArticles(t *testing.T, path string, n int, suffix string, withURL bool) {
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
		if suffix != "" {
			text += "\n" + suffix
		}
		art := map[string]string{"id": fmt.Sprintf("story-%d", i), "title": fmt.Sprintf("%s and %s speak", a.name, c.name),
			"date": day.Format("2006-01-02"), "text": text}
		if withURL {
			art["url"] = fmt.Sprintf("https://news.example/story-%d", i)
		}
		enc.Encode(art)
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
	writeCorpus(t, corpus, 1000) // long enough that the interrupt comes before the end
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
	// The summary's figures add up to the articles read, those read but not yet written
	// when the interrupt came counted apart.
	var read, added, replaced, skipped, failed, unwritten int
	for _, line := range strings.Split(stderr.String(), "\n") {
		if n, _ := fmt.Sscanf(line, "%d articles: %d new, %d replaced, %d skipped (already stored), %d failed, %d read but not written", &read, &added, &replaced, &skipped, &failed, &unwritten); n >= 5 {
			if added+replaced+skipped+failed+unwritten != read {
				t.Errorf("the summary does not add up: %q", line)
			}
		}
	}
	if out, err := relgraphProcess(args(db)...).CombinedOutput(); err != nil {
		t.Fatalf("re-run after the interrupt: %v\n%s", err, out)
	}
	if got, want := sortedExport(t, db), sortedExport(t, clean); !equalLines(got, want) {
		t.Errorf("after an interrupt and a re-run: %d quads, want %d\n%s", len(got), len(want), firstDiff(got, want))
	}
}

// byArticle groups N-Quads lines by their label (the article), each group sorted.
func byArticle(t *testing.T, lines []string) map[string]string {
	t.Helper()
	groups := map[string][]string{}
	for _, l := range lines {
		if l == "" {
			continue
		}
		q, err := nquads.Parse(l)
		if err != nil {
			t.Fatalf("export line %q: %v", l, err)
		}
		k := fmt.Sprint(q.Label)
		groups[k] = append(groups[k], l)
	}
	out := make(map[string]string, len(groups))
	for k, g := range groups {
		sort.Strings(g)
		out[k] = strings.Join(g, "\n")
	}
	return out
}

// killAfter runs cmd and kills it with SIGKILL after delay; it reports whether the kill
// ended it (false: it finished first) and fails the test if it failed on its own.
func killAfter(t *testing.T, cmd *exec.Cmd, delay time.Duration) bool {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(delay, func() { cmd.Process.Signal(syscall.SIGKILL) })
	err := cmd.Wait()
	timer.Stop()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return true
	}
	if err != nil {
		t.Fatalf("%v failed on its own: %v", cmd.Args, err)
	}
	return false
}

// TestKilledImportLeavesArticlesWhole kills `import` of a relgraph export part way, then
// ingests the articles the export came from into the same store: the store must end as a
// clean ingest leaves it. An import that cut an article between two transactions left its
// <type> and <content_hash> stored without the rest, and the ingest skipped it for good.
func TestKilledImportLeavesArticlesWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes; skipped with -short")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 300)
	ingestArgs := func(db string) []string {
		return []string{"ingest", "--quiet", "--batch", "16", "--workers", "2", "--db", db, corpus}
	}
	clean := filepath.Join(dir, "clean.db")
	if out, err := relgraphProcess(ingestArgs(clean)...).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := sortedExport(t, clean)
	dump := filepath.Join(dir, "graph.nq")
	if out, err := relgraphProcess("export", "--db", clean, "-o", dump).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}

	start := time.Now()
	if out, err := relgraphProcess("import", "--batch", "40", "--db", filepath.Join(dir, "whole.db"), dump).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	took := time.Since(start) // the kills below land through the same run's span

	partial := 0
	for i, frac := range []float64{0.2, 0.35, 0.5, 0.65, 0.8, 0.9} {
		delay := time.Duration(frac * float64(took))
		db := filepath.Join(dir, fmt.Sprintf("killed-%d.db", i))
		if !killAfter(t, relgraphProcess("import", "--batch", "40", "--db", db, dump), delay) {
			continue
		}
		if _, err := os.Stat(db); err != nil {
			continue // killed before it created the store
		}
		if n := len(sortedExport(t, db)); n > 1 && n < len(want) {
			partial++
		}
		if out, err := relgraphProcess(ingestArgs(db)...).CombinedOutput(); err != nil {
			t.Fatalf("ingest after the import killed at %v: %v\n%s", delay, err, out)
		}
		if got := sortedExport(t, db); !equalLines(got, want) {
			t.Errorf("import killed at %v, then ingest: %d quads, want the clean run's %d\n%s", delay, len(got), len(want), firstDiff(got, want))
		}
	}
	if partial == 0 {
		t.Fatal("no import was killed with part of the graph written; the test proved nothing")
	}
	t.Logf("%d of 6 imports killed part way, each completed by the ingest", partial)
}

// TestKilledReplacementLeavesAVersion ingests changed versions of stored articles and kills
// the ingest part way: with no re-run, every article must be stored whole in its old version
// or its new one. Replacing used to remove the old quads and add the new in two transactions,
// and a kill between them left neither.
func TestKilledReplacementLeavesAVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes; skipped with -short")
	}
	dir := t.TempDir()
	v1, v2 := filepath.Join(dir, "v1.jsonl"), filepath.Join(dir, "v2.jsonl")
	writeCorpusVersion(t, v1, 240, "")
	writeCorpusVersion(t, v2, 240, "Berg later said the talks were revised.")
	ingestArgs := func(db, corpus string) []string {
		return []string{"ingest", "--quiet", "--batch", "4", "--workers", "2", "--db", db, corpus}
	}
	old := filepath.Join(dir, "old.db")
	if out, err := relgraphProcess(ingestArgs(old, v1)...).CombinedOutput(); err != nil {
		t.Fatalf("ingest v1: %v\n%s", err, out)
	}
	oldArticles := byArticle(t, sortedExport(t, old))
	replaced := filepath.Join(dir, "new.db")
	if out, err := exec.Command("cp", "-r", old, replaced).CombinedOutput(); err != nil {
		t.Fatalf("copy store: %v\n%s", err, out)
	}
	start := time.Now()
	if out, err := relgraphProcess(ingestArgs(replaced, v2)...).CombinedOutput(); err != nil {
		t.Fatalf("ingest v2: %v\n%s", err, out)
	}
	took := time.Since(start) // the kills below land through the same run's span
	newArticles := byArticle(t, sortedExport(t, replaced))
	if len(newArticles) != len(oldArticles) {
		t.Fatalf("v2 holds %d articles, v1 %d", len(newArticles), len(oldArticles))
	}

	mixed := 0
	for i, frac := range []float64{0.2, 0.35, 0.5, 0.65, 0.8, 0.9} {
		delay := time.Duration(frac * float64(took))
		db := filepath.Join(dir, fmt.Sprintf("killed-%d.db", i))
		if out, err := exec.Command("cp", "-r", old, db).CombinedOutput(); err != nil {
			t.Fatalf("copy store: %v\n%s", err, out)
		}
		if !killAfter(t, relgraphProcess(ingestArgs(db, v2)...), delay) {
			continue
		}
		got := byArticle(t, sortedExport(t, db))
		nOld, nNew := 0, 0
		for label, want := range oldArticles {
			switch got[label] {
			case want:
				nOld++
			case newArticles[label]:
				nNew++
			default:
				t.Errorf("kill at %v: article %s is neither its old version nor its new one", delay, label)
			}
		}
		if nOld > 0 && nNew > 0 {
			mixed++
		}
	}
	if mixed == 0 {
		t.Fatal("no ingest was killed with some articles replaced and some not; the test proved nothing")
	}
	t.Logf("%d of 6 ingests killed mid-replacement, every article whole", mixed)
}

// TestKilledLongArticleIsStoredWholeOrNot kills the ingest of one long article (some 80,000
// quads) at several moments of a clean run's time: after each kill the store holds the
// article whole or not at all, and a re-run stores it as the clean run did. On leveldb the
// write outgrows the in-memory batch and continues in a leveldb transaction; on bolt it is
// committed in parts, the article pending until the last (graph/pending.go), and the next
// open of the store (here the export's) removes what a kill between two parts left.
func TestKilledLongArticleIsStoredWholeOrNot(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes; skipped with -short")
	}
	dir := t.TempDir()
	article := filepath.Join(dir, "long.txt")
	var sb strings.Builder
	clauses := []string{"Germany condemned Russia", "Kenya signed an accord with Ethiopia",
		"the mayor of Lyon met protesters in Paris", "Brazil accused Argentina"}
	for i := 0; sb.Len() < 700<<10; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(clauses[i%len(clauses)])
	}
	if err := os.WriteFile(article, []byte(sb.String()+".\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, scheme := range []string{"", "bolt:"} {
		name := map[string]string{"": "leveldb", "bolt:": "bolt"}[scheme]
		t.Run(name, func(t *testing.T) {
			args := func(db string) []string {
				return []string{"ingest", "--quiet", "--date", "2025-07-01", "--db", scheme + db, article}
			}
			clean := filepath.Join(dir, name+"-clean.db")
			start := time.Now()
			if out, err := relgraphProcess(args(clean)...).CombinedOutput(); err != nil {
				t.Fatalf("clean ingest: %v\n%s", err, out)
			}
			took := time.Since(start)
			want := sortedExport(t, scheme+clean)
			if len(want) < 70000 {
				t.Fatalf("the clean run stored %d quads, want a long article's", len(want))
			}
			killed, cut := 0, 0
			// From early on: on a loaded machine a later run may take much less than the clean one.
			for i, frac := range []float64{0.3, 0.45, 0.6, 0.75, 0.9} {
				db := filepath.Join(dir, fmt.Sprintf("%s-killed-%d.db", name, i))
				if killAfter(t, relgraphProcess(args(db)...), time.Duration(frac*float64(took))) {
					killed++
					if scheme == "bolt:" && boltPending(t, db) {
						cut++
					}
					if _, err := os.Stat(db); err == nil {
						if got := sortedExport(t, scheme+db); len(got) > 1 && !equalLines(got, want) {
							t.Errorf("killed at %.0f%% of a clean run: %d quads stored, want none or the article's %d", frac*100, len(got), len(want))
						}
					}
				}
				if out, err := relgraphProcess(args(db)...).CombinedOutput(); err != nil {
					t.Fatalf("re-run after a kill at %.0f%%: %v\n%s", frac*100, err, out)
				}
				if got := sortedExport(t, scheme+db); !equalLines(got, want) {
					t.Errorf("after a kill at %.0f%% and a re-run: %d quads, want the clean run's %d\n%s", frac*100, len(got), len(want), firstDiff(got, want))
				}
			}
			if killed == 0 {
				t.Fatal("no ingest was killed before it finished; the test proved nothing")
			}
			t.Logf("clean run %.1fs; %d of 5 ingests killed, %d of them between two parts of the write", took.Seconds(), killed, cut)
		})
	}
}

// boltPending reports whether the bolt store in folder db holds an article pending (a
// write killed between two of its parts: graph/pending.go), reading the file directly.
func boltPending(t *testing.T, db string) bool {
	t.Helper()
	path := filepath.Join(db, "indexes.bolt")
	if _, err := os.Stat(path); err != nil {
		return false
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var pending bool
	b.View(func(tx *bolt.Tx) error {
		if bk := tx.Bucket([]byte("relgraph-pending")); bk != nil {
			pending = bk.Stats().KeyN > 0
		}
		return nil
	})
	return pending
}
