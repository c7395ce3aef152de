package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// readFeed reads an RSS or Atom feed: each item is an article, the feed's title its Source.
// decoded says that in was decoded to UTF-8 from UTF-16 or UTF-32, which the feed's XML
// declaration may still name.
func (r *reader) readFeed(origin string, in io.Reader, decoded bool) error {
	b, err := readAll(in, r.opts.MaxArticle, "feed")
	if err != nil {
		return err
	}
	if decoded {
		b = utf8Declaration(b)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	var cut error
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return errors.New("not an rss or atom feed; check the file or pass --format")
		}
		cut = fmt.Errorf("feed: %v; the file is damaged or cut short", err)
		// The items before the damage are whole: read the feed up to the last item that
		// ends, as the JSON reader keeps the items before a cut.
		whole := wholeItems(b)
		if whole == nil {
			return cut
		}
		if feed, err = gofeed.NewParser().Parse(bytes.NewReader(whole)); err != nil || len(feed.Items) == 0 {
			return cut
		}
		cut = fmt.Errorf("feed: damaged or cut short; the whole items before the damage (%d) were read, fetch it again for the rest", len(feed.Items))
	}
	emitted := 0
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		a, err := feedArticle(feed, it)
		if err != nil {
			r.fail(origin, 0, fmt.Errorf("item %d: %v", i+1, err))
			continue
		}
		a.Origin = fmt.Sprintf("%s#%d", origin, i+1)
		if err := r.article(a); err != nil {
			return err
		}
		emitted++
	}
	if len(feed.Items) == 0 {
		return errors.New("feed has no items, no article in it")
	}
	return cut
}

// wholeItems returns feed b up to the end of its last whole item (RSS) or entry (Atom),
// with the elements still open closed, or nil when no item ends in b.
func wholeItems(b []byte) []byte {
	for _, t := range []struct{ end, closing string }{{"</item>", "</channel></rss>"}, {"</entry>", "</feed>"}} {
		if i := bytes.LastIndex(b, []byte(t.end)); i >= 0 {
			out := append([]byte(nil), b[:i+len(t.end)]...)
			return append(out, t.closing...)
		}
	}
	return nil
}

// xmlEncoding is the encoding named by an XML declaration.
var xmlEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?\sencoding\s*=\s*)(?:"[^"]*"|'[^']*')`)

// utf8Declaration makes the XML declaration at the start of b, if any, name UTF-8, for a
// feed already decoded to UTF-8 whose declaration still names the encoding it came in.
func utf8Declaration(b []byte) []byte {
	return xmlEncoding.ReplaceAll(b, []byte(`${1}"UTF-8"`))
}

func feedArticle(feed *gofeed.Feed, it *gofeed.Item) (*Article, error) {
	a := &Article{
		Title:  strings.TrimSpace(htmlText(it.Title)),
		URL:    strings.TrimSpace(it.Link),
		Source: strings.TrimSpace(feed.Title),
	}
	if a.URL == "" && len(it.Links) > 0 {
		a.URL = it.Links[0]
	}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	a.Text = htmlText(body)
	if a.Text == "" && a.Title == "" {
		return nil, errors.New("no title, content or description; an article needs its text or a title")
	}
	a.Published = feedDate(it.Published, it.PublishedParsed)
	if a.Published == "" {
		a.Published = feedDate(it.Updated, it.UpdatedParsed)
	}
	return a, nil
}

// feedDate prefers the date as written, which keeps its own offset; gofeed's parsed time is
// the fallback for forms parseDate does not know.
func feedDate(raw string, parsed *time.Time) string {
	if d, err := parseDate(raw); err == nil && d != "" {
		return d
	}
	if parsed != nil && !parsed.IsZero() {
		return parsed.Format("2006-01-02")
	}
	return ""
}

// htmlText returns the visible text of an HTML fragment (plain text passes through).
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return tidyText(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return tidyText(s)
	}
	return tidyText(visibleText(doc))
}
