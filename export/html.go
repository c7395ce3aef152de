package export

import (
	_ "embed"
	"encoding/json"

	"io"
	"strings"
	"time"

	"github.com/relgraph/relgraph/queries"
)

//go:embed timeline.html
var timelinePage string

// htmlEvent is one event as the page's script reads it.
type htmlEvent struct {
	ID        string `json:"id"`
	Category  string `json:"category"`
	Display   string `json:"display"`
	Start     string `json:"start,omitempty"` // first day, inclusive
	End       string `json:"end,omitempty"`   // day after the last, exclusive
	Precision string `json:"precision"`
	Headline  string `json:"headline"`
	Mode      string `json:"mode,omitempty"`
	Topics    string `json:"topics,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	Article   string `json:"article,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Flags     string `json:"flags,omitempty"`
	Negated   bool   `json:"negated,omitempty"`
	Future    bool   `json:"future,omitempty"`
}

// WriteHTML writes one standalone HTML page that draws the events on a date axis as SVG, a
// lane per PLOVER category in its colour, with a legend that hides and shows categories;
// hovering an event shows its sentence and source, clicking keeps them below the chart. Day
// dates are dots; month and year dates are bars across the month or year. Undated events are
// listed under the chart. The page loads nothing from the network.
func WriteHTML(w io.Writer, t TimelineTitle, evs []*queries.Event) error {
	out := make([]htmlEvent, 0, len(evs))
	for _, e := range evs {
		s := firstSource(e)
		h := htmlEvent{ID: e.ID, Category: orDefault(e.Type, "OTHER"), Display: orDefault(e.Date, "undated"), Headline: Headline(e),
			Mode: e.Mode, Topics: strings.ReplaceAll(queries.TopicNames(e.Topics, "; "), "; ", ", "), Sentence: s.Sentence, Article: s.Article,
			Title: s.Title, URL: s.URL, Published: s.Published, Flags: strings.Join(e.Notes(), ", "), Negated: e.Negated, Future: e.Future}
		if d, ok := ParseDate(e.Date); ok && d.Year > 0 {
			start, end := span(d)
			h.Start, h.End, h.Precision = start.Format(time.DateOnly), end.Format(time.DateOnly), d.Precision()
		}
		out = append(out, h)
	}
	data, err := json.Marshal(map[string]any{"events": out, "colors": categoryColors, "order": Categories})
	if err != nil {
		return err
	}
	// json.Marshal escapes <, > and & as \u003c..., so the data cannot close its script element.
	page := strings.NewReplacer("{{TITLE}}", htmlEscape(orDefault(t.Title, "relgraph timeline")),
		"{{SUBTITLE}}", htmlEscape(t.Subtitle), "{{DATA}}", string(data)).Replace(timelinePage)
	_, err = io.WriteString(w, page)
	return err
}

// span returns the days a date covers: [start, end).
func span(d Date) (time.Time, time.Time) {
	switch d.Precision() {
	case "year":
		s := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(1, 0, 0)
	case "month":
		s := time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 1, 0)
	}
	s := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return s, s.AddDate(0, 0, 1)
}
