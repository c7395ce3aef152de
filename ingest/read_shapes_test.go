package ingest

import (
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/timex"
)

// TestReadShapes reads the JSON and feed shapes people have, with no flags. The inputs
// are written here in the structure of each API or tool's output.
func TestReadShapes(t *testing.T) {
	tests := []struct {
		name, input string
		want        []want
	}{
		{"newsapi", `{"status": "ok", "totalResults": 2, "articles": [
  {"source": {"id": null, "name": "Harbour Post"}, "author": "Desk",
   "title": "Norway and Sweden open joint rail freight line - Harbour Post",
   "description": "The prime ministers of Norway and Sweden opened a rail freight line on Monday.",
   "url": "https://harbour.example/rail", "publishedAt": "2024-02-05T21:10:00Z",
   "content": "The prime ministers of Norway and Sweden opened a rail freight line on Monday. The line links the two ports and carries ore… [+2210 chars]"},
  {"source": {"id": "hp", "name": "Harbour Post"}, "author": null,
   "title": "Finland's president visits Tallinn - Harbour Post", "description": null,
   "url": "https://harbour.example/tallinn", "publishedAt": "2024-02-06T07:00:00Z", "content": null}]}`,
			[]want{
				{title: "Norway and Sweden open joint rail freight line", published: "2024-02-05", url: "https://harbour.example/rail", source: "Harbour Post",
					has: []string{"opened a rail freight line on Monday."}, hasNot: []string{"[+2210 chars]", "carries ore"}},
				{title: "Finland's president visits Tallinn", published: "2024-02-06", url: "https://harbour.example/tallinn", source: "Harbour Post"},
			}},
		{"gdelt doc", `{"articles": [
 {"url": "https://wire.example/a", "url_mobile": "", "title": "Peru and Chile sign fisheries deal", "seendate": "20240412T093000Z", "socialimage": "", "domain": "wire.example", "language": "English", "sourcecountry": "Peru"}]}`,
			[]want{{title: "Peru and Chile sign fisheries deal", published: "2024-04-12", url: "https://wire.example/a", source: "wire.example"}}},
		{"news-please", `{"authors": [], "date_download": "2024-05-02 10:00:00", "date_modify": "2024-05-02 09:00:00", "date_publish": "2024-05-01 18:45:00",
 "description": "A short lead.", "filename": "x.json", "image_url": null, "language": "en", "localpath": null,
 "maintext": "The foreign ministers of Ghana and Togo met in Lome on Wednesday to discuss the border.",
 "source_domain": "gulf.example", "title": "Ghana and Togo talk border", "title_page": null, "title_rss": null, "url": "https://gulf.example/gt"}`,
			[]want{{title: "Ghana and Togo talk border", published: "2024-05-01", url: "https://gulf.example/gt", source: "gulf.example",
				has: []string{"met in Lome on Wednesday"}, hasNot: []string{"A short lead."}}}},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "Valley Notes", "description": "News from the valley",
 "items": [
  {"id": "1", "url": "https://valley.example/1", "title": "Bolivia and Paraguay agree on river dredging",
   "content_html": "<p>Bolivia and Paraguay <em>agreed</em> on Friday to dredge the river together.</p>", "date_published": "2024-06-07T10:00:00-04:00"},
  {"id": "2", "url": "https://valley.example/2", "content_text": "Uruguay recalled its ambassador.", "date_published": "2024-06-08T23:00:00-04:00"}]}`,
			[]want{
				{title: "Bolivia and Paraguay agree on river dredging", published: "2024-06-07", url: "https://valley.example/1", source: "Valley Notes",
					has: []string{"Bolivia and Paraguay agreed on Friday"}, hasNot: []string{"<p>", "<em>"}},
				{published: "2024-06-08", url: "https://valley.example/2", source: "Valley Notes", has: []string{"Uruguay recalled its ambassador."}},
			}},
		{"wordpress", `[{"id": 7, "date": "2024-07-01T08:00:00", "link": "https://blog.example/7",
  "title": {"rendered": "Nepal and Bhutan reopen trade talks"}, "content": {"rendered": "<p>Nepal and Bhutan reopened trade talks.</p>", "protected": false}}]`,
			[]want{{title: "Nepal and Bhutan reopen trade talks", published: "2024-07-01", url: "https://blog.example/7", has: []string{"Nepal and Bhutan reopened trade talks."}, hasNot: []string{"<p>"}}}},
		{"rss title only", `<?xml version="1.0"?><rss version="2.0"><channel><title>Isle Wire</title>
<item><title>Fiji and Tonga sign maritime pact</title><link>https://isle.example/1</link><pubDate>Mon, 05 Aug 2024 04:00:00 GMT</pubDate></item></channel></rss>`,
			[]want{{title: "Fiji and Tonga sign maritime pact", published: "2024-08-05", url: "https://isle.example/1", source: "Isle Wire"}}},
	}
	tests = append(tests, struct {
		name, input string
		want        []want
	}{"markdown front matter", "---\ntitle: Laos and Cambodia sign dam accord\ndate_published: 2024-09-03T08:00:00+07:00\nsite_name: Mekong Notes\n---\n\nThe two governments signed the accord in Vientiane.\n",
		[]want{{title: "Laos and Cambodia sign dam accord", published: "2024-09-03", source: "Mekong Notes", has: []string{"signed the accord in Vientiane."}}}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := readAllArticles(t, []string{"-"}, strings.NewReader(tt.input), ReadOptions{})
			if len(errs) != 0 {
				t.Fatalf("errors %v", errs)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d articles, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				checkArticle(t, got[i], w)
				if !strings.HasPrefix(got[i].Body(), w.title) {
					t.Errorf("body %q does not start with the title %q", got[i].Body(), w.title)
				}
			}
		})
	}
}

