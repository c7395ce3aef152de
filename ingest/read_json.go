package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func jsonValid(b []byte) bool { return json.Valid(b) }

// Field names tried, in order, for each article field of a JSON object, unless
// ReadOptions.Fields renames it. They cover the shapes people have with no flags: NewsAPI
// (source.name, publishedAt, description, content), GDELT DOC listings (seendate, domain),
// news-please (maintext, date_publish, source_domain), JSON Feed 1.1 (content_text,
// content_html, date_published), WordPress (title.rendered, content.rendered) and the
// usual names of CMS and scraper exports. A dotted name is a path into nested objects.
var jsonFields = map[string][]string{
	"id":    {"id"},
	"title": {"title", "headline", "title.rendered"},
	"date": {"date", "published", "datePublished", "date_published", "publishedAt", "published_at",
		"date_publish", "publish_date", "publishDate", "publication_date", "pubDate", "pub_date",
		"webPublicationDate", "seendate"},
	"text": {"text", "body", "articleBody", "article_body", "maintext", "content_text", "content",
		"content_html", "content.rendered", "bodyText", "full_text", "fulltext",
		// A summary when nothing fuller is there.
		"description", "summary", "abstract", "excerpt", "lead_paragraph"},
	"url":    {"url", "link", "canonical_url", "canonicalUrl", "webUrl", "web_url", "permalink"},
	"source": {"source", "publisher", "source_name", "source_domain", "site_name", "siteName", "domain"},
}

// summaryFields hold a summary of the article rather than its text: their presence does not
// make an object that wraps an array of articles an article itself.
var summaryFields = map[string]bool{"description": true, "summary": true, "abstract": true, "excerpt": true, "lead_paragraph": true}

// readJSONL reads one article per line, never holding more than one line in memory. A line
// that cannot be read is reported with its number and reading goes on.
func (r *reader) readJSONL(origin string, in *bufio.Reader) error {
	emitted, failed := 0, 0
	var line []byte
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return errStop{err}
		}
		var err error
		line, err = readLine(in, line[:0], r.opts.MaxArticle)
		if errors.Is(err, errLineTooLong) {
			failed++
			r.fail(origin, n, fmt.Errorf("line longer than %s: %w; split the article or raise --max-article", size(r.opts.MaxArticle), ErrTooLarge))
			continue
		}
		if err != nil && err != io.EOF {
			return readErr(err)
		}
		last := err == io.EOF
		if t := bytes.TrimSpace(line); len(t) > 0 {
			a, aerr := r.jsonArticle(t)
			if aerr != nil && last && !json.Valid(t) {
				aerr = errors.New("last line cut short; the file is truncated, fetch or export it again")
			}
			if aerr != nil {
				failed++
				r.fail(origin, n, aerr)
			} else {
				a.Origin = fmt.Sprintf("%s:%d", origin, n)
				if err := r.article(a); err != nil {
					return err
				}
				emitted++
			}
		}
		if last {
			break
		}
		if cap(line) > 1<<20 {
			line = nil // a long line's buffer goes, not kept for the rest of the file
		}
	}
	if emitted == 0 && failed == 0 {
		return ErrEmpty
	}
	return nil
}

// errLineTooLong is a line longer than the cap of readLine. It is not a read error: the
// next line is read.
var errLineTooLong = errors.New("line too long")

// readLine appends the next line of in (without its newline) to buf. A line longer than
// max is skipped up to its end and reported as errLineTooLong; at most max bytes are held.
// An error reading in, such as the decompression cap, is returned as it is.
func readLine(in *bufio.Reader, buf []byte, max int64) ([]byte, error) {
	for {
		chunk, err := in.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max+1 {
			// Drain the rest of the line without keeping it.
			for err == bufio.ErrBufferFull {
				_, err = in.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return buf[:0], err
			}
			return buf[:0], errLineTooLong
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), err
	}
}

