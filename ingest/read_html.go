package ingest

// HTML pages go through codeberg.org/readeck/go-readability/v2, a maintained fork of
// github.com/go-shiori/go-readability: it tracks Readability.js 0.6.0, has tagged semver
// releases and faster DOM traversal, while go-shiori's module has only pseudo-versions and
// little activity. Metadata (title, date, URL, publisher) is read here from the parsed page,
// so the date keeps the page's own offset and precision.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxReadabilityDepth is the deepest element nesting handed to readability; a deeper page
// is read with the plain text walk below, which needs no recursion.
const maxReadabilityDepth = 256

// maxReadabilityElems bounds the elements readability scores, as its cost grows faster
// than the page.
const maxReadabilityElems = 200_000

// readHTML reads an HTML page as one article.
func (r *reader) readHTML(origin string, in io.Reader) error {
	b, err := readAll(in, r.opts.MaxArticle, "html page")
	if err != nil {
		return err
	}
	a, err := parseHTML(b)
	if err != nil {
		return err
	}
	a.Origin = origin
	return r.article(a)
}

func parseHTML(b []byte) (*Article, error) {
	if !utf8.Valid(b) {
		// Older pages declare a legacy charset (<meta charset="windows-1252">): decode it;
		// whatever is still invalid becomes U+FFFD.
		if enc, name, _ := charset.DetermineEncoding(b, ""); name != "utf-8" {
			if d, err := enc.NewDecoder().Bytes(b); err == nil {
				b = d
			}
		}
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		// The tree parser refuses pathological pages (elements nested over 512 deep):
		// read those token by token instead.
		return tokenHTML(b)
	}
	m := htmlMeta(doc)
	a := &Article{URL: m.url, Source: m.site}
	a.Published, a.Notes = m.date()
	dropSideContent(doc)
	depth, elems := treeSize(doc)
	var text, title string
	if depth <= maxReadabilityDepth && elems <= maxReadabilityElems {
		var pageURL *url.URL
		if u, err := url.Parse(m.url); err == nil && u.IsAbs() {
			pageURL = u
		}
		p := readability.NewParser()
		if art, err := p.ParseAndMutate(doc, pageURL); err == nil {
			title = art.Title()
			if art.Node != nil {
				var sb strings.Builder
				if art.RenderText(&sb) == nil {
					text = sb.String()
				}
			}
			if a.Source == "" {
				a.Source = art.SiteName()
			}
		}
	}
	if strings.TrimSpace(text) == "" {
		// readability found no article (or was skipped): the page's visible text.
		doc, err = html.Parse(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		dropSideContent(doc)
		text = visibleText(doc)
	}
	h1 := m.articleH1
	if h1 == "" && m.h1s == 1 {
		h1 = m.h1
	}
	a.Title = firstNonEmpty(m.title, h1, title, m.docTitle)
	a.Text = tidyText(text)
	if a.Text == "" {
		return nil, ErrEmpty
	}
	return a, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			return v
		}
	}
	return ""
}

// tidyText trims each line and keeps at most one blank line between paragraphs.
func tidyText(s string) string {
	lines := strings.Split(normalizeNewlines(s), "\n")
	out := lines[:0]
	blank := true
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// treeSize returns the deepest nesting and the number of elements of doc, without recursion.
func treeSize(doc *html.Node) (depth, elems int) {
	type item struct {
		n *html.Node
		d int
	}
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.d > depth {
			depth = it.d
		}
		if it.n.Type == html.ElementNode {
			elems++
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return depth, elems
}

// walk calls fn on every node of doc in document order, without recursion; fn returns false
// to skip a node's children.
func walk(doc *html.Node, fn func(*html.Node) bool) {
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Blockquote: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Footer: true, atom.Pre: true,
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Figure: true, atom.Figcaption: true,
	atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Main: true, atom.Aside: true, atom.Nav: true,
}

var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Button: true,
}

// visibleText is the text of doc's body without scripts, styles and other hidden parts,
// block elements on their own lines.
func visibleText(doc *html.Node) string {
	var sb strings.Builder
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
		case html.ElementNode:
			if skipTags[n.DataAtom] || hasAttr(n, "hidden") {
				return false
			}
			if blockTags[n.DataAtom] {
				sb.WriteString("\n\n")
			}
		}
		return true
	})
	return sb.String()
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string { return attrValue(n.Attr, key) }

