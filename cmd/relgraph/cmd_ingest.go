package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/ingest"
	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// softMemoryLimit is the soft memory limit (bytes) of an ingest of short articles. Its
// heap holds some 100 MB (the models, the store's write buffer and cache, a batch): at
// 240 MB the collector let it grow to that, and the process to 280 MB; at 170 MB it peaks
// at 206 MB, with no time lost on the wire corpus.
const softMemoryLimit = 170 << 20

// outsideHeap is what an ingest holds beyond the Go heap, which a memory limit does not
// count: the pages of the binary it reads (its embedded models, some 35 MB resident) and the
// runtime's own (measured: 44 MB between the peak resident memory and the limit).
const outsideHeap = 45e6

// boltCommitPages is what an ingest into a bolt store holds beyond outsideHeap while it
// writes a long article: pages of the store's file, mapped into the process while bolt
// commits a part of the write (graph/pending.go). bolt's commit reads the old page of every
// node the part changed (to copy the entries it did not change and to free the page), and
// Cayley spreads a part's new values and their counts over 131,072 buckets keyed by hash,
// so a part changes thousands of nodes all over the file, the more as the store holds
// more. They are mapped inside bolt's commit, where relgraph cannot drop them between two
// of bolt's reads as it drops those of its own (graph/bolt_batch.go). The kernel used to
// map far more than those pages: the 64 KB around each (fault-around) and, on ext4, the
// whole 2 MB folio a page sat in; the peaks of 5 MB articles had 33-77 MiB of the file
// mapped, the 27 MB web page of issue 16 166 MiB, a 60 MB line 631 MB. graph now turns both
// off on bolt's mapping (graph/bolt_faultaround_linux.go, bolt_mapped_linux.go): the file
// pages at those peaks are now within some 15 MB of the binary's own, the 60 MB line's too
// since bolt maps its 1.5 GB store with room to grow (graph/bolt.go: 191 MiB of file pages
// at the one commit that mapped it anew, where the kernel did both again), and the
// allowance is kept for kernels that refuse (before Linux 6.7), where the target is met
// for an article of a few MB on a new store only. A smaller allowance would cost the
// collector less; it has not been measured.
const boltCommitPages = 80e6

// articleMemoryLimit is the soft memory limit for an ingest whose longest article has n
// bytes: softMemoryLimit when the article is extracted whole, else issue 16's bound on the
// process's peak memory (4 bytes a byte of the article, plus 250 MB) less outsideHeap,
// and less boltCommitPages on a bolt store.
// Such an article is extracted a part at a time (ingest.ExtractDocument): what grows with
// it is its text, its graph document (2 to 5 bytes a byte of text) and, while it is
// written, the index lists Cayley rewrites (up to 6); near the limit the collector works
// harder instead of letting the heap grow to twice what it holds. The limit used to be
// softMemoryLimit plus 16 bytes a byte of the article, which let the heap of the 27 MB
// web page of issue 16 grow to 600 MB around 310 MB of live data.
func articleMemoryLimit(n int, bolt bool) int64 {
	if n <= extract.PartBytes {
		return softMemoryLimit
	}
	limit := max(softMemoryLimit, 4*int64(n)+250e6-outsideHeap)
	if bolt {
		limit -= boltCommitPages
	}
	return limit
}

// setSoftMemoryLimit sets softMemoryLimit unless GOMEMLIMIT says otherwise, and returns a
// function that raises it for an article of n bytes (articleMemoryLimit; bolt: the ingest
// writes to a bolt store). The store's caches and the queues are sized to fit it; near it
// the collector works harder instead of letting the heap double past it.
func setSoftMemoryLimit(streams *IOStreams, bolt bool) (fit func(n int)) {
	if streams.Getenv("GOMEMLIMIT") != "" {
		return func(int) {}
	}
	debug.SetMemoryLimit(softMemoryLimit)
	var longest atomic.Int64
	return func(n int) {
		for {
			l := longest.Load()
			if int64(n) <= l {
				return
			}
			if longest.CompareAndSwap(l, int64(n)) {
				debug.SetMemoryLimit(articleMemoryLimit(n, bolt))
				return
			}
		}
	}
}

