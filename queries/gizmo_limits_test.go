package queries_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestGizmoSourceLimits sends queries shaped to exhaust the JavaScript parser (nesting that
// overflowed the stack and killed the process, a source too large to hold) and ordinary
// queries near the limits, to the graph of testdata/leaders.nq. Each hostile query must
// come back as an error that names the limit it passed; the ordinary ones must run.
func TestGizmoSourceLimits(t *testing.T) {
	q := load(t)
	rep := strings.Repeat
	// steps is a query walking n calls back and forth between Berg and Vale.
	steps := func(n int) string {
		return `g.V("<entity/anna-berg>")` + rep(`.Out("<called>").In("<called>")`, n/2) + `.Out("<name>").All()`
	}
	for _, c := range []struct {
		name, src string
		want      string // a substring of the error; "" when the query must run
	}{
		{"600 KB of open brackets", rep("[", 600<<10), "over the 128 KiB limit"},
		{"600 KB of balanced brackets", rep("[", 300<<10) + rep("]", 300<<10), "over the 128 KiB limit"},
		{"nested parentheses", rep("(", 50_000) + "1" + rep(")", 50_000), "nested deeper than 256 levels at line 1, column 257"},
		{"nested braces", rep("{", 100_000), "nested deeper than 256"},
		{"nested arrays after a call", "g.V(" + rep("[", 5000) + rep("]", 5000) + ").All()", "nested deeper than 256"},
		{"not not not", rep("!", 100_000) + "x", "nested deeper than 256 levels at line 1, column 257"},
		{"negation with spaces", rep("- ", 50_000) + "1", "nested deeper than 256"},
		{"arrow functions", rep("a=>", 30_000) + "1", "nested deeper than 256"},
		{"assignment chain", rep("a=", 30_000) + "1", "nested deeper than 256"},
		{"conditional chain", rep("a?b:", 20_000) + "c", "nested deeper than 256"},
		{"if without braces", rep("if(a)", 20_000) + "b", "nested deeper than 256"},
		{"else if chain", "if(a)b;" + rep("else if(a)b;", 5000), "nested deeper than 256"},
		{"if chain over lines", rep("if (a)\n", 5000) + "b", "nested deeper than 256"},
		{"template substitutions", rep("`${", 20_000) + "1" + rep("}`", 20_000), "nested deeper than 256"},
		{"call chain", "f" + rep("()", 50_000), "nested deeper than 256"},
		{"sum of constants", "1" + rep("+1", 50_000), "nested deeper than 256"},
		{"sum over lines", "1" + rep("\n+1", 20_000), "nested deeper than 256"},
		{"nesting behind a comment and a string", "/* [[[ */ '((('; // {{{\n" + rep("[", 1000), "nested deeper than 256 levels at line 2, column 257"},
		{"nesting after a regular expression with a quote", `var r = /"/; ` + rep("[", 1000), "nested deeper than 256"},
		{"constant logic", "1" + rep("&&1", 40), "more than 10 &&, || or ?? between constants"},
		{"constant logic in parentheses", rep("(1||0)&&", 12) + "1", "more than 10 &&, || or ?? between constants"},
		{"ambiguous slash after a block", "{}\n/x/.test('y')", "could start a regular expression or divide"},

		{"brackets inside strings and comments", `g.V("` + rep("[", 5000) + `") // ` + rep("(", 5000) + "\n.All()", ""},
		{"a long chain of steps", steps(200), ""},
		{"a script without semicolons", rep("var a = g.V(\"<entity/anna-berg>\").Out(\"<called>\")\n", 300) + "a.Out(\"<name>\").All()", ""},
		{"logic between names", "var x = 1\nif (" + strings.TrimSuffix(rep("x && ", 40), " && ") + ") { g.V(\"<entity/anna-berg>\").All() }", ""},
		{"a regular expression", `if (/^a+(b|c)[/)]$/.test("ab")) { g.V("<entity/anna-berg>").All() }`, ""},
		{"a division, then brackets in a string", `var r = 4 / 2; var s = "` + rep("[", 1000) + `"; g.V("<entity/anna-berg>").All()`, ""},
		{"division and templates", "var n = 10 / 2 / 1; var s = `a${n}b${`c${n / 5}`}`; g.V(\"<entity/anna-berg>\").All()", ""},
		{"nesting at the limit", rep("[", 255) + rep("]", 255) + "; g.V(\"<entity/anna-berg>\").All()", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			_, err := q.Gizmo(ctx, c.src, 10)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("an ordinary query failed: %v", err)
			case c.want != "" && err == nil:
				t.Errorf("no error, want one with %q", c.want)
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Errorf("error %q, want one with %q", err, c.want)
			}
		})
	}
}
