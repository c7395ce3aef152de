package ingest

import (
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxTitle is the longest first line, in characters, taken as a title.
const maxTitle = 200

// readText reads a plain-text file as one article. Its first line is the title when it is
// short, does not end with a period and has text after it.
func (r *reader) readText(origin string, in io.Reader) error {
	b, err := readAll(in, r.opts.MaxArticle, "article")
	if err != nil {
		return err
	}
	title, text := splitTitle(normalizeNewlines(validText(b)))
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	return r.article(&Article{Title: title, Text: text, Origin: origin})
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// splitTitle splits a title line off the head of s when it looks like one.
func splitTitle(s string) (title, text string) {
	s = strings.TrimLeft(s, " \t\n")
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return "", s
	}
	first = strings.TrimSpace(first)
	if isTitle(first) {
		return first, rest
	}
	return "", s
}

func isTitle(line string) bool {
	return line != "" && utf8.RuneCountInString(line) <= maxTitle && !strings.HasSuffix(line, ".")
}

// readMarkdown reads a Markdown file as one article: YAML front matter gives its metadata,
// the body is stripped of Markdown syntax.
func (r *reader) readMarkdown(origin string, in io.Reader) error {
	b, err := readAll(in, r.opts.MaxArticle, "article")
	if err != nil {
		return err
	}
	a, err := parseMarkdown(normalizeNewlines(validText(b)))
	if err != nil {
		return err
	}
	a.Origin = origin
	return r.article(a)
}

func parseMarkdown(s string) (*Article, error) {
	a := &Article{}
	meta, body := splitFrontMatter(s)
	for k, v := range meta {
		switch k {
		case "title", "headline":
			a.Title = v
		case "url", "link", "canonical_url", "canonicalurl", "permalink":
			a.URL = v
		case "source", "publisher", "agency", "site_name", "source_domain":
			a.Source = v
		}
	}
	for _, k := range []string{"date", "published", "publishdate", "publish_date", "pubdate", "published_at",
		"publishedat", "date_published", "datepublished", "date_publish"} {
		v, ok := meta[k]
		if !ok || v == "" {
			continue
		}
		d, err := parseDate(v)
		if err != nil {
			return nil, fieldError(k, err)
		}
		a.Published = d
		break
	}
	text := stripMarkdown(body)
	// A leading "# Heading" is the title, and is not repeated in the text.
	if h, rest, ok := strings.Cut(strings.TrimLeft(body, " \t\n"), "\n"); ok && strings.HasPrefix(h, "# ") {
		heading := stripInline(strings.Trim(strings.TrimSpace(h), "# "))
		if a.Title == "" || a.Title == heading {
			a.Title = heading
			text = stripMarkdown(rest)
		}
	}
	if a.Title == "" {
		a.Title, text = splitTitle(text)
	}
	a.Text = text
	if strings.TrimSpace(a.Text) == "" {
		return nil, ErrEmpty
	}
	return a, nil
}

// splitFrontMatter splits YAML front matter between "---" lines off s. It reads the
// top-level "key: value" scalars, which is all an article's metadata needs.
func splitFrontMatter(s string) (map[string]string, string) {
	s = strings.TrimLeft(s, "\n")
	if !strings.HasPrefix(s, "---\n") {
		return nil, s
	}
	rest := s[4:]
	end, after := -1, 0
	for _, closer := range []string{"\n---\n", "\n...\n"} {
		if i := strings.Index("\n"+rest, closer); i >= 0 && (end < 0 || i < end) {
			end, after = i, i+len(closer)-1
		}
	}
	if end < 0 {
		for _, closer := range []string{"\n---", "\n..."} {
			if strings.HasSuffix(rest, closer) {
				end, after = len(rest)-len(closer)+1, len(rest)
			}
		}
	}
	if end < 0 {
		return nil, s // not front matter after all: a rule at the top
	}
	meta := map[string]string{}
	for _, line := range strings.Split(rest[:max(end-1, 0)], "\n") {
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue // nested values and lists carry no article metadata
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		meta[strings.ToLower(strings.TrimSpace(k))] = yamlScalar(v)
	}
	if after > len(rest) {
		after = len(rest)
	}
	return meta, rest[after:]
}

func yamlScalar(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"') {
		inner := v[1 : len(v)-1]
		r := strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n", `\t`, "\t")
		return r.Replace(inner)
	}
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

var (
	mdFence     = regexp.MustCompile("^\\s*(```|~~~)")
	mdHeading   = regexp.MustCompile(`^\s{0,3}#{1,6}(\s+|$)`)
	mdHeadTail  = regexp.MustCompile(`\s+#+\s*$`)
	mdRule      = regexp.MustCompile(`^\s{0,3}([-*_=])(\s*([-*_=]))*\s*$`)
	mdQuote     = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdList      = regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdTableSep  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdTag       = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>`)
	mdCode      = regexp.MustCompile("`+([^`]*)`+")
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmphStar  = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEmphUnder = regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*?\S)?)_($|[^\pL\pN_])`)
	mdStrike    = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
)

// stripMarkdown turns a Markdown body into plain text: headings become lines, links keep
// their text, emphasis, code marks, rules, list and quote markers go.
func stripMarkdown(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	inFence := false
	for _, line := range lines {
		if mdFence.MatchString(line) {
			inFence = !inFence
			continue
		}
		if inFence {
			out = append(out, line)
			continue
		}
		switch {
		case mdRule.MatchString(line) && strings.TrimSpace(line) != "":
			// A rule, or a setext heading underline: the heading text is already a line.
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			continue
		case mdRefDef.MatchString(line), mdTableSep.MatchString(line) && strings.Contains(line, "-"):
			continue
		}
		if mdHeading.MatchString(line) {
			line = mdHeadTail.ReplaceAllString(mdHeading.ReplaceAllString(line, ""), "")
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			out = append(out, stripInline(line), "")
			continue
		}
		line = mdQuote.ReplaceAllString(line, "")
		line = mdList.ReplaceAllString(line, "")
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
			cells := strings.Split(strings.Trim(t, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			line = strings.Join(cells, "\t")
		}
		out = append(out, stripInline(line))
	}
	text := strings.Join(out, "\n")
	for strings.Contains(text, "\n\n\n") {
		text = strings.ReplaceAll(text, "\n\n\n", "\n\n")
	}
	return strings.TrimSpace(text)
}

func stripInline(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdTag.ReplaceAllString(s, "")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdStrike.ReplaceAllString(s, "$1")
	s = mdEmphStar.ReplaceAllString(s, "$1")
	s = mdEmphUnder.ReplaceAllString(s, "$1$2$3")
	s = mdEscape.ReplaceAllString(s, "$1")
	return strings.TrimRight(s, " \t")
}
