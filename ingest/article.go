package ingest

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
}