// pageMeta is what a page says about itself outside its text.
type pageMeta struct {
	title, docTitle, url, site string
	// h1 is the article's heading: the first <h1> in an <article> or <main>, else the
	// page's only <h1>.
	h1, articleH1 string
	h1s           int
	dates         []dateCandidate
}

// Where a page's date comes from, in the order a careful reader trusts them.
// article:published_time comes first, as relgraph has always read it: it is written for
// this page alone, while a JSON-LD block may be shared by a CMS between a story's versions.
const (
	rankPublished = iota // <meta property="article:published_time">
	rankJSONLD           // datePublished of the page's main article in JSON-LD
	rankMeta             // other publication metas (og:, itemprop, Dublin Core...) and itemprop=datePublished in the article
	rankArticle          // a <time> in the article or the main content
	rankPage             // a <time> elsewhere, outside sidebars, navigation and footers
	rankModified         // a modified date: only when nothing else dates the page
)

// dateCandidate is one date the page states, with where it came from.
type dateCandidate struct {
	rank int
	tag  string // the tag, for notices: <meta property="article:published_time">
	val  string
}

func (m *pageMeta) addDate(rank int, tag, val string) {
	if val = strings.TrimSpace(val); val != "" {
		m.dates = append(m.dates, dateCandidate{rank, tag, val})
	}
}

// date returns the page's publication date, the most trusted of its dates that reads as
// one, and notices for the user: a date that could not be read (naming its tag) when it was
// more trusted than the one used, and a modified date used for want of any other.
func (m *pageMeta) date() (date string, notes []string) {
	sort.SliceStable(m.dates, func(i, j int) bool { return m.dates[i].rank < m.dates[j].rank })
	var unread []string
	for _, c := range m.dates {
		d, err := parseDate(c.val)
		if err != nil || d == "" {
			unread = append(unread, fmt.Sprintf("%s %q is not a date relgraph reads", c.tag, c.val))
			continue
		}
		if c.rank == rankModified {
			notes = append(notes, fmt.Sprintf("no publication date on the page; dated %s by its modified date, %s (use --date to set another)", d, c.tag))
		}
		if len(unread) > 0 {
			notes = append(notes, fmt.Sprintf("%s; dated %s by %s instead", strings.Join(unread, "; "), d, c.tag))
		}
		return d, notes
	}
	if len(unread) > 0 {
		notes = append(notes, strings.Join(unread, "; ")+"; write it as ISO 8601 (2006-11-02) or use --date")
	}
	return "", notes
}

// publishedMeta, otherDateMeta and modifiedMeta are the meta names (property, name or
// itemprop, lower case) that date a page.
var (
	publishedMeta = map[string]bool{"article:published_time": true}
	otherDateMeta = map[string]bool{
		"og:published_time": true, "og:article:published_time": true, "article:published": true,
		"datepublished": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
		"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.date": true,
		"dcterms.created": true, "dcterms.issued": true, "sailthru.date": true,
		"parsely-pub-date": true, "article.published": true, "originalpublicationdate": true,
		"citation_publication_date": true, "datecreated": true,
	}
	modifiedMeta = map[string]bool{
		"article:modified_time": true, "article:modified": true, "og:updated_time": true,
		"datemodified": true, "last-modified": true, "dc.date.modified": true, "dcterms.modified": true,
	}
)