type ingestOptions struct {
	g       *globalOptions
	date    string
	format  string
	fields  []string
	quiet   bool
	workers int
	batch   int

	maxArticleMiB      int64
	maxDecompressedMiB int64
}

func newIngestCommand(g *globalOptions) *cobra.Command {
	opts := &ingestOptions{g: g}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles and add who did what with whom, and when, to the graph",
		Long: `ingest reads articles from files, folders (recursively) and stdin (-): plain text, Markdown with
front matter, HTML, JSON, JSONL, RSS and Atom, any of them gzipped. The format comes from the
extension and the content; --format overrides it.

Each article is dated by --date when given, else by its metadata, else its dateline
("BEIJING, Nov. 2, 2006 (Xinhua) --"), else the latest full date in its text (with a notice);
relative dates ("on Tuesday", "last week", "since 2022") are resolved against that date.

Each article is written whole in one transaction, labelled with its article id (a long article
on a bolt store in several, the article stored only once the last commits: a kill leaves none of
it once the store is opened again). The same article again is skipped; an article whose content
changed under the same URL replaces the old one. A file, line or item that cannot be read is
named on stderr and the others still land. Files in a folder that are not articles (scripts,
stylesheets, images, fonts, binary data...) are skipped and counted in the summary.

JSON is read with no flags in the shapes people have: NewsAPI responses, GDELT DOC listings,
news-please output, JSON Feed 1.1, WordPress exports and the common field names of CMS and scraper
exports; --field names other fields, with dotted paths into nested objects (text=fields.body).
A record with a title and no text is an article: its title is read like its first paragraph.

An ingest in which every input failed stores nothing and exits 1; one in which some were stored
and some failed exits 3.` + exitCodesHelp,
		Example: `  relgraph ingest article.txt
  relgraph ingest --date 2025-07-03 article.txt
  relgraph ingest news/ feeds/world.rss dump.jsonl.gz
  curl -s https://example.org/feed | relgraph ingest --format rss -
  relgraph ingest --field text=body,date=published_at export.jsonl
  relgraph ingest --field text=fields.bodyText,date=webPublicationDate guardian.json`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := ingest.CheckFormat(opts.format); err != nil {
				// Checked before the store opens: a bad flag value is a usage error, not
				// an ingest that read nothing.
				return &usageError{fmt.Errorf("--%w", err)}
			}
			return runIngest(cmd.Context(), opts, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.date, "date", "", "date every article YYYY-MM-DD (wins over metadata)")
	f.StringVar(&opts.format, "format", "", "input format instead of detecting it: text, markdown, html, json, jsonl, rss, atom")
	f.StringSliceVar(&opts.fields, "field", nil, "JSON field names: text=body,date=published,title=headline,...")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print no progress, notices or summary; only errors")
	f.IntVar(&opts.workers, "workers", 0, "extraction goroutines (default: one per core)")
	f.IntVar(&opts.batch, "batch", 128, "articles per store transaction")
	f.Int64Var(&opts.maxArticleMiB, "max-article", ingest.DefaultMaxArticle>>20, "largest article, JSONL line or feed held in memory, in MiB")
	f.Int64Var(&opts.maxDecompressedMiB, "max-decompressed", ingest.DefaultMaxDecompressed>>20, "largest decompressed size of a gzipped file, in MiB")
	return cmd
}

