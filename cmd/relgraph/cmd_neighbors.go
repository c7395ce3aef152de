package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

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
	q, closeStore, err := opts.g.openQueries(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
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
