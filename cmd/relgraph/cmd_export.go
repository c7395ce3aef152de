package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/queries"
)

// exportFormats are the graph formats of export, and the file extensions that select them.
var exportFormats = []string{"nquads", "jsonld", "graphml", "dot", "plover"}

var exportExtensions = map[string]string{
	".nq": "nquads", ".nquads": "nquads", ".jsonld": "jsonld", ".graphml": "graphml",
	".dot": "dot", ".gv": "dot", ".jsonl": "plover",
}

type exportOptions struct {
	g      *globalOptions
	format string
	output string
	entity string
	hops   int
}

func newExportCommand(g *globalOptions) *cobra.Command {
	opts := &exportOptions{g: g}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph in a format other tools read",
		Long: `export writes the whole graph, or with --entity the part of it within --hops event-hops of
one entity (the events it is in, the entities of those events, their events, and so on, with
the articles behind them).

Formats:
  nquads   N-Quads, lossless: every quad keeps its label (the article it came from), so an
           export moves a graph between stores unchanged (relgraph import)
  jsonld   JSON-LD with an @context mapping the graph model to schema.org (name, alternateName,
           Person, Country, NewsArticle, headline, datePublished, startDate, description...)
           and the rest to the relgraph vocabulary ` + export.VocabIRI + `
  graphml  GraphML for Gephi and yEd: entities as nodes (label, type), events as directed edges
           actor -> target (date, category, mode, trigger, sentence, article)
  dot      Graphviz: entities shaped and coloured by type, edges labelled with category and date
           (render with: dot -Tsvg graph.dot > graph.svg); past ` + fmt.Sprint(export.DefaultDOTMaxEntities) + ` entities only
           the most connected are drawn, said on stderr, so that Graphviz finishes the layout;
           --entity draws the part around one entity in full
  plover   one JSON record a line in PLOVER event-data fields: id, date, source, target, event,
           mode, context, text, publication, url...

Without --format, the extension of -o chooses (.nq, .jsonld, .graphml, .dot, .jsonl); another
extension is a usage error; without -o, nquads.
GraphML and DOT leave out events that link no two entities and say how many on stderr.` + exitCodesHelp,
		Example: `  relgraph export > graph.nq
  relgraph export -o graph.jsonld
  relgraph export --format graphml -o graph.graphml
  relgraph export --entity Putin --hops 2 --format dot | dot -Tpng > putin.png
  relgraph export --format plover --entity Iran > iran-events.jsonl`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("hops") && opts.entity == "" {
				return usagef("--hops needs --entity")
			}
			return runExport(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "", "output format: "+joinOr(exportFormats)+" (default: from the -o extension, else nquads)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of stdout (replaced only when the export succeeds)")
	cmd.Flags().StringVar(&opts.entity, "entity", "", "export only the subgraph around this entity (id, name or alias)")
	cmd.Flags().IntVar(&opts.hops, "hops", 1, "with --entity: how many event-hops from it to include")
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	format, err := pickFormat(opts.format, opts.output, exportFormats, exportExtensions, "nquads")
	if err != nil {
		return err
	}
	if opts.hops < 1 {
		return usagef("--hops %d: want 1 or more", opts.hops)
	}
	store, err := opts.g.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()

	if format == "nquads" && opts.entity == "" {
		// The whole graph streams in store order, without holding it in memory.
		return withOutput(opts.g.io.Out, opts.output, func(w io.Writer) error {
			qw := nquads.NewWriter(w)
			if err := store.Quads(ctx, func(q quad.Quad) error { return qw.WriteQuad(q) }); err != nil {
				return err
			}
			return qw.Close()
		})
	}

	// JSON-LD, GraphML, DOT and PLOVER of the whole graph read the store node by node (memory
	// grows with the number of nodes, not of quads); a subgraph and N-Quads in sorted order
	// are built from the graph in memory.
	var g export.Graph = export.StoreGraph{Store: store}
	var m *export.Model
	focus := ""
	if opts.entity != "" || format == "nquads" {
		if m, err = export.Load(ctx, store); err != nil {
			return err
		}
		if opts.entity != "" {
			e, err := queries.New(store).Resolve(ctx, opts.entity)
			if err != nil {
				return err
			}
			focus = e.ID
			if m, err = m.Subgraph(e.ID, opts.hops); err != nil {
				return err
			}
		}
		g = m
	}
	var skipped int
	var cut export.DOTResult
	err = withOutput(opts.g.io.Out, opts.output, func(w io.Writer) error {
		switch format {
		case "nquads":
			return export.WriteNQuads(w, m)
		case "jsonld":
			return export.WriteJSONLD(ctx, w, g)
		case "graphml":
			skipped, err = export.WriteGraphML(ctx, w, g)
			return err
		case "dot":
			var res export.DOTResult
			res, err = export.WriteDOT(ctx, w, g, export.DOTOptions{Focus: focus})
			skipped, cut = res.Skipped, res
			return err
		}
		return export.WritePLOVER(ctx, w, g)
	})
	if err == nil && skipped > 0 {
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: %d event(s) link no two entities and are not in the %s export\n", skipped, format)
	}
	if err == nil && cut.CutEntities > 0 {
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: the drawing is cut to the %d most connected entities so that Graphviz can lay it out: %d less connected entities and %d edges are left out; export --entity NAME --format dot draws the part around one entity in full\n",
			cut.Drawn, cut.CutEntities, cut.CutEdges)
	}
	return err
}