func runIngest(ctx context.Context, opts *ingestOptions, paths []string) (err error) {
	io := opts.g.io
	var date timex.Date
	if opts.date != "" {
		d, err := timex.ParseDate(opts.date)
		if err != nil {
			return usagef("--date: %v", err) // "no such day", "no such month" or the form wanted
		}
		if !d.Full() {
			return usagef("--date %q: want a whole day, YYYY-MM-DD", opts.date)
		}
		date = d
	}
	fields := map[string]string{}
	for _, f := range opts.fields {
		k, v, ok := strings.Cut(f, "=")
		if !ok || k == "" || v == "" {
			return usagef("--field %q: want NAME=FIELD, e.g. text=body", f)
		}
		fields[k] = v
	}
	if opts.maxArticleMiB < 1 || opts.maxDecompressedMiB < 1 {
		return usagef("--max-article and --max-decompressed take a size in MiB of at least 1")
	}
	if !anyInput(paths) {
		var whys []string
		for _, p := range paths {
			why := "no such file or folder"
			if _, err := os.Stat(p); err != nil && !os.IsNotExist(err) {
				why = err.Error()
			}
			whys = append(whys, p+": "+why)
		}
		return fmt.Errorf("nothing to ingest: %s; check the paths (no store was created or changed)", strings.Join(whys, ", "))
	}
	loc, _ := graph.ParseLocation(opts.g.DB) // openBulk reports a bad location
	fitMemory := setSoftMemoryLimit(io, loc.Backend == "bolt")
	// An embedded store this ingest creates and then writes nothing to is removed again:
	// a run whose every input failed leaves no empty store behind.
	created := false
	if loc.Embedded() {
		_, serr := os.Stat(loc.Address)
		created = errors.Is(serr, fs.ErrNotExist)
	}
	written := false
	store, err := opts.g.openBulk(ctx)
	if err != nil {
		return err
	}
	defer func() {
		// A bulk load's last writes reach the store as it closes.
		if cerr := store.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close %s: %w", opts.g.DB, cerr)
		}
		if created && !written {
			os.RemoveAll(loc.Address)
		}
	}()

	var mu sync.Mutex // serializes stderr between the bar and messages
	var consumed atomic.Int64
	var bar *progressbar.ProgressBar
	if io.ErrTTY && !opts.quiet {
		bar = newIngestBar(io, paths)
	}
	say := func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(io.ErrOut, msg)
	}
	var skipped skippedFiles
	ropts := ingest.ReadOptions{Format: opts.format, Fields: fields, Consumed: &consumed,
		MaxArticle: opts.maxArticleMiB << 20, MaxDecompressed: opts.maxDecompressedMiB << 20, Skipped: skipped.add}
	src := func(ctx context.Context, emit func(*ingest.Article) error, onErr func(error)) error {
		return ingest.Read(ctx, paths, io.In, ropts, func(a *ingest.Article) error {
			fitMemory(len(a.Title) + len(a.Text))
			return emit(a)
		}, onErr)
	}
	popts := ingest.Options{
		Date:      date,
		Workers:   opts.workers,
		BatchSize: opts.batch,
		Error:     func(err error) { say("relgraph: " + err.Error()) },
	}
	if !opts.quiet {
		popts.Notice = func(msg string) { say("notice: " + msg) }
	}
	stopBar := func() {}
	if bar != nil {
		var done atomic.Int64
		popts.Progress = func(s ingest.Summary) { done.Store(int64(s.New + s.Skipped + s.Replaced)) }
		stopBar = tickBar(bar, &mu, &consumed, &done)
	}
	sum, err := ingest.Run(ctx, store, extract.New(), src, popts)
	written = sum.New+sum.Replaced > 0 || err != nil // an interrupted or failed write keeps what it made
	stopBar()
	if !opts.quiet {
		// After Ctrl-C some articles were read but not written: they are counted apart, so
		// that the figures add up to what was read.
		unwritten := ""
		if n := sum.Read - sum.New - sum.Replaced - sum.Skipped - sum.Failed; n > 0 && err != nil {
			unwritten = fmt.Sprintf(", %d read but not written (interrupted)", n)
		}
		fmt.Fprintf(io.ErrOut, "%s: %d new, %d replaced, %d skipped (already stored), %d failed%s; %s, %s, %s in %.1fs%s\n",
			plural(sum.Read, "article"), sum.New, sum.Replaced, sum.Skipped, sum.Failed, unwritten, pluralNoun(sum.Entities, "entity", "entities"),
			plural(sum.Events, "event"), plural(sum.Quads, "quad"), sum.Elapsed.Seconds(), skipped.summary())
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted; the %d articles written are whole, and the same ingest again adds the rest: %w", sum.New+sum.Replaced, err)
		}
		return err
	}
	stored := sum.New + sum.Replaced + sum.Skipped
	switch {
	case sum.Failed > 0 && stored == 0:
		return fmt.Errorf("nothing stored: %s; see the messages above, fix or leave out those inputs", plural(sum.Failed, "input")+" failed")
	case sum.Failed > 0:
		return &partialError{failed: sum.Failed}
	case sum.Read == 0:
		msg := "no articles found in " + strings.Join(paths, ", ")
		if n := skipped.count(); n > 0 {
			msg += fmt.Sprintf(" (%s skipped as not articles)", plural(n, "file"))
		}
		return errors.New(msg + "; point relgraph at articles: text, Markdown, HTML, JSON, JSONL, RSS or Atom")
	}
	return nil
}

