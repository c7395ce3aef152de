package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	// liner rather than chzyer/readline: liner puts the terminal back in its normal mode
	// between prompts, so Ctrl-C during a query arrives as SIGINT and cancels that query,
	// while readline keeps the terminal raw and would need a reader racing the query. Cayley's
	// own REPL uses liner too.
	"github.com/peterh/liner"
	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

type consoleOptions struct {
	g       *globalOptions
	format  string
	limit   int
	timeout time.Duration
}

func newConsoleCommand(g *globalOptions) *cobra.Command {
	opts := &consoleOptions{g: g}
	cmd := &cobra.Command{
		Use:   "console",
		Short: "An interactive Gizmo (JavaScript) console on the graph",
		Long: `console reads Gizmo queries and prints their results. On a terminal it edits lines, keeps a
history (in $XDG_STATE_HOME/relgraph/history, else ~/.relgraph_history), continues a query over
several lines while brackets or quotes are open, and Ctrl-C cancels the running query without
leaving. Type :help for its commands and :examples for queries on relgraph's graph model.

On a pipe it reads one query a line and prints only results, so it can be scripted: errors go to
stderr and the exit code is 1 when any query failed.` + exitCodesHelp,
		Example: `  relgraph console
  relgraph console --db news.db --timeout 10s
  printf 'g.V("<entity/emmanuel-macron>").Out("<name>").All()\n' | relgraph console`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runConsole(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "table", "output format: table or json (change it with :format)")
	cmd.Flags().IntVar(&opts.limit, "limit", 1000, "stop each query after this many results (0: no limit; change it with :limit)")
	cmd.Flags().DurationVar(&opts.timeout, "timeout", 30*time.Second, "stop a query after this long (0: never)")
	return cmd
}

// consoleExamples are queries on relgraph's graph model, shown by :examples. Each one runs
// on any store built by relgraph ingest.
var consoleExamples = []struct{ about, query string }{
	{"an entity's name and aliases",
		`g.V("<entity/vladimir-putin>").Out(["<name>", "<alias>"]).All()`},
	{"whom Putin called (direct edges: <called>, <met>, <urged>, <discussed>...)",
		`g.V("<entity/vladimir-putin>").Out("<called>").Out("<name>").All()`},
	{"find an entity by any alias",
		`g.V().Has("<alias>", "Macron").Out("<name>").All()`},
	{"Putin's events as actor: category, date and sentence",
		`g.V("<entity/vladimir-putin>").In("<actor>").Tag("event").Out("<plover>").Tag("type").Back("event").Out("<date>").Tag("date").Back("event").Out("<evidence>").Tag("sentence").All()`},
	{"who made demands of Iran, and in which article",
		`g.V("<entity/iran>").In("<target>").Has("<plover>", "DEMAND").Tag("event").Out("<actor>").Out("<name>").Tag("actor").Back("event").Out("<source>").Out("<title>").Tag("article").All()`},
	{"everyone who discussed Iran",
		`g.V("<entity/iran>").In("<topic>").Out("<actor>").Unique().Out("<name>").All()`},
	{"contacts (calls, meetings) between Putin and Macron, with dates: either may be actor or target, and both are actors of talks they held together",
		`g.V("<entity/vladimir-putin>").In(["<actor>", "<target>"]).Has("<plover>", "CONSULT").Tag("event").Out(["<actor>", "<target>"]).Is("<entity/emmanuel-macron>").Back("event").Out("<date>").All()`},
	{"how many people the graph knows",
		`g.Emit(g.V().Has("<type>", "<person>").Count())`},
}

const consoleHelp = `Type a Gizmo query and press Enter; a query continues over several lines while a bracket,
parenthesis or quote is open. Nodes are written "<entity/ID>", "<event/ID>", "<article/ID>";
predicates "<name>", "<alias>", "<type>", "<called>", "<met>", "<actor>", "<target>", "<topic>",
"<plover>", "<date>", "<evidence>", "<source>"... Literals are plain strings: "DEMAND", "2025-07-01".
Each query runs on its own: variables do not carry over to the next one.

  :help            this text
  :examples        example queries on relgraph's graph model
  :limit N         stop each query after N results (0: no limit)
  :format F        print results as table or json
  :quit            leave (so does Ctrl-D)

Ctrl-C cancels the running query; at the prompt it discards the line being typed.
`

// console is one console session: its settings and the store it queries.
type console struct {
	io      *IOStreams
	store   graph.Store
	format  string
	limit   int
	timeout time.Duration
	failed  int
	quit    bool
}

func runConsole(ctx context.Context, opts *consoleOptions) error {
	if opts.format != "table" && opts.format != "json" {
		return usagef("--format %q: want table or json", opts.format)
	}
	if opts.limit < 0 {
		return usagef("--limit %d: want 0 or more", opts.limit)
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	c := &console{io: opts.g.io, store: store, format: opts.format, limit: opts.limit, timeout: opts.timeout}
	if c.io.InTTY && c.io.In == os.Stdin {
		return c.interactive(ctx)
	}
	return c.script(ctx)
}

// script reads queries from a pipe: no prompt, no banner, results only.
func (c *console) script(ctx context.Context) error {
	sc := bufio.NewScanner(c.io.In)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var buf strings.Builder
	total := 0
	flush := func() {
		src := strings.TrimSpace(buf.String())
		buf.Reset()
		if src == "" || strings.HasPrefix(src, "//") {
			return
		}
		total++
		c.eval(ctx, src)
	}
	for !c.quit && sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := sc.Text()
		// A complete query waits for the next line, which may continue its chain:
		// "g.V(x)" then ".Out(p).All()".
		if buf.Len() > 0 && complete(buf.String()) && !strings.HasPrefix(strings.TrimSpace(line), ".") {
			flush()
			if c.quit {
				break
			}
		}
		if buf.Len() > 0 {
			buf.WriteString("\n")
		}
		buf.WriteString(line)
	}
	if !c.quit && complete(buf.String()) {
		flush()
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read queries: %w", err)
	}
	if rest := strings.TrimSpace(buf.String()); rest != "" && !c.quit {
		total++
		c.failed++
		fmt.Fprintf(c.io.ErrOut, "error: the input ends inside a bracket or quote: %s\n", clip(rest, 60))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if c.failed > 0 {
		return fmt.Errorf("%d of %d queries failed; see the errors above", c.failed, total)
	}
	return nil
}

// historyPath is where the console keeps its history: $XDG_STATE_HOME/relgraph/history,
// else ~/.relgraph_history.
func historyPath(getenv func(string) string) string {
	if d := getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "relgraph", "history")
	}
	home := getenv("HOME")
	if home == "" {
		if h, err := os.UserHomeDir(); err == nil {
			home = h
		}
	}
	if home == "" {
		return ""
	}
	return filepath.Join(home, ".relgraph_history")
}

