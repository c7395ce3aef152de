package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/relgraph/relgraph/ingest/timex"
)

// dateLayouts are the timestamp forms metadata dates come in besides ISO 8601.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
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
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"January 2006",
	"20060102",
	"2006/01/02",
	"2006.01.02",
}

// parseDate reads a metadata date: an ISO 8601 date at any precision ("2006", "2006-11",
// "2006-11-02"), an ISO timestamp, or an RFC 1123/822-style or written-out date. It returns
// the date as ISO 8601 at its own precision; a timestamp keeps the date in its own offset.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if len(s) <= 10 || s[10] == 'T' || s[10] == 't' {
		if d, err := timex.ParseDate(s); err == nil && (len(s) <= 10 || validTimestamp(s)) {
			return d.String(), nil
		}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return timex.FromTime(t).String(), nil
		}
	}
	if strings.HasPrefix(s, "-") || len(s) > 64 {
		return "", errors.New("not a date; use ISO 8601 such as 2006-11-02")
	}
	return "", fmt.Errorf("cannot read %q as a date; use ISO 8601 such as 2006-11-02 or RFC 1123", s)
}

// validTimestamp reports whether s, which starts with a valid date and a "T", has a
// readable time after it; a timestamp with garbage after the date is not trusted.
func validTimestamp(s string) bool {
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999"} {
		if _, err := time.Parse(l, strings.Replace(s, "t", "T", 1)); err == nil {
			return true
		}
	}
	return false
}
