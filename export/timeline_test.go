package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"
	"golang.org/x/net/html"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/queries"
)

func eventByID(evs []*queries.Event, id string) *queries.Event {
	for _, e := range evs {
		if e.ID == id {
			return e
		}
	}
	return nil
}

func TestCSVReadsBack(t *testing.T) {
	evs := testEvents(t)
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, evs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if !slices.Equal(rows[0], export.CSVHeader) {
		t.Errorf("header = %v", rows[0])
	}
	if len(rows)-1 != len(evs) {
		t.Fatalf("%d rows, want %d", len(rows)-1, len(evs))
	}
	col := func(name string) int { return slices.Index(export.CSVHeader, name) }
	for i, e := range evs {
		r := rows[i+1]
		if r[col("event")] != e.ID || r[col("date")] != e.Date || r[col("category")] != e.Type {
			t.Errorf("row %d = %v, want event %s", i+1, r, e.ID)
		}
		// Commas, quotes, semicolons and non-ASCII in sentences come back exactly.
		if r[col("sentence")] != e.Sources[0].Sentence {
			t.Errorf("row %d sentence = %q, want %q", i+1, r[col("sentence")], e.Sources[0].Sentence)
		}
	}
}

func TestMarkdownTableStaysWhole(t *testing.T) {
	evs := testEvents(t)
	var buf bytes.Buffer
	if err := export.WriteMarkdown(&buf, export.TimelineTitle{Title: "Timeline | all"}, evs); err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, "|") {
			rows = append(rows, l)
		}
	}
	if len(rows) != len(evs)+2 {
		t.Fatalf("%d table lines, want header, rule and %d rows:\n%s", len(rows), len(evs), buf.String())
	}
	// An unescaped pipe is a cell border: every row has as many as the header.
	borders := func(l string) int { return strings.Count(l, "|") - strings.Count(l, `\|`) }
	for _, r := range rows {
		if borders(r) != borders(rows[0]) {
			t.Errorf("row has %d cell borders, header %d: %s", borders(r), borders(rows[0]), r)
		}
	}
	if !strings.Contains(buf.String(), "[Putin and Macron speak by phone, their first call since 2022](https://news.example/2025/07/01/putin-macron-call)") {
		t.Errorf("no linked source:\n%s", buf.String())
	}
}

