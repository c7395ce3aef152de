package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/relgraph/relgraph/graph"
)

// consoleGraph is a small graph written for these tests: one article in which
// Putin calls Macron about Iran, and Macron urges Iran to return to talks.
//
//	vladimir-putin --called--> emmanuel-macron   (event/call-1, CONSULT, 2025-07-01)
//	emmanuel-macron --urged--> iran              (event/urge-1, DEMAND, 2025-07-02)
//	both events have topic iran
func consoleGraph() *graph.Document {
	return &graph.Document{
		Article: graph.Article{ID: "a1", Title: "Leaders speak by phone on Iran", Published: "2025-07-02", Hash: "h1"},
		Entities: []graph.Entity{
			{ID: "vladimir-putin", Name: "Vladimir Putin", Type: graph.TypePerson, Aliases: []string{"Putin"}},
			{ID: "emmanuel-macron", Name: "Emmanuel Macron", Type: graph.TypePerson, Aliases: []string{"Macron"}},
			{ID: "iran", Name: "Iran", Type: graph.TypeCountry},
		},
		Events: []graph.Event{
			{ID: "call-1", Type: "CONSULT", Mode: "phone", Trigger: "spoke by phone", Relation: "called", Symmetric: true,
				Actors: []string{"vladimir-putin"}, Targets: []string{"emmanuel-macron"}, Topics: []graph.Topic{{Entity: "iran"}},
				Date: "2025-07-01", Evidence: "The two presidents spoke by phone on Tuesday about Iran."},
			{ID: "urge-1", Type: "DEMAND", Mode: "statement", Trigger: "urged", Relation: "urged",
				Actors: []string{"emmanuel-macron"}, Targets: []string{"iran"}, Topics: []graph.Topic{{Entity: "iran"}},
				Date: "2025-07-02", Evidence: "Macron urged Iran to return to the negotiating table."},
		},
	}
}

// writeConsoleStore writes consoleGraph to a new leveldb store and returns its path.
func writeConsoleStore(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "relgraph.db")
	st, err := graph.Open(ctx, db, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, []*graph.Document{consoleGraph()}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConsolePipe(t *testing.T) {
	db := writeConsoleStore(t)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		want     []string // in stdout, in this order
		notWant  []string
		wantErr  string
		wantCode int
	}{
		{name: "one query a line",
			stdin: `g.V("<entity/emmanuel-macron>").Out("<name>").All()` + "\n" +
				`g.V("<entity/vladimir-putin>").Out("<called>").Out("<name>").All()` + "\n",
			want:    []string{"Emmanuel Macron\n", "Emmanuel Macron\n"},
			notWant: []string{"gizmo>", "console"}},
		{name: "a query over several lines",
			stdin: "g.V(\"<entity/iran>\")\n  .In(\"<target>\")\n  .Out(\"<plover>\")\n  .All(\n)\ng.V(\"<entity/iran>\").\nOut(\"<name>\").All()\n",
			want:  []string{"DEMAND\n", "Iran\n"}},
		{name: "json and limit commands",
			stdin:   ":format json\n:limit 1\n" + `g.V("<entity/iran>").In("<topic>").Out("<actor>").Out("<name>").All()` + "\n",
			want:    []string{"[\n  {\n    \"id\": \"", "\"\n  }\n]\n"},
			wantErr: "(stopped at 1 results; :limit 0 shows all)"},
		{name: "tags make columns",
			stdin: `g.V("<entity/iran>").In("<target>").Tag("event").Out("<plover>").Tag("type").All()` + "\n",
			want:  []string{"ID", "EVENT", "TYPE", "DEMAND", "<event/urge-1>", "DEMAND"}},
		{name: "a failed query fails the run but not the queries after it",
			stdin:    "g.V(\"<entity/iran>\").Nope()\n" + `g.V("<entity/iran>").Out("<name>").All()` + "\n",
			want:     []string{"Iran\n"},
			wantErr:  "1 of 2 queries failed",
			wantCode: exitError},
		{name: "a runaway loop is stopped by the timeout",
			args:     []string{"--timeout", "300ms"},
			stdin:    "while(true){}\n" + `g.V("<entity/iran>").Out("<name>").All()` + "\n",
			want:     []string{"Iran\n"},
			wantErr:  "ran longer than 300ms",
			wantCode: exitError},
		{name: "unknown command",
			stdin:    ":frobnicate\n",
			wantErr:  "unknown command :frobnicate",
			wantCode: exitError},
		{name: "quit stops reading",
			stdin:   ":quit\n" + `g.V("<entity/iran>").Out("<name>").All()` + "\n",
			notWant: []string{"Iran"}},
		{name: "input ending inside a bracket",
			stdin:    `g.V("<entity/iran>"` + "\n",
			wantErr:  "ends inside a bracket",
			wantCode: exitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			streams, out, errOut := testStreams(tt.stdin)
			args := append([]string{"console", "--db", db}, tt.args...)
			code := run(context.Background(), args, streams)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr: %s", code, tt.wantCode, errOut)
			}
			rest := out.String()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order); stdout:\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
			for _, nw := range tt.notWant {
				if strings.Contains(out.String(), nw) || strings.Contains(errOut.String(), nw) {
					t.Errorf("output has %q; stdout:\n%s\nstderr:\n%s", nw, out, errOut)
				}
			}
			if tt.wantErr != "" && !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr lacks %q: %s", tt.wantErr, errOut)
			}
			if tt.wantErr == "" && errOut.Len() > 0 {
				t.Errorf("unexpected stderr: %s", errOut)
			}
		})
	}
}

