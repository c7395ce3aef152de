package ingest

import "strings"

// Article is one article as read from a file, a line of a JSONL file, a feed item or stdin.
type Article struct {
	// ID is stable: derived from the URL when there is one, else from the content.
	ID        string
	Title     string
	Text      string
	URL       string
	Source    string // publisher, e.g. "AFP"
	Published string // ISO 8601 date from the article's metadata or dateline, "" if none
	// Origin names where the article came from, for messages: "path", "path:line" or "-".
	Origin string
	// InputID is the id the input gave the article (a JSON "id" field), "" if none. It is
	// kept for messages and exports; ID stays derived from URL or content.
	InputID string
	// Notes are messages for the user about how the article was read, such as a date taken
	// from a modified time or a date tag whose value could not be read.
	Notes []string
}

// Body is the text extraction reads: the title as the first paragraph, then the text, so
// that the entities and events a headline states are found too. The title is left out when
// the text already starts with it, and Body is the text alone when there is no title; it is
// the title alone for a title-only record (a NewsAPI or GDELT listing). Offsets of what is
// extracted count in bytes from the start of Body.
func (a *Article) Body() string {
	title := strings.TrimSpace(a.Title)
	text := strings.TrimSpace(a.Text)
	switch {
	case title == "":
		return text
	case text == "":
		return title
	case strings.HasPrefix(text, title):
		return text
	}
	return title + "\n\n" + text
}

// trimPublisher drops the publisher's name that news sites and APIs append to a headline
// ("Scholz meets Rutte - Example News"), so that it is not read as part of the sentence.
func trimPublisher(title, source string) string {
	source = strings.TrimSpace(source)
	if source == "" {
		return title
	}
	for _, sep := range []string{" - ", " – ", " — ", " | ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+source); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}
