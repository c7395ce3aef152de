package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/queries"
)

type lastContactOptions struct {
	g      *globalOptions
	format formatOptions
}

func newLastContactCommand(g *globalOptions) *cobra.Command {
	opts := &lastContactOptions{g: g}
	cmd := &cobra.Command{
		Use:   "last-contact A B",
		Short: "When A and B last spoke or met, and the contact before that",
		Long: `last-contact finds the latest contact (a call, a meeting, talks: PLOVER CONSULT) reported as
having happened between A and B, and the latest one before it. An article saying "their first call
since 2022" counts as a contact in 2022.` + exitCodesHelp,
		Example: `  relgraph last-contact Putin Macron
  relgraph last-contact "Hu Jintao" Iran --format json`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLastContact(cmd.Context(), opts, args)
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json", "csv")
	return cmd
}

func runLastContact(ctx context.Context, opts *lastContactOptions, args []string) error {
	format, err := opts.format.resolve(opts.g.io)
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
	lc, err := q.LastContact(ctx, ents[0], ents[1])
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return writeJSON(opts.g.io.Out, lc)
	case "csv":
		var evs []*queries.Event
		for _, e := range []*queries.Event{lc.Last, lc.Previous} {
			if e != nil {
				evs = append(evs, e)
			}
		}
		return export.WriteCSV(opts.g.io.Out, evs)
	}
	w := opts.g.io.Out
	if lc.Last == nil {
		fmt.Fprintf(w, "no contact between %s and %s is recorded\n", lc.A.Name, lc.B.Name)
		return nil
	}
	fmt.Fprintf(w, "%s and %s\n\n", lc.A.Name, lc.B.Name)
	var evs []*queries.Event
	evs = append(evs, lc.Last)
	if lc.Previous != nil {
		evs = append(evs, lc.Previous)
	}
	t := newTable(w)
	fmt.Fprintln(t, "\tDATE\tMODE\tTRIGGER\tTOPICS\tSOURCE")
	for i, e := range evs {
		label := "last"
		if i == 1 {
			label = "previous"
		}
		src := ""
		if len(e.Sources) > 0 {
			src = clip(e.Sources[0].Title, 40)
		}
		fmt.Fprintf(t, "%s\t%s\t%s\t%s\t%s\t%s\n", label, orDash(e.Date), orDash(e.Mode), clip(e.Trigger, 30),
			orDash(clip(queries.TopicNames(e.Topics, ", "), 40)), orDash(src))
	}
	return t.Flush()
}
