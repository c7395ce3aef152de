package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/relgraph/relgraph/ingest/timex"
)

// dateLayouts are the timestamp forms metadata dates come in besides ISO 8601.
var dateLayouts = []string{
	"2006-01-02 15:04:05 -0700 MST", // Go's own time.Time.String
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"Mon Jan 2 2006 15:04:05 GMT-0700", // JavaScript's Date.toString, before its "(zone name)"
}

// parseDate reads a metadata date and returns it as ISO 8601 at its own precision ("2006",
// "2006-11", "2006-11-02"); a timestamp keeps the date in its own offset. It reads:
//   - every ISO 8601 date and timestamp, extended ("2023-03-21T12:00:00+01:00") or basic
//     ("20230321T120000Z"), with or without a zone, with a space for the "T", and ISO week
//     ("2023-W12-2") and ordinal ("2023-080") dates;
//   - RFC 1123/822/850 and the other forms feeds and servers write ("Tue, 21 Mar 2023 14:01:25 GMT");
//   - the forms CMSs write in meta tags: Drupal's "Tue, 07/11/2023 - 17:57" (month first, as
//     Drupal's default), "11.07.2023", "2023/07/11 17:57", "July 11, 2023 at 5:57 pm",
//     "11 July 2023, 17:57 CEST", with or without a weekday.
//
// An empty s gives "" and no error; anything else it cannot read is an error that says what
// was expected.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if d, ok := isoDate(s); ok {
		return d.String(), nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return timex.FromTime(t).String(), nil
		}
	}
	if d, ok := cmsDate(s); ok {
		return d.String(), nil
	}
	if strings.HasPrefix(s, "-") || len(s) > 64 {
		return "", errors.New("not a date; use ISO 8601 such as 2006-11-02")
	}
	return "", fmt.Errorf("cannot read %q as a date; use ISO 8601 such as 2006-11-02 or RFC 1123", s)
}

var (
	// isoExtended is YYYY[-MM[-DD]] with an optional time; the time may be basic too.
	isoExtended = regexp.MustCompile(`^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?:[Tt ]([0-9:.,]+)\s*(Z|z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$`)
	// isoBasic is YYYYMMDD with an optional basic or extended time.
	isoBasic = regexp.MustCompile(`^([0-9]{4})([0-9]{2})([0-9]{2})(?:[Tt]([0-9:.,]+)(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$`)
	// isoWeek is YYYY-Www[-D] or YYYYWww[D].
	isoWeek = regexp.MustCompile(`^([0-9]{4})-?W([0-9]{2})(?:-?([1-7]))?(?:T.*)?$`)
	// isoOrdinal is YYYY-DDD or YYYYDDD.
	isoOrdinal = regexp.MustCompile(`^([0-9]{4})-?([0-9]{3})(?:T.*)?$`)
)

// isoDate reads s as one of the ISO 8601 forms. A time after the date must read as a time
// (hh, hh:mm, hh:mm:ss, hhmmss, with a fraction): a date followed by garbage is not trusted.
func isoDate(s string) (timex.Date, bool) {
	if m := isoExtended.FindStringSubmatch(s); m != nil {
		if m[4] != "" && (m[3] == "" || !isoTime(m[4])) {
			return timex.Date{}, false
		}
		return ymd(m[1], m[2], m[3])
	}
	if m := isoBasic.FindStringSubmatch(s); m != nil {
		if m[4] != "" && !isoTime(m[4]) {
			return timex.Date{}, false
		}
		return ymd(m[1], m[2], m[3])
	}
	if m := isoWeek.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		if w < 1 || w > 53 {
			return timex.Date{}, false
		}
		// Week 1 holds January 4th; its Monday starts the ISO year.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
		if _, ww := monday.ISOWeek(); ww != w {
			return timex.Date{}, false
		}
		if m[3] == "" {
			// A week has no day: its month is that of its Thursday, which names its year too.
			th := monday.AddDate(0, 0, 3)
			return timex.Date{Year: th.Year(), Month: int(th.Month())}, true
		}
		wd, _ := strconv.Atoi(m[3])
		return timex.FromTime(monday.AddDate(0, 0, wd-1)), true
	}
	if m := isoOrdinal.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		t := time.Date(y, 1, n, 0, 0, 0, 0, time.UTC)
		if n < 1 || t.Year() != y {
			return timex.Date{}, false
		}
		return timex.FromTime(t), true
	}
	return timex.Date{}, false
}

