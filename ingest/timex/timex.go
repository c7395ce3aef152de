package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date at its own precision: Month and Day are 0 when unknown.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// Full reports whether d has a day.
func (d Date) Full() bool { return d.Day != 0 }

// String formats d as ISO 8601 at its precision: "2025", "2025-07" or "2025-07-01".
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time returns the first instant of d in UTC.
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// FromTime returns the full date of t.
func FromTime(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// ParseDate parses "2025", "2025-07" or "2025-07-01" (a longer timestamp keeps its date).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if d.Month > 12 || (len(parts) > 1 && d.Month < 1) {
		return Date{}, fmt.Errorf("date %q: no such month", s)
	}
	if len(parts) > 2 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return Date{}, fmt.Errorf("date %q: no such day (%d-%02d has %d)", s, d.Year, d.Month, daysIn(d.Year, d.Month))
	}
	return d, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Expr is a date or time expression found in text. Start and End are UTF-8 byte offsets,
// End exclusive.
type Expr struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is the TIMEX3-style normalized value: "2025-07-01", "2025-07", "2022",
	// "2025-Q3", "2025-W27", "2025-SU", "199" for the 1990s (as TimeML writes a decade),
	// "2025-07-01T17:00", "P3W" for a duration, "PRESENT_REF", "PAST_REF", "FUTURE_REF",
	// and "" when it cannot be resolved (a relative expression without a reference date).
	Value string `json:"value"`
	// Type is DATE, TIME, DURATION or SET, as in TimeML.
	Type string `json:"type,omitempty"`
	// Since marks "since 2022": an earlier point the text looks back to.
	Since bool `json:"since,omitempty"`
}

// Date returns the calendar date e's value names, at the finest precision Date can carry:
// "2025-07-01T17:00" and "2025-07-01TMO" give the day, a week gives the month of its
// Thursday, a quarter, half or season gives its year. It reports false for durations,
// recurrences, decades, vague references ("PAST_REF") and unresolved values.
func (e Expr) Date() (Date, bool) {
	if e.Type == TypeDuration || e.Type == TypeSet {
		return Date{}, false
	}
	v := e.Value
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if d, err := ParseDate(v); err == nil {
		return d, true
	}
	if len(v) < 7 || v[4] != '-' {
		return Date{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y == 0 {
		return Date{}, false
	}
	switch v[5] {
	case 'Q', 'H', 'S', 'F', 'W':
		if v[5] == 'W' && len(v) >= 8 {
			if w, err := strconv.Atoi(v[6:8]); err == nil && w >= 1 && w <= 53 {
				// ISO week w holds January 4 in week 1; its Thursday names the month.
				jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
				mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
				thu := mon.AddDate(0, 0, 3)
				return Date{thu.Year(), int(thu.Month()), 0}, true
			}
		}
		return Date{y, 0, 0}, true
	}
	return Date{}, false
}
