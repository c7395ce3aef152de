package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/syndtr/goleveldb/leveldb"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/relgraph/relgraph/internal/heaptest"
)

// formats is testdata/formats at the module root.
func formats(t testing.TB, name ...string) string {
	t.Helper()
	return filepath.Join(append([]string{"..", "testdata", "formats"}, name...)...)
}

// readAllArticles runs Read and collects what it emits and reports.
func readAllArticles(t testing.TB, paths []string, stdin io.Reader, opts ReadOptions) ([]*Article, []error) {
	t.Helper()
	var got []*Article
	var errs []error
	err := Read(context.Background(), paths, stdin, opts, func(a *Article) error {
		got = append(got, a)
		return nil
	}, func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	for _, a := range got {
		if a.ID == "" || a.ID != ArticleID(a) {
			t.Errorf("%s: ID %q, want ArticleID %q", a.Origin, a.ID, ArticleID(a))
		}
		if strings.TrimSpace(a.Text+a.Title) == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Errorf("%s: no text or title, or not UTF-8: %q %q", a.Origin, a.Title, a.Text)
		}
		if a.Origin == "" {
			t.Errorf("article %q without Origin", a.Title)
		}
	}
	return got, errs
}

// want is what a test expects of one emitted article.
type want struct {
	title, published, url, source, origin string
	has                                   []string // substrings of Text
	hasNot                                []string // substrings that must not be in Text
}

func checkArticle(t *testing.T, a *Article, w want) {
	t.Helper()
	if a.Title != w.title {
		t.Errorf("%s: title %q, want %q", a.Origin, a.Title, w.title)
	}
	if a.Published != w.published {
		t.Errorf("%s: published %q, want %q", a.Origin, a.Published, w.published)
	}
	if a.URL != w.url {
		t.Errorf("%s: url %q, want %q", a.Origin, a.URL, w.url)
	}
	if a.Source != w.source {
		t.Errorf("%s: source %q, want %q", a.Origin, a.Source, w.source)
	}
	if w.origin != "" && a.Origin != w.origin {
		t.Errorf("origin %q, want %q", a.Origin, w.origin)
	}
	for _, s := range w.has {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%s: text lacks %q:\n%s", a.Origin, s, a.Text)
		}
	}
	for _, s := range w.hasNot {
		if strings.Contains(a.Text, s) {
			t.Errorf("%s: text has %q:\n%s", a.Origin, s, a.Text)
		}
	}
}