// pickFormat chooses an output format: the flag if given (it must be one of allowed), else
// the one the output file's extension names, else def.
func pickFormat(flag, output string, allowed []string, byExt map[string]string, def string) (string, error) {
	if flag != "" {
		for _, a := range allowed {
			if a == flag {
				return a, nil
			}
		}
		return "", usagef("--format %q: want %s", flag, joinOr(allowed))
	}
	if output == "" || output == "-" {
		return def, nil
	}
	if f, ok := byExt[strings.ToLower(filepath.Ext(output))]; ok {
		return f, nil
	}
	return "", unknownExtension(output, byExt)
}

// unknownExtension is the usage error for -o FILE whose extension names no format: writing
// one format under another's name would mislead whoever opens the file.
func unknownExtension(output string, byExt map[string]string) error {
	exts := make([]string, 0, len(byExt))
	for e := range byExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	what := fmt.Sprintf("extension %q", filepath.Ext(output))
	if filepath.Ext(output) == "" {
		what = "no extension"
	}
	return usagef("-o %s: %s names no format; name the file %s, or give --format", output, what, joinOr(exts))
}

// timelineFormats are timeline's --format values; timelineExtensions pick one from -o.
var timelineFormats = []string{"table", "json", "csv", "md", "timelinejs", "ics", "html"}

var timelineExtensions = map[string]string{
	".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".ics": "ics", ".ical": "ics",
	".html": "html", ".htm": "html",
}

// timelineFormat resolves timeline's --format: the flag, else the -o extension, else table on
// a terminal and json otherwise.
func timelineFormat(f *formatOptions, output string, io *IOStreams) (string, error) {
	if f.Format == "" && output != "" && output != "-" {
		if ft, ok := timelineExtensions[strings.ToLower(filepath.Ext(output))]; ok {
			return ft, nil
		}
		return "", unknownExtension(output, timelineExtensions)
	}
	return f.resolve(io)
}

// writeTimeline writes events in a timeline format; notices (events a format leaves out) go
// to errOut.
func writeTimeline(w, errOut io.Writer, format string, title export.TimelineTitle, evs []*queries.Event) error {
	undated := 0
	var err error
	switch format {
	case "json":
		return writeJSON(w, evs)
	case "csv":
		return export.WriteCSV(w, evs)
	case "md":
		return export.WriteMarkdown(w, title, evs)
	case "timelinejs":
		undated, err = export.WriteTimelineJS(w, title, evs)
	case "ics":
		undated, err = export.WriteICS(w, export.ICSOptions{Name: title.Title, Stamp: time.Now()}, evs)
	case "html":
		return export.WriteHTML(w, title, evs)
	default:
		return writeEventTable(w, evs)
	}
	if err == nil && undated > 0 {
		fmt.Fprintf(errOut, "relgraph: %d undated event(s) left out of the %s output\n", undated, format)
	}
	return err
}

// timelineTitle describes a timeline for headings and calendar names.
func timelineTitle(entity, with string, f *filterOptions, n int) export.TimelineTitle {
	t := export.TimelineTitle{Title: "All events"}
	if entity != "" {
		t.Title = "Timeline of " + entity
		if with != "" {
			t.Title += " with " + with
		}
	}
	var parts []string
	if len(f.Types) > 0 {
		parts = append(parts, strings.ToUpper(strings.Join(f.Types, ", ")))
	}
	if len(f.Modes) > 0 {
		parts = append(parts, "mode "+strings.Join(f.Modes, ", "))
	}
	if f.From != "" {
		parts = append(parts, "from "+f.From)
	}
	if f.To != "" {
		parts = append(parts, "to "+f.To)
	}
	if f.Facts {
		parts = append(parts, "reported facts only")
	}
	parts = append(parts, fmt.Sprintf("%d event(s)", n))
	t.Subtitle = strings.Join(parts, " · ")
	return t
}

// withOutput runs write on a buffered stdout, or on a file that replaces path only when
// write succeeds. A path that exists and is not a regular file (/dev/null, /dev/stdout, a
// named pipe) is written to in place, never replaced.
func withOutput(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return writeBuffered(stdout, write)
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return fmt.Errorf("write %s: it is a directory; give a file name", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := writeBuffered(f, write); err != nil {
			f.Close()
			return err
		}
		return f.Close()
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
	if err := tmp.Chmod(0o644); err != nil {
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

func writeBuffered(w io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