// sideContent matches the class or id of page parts that list other stories.
// A name counts as a whole word of the class or id ("related-stories", "sidebar left"), so
// that "trail" or "detail" do not match "rail".
var sideContent = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:sidebar\w*|related|more-?stor(?:y|ies)|most-?(?:read|popular|viewed)|recommend\w*|popular|trending|widgets?|teasers?|promos?|rail|also-?read|read-?next|latest)(?:$|[\s_-])`)

// dropSideContent removes from doc the parts that list other stories (an aside, a
// navigation, a footer, a "sidebar" or "most read" block: see place), unless one holds the
// article itself (an <article> or <main>, or half the page's text: a layout class such as
// "layout-rail" may wrap the story): on a short page readability keeps them, and their
// headlines ("Most read: Stoltenberg met Biden") would be read as the story's.
func dropSideContent(doc *html.Node) {
	total := textLen(doc)
	var drop []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		side := n.DataAtom == atom.Aside || n.DataAtom == atom.Nav || n.DataAtom == atom.Footer ||
			sideContent.MatchString(attr(n, "class")) || sideContent.MatchString(attr(n, "id"))
		if !side {
			return true
		}
		holdsArticle := false
		walk(n, func(c *html.Node) bool {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Article || c.DataAtom == atom.Main) {
				holdsArticle = true
			}
			return !holdsArticle
		})
		if !holdsArticle && 2*textLen(n) < total {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// textLen is the number of bytes of text under n, scripts and styles left out.
func textLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return c.Type != html.ElementNode || !skipTags[c.DataAtom]
	})
	return total
}

// place says where n sits on the page: in a part that lists other stories (an aside, a
// navigation, a footer, a "related" or "most read" block), in the article or the main
// content, or elsewhere.
func place(n *html.Node) (side, article bool) {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Aside, atom.Nav, atom.Footer:
			return true, false
		case atom.Article, atom.Main, atom.Header:
			article = true
		}
		if sideContent.MatchString(attr(p, "class")) || sideContent.MatchString(attr(p, "id")) {
			return true, false
		}
	}
	return false, article
}

func htmlMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if m.docTitle == "" && n.FirstChild != nil {
				m.docTitle = n.FirstChild.Data
			}
			return true
		case atom.Meta:
			if side, _ := place(n); !side {
				m.meta(n.Attr)
			}
			return true
		case atom.H1:
			m.h1s++
			text := strings.Join(strings.Fields(visibleText(n)), " ")
			setOnce(&m.h1, text)
			if side, inArticle := place(n); !side && inArticle {
				setOnce(&m.articleH1, text)
			}
			return true
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				setOnce(&m.url, attr(n, "href"))
			}
			return true
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				jsonLDMeta(n.FirstChild.Data, m)
			}
			return false
		}
		prop := strings.ToLower(attr(n, "itemprop"))
		dt := firstNonEmpty(attr(n, "datetime"), attr(n, "content"))
		if dt == "" || n.DataAtom != atom.Time && prop == "" {
			return true
		}
		side, inArticle := place(n)
		switch {
		case side:
			// Another story's date.
		case prop == "datemodified":
			m.addDate(rankModified, fmt.Sprintf("<%s itemprop=%q>", n.Data, attr(n, "itemprop")), dt)
		case prop == "datepublished" && inArticle:
			m.addDate(rankMeta, fmt.Sprintf("<%s itemprop=%q>", n.Data, attr(n, "itemprop")), dt)
		case prop != "" && prop != "datepublished" && prop != "datecreated":
			// Another property's date (a birth date, an event's start).
		case inArticle:
			m.addDate(rankArticle, "<"+n.Data+"> in the article", dt)
		default:
			m.addDate(rankPage, "<"+n.Data+">", dt)
		}
		return true
	})
	return m
}

// meta reads the attributes of a <meta> tag. A tag may name itself by property, name and
// itemprop at once; each is looked at.
func (m *pageMeta) meta(attrs []html.Attribute) {
	get := func(k string) string { return attrValue(attrs, k) }
	key := strings.ToLower(firstNonEmpty(get("property"), get("name"), get("itemprop")))
	val := strings.TrimSpace(get("content"))
	if val == "" {
		return
	}
	rank := -1
	var tag string
	for _, a := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(get(a)))
		r := -1
		switch {
		case publishedMeta[k]:
			r = rankPublished
		case otherDateMeta[k]:
			r = rankMeta
		case modifiedMeta[k]:
			r = rankModified
		}
		if r >= 0 && (rank < 0 || r < rank) {
			rank, tag = r, fmt.Sprintf("<meta %s=%q>", a, get(a))
		}
	}
	if rank >= 0 {
		m.addDate(rank, tag, val)
		return
	}
	switch {
	case key == "og:title" || key == "twitter:title":
		setOnce(&m.title, val)
	case key == "og:url":
		setOnce(&m.url, val)
	case key == "og:site_name" || key == "application-name":
		setOnce(&m.site, val)
	}
}

// tokenHTML reads a page without building its tree: metadata from <meta> and <title>,
// the text of everything outside scripts, styles and the head.
func tokenHTML(b []byte) (*Article, error) {
	m := &pageMeta{}
	z := html.NewTokenizer(bytes.NewReader(b))
	var sb strings.Builder
	skip := 0 // depth inside elements whose text is not shown
	inTitle := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		a := atom.Lookup([]byte(tok.Data))
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case a == atom.Meta:
				m.meta(tok.Attr)
			case a == atom.Link && strings.EqualFold(attrValue(tok.Attr, "rel"), "canonical"):
				setOnce(&m.url, attrValue(tok.Attr, "href"))
			case a == atom.Time:
				m.addDate(rankPage, "<time>", attrValue(tok.Attr, "datetime"))
			case a == atom.Title:
				inTitle = tt == html.StartTagToken
			case skipTags[a] && tt == html.StartTagToken:
				skip++
			case blockTags[a]:
				sb.WriteString("\n\n")
			}
		case html.EndTagToken:
			switch {
			case a == atom.Title:
				inTitle = false
			case skipTags[a] && skip > 0:
				skip--
			case blockTags[a]:
				sb.WriteString("\n\n")
			}
		case html.TextToken:
			if inTitle {
				setOnce(&m.docTitle, tok.Data)
			} else if skip == 0 {
				sb.WriteString(tok.Data)
			}
		}
	}
	a := &Article{Title: firstNonEmpty(m.title, m.docTitle), URL: m.url, Source: m.site, Text: tidyText(sb.String())}
	a.Published, a.Notes = m.date()
	if a.Text == "" {
		return nil, ErrEmpty
	}
	return a, nil
}

func attrValue(attrs []html.Attribute, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// articleTypes are the schema.org types of a news article, as JSON-LD names them.
var articleTypes = regexp.MustCompile(`(?i)^(?:https?://schema\.org/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$`)

// jsonLDMeta reads the dates, headline, url and publisher of the page's objects in a JSON-LD
// block, including those in a top-level array or an @graph (not those nested in other
// objects, such as the items of a list of related stories). An article type's
// datePublished is the page's most trusted date; another type's (a WebPage) is a meta date.
func jsonLDMeta(src string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	queue := []any{v}
	for steps := 0; len(queue) > 0 && steps < 1000; steps++ {
		x := queue[0]
		queue = queue[1:]
		switch t := x.(type) {
		case []any:
			queue = append(queue, t...)
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				queue = append(queue, g)
			}
			isArticle := false
			switch ty := t["@type"].(type) {
			case string:
				isArticle = articleTypes.MatchString(ty)
			case []any:
				for _, e := range ty {
					if s, ok := e.(string); ok && articleTypes.MatchString(s) {
						isArticle = true
					}
				}
			}
			pub, _ := t["datePublished"].(string)
			if pub == "" && !isArticle {
				continue
			}
			if isArticle {
				m.addDate(rankJSONLD, "JSON-LD datePublished", pub)
				if h, ok := t["headline"].(string); ok {
					setOnce(&m.title, h)
				}
				if u, ok := t["url"].(string); ok {
					setOnce(&m.url, u)
				}
				if p, ok := t["publisher"].(map[string]any); ok {
					if name, ok := p["name"].(string); ok {
						setOnce(&m.site, name)
					}
				}
			} else {
				m.addDate(rankMeta, "JSON-LD datePublished", pub)
			}
			if mod, ok := t["dateModified"].(string); ok {
				m.addDate(rankModified, "JSON-LD dateModified", mod)
			}
		}
	}
}
