package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/ingest"
	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

type extractOptions struct {
	g     *globalOptions
	jsonl bool
	date  string
}

func newExtractCommand(g *globalOptions) *cobra.Command {
	opts := &extractOptions{g: g}
	cmd := &cobra.Command{
		Use:   "extract [FILE|-]",
		Short: "Print what one article yields (entities, dates, events), without a store",
		Long: `extract runs relgraph's extraction on one plain-text article (a .txt file, or - for stdin) and
prints its entities, date expressions and events as JSON, with UTF-8 byte offsets into the text.
Any other file (a web page, Markdown, JSON, a feed, gzip) is read as ingest reads it, and the
offsets count in the article's title, a blank line and its text; a file of several articles
gives one JSON line each.

With --jsonl it reads JSON lines {"id","text","date"} and writes one result line per input line,
in order, streaming: a large input never sits in memory whole.` + exitCodesHelp,
		Example: `  relgraph extract article.txt --date 2025-07-01
  relgraph extract --jsonl < articles.jsonl > results.jsonl`,
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.jsonl, "jsonl", false, `read JSON lines {"id","text","date"}, write one result line each`)
	cmd.Flags().StringVar(&opts.date, "date", "", "article date YYYY-MM-DD (default: the JSON date, a dateline, or the latest full date in the text)")
	return cmd
}

func runExtract(ctx context.Context, opts *extractOptions, args []string) error {
	var given timex.Date
	if opts.date != "" {
		d, err := timex.ParseDate(opts.date)
		if err != nil {
			return usagef("--date: %v", err)
		}
		given = d
	}
	extractMemoryLimit(opts.g.io, 0)
	if len(args) == 1 && args[0] != "-" && !opts.jsonl && !plainText(args[0]) {
		return extractFile(ctx, opts, args[0], given)
	}
	in, name, closeIn, err := openInput(ctx, opts.g.io, args, "an article")
	if err != nil {
		return err
	}
	defer closeIn()
	x := extract.New()
	out := bufio.NewWriterSize(opts.g.io.Out, 1<<16)
	defer out.Flush()
	if !opts.jsonl {
		b, err := io.ReadAll(in)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if err := ingest.CheckText(b); err != nil {
			return fmt.Errorf("%s: %w", name, err) // as ingest says it
		}
		a := &ingest.Article{Text: string(b), Origin: name}
		b = nil
		date, _ := ingest.ArticleDate(a, given)
		partsNotice(opts.g.io.ErrOut, name, a.Text)
		extractMemoryLimit(opts.g.io, len(a.Text))
		return extractTo(ctx, x, name, a.Text, date, out, true)
	}
	return extractJSONL(ctx, x, in, name, given, out, opts.g.io)
}

type extractInput struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Date string `json:"date"`
}

// extractJSONL streams JSON lines through the extractor. A line that is not a JSON object
// is named on stderr, gets an {"id","error"} line so output lines still match the input's
// records, and makes the command exit with the partial code; blank lines are no records.
func extractJSONL(ctx context.Context, x *extract.Extractor, in io.Reader, name string, given timex.Date, out io.Writer, streams *IOStreams) error {
	errOut := streams.ErrOut
	br := bufio.NewReaderSize(in, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	var buf []byte
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if buf, err = readJSONLine(br, buf[:0]); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("read %s: line %d: %w", name, line, err)
		}
		if len(bytes.TrimSpace(buf)) == 0 {
			continue // a blank line is no record, as ingest reads JSONL
		}
		var inp extractInput
		err = json.Unmarshal(buf, &inp)
		if cap(buf) > 1<<20 {
			buf = nil // the text is copied out: a long line's buffer goes before it is extracted
		}
		if err != nil {
			failed++
			why := err.Error()
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				why = "want a JSON object with a \"text\" field (and \"id\", \"date\")"
				if te.Field != "" {
					why = fmt.Sprintf("field %q is a JSON %s; want a string (\"date\" as \"YYYY-MM-DD\")", te.Field, te.Value)
				}
			}
			fmt.Fprintf(errOut, "relgraph: %s:%d: not a JSON object {\"id\",\"text\",\"date\"}: %s; fix or remove the line\n", name, line, why)
			enc.Encode(map[string]string{"id": inp.ID, "error": why})
			continue
		}
		if strings.TrimSpace(inp.Text) == "" {
			fmt.Fprintf(errOut, "relgraph: %s:%d: no \"text\" in the record; its result is empty\n", name, line)
		}
		a := &ingest.Article{ID: inp.ID, Text: inp.Text, Published: inp.Date, Origin: fmt.Sprintf("%s:%d", name, line)}
		date, how := ingest.ArticleDate(a, given)
		if _, err := timex.ParseDate(inp.Date); inp.Date != "" && err != nil && given.IsZero() {
			// As ingest says it: the record's own date is not read, and what dated it instead.
			fmt.Fprintf(errOut, "relgraph: %s: \"date\" %q is not a date (want YYYY-MM-DD); %s\n", a.Origin, inp.Date, cmp.Or(how, "dated by its text"))
		}
		partsNotice(errOut, a.Origin, inp.Text)
		extractMemoryLimit(streams, len(inp.Text))
		if err := extractTo(ctx, x, inp.ID, inp.Text, date, out, false); errors.Is(err, extract.ErrInternal) {
			// One record met a bug: said, given an error line in its place, and the rest go on.
			failed++
			fmt.Fprintf(errOut, "relgraph: %s: %v\n", a.Origin, err)
			enc.Encode(map[string]string{"id": inp.ID, "error": err.Error()})
			continue
		} else if err != nil {
			return err
		}
	}
	if failed > 0 {
		return &partialError{failed: failed}
	}
	return nil
}

