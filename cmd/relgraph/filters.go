package main

import (
	"context"
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
	if f.From != "" && f.To != "" && padDate(f.From, "-01-01") > padDate(f.To, "-12-31") {
		return queries.Filter{}, usagef("--from %s is after --to %s: no event can match; swap them", f.From, f.To)
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

// padDate completes a date of year or month precision with the rest of fill ("-01-01" for
// the first day it may mean, "-12-31" for the last), so that dates compare as strings.
func padDate(d, fill string) string {
	if n := len(d); n < 10 {
		return d + fill[len(fill)-(10-n):]
	}
	return d
}

// resolveAll resolves each argument to an entity; two arguments that name one entity are
// a usage error ("last-contact Xi Xi" asks nothing).
func resolveAll(ctx context.Context, q *queries.Engine, args []string) ([]queries.EntityInfo, error) {
	out := make([]queries.EntityInfo, len(args))
	for i, a := range args {
		e, err := q.Resolve(ctx, a)
		if err != nil {
			return nil, err
		}
		for k := 0; k < i; k++ {
			if out[k].ID == e.ID {
				return nil, usagef("%q and %q are the same entity (%s): name two different ones", args[k], a, e.ID)
			}
		}
		out[i] = e
	}
	return out, nil
}