// TestReadJSONSourceWithoutName reads an article whose publisher object names no one.
func TestReadJSONSourceWithoutName(t *testing.T) {
	in := `{"source": {"id": null, "name": null}, "title": "Chad and Niger reopen border", "url": "https://x.example/1"}` + "\n"
	got, errs := readAllArticles(t, []string{"-"}, strings.NewReader(in), ReadOptions{Format: "jsonl"})
	if len(errs) != 0 || len(got) != 1 {
		t.Fatalf("got %d, errors %v", len(got), errs)
	}
	checkArticle(t, got[0], want{title: "Chad and Niger reopen border", url: "https://x.example/1"})
}

func TestReadJSONDottedField(t *testing.T) {
	in := `{"fields": {"bodyText": "Malawi and Zambia signed a power deal."}, "meta": {"when": "2024-03-02"}, "headline": "Power deal"}` + "\n"
	got, errs := readAllArticles(t, []string{"-"}, strings.NewReader(in), ReadOptions{Format: "jsonl", Fields: map[string]string{"text": "fields.bodyText", "date": "meta.when"}})
	if len(errs) != 0 || len(got) != 1 {
		t.Fatalf("got %d, errors %v", len(got), errs)
	}
	checkArticle(t, got[0], want{title: "Power deal", published: "2024-03-02", has: []string{"Malawi and Zambia signed a power deal."}})
}

