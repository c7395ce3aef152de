package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/emersion/go-ical"

	"github.com/relgraph/relgraph/graph"
)

// writeExportStore writes the export test graph (testdata/export/documents.json, drawn in
// export/export_test.go: four articles around Putin, Macron, Iran, Hu Jintao, the EU and
// China) into a new embedded store and returns its path.
func writeExportStore(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/export/documents.json")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*graph.Document
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "export.db")
	s, err := graph.Open(context.Background(), db, graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

// relgraphRun runs relgraph and returns its exit code, stdout and stderr.
func relgraphRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	io, out, errOut := testStreams(stdin)
	code := run(context.Background(), args, io)
	return code, out.String(), errOut.String()
}

// sortedQuads parses N-Quads and returns them sorted, one per string.
func sortedQuads(t *testing.T, b []byte) []string {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatal(err)
			}
			break
		}
		out = append(out, q.NQuad())
	}
	slices.Sort(out)
	return out
}

func TestExportImportRoundTrip(t *testing.T) {
	src := writeExportStore(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.nq")
	if code, _, errOut := relgraphRun(t, "", "--db", src, "export", "-o", first); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	want := sortedQuads(t, b)
	if len(want) == 0 {
		t.Fatal("empty export")
	}

	dst := filepath.Join(dir, "copy.db")
	code, _, errOut := relgraphRun(t, "", "--db", dst, "import", first)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "imported") {
		t.Errorf("import said nothing of what it did: %q", errOut)
	}
	code, out, errOut := relgraphRun(t, "", "--db", dst, "export", "--format", "nquads")
	if code != 0 {
		t.Fatalf("second export: exit %d: %s", code, errOut)
	}
	if got := sortedQuads(t, []byte(out)); !slices.Equal(got, want) {
		t.Fatalf("after import the export has %d quads, want the same %d", len(got), len(want))
	}
	// The copy answers questions like the original.
	var a, c []map[string]any
	relgraphJSON(t, &a, "--db", src, "timeline", "Putin")
	relgraphJSON(t, &c, "--db", dst, "timeline", "Putin")
	if len(a) == 0 || len(a) != len(c) {
		t.Errorf("timeline of Putin: %d events in the original, %d in the copy", len(a), len(c))
	}

	// From stdin too; importing the same quads again changes nothing.
	code, _, errOut = relgraphRun(t, string(b), "--db", dst, "import", "-")
	if code != 0 {
		t.Fatalf("import -: exit %d: %s", code, errOut)
	}
	_, out, _ = relgraphRun(t, "", "--db", dst, "export")
	if got := sortedQuads(t, []byte(out)); !slices.Equal(got, want) {
		t.Errorf("a second import changed the graph: %d quads, want %d", len(got), len(want))
	}
}

func TestImportMalformedLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.nq")
	content := `<entity/a> <name> "A" <article/x> .
# a comment

<entity/b> <name> "B" <article/x> .
<entity/c> <name> "C unterminated <article/x> .
<entity/d> <name> "D" <article/x> .
`
	if err := os.WriteFile(bad, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "store.db")
	code, _, errOut := relgraphRun(t, "", "--db", db, "import", bad)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	if !strings.Contains(errOut, bad+":5:") {
		t.Errorf("the error does not name the file and line 5: %q", errOut)
	}
	// Nothing of the file is in the store (the file is checked before the store is opened).
	if _, err := os.Stat(db); err == nil {
		s, err := graph.Open(context.Background(), db, graph.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		n := 0
		if err := s.Quads(context.Background(), func(quad.Quad) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("the store holds %d quads after a failed import, want 0", n)
		}
	}
}

func TestExportFormats(t *testing.T) {
	db := writeExportStore(t)
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, out []byte)
	}{
		{"jsonld by extension", []string{"export", "-o", "FILE.jsonld"}, func(t *testing.T, out []byte) {
			var doc map[string]any
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			if doc["@context"] == nil || doc["@graph"] == nil {
				t.Errorf("no @context or @graph: %.200s", out)
			}
		}},
		{"graphml", []string{"export", "--format", "graphml"}, func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte(`xmlns="http://graphml.graphdrawing.org/xmlns"`)) {
				t.Errorf("no GraphML namespace: %.300s", out)
			}
		}},
		{"plover two hops", []string{"export", "--format", "plover", "--entity", "Hu Jintao", "--hops", "2"}, func(t *testing.T, out []byte) {
			// Hu met Iran (hop 1); Macron urged Iran and Iran rejected France (hop 2); the
			// France-China accord is three hops away, and the Putin-Macron call is only about
			// Iran (a topic is no hop).
			var ids []string
			for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				var r map[string]any
				if err := json.Unmarshal([]byte(l), &r); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, r["id"].(string))
			}
			slices.Sort(ids)
			want := []string{"ev-hu-iran", "ev-iran-rejects", "ev-urge-iran"}
			if !slices.Equal(ids, want) {
				t.Errorf("events = %v, want %v", ids, want)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--db", db}, tt.args...)
			file := ""
			for i, a := range args {
				if strings.HasPrefix(a, "FILE") {
					file = filepath.Join(t.TempDir(), "out"+strings.TrimPrefix(a, "FILE"))
					args[i] = file
				}
			}
			code, out, errOut := relgraphRun(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if file != "" {
				b, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				out = string(b)
			}
			tt.check(t, []byte(out))
		})
	}
}

