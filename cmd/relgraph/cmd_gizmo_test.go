package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGizmoFileLimits runs relgraph gizmo -f on query files shaped to overflow the
// JavaScript parser's stack, in a child process: before the limits, the child died with
// "fatal error: stack overflow". Each must exit 1 with one line naming the file, the limit
// and where it was passed, and an ordinary query file must still run.
func TestGizmoFileLimits(t *testing.T) {
	db := writeExportStore(t)
	dir := t.TempDir()
	rep := strings.Repeat
	for _, c := range []struct{ name, src, want string }{
		{"brackets.js", rep("[", 600<<10), "query larger than the 128 KiB limit on a query's size"},
		{"parens.js", rep("(", 60_000) + "1" + rep(")", 60_000), "query nested deeper than 256 levels at line 1, column 257"},
		{"braces.js", "// a comment first\n" + rep("{", 100_000), "query nested deeper than 256 levels at line 2, column 257"},
		{"nots.js", rep("!", 100_000) + "x", "query nested deeper than 256 levels"},
		{"ok.js", `g.V("<entity/vladimir-putin>").Out("<name>").All()`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.name)
			if err := os.WriteFile(p, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // against a hang
			defer cancel()
			cmd := relgraphProcess("gizmo", "--db", db, "-f", p)
			cmd = exec.CommandContext(ctx, cmd.Path, cmd.Args[1:]...)
			cmd.Env = append(os.Environ(), "RELGRAPH_TEST_AS_CLI=1")
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			msg := stderr.String()
			if c.want == "" {
				if code != 0 || !strings.Contains(stdout.String(), "Vladimir Putin") {
					t.Errorf("exit %d, out %q, err %.300s", code, stdout.String(), msg)
				}
				return
			}
			want := "relgraph: " + p + ": " + c.want
			if code != exitError || !strings.HasPrefix(msg, want) || strings.Count(msg, "\n") != 1 {
				t.Errorf("exit %d, stderr %.500s\nwant exit %d and one line starting %q", code, msg, exitError, want)
			}
		})
	}
}