// maxJSONLine is the longest input line extract --jsonl reads (bytes).
const maxJSONLine = 256 << 20

// readJSONLine appends the next line of in to buf and returns it without its line ending
// ("\n" or "\r\n"). It returns io.EOF, and no line, at the end of the input; a last line
// without a newline is a line. A line longer than maxJSONLine is bufio.ErrTooLong.
func readJSONLine(in *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := in.ReadSlice('\n')
		if len(buf)+len(chunk) > maxJSONLine+1 {
			return buf[:0], bufio.ErrTooLong
		}
		buf = append(buf, chunk...)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(buf) == 0:
			return buf, io.EOF
		case err != nil && err != io.EOF:
			return buf[:0], err
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		return bytes.TrimSuffix(buf, []byte("\r")), nil
	}
}

// openInput opens the one optional FILE argument of a command that reads a single input
// (what names its content in errors, as ingest.OpenFile does), or standard input for none
// or "-". It returns the reader, the name errors use, and what closes it.
func openInput(ctx context.Context, streams *IOStreams, args []string, what string) (in io.Reader, name string, closeIn func(), err error) {
	if len(args) == 0 || args[0] == "-" {
		return ingest.ContextReader(ctx, streams.In), "-", func() {}, nil
	}
	f, err := ingest.OpenFile(ctx, args[0], what)
	if err != nil {
		return nil, "", nil, fmt.Errorf("%s: %w", args[0], err)
	}
	return f, args[0], func() { f.Close() }, nil
}

// plainText reports a file extract reads as the article's text itself: .txt, or no
// extension. Any other file (a web page, Markdown with front matter, JSON, a feed, gzip) is
// read as ingest reads it, so that extract shows what ingest would store.
func plainText(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == "" || ext == ".txt" || ext == ".text"
}

// extractFile reads path with ingest's readers and prints the extraction of each article
// it holds: one JSON object for one article, one JSON line each for several. Offsets count
// in the article's body: its title, a blank line, then its text (ingest.Article.Body).
func extractFile(ctx context.Context, opts *extractOptions, path string, given timex.Date) error {
	x := extract.New()
	out := bufio.NewWriterSize(opts.g.io.Out, 1<<16)
	defer out.Flush()
	var arts []*ingest.Article
	failed := 0
	// one extracts an article of several: one that meets a bug (extract.ErrInternal) is
	// said and counted, and the rest go on.
	one := func(a *ingest.Article) error {
		err := extractOne(ctx, x, a, given, out, opts.g.io, false)
		if errors.Is(err, extract.ErrInternal) {
			failed++
			fmt.Fprintf(opts.g.io.ErrOut, "relgraph: %s: %v\n", a.Origin, err)
			return nil
		}
		return err
	}
	err := ingest.Read(ctx, []string{path}, nil, ingest.ReadOptions{}, func(a *ingest.Article) error {
		arts = append(arts, a)
		if len(arts) == 2 {
			// Several articles: from here on, one line each.
			if err := one(arts[0]); err != nil {
				return err
			}
			arts[0] = nil
		}
		if len(arts) >= 2 {
			err := one(a)
			arts[len(arts)-1] = nil // written; keep only the count
			return err
		}
		return nil
	}, func(err error) {
		failed++
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: %v\n", err)
	})
	if err != nil {
		return err
	}
	switch {
	case len(arts) == 1:
		if err := extractOne(ctx, x, arts[0], given, out, opts.g.io, true); err != nil {
			return err
		}
	case len(arts) == 0 && failed == 0:
		return fmt.Errorf("%s: no article in it; see relgraph ingest --help for the formats read", path)
	case len(arts) == 0:
		return fmt.Errorf("%s: nothing could be read (see the errors above)", path)
	}
	if failed > 0 {
		return &partialError{failed: failed}
	}
	return nil
}

