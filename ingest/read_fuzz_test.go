package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as stdin in format and checks what every caller relies on: no
// panic, articles with an ID and UTF-8 text or a title, errors that are ReadErrors naming stdin.
func fuzzRead(t *testing.T, format string, data []byte) {
	opts := ReadOptions{Format: format, MaxArticle: 1 << 20, MaxDecompressed: 4 << 20}
	err := Read(context.Background(), []string{"-"}, strings.NewReader(string(data)), opts, func(a *Article) error {
		if a.ID == "" || a.ID != ArticleID(a) {
			t.Errorf("ID %q, want %q", a.ID, ArticleID(a))
		}
		if strings.TrimSpace(a.Body()) == "" {
			t.Error("article with no text and no title")
		}
		for _, s := range []string{a.Title, a.Text, a.URL, a.Source, a.Published} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 in %q", s)
			}
		}
		if a.Published != "" {
			if _, err := parseDate(a.Published); err != nil || len(a.Published) > 10 {
				t.Errorf("published %q is not an ISO date", a.Published)
			}
		}
		return nil
	}, func(err error) {
		var re *ReadError
		if !errors.As(err, &re) || re.Path != "-" || re.Err == nil {
			t.Errorf("error %#v is not a ReadError for -", err)
		}
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"title\": \"T\", \"date\": \"2001-02-03\", \"text\": \"Body.\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "jsonl", data)
		fuzzRead(t, "json", data)
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><p>Body.</p></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "html", data) })
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>F</title><item><title>T</title><description>Body.</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "rss", data) })
}

func FuzzReadMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: T\ndate: 2001-02-03\n---\n# Heading\n\nBody with a [link](https://example.com).\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "markdown", data)
		fuzzRead(t, "text", data)
		fuzzRead(t, "", data)
	})
}
