package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// globalOptions are the flags every command shares.
type globalOptions struct {
	io *IOStreams
	DB string
}

// openStore opens the store named by --db (or RELGRAPH_DB, or relgraph.db). When a
// relgraph serve holds it, a read-only open reads through the server instead (see
// openServed).
// openQueries opens the store for reading and returns a query engine on it and the
// function that closes it.
func (g *globalOptions) openQueries(ctx context.Context) (*queries.Engine, func() error, error) {
	st, err := g.openStore(ctx, true)
	if err != nil {
		return nil, nil, err
	}
	return queries.New(st), st.Close, nil
}

func (g *globalOptions) openStore(ctx context.Context, readOnly bool) (graph.Store, error) {
	st, err := graph.Open(ctx, g.DB, graph.OpenOptions{ReadOnly: readOnly})
	if errors.Is(err, graph.ErrLocked) {
		return g.openServed(ctx, readOnly, err)
	}
	return st, err
}

// openBulk opens the store for ingest: a store it creates is loaded without leveldb's
// journal (graph.OpenOptions.Bulk), and its Close error says whether the last articles
// were written. import keeps to openStore: each of its transactions is durable at its
// commit, which TestKilledImportLeavesArticlesWhole relies on.
func (g *globalOptions) openBulk(ctx context.Context) (graph.Store, error) {
	st, err := graph.Open(ctx, g.DB, graph.OpenOptions{Bulk: true})
	if errors.Is(err, graph.ErrLocked) {
		return g.openServed(ctx, false, err)
	}
	return st, err
}

func run(ctx context.Context, args []string, io *IOStreams) int {
	root := newRootCommand(io)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	if code == exitUsage {
		fmt.Fprintf(io.ErrOut, "relgraph: %v\nRun '%s --help' for usage.\n", err, commandPath(root, args))
	} else {
		fmt.Fprintln(io.ErrOut, errorMessage(err))
	}
	return code
}

// commandPath names the subcommand args select, for the usage hint.
func commandPath(root *cobra.Command, args []string) string {
	if c, _, err := root.Find(args); err == nil && c != nil {
		return c.CommandPath()
	}
	return root.Name()
}

func newRootCommand(io *IOStreams) *cobra.Command {
	g := &globalOptions{io: io}
	root := &cobra.Command{
		Use:   "relgraph",
		Short: "Turn news articles into a relationship graph and ask it who met, called or urged whom, and when",
		Long: `relgraph reads news articles, extracts who did what with whom and when (calls, meetings,
demands, agreements, sanctions, threats...), stores them as a knowledge graph in Cayley with the
article and sentence behind every fact, and answers questions about it.

The store is --db: a path for the embedded store (default relgraph.db, or $RELGRAPH_DB), or a
postgres:// or cockroach:// URL.` + exitCodesHelp,
		Example: `  relgraph ingest articles/
  relgraph last-contact Putin Macron
  relgraph relations Putin --type DEMAND --format json
  relgraph gizmo 'g.V("<entity/vladimir-putin>").Out("<called>").All()'`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &usageError{err} })

	def := "relgraph.db"
	if v := io.Getenv("RELGRAPH_DB"); v != "" {
		def = v
	}
	root.PersistentFlags().StringVar(&g.DB, "db", def, "store: a path (embedded), postgres://... or cockroach://... (env RELGRAPH_DB)")

	root.AddCommand(
		newIngestCommand(g),
		newExtractCommand(g),
		newParseCommand(g),
		newRelationsCommand(g),
		newLastContactCommand(g),
		newTimelineCommand(g),
		newEntitiesCommand(g),
		newShowCommand(g),
		newCorrectCommand(g),
		newNeighborsCommand(g),
		newPathCommand(g),
		newSourcesCommand(g),
		newGizmoCommand(g),
		newConsoleCommand(g),
		newServeCommand(g),
		newExportCommand(g),
		newImportCommand(g),
		newRemoveCommand(g),
	)
	return root
}

// exactArgs is cobra.ExactArgs reporting a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %d argument(s), got %d", cmd.Name(), n, len(args))
		}
		return nil
	}
}

func rangeArgs(lo, hi int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < lo || len(args) > hi {
			return usagef("%s takes %d to %d arguments, got %d", cmd.Name(), lo, hi, len(args))
		}
		return nil
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs at least %d argument(s)", cmd.Name(), n)
		}
		return nil
	}
}

// formatOptions is the --format flag shared by query commands.
type formatOptions struct {
	Format  string
	allowed []string
}

func (f *formatOptions) AddFlags(fs *pflag.FlagSet, allowed ...string) {
	f.allowed = allowed
	fs.StringVar(&f.Format, "format", "", fmt.Sprintf("output format: %s (default: table on a terminal, json otherwise)", joinOr(allowed)))
}

// resolve picks the format: the flag, else table on a terminal and json on a pipe.
func (f *formatOptions) resolve(io *IOStreams) (string, error) {
	if f.Format == "" {
		if io.OutTTY {
			return "table", nil
		}
		return "json", nil
	}
	for _, a := range f.allowed {
		if a == f.Format {
			return a, nil
		}
	}
	return "", usagef("--format %q: want %s", f.Format, joinOr(f.allowed))
}

func joinOr(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	out := ""
	for i, v := range s[:len(s)-1] {
		if i > 0 {
			out += ", "
		}
		out += v
	}
	return out + " or " + s[len(s)-1]
}