func TestReadFormats(t *testing.T) {
	tests := []struct {
		file string
		want []want
	}{
		{"article.txt", []want{{
			title:  "Finland and Estonia agree to link power grids under the Baltic",
			origin: formats(t, "article.txt"),
			has:    []string{"HELSINKI, March 4, 2024 -- The prime ministers", "told reporters after the signing in Helsinki."},
			hasNot: []string{"under the Baltic"},
		}}},
		{"article.md", []want{{
			title:     "Chile and Argentina reopen mountain pass after storms",
			published: "2023-07-19",
			url:       "https://news.example.org/world/andes-pass-reopens?utm_source=feed",
			source:    "Example Wire",
			has: []string{
				"The Cristo Redentor pass between Chile and Argentina reopened on Wednesday after heavy snow closed it for six days, the Chilean public works ministry said.",
				"\nTrucks queue at the border\n",
				"\ndrivers slept in their cabs;\n",
				"\"We lost a week of exports,\" one fruit grower said.",
				"forecast for late July.",
			},
			hasNot: []string{"**", "](", "# ", "> ", "`", "tags:", "- transport", "reopen mountain pass after storms"},
		}}},
		{"article.html", []want{{
			title:     "Kenya and Tanzania sign border trade pact",
			published: "2022-11-03", // article:published_time in its own offset, over JSON-LD and <time>
			url:       "https://times.example.com/africa/kenya-tanzania-trade-pact",
			source:    "Example Times",
			has: []string{
				"NAIROBI -- Kenya and Tanzania signed an agreement on Thursday",
				"The agreement still needs approval by both cabinets",
			},
			hasNot: []string{"script text must not appear", "inline script marker", "secret-style-marker", "font-family", "Copyright Example Times"},
		}}},
		{"articles.json", []want{{
			title: "Portugal names new central bank governor", published: "2021-06-14",
			url: "https://wire.example.net/0001", source: "Example Wire", origin: formats(t, "articles.json") + ":2",
			has: []string{"LISBON -- Portugal's government"},
		}, {
			title: "Spain and Morocco hold talks on fishing rights", published: "2021-06-15", // RFC 1123
			source: "Example Wire", origin: formats(t, "articles.json") + ":10",
			has: []string{"MADRID -- Spanish and Moroccan officials"},
		}}},
		{"articles.jsonl", []want{{
			title: "Mongolia opens first wind farm in the Gobi", published: "2019-08-27",
			source: "Example Agency", origin: formats(t, "articles.jsonl") + ":1",
			has: []string{"ULAANBAATAR -- Mongolia's president"},
		}, {
			title: "Uruguay and Paraguay sign river transport deal", published: "2019-08", // month precision kept
			source: "Example Agency", origin: formats(t, "articles.jsonl") + ":2",
			has: []string{"MONTEVIDEO -- Uruguay and Paraguay"},
		}}},
		{"feed.rss", []want{{
			title: "Iceland and Norway extend fisheries cooperation", published: "2018-01-12", // not the UTC date
			url: "https://daily.example.com/iceland-norway-fisheries", source: "Example Daily World News",
			has:    []string{"REYKJAVIK -- Iceland and Norway agreed on Friday to extend their fisheries cooperation for another five years."},
			hasNot: []string{"<p>", "<b>", "feed script marker"},
		}, {
			title: "Ghana hosts regional health ministers", published: "2018-01-13",
			url: "https://daily.example.com/ghana-health-ministers", source: "Example Daily World News",
			has: []string{"ACCRA -- Health ministers"},
		}}},
		{"feed.atom", []want{{
			title: "Vietnam and the Philippines discuss sea patrols", published: "2017-05-02",
			url: "https://review.example.org/briefings/vietnam-philippines-patrols", source: "Example Review Briefings",
			has: []string{"HANOI -- Vietnamese and Philippine defence officials"}, hasNot: []string{"<p>"},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, errs := readAllArticles(t, []string{formats(t, tt.file)}, nil, ReadOptions{})
			for _, err := range errs {
				t.Errorf("unexpected error: %v", err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d articles, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				checkArticle(t, got[i], w)
			}

			// The same file gzipped, under its own name and under a name that hides the
			// format, reads the same (the format then comes from the content).
			raw, err := os.ReadFile(formats(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			for _, name := range []string{tt.file + ".gz", "noext"} {
				var buf bytes.Buffer
				zw := gzip.NewWriter(&buf)
				zw.Write(raw)
				zw.Close()
				if name == "noext" {
					buf.Reset()
					buf.Write(raw)
				}
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				again, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
				if len(errs) > 0 || len(again) != len(got) {
					t.Fatalf("%s: %d articles, errors %v; want %d articles", name, len(again), errs, len(got))
				}
				for i := range got {
					if again[i].ID != got[i].ID || again[i].Published != got[i].Published || again[i].Title != got[i].Title {
						t.Errorf("%s: article %d differs: %+v, want %+v", name, i, again[i], got[i])
					}
				}
			}
		})
	}
}

func TestReadMixedFolder(t *testing.T) {
	dir := formats(t, "mixed")
	var skipped []string
	got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{Skipped: func(path, why string) {
		skipped = append(skipped, filepath.Base(path)+": "+why)
	}})
	var titles []string
	for _, a := range got {
		titles = append(titles, a.Title)
	}
	wantTitles := []string{"Peru and Bolivia pledge to protect Lake Titicaca", "Latvia orders new ferries", "Slovenia opens rail tunnel"}
	if strings.Join(titles, "|") != strings.Join(wantTitles, "|") {
		t.Errorf("titles %q, want %q (hidden files skipped, broken line and binary left out)", titles, wantTitles)
	}
	if len(errs) != 1 {
		t.Fatalf("errors %v, want 1", errs)
	}
	var re *ReadError
	if !errors.As(errs[0], &re) || re.Path != filepath.Join(dir, "b-wire.jsonl") || re.Line != 2 {
		t.Errorf("first error %v, want one for b-wire.jsonl line 2", errs[0])
	}
	if !strings.HasPrefix(errs[0].Error(), filepath.Join(dir, "b-wire.jsonl")+":2: ") {
		t.Errorf("message %q does not start with path:line", errs[0])
	}
	if want := "c-photo.png: image (.png)"; strings.Join(skipped, "|") != want {
		t.Errorf("skipped %q, want %q", skipped, want)
	}
	// Named on the command line, the same image is an error, not a silent skip; with
	// --format it is read, and its content found binary.
	photo := filepath.Join(dir, "c-photo.png")
	_, errs = readAllArticles(t, []string{photo}, nil, ReadOptions{})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), photo+": image (.png), not an article; ") {
		t.Errorf("errors %v, want the not-an-article message for %s", errs, photo)
	}
	_, errs = readAllArticles(t, []string{photo}, nil, ReadOptions{Format: "text"})
	if len(errs) != 1 || !errors.Is(errs[0], ErrBinary) || errs[0].Error() != photo+": binary file, not an article; remove it or point relgraph at the articles" {
		t.Errorf("errors %v, want the binary file message for %s", errs, photo)
	}
}

// TestReadFolderSkipsNonArticles skips what sits beside articles in a saved site, by
// extension and by content, and reads the articles.
func TestReadFolderSkipsNonArticles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "app.js", []byte("function show() { return 1; }\n"))
	write(t, dir, "site.css", []byte("body { margin: 0; }\n"))
	write(t, dir, "logo.svg", []byte("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n"))
	write(t, dir, "bundle", []byte("(function(){var a=1;})();\n"))
	write(t, dir, "styles-v2", []byte(".nav, .menu { color: red; }\n"))
	write(t, dir, "run", []byte("#!/bin/sh\necho hello\n"))
	write(t, dir, "thumb", bytes.Repeat([]byte{0x89, 0x50, 0, 0x1a}, 100))
	write(t, dir, "story.txt", []byte(goodStory))
	write(t, dir, "NOTES", []byte("Estonia and Latvia agreed on Monday to share a border radar.\n"))
	var skipped []string
	got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{Skipped: func(path, why string) {
		skipped = append(skipped, filepath.Base(path)+": "+why)
	}})
	if len(errs) != 0 || len(got) != 2 {
		t.Fatalf("got %d, errors %v; want the 2 articles", len(got), errs)
	}
	want := "app.js: script (.js)|bundle: script or stylesheet|logo.svg: image (.svg)|run: script or stylesheet|site.css: stylesheet (.css)|styles-v2: script or stylesheet|thumb: binary file"
	if strings.Join(skipped, "|") != want {
		t.Errorf("skipped\n%s\nwant\n%s", strings.Join(skipped, "|"), want)
	}
}

func TestReadStdin(t *testing.T) {
	in := strings.NewReader("{\"title\":\"A\",\"text\":\"First story.\"}\n{\"title\":\"B\",\"text\":\"Second story.\"}\n")
	got, errs := readAllArticles(t, []string{"-"}, in, ReadOptions{})
	if len(errs) != 0 || len(got) != 2 || got[1].Origin != "-:2" || got[1].Title != "B" {
		t.Fatalf("got %d articles (%v), errors %v", len(got), got, errs)
	}
	got, errs = readAllArticles(t, []string{"-"}, strings.NewReader("Plain headline\nA plain story from stdin."), ReadOptions{})
	if len(errs) != 0 || len(got) != 1 || got[0].Origin != "-" || got[0].Title != "Plain headline" {
		t.Fatalf("got %+v, errors %v", got, errs)
	}
}

