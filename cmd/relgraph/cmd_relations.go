package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/export"
)

type relationsOptions struct {
	g      *globalOptions
	format formatOptions
	filter filterOptions
}

func newRelationsCommand(g *globalOptions) *cobra.Command {
	opts := &relationsOptions{g: g}
	cmd := &cobra.Command{
		Use:   "relations A [B]",
		Short: "The events that involve A (and B): who did what with whom, when, according to which article",
		Long: `relations lists the events in which entity A (and, when given, B) is an actor or a target,
sorted by date, each with its PLOVER type, mode, trigger, topics and the articles and sentences
behind it. An entity is named by its id, name or any alias, case-insensitively.` + exitCodesHelp,
		Example: `  relgraph relations Putin Macron
  relgraph relations Iran --type DEMAND,THREATEN --from 2025
  relgraph relations vladimir-putin --format json`,
		Args: rangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRelations(cmd.Context(), opts, args)
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json", "csv")
	opts.filter.AddFlags(cmd)
	return cmd
}

func runRelations(ctx context.Context, opts *relationsOptions, args []string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	f, err := opts.filter.filter()
	if err != nil {
		return err
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
	b := ""
	if len(ents) == 2 {
		b = ents[1].ID
	}
	evs, err := q.Relations(ctx, ents[0].ID, b, f)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return writeJSON(opts.g.io.Out, evs)
	case "csv":
		return export.WriteCSV(opts.g.io.Out, evs)
	}
	if len(evs) == 0 {
		// A table of no rows says nothing at a terminal: say why it is empty.
		who := ents[0].Name
		if len(ents) == 2 {
			who += " and " + ents[1].Name
		}
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: no events for %s (with these filters); relgraph show %q lists what the graph holds of it\n", who, ents[0].Name)
	}
	return writeEventTable(opts.g.io.Out, evs)
}
