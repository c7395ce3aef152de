package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/graph"
)

func newRemoveCommand(g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "remove ARTICLE...",
		Short: "Remove articles and everything extracted from them",
		Long: `remove deletes everything stored from each ARTICLE: its events, mentions, dates and the
article's own record, each article in one transaction (the entity facts other articles
support stay). ARTICLE is the article's id: the "article" field that "sources --format json"
and "relations --format json" print, with or without its "article/" prefix. Use it for a text
file edited after ingest (a file with no URL is identified by its content, so the edit is a
new article beside the old one), or for an article that should not be there. An ARTICLE that
is not stored is reported and the others are still removed.` + exitCodesHelp,
		Example: `  relgraph sources 03686a04cc274f83 --format json     # the "article" field
  relgraph remove 9d1c5e0f7b2a4c68`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRemove(cmd.Context(), g, args)
		},
	}
	return cmd
}

func runRemove(ctx context.Context, g *globalOptions, ids []string) error {
	// An existing store only: removing from a store that is not there must not make one.
	store, err := graph.Open(ctx, g.DB, graph.OpenOptions{MustExist: true})
	if errors.Is(err, graph.ErrLocked) {
		store, err = g.openServed(ctx, false, err)
	}
	if err != nil {
		return err
	}
	failed := 0
	for _, id := range ids {
		id = strings.TrimPrefix(strings.TrimSpace(id), "article/")
		n, err := store.RemoveArticle(ctx, id)
		switch {
		case err != nil:
			store.Close()
			return fmt.Errorf("remove %s: %w (the articles listed before it are removed)", id, err)
		case n == 0:
			fmt.Fprintf(g.io.ErrOut, "relgraph: no article %s in %s; find an article's id in the \"article\" field of sources --format json\n", id, g.DB)
			failed++
		default:
			fmt.Fprintf(g.io.Out, "removed article %s (%d quads)\n", id, n)
		}
	}
	if err := store.Close(); err != nil {
		return fmt.Errorf("close the store: %w (the removals may not be on disk)", err)
	}
	if failed == len(ids) {
		return fmt.Errorf("nothing removed")
	}
	if failed > 0 {
		return &partialError{failed}
	}
	return nil
}