func TestReadFieldRenames(t *testing.T) {
	in := strings.NewReader(`{"headline": "Renamed", "published": "2020-02-29", "story": "The text lives in story.", "text": 7}` + "\n")
	got, errs := readAllArticles(t, []string{"-"}, in, ReadOptions{Format: "jsonl", Fields: map[string]string{"text": "story", "date": "published", "title": "headline"}})
	if len(errs) != 0 || len(got) != 1 {
		t.Fatalf("got %d, errors %v", len(got), errs)
	}
	checkArticle(t, got[0], want{title: "Renamed", published: "2020-02-29", has: []string{"The text lives in story."}})
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct {
		name, format, input string
		emitted             int
		line                int
		msg                 []string // substrings of the one error
	}{
		{"wrong type title", "jsonl", "{\"title\": 5, \"text\": \"x\"}\n", 0, 1, []string{`field "title"`, "number, want a string"}},
		{"wrong type text", "jsonl", "{\"text\": \"ok\"}\n{\"text\": [\"a\"]}\n", 1, 2, []string{`field "text"`, "array"}},
		{"wrong type date", "json", "[{\"text\": \"ok\"},\n {\"date\": {\"y\": 1}, \"text\": \"x\"}]", 1, 2, []string{`field "date"`, "object"}},
		{"no text", "jsonl", "{\"author\": \"t\"}\n", 0, 1, []string{"no text or title", "--field text=author"}},
		{"text nested", "jsonl", "{\"id\": 3, \"fields\": {\"bodyText\": \"The story itself, longer than its id.\"}}\n", 0, 1, []string{"no text or title", `"fields.bodyText"`, "--field text=fields.bodyText"}},
		{"text an object", "jsonl", "{\"text\": {\"plain\": \"x\"}}\n", 0, 1, []string{`field "text" is an object`, "--field text=text.NAME"}},
		{"not an object", "jsonl", "[1, 2]\n", 0, 1, []string{"want an article object"}},
		{"truncated array", "json", "[{\"text\": \"first\"},\n{\"text\": \"sec", 1, 0, []string{"cut short", "truncated"}},
		{"truncated line", "jsonl", "{\"text\": \"first\"}\n{\"text\": \"sec", 1, 2, []string{"truncated"}},
		{"syntax error", "json", "[{\"text\": \"first\"},\n\n{\"text\" \"x\"}]", 1, 3, []string{"invalid json"}},
		{"empty array", "json", "[]", 0, 0, []string{"empty, no article"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := readAllArticles(t, []string{"-"}, strings.NewReader(tt.input), ReadOptions{Format: tt.format})
			if len(got) != tt.emitted {
				t.Errorf("emitted %d, want %d", len(got), tt.emitted)
			}
			if len(errs) != 1 {
				t.Fatalf("errors %v, want 1", errs)
			}
			var re *ReadError
			if !errors.As(errs[0], &re) || re.Path != "-" || re.Line != tt.line {
				t.Errorf("error %#v, want a ReadError for -:%d", errs[0], tt.line)
			}
			for _, s := range tt.msg {
				if !strings.Contains(errs[0].Error(), s) {
					t.Errorf("error %q lacks %q", errs[0], s)
				}
			}
			if m := errs[0].Error(); strings.HasSuffix(m, ".") || m != strings.ToLower(m[:1])+m[1:] {
				t.Errorf("error %q should be lower case without a final period", m)
			}
		})
	}
}

func TestReadJSONWrapper(t *testing.T) {
	in := `{"status": "ok", "total": 2,
  "articles": [
    {"title": "First", "publishedAt": "2020-03-01T10:00:00Z", "content": "The first story."},
    {"title": "Second", "content": 42},
    {"title": "Third", "content": "The third story."}
  ]}`
	got, errs := readAllArticles(t, []string{"-"}, strings.NewReader(in), ReadOptions{Format: "json", Fields: map[string]string{"date": "publishedAt"}})
	if len(got) != 2 || got[0].Origin != "-:3" || got[0].Published != "2020-03-01" || got[1].Origin != "-:5" {
		t.Errorf("got %+v", got)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "-:4: field \"content\" is a number") {
		t.Errorf("errors %v, want one for -:4", errs)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2006", "2006"},
		{"2006-11", "2006-11"},
		{"2006-11-02", "2006-11-02"},
		{"2006-11-02T23:30:00-05:00", "2006-11-02"},
		{"2006-11-02T01:30:00+09:00", "2006-11-02"},
		{"2006-11-02 08:15:00", "2006-11-02"},
		{"Thu, 02 Nov 2006 22:00:00 -0800", "2006-11-02"},
		{"Thu, 2 Nov 2006 22:00:00 GMT", "2006-11-02"},
		{"November 2, 2006", "2006-11-02"},
		{"2 November 2006", "2006-11-02"},
		// ISO 8601 basic form, as GDELT writes seendate, and the other ISO forms.
		{"20230321T120000Z", "2023-03-21"},
		{"20230321T1200Z", "2023-03-21"},
		{"20230321T120000+0530", "2023-03-21"},
		{"20230321T12", "2023-03-21"},
		{"20230321", "2023-03-21"},
		{"2023-03-21T12:00:00.123456Z", "2023-03-21"},
		{"2023-03-21T12:00:00,5+01", "2023-03-21"},
		{"2023-03-21T12:00", "2023-03-21"},
		{"2023-03-21T12", "2023-03-21"},
		{"2023-03-21 12:00:00 +0000", "2023-03-21"},
		{"2023-03-21 12:00:00 +0000 UTC", "2023-03-21"},
		{"2023-W12-2", "2023-03-21"},
		{"2023W122", "2023-03-21"},
		{"2023-W12", "2023-03"},
		{"2023-080", "2023-03-21"},
		{"2023080", "2023-03-21"},
		// What CMSs write in meta tags.
		{"Tue, 07/11/2023 - 17:57", "2023-07-11"},
		{"07/11/2023 - 17:57", "2023-07-11"},
		{"07/11/2023", "2023-07-11"},
		{"25/11/2023 17:57", "2023-11-25"},
		{"11.07.2023", "2023-07-11"},
		{"11.07.2023 17:57", "2023-07-11"},
		{"2023/07/11 17:57", "2023-07-11"},
		{"July 11, 2023 at 5:57 pm", "2023-07-11"},
		{"Jul 11, 2023, 5:57 PM EDT", "2023-07-11"},
		{"Tuesday, July 11th, 2023", "2023-07-11"},
		{"11 July 2023, 17:57 CEST", "2023-07-11"},
		{"Sept. 4, 2023", "2023-09-04"},
		{"January 2006", "2006-01"},
		{"Tue Jul 11 2023 17:57:00 GMT+0200", "2023-07-11"},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"2006-13-01", "2006-02-30", "yesterday", "2006-11-02Tnonsense",
		"20230231T120000Z", "20230321T250000Z", "2023-W54", "2023-366", "13/13/2023", "July 32, 2023", "Smarch 3, 2023", "07/11/2023 and more"} {
		if got, err := parseDate(bad); err == nil {
			t.Errorf("parseDate(%q) = %q, want an error", bad, got)
		}
	}
}

