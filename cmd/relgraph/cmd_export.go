package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	g      *globalOptions
	format string
	output string
}

func newExportCommand(g *globalOptions) *cobra.Command {
	opts := &exportOptions{g: g}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph in a format other tools read",
		Long: `export writes the whole graph. nquads is lossless: every quad keeps its label (the article it
came from), so an export moves a graph between stores unchanged.` + exitCodesHelp,
		Example: `  relgraph export --format nquads > graph.nq
  relgraph export --format nquads -o graph.nq`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "nquads", "output format: nquads")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	if opts.format != "nquads" {
		return usagef("--format %q: want nquads", opts.format)
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	return withOutput(opts.g.io.Out, opts.output, func(w io.Writer) error {
		qw := nquads.NewWriter(w)
		if err := store.Quads(ctx, func(q quad.Quad) error { return qw.WriteQuad(q) }); err != nil {
			return err
		}
		return qw.Close()
	})
}

// withOutput runs write on a buffered stdout, or on a file that replaces path only when
// write succeeds.
func withOutput(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(stdout, 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(dirOf(path), ".relgraph-export-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