// readJSON reads a JSON file: one article object, an array of them (read one item at a
// time) or a sequence of objects.
func (r *reader) readJSON(origin string, in *bufio.Reader) error {
	lr := &lineReader{r: in}
	dec := json.NewDecoder(lr)
	dec.UseNumber()
	first, err := firstByte(in)
	if err != nil {
		return ErrEmpty
	}
	emitted, failed := 0, 0
	item := func() error {
		lr.limit = lr.off + r.opts.MaxArticle + 64<<10
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return r.jsonSyntax(lr, err)
		}
		line := lr.line(dec.InputOffset() - int64(len(raw)))
		if items, feedTitle, ok := r.wrapped(raw); ok {
			// {"articles": [...]}, as news APIs export: each item is an article.
			for _, it := range items {
				l := line + bytes.Count(raw[:it.off], []byte("\n"))
				a, err := r.jsonArticle(it.raw)
				if err != nil {
					failed++
					r.fail(origin, l, err)
					continue
				}
				a.Origin = fmt.Sprintf("%s:%d", origin, l)
				if a.Source == "" {
					a.Source = feedTitle
				}
				emitted++
				if err := r.article(a); err != nil {
					return err
				}
			}
			return nil
		}
		a, err := r.jsonArticle(raw)
		if err != nil {
			failed++
			r.fail(origin, line, err)
			return nil
		}
		a.Origin = fmt.Sprintf("%s:%d", origin, line)
		emitted++
		return r.article(a)
	}
	switch first {
	case '[':
		if _, err := dec.Token(); err != nil {
			return r.jsonSyntax(lr, err)
		}
		for dec.More() {
			if err := item(); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return r.jsonSyntax(lr, err)
		}
	case '{':
		for dec.More() {
			if err := item(); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("json starts with %q, want an article object or an array of them", first)
	}
	if emitted == 0 && failed == 0 {
		return ErrEmpty
	}
	return nil
}

// firstByte returns the first byte of in that is not white space, dropping a BOM. It
// only peeks, so that the JSON decoder's offsets still count from the start of the file.
func firstByte(in *bufio.Reader) (byte, error) {
	if b, _ := in.Peek(3); bytes.Equal(b, bom) {
		in.Discard(3)
	}
	b, err := in.Peek(sniffSize)
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 {
		return t[0], nil
	}
	if err == nil || err == bufio.ErrBufferFull {
		return ' ', nil
	}
	return 0, err
}

// wrapperFields name the array of articles in an object that wraps them.
var wrapperFields = map[string]bool{"articles": true, "items": true, "data": true, "results": true, "docs": true, "documents": true, "entries": true, "stories": true}

type rawItem struct {
	raw json.RawMessage
	off int // byte offset in the wrapping object
}

// wrapped returns the items of raw when it is an object with no text of its own that
// holds its articles in an array field such as "articles", and its "title" (a JSON Feed's
// name, the publisher of its items).
func (r *reader) wrapped(raw []byte) (items []rawItem, title string, found bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, "", false
	}
	for dec.More() {
		t, err := dec.Token()
		key, ok := t.(string)
		if err != nil || !ok {
			return nil, "", false
		}
		for _, n := range r.names("text") {
			if first, _, _ := strings.Cut(n, "."); key == first && !summaryFields[n] {
				return nil, "", false
			}
		}
		if !wrapperFields[key] || found {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil, "", false
			}
			if key == "title" {
				json.Unmarshal(skip, &title) // not a string: no title
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil, "", false
		}
		found = true
		for dec.More() {
			var it json.RawMessage
			if dec.Decode(&it) != nil {
				return nil, "", false
			}
			items = append(items, rawItem{it, int(dec.InputOffset()) - len(it)})
		}
		if _, err := dec.Token(); err != nil {
			return nil, "", false
		}
	}
	return items, strings.TrimSpace(title), found
}

