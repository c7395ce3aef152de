package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/ingest"
)

// importBatch is about how many quads one store transaction writes by default.
const importBatch = 10000

type importOptions struct {
	g     *globalOptions
	batch int
}

func newImportCommand(g *globalOptions) *cobra.Command {
	opts := &importOptions{g: g}
	cmd := &cobra.Command{
		Use:   "import FILE.nq",
		Short: "Load an N-Quads file (a relgraph export) into the store",
		Long: `import reads N-Quads (- reads stdin) and adds every quad, label included, to the store, so
"relgraph export" in one store and "relgraph import" in another move a graph unchanged.
Quads already in the store are left as they are.

The whole file is parsed before anything is written: a malformed line fails the import with
FILE:LINE and the parser's message, and nothing of the file is imported. The quads are then
written article by article (an article is the label of its quads), whole articles to a
transaction of about --batch quads, so an import that is stopped or killed part way leaves
every article whole or absent: an ingest of the same articles then adds the absent ones, and
running the same import again completes it.` + exitCodesHelp,
		Example: `  relgraph export -o graph.nq && relgraph --db other.db import graph.nq
  gunzip -c graph.nq.gz | relgraph import -`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.batch < 1 {
				return usagef("--batch %d: want at least 1 quad per transaction", opts.batch)
			}
			return runImport(cmd.Context(), opts, args[0])
		},
	}
	cmd.Flags().IntVar(&opts.batch, "batch", importBatch, "quads per store transaction (whole articles; a larger article is one alone)")
	return cmd
}

func runImport(ctx context.Context, opts *importOptions, path string) error {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = opts.g.io.In, "stdin"
	} else {
		f, err := ingest.OpenFile(ctx, path, "N-Quads")
		if err != nil {
			return fmt.Errorf("import %s: %w", path, err)
		}
		defer f.Close()
		r = f
	}
	qs, err := readNQuads(ctx, r, name)
	if err != nil {
		return err
	}
	if len(qs) == 0 {
		// Nothing to write: say so, and leave no new store behind.
		return fmt.Errorf("import %s: no N-Quads in it; nothing imported (give a file of N-Quads, one a line)", name)
	}
	store, err := opts.g.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	written := 0
	for _, tx := range articleBatches(qs, opts.batch) {
		if _, err := store.AddQuads(ctx, tx); err != nil {
			return fmt.Errorf("import %s: after %d of %d quads: %w; run the import again to finish it", name, written, len(qs), err)
		}
		written += len(tx)
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.g.io.ErrOut, "imported %d quads from %s; the store holds %d\n", written, name, st.Quads)
	return nil
}

// articleBatches groups qs by label (the article), articles in the order they first appear
// and each article's quads in file order, and cuts the result into transactions of whole
// articles holding about n quads each; an article of more than n quads is a transaction of
// its own. Quads without a label are grouped as one article. An article that an export
// lists in pieces is thus still written whole: a store marks an article stored by its
// <type> and <content_hash>, and a transaction that held those without the rest would make
// the next ingest skip a half-written article.
func articleBatches(qs []quad.Quad, n int) [][]quad.Quad {
	byLabel := map[quad.Value][]quad.Quad{}
	var order []quad.Value
	for _, q := range qs {
		if _, ok := byLabel[q.Label]; !ok {
			order = append(order, q.Label)
		}
		byLabel[q.Label] = append(byLabel[q.Label], q)
	}
	var out [][]quad.Quad
	var cur []quad.Quad
	for _, l := range order {
		art := byLabel[l]
		if len(cur) > 0 && len(cur)+len(art) > n {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, art...)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// readNQuads parses every line of r with Cayley's N-Quads parser. A malformed line is an
// error naming name:line.
func readNQuads(ctx context.Context, r io.Reader, name string) ([]quad.Quad, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var qs []quad.Quad
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("import %s:%d: %w", name, lineNo, err)
		}
		if t := strings.TrimSpace(line); t != "" && t[0] != '#' {
			q, perr := nquads.Parse(t)
			if perr != nil {
				return nil, fmt.Errorf("import %s:%d: not an N-Quad: %v; nothing was imported", name, lineNo, perr)
			}
			if !q.IsValid() {
				return nil, fmt.Errorf("import %s:%d: a quad needs a subject, a predicate and an object; nothing was imported", name, lineNo)
			}
			qs = append(qs, q)
		}
		if err != nil { // io.EOF after the last line
			return qs, nil
		}
		if lineNo%100000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
}
