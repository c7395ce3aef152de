package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

type showOptions struct {
	g      *globalOptions
	format formatOptions
	top    int
}

func newShowCommand(g *globalOptions) *cobra.Command {
	opts := &showOptions{g: g}
	cmd := &cobra.Command{
		Use:   "show ENTITY",
		Short: "One entity: its names, roles, counts and top relations",
		Args:  exactArgs(1),
		Long: `show prints what the graph knows of one entity: id, name, type, aliases, roles, how many
articles mention it, how many events involve it, and the entities it shares most events with.` + exitCodesHelp,
		Example: `  relgraph show Putin
  relgraph show iran --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd.Context(), opts, args[0])
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json")
	cmd.Flags().IntVar(&opts.top, "top", 10, "how many relations to list")
	return cmd
}

func runShow(ctx context.Context, opts *showOptions, arg string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	q, closeStore, err := opts.g.openQueries(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	e, err := q.Resolve(ctx, arg)
	if err != nil {
		return err
	}
	p, err := q.Show(ctx, e, opts.top)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(opts.g.io.Out, p)
	}
	w := opts.g.io.Out
	fmt.Fprintf(w, "%s (%s)\nid:        %s\n", p.Name, p.Type, p.ID)
	if len(p.Aliases) > 0 {
		fmt.Fprintf(w, "aliases:   %s\n", strings.Join(p.Aliases, ", "))
	}
	for _, r := range p.Roles {
		if r.Of != nil {
			fmt.Fprintf(w, "role:      %s of %s\n", r.Title, r.Of.Name)
		} else {
			fmt.Fprintf(w, "role:      %s\n", r.Title)
		}
	}
	for _, j := range p.Joined {
		fmt.Fprintf(w, "joined:    %s (%s): %s\n", j.Name, j.ID, j.Reason)
	}
	for _, k := range p.Corrections {
		fmt.Fprintf(w, "corrected: %s\n", describeCorrection(k))
	}
	fmt.Fprintf(w, "articles:  %d\nevents:    %d\n", p.Articles, p.Events)
	if len(p.Relations) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := newTable(w)
	fmt.Fprintln(t, "WITH\tEVENTS\tTYPES\tLAST")
	for _, r := range p.Relations {
		var types []string
		for _, k := range sortedKeys(r.Types) {
			types = append(types, fmt.Sprintf("%s %d", k, r.Types[k]))
		}
		fmt.Fprintf(t, "%s\t%d\t%s\t%s\n", r.Entity.Name, r.Events, strings.Join(types, ", "), orDash(r.Last))
	}
	return t.Flush()
}
