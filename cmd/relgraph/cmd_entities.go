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

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

type showOptions struct {
	g      *globalOptions
	format formatOptions
	top    int
}

func newShowCommand(g *globalOptions) *cobra.Command {
	opts := &showOptions{g: g}
	cmd := &cobra.Command{
		Use:   "show ENTITY",
		Short: "One entity: its names, roles, counts and top relations",
		Args:  exactArgs(1),
		Long: `show prints what the graph knows of one entity: id, name, type, aliases, roles, how many
articles mention it, how many events involve it, and the entities it shares most events with.` + exitCodesHelp,
		Example: `  relgraph show Putin
  relgraph show iran --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd.Context(), opts, args[0])
		},
	}
	opts.format.AddFlags(cmd.Flags(), "table", "json")
	cmd.Flags().IntVar(&opts.top, "top", 10, "how many relations to list")
	return cmd
}

func runShow(ctx context.Context, opts *showOptions, arg string) error {
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
	e, err := q.Resolve(ctx, arg)
	if err != nil {
		return err
	}
	p, err := q.Show(ctx, e, opts.top)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(opts.g.io.Out, p)
	}
	w := opts.g.io.Out
	fmt.Fprintf(w, "%s (%s)\nid:        %s\n", p.Name, p.Type, p.ID)
	if len(p.Aliases) > 0 {
		fmt.Fprintf(w, "aliases:   %s\n", strings.Join(p.Aliases, ", "))
	}
	for _, r := range p.Roles {
		if r.Of != nil {
			fmt.Fprintf(w, "role:      %s of %s\n", r.Title, r.Of.Name)
		} else {
			fmt.Fprintf(w, "role:      %s\n", r.Title)
		}
	}
	for _, j := range p.Joined {
		fmt.Fprintf(w, "joined:    %s (%s): %s\n", j.Name, j.ID, j.Reason)
	}
	for _, k := range p.Corrections {
		fmt.Fprintf(w, "corrected: %s\n", describeCorrection(k))
	}
	fmt.Fprintf(w, "articles:  %d\nevents:    %d\n", p.Articles, p.Events)
	if len(p.Relations) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := newTable(w)
	fmt.Fprintln(t, "WITH\tEVENTS\tTYPES\tLAST")
	for _, r := range p.Relations {
		var types []string
		for _, k := range sortedKeys(r.Types) {
			types = append(types, fmt.Sprintf("%s %d", k, r.Types[k]))
		}
		fmt.Fprintf(t, "%s\t%d\t%s\t%s\n", r.Entity.Name, r.Events, strings.Join(types, ", "), orDash(r.Last))
	}
	return t.Flush()
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
