package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/queries"
)

type correctOptions struct {
	g      *globalOptions
	format formatOptions
}

// newCorrectCommand builds `relgraph correct` and its subcommands merge, split, rename
// and list.
func newCorrectCommand(g *globalOptions) *cobra.Command {
	opts := &correctOptions{g: g}
	cmd := &cobra.Command{
		Use:   "correct",
		Short: "Correct who is who: merge two entities, split off a wrong alias, rename",
		Long: `correct records a user's correction of the graph's identities. Corrections are stored apart
from what articles said (under the label <corrections>), so re-ingesting or removing articles
keeps them, and every answer applies them: relations, last-contact, show, entities, Gizmo
exports of answers. show lists the corrections of an entity.` + exitCodesHelp,
		Example: `  relgraph correct merge "Mahmud Abbas" "Mahmoud Abbas"
  relgraph correct split george-w-bush "Laura Bush"
  relgraph correct rename bashir "Omar al-Bashir"
  relgraph correct list`,
		Args: exactArgs(0),
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:     "merge ENTITY INTO",
			Short:   "Record that ENTITY is the same as INTO; ENTITY answers as INTO",
			Example: `  relgraph correct merge "Mahmud Abbas" mahmoud-abbas`,
			Args:    exactArgs(2),
			RunE: func(cmd *cobra.Command, args []string) error {
				return runCorrect(cmd.Context(), opts, func(q *queries.Engine, es []queries.EntityInfo) (queries.Correction, error) {
					return q.Merge(cmd.Context(), es[0], es[1])
				}, args[0], args[1])
			},
		},
		&cobra.Command{
			Use:     "split ENTITY ALIAS",
			Short:   "Record that ALIAS is not a name of ENTITY",
			Example: `  relgraph correct split george-w-bush "Laura Bush"`,
			Args:    exactArgs(2),
			RunE: func(cmd *cobra.Command, args []string) error {
				return runCorrect(cmd.Context(), opts, func(q *queries.Engine, es []queries.EntityInfo) (queries.Correction, error) {
					return q.Split(cmd.Context(), es[0], args[1])
				}, args[0])
			},
		},
		&cobra.Command{
			Use:     "rename ENTITY NAME",
			Short:   "Give ENTITY the name NAME (its id stays)",
			Example: `  relgraph correct rename bashir "Omar al-Bashir"`,
			Args:    exactArgs(2),
			RunE: func(cmd *cobra.Command, args []string) error {
				return runCorrect(cmd.Context(), opts, func(q *queries.Engine, es []queries.EntityInfo) (queries.Correction, error) {
					return q.Rename(cmd.Context(), es[0], args[1])
				}, args[0])
			},
		},
		&cobra.Command{
			Use:     "list",
			Short:   "List the corrections in the order they were made",
			Example: `  relgraph correct list --format json`,
			Args:    exactArgs(0),
			RunE: func(cmd *cobra.Command, args []string) error {
				return runCorrectList(cmd.Context(), opts)
			},
		},
	)
	opts.format.AddFlags(cmd.PersistentFlags(), "table", "json")
	return cmd
}

// runCorrect resolves the entity arguments, applies one correction through do and prints it.
func runCorrect(ctx context.Context, opts *correctOptions, do func(*queries.Engine, []queries.EntityInfo) (queries.Correction, error), entities ...string) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	store, err := opts.g.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	q := queries.New(store)
	var es []queries.EntityInfo
	for _, arg := range entities {
		e, err := q.Resolve(ctx, arg)
		if err != nil {
			return err
		}
		es = append(es, e)
	}
	k, err := do(q, es)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(opts.g.io.Out, k)
	}
	fmt.Fprintln(opts.g.io.Out, describeCorrection(k))
	return nil
}

func runCorrectList(ctx context.Context, opts *correctOptions) error {
	format, err := opts.format.resolve(opts.g.io)
	if err != nil {
		return err
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	list, err := queries.New(store).Corrections(ctx)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(opts.g.io.Out, list)
	}
	for _, k := range list {
		fmt.Fprintln(opts.g.io.Out, describeCorrection(k))
	}
	return nil
}

// describeCorrection is one line: "000001 merge mahmud-abbas into mahmoud-abbas".
func describeCorrection(k queries.Correction) string {
	switch k.Action {
	case queries.ActionMerge:
		return fmt.Sprintf("%s merge %s into %s", k.ID, k.Entity, k.Into)
	case queries.ActionSplit:
		return fmt.Sprintf("%s split %q off %s", k.ID, k.Value, k.Entity)
	}
	return fmt.Sprintf("%s rename %s to %q", k.ID, k.Entity, k.Value)
}