// interactive runs the console on a terminal.
func (c *console) interactive(ctx context.Context) error {
	// main cancels ctx on the first Ctrl-C; here Ctrl-C cancels only the running query, so
	// the session outlives it.
	base := context.WithoutCancel(ctx)
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, os.Interrupt)
	defer signal.Stop(sigc)

	ln := liner.NewLiner()
	defer ln.Close()
	ln.SetCtrlCAborts(true)
	ln.SetMultiLineMode(true)
	hist := historyPath(c.io.Getenv)
	if hist != "" {
		if f, err := os.Open(hist); err == nil {
			ln.ReadHistory(f)
			f.Close()
		}
	}
	saveHistory := func() {
		if hist == "" {
			return
		}
		if err := os.MkdirAll(filepath.Dir(hist), 0o700); err != nil {
			fmt.Fprintf(c.io.ErrOut, "warning: history not saved: %v\n", err)
			return
		}
		f, err := os.OpenFile(hist, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
		if err != nil {
			fmt.Fprintf(c.io.ErrOut, "warning: history not saved: %v\n", err)
			return
		}
		ln.WriteHistory(f)
		f.Close()
	}
	defer saveHistory()

	fmt.Fprintf(c.io.ErrOut, "relgraph Gizmo console on %s. Type :help for help, :examples for queries, :quit to leave.\n", c.storeName(ctx))
	var buf strings.Builder
	for !c.quit {
		prompt := "gizmo> "
		if buf.Len() > 0 {
			prompt = "  ...> "
		}
		line, err := ln.Prompt(prompt)
		switch {
		case errors.Is(err, liner.ErrPromptAborted):
			buf.Reset()
			continue
		case errors.Is(err, io.EOF):
			fmt.Fprintln(c.io.Out)
			return nil
		case err != nil:
			return fmt.Errorf("read query: %w", err)
		}
		if buf.Len() > 0 {
			buf.WriteString("\n")
		}
		buf.WriteString(line)
		if !complete(buf.String()) {
			continue
		}
		src := strings.TrimSpace(buf.String())
		buf.Reset()
		if src == "" {
			continue
		}
		ln.AppendHistory(src)
		// A Ctrl-C pressed before this query started is not meant for it.
		select {
		case <-sigc:
		default:
		}
		qctx, cancel := context.WithCancel(base)
		done := make(chan struct{})
		go func() {
			select {
			case <-sigc:
				cancel()
			case <-done:
			}
		}()
		go func() {
			select {
			case <-time.After(time.Second):
				fmt.Fprintln(c.io.ErrOut, "running... (Ctrl-C cancels the query)")
			case <-done:
			}
		}()
		c.eval(qctx, src)
		close(done)
		cancel()
	}
	return nil
}

func (c *console) storeName(ctx context.Context) string {
	st, err := c.store.Stats(ctx)
	if err != nil {
		return "the store"
	}
	return fmt.Sprintf("a store of %d quads", st.Quads)
}

