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

// importBatch is how many quads one store transaction writes.
const importBatch = 10000

type importOptions struct {
	g *globalOptions
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
written in transactions of ` + fmt.Sprint(importBatch) + `; if the store fails part way, the transactions before
the failure stay, and running the same import again completes it.` + exitCodesHelp,
		Example: `  relgraph export -o graph.nq && relgraph --db other.db import graph.nq
  gunzip -c graph.nq.gz | relgraph import -`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd.Context(), opts, args[0])
		},
	}
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
	store, err := opts.g.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	written := 0
	for len(qs) > 0 {
		n := min(importBatch, len(qs))
		if _, err := store.AddQuads(ctx, qs[:n]); err != nil {
			return fmt.Errorf("import %s: after %d of %d quads: %w; run the import again to finish it", name, written, written+len(qs), err)
		}
		written += n
		qs = qs[n:]
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.g.io.ErrOut, "imported %d quads from %s; the store holds %d\n", written, name, st.Quads)
	return nil
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
