package timex

import (
	"strings"
	"testing"
)

// TestParseDateErrors checks that a bad date says what is wrong with it: its form, its
// month or its day (with the month's length).
func TestParseDateErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-02-30", "no such day (2025-02 has 28)"},
		{"2024-02-30", "no such day (2024-02 has 29)"},
		{"2025-13-40", "no such month"},
		{"2025-99", "no such month"},
		{"July 4", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	} {
		_, err := ParseDate(c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseDate(%q): %v, want %q", c.in, err, c.want)
		}
	}
	if d, err := ParseDate("2024-02-29"); err != nil || d.String() != "2024-02-29" {
		t.Errorf("a leap day: %v %v", d, err)
	}
}
