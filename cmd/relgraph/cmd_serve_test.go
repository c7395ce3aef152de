package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

func TestCheckLoopback(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
		ok     bool
	}{
		{"127.0.0.1:64210", false, true},
		{"localhost:8080", false, true},
		{"[::1]:8080", false, true},
		{"0.0.0.0:64210", false, false},
		{":64210", false, false},
		{"192.168.1.10:80", false, false},
		{"0.0.0.0:64210", true, true},
		{"no-port", true, false},
	}
	for _, tt := range tests {
		err := checkLoopback(tt.addr, tt.public)
		if (err == nil) != tt.ok {
			t.Errorf("checkLoopback(%q, %v) = %v", tt.addr, tt.public, err)
		}
	}
}

func TestServeRefusesPublicAddress(t *testing.T) {
	streams, _, errOut := testStreams("")
	code := run(context.Background(), []string{"serve", "--db", "unused.db", "--addr", "0.0.0.0:0"}, streams)
	if code != exitUsage || !strings.Contains(errOut.String(), "--public") {
		t.Errorf("exit %d, stderr: %s", code, errOut)
	}
}

// TestServeNeedsToken: a server that others could use (writes allowed, or a public address)
// does not start without a token, and says how to make one.
func TestServeNeedsToken(t *testing.T) {
	short := t.TempDir() + "/short"
	if err := os.WriteFile(short, []byte("abc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"serve", "--db", "unused.db", "--allow-writes"},
		{"serve", "--db", "unused.db", "--addr", "0.0.0.0:0", "--public"},
		{"serve", "--db", "unused.db", "--allow-writes", "--token-file", short},
		{"serve", "--db", "unused.db", "--allow-writes", "--token", "x", "--token-file", short},
	} {
		streams, _, errOut := testStreams("")
		code := run(context.Background(), args, streams)
		if code != exitUsage || !strings.Contains(errOut.String(), "token") {
			t.Errorf("%q: exit %d, stderr: %s", args, code, errOut)
		}
	}
}

// servedReads are read commands that must answer the same with the store served or not.
var servedReads = [][]string{
	{"entities", "--format", "json"},
	{"relations", "Macron", "--format", "json"},
	{"last-contact", "Putin", "Macron", "--format", "json"},
	{"timeline", "Iran", "--format", "json"},
	{"gizmo", `g.V("<entity/emmanuel-macron>").Out("<called>").Out("<name>").All()`},
	{"export", "--format", "nquads"},
}

// TestServe runs relgraph serve as a process on a free loopback port and talks to it over
// HTTP, and runs the CLI's read commands beside it (they used to fail with "locked"), then
// stops it with SIGTERM.
func TestServe(t *testing.T) {
	db := writeConsoleStore(t)
	var wantReads []string
	for _, args := range servedReads {
		out, err := relgraphProcess(append(args, "--db", db)...).Output()
		if err != nil || len(out) < 10 {
			t.Fatalf("%q on the store alone: %v %s", args, err, out)
		}
		wantReads = append(wantReads, string(out))
	}
	cmd := relgraphProcess("serve", "--db", db, "--addr", "127.0.0.1:0", "--query-timeout", "500ms")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := false
	defer func() {
		if !exited {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()
	// Ready when it says where it listens.
	lines := bufio.NewScanner(stderr)
	var base string
	addrRE := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`)
	var said strings.Builder
	for lines.Scan() {
		said.WriteString(lines.Text() + "\n")
		if m := addrRE.FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatalf("serve never said where it listens: %s", said.String())
	}
	rest := make(chan string)
	go func() {
		b, _ := io.ReadAll(stderr)
		rest <- string(b)
	}()

	// While the server holds the store, the read commands answer through it, exactly as
	// they did from the store itself; the writers say how to write.
	for i, args := range servedReads {
		cmd := relgraphProcess(append(args, "--db", db)...)
		var errb strings.Builder
		cmd.Stderr = &errb
		out, err := cmd.Output()
		if err != nil || string(out) != wantReads[i] || !strings.Contains(errb.String(), "held by relgraph serve") {
			t.Errorf("%q beside a running serve: %v\nstdout: %s\nwant: %s\nstderr: %s", args, err, out, wantReads[i], errb.String())
		}
	}
	articles := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(articles, []byte(`{"id":"x1","text":"Vladimir Putin met Emmanuel Macron in Paris on Monday.","date":"2025-08-04"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := relgraphProcess("ingest", "--db", db, articles).CombinedOutput()
	if code := exitCodeOf(err); code != exitError || !strings.Contains(string(out), "stop it (Ctrl-C where it runs, or kill") || !strings.Contains(string(out), "run this command again") {
		t.Errorf("ingest into a served store: exit %d: %s", code, out)
	}

	call := func(method, path, body string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if method == "POST" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, string(b)
	}

	if code, body := call("GET", "/", ""); code != 200 || !strings.Contains(body, `<div id="root">`) {
		t.Errorf("GET /: %d %.200s", code, body)
	}
	code, body := call("POST", "/api/v2/query?lang=gizmo", `g.V("<entity/emmanuel-macron>").Out("<name>").All()`)
	var res struct{ Result []map[string]any }
	if code != 200 || json.Unmarshal([]byte(body), &res) != nil || len(res.Result) != 1 || res.Result[0]["id"] != "Emmanuel Macron" {
		t.Errorf("query: %d %s", code, body)
	}
	if code, body := call("POST", "/api/v1/shape/gizmo", `g.V("<entity/iran>").In("<target>").All()`); code != 200 || !strings.Contains(body, `"<target>"`) {
		t.Errorf("shape: %d %s", code, body)
	}
	if code, body := call("POST", "/api/v2/write", "<entity/x> <name> \"X\" .\n"); code != http.StatusForbidden {
		t.Errorf("write on a read-only server: %d %s", code, body)
	}
	if code, body := call("POST", "/api/v2/query?lang=gizmo", `while(true){}`); code == 200 || !strings.Contains(body, "error") {
		t.Errorf("runaway loop: %d %s", code, body)
	}
	if code, body := call("POST", "/api/v2/query?lang=gizmo", `g.V("<entity/iran>").Out("<name>").All()`); code != 200 || !strings.Contains(body, "Iran") {
		t.Errorf("query after the timeout: %d %s", code, body)
	}
	if code, body := call("GET", "/api/timeline?entity=Macron", ""); code != 200 || !strings.Contains(body, `"urge-1"`) {
		t.Errorf("timeline: %d %s", code, body)
	}
	if code, body := call("GET", "/api/relations?a=Nobody", ""); code != 404 || !strings.Contains(body, "/api/entities") {
		t.Errorf("relations of nobody: %d %s", code, body)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// All of stderr is read before Wait, which closes the pipe and may cut the read short
	// (os/exec: Wait must not be called before the reads from StderrPipe are done).
	tail := <-rest
	err = cmd.Wait()
	exited = true
	if err != nil {
		t.Errorf("serve exited with %v after SIGTERM: %s", err, tail)
	}
	if !strings.Contains(tail, "stopping") {
		t.Errorf("no shutdown notice: %s", tail)
	}
	// Stopped, it leaves nothing behind that would send the commands to it.
	if out, err := relgraphProcess("entities", "--db", db).CombinedOutput(); err != nil || strings.Contains(string(out), "relgraph serve") {
		t.Errorf("entities after the server stopped: %v %s", err, out)
	}
}

// exitCodeOf returns the exit code of a finished command's error (0 for nil).
func exitCodeOf(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}