// jsonSyntax turns a decoding error of a whole JSON file into one that says where and why.
func (r *reader) jsonSyntax(lr *lineReader, err error) error {
	var se *json.SyntaxError
	var ce *capError
	switch {
	case errors.As(err, &ce):
		return err
	case errors.Is(err, ErrTooLarge):
		return fmt.Errorf("json item larger than %s: %w; split the file or raise --max-article", size(r.opts.MaxArticle), ErrTooLarge)
	case errors.As(err, &se):
		return &ReadError{Line: lr.line(se.Offset), Err: fmt.Errorf("invalid json: %v; fix the file, the items before this point were read", se)}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errors.New("json cut short; the file is truncated, the items before the cut were read")
	}
	return readErr(err)
}

// jsonArticle reads one article object. A record with a title and no text (a NewsAPI or
// GDELT listing) is an article: its title is what extraction reads.
func (r *reader) jsonArticle(raw []byte) (*Article, error) {
	obj, err := jsonObject(raw)
	if err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("a json %s, want an article object with a text field", te.Value)
		}
		return nil, fmt.Errorf("invalid json: %v; fix or remove it", err)
	}
	a := &Article{}
	var textKey string
	for _, f := range []struct {
		name string
		dst  *string
	}{{"id", &a.InputID}, {"title", &a.Title}, {"text", &a.Text}, {"url", &a.URL}, {"source", &a.Source}, {"date", &a.Published}} {
		key, v, ok := r.field(obj, f.name)
		if !ok {
			continue
		}
		s, err := jsonString(v, f.name == "id")
		if err != nil && (f.name == "source" || f.name == "url") && bytes.HasPrefix(bytes.TrimSpace(v), []byte("{")) {
			// A publisher or link object with no name in it ({"id": null, "name": null}):
			// the article is still whole without it.
			continue
		}
		if err != nil {
			if bytes.HasPrefix(bytes.TrimSpace(v), []byte("{")) {
				return nil, fmt.Errorf("field %q %v; name the string inside it with a dotted path, --field %s=%s.NAME", key, err, f.name, key)
			}
			return nil, fmt.Errorf("field %q %v; fix the input or map another field with --field %s=NAME", key, err, f.name)
		}
		*f.dst = s
		if f.name == "text" {
			textKey = key
		}
		if f.name == "date" && s != "" {
			d, err := parseDate(s)
			if err != nil {
				// As with a page's unreadable date tag: the article is read, undated, and
				// the note says why; --date or the text then dates it.
				a.Notes = append(a.Notes, fmt.Sprintf("field %q: %v; read as undated (use --date to set one)", key, err))
				d = ""
			}
			a.Published = d
		}
	}
	if textKey != "" {
		a.Text = r.jsonText(obj, textKey, a.Text)
	}
	if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.Title) == "" {
		if name := r.opts.Fields["text"]; name != "" {
			if _, _, ok := lookup(obj, name); ok {
				return nil, fmt.Errorf("field %q is empty; an article needs its text or a title", name)
			}
		}
		msg := fmt.Sprintf("no text or title: want a field %s", strings.Join(quoteAll(r.names("text")), ", "))
		if p := longestString(obj, "", 0); p != "" {
			return nil, fmt.Errorf("%s; if the text is in %q, name it with --field text=%s", msg, p, p)
		}
		return nil, fmt.Errorf("%s; name another with --field text=NAME (a dotted path such as fields.body reaches into an object)", msg)
	}
	a.Text = normalizeNewlines(a.Text)
	return a, nil
}