func TestArticleID(t *testing.T) {
	a := &Article{Title: "T", Text: "Body", URL: "http://www.Example.com/story/?utm_source=x#top"}
	b := &Article{Title: "Other title", Text: "Other body", URL: "https://example.com/story"}
	if ArticleID(a) != ArticleID(b) {
		t.Errorf("same story under URL variants: IDs %s and %s differ", ArticleID(a), ArticleID(b))
	}
	c := &Article{Title: "T", Text: "Body"}
	d := &Article{Title: "T", Text: "Body changed"}
	if ArticleID(c) == ArticleID(d) || ArticleID(c) != ArticleID(&Article{Title: "T", Text: "Body"}) {
		t.Errorf("content IDs: %s %s", ArticleID(c), ArticleID(d))
	}
	if ArticleID(a) == ArticleID(&Article{URL: "https://example.com/other"}) {
		t.Error("different URLs share an ID")
	}
}

// write creates a file under dir and returns its path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodStory = "Good story\nVALLETTA -- Malta's parliament approved a new port budget on Monday.\n"

func TestReadHostile(t *testing.T) {
	t.Run("empty file", func(t *testing.T) {
		dir := t.TempDir()
		empty := write(t, dir, "a-empty.txt", nil)
		write(t, dir, "b-blank.jsonl", []byte("\n\n  \n"))
		write(t, dir, "c-good.txt", []byte(goodStory))
		got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{})
		if len(got) != 1 || len(errs) != 2 {
			t.Fatalf("got %d articles, errors %v; want 1 and 2", len(got), errs)
		}
		if !errors.Is(errs[0], ErrEmpty) || !strings.HasPrefix(errs[0].Error(), empty+": empty, no article") {
			t.Errorf("error %q", errs[0])
		}
	})
	t.Run("invalid utf-8 repaired", func(t *testing.T) {
		p := write(t, t.TempDir(), "latin1.txt", []byte("Caf\xe9 owners protest\nLISBON -- Owners of the Caf\xe9 Central protested on Monday.\n"))
		got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
		if len(errs) != 0 || len(got) != 1 {
			t.Fatalf("got %d, errors %v", len(got), errs)
		}
		if got[0].Title != "Caf\uFFFD owners protest" || !strings.Contains(got[0].Text, "Caf\uFFFD Central") {
			t.Errorf("not repaired with U+FFFD: %q / %q", got[0].Title, got[0].Text)
		}
	})
	t.Run("legacy charset html", func(t *testing.T) {
		page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 owners protest</title></head>" +
			"<body><p>LISBON \x96 Owners of the Caf\xe9 Central protested on Monday.</p></body></html>"
		p := write(t, t.TempDir(), "legacy.html", []byte(page))
		got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
		if len(errs) != 0 || len(got) != 1 {
			t.Fatalf("got %d, errors %v", len(got), errs)
		}
		checkArticle(t, got[0], want{title: "Café owners protest", has: []string{"LISBON – Owners of the Café Central"}})
	})
	t.Run("binary", func(t *testing.T) {
		dir := t.TempDir()
		write(t, dir, "a.txt", bytes.Repeat([]byte{0xff, 0xfe, 0x01, 0x9c}, 300))
		write(t, dir, "b.json", append([]byte(`{"text": "x"}`), 0, 0, 0))
		write(t, dir, "c-good.txt", []byte(goodStory))
		got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{})
		if len(got) != 1 || len(errs) != 2 || !errors.Is(errs[0], ErrBinary) || !errors.Is(errs[1], ErrBinary) {
			t.Fatalf("got %d, errors %v; want 1 article and 2 binary errors", len(got), errs)
		}
	})
	t.Run("30 MB single line", func(t *testing.T) {
		dir := t.TempDir()
		line := bytes.Repeat([]byte("word "), 6<<20) // 30 MiB, no newline
		txt := write(t, dir, "long.txt", line)
		jsonl := write(t, dir, "long.jsonl", append(append(append([]byte(`{"text": "`), line...), "\"}\n"...),
			`{"title": "After", "text": "The line after the long one still reads."}`...))
		// Over the cap: a clear error, and the next line of the JSONL file still emits.
		got, errs := readAllArticles(t, []string{txt, jsonl}, nil, ReadOptions{MaxArticle: 1 << 20})
		if len(got) != 1 || got[0].Title != "After" || got[0].Origin != jsonl+":2" {
			t.Errorf("got %d articles, want only the line after the long one", len(got))
		}
		if len(errs) != 2 || !errors.Is(errs[0], ErrTooLarge) || !errors.Is(errs[1], ErrTooLarge) ||
			!strings.Contains(errs[0].Error(), "--max-article") || !strings.HasPrefix(errs[1].Error(), jsonl+":1: ") {
			t.Errorf("errors %v, want too large for %s and %s:1", errs, txt, jsonl)
		}
		// Within the default cap it is one article.
		got, errs = readAllArticles(t, []string{txt}, nil, ReadOptions{})
		if len(errs) != 0 || len(got) != 1 || len(got[0].Text) < 30<<20-1 {
			t.Errorf("default cap: %d articles, errors %v", len(got), errs)
		}
	})
	t.Run("jsonl memory stays bounded", func(t *testing.T) {
		// Many lines: reading them must not hold the file.
		dir := t.TempDir()
		f, err := os.Create(filepath.Join(dir, "many.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		row := `{"title": "Row", "text": "` + strings.Repeat("Ministers met again. ", 200) + `"}` + "\n"
		for i := 0; i < 20000; i++ { // about 80 MB
			f.WriteString(row)
		}
		f.Close()
		// The live heap (heaptest.Live, after a collection), not HeapInuse, which holds
		// garbage the collector has not reached yet and failed CI by its timing alone.
		before := heaptest.Live()
		n := 0
		var peak uint64
		err = Read(context.Background(), []string{f.Name()}, nil, ReadOptions{}, func(a *Article) error {
			n++
			if n%2000 == 0 {
				peak = max(peak, heaptest.Live())
			}
			return nil
		}, func(err error) { t.Error(err) })
		if err != nil || n != 20000 {
			t.Fatalf("read %d, err %v", n, err)
		}
		if peak > before+40<<20 {
			t.Errorf("heap grew by %d MB reading an 80 MB JSONL file", (peak-before)>>20)
		}
	})
	t.Run("deeply nested html", func(t *testing.T) {
		const depth = 100_000
		var b bytes.Buffer
		b.WriteString("<html><head><title>Deep page</title></head><body>")
		for i := 0; i < depth; i++ {
			b.WriteString("<div>")
		}
		b.WriteString("<p>NICOSIA -- Cyprus opened a desalination plant on Friday.</p><script>hidden()</script>")
		for i := 0; i < depth; i++ {
			b.WriteString("</div>")
		}
		b.WriteString("</body></html>")
		p := write(t, t.TempDir(), "deep.html", b.Bytes())
		got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
		if len(errs) != 0 || len(got) != 1 {
			t.Fatalf("got %d, errors %v", len(got), errs)
		}
		checkArticle(t, got[0], want{title: "Deep page", has: []string{"Cyprus opened a desalination plant"}, hasNot: []string{"hidden()"}})
	})
	t.Run("symlink loop", func(t *testing.T) {
		dir := t.TempDir()
		write(t, dir, "sub/good.txt", []byte(goodStory))
		if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
		os.Symlink("self", filepath.Join(dir, "self"))        // a link to itself
		os.Symlink("nowhere", filepath.Join(dir, "dangling")) // a link to nothing
		got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{})
		if len(got) != 1 {
			t.Errorf("got %d articles, want the one file once", len(got))
		}
		var loop, self, dangling bool
		for _, err := range errs {
			loop = loop || strings.Contains(err.Error(), "symlink loop")
			self = self || strings.HasPrefix(err.Error(), filepath.Join(dir, "self")+": ")
			dangling = dangling || err.Error() == filepath.Join(dir, "dangling")+": broken symlink; fix its target or remove it"
		}
		if !loop || !self || !dangling {
			t.Errorf("errors %v, want a symlink loop, the self link and the broken link named", errs)
		}
	})
	t.Run("gzip bomb", func(t *testing.T) {
		dir := t.TempDir()
		f, err := os.Create(filepath.Join(dir, "bomb.txt.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
		chunk := bytes.Repeat([]byte("boom "), 1<<20)
		for i := 0; i < 40; i++ { // 200 MiB decompressed, a few hundred KB on disk
			zw.Write(chunk)
		}
		zw.Close()
		f.Close()
		write(t, dir, "good.txt", []byte(goodStory))
		got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{MaxDecompressed: 16 << 20, MaxArticle: 512 << 20})
		if len(got) != 1 || len(errs) != 1 {
			t.Fatalf("got %d articles, errors %v", len(got), errs)
		}
		if !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "decompresses to more than 16 MiB") {
			t.Errorf("error %q, want the decompression cap", errs[0])
		}
	})
	t.Run("truncated gzip", func(t *testing.T) {
		dir := t.TempDir()
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		for i := 0; i < 200; i++ {
			fmt.Fprintf(zw, "%s Paragraph %d of a long story.\n\n", goodStory, i*7919%1000)
		}
		zw.Close()
		raw := buf.Bytes()
		p := write(t, dir, "cut.txt.gz", raw[:len(raw)/2])
		got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
		if len(got) != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), p+": ") || !strings.Contains(errs[0].Error(), "cut short; copy or download it again") {
			t.Errorf("got %d articles, errors %v; want one error naming the file as cut short", len(got), errs)
		}
	})
	t.Run("truncated feed", func(t *testing.T) {
		raw, err := os.ReadFile(formats(t, "feed.rss"))
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for _, cut := range []int{len(raw) / 3, len(raw) / 2, len(raw) - 40} {
			p := write(t, dir, "cut.rss", raw[:cut])
			_, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
			if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), p+": ") {
				t.Errorf("cut at %d: errors %v, want one naming the file", cut, errs)
			}
		}
	})
	t.Run("file vanishes", func(t *testing.T) {
		dir := t.TempDir()
		write(t, dir, "a.txt", []byte(goodStory))
		gone := write(t, dir, "b.txt", []byte(goodStory))
		write(t, dir, "c.txt", []byte("Third\nThe third story still reads.\n"))
		var errs []error
		n := 0
		err := Read(context.Background(), []string{dir}, nil, ReadOptions{}, func(a *Article) error {
			n++
			if n == 1 {
				os.Remove(gone) // after the folder was listed, before b.txt is opened
			}
			return nil
		}, func(err error) { errs = append(errs, err) })
		if err != nil || n != 2 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), gone+": no such file any more") {
			t.Errorf("read %d, err %v, errors %v", n, err, errs)
		}
	})
	t.Run("missing path", func(t *testing.T) {
		_, errs := readAllArticles(t, []string{filepath.Join(t.TempDir(), "nope.jsonl")}, nil, ReadOptions{})
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no such file") {
			t.Errorf("errors %v", errs)
		}
	})
}

