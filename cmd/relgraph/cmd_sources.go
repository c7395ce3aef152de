package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/queries"
)

type sourcesOptions struct {
	g      *globalOptions
	format formatOptions
}

func newSourcesCommand(g *globalOptions) *cobra.Command {
	opts := &sourcesOptions{g: g}
	cmd := &cobra.Command{
		Use:   "sources EVENT",
		Short: "The sentences and articles behind an event",
		Long: `sources prints the article and sentence an event was extracted from, and those of every other
event reported as the same interaction (same category, same actors and targets, dates that agree).
EVENT is the id in the "id" field of relations and timeline.` + exitCodesHelp,
		Example: `  relgraph sources 03686a04cc274f83`,
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSources(cmd.Context(), opts, args[0])
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json", "csv")
	return cmd
}

func runSources(ctx context.Context, opts *sourcesOptions, id string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	ev, others, err := queries.New(store).Sources(ctx, strings.TrimPrefix(id, "event/"))
	if err != nil {
		return err
	}
	all := append([]*queries.Event{ev}, others...)
	if format == "csv" {
		return export.WriteCSV(opts.g.io.Out, all)
	}
	if format == "json" {
		type answer struct {
			Event *queries.Event   `json:"event"`
			Same  []*queries.Event `json:"same_interaction"`
		}
		if others == nil {
			others = []*queries.Event{}
		}
		return writeJSON(opts.g.io.Out, answer{ev, others})
	}
	w := opts.g.io.Out
	fmt.Fprintf(w, "%s %s: %s -> %s, %s\n\n", ev.Type, orDash(ev.Trigger), orDash(queries.Names(ev.Actors, ", ")), orDash(queries.Names(ev.Targets, ", ")), orDash(ev.Date))
	for _, e := range all {
		for _, s := range e.Sources {
			fmt.Fprintf(w, "%s  %s", orDash(s.Published), orDash(s.Title))
			if s.URL != "" {
				fmt.Fprintf(w, "  <%s>", s.URL)
			}
			fmt.Fprintf(w, "\n  %q\n", s.Sentence)
		}
	}
	return nil
}