// skippedFiles counts the files of a folder skipped as not articles, by reason.
type skippedFiles struct {
	mu    sync.Mutex
	whys  map[string]int
	total int
}

func (s *skippedFiles) add(path, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.whys == nil {
		s.whys = map[string]int{}
	}
	kind, _, _ := strings.Cut(why, " (")
	s.whys[kind]++
	s.total++
}

func (s *skippedFiles) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total
}

// summary is "; 2 files skipped as not articles (1 script, 1 stylesheet)"
// for the summary line, "" when none was.
func (s *skippedFiles) summary() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.total == 0 {
		return ""
	}
	whys := make([]string, 0, len(s.whys))
	for w := range s.whys {
		whys = append(whys, w)
	}
	sort.Strings(whys)
	for i, w := range whys {
		whys[i] = fmt.Sprintf("%d %s", s.whys[w], pluralWhy(s.whys[w], w))
	}
	return fmt.Sprintf("; %s skipped as not articles (%s)", plural(s.total, "file"), strings.Join(whys, ", "))
}

// newIngestBar shows bytes read against the inputs' total size, with rate and time left;
// on stdin, whose size is unknown, a spinner with the count.
func newIngestBar(io *IOStreams, paths []string) *progressbar.ProgressBar {
	total, known := ingest.InputSize(paths)
	if !known || total == 0 {
		total = -1
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(io.ErrOut),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionFullWidth(),
	)
}

// tickBar updates the bar five times a second with the bytes read and the articles stored,
// until the returned stop is called.
func tickBar(bar *progressbar.ProgressBar, mu *sync.Mutex, consumed, done *atomic.Int64) (stop func()) {
	start := time.Now()
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				n := done.Load()
				mu.Lock()
				bar.Describe(fmt.Sprintf("ingest: %d articles, %.0f/s", n, float64(n)/time.Since(start).Seconds()))
				bar.Set64(consumed.Load())
				mu.Unlock()
			}
		}
	}()
	return func() {
		close(quit)
		<-finished
		mu.Lock()
		bar.Finish()
		mu.Unlock()
	}
}

// anyInput reports whether any path is stdin or exists, so that a mistyped path does not
// create an empty store.
func anyInput(paths []string) bool {
	for _, p := range paths {
		if p == "-" {
			return true
		}
		if _, err := os.Stat(p); err == nil {
			return true
		}
	}
	return false
}

// pluralWhy puts a reason for skipping in the plural for n files: "stylesheet (.css)" ->
// "stylesheets (.css)", "script or stylesheet" -> "scripts or stylesheets", "binary file"
// -> "binary files".
func pluralWhy(n int, why string) string {
	if n == 1 {
		return why
	}
	head, tail, _ := strings.Cut(why, " (")
	if tail != "" {
		tail = " (" + tail
	}
	words := strings.Fields(head)
	for i, w := range words {
		if w != "or" && (i == len(words)-1 || words[i+1] == "or") {
			words[i] = w + "s"
		}
	}
	return strings.Join(words, " ") + tail
}

// plural says "1 article", "2 articles".
func plural(n int, noun string) string {
	return pluralNoun(n, noun, noun+"s")
}

// pluralNoun says "1 entity", "2 entities".
func pluralNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