// gzipped compresses b.
func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestReadGzipPastCap reads gzipped JSONL and JSON that decompress past a small
// --max-decompressed: each file must stop at the cap with one error that names it, the cap
// and the flag (not one false "line longer than" per byte left, as before), keep the
// articles that came whole before the cap, and let the next input be read.
func TestReadGzipPastCap(t *testing.T) {
	const limit = 16 << 10
	filler := `{"title": "Filler", "text": "` + strings.Repeat("Harbour ministers met again on Friday. ", 30) + `"}`
	var jsonl, array bytes.Buffer
	jsonl.WriteString(`{"title": "First", "text": "OSLO -- Norway opened a new ferry line on Monday."}` + "\n")
	jsonl.WriteString(`{"title": "Second", "text": "BERGEN -- The ferry line carried its first cars on Tuesday."}` + "\n")
	array.WriteString("[\n")
	for jsonl.Len() < 256<<10 {
		jsonl.WriteString(filler + "\n")
		array.WriteString(filler + ",\n")
	}
	array.WriteString(filler + "\n]\n")
	dir := t.TempDir()
	wire := write(t, dir, "a-wire.jsonl.gz", gzipped(t, jsonl.Bytes()))
	items := write(t, dir, "b-items.json.gz", gzipped(t, array.Bytes()))
	write(t, dir, "c-good.txt", []byte(goodStory))

	got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{MaxDecompressed: limit})
	if len(errs) != 2 {
		t.Fatalf("%d errors, want one per gzipped file; the first ones: %v", len(errs), errs[:min(len(errs), 3)])
	}
	for i, p := range []string{wire, items} {
		msg := errs[i].Error()
		if !strings.HasPrefix(msg, p+": ") || !strings.Contains(msg, "decompresses to more than 16 KiB") ||
			!strings.Contains(msg, "--max-decompressed") || !errors.Is(errs[i], ErrTooLarge) {
			t.Errorf("error %q, want %s named with the 16 KiB cap and --max-decompressed", msg, p)
		}
	}
	byFile := map[string][]string{}
	for _, a := range got {
		file, _, _ := strings.Cut(a.Origin, ".gz:")
		byFile[file] = append(byFile[file], a.Title)
	}
	fit := limit / (len(filler) + 1) // fillers that fit whole under the cap
	if w := byFile[strings.TrimSuffix(wire, ".gz")]; len(w) < 3 || w[0] != "First" || w[1] != "Second" || len(w) > 2+fit {
		t.Errorf("from %s: %v, want First, Second and the fillers whole before the cap", wire, w)
	}
	if n := len(byFile[strings.TrimSuffix(items, ".gz")]); n == 0 || n > fit {
		t.Errorf("from %s: %d items, want the few whole before the cap", items, n)
	}
	if last := got[len(got)-1]; last.Title != "Good story" {
		t.Errorf("the input after the gzipped files was not read: last article %q from %s", last.Title, last.Origin)
	}
}

