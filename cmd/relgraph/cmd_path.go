package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type pathOptions struct {
	g       *globalOptions
	format  formatOptions
	maxHops int
	limit   int
}

func newPathCommand(g *globalOptions) *cobra.Command {
	opts := &pathOptions{g: g}
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "The chains of events that connect two entities",
		Long: `path finds how A and B are connected: chains of events (reported as having happened) in which
each entity acts with or on the next, shortest first.` + exitCodesHelp,
		Example: `  relgraph path Putin Erdogan
  relgraph path "Hu Jintao" Iran --max-hops 3 --format json`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPath(cmd.Context(), opts, args)
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json")
	cmd.Flags().IntVar(&opts.maxHops, "max-hops", 3, "longest chain to look for, in events")
	cmd.Flags().IntVar(&opts.limit, "limit", 10, "list at most this many paths")
	return cmd
}

func runPath(ctx context.Context, opts *pathOptions, args []string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	if opts.maxHops < 1 || opts.maxHops > 6 {
		return usagef("--max-hops %d: want 1 to 6", opts.maxHops)
	}
	if opts.limit < 1 {
		return usagef("--limit %d: want at least 1", opts.limit)
	}
	q, closeStore, err := opts.g.openQueries(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	ents, err := resolveAll(ctx, q, args)
	if err != nil {
		return err
	}
	paths, err := q.Paths(ctx, ents[0], ents[1], opts.maxHops, opts.limit+1)
	if err != nil {
		return err
	}
	if len(paths) > opts.limit {
		paths = paths[:opts.limit]
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: stopped at %d paths (--limit); there are more\n", opts.limit)
	}
	if format == "json" {
		return writeJSON(opts.g.io.Out, paths)
	}
	w := opts.g.io.Out
	if len(paths) == 0 {
		fmt.Fprintf(w, "no chain of at most %d events connects %s and %s\n", opts.maxHops, ents[0].Name, ents[1].Name)
		return nil
	}
	for i, p := range paths {
		fmt.Fprintf(w, "%d. %s", i+1, p.From.Name)
		for _, s := range p.Steps {
			fmt.Fprintf(w, " -[%s %s %s]- %s", s.Event.Type, orDash(s.Event.Trigger), orDash(s.Event.Date), s.To.Name)
		}
		fmt.Fprintln(w)
	}
	return nil
}