// eval runs one line: a console command or a query.
func (c *console) eval(ctx context.Context, src string) {
	if strings.HasPrefix(src, ":") {
		if err := c.command(src); err != nil {
			c.failed++
			fmt.Fprintf(c.io.ErrOut, "error: %v\n", err)
		}
		return
	}
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	ask := c.limit
	if ask > 0 {
		ask++ // one more than the limit tells a cut list from one that just fits
	}
	res, err := queries.New(c.store).Gizmo(ctx, src, ask)
	if err != nil {
		c.failed++
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			fmt.Fprintf(c.io.ErrOut, "error: the query ran longer than %v and was stopped; raise --timeout or narrow the query\n", c.timeout)
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(c.io.ErrOut, "query cancelled")
		default:
			fmt.Fprintf(c.io.ErrOut, "error: %v\n", err)
		}
		return
	}
	cut := c.limit > 0 && len(res) > c.limit
	if cut {
		res = res[:c.limit]
	}
	if c.format == "json" {
		writeJSON(c.io.Out, res)
	} else {
		writeResultTable(c.io.Out, res)
	}
	if cut {
		fmt.Fprintf(c.io.ErrOut, "(stopped at %d results; :limit 0 shows all)\n", c.limit)
	}
}

// command runs a console command such as :limit 10.
func (c *console) command(src string) error {
	f := strings.Fields(src)
	switch f[0] {
	case ":help", ":h", ":?":
		fmt.Fprint(c.io.Out, consoleHelp)
	case ":examples":
		for _, e := range consoleExamples {
			fmt.Fprintf(c.io.Out, "// %s\n%s\n\n", e.about, e.query)
		}
	case ":limit":
		if len(f) != 2 {
			fmt.Fprintf(c.io.Out, "limit %d\n", c.limit)
			return nil
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || n < 0 {
			return fmt.Errorf(":limit %q: want a number, 0 for no limit", f[1])
		}
		c.limit = n
	case ":format":
		if len(f) != 2 {
			fmt.Fprintf(c.io.Out, "format %s\n", c.format)
			return nil
		}
		if f[1] != "table" && f[1] != "json" {
			return fmt.Errorf(":format %q: want table or json", f[1])
		}
		c.format = f[1]
	case ":quit", ":q", ":exit":
		c.quit = true
	default:
		return fmt.Errorf("unknown command %s; :help lists the commands", f[0])
	}
	return nil
}

// complete reports whether src closes every bracket, parenthesis, brace and quote it opens,
// so the console runs it rather than reading another line.
func complete(src string) bool {
	depth := 0
	var quote rune
	escaped, lineComment, blockComment := false, false, false
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case lineComment:
			if r == '\n' {
				lineComment = false
			}
		case blockComment:
			if r == '*' && next == '/' {
				blockComment = false
				i++
			}
		case quote != 0:
			switch {
			case escaped:
				escaped = false
			case r == '\\':
				escaped = true
			case r == quote:
				quote = 0
			}
		case r == '/' && next == '/':
			lineComment = true
		case r == '/' && next == '*':
			blockComment = true
			i++
		case r == '"' || r == '\'' || r == '`':
			quote = r
		case r == '(' || r == '[' || r == '{':
			depth++
		case r == ')' || r == ']' || r == '}':
			depth--
		}
	}
	if depth > 0 || quote != 0 || blockComment {
		return false
	}
	// A chain or a list broken after its dot or comma goes on on the next line.
	t := strings.TrimSpace(src)
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ",")
}

// writeResultTable prints query results for reading: a value a line when the results are
// plain values or untagged nodes, else a table with a column per tag.
func writeResultTable(w io.Writer, res []any) {
	if len(res) == 0 {
		fmt.Fprintln(w, "(no results)")
		return
	}
	var cols []string
	seen := map[string]bool{}
	for _, r := range res {
		m, ok := r.(map[string]any)
		if !ok {
			continue
		}
		for k := range m {
			if !seen[k] {
				seen[k] = true
				cols = append(cols, k)
			}
		}
	}
	if len(cols) == 0 || len(cols) == 1 && cols[0] == "id" {
		for _, r := range res {
			if m, ok := r.(map[string]any); ok {
				r = m["id"]
			}
			fmt.Fprintln(w, resultText(r))
		}
		return
	}
	// "id" (the path's last node) first, then the tags in order.
	sort.Slice(cols, func(i, j int) bool {
		if (cols[i] == "id") != (cols[j] == "id") {
			return cols[i] == "id"
		}
		return cols[i] < cols[j]
	})
	t := newTable(w)
	fmt.Fprintln(t, strings.ToUpper(strings.Join(cols, "\t")))
	for _, r := range res {
		m, ok := r.(map[string]any)
		if !ok {
			m = map[string]any{"id": r}
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			v, ok := m[c]
			if !ok {
				cells[i] = "-"
				continue
			}
			cells[i] = strings.ReplaceAll(clip(resultText(v), 100), "\t", " ")
		}
		fmt.Fprintln(t, strings.Join(cells, "\t"))
	}
	t.Flush()
}

// resultText is a result value as text: strings as themselves, anything else as JSON.
func resultText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