// TestReadSpecialFiles reads a named pipe that nobody writes to, alone and in a folder
// between two articles, and a character device. Opening such a pipe used to wait forever
// for a writer, whatever Ctrl-C said. Each must be skipped with an error that names it as
// not an article, and the articles around it read. A deadline turns a hang into a failure.
func TestReadSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a-first.txt", []byte(goodStory))
	pipe := filepath.Join(dir, "b-pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	write(t, dir, "c-last.txt", []byte("Last story\nTALLINN -- Estonia opened a rail link on Sunday.\n"))
	paths := []string{dir, pipe}
	if fi, err := os.Stat("/dev/null"); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		paths = append(paths, "/dev/null")
	}

	type result struct {
		got  []*Article
		errs []error
	}
	done := make(chan result, 1)
	go func() {
		got, errs := readAllArticles(t, paths, nil, ReadOptions{})
		done <- result{got, errs}
	}()
	var res result
	select {
	case res = <-done:
	case <-time.After(time.Minute):
		// Release the reader stuck in open, so that the test ends.
		if w, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatal("Read hung on a named pipe with no writer")
	}
	if len(res.got) != 2 || res.got[0].Title != "Good story" || res.got[1].Title != "Last story" {
		t.Errorf("read %d articles, want the two around the pipe", len(res.got))
	}
	if len(res.errs) != len(paths) {
		t.Fatalf("errors %v, want one for each special file", res.errs)
	}
	for i, p := range append([]string{pipe}, paths[1:]...) {
		msg := res.errs[i].Error()
		if !strings.HasPrefix(msg, p+": not a regular file: not an article") {
			t.Errorf("error %q, want %s named as not a regular file", msg, p)
		}
	}
}

