package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/ingest"
	"github.com/relgraph/relgraph/queries"
)

type gizmoOptions struct {
	g       *globalOptions
	format  formatOptions
	file    string
	limit   int
	timeout time.Duration
}

func newGizmoCommand(g *globalOptions) *cobra.Command {
	opts := &gizmoOptions{g: g}
	cmd := &cobra.Command{
		Use:   "gizmo [QUERY]",
		Short: "Run a Gizmo (JavaScript) query on the graph",
		Long: `gizmo runs a query in Cayley's Gizmo language on the graph and prints its results. The graph
model's node and predicate names are in README.md: entities are <entity/ID>, events <event/ID>,
articles <article/ID>; predicates such as <name>, <called>, <actor>, <date>. Give the query as an
argument, with -f FILE, or on stdin with -f -.` + exitCodesHelp,
		Example: `  relgraph gizmo 'g.V("<entity/vladimir-putin>").Out("<called>").All()'
  relgraph gizmo 'g.V("<entity/iran>").In("<topic>").Out("<date>").All()'
  relgraph gizmo -f query.js --limit 50`,
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGizmo(cmd.Context(), opts, args)
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json")
	cmd.Flags().StringVarP(&opts.file, "file", "f", "", "read the query from this file (- for stdin)")
	cmd.Flags().IntVar(&opts.limit, "limit", 1000, "stop after this many results (0: no limit)")
	cmd.Flags().DurationVar(&opts.timeout, "timeout", 30*time.Second, "stop the query after this long")
	return cmd
}

func runGizmo(ctx context.Context, opts *gizmoOptions, args []string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	var src string
	switch {
	case len(args) == 1 && opts.file != "":
		return usagef("give the query as an argument or with -f, not both")
	case len(args) == 1:
		src = args[0]
		if err := queries.CheckGizmo(src); err != nil {
			return err
		}
	case opts.file == "-":
		if src, err = readQuery(opts.g.io.In, "stdin"); err != nil {
			return err
		}
	case opts.file != "":
		f, err := ingest.OpenFile(ctx, opts.file, "a query")
		if err != nil {
			return fmt.Errorf("read query %s: %w", opts.file, err)
		}
		src, err = readQuery(f, opts.file)
		f.Close()
		if err != nil {
			return err
		}
	default:
		return usagef("no query; give one as an argument or with -f FILE")
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.timeout)
		defer cancel()
	}
	// One result more than the limit tells a cut list from one that just fits.
	ask := opts.limit
	if ask > 0 {
		ask++
	}
	res, err := queries.New(store).Gizmo(ctx, src, ask)
	if err != nil {
		return err
	}
	if opts.limit > 0 && len(res) > opts.limit {
		res = res[:opts.limit]
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: stopped at %d results (--limit); there are more: raise --limit, or --limit 0 for all\n", opts.limit)
	}
	if format == "json" {
		return writeJSON(opts.g.io.Out, res)
	}
	return writeGizmoTable(opts.g.io.Out, res)
}

// readQuery reads a query from r, named name in errors, and checks it against the limits
// of queries.CheckGizmo. It reads no more than one byte past the size limit.
func readQuery(r io.Reader, name string) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, queries.MaxGizmoBytes+1))
	if err != nil {
		return "", fmt.Errorf("read query from %s: %w", name, err)
	}
	if len(b) > queries.MaxGizmoBytes {
		return "", fmt.Errorf("%s: query larger than the %d KiB limit on a query's size; split it into smaller queries",
			name, queries.MaxGizmoBytes>>10)
	}
	if err := queries.CheckGizmo(string(b)); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return string(b), nil
}

// writeGizmoTable prints one result a line: a plain value as itself, a tagged result as
// tag=value pairs.
func writeGizmoTable(w io.Writer, res []any) error {
	for _, r := range res {
		switch v := r.(type) {
		case map[string]any:
			if id, ok := v["id"].(string); ok && len(v) == 1 {
				fmt.Fprintln(w, strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">"))
				continue
			}
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for i, k := range keys {
				if i > 0 {
					fmt.Fprint(w, "\t")
				}
				fmt.Fprintf(w, "%s=%v", k, v[k])
			}
			fmt.Fprintln(w)
		case string:
			fmt.Fprintln(w, v)
		default:
			b, _ := json.Marshal(v)
			fmt.Fprintln(w, string(b))
		}
	}
	if len(res) == 0 {
		fmt.Fprintln(w, "(no results)")
	}
	return nil
}
