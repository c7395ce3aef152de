package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/relgraph/relgraph/queries"
)

// Date is an ISO 8601 date at its own precision: Month and Day are 0 when not known.
type Date struct{ Year, Month, Day int }

// ParseDate reads 2025-07-01, 2025-07 or 2025 (a time after the date is ignored).
func ParseDate(s string) (Date, bool) {
	if len(s) > 10 {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, false
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) || len(parts) > 2 && (d.Day < 1 || d.Day > 31) {
		return Date{}, false
	}
	return d, true
}

// Precision is "day", "month" or "year".
func (d Date) Precision() string {
	switch {
	case d.Day > 0:
		return "day"
	case d.Month > 0:
		return "month"
	}
	return "year"
}

// TimelineTitle describes what a timeline shows, for headings and calendar names.
type TimelineTitle struct {
	Title    string // "Timeline of Vladimir Putin"
	Subtitle string // filters, counts...
}

// CSVHeader is the header row of WriteCSV.
var CSVHeader = []string{"date", "category", "mode", "actors", "targets", "trigger", "topics",
	"negated", "future", "stated_by", "sentence", "article", "title", "url", "published", "event"}

// WriteCSV writes one row per event (RFC 4180, with a header row). Several actors, targets or
// topics are joined with "; ".
func WriteCSV(w io.Writer, evs []*queries.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range evs {
		s := firstSource(e)
		row := []string{e.Date, e.Type, e.Mode, queries.Names(e.Actors, "; "), queries.Names(e.Targets, "; "), e.Trigger,
			queries.TopicNames(e.Topics, "; "), strconv.FormatBool(e.Negated), strconv.FormatBool(e.Future), e.StatedBy,
			s.Sentence, s.Article, s.Title, s.URL, s.Published, e.ID}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes a Markdown table of the events a report can paste: date, who, what,
// with whom, and the source as a link where it has a URL. Pipes and newlines in cells are
// escaped so the table stays whole.
func WriteMarkdown(w io.Writer, t TimelineTitle, evs []*queries.Event) error {
	var b strings.Builder
	if t.Title != "" {
		fmt.Fprintf(&b, "### %s\n\n", mdCell(t.Title))
	}
	if t.Subtitle != "" {
		fmt.Fprintf(&b, "%s\n\n", mdCell(t.Subtitle))
	}
	if len(evs) == 0 {
		b.WriteString("_No events._\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("| Date | Category | Actor | Action | Target | Topics | Source |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, e := range evs {
		action := e.Trigger
		if e.Mode != "" {
			action += " (" + e.Mode + ")"
		}
		if f := strings.Join(e.Notes(), ", "); f != "" {
			action += " — _" + f + "_"
		}
		src := ""
		if s := firstSource(e); s.Title != "" || s.Article != "" {
			title := mdCell(firstNonEmpty(s.Title, s.Article))
			if s.URL != "" {
				src = "[" + strings.NewReplacer("[", `\[`, "]", `\]`).Replace(title) + "](" + mdURL(s.URL) + ")"
			} else {
				src = title
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", mdCell(orDefault(e.Date, "undated")), mdCell(e.Type),
			mdCell(queries.Names(e.Actors, "; ")), mdCell(action), mdCell(queries.Names(e.Targets, "; ")), mdCell(queries.TopicNames(e.Topics, "; ")), src)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdCell(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\\\")
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "\r", "")
	return strings.ReplaceAll(s, "\n", " ")
}

func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29").Replace(u)
}

// TimelineJS is the JSON a TimelineJS3 timeline loads (https://timeline.knightlab.com/docs/json-format.html).
type TimelineJS struct {
	Title  *TJSSlide  `json:"title,omitempty"`
	Events []TJSSlide `json:"events"`
}

// TJSSlide is one TimelineJS slide.
type TJSSlide struct {
	StartDate *TJSDate `json:"start_date,omitempty"`
	Text      TJSText  `json:"text"`
	Group     string   `json:"group,omitempty"`
	UniqueID  string   `json:"unique_id,omitempty"`
}

// TJSDate is a TimelineJS date; month and day are left out at year or month precision.
// TimelineJS documents its date fields as strings or numbers; they are written as strings.
type TJSDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// TJSText is a slide's headline and HTML text.
type TJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// TimelineJSOf builds a TimelineJS timeline: a title slide and one slide per dated event
// (undated events are left out) grouped by PLOVER category. It returns how many were left out.
func TimelineJSOf(t TimelineTitle, evs []*queries.Event) (TimelineJS, int) {
	tl := TimelineJS{Events: []TJSSlide{}}
	if t.Title != "" {
		tl.Title = &TJSSlide{Text: TJSText{Headline: t.Title, Text: htmlEscape(t.Subtitle)}}
	}
	undated := 0
	for _, e := range evs {
		d, ok := ParseDate(e.Date)
		if !ok {
			undated++
			continue
		}
		sd := &TJSDate{Year: strconv.Itoa(d.Year)}
		if d.Month > 0 {
			sd.Month = strconv.Itoa(d.Month)
		}
		if d.Day > 0 {
			sd.Day = strconv.Itoa(d.Day)
		}
		var text strings.Builder
		s := firstSource(e)
		if s.Sentence != "" {
			fmt.Fprintf(&text, "<blockquote>%s</blockquote>", htmlEscape(s.Sentence))
		}
		if s.Title != "" || s.Article != "" {
			title := htmlEscape(firstNonEmpty(s.Title, s.Article))
			if s.URL != "" {
				title = fmt.Sprintf(`<a href="%s">%s</a>`, htmlEscape(s.URL), title)
			}
			fmt.Fprintf(&text, "<p>Source: %s</p>", title)
		}
		if f := strings.Join(e.Notes(), ", "); f != "" {
			fmt.Fprintf(&text, "<p><em>%s</em></p>", htmlEscape(f))
		}
		tl.Events = append(tl.Events, TJSSlide{StartDate: sd, Group: e.Type, UniqueID: e.ID,
			Text: TJSText{Headline: htmlEscape(Headline(e)), Text: text.String()}})
	}
	return tl, undated
}

// WriteTimelineJS writes TimelineJSOf as JSON and returns how many undated events it left out.
func WriteTimelineJS(w io.Writer, t TimelineTitle, evs []*queries.Event) (int, error) {
	tl, undated := TimelineJSOf(t, evs)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return undated, enc.Encode(tl)
}

// Headline is a one-line summary: "Vladimir Putin held a phone conversation Emmanuel Macron"
// reads badly, so it is actor, trigger, then "→ target".
func Headline(e *queries.Event) string {
	h := queries.Names(e.Actors, "; ")
	if h == "" {
		h = "?"
	}
	h += " " + firstNonEmpty(e.Trigger, strings.ToLower(e.Type))
	if t := queries.Names(e.Targets, "; "); t != "" {
		h += " → " + t
	}
	return h
}

func firstSource(e *queries.Event) queries.Source {
	if len(e.Sources) == 0 {
		return queries.Source{}
	}
	return e.Sources[0]
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(s)
}