func extractOne(ctx context.Context, x *extract.Extractor, a *ingest.Article, given timex.Date, out io.Writer, streams *IOStreams, whole bool) error {
	date, _ := ingest.ArticleDate(a, given)
	id := a.ID
	if id == "" {
		id = ingest.ArticleID(a)
	}
	body := a.Body()
	partsNotice(streams.ErrOut, a.Origin, body)
	extractMemoryLimit(streams, len(body))
	return extractTo(ctx, x, id, body, date, out, whole)
}

// extractTo extracts text and writes its result to out, indented (writeResultJSON) or on
// one line (writeResultLine). An article extracted whole is written once extracted; a
// longer one (extract.PartBytes) part by part: each part's mentions, times and events are
// written to temporary files as it is extracted, and copied to out at the end, so that
// memory holds one part's result rather than the article's (the result of a 59 MB JSON
// line took some 250 MB, more than four times its text).
func extractTo(ctx context.Context, x *extract.Extractor, id, text string, date timex.Date, out io.Writer, indent bool) error {
	if len(text) <= extract.PartBytes {
		r, err := x.ExtractContext(ctx, id, text, date)
		if err != nil {
			return err
		}
		return writeResult(out, r, indent)
	}
	type spool struct {
		file *os.File
		w    *bufio.Writer
		n    int
	}
	var lists [3]*spool // entities, times, events
	for i := range lists {
		file, err := os.CreateTemp("", "relgraph-extract-*")
		if err != nil {
			return fmt.Errorf("extract %s: a temporary file for its result: %w; set TMPDIR to a folder with room", id, err)
		}
		defer func() {
			file.Close()
			os.Remove(file.Name())
		}()
		lists[i] = &spool{file: file, w: bufio.NewWriterSize(file, 1<<16)}
	}
	f := newResultFormat(indent)
	put := func(l *spool, v any) error {
		if err := f.elem(l.w, l.n, v); err != nil {
			return fmt.Errorf("extract %s: write its result to %s: %w", id, l.file.Name(), err)
		}
		l.n++
		return nil
	}
	resolved, err := x.ExtractParts(ctx, id, text, date, func(r extract.Result) error {
		for _, m := range r.Entities {
			if err := put(lists[0], m); err != nil {
				return err
			}
		}
		for _, t := range r.Times {
			if err := put(lists[1], t); err != nil {
				return err
			}
		}
		for _, e := range r.Events {
			if err := put(lists[2], e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := f.begin(out, id); err != nil {
		return err
	}
	for i, name := range []string{"entities", "times", "events"} {
		l := lists[i]
		if err := l.w.Flush(); err != nil {
			return fmt.Errorf("extract %s: write its result to %s: %w", id, l.file.Name(), err)
		}
		if _, err := l.file.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if err := f.fieldWith(out, name, l.n, false, func() error { _, err := io.Copy(out, l.file); return err }); err != nil {
			return err
		}
	}
	if err := f.field(out, "resolved", len(resolved), resolved == nil, func(i int) any { return resolved[i] }); err != nil {
		return err
	}
	return f.finish(out)
}

// extractMemoryBase is extract's soft memory limit (bytes) before the article's share.
const extractMemoryBase = 200 << 20

// extractMemoryLimit sets extract's soft memory limit for an article of n bytes, unless
// GOMEMLIMIT says otherwise: extractMemoryBase for the models and one part's working memory
// (extract.PartBytes), plus three times the article for its text and result. Near it the
// collector works harder instead of letting the heap grow to twice what is reachable, so
// the peak memory follows what the extraction keeps.
func extractMemoryLimit(streams *IOStreams, n int) {
	if streams.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(extractMemoryBase + 3*int64(n))
	}
}

// partsNotice tells errOut when the article of text, named origin, is long enough to be
// extracted in parts (extract.PartBytes).
func partsNotice(errOut io.Writer, origin, text string) {
	if n := extract.PartsNotice(text); n != "" {
		fmt.Fprintf(errOut, "notice: %s: %s\n", origin, n)
	}
}
