package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/queries"
)

type neighborsOptions struct {
	g      *globalOptions
	format formatOptions
	types  []string
	limit  int
}

func newNeighborsCommand(g *globalOptions) *cobra.Command {
	opts := &neighborsOptions{g: g}
	cmd := &cobra.Command{
		Use:   "neighbors ENTITY",
		Short: "Who and what an entity is connected to, by how many events",
		Long: `neighbors lists the entities that share an event with ENTITY, as actor, target or topic, with
how many events they share, of which categories, and the latest date.` + exitCodesHelp,
		Example: `  relgraph neighbors Putin
  relgraph neighbors Iran --type person --format json`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runNeighbors(cmd.Context(), opts, args[0])
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json", "csv")
	cmd.Flags().StringSliceVar(&opts.types, "type", nil, "only these entity types: person, country, organization, location")
	cmd.Flags().IntVar(&opts.limit, "limit", 0, "list at most this many (0: all)")
	return cmd
}

func runNeighbors(ctx context.Context, opts *neighborsOptions, arg string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	for _, t := range opts.types {
		if !contains(queries.EntityTypes, t) {
			return usagef("--type %q: want %s", t, joinOr(queries.EntityTypes))
		}
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	q := queries.New(store)
	e, err := q.Resolve(ctx, arg)
	if err != nil {
		return err
	}
	ns, err := q.Neighbors(ctx, e.ID, opts.types...)
	if err != nil {
		return err
	}
	if opts.limit > 0 && len(ns) > opts.limit {
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: %d of %d neighbours listed (--limit)\n", opts.limit, len(ns))
		ns = ns[:opts.limit]
	}
	switch format {
	case "json":
		return writeJSON(opts.g.io.Out, ns)
	case "csv":
		rows := make([][]string, len(ns))
		for i, n := range ns {
			var cats []string
			for _, k := range sortedKeys(n.Types) {
				cats = append(cats, fmt.Sprintf("%s %d", k, n.Types[k]))
			}
			rows[i] = []string{n.Entity.ID, n.Entity.Name, n.Entity.Type, strconv.Itoa(n.Events),
				strings.Join(n.Roles, "; "), strings.Join(cats, "; "), n.Last}
		}
		return writeCSV(opts.g.io.Out, []string{"id", "name", "type", "events", "as", "categories", "last"}, rows)
	}
	t := newTable(opts.g.io.Out)
	fmt.Fprintln(t, "ENTITY\tTYPE\tEVENTS\tAS\tCATEGORIES\tLAST")
	for _, n := range ns {
		var cats []string
		for _, k := range sortedKeys(n.Types) {
			cats = append(cats, fmt.Sprintf("%s %d", k, n.Types[k]))
		}
		fmt.Fprintf(t, "%s\t%s\t%d\t%s\t%s\t%s\n", n.Entity.Name, n.Entity.Type, n.Events,
			strings.Join(n.Roles, ","), strings.Join(cats, ", "), orDash(n.Last))
	}
	return t.Flush()
}

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
