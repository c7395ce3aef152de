package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/queries"
)

type timelineOptions struct {
	g      *globalOptions
	format formatOptions
	filter filterOptions
	with   string
	output string
	// limit and offset ask for a page, as /api/timeline's do: the events from offset on,
	// at most limit of them (0: all).
	limit, offset int
}

func newTimelineCommand(g *globalOptions) *cobra.Command {
	opts := &timelineOptions{g: g}
	cmd := &cobra.Command{
		Use:   "timeline [ENTITY]",
		Short: "An entity's events by date (the whole graph's without one)",
		Long: `timeline lists the events an entity acts in or is the target of, sorted by date; with no
entity, every event in the graph.

Formats: table, json, csv (a header row, one row per event), md (a Markdown table for reports),
timelinejs (TimelineJS3 JSON), ics (an iCalendar file of all-day events), html (one standalone
page drawing the timeline). timelinejs and ics leave out undated events and say how many.
--limit and --offset print one page of the events, as the server's /api/timeline does: of an
entity's events only that page is read in full.
With -o FILE and no --format, the extension chooses (.csv, .md, .ics, .html, .json).` + exitCodesHelp,
		Example: `  relgraph timeline Putin
  relgraph timeline Putin --with Macron --from 2025-01 --format json
  relgraph timeline --type SANCTION
  relgraph timeline Iran -o iran.html
  relgraph timeline Putin --format ics -o putin.ics
  relgraph timeline China --offset 100 --limit 100`,
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTimeline(cmd.Context(), opts, args)
		},
	}
	opts.format.AddFlags(cmd.Flags(), timelineFormats...)
	opts.filter.AddFlags(cmd)
	cmd.Flags().StringVar(&opts.with, "with", "", "only events that also involve this entity")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of stdout")
	cmd.Flags().IntVar(&opts.limit, "limit", 0, "list at most this many events (0: all)")
	cmd.Flags().IntVar(&opts.offset, "offset", 0, "skip this many events first (with --limit, a page)")
	return cmd
}

func runTimeline(ctx context.Context, opts *timelineOptions, args []string) error {
	if opts.limit < 0 || opts.offset < 0 {
		return usagef("--limit and --offset take a whole number of at least 0")
	}
	format, err := timelineFormat(&opts.format, opts.output, opts.g.io)
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
	var entity, with string
	if opts.with != "" {
		w, err := q.Resolve(ctx, opts.with)
		if err != nil {
			return err
		}
		f.With, with = w.ID, w.Name
	}
	var evs []*queries.Event
	var total int
	if len(args) == 1 {
		e, err := q.Resolve(ctx, args[0])
		if err != nil {
			return err
		}
		entity = e.Name
		evs, total, err = q.TimelinePage(ctx, e.ID, f, opts.offset, opts.limit)
		if err != nil {
			return err
		}
	} else {
		evs, err = q.AllEvents(ctx, f)
		if err != nil {
			return err
		}
		total = len(evs)
		evs = evs[min(opts.offset, total):]
		if opts.limit > 0 && len(evs) > opts.limit {
			evs = evs[:opts.limit]
		}
	}
	title := timelineTitle(entity, with, &opts.filter, total)
	if len(evs) < total {
		// Every truncation is said: on stderr, and in the title of formats that have one.
		shown := fmt.Sprintf("events %d-%d of %d listed (--offset, --limit)", opts.offset+1, opts.offset+len(evs), total)
		if len(evs) == 0 {
			shown = fmt.Sprintf("no events from %d on; there are %d (--offset)", opts.offset+1, total)
		}
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: %s\n", shown)
		title.Subtitle += " · " + shown
	}
	return withOutput(opts.g.io.Out, opts.output, func(w io.Writer) error {
		return writeTimeline(w, opts.g.io.ErrOut, format, title, evs)
	})
}
