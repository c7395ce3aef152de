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
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestServe runs relgraph serve as a process on a free loopback port and talks to it over
// HTTP, then stops it with SIGTERM.
func TestServe(t *testing.T) {
	db := writeConsoleStore(t)
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

	// A second process on the store the server holds fails at once, saying why and what to do.
	start := time.Now()
	out, err := relgraphProcess("entities", "--db", db).CombinedOutput()
	if code := exitCodeOf(err); code != exitError || !strings.Contains(string(out), "locked by another relgraph process; wait for it to finish, stop it, or use another --db") {
		t.Errorf("entities beside a running serve: exit %d: %s", code, out)
	}
	t.Logf("a second process on the served store failed in %v", time.Since(start).Round(time.Millisecond))

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
	err = cmd.Wait()
	exited = true
	tail := <-rest
	if err != nil {
		t.Errorf("serve exited with %v after SIGTERM: %s", err, tail)
	}
	if !strings.Contains(tail, "stopping") {
		t.Errorf("no shutdown notice: %s", tail)
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
