package extract

import (
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/timex"
)

// TestPartEnd checks where a long text is cut: after a blank line rather than a line end,
// after a line end rather than a sentence, and so on down to a character boundary.
func TestPartEnd(t *testing.T) {
	fill := func(c string) string { return strings.Repeat(c, PartBytes*3/4) }
	cases := []struct {
		name string
		text string
		want int
	}{
		{"fits", "short text", len("short text")},
		{"paragraph", fill("a") + "\n\nb c.\nd. e, f " + fill("g"), PartBytes*3/4 + 2},
		{"line", fill("a") + "\nb c. d, e " + fill("g"), PartBytes*3/4 + 1},
		{"sentence", fill("a") + ". b, c " + fill("g"), PartBytes*3/4 + 2},
		{"clause", fill("a") + ", b c " + fill("g"), PartBytes*3/4 + 2},
		{"word", fill("a") + " b" + fill("g"), PartBytes * 3 / 4},
		{"rune", strings.Repeat("é", PartBytes), PartBytes},
		{"rune boundary", "x" + strings.Repeat("é", PartBytes), PartBytes - 1},
	}
	for _, c := range cases {
		if got := partEnd(c.text, 0); got != c.want {
			t.Errorf("%s: cut at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestPartsJoin extracts an article of ordinary paragraphs a little longer than PartBytes,
// so in two parts, and checks that every offset of the joined result points at its text in
// the whole article, that the second part's mentions are there, and that an entity named
// in both parts is resolved once.
func TestPartsJoin(t *testing.T) {
	para := "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Tuesday, the Elysee said. " +
		"The two leaders discussed the war in Ukraine.\n\n"
	text := strings.Repeat(para, PartBytes/len(para)+20)
	if n := Parts(text); n != 2 {
		t.Fatalf("%d bytes in %d parts, want 2", len(text), n)
	}
	r := New().Extract("parts", text, timex.Date{Year: 2025, Month: 7, Day: 1})
	last := 0
	for _, m := range r.Entities {
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("entity %q at %d-%d, where the text says %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		last = max(last, m.End)
	}
	if last < len(text)-len(para) {
		t.Errorf("the last mention ends at %d of %d bytes: the second part is missing", last, len(text))
	}
	for _, tm := range r.Times {
		if text[tm.Start:tm.End] != tm.Text {
			t.Fatalf("time %q at %d-%d, where the text says %q", tm.Text, tm.Start, tm.End, text[tm.Start:tm.End])
		}
	}
	for _, e := range r.Events {
		if text[e.Start:e.End] != e.Sentence {
			t.Fatalf("event %s at %d-%d, where the text says %q, not %q", e.Type, e.Start, e.End, text[e.Start:e.End], e.Sentence)
		}
	}
	seen := map[string]bool{}
	for _, e := range r.Resolved {
		if seen[e.ID] {
			t.Errorf("entity %s resolved twice", e.ID)
		}
		seen[e.ID] = true
	}
	if !seen["vladimir-putin"] || !seen["emmanuel-macron"] {
		t.Errorf("resolved %v, want vladimir-putin and emmanuel-macron among them", seen)
	}
}
