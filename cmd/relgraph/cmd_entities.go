package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/queries"
)

type entitiesOptions struct {
	g      *globalOptions
	format formatOptions
	types  []string
	sort   string
}

func newEntitiesCommand(g *globalOptions) *cobra.Command {
	opts := &entitiesOptions{g: g}
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List the people, countries, organizations and places in the graph",
		Long: `entities lists every entity with its id (what Gizmo queries and other commands take), name,
type, aliases and the number of articles that mention it. Entities that answer as another (a
surname named alone, another spelling of the same name that the graph confirms, a user's merge)
are counted with it and listed under JOINED with the reason. An entity that articles type
differently is listed under the type most of them give.` + exitCodesHelp,
		Example: `  relgraph entities
  relgraph entities --type person --sort mentions`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEntities(cmd.Context(), opts)
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json", "csv")
	cmd.Flags().StringSliceVar(&opts.types, "type", nil, "only these types: person, country, organization, location")
	cmd.Flags().StringVar(&opts.sort, "sort", "name", "order: name or mentions")
	return cmd
}

func runEntities(ctx context.Context, opts *entitiesOptions) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	for _, t := range opts.types {
		if !contains(queries.EntityTypes, t) {
			return usagef("--type %q: want %s", t, joinOr(queries.EntityTypes))
		}
	}
	if opts.sort != "name" && opts.sort != "mentions" {
		return usagef("--sort %q: want name or mentions", opts.sort)
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	ents, err := queries.New(store).Entities(ctx, opts.types...)
	if err != nil {
		return err
	}
	if opts.sort == "mentions" {
		sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions > ents[j].Mentions })
	}
	if format == "csv" {
		rows := make([][]string, len(ents))
		for i, e := range ents {
			rows[i] = []string{e.ID, e.Name, e.Type, strconv.Itoa(e.Mentions), strings.Join(e.Aliases, "; "), joinedText(e.Joined, "; ")}
		}
		return writeCSV(opts.g.io.Out, []string{"id", "name", "type", "mentions", "aliases", "joined"}, rows)
	}
	if format == "json" {
		if ents == nil {
			ents = []queries.EntityInfo{}
		}
		return writeJSON(opts.g.io.Out, ents)
	}
	t := newTable(opts.g.io.Out)
	fmt.Fprintln(t, "ID\tNAME\tTYPE\tMENTIONS\tALIASES\tJOINED")
	for _, e := range ents {
		fmt.Fprintf(t, "%s\t%s\t%s\t%d\t%s\t%s\n", e.ID, clip(e.Name, 40), e.Type, e.Mentions, clip(strings.Join(e.Aliases, ", "), 50), joinedText(e.Joined, "; "))
	}
	return t.Flush()
}

// joinedText is "Mahmud Abbas (same name spelled otherwise; both President of palestine)"
// for each join, separated by sep.
func joinedText(js []queries.Join, sep string) string {
	parts := make([]string, len(js))
	for i, j := range js {
		parts[i] = fmt.Sprintf("%s (%s)", j.Name, j.Reason)
	}
	return strings.Join(parts, sep)
}
