package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// Options tune Run.
type Options struct {
	// Date, when set (--date), is every article's date, whatever its metadata says.
	Date timex.Date
	// Workers is the number of extraction goroutines; 0 means one per core.
	Workers int
	// BatchSize is the number of articles written in one store transaction; 0 means 128.
	BatchSize int
	// Notice receives messages for the user about single articles (how one was dated).
	Notice func(msg string)
	// Error receives each article that could not be read or stored.
	Error func(err error)
	// Progress is called after each batch is written, from the writer goroutine.
	Progress func(s Summary)
}

// Summary counts what an ingest did.
type Summary struct {
	Read, New, Skipped, Replaced, Failed int
	Entities, Events, Quads              int
	Bytes                                int64
	Elapsed                              time.Duration
}

// Source produces articles: it calls emit for each one and onErr for each that cannot be
// read, and returns when done or when ctx is cancelled. Read, bound to its paths, is one.
type Source func(ctx context.Context, emit func(*Article) error, onErr func(error)) error

// Run reads articles from src, extracts them on Workers goroutines and writes them to store
// in batches, one transaction a batch, so an interrupted run leaves only whole articles.
// Memory is bounded by the queues, not by the input: a long article's extraction is turned
// into its document part by part (ExtractDocument), and an article's Text is dropped once
// its Body is made. Articles already stored with the same
// content are skipped before extraction. Run returns the summary and the first error that
// stopped it (a store error, or ctx's error when cancelled); articles that failed alone are
// counted in Summary.Failed and passed to opts.Error.
func Run(ctx context.Context, store graph.Store, x *extract.Extractor, src Source, opts Options) (Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 128
	}
	notice := opts.Notice
	if notice == nil {
		notice = func(string) {}
	}
	var sum Summary
	var mu sync.Mutex // guards sum's Failed and Read, written by reader and workers
	fail := func(err error) {
		mu.Lock()
		sum.Failed++
		mu.Unlock()
		if opts.Error != nil {
			opts.Error(err)
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	articles := make(chan *Article, workers*4)
	docs := make(chan *graph.Document, batch*2)

	var readErr error
	go func() {
		defer close(articles)
		readErr = src(ctx, func(a *Article) error {
			mu.Lock()
			sum.Read++
			sum.Bytes += int64(len(a.Title) + len(a.Text))
			mu.Unlock()
			select {
			case articles <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, fail)
	}()

	var wg sync.WaitGroup
	var skipped int
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range articles {
				date, how := ArticleDate(a, opts.Date)
				hash := graph.HashID(a.Title, a.Text, a.URL, a.Source, date.String())
				if h, ok, err := store.ArticleHash(ctx, a.ID); err == nil && ok && (h == hash || date.IsZero() && sameWithStoredDate(ctx, store, a, h)) {
					// The same article again; or the same text read with no date, stored
					// with one given before: the stored date stands ("--date" changes it).
					// Nothing is said of its date: it is not read again.
					mu.Lock()
					skipped++
					mu.Unlock()
					continue
				}
				if opts.Date.IsZero() {
					for _, n := range a.Notes {
						notice(fmt.Sprintf("%s: %s", a.Origin, n))
					}
				}
				if how != "" {
					notice(fmt.Sprintf("%s: %s", a.Origin, how))
				}
				body := a.Body()
				// body holds the text from here on: a copy when a title was put before it,
				// and an article's text is the largest thing it has.
				a.Text = ""
				if n := extract.PartsNotice(body); n != "" {
					notice(fmt.Sprintf("%s: %s", a.Origin, n))
				}
				d, dropped, err := ExtractDocument(ctx, x, a, body, date, hash)
				if err != nil && ctx.Err() == nil {
					fail(fmt.Errorf("%s: %w", a.Origin, err)) // a bug met by this article alone (extract.ErrInternal)
					continue
				}
				if err != nil {
					return // ctx is done; the loop below reports it
				}
				if dropped > 0 {
					notice(fmt.Sprintf("%s: %d events found; the first %d are stored and %d left out (an article keeps at most %d: is it many articles in one, or one text repeated? split it to keep them all)",
						a.Origin, len(d.Events)+dropped, len(d.Events), dropped, maxArticleEvents))
				}
				select {
				case docs <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(docs)
	}()

	var storeErr error
	pending := make([]*graph.Document, 0, batch)
	flush := func() {
		if len(pending) == 0 || storeErr != nil {
			return
		}
		// An interrupted run still writes the whole articles it has extracted.
		res, err := store.Put(context.WithoutCancel(ctx), pending)
		if err != nil {
			storeErr = err
			cancel()
			return
		}
		for i, r := range res {
			switch r.Status {
			case graph.Added:
				sum.New++
			case graph.Replaced:
				sum.Replaced++
			case graph.Skipped:
				sum.Skipped++
				continue
			}
			sum.Quads += r.Quads
			sum.Entities += len(pending[i].Entities)
			sum.Events += len(pending[i].Events)
		}
		pending = pending[:0]
		if opts.Progress != nil {
			mu.Lock()
			s := sum
			s.Skipped += skipped
			mu.Unlock()
			s.Elapsed = time.Since(start)
			opts.Progress(s)
		}
	}
	for d := range docs {
		pending = append(pending, d)
		if len(pending) == batch {
			flush()
		}
	}
	flush()

	mu.Lock()
	sum.Skipped += skipped
	mu.Unlock()
	sum.Elapsed = time.Since(start)
	switch {
	case storeErr != nil:
		return sum, storeErr
	case readErr != nil && !errors.Is(readErr, context.Canceled):
		return sum, readErr
	}
	return sum, ctx.Err()
}

// ArticleDate decides an article's date: --date when given; else its metadata; else its
// dateline; else the date its URL carries (/2015/03/18/); else the latest full date its
// text states. how says how, for a notice, when the date did not come from --date, the
// metadata or the dateline ("" otherwise).
func ArticleDate(a *Article, given timex.Date) (d timex.Date, how string) {
	if !given.IsZero() {
		return given, ""
	}
	if a.Published != "" {
		if d, err := timex.ParseDate(a.Published); err == nil {
			return d, ""
		}
	}
	if d, ok := timex.Dateline(a.Text); ok {
		return d, ""
	}
	if d, ok := urlDate(a.URL); ok {
		return d, fmt.Sprintf("no date in its metadata or dateline; dated %s by its URL (use --date to set one)", d)
	}
	if d, ok := timex.LatestFull(a.Text); ok {
		return d, fmt.Sprintf("no date in its metadata; dated %s, the latest full date in its text (use --date to set one)", d)
	}
	return timex.Date{}, "no date found; relative dates such as \"on Tuesday\" stay unresolved (use --date to set one)"
}

// urlPathDate is a date as a URL path carries it: /2015/03/18/, /2015-03-18/, /20150318/,
// or /2015/03/ for a month.
var urlPathDate = regexp.MustCompile(`/((?:19|20)[0-9]{2})(?:[/-]([01]?[0-9])(?:[/-]([0-3]?[0-9]))?|([01][0-9])([0-3][0-9]))(?:/|$|[-_.])`)

// urlDate reads the date in the path of raw, if it carries one.
func urlDate(raw string) (timex.Date, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Path == "" {
		return timex.Date{}, false
	}
	for _, m := range urlPathDate.FindAllStringSubmatch(u.Path, -1) {
		mo, day := m[2], m[3]
		if m[4] != "" {
			mo, day = m[4], m[5]
		}
		if mo == "" {
			continue // a bare year in a path is too often something else
		}
		y, _ := strconv.Atoi(m[1])
		month, _ := strconv.Atoi(mo)
		if day == "" {
			if month >= 1 && month <= 12 {
				return timex.Date{Year: y, Month: month}, true
			}
			continue
		}
		d, _ := strconv.Atoi(day)
		if date, ok := checked(y, month, d); ok {
			return date, true
		}
	}
	return timex.Date{}, false
}

// sameWithStoredDate reports whether the stored article a.ID, whose content hash is h, is
// article a under the date it was stored with: re-reading an article without a date (none
// given, none in its text) does not replace the copy an earlier ingest dated.
func sameWithStoredDate(ctx context.Context, store graph.Store, a *Article, h string) bool {
	vals, err := store.Out(ctx, graph.ArticleIRI(a.ID), graph.PredPublished)
	if err != nil || len(vals) == 0 {
		return false
	}
	return graph.HashID(a.Title, a.Text, a.URL, a.Source, graph.Text(vals[0])) == h
}