// TestReadUTF16And32 reads articles saved as UTF-16 and UTF-32 with a byte order mark, as
// Windows tools write them, in every format: they were refused as binary. Each must
// read as the same article as its UTF-8 original, accents and a character outside the basic
// plane (a pair of surrogates in UTF-16) included.
func TestReadUTF16And32(t *testing.T) {
	const title, body = "Zürich café reopens 𝄞", "ZÜRICH -- The Café Odeon reopened on Monday after a year of repairs."
	originals := map[string]string{
		"txt":   title + "\n" + body + "\n",
		"md":    "# " + title + "\n\n" + body + "\n",
		"json":  `{"title": "` + title + `", "text": "` + body + `"}`,
		"jsonl": `{"title": "` + title + `", "text": "` + body + `"}` + "\n" + `{"title": "Second", "text": "BASEL -- A second café opened."}` + "\n",
		"html":  "<html><head><title>" + title + "</title></head><body><p>" + body + "</p></body></html>",
	}
	encodings := []struct {
		name string
		enc  encoding.Encoding
	}{
		{"utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
		{"utf-16be", unicode.UTF16(unicode.BigEndian, unicode.UseBOM)},
		{"utf-32le", utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)},
		{"utf-32be", utf32.UTF32(utf32.BigEndian, utf32.UseBOM)},
	}
	dir := t.TempDir()
	for _, e := range encodings {
		for ext, text := range originals {
			b, err := e.enc.NewEncoder().Bytes([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			p := write(t, dir, e.name+"/article."+ext, b)
			got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
			if len(errs) != 0 || len(got) == 0 {
				t.Errorf("%s %s: %d articles, errors %v", e.name, ext, len(got), errs)
				continue
			}
			if got[0].Title != title || !strings.Contains(got[0].Text, body) {
				t.Errorf("%s %s: title %q, text %q", e.name, ext, got[0].Title, got[0].Text)
			}
			if ext == "jsonl" && (len(got) != 2 || got[1].Title != "Second") {
				t.Errorf("%s jsonl: %d articles, want 2", e.name, len(got))
			}
		}
		// A feed that declares the encoding it came in.
		feed, err := os.ReadFile(formats(t, "feed.rss"))
		if err != nil {
			t.Fatal(err)
		}
		decl := strings.ToUpper(e.name[:3]) + e.name[3:6]
		b, _ := e.enc.NewEncoder().Bytes(bytes.Replace(feed, []byte(`encoding="UTF-8"`), []byte(`encoding="`+decl+`"`), 1))
		p := write(t, dir, e.name+"/feed.rss", b)
		if got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{}); len(errs) != 0 || len(got) != 2 {
			t.Errorf("%s feed declared %s: %d articles, errors %v", e.name, decl, len(got), errs)
		}
		// Gzipped, and with its format found from its content.
		b, _ = e.enc.NewEncoder().Bytes([]byte(originals["jsonl"]))
		p = write(t, dir, e.name+"/wire.gz", gzipped(t, b))
		if got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{}); len(errs) != 0 || len(got) != 2 || got[0].Title != title {
			t.Errorf("%s gzipped jsonl: %d articles, errors %v", e.name, len(got), errs)
		}
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte(goodStory))
	write(t, dir, "b.txt", []byte(goodStory))
	stop := errors.New("store full")
	n := 0
	err := Read(context.Background(), []string{dir}, nil, ReadOptions{}, func(*Article) error { n++; return stop }, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("emit error: Read = %v after %d articles, want %v after 1", err, n, stop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Read(ctx, []string{dir}, nil, ReadOptions{}, func(*Article) error { n++; cancel(); return nil }, nil)
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancelled: Read = %v after %d articles", err, n)
	}
	if err := Read(context.Background(), []string{dir}, nil, ReadOptions{Format: "docx"}, func(*Article) error { return nil }, nil); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestReadNewsCorpus reads the evaluation wire corpus, if present, as users would.
func TestReadNewsCorpus(t *testing.T) {
	p := filepath.Join("..", "..", "shared", "data", "news", "agency-wire-1997-2005.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("evaluation data not found at %s", p)
	}
	got, errs := readAllArticles(t, []string{p}, nil, ReadOptions{})
	if len(errs) != 0 {
		t.Errorf("%d errors, first %v", len(errs), errs[0])
	}
	ids := map[string]bool{}
	for _, a := range got {
		// Every line has a date, a source and an id (a few have no title).
		if len(a.Published) != 10 || a.Source == "" || a.InputID == "" {
			t.Errorf("%s: incomplete article: %q %q %q", a.Origin, a.Published, a.Source, a.InputID)
		}
		ids[a.ID] = true
	}
	if len(got) < 1000 || len(ids) < len(got)*99/100 {
		t.Errorf("%d articles, %d distinct IDs", len(got), len(ids))
	}
}

// TestReadHostileFolder reads testdata/hostile as one folder: every bad file, line or item
// is reported by name, and everything readable in it still emits.
func TestReadHostileFolder(t *testing.T) {
	dir := filepath.Join("..", "testdata", "hostile")
	got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{})
	var origins []string
	for _, a := range got {
		origins = append(origins, strings.TrimPrefix(a.Origin, dir+string(filepath.Separator)))
	}
	wantOrigins := []string{"latin1.txt", "truncated.json:2", "truncated.rss#1", "unclosed.html", "wrong-types.jsonl:1", "wrong-types.jsonl:6"}
	if strings.Join(origins, " ") != strings.Join(wantOrigins, " ") {
		t.Errorf("emitted %q, want %q", origins, wantOrigins)
	}
	wantErrs := []struct {
		file string
		line int
		has  string
	}{
		{"empty.txt", 0, "empty, no article"},
		{"notes.xml", 0, "without an rss or atom feed root"},
		{"truncated.json", 0, "truncated"},
		{"truncated.rss", 0, "cut short"},
		{"wrong-types.jsonl", 2, `field "title" is an array, want a string`},
		{"wrong-types.jsonl", 3, `field "date" is a number, want a string`},
		{"wrong-types.jsonl", 4, `field "text" is an object, want a string`},
		{"wrong-types.jsonl", 5, `field "source" is a boolean, want a string`},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors:\n%v\nwant %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		var re *ReadError
		if !errors.As(errs[i], &re) || re.Path != filepath.Join(dir, w.file) || re.Line != w.line || !strings.Contains(re.Error(), w.has) {
			t.Errorf("error %d: %v, want %s:%d with %q", i, errs[i], w.file, w.line, w.has)
		}
	}
	for _, a := range got {
		if a.Origin == filepath.Join(dir, "unclosed.html") && !strings.Contains(a.Text, "Lithuania opened a new terminal") {
			t.Errorf("unclosed.html text %q", a.Text)
		}
	}
}

// BenchmarkRead reports throughput per format on the testdata articles, and on the
// evaluation wire corpus when it is present.
func BenchmarkRead(b *testing.B) {
	cases := []struct{ name, path string }{
		{"text", formats(b, "article.txt")},
		{"markdown", formats(b, "article.md")},
		{"html", formats(b, "article.html")},
		{"json", formats(b, "articles.json")},
		{"rss", formats(b, "feed.rss")},
		{"news-jsonl", filepath.Join("..", "..", "shared", "data", "news", "agency-wire-1997-2005.jsonl")},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			fi, err := os.Stat(c.path)
			if err != nil {
				b.Skipf("%s not found", c.path)
			}
			b.SetBytes(fi.Size())
			n := 0
			for b.Loop() {
				err := Read(context.Background(), []string{c.path}, nil, ReadOptions{}, func(*Article) error { n++; return nil }, func(err error) { b.Fatal(err) })
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// TestStdinWithNoWriterStops reads standard input from a pipe nobody writes to, as a
// command run with nothing piped in would, and cancels: Read must return. The deadline
// only keeps a regression from hanging the suite.
func TestStdinWithNoWriterStops(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	defer pr.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Read(ctx, []string{"-"}, pr, ReadOptions{}, func(*Article) error { return nil }, func(error) {})
	}()
	time.Sleep(200 * time.Millisecond) // let the read block before Ctrl-C
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Read on a cancelled stdin: %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Read of a stdin with no writer did not return after cancel")
	}
}

// TestReadJSONUnreadableDate checks that a record whose date cannot be read is still read,
// undated, with a note that names the field and the way out, so that --date can date it.
func TestReadJSONUnreadableDate(t *testing.T) {
	in := strings.NewReader("{\"date\": \"2025-02-30\", \"text\": \"Lula met Sanchez.\"}\n{\"date\": \"next Tuesday\", \"text\": \"x\"}\n")
	got, errs := readAllArticles(t, []string{"-"}, in, ReadOptions{Format: "jsonl"})
	if len(errs) != 0 || len(got) != 2 {
		t.Fatalf("got %d articles, errors %v; want 2 and none", len(got), errs)
	}
	for _, a := range got {
		note := strings.Join(a.Notes, "; ")
		if a.Published != "" || !strings.Contains(note, `field "date"`) || !strings.Contains(note, "use --date") {
			t.Errorf("%s: published %q, notes %q", a.Origin, a.Published, note)
		}
	}
}

// "relgraph ingest ." run in the folder that holds the store: the store's files (a
// leveldb folder, whose LOG and CURRENT are text) are no articles.
func TestReadFolderSkipsStore(t *testing.T) {
	dir := t.TempDir()
	db, err := leveldb.OpenFile(filepath.Join(dir, "relgraph.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Put([]byte("k"), []byte("Estonia and Latvia agreed on Monday to share a border radar."), nil); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "story.txt", []byte(goodStory))
	var skipped []string
	got, errs := readAllArticles(t, []string{dir}, nil, ReadOptions{Skipped: func(path, why string) {
		skipped = append(skipped, filepath.Base(path)+": "+why)
	}})
	if len(errs) != 0 || len(got) != 1 {
		t.Fatalf("got %d articles, errors %v; want the story alone", len(got), errs)
	}
	if want := "relgraph.db: database folder (a leveldb store)"; strings.Join(skipped, "|") != want {
		t.Errorf("skipped %q, want %q", strings.Join(skipped, "|"), want)
	}
	// Named on its own, the store is an error that says what it is.
	_, errs = readAllArticles(t, []string{filepath.Join(dir, "relgraph.db")}, nil, ReadOptions{})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "leveldb store") {
		t.Errorf("the store named as input: errors %v, want one naming it a leveldb store", errs)
	}
}

// TestStdinErrorsSayWhatToPipe checks that empty or binary standard input ("-") gets a next
// step that fits it (no file to remove), and still matches its sentinel error.
func TestStdinErrorsSayWhatToPipe(t *testing.T) {
	for _, c := range []struct {
		in   string
		want error
	}{
		{"", ErrEmpty},
		{"\x00\x01\x02binary\x00\xff\xfe", ErrBinary},
	} {
		_, errs := readAllArticles(t, []string{"-"}, strings.NewReader(c.in), ReadOptions{})
		if len(errs) != 1 || !errors.Is(errs[0], c.want) {
			t.Fatalf("%q: errors %v, want one %v", c.in, errs, c.want)
		}
		msg := errs[0].Error()
		if !strings.HasPrefix(msg, "-: ") || !strings.Contains(msg, "pipe") || strings.Contains(msg, "remove it") {
			t.Errorf("%q: message %q, want standard input (-) named and a next step to pipe", c.in, msg)
		}
	}
}
