package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
	"github.com/relgraph/relgraph/queries"
)

// filterOptions are the event filters shared by relations and timeline.
type filterOptions struct {
	Types []string
	Modes []string
	From  string
	To    string
	Facts bool
}

func (f *filterOptions) AddFlags(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&f.Types, "type", nil, "only these PLOVER categories (CONSULT, DEMAND, AGREE...), comma-separated")
	cmd.Flags().StringSliceVar(&f.Modes, "mode", nil, "only these modes: "+strings.Join(extract.Modes, ", "))
	cmd.Flags().StringVar(&f.From, "from", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.To, "to", "", "only events on or before this date")
	cmd.Flags().BoolVar(&f.Facts, "facts", false, "leave out negated and future events")
}

func (f *filterOptions) filter() (queries.Filter, error) {
	for _, d := range []struct{ flag, v string }{{"--from", f.From}, {"--to", f.To}} {
		if d.v == "" {
			continue
		}
		if _, err := timex.ParseDate(d.v); err != nil {
			return queries.Filter{}, usagef("%s: %v", d.flag, err)
		}
	}
	types := make([]string, len(f.Types))
	for i, t := range f.Types {
		types[i] = strings.ToUpper(strings.TrimSpace(t))
		if !contains(export.Categories, types[i]) {
			return queries.Filter{}, usagef("--type %q: not a PLOVER category; want %s", t, joinOr(export.Categories))
		}
	}
	modes := make([]string, len(f.Modes))
	for i, m := range f.Modes {
		modes[i] = strings.ToLower(strings.TrimSpace(m))
		if !contains(extract.Modes, modes[i]) {
			return queries.Filter{}, usagef("--mode %q: not a mode relgraph records; want %s", m, joinOr(extract.Modes))
		}
	}
	return queries.Filter{Types: types, Modes: modes, From: f.From, To: f.To, Facts: f.Facts}, nil
}

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
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	q := queries.New(store)
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
	return writeEventTable(opts.g.io.Out, evs)
}

func resolveAll(ctx context.Context, q *queries.Engine, args []string) ([]queries.EntityInfo, error) {
	out := make([]queries.EntityInfo, len(args))
	for i, a := range args {
		e, err := q.Resolve(ctx, a)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	return out, nil
}

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
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	q := queries.New(store)
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
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	q := queries.New(store)
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
