package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/graph"
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
FILE:LINE and the parser's message, and nothing of the file is imported (stdin is copied to
a temporary file meanwhile). The quads are then read again and written article by article (an article is the label of its quads), whole articles to a
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
	setImportMemoryLimit(opts.g.io)
	in, err := checkNQuads(ctx, r, name)
	if err != nil {
		return err
	}
	defer in.Close()
	if in.quads == 0 {
		// Nothing to write: say so, and leave no new store behind.
		return fmt.Errorf("import %s: no N-Quads in it; nothing imported (give a file of N-Quads, one a line)", name)
	}
	store, err := opts.g.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	written := 0
	err = in.eachBatch(ctx, opts.batch, func(tx []quad.Quad) error {
		if _, err := store.AddQuads(ctx, tx); err != nil {
			return fmt.Errorf("import %s: after %d of %d quads: %w; run the import again to finish it", name, written, in.quads, err)
		}
		written += len(tx)
		return nil
	})
	if err != nil {
		return err
	}
	held, err := storedQuads(ctx, store)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.g.io.ErrOut, "imported %d quads from %s; the store holds %d\n", written, name, held)
	return nil
}

// importMemoryLimit is import's soft memory limit (bytes). Its heap holds the store's
// write buffers and cache and a transaction's writes, some 130 MB, and no models: under
// ingest's limit (softMemoryLimit, 170 MB) the collector ran almost without pause, 2 s of
// the 25 s of cpu of the wire x10 import, which peaked at 182 MB resident. Measured in
// turn, twice each: 200 MiB, 23.2-24.1 s of cpu and 217 MB; 240 MiB, 23.5-23.8 s and 255
// MB; no limit, 22.8-23.1 s and 293 MB (Cayley's own writer of the same quads: 342 MB).
// No article text is read, so the limit need not grow with one.
const importMemoryLimit = 200 << 20

// setImportMemoryLimit sets importMemoryLimit, unless GOMEMLIMIT sets one.
func setImportMemoryLimit(streams *IOStreams) {
	if streams.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(importMemoryLimit)
	}
}

// storedQuads is how many quads the store holds. A Cayley store counts them as it writes
// them; Store.Stats also counts the nodes, which reads every one of them (2.6 s of cpu
// after an import of a million quads).
func storedQuads(ctx context.Context, store graph.Store) (int64, error) {
	if qs := store.QuadStore(); qs != nil {
		if st, err := qs.Stats(ctx, false); err == nil && st.Quads.Exact {
			return st.Quads.Value, nil
		}
	}
	st, err := store.Stats(ctx)
	return st.Quads, err
}

// nquadsInput is an N-Quads input checked whole (checkNQuads), with where each article's
// lines are, so that eachBatch reads the quads again an article at a time: the import
// holds one transaction's quads, not the file's (a million quads took some 600 MB).
type nquadsInput struct {
	r        io.ReaderAt // the file, or the copy checkNQuads made of a stream
	name     string
	articles []*articleLines // in the order of their first quads in the file
	quads    int
	spool    *os.File // the copy of a stream, removed by Close
}

// articleLines is where one article's quads are: runs of lines, in file order. An export
// lists each article's quads together, one run; a file that mixes articles has more.
type articleLines struct {
	runs  []lineRun
	quads int
}

// lineRun is the byte range [off, end) of whole lines of one article's quads (with any
// blank lines and comments among them).
type lineRun struct{ off, end int64 }

// checkNQuads parses every line of r with Cayley's N-Quads parser and notes where each
// article's quads are; a malformed line is an error naming name:line. A regular file is
// read again in place; anything else (stdin, a pipe) is copied to a temporary file as it
// is read, which Close removes.
func checkNQuads(ctx context.Context, r io.Reader, name string) (*nquadsInput, error) {
	in := &nquadsInput{name: name}
	if f, ok := r.(interface {
		io.ReaderAt
		Stat() (os.FileInfo, error)
	}); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			in.r = f
		}
	}
	if in.r == nil {
		spool, err := os.CreateTemp("", "relgraph-import-*.nq")
		if err != nil {
			return nil, fmt.Errorf("import %s: a temporary copy: %w", name, err)
		}
		os.Remove(spool.Name()) // the open file stays until closed
		in.r, in.spool = spool, spool
		r = io.TeeReader(r, spool)
	}
	ok := false
	defer func() {
		if !ok {
			in.Close()
		}
	}()
	byLabel := map[quad.Value]*articleLines{}
	var prev *articleLines
	br := bufio.NewReaderSize(r, 1<<16)
	var off int64
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("import %s:%d: %w", name, lineNo, err)
		}
		start := off
		off += int64(len(line))
		if t := strings.TrimSpace(line); t != "" && t[0] != '#' {
			q, perr := nquads.Parse(t)
			if perr != nil {
				return nil, fmt.Errorf("import %s:%d: not an N-Quad: %v; nothing was imported", name, lineNo, perr)
			}
			if !q.IsValid() {
				return nil, fmt.Errorf("import %s:%d: a quad needs a subject, a predicate and an object; nothing was imported", name, lineNo)
			}
			a := byLabel[q.Label]
			if a == nil {
				a = &articleLines{}
				byLabel[q.Label] = a
				in.articles = append(in.articles, a)
			}
			if a == prev {
				a.runs[len(a.runs)-1].end = off
			} else {
				a.runs = append(a.runs, lineRun{off: start, end: off})
			}
			a.quads++
			in.quads++
			prev = a
		} else if prev != nil {
			prev.runs[len(prev.runs)-1].end = off
		}
		if err != nil { // io.EOF after the last line
			break
		}
		if lineNo%100000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	ok = true
	return in, nil
}

// eachBatch calls fn with the quads grouped by label (the article), articles in the order
// they first appear and each article's quads in file order, cut into transactions of whole
// articles holding about n quads each; an article of more than n quads is a transaction of
// its own. Quads without a label are grouped as one article. An article that an export
// lists in pieces is thus still written whole: a store marks an article stored by its
// <type> and <content_hash>, and a transaction that held those without the rest would make
// the next ingest skip a half-written article. fn must not keep the slice.
func (in *nquadsInput) eachBatch(ctx context.Context, n int, fn func([]quad.Quad) error) error {
	var cur []quad.Quad
	br := bufio.NewReaderSize(nil, 1<<16)
	for _, a := range in.articles {
		if len(cur) > 0 && len(cur)+a.quads > n {
			if err := fn(cur); err != nil {
				return err
			}
			clear(cur)
			cur = cur[:0]
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, run := range a.runs {
			br.Reset(io.NewSectionReader(in.r, run.off, run.end-run.off))
			for {
				line, err := br.ReadString('\n')
				if err != nil && !errors.Is(err, io.EOF) {
					return fmt.Errorf("import %s: read it again: %w", in.name, err)
				}
				if t := strings.TrimSpace(line); t != "" && t[0] != '#' {
					q, perr := nquads.Parse(t)
					if perr != nil {
						return fmt.Errorf("import %s: changed while it was imported: %v", in.name, perr)
					}
					cur = append(cur, q)
				}
				if err != nil {
					break
				}
			}
		}
	}
	if len(cur) > 0 {
		return fn(cur)
	}
	return nil
}

// Close removes the copy of a stream.
func (in *nquadsInput) Close() error {
	if in.spool != nil {
		return in.spool.Close()
	}
	return nil
}
