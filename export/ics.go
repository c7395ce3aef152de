package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/relgraph/relgraph/queries"
)

// ICSOptions tune WriteICS.
type ICSOptions struct {
	// Name is the calendar's name (X-WR-CALNAME), shown by calendar programs.
	Name string
	// Stamp is every event's DTSTAMP: when the calendar was made.
	Stamp time.Time
}

// WriteICS writes an iCalendar (RFC 5545) calendar with one all-day VEVENT per dated event;
// undated events are left out and counted. An event known only to the month or the year
// starts on its first day and says so in its description. UIDs are the event's ID
// "@relgraph", stable across exports, so a calendar program updates rather than duplicates.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
func WriteICS(w io.Writer, opts ICSOptions, evs []*queries.Event) (undated int, err error) {
	var b strings.Builder
	line := func(s string) { foldLine(&b, s) }
	stamp := opts.Stamp.UTC().Format("20060102T150405Z")
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//relgraph//relgraph timeline//EN")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	if opts.Name != "" {
		line("X-WR-CALNAME:" + icsText(opts.Name))
	}
	for _, e := range evs {
		d, ok := ParseDate(e.Date)
		if !ok || d.Year < 1 {
			undated++
			continue
		}
		day, prec := d, d.Precision()
		if day.Month == 0 {
			day.Month = 1
		}
		if day.Day == 0 {
			day.Day = 1
		}
		start := time.Date(day.Year, time.Month(day.Month), day.Day, 0, 0, 0, 0, time.UTC)
		if start.Day() != day.Day { // 2025-02-30: keep the month
			start = time.Date(day.Year, time.Month(day.Month), 1, 0, 0, 0, 0, time.UTC)
			prec = "month"
		}
		var desc []string
		switch prec {
		case "month":
			desc = append(desc, fmt.Sprintf("Date known to the month only: %04d-%02d.", d.Year, d.Month))
		case "year":
			desc = append(desc, fmt.Sprintf("Date known to the year only: %04d.", d.Year))
		}
		if f := strings.Join(e.Notes(), ", "); f != "" {
			desc = append(desc, "Note: "+f+".")
		}
		for _, s := range e.Sources {
			src := firstNonEmpty(s.Title, s.Article)
			if s.Published != "" {
				src += " (" + s.Published + ")"
			}
			if s.URL != "" {
				src += " " + s.URL
			}
			desc = append(desc, "Source: "+src)
			if s.Sentence != "" {
				desc = append(desc, "“"+s.Sentence+"”")
			}
		}
		line("BEGIN:VEVENT")
		line("UID:" + icsText(e.ID) + "@relgraph")
		line("DTSTAMP:" + stamp)
		line("DTSTART;VALUE=DATE:" + start.Format("20060102"))
		line("DTEND;VALUE=DATE:" + start.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY:" + icsText(e.Type+": "+Headline(e)))
		if len(desc) > 0 {
			line("DESCRIPTION:" + icsText(strings.Join(desc, "\n")))
		}
		if e.Type != "" {
			line("CATEGORIES:" + icsText(e.Type))
		}
		if s := firstSource(e); s.URL != "" && !strings.ContainsAny(s.URL, " \r\n\"") {
			line("URL:" + s.URL)
		}
		line("TRANSP:TRANSPARENT")
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	_, err = io.WriteString(w, b.String())
	return undated, err
}

// icsText escapes an iCalendar TEXT value: backslash, semicolon, comma and newlines.
func icsText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", `\n`).Replace(s)
}

// foldLine writes a content line ending in CRLF, folded so no line exceeds 75 octets: each
// continuation starts with a space, and a fold never splits a UTF-8 sequence.
func foldLine(b *strings.Builder, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
