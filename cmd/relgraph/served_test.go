package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// startServe starts relgraph serve as a process with args and returns its URL once it
// says where it listens; the process is stopped (SIGTERM, then waited for) when the test
// ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	cmd := relgraphProcess(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	})
	lines := bufio.NewScanner(stderr)
	addrRE := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`)
	var said strings.Builder
	for lines.Scan() {
		said.WriteString(lines.Text() + "\n")
		if m := addrRE.FindStringSubmatch(lines.Text()); m != nil {
			go io.Copy(io.Discard, stderr)
			return m[1]
		}
	}
	t.Fatalf("serve never said where it listens: %s", said.String())
	return ""
}

// TestServeWritesThrough: relgraph ingest into a store that a relgraph serve
// --allow-writes holds writes through the server, and the server (and the CLI asking it)
// answers with the new article at once.
func TestServeWritesThrough(t *testing.T) {
	db := writeConsoleStore(t)
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("a-test-token-of-some-length\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	startServe(t, "--db", db, "--allow-writes", "--token-file", tokenFile)

	articles := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(articles, []byte(`{"id":"paris-talks","title":"Talks in Paris","text":"Russian President Vladimir Putin met French President Emmanuel Macron in Paris on Monday.","date":"2025-08-04"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := relgraphProcess("ingest", "--db", db, articles).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "writing through it") || !strings.Contains(string(out), "1 new") {
		t.Fatalf("ingest into a served store: %v\n%s", err, out)
	}
	out, err = relgraphProcess("gizmo", "--db", db, `g.V("Talks in Paris").In("<title>").Out("<published>").All()`).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "2025-08-04") {
		t.Errorf("the new article through the server: %v\n%s", err, out)
	}
	// Ingesting it again is skipped: the server answers the article's hash.
	out, err = relgraphProcess("ingest", "--db", db, articles).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "1 skipped") {
		t.Errorf("the same article again: %v\n%s", err, out)
	}
}