func TestExportUsageErrors(t *testing.T) {
	db := writeExportStore(t)
	for _, args := range [][]string{
		{"export", "--format", "svg"},
		{"export", "--hops", "2"},
		{"export", "--entity", "Putin", "--hops", "0"},
	} {
		if code, _, errOut := relgraphRun(t, "", append([]string{"--db", db}, args...)...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d: %s", args, code, exitUsage, errOut)
		}
	}
	if code, _, _ := relgraphRun(t, "", "--db", db, "export", "--entity", "Nobody At All"); code != exitError {
		t.Errorf("unknown entity: exit %d, want %d", code, exitError)
	}
}

func TestTimelineFormats(t *testing.T) {
	db := writeExportStore(t)
	dir := t.TempDir()

	// ics by the -o extension, parsed back.
	ics := filepath.Join(dir, "putin.ics")
	code, _, errOut := relgraphRun(t, "", "--db", db, "timeline", "Putin", "-o", ics)
	if code != 0 {
		t.Fatalf("timeline -o putin.ics: exit %d: %s", code, errOut)
	}
	f, err := os.Open(ics)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cal, err := ical.NewDecoder(f).Decode()
	if err != nil {
		t.Fatalf("parse %s: %v", ics, err)
	}
	var uids []string
	for _, e := range cal.Events() {
		uid, _ := e.Props.Text(ical.PropUID)
		uids = append(uids, uid)
	}
	slices.Sort(uids)
	want := []string{"ev-call-2022@relgraph", "ev-call@relgraph", "ev-no-meeting@relgraph", "ev-putin-condemns@relgraph"}
	if !slices.Equal(uids, want) {
		t.Errorf("calendar events = %v, want %v", uids, want)
	}
	if name, _ := cal.Props.Text("X-WR-CALNAME"); name != "Timeline of Vladimir Putin" {
		t.Errorf("calendar name = %q", name)
	}

	// csv with filters, to stdout.
	code, out, errOut := relgraphRun(t, "", "--db", db, "timeline", "--type", "CONSULT", "--from", "2024", "--format", "csv")
	if code != 0 {
		t.Fatalf("timeline --format csv: exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if r[1] != "CONSULT" || r[0] < "2024" {
			t.Errorf("row %v passes --type CONSULT --from 2024", r)
		}
	}
	if len(rows) != 4 { // header, the call, the meeting that did not happen, the planned visit
		t.Errorf("%d rows, want a header and 3 events:\n%s", len(rows), out)
	}

	// timelinejs says on stderr how many undated events it left out.
	code, out, errOut = relgraphRun(t, "", "--db", db, "timeline", "Iran", "--format", "timelinejs")
	if code != 0 || !json.Valid([]byte(out)) {
		t.Fatalf("timeline --format timelinejs: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "1 undated event") {
		t.Errorf("no notice of the undated event: %q", errOut)
	}

	// html and md write whole documents.
	for _, ext := range []string{"html", "md"} {
		p := filepath.Join(dir, "iran."+ext)
		if code, _, errOut := relgraphRun(t, "", "--db", db, "timeline", "Iran", "-o", p); code != 0 {
			t.Fatalf("timeline -o %s: exit %d: %s", p, code, errOut)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("Timeline of Iran")) {
			t.Errorf("%s has no title", p)
		}
	}
	if code, _, _ := relgraphRun(t, "", "--db", db, "timeline", "--format", "pdf"); code != exitUsage {
		t.Errorf("--format pdf: exit %d, want %d", code, exitUsage)
	}
}

// TestExportToNamedPipe writes to a path that is not a regular file: it must be written to,
// not replaced by a new file (which, for /dev/null, would break the machine).
func TestExportToNamedPipe(t *testing.T) {
	db := writeExportStore(t)
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		b, _ := os.ReadFile(fifo) // blocks until the export opens the pipe, reads to its close
		got <- b
	}()
	if code, _, errOut := relgraphRun(t, "", "--db", db, "export", "--format", "plover", "-o", fifo); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the named pipe was replaced: %v, %v", fi, err)
	}
	if b := <-got; !bytes.Contains(b, []byte(`"id":"ev-call"`)) {
		t.Errorf("the pipe carried %d bytes without the call", len(b))
	}
}

// TestImportNothing checks that an import of no N-Quads (an empty file or stdin) says so,
// fails, and leaves no store behind, instead of a store-level "no bucket".
func TestImportNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "store.db")
	code, _, errOut := relgraphRun(t, "", "--db", db, "import", "-")
	if code != exitError || !strings.Contains(errOut, "import stdin: no N-Quads in it; nothing imported") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("an empty import left a store at %s", db)
	}
}