func TestArticleBody(t *testing.T) {
	tests := []struct{ title, text, want string }{
		{"", "Text.", "Text."},
		{"Title", "", "Title"},
		{"Title", "Text.", "Title\n\nText."},
		{"Same start", "Same start and more.", "Same start and more."},
		// A headline in sentence case is left as it is.
		{"Scholz meets Rutte in The Hague", "", "Scholz meets Rutte in The Hague"},
		// Title Case: small words and words the text writes in lower case are lowered;
		// names the text capitalizes inside a sentence stay.
		{"Kenyan And Ethiopian Leaders Sign Water Accord In Addis Ababa",
			"The Kenyan and Ethiopian leaders signed a water accord in Addis Ababa, where the leaders met.",
			"Kenyan and Ethiopian leaders Sign water accord in Addis Ababa\n\nThe Kenyan and Ethiopian leaders signed a water accord in Addis Ababa, where the leaders met."},
		{"Scholz Meets Rutte In The Hague", "", "Scholz Meets Rutte in the Hague"},
		{"Talks Resume In The Hague", "They met in The Hague.", "Talks Resume in The Hague\n\nThey met in The Hague."},
		// Capitals: first capitals only, lower case where the text has it.
		{"KENYA AND ETHIOPIA SIGN ACCORD", "Kenya and Ethiopia signed an accord.", "Kenya and Ethiopia Sign accord\n\nKenya and Ethiopia signed an accord."},
		// A hyphen a line break left apart from its word is joined; a suspended one, a
		// dash and a hyphen before a capital are not.
		{"", "Kim Jong- un met non- governmental groups.", "Kim Jong-un met non-governmental groups."},
		{"Cross- border talks", "Pakistani- and Indian-backed plans - and a 1990s- era Boeing- 737.", "Cross-border talks\n\nPakistani- and Indian-backed plans - and a 1990s-era Boeing- 737."},
		{"", "end- ", "end-"},
		// A dash written as a hyphen keeps its space before a function word; "short- to
		// medium-range" is a suspended hyphen.
		{"", "North Korea accused South Korea- which it called a puppet- of plotting. Short- to medium-range missiles.", "North Korea accused South Korea- which it called a puppet- of plotting. Short- to medium-range missiles."},
		{"", "Sheikh Sabah Al-Ahmad Al- Salem Al-Sabah met the Emir- Abdullah.", "Sheikh Sabah Al-Ahmad Al-Salem Al-Sabah met the Emir- Abdullah."},
	}
	for _, tt := range tests {
		a := &Article{Title: tt.title, Text: tt.text}
		if got := a.Body(); got != tt.want {
			t.Errorf("Body(%q, %q) = %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
}

// TestHTMLDates dates pages as a careful reader would: the page's own metadata for this
// article before any <time> elsewhere, never another story's date, a modified date only
// for want of any other (and said), a tag that cannot be read named.
func TestHTMLDates(t *testing.T) {
	tests := []struct {
		name, page, want string
		notes            []string // substrings of the notes, in order
	}{
		{"sidebar time after the article's",
			`<html><head><title>T</title></head><body><article><h1>T</h1><p>Story text here.</p></article>
<aside><li><time itemprop="datePublished" datetime="2020-02-09">x</time></li></aside></body></html>`, "", nil},
		{"head itemprop before sidebar time",
			`<html><head><meta itemprop="datePublished" content="2020-02-01T08:40+0000"></head><body><div class="sidebar"><time datetime="2020-02-09">x</time></div><article><p>Story text here.</p></article></body></html>`,
			"2020-02-01", nil},
		{"time in the article before time elsewhere",
			`<html><body><div><time datetime="2020-03-09">x</time></div><article><header><time datetime="2020-03-01">x</time></header><p>Story text here.</p></article></body></html>`,
			"2020-03-01", nil},
		{"time outside any sidebar",
			`<html><body><div class="byline"><time datetime="2020-03-05">x</time></div><p>Story text here.</p><div class="related-stories"><time datetime="2020-03-09">x</time></div></body></html>`,
			"2020-03-05", nil},
		{"a trail is not a rail",
			`<html><body><div class="breadcrumb-trail"><time datetime="2020-03-06">x</time></div><p>Story text here.</p><div class="right-rail"><time datetime="2020-03-09">x</time></div></body></html>`,
			"2020-03-06", nil},
		{"published over modified, whatever the order",
			`<html><head><meta property="article:modified" itemprop="dateModified" content="2020-04-07"><meta property="article:published" itemprop="datePublished" content="2020-04-04"></head><body><article><time itemprop="dateModified" datetime="2020-04-07">x</time><p>Story text here.</p></article></body></html>`,
			"2020-04-04", nil},
		{"modified only, and said",
			`<html><head><meta property="article:modified_time" content="2020-05-07T10:00:00Z"></head><body><p>Story text here.</p></body></html>`,
			"2020-05-07", []string{`modified date, <meta property="article:modified_time">`}},
		{"unreadable tag named",
			`<html><head><meta property="article:published_time" content="the day before"><meta name="dc.date" content="2020-06-02"></head><body><p>Story text here.</p></body></html>`,
			"2020-06-02", []string{`<meta property="article:published_time"> "the day before" is not a date`, `by <meta name="dc.date">`}},
		{"unreadable and nothing else",
			`<html><head><meta property="article:published_time" content="soon"></head><body><p>Story text here.</p></body></html>`,
			"", []string{`<meta property="article:published_time"> "soon" is not a date`, "--date"}},
		{"json-ld main article, not the related list",
			`<html><head><script type="application/ld+json">[{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2020-07-09"}]},{"@type":"NewsArticle","headline":"H","datePublished":"2020-07-01","dateModified":"2020-07-03"}]</script></head><body><p>Story text here.</p><time datetime="2020-07-08">x</time></body></html>`,
			"2020-07-01", nil},
		{"drupal",
			`<html><head><meta property="article:published_time" content="Wed, 08/07/2024 - 09:15"></head><body><p>Story text here.</p></body></html>`,
			"2024-08-07", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseHTML([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tt.want {
				t.Errorf("published %q, want %q (notes %q)", a.Published, tt.want, a.Notes)
			}
			notes := strings.Join(a.Notes, "\n")
			for _, n := range tt.notes {
				i := strings.Index(notes, n)
				if i < 0 {
					t.Errorf("notes %q lack %q", a.Notes, n)
					continue
				}
				notes = notes[i+len(n):]
			}
			if len(tt.notes) == 0 && len(a.Notes) > 0 {
				t.Errorf("notes %q, want none", a.Notes)
			}
		})
	}
}

func TestArticleDateFromURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://news.example/world/2015/03/18/talks-resume", "2015-03-18"},
		{"https://news.example/2015-03-18/talks", "2015-03-18"},
		{"https://news.example/archive/20150318/talks.html", "2015-03-18"},
		{"https://news.example/2015/03/talks", "2015-03"},
		{"https://news.example/2015/talks", ""},
		{"https://news.example/2015/02/30/talks", ""},
		{"https://news.example/story/123456789", ""},
	}
	for _, tt := range tests {
		d, how := ArticleDate(&Article{URL: tt.url, Text: "No date in this text."}, timex.Date{})
		got := ""
		if !d.IsZero() {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("%s: dated %q, want %q (%s)", tt.url, got, tt.want, how)
		}
		if got != "" && !strings.Contains(how, "by its URL") {
			t.Errorf("%s: notice %q does not say the URL dated it", tt.url, how)
		}
	}
}

// TestHTMLSideContentLeftOut checks that the text of a page leaves out the parts that list
// other stories (a "sidebar" block, an aside, a footer), even on a page so short that the
// article extractor keeps them, while a page whose article sits inside such a part keeps it.
func TestHTMLSideContentLeftOut(t *testing.T) {
	page := `<html><head><title>Envoy visits Lisbon</title></head><body>
<div class="sidebar"><time datetime="2019-05-05">May 5</time> Most read: Halvorsen met Brandt.</div>
<main><article><h1>Envoy visits Lisbon</h1><p>The envoy Ana Ferreira arrived in Lisbon on Tuesday for talks.</p></article></main>
<footer>Related: Ostrova threatens Vellmark</footer></body></html>`
	a, err := parseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Halvorsen") || strings.Contains(a.Text, "Ostrova") {
		t.Errorf("side content read as the story's:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "Ana Ferreira arrived in Lisbon") {
		t.Errorf("the article's text is missing:\n%s", a.Text)
	}
	inside := `<html><body><div class="layout-rail"><main><article><p>The envoy Ana Ferreira arrived in Lisbon on Tuesday for talks.</p></article></main></div></body></html>`
	if a, err := parseHTML([]byte(inside)); err != nil || !strings.Contains(a.Text, "Ana Ferreira") {
		t.Errorf("an article inside a rail block was dropped: %v %+v", err, a)
	}
	// A layout class that reads like a sidebar's, on the block that holds the story.
	wrapped := `<html><body><div class="layout-rail"><h1>Envoy visits Lisbon</h1><p>The envoy Ana Ferreira arrived in Lisbon on Tuesday for talks with the prime minister, officials said.</p></div>
<div class="sidebar">Most read: Halvorsen met Brandt.</div></body></html>`
	if a, err := parseHTML([]byte(wrapped)); err != nil || !strings.Contains(a.Text, "Ana Ferreira") || strings.Contains(a.Text, "Halvorsen") {
		t.Errorf("the story in a rail-named block: %v %+v", err, a)
	}
}