// jsonObject reads the fields of the JSON object raw, as json.Unmarshal into a map of raw
// messages does, but each value is a slice of raw, not a copy: a JSONL line of a 60 MB
// article was held three times at once (the line, its text field's copy, the text
// decoded), and the read worked past the soft memory limit, collecting all the while. What
// is not a valid object is left to json.Unmarshal, for its error.
func jsonObject(raw []byte) (map[string]json.RawMessage, error) {
	i := skipSpace(raw, 0)
	if !json.Valid(raw) || i == len(raw) || raw[i] != '{' {
		var obj map[string]json.RawMessage
		err := json.Unmarshal(raw, &obj)
		return obj, err
	}
	obj := map[string]json.RawMessage{}
	i = skipSpace(raw, i+1)
	for i < len(raw) && raw[i] == '"' {
		end := jsonValueEnd(raw, i)
		var key string
		if err := json.Unmarshal(raw[i:end], &key); err != nil {
			return nil, err
		}
		i = skipSpace(raw, end)
		i = skipSpace(raw, i+1) // the colon
		end = jsonValueEnd(raw, i)
		obj[key] = raw[i:end:end]
		i = skipSpace(raw, end)
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	return obj, nil
}

// skipSpace returns the offset of the first byte of b from i on that is not JSON white
// space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonValueEnd returns the end of the JSON value that starts at b[i], in valid JSON.
func jsonValueEnd(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch c := b[i]; c {
		case '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
			if depth < 0 {
				return i // the end of the enclosing object
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i // the end of a number or a literal
			}
		}
	}
	return i
}

// newsAPICut is the end NewsAPI gives the content it cuts: "… [+1830 chars]".
var newsAPICut = regexp.MustCompile(`\s*(?:…|\.\.\.)?\s*\[\+[0-9]+ chars\]\s*$`)

// htmlMarkup finds the tags that say a text field holds HTML.
var htmlMarkup = regexp.MustCompile(`(?i)<(?:p|div|br|span|a|h[1-6]|ul|li|em|strong|b|i|figure|blockquote)\b[^>]*>`)

// jsonText tidies the text found under key: HTML is turned into its text, and a text cut
// short by NewsAPI keeps only its whole sentences, or gives way to the description when
// that says more.
func (r *reader) jsonText(obj map[string]json.RawMessage, key, text string) string {
	if strings.Contains(key, "html") || htmlMarkup.MatchString(text) {
		text = htmlText(text)
	}
	if loc := newsAPICut.FindStringIndex(text); loc != nil {
		text = wholeSentences(text[:loc[0]])
		if v, _, ok := lookup(obj, "description"); ok && key != "description" {
			if d, err := jsonString(v, false); err == nil && len(strings.TrimSpace(d)) > len(text) {
				text = d
			}
		}
	}
	return text
}