// TestConsoleExamples runs every query :examples shows: they must be valid Gizmo on the
// graph model, and those about this graph's entities must find something.
func TestConsoleExamples(t *testing.T) {
	db := writeConsoleStore(t)
	for _, e := range consoleExamples {
		t.Run(e.about, func(t *testing.T) {
			streams, out, errOut := testStreams(e.query + "\n")
			if code := run(context.Background(), []string{"console", "--db", db}, streams); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if strings.Contains(out.String(), "(no results)") {
				t.Errorf("no results on the test graph; stdout: %s", out)
			}
		})
	}
}

func TestConsoleComplete(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{`g.V("<a>").All()`, true},
		{`g.V("<a>")`, true},
		{`g.V("<a>").`, false},
		{`g.V("<a>").Out(["<b>",`, false},
		{`g.V(`, false},
		{"g.V(\"<a>\")\n.Out([\"<b>\",\n", false},
		{`g.V("(").All()`, true},
		{`g.V("a\")`, false},
		{"var x = `multi", false},
		{"g.V() // (", true},
		{"/* ( */ g.V()", true},
		{"/* open", false},
		{"function f() {", false},
		{"function f() {\n return 1\n}", true},
	}
	for _, tt := range tests {
		if got := complete(tt.src); got != tt.want {
			t.Errorf("complete(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestConsoleHistoryPath(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if got := historyPath(env(map[string]string{"XDG_STATE_HOME": "/s", "HOME": "/h"})); got != "/s/relgraph/history" {
		t.Errorf("with XDG_STATE_HOME: %s", got)
	}
	if got := historyPath(env(map[string]string{"HOME": "/h"})); got != "/h/.relgraph_history" {
		t.Errorf("with HOME only: %s", got)
	}
}

// terminal is the master side of a pseudo-terminal with everything read from it kept.
type terminal struct {
	t    *testing.T
	f    *os.File
	mu   sync.Mutex
	buf  bytes.Buffer
	seen int // offset up to which expect has matched
	more chan struct{}
}

func (term *terminal) read() {
	b := make([]byte, 4096)
	for {
		n, err := term.f.Read(b)
		term.mu.Lock()
		term.buf.Write(b[:n])
		term.mu.Unlock()
		select {
		case term.more <- struct{}{}:
		default:
		}
		if err != nil {
			close(term.more)
			return
		}
	}
}

// expect waits until s appears after what earlier expects matched.
func (term *terminal) expect(s string) {
	term.t.Helper()
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for {
		term.mu.Lock()
		i := strings.Index(term.buf.String()[term.seen:], s)
		if i >= 0 {
			term.seen += i + len(s)
			term.mu.Unlock()
			return
		}
		out := term.buf.String()
		term.mu.Unlock()
		select {
		case _, ok := <-term.more:
			if !ok {
				term.t.Fatalf("terminal closed before %q; output:\n%s", s, out)
			}
		case <-deadline.C:
			term.t.Fatalf("no %q on the terminal; output:\n%s", s, out)
		}
	}
}

func (term *terminal) send(s string) {
	term.t.Helper()
	if _, err := term.f.WriteString(s); err != nil {
		term.t.Fatal(err)
	}
}

func TestConsoleTerminal(t *testing.T) {
	db := writeConsoleStore(t)
	state := t.TempDir()
	cmd := relgraphProcess("console", "--db", db)
	cmd.Env = append(cmd.Env, "XDG_STATE_HOME="+state, "TERM=xterm")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	term := &terminal{t: t, f: f, more: make(chan struct{}, 1)}
	go term.read()
	waited := false
	defer func() {
		if !waited {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()

	const q = `g.V("<entity/emmanuel-macron>").Out("<name>").All()`
	term.expect("Type :help")
	term.expect("gizmo> ")
	term.send(q + "\r")
	term.expect("Emmanuel Macron")
	term.expect("gizmo> ")

	// The up arrow brings the query back; Enter runs it again.
	term.send("\x1b[A")
	term.expect(`Out("<name>")`)
	term.send("\r")
	term.expect("Emmanuel Macron")
	term.expect("gizmo> ")

	// A query over three lines: the console waits while a parenthesis is open.
	term.send(`g.V("<entity/iran>").Out(` + "\r")
	term.expect("...> ")
	term.send(`"<name>"` + "\r")
	term.expect("...> ")
	term.send(").All()\r")
	term.expect("Iran")
	term.expect("gizmo> ")

	// Ctrl-C stops a runaway query, not the console.
	term.send("while(true){}\r")
	term.expect("Ctrl-C cancels the query")
	term.send("\x03")
	term.expect("query cancelled")
	term.expect("gizmo> ")
	term.send(`g.V("<entity/vladimir-putin>").Out("<called>").Out("<name>").All()` + "\r")
	term.expect("Emmanuel Macron")
	term.expect("gizmo> ")

	term.send(":quit\r")
	waited = true
	if err := cmd.Wait(); err != nil {
		t.Fatalf("console exited with %v; output:\n%s", err, term.buf.String())
	}
	hist, err := os.ReadFile(filepath.Join(state, "relgraph", "history"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(hist), q) {
		t.Errorf("history lacks the query; history:\n%s", hist)
	}
}