func TestTimelineJSShape(t *testing.T) {
	evs := testEvents(t)
	var buf bytes.Buffer
	undated, err := export.WriteTimelineJS(&buf, export.TimelineTitle{Title: "All events", Subtitle: "test"}, evs)
	if err != nil {
		t.Fatal(err)
	}
	_, dated := docEvents(testDocuments(t))
	if undated != len(evs)-dated {
		t.Errorf("undated = %d, want %d", undated, len(evs)-dated)
	}
	// Read it as TimelineJS does: plain JSON with title and events.
	var doc struct {
		Title *struct {
			Text map[string]string `json:"text"`
		} `json:"title"`
		Events []struct {
			StartDate map[string]any    `json:"start_date"`
			Text      map[string]string `json:"text"`
			Group     string            `json:"group"`
			UniqueID  string            `json:"unique_id"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title == nil || doc.Title.Text["headline"] != "All events" {
		t.Errorf("title slide = %+v", doc.Title)
	}
	if len(doc.Events) != dated {
		t.Fatalf("%d slides, want one per dated event (%d)", len(doc.Events), dated)
	}
	byID := map[string]map[string]any{}
	for _, e := range doc.Events {
		if e.StartDate["year"] == nil || e.Text["headline"] == "" {
			t.Errorf("slide %s: needs start_date.year and text.headline: %+v", e.UniqueID, e)
		}
		if src := eventByID(evs, e.UniqueID); src == nil || e.Group != src.Type {
			t.Errorf("slide %s: group %q", e.UniqueID, e.Group)
		}
		byID[e.UniqueID] = e.StartDate
	}
	tests := []struct {
		id   string
		want map[string]any
	}{
		{"ev-call-2022", map[string]any{"year": "2022"}},
		{"ev-putin-condemns", map[string]any{"year": "2024", "month": "3"}},
		{"ev-call", map[string]any{"year": "2025", "month": "7", "day": "1"}},
	}
	for _, tt := range tests {
		got := byID[tt.id]
		if len(got) != len(tt.want) {
			t.Errorf("%s start_date = %v, want %v", tt.id, got, tt.want)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("%s start_date.%s = %v, want %v", tt.id, k, got[k], v)
			}
		}
	}
}

func TestICSReadsBack(t *testing.T) {
	evs := testEvents(t)
	var buf bytes.Buffer
	stamp := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	undated, err := export.WriteICS(&buf, export.ICSOptions{Name: "Putin, Macron; and others", Stamp: stamp}, evs)
	if err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	if !strings.HasSuffix(raw, "\r\n") {
		t.Error("last line does not end in CRLF")
	}
	for i, l := range strings.Split(strings.TrimSuffix(raw, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF", i+1)
		}
	}
	cal, err := ical.NewDecoder(strings.NewReader(raw)).Decode()
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	for _, p := range []string{ical.PropProductID, ical.PropVersion} {
		if cal.Props.Get(p) == nil {
			t.Errorf("calendar has no %s", p)
		}
	}
	vevents := cal.Events()
	if len(vevents)+undated != len(evs) {
		t.Errorf("%d VEVENTs + %d undated, want %d events", len(vevents), undated, len(evs))
	}
	got := map[string]ical.Event{}
	for _, v := range vevents {
		uid, _ := v.Props.Text(ical.PropUID)
		got[uid] = v
		if ts, err := v.Props.DateTime(ical.PropDateTimeStamp, time.UTC); err != nil || !ts.Equal(stamp) {
			t.Errorf("%s DTSTAMP = %v, %v", uid, ts, err)
		}
	}
	tests := []struct {
		uid, start, precision string
	}{
		{"ev-call@relgraph", "20250701", ""},
		{"ev-putin-condemns@relgraph", "20240301", "month"},
		{"ev-call-2022@relgraph", "20220101", "year"},
	}
	for _, tt := range tests {
		v, ok := got[tt.uid]
		if !ok {
			t.Errorf("no VEVENT %s", tt.uid)
			continue
		}
		ds := v.Props.Get(ical.PropDateTimeStart)
		if ds.Value != tt.start || ds.Params.Get(ical.ParamValue) != "DATE" {
			t.Errorf("%s DTSTART = %s %v, want all-day %s", tt.uid, ds.Value, ds.Params, tt.start)
		}
		desc, _ := v.Props.Text(ical.PropDescription)
		if tt.precision != "" && !strings.Contains(desc, "known to the "+tt.precision+" only") {
			t.Errorf("%s description does not give the precision: %q", tt.uid, desc)
		}
	}
	// Commas, semicolons, quotes and accents in the sentence survive escaping and folding.
	urge := eventByID(evs, "ev-urge-iran")
	desc, err := got["ev-urge-iran@relgraph"].Props.Text(ical.PropDescription)
	if err != nil || !strings.Contains(desc, urge.Sources[0].Sentence) || !strings.Contains(desc, urge.Sources[0].Title) {
		t.Errorf("description = %q, %v; want the sentence %q and the article title", desc, err, urge.Sources[0].Sentence)
	}
	if name, _ := cal.Props.Text("X-WR-CALNAME"); name != "Putin, Macron; and others" {
		t.Errorf("calendar name = %q", name)
	}
}

func TestHTMLIsStandalone(t *testing.T) {
	evs := testEvents(t)
	var buf bytes.Buffer
	if err := export.WriteHTML(&buf, export.TimelineTitle{Title: "Events </script><b>", Subtitle: "all"}, evs); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var data string
	var scripts int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if (a.Key == "src" || (a.Key == "href" && n.Data == "link")) && a.Val != "" {
					t.Errorf("<%s %s=%q> loads from outside the page", n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "b" {
				t.Error("the title's markup became an element")
			}
			if n.Data == "script" {
				scripts++
				for _, a := range n.Attr {
					if a.Key == "id" && a.Val == "data" && n.FirstChild != nil {
						data = n.FirstChild.Data
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if scripts != 2 {
		t.Errorf("%d script elements, want the data and the drawing code", scripts)
	}
	var d struct {
		Events []struct {
			ID, Category, Start, End, Precision, Sentence string
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(data), &d); err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	if len(d.Events) != len(evs) {
		t.Fatalf("%d events in the page, want %d", len(d.Events), len(evs))
	}
	for _, e := range d.Events {
		src := eventByID(evs, e.ID)
		if e.Sentence != src.Sources[0].Sentence || e.Category != src.Type {
			t.Errorf("event %s in the page = %+v", e.ID, e)
		}
		if e.ID == "ev-call-2022" && (e.Start != "2022-01-01" || e.End != "2023-01-01" || e.Precision != "year") {
			t.Errorf("2022 event spans %s..%s (%s), want the whole year", e.Start, e.End, e.Precision)
		}
	}
}

// TestICSFoldsWholeCharacters folds a summary of three-byte characters, which a fold at a
// fixed 75 octets would cut in the middle of.
func TestICSFoldsWholeCharacters(t *testing.T) {
	trigger := strings.Repeat("举行会谈", 12)
	ev := &queries.Event{ID: "ev-cjk", Type: "CONSULT", Trigger: trigger, Date: "2025-07-01",
		Actors: []queries.Ref{{ID: "a", Name: "甲"}}, Targets: []queries.Ref{}, Topics: []queries.Topic{},
		Sources: []queries.Source{{Article: "x", Title: "标题", Sentence: strings.Repeat("句子。", 40)}}}
	var buf bytes.Buffer
	if _, err := export.WriteICS(&buf, export.ICSOptions{Stamp: time.Unix(0, 0)}, []*queries.Event{ev}); err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n") {
		if len(l) > 75 || !utf8.ValidString(l) {
			t.Errorf("line %d (%d octets) is too long or splits a character: %q", i+1, len(l), l)
		}
	}
	cal, err := ical.NewDecoder(&buf).Decode()
	if err != nil {
		t.Fatal(err)
	}
	summary, _ := cal.Events()[0].Props.Text(ical.PropSummary)
	if want := "CONSULT: " + export.Headline(ev); summary != want {
		t.Errorf("summary = %q, want %q", summary, want)
	}
}