// wholeSentences drops a sentence cut short at the end of s, if s has a whole one before it.
func wholeSentences(s string) string {
	s = strings.TrimSpace(s)
	for i := len(s) - 1; i > 0; i-- {
		if (s[i] == ' ' || s[i] == '\n') && strings.ContainsRune(".!?\"'”’", rune(s[i-1])) {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

func (r *reader) names(field string) []string {
	if v := r.opts.Fields[field]; v != "" {
		return []string{v}
	}
	return jsonFields[field]
}

// field finds an article field in obj under its renamed or usual names; null counts as
// absent, and so does an empty string when a later name has a value.
func (r *reader) field(obj map[string]json.RawMessage, name string) (string, json.RawMessage, bool) {
	var emptyKey string
	var empty json.RawMessage
	for _, k := range r.names(name) {
		if v, key, ok := lookup(obj, k); ok {
			if string(bytes.TrimSpace(v)) == `""` { // compared in place, not copied
				if emptyKey == "" {
					emptyKey, empty = key, v
				}
				continue
			}
			return key, v, true
		}
	}
	if emptyKey != "" {
		return emptyKey, empty, true
	}
	return "", nil, false
}

// lookup finds path in obj: a key, or a dotted path through nested objects ("source.name").
// A key that holds the dots itself wins. null counts as absent. It returns the value and the
// path as found.
func lookup(obj map[string]json.RawMessage, path string) (json.RawMessage, string, bool) {
	if v, ok := obj[path]; ok {
		if string(bytes.TrimSpace(v)) == "null" {
			return nil, "", false
		}
		return v, path, true
	}
	head, rest, ok := strings.Cut(path, ".")
	if !ok {
		return nil, "", false
	}
	v, ok := obj[head]
	if !ok || len(bytes.TrimSpace(v)) == 0 || bytes.TrimSpace(v)[0] != '{' {
		return nil, "", false
	}
	var inner map[string]json.RawMessage
	if json.Unmarshal(v, &inner) != nil {
		return nil, "", false
	}
	return lookup(inner, rest)
}

// longestString returns the dotted path of the longest string in obj and the objects nested
// in it (down to depth 4), for an error that suggests --field; "" when it holds none.
func longestString(obj map[string]json.RawMessage, prefix string, depth int) string {
	best, bestLen := "", 0
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := bytes.TrimSpace(obj[k])
		if len(v) == 0 {
			continue
		}
		switch v[0] {
		case '"':
			var s string
			if json.Unmarshal(v, &s) == nil && len(strings.TrimSpace(s)) > bestLen {
				best, bestLen = prefix+k, len(strings.TrimSpace(s))
			}
		case '{':
			var inner map[string]json.RawMessage
			if depth < 4 && json.Unmarshal(v, &inner) == nil {
				if p := longestString(inner, prefix+k+".", depth+1); p != "" {
					if iv, _, _ := lookup(inner, strings.TrimPrefix(p, prefix+k+".")); iv != nil {
						var s string
						if json.Unmarshal(iv, &s) == nil && len(strings.TrimSpace(s)) > bestLen {
							best, bestLen = p, len(strings.TrimSpace(s))
						}
					}
				}
			}
		}
	}
	return best
}

func jsonString(v json.RawMessage, numberOK bool) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "", nil
	}
	switch c := v[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", fmt.Errorf("is not a valid string: %v", err)
		}
		return s, nil
	case numberOK && (c == '-' || c >= '0' && c <= '9'):
		return string(v), nil
	case c == '{':
		// NewsAPI's {"id": ..., "name": "Example Wire"}, a JSON-LD publisher or author,
		// WordPress's {"rendered": "..."}: the object's own string.
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) == nil {
			for _, k := range []string{"name", "rendered", "value", "@value", "#text"} {
				if inner, ok := obj[k]; ok && len(bytes.TrimSpace(inner)) > 0 && bytes.TrimSpace(inner)[0] == '"' {
					return jsonString(inner, false)
				}
			}
		}
		return "", errors.New("is an object, want a string")
	case c == '[':
		return "", errors.New("is an array, want a string")
	case c == 't' || c == 'f':
		return "", errors.New("is a boolean, want a string")
	}
	return "", errors.New("is a number, want a string")
}

func quoteAll(s []string) []string {
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = strconv.Quote(v)
	}
	return q
}

func fieldError(name string, err error) error {
	return fmt.Errorf("field %q: %v", name, err)
}

// lineReader counts lines in what passes through it, so that a decoder's byte offsets can
// be turned into line numbers, and fails once more than limit bytes have been read.
type lineReader struct {
	r     io.Reader
	off   int64
	limit int64   // 0 = none
	nl    []int64 // offsets of newlines not yet counted into base
	base  int
}

func (l *lineReader) Read(p []byte) (int, error) {
	if l.limit > 0 && l.off >= l.limit {
		return 0, ErrTooLarge
	}
	if l.limit > 0 && int64(len(p)) > l.limit-l.off {
		p = p[:l.limit-l.off]
	}
	n, err := l.r.Read(p)
	for i := 0; i < n; {
		j := bytes.IndexByte(p[i:n], '\n')
		if j < 0 {
			break
		}
		l.nl = append(l.nl, l.off+int64(i+j))
		i += j + 1
	}
	l.off += int64(n)
	return n, err
}

// line returns the 1-based line of byte offset off. Offsets must not decrease between calls.
func (l *lineReader) line(off int64) int {
	i := sort.Search(len(l.nl), func(i int) bool { return l.nl[i] >= off })
	l.base += i
	l.nl = append(l.nl[:0], l.nl[i:]...)
	return l.base + 1
}
