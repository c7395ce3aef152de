package main

import (
	"context"
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
With -o FILE and no --format, the extension chooses (.csv, .md, .ics, .html, .json).` + exitCodesHelp,
		Example: `  relgraph timeline Putin
  relgraph timeline Putin --with Macron --from 2025-01 --format json
  relgraph timeline --type SANCTION
  relgraph timeline Iran -o iran.html
  relgraph timeline Putin --format ics -o putin.ics`,
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTimeline(cmd.Context(), opts, args)
		},
	}
	opts.format.AddFlags(cmd.Flags(), timelineFormats...)
	opts.filter.AddFlags(cmd)
	cmd.Flags().StringVar(&opts.with, "with", "", "only events that also involve this entity")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func runTimeline(ctx context.Context, opts *timelineOptions, args []string) error {
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
	if len(args) == 1 {
		e, err := q.Resolve(ctx, args[0])
		if err != nil {
			return err
		}
		entity = e.Name
		evs, err = q.Timeline(ctx, e.ID, f)
		if err != nil {
			return err
		}
	} else {
		evs, err = q.AllEvents(ctx, f)
		if err != nil {
			return err
		}
	}
	title := timelineTitle(entity, with, &opts.filter, len(evs))
	return withOutput(opts.g.io.Out, opts.output, func(w io.Writer) error {
		return writeTimeline(w, opts.g.io.ErrOut, format, title, evs)
	})
}
