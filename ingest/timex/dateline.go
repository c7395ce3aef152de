package timex

import "strings"

// LatestFull returns the latest full (year-month-day) date stated in text, read without a
// reference date, so only dates that name their year count. Dates stated in the future
// tense ("talks will resume on March 3, 2026") count only when there is no other, since an
// article is written after the events it reports. It reports false when there is none.
func LatestFull(text string) (Date, bool) {
	var past, future Date
	scan(text, Date{}, func(_, _ int, m *match, _ bool) {
		if m.pt.g != gDay || m.typ != TypeDate {
			return
		}
		d := Date{m.pt.y, m.pt.m, m.pt.d}
		best := &past
		if m.tense > 0 {
			best = &future
		}
		if best.IsZero() || d.Time().After(best.Time()) {
			*best = d
		}
	})
	if past.IsZero() {
		return future, !future.IsZero()
	}
	return past, true
}

// datelineSpan is how far into a story Dateline looks for the dash that ends a dateline,
// and datelineMax how long the dateline itself may be.
const (
	datelineSpan = 160
	datelineMax  = 100
)

// capitalsFirst reports whether s opens with a word in capitals ("BEIJING", "NEW YORK").
func capitalsFirst(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c >= 'a' && c <= 'z':
			return false
		default:
			return n >= 2
		}
	}
	return n >= 2
}

// Dateline reads the dateline that opens a wire story and returns its date:
// "BEIJING, Nov. 2, 2006 (Xinhua) --", "WASHINGTON (AP) April 3, 1997 -",
// "Nov 2 (Reuters) -". A dateline without a year takes its year from the story: the latest
// year it states in the past tense (or, failing one, the earliest it states in the future). It reports false when the text opens with no dated dateline.
func Dateline(text string) (Date, bool) {
	head := strings.TrimLeft(text, " \t\r\n")
	if len(head) > datelineSpan {
		head = head[:datelineSpan]
	}
	// The dateline ends at the first dash, underscore or line break after it.
	end := len(head)
	for _, sep := range []string{"--", " - ", " -", "\u2014", "\u2013", "_", "\n"} {
		if k := strings.Index(head, sep); k > 0 && k < end {
			end = k
		}
	}
	if end == len(head) || end > datelineMax {
		return Date{}, false
	}
	head = head[:end]
	var got match
	found := false
	scan(head, Date{}, func(start, _ int, m *match, _ bool) {
		if found {
			return
		}
		// The dateline opens with a place in capitals or with the date itself.
		if (m.pt.g == gDay || (m.mon != 0 && m.day != 0)) && (start == 0 || capitalsFirst(head)) {
			got, found = *m, true
		}
	})
	if !found {
		return Date{}, false
	}
	if got.pt.g == gDay {
		return Date{got.pt.y, got.pt.m, got.pt.d}, true
	}
	// No year: the story's year is no earlier than the years it states in the past tense
	// and no later than those it states in the future tense.
	past, future := 0, 0
	scan(text, Date{}, func(_, _ int, m *match, _ bool) {
		if !m.absolute || m.pt.g == gNone {
			return
		}
		switch y := m.pt.y; {
		case m.tense > 0:
			if future == 0 || y < future {
				future = y
			}
		case y > past:
			past = y
		}
	})
	year := past
	if year == 0 || (future != 0 && future < year) {
		year = future
	}
	if year == 0 || got.day > daysIn(year, got.mon) {
		return Date{}, false
	}
	return Date{year, got.mon, got.day}, true
}