// isoTimeForms are the times ISO 8601 allows after a date, extended and basic, with an
// optional fraction (comma or period).
var isoTimeForms = regexp.MustCompile(`^(?:([0-9]{2})(?::([0-9]{2})(?::([0-9]{2}))?|([0-9]{2})([0-9]{2})?)?)(?:[.,][0-9]+)?$`)

func isoTime(t string) bool {
	m := isoTimeForms.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2] + m[4])
	sec, _ := strconv.Atoi(m[3] + m[5])
	return h <= 24 && mi < 60 && sec <= 60
}

// ymd makes a date of its year, month and day strings; month and day may be empty.
func ymd(y, m, d string) (timex.Date, bool) {
	s := y
	if m != "" {
		s += "-" + m
		if d != "" {
			s += "-" + d
		}
	}
	date, err := timex.ParseDate(s)
	return date, err == nil
}

var (
	// weekdayPrefix is "Tue, ", "Tuesday ", "Tue. " before a date.
	weekdayPrefix = regexp.MustCompile(`(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	// numericDate is 07/11/2023, 11.07.2023, 2023/07/11 or 2023.07.11, then anything
	// that starts as a time or a separator does (" - 17:57", ", 5:57 pm", " 17:57:00").
	numericDate = regexp.MustCompile(`^([0-9]{1,4})([/.])([0-9]{1,2})([/.])([0-9]{1,4})(?:$|\s*(?:[-|,@]|\s+at\s+|\s)\s*[0-9])`)
	// writtenDate is "July 11, 2023" or "11 July 2023" (any month name or abbreviation),
	// then the end or a time.
	writtenDate = regexp.MustCompile(`(?i)^(?:([a-z]{3,9})\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})|([0-9]{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+([0-9]{4})|([a-z]{3,9})\.?\s+([0-9]{4}))(?:$|\s*(?:[-|,@]|\s+at\s+|\s)\s*[0-9])`)
)

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// cmsDate reads the dates CMSs and templates write: a numeric date with slashes or dots, or
// a written-out one, after an optional weekday and before an optional time. A slashed
// date with the year last is month first (07/11/2023 is July 11th, as Drupal and US
// templates write it) unless its first number cannot be a month; a dotted one is day first
// (11.07.2023, as European templates write it).
func cmsDate(s string) (timex.Date, bool) {
	s = weekdayPrefix.ReplaceAllString(s, "")
	if m := numericDate.FindStringSubmatch(s); m != nil && m[2] == m[4] {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		c, _ := strconv.Atoi(m[5])
		var y, mo, d int
		switch {
		case len(m[1]) == 4 && len(m[5]) <= 2:
			y, mo, d = a, b, c
		case len(m[5]) == 4 && len(m[1]) <= 2:
			y = c
			if m[2] == "." || a > 12 {
				d, mo = a, b
			} else {
				mo, d = a, b
			}
		default:
			return timex.Date{}, false
		}
		return checked(y, mo, d)
	}
	if m := writtenDate.FindStringSubmatch(s); m != nil {
		var mon, day, year string
		switch {
		case m[1] != "":
			mon, day, year = m[1], m[2], m[3]
		case m[5] != "":
			mon, day, year = m[5], m[4], m[6]
		default:
			mon, year = m[7], m[8]
		}
		mo, ok := monthNames[strings.ToLower(mon)]
		if !ok {
			return timex.Date{}, false
		}
		y, _ := strconv.Atoi(year)
		if day == "" {
			return timex.Date{Year: y, Month: mo}, true
		}
		d, _ := strconv.Atoi(day)
		return checked(y, mo, d)
	}
	return timex.Date{}, false
}

func checked(y, m, d int) (timex.Date, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d || y < 1000 {
		return timex.Date{}, false
	}
	return timex.Date{Year: y, Month: m, Day: d}, true
}
