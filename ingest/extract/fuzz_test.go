package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/relgraph/relgraph/ingest/timex"
)

// FuzzExtract checks what every consumer of the contract relies on, for any text: no panic,
// offsets inside the text on rune boundaries with the text they name, and events whose
// actors and targets are linked entities of the result.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russian President Anna Berg called French President Tomas Vale on Tuesday.",
		"Berg did not meet Vale. She will visit Paris next week, the Kremlin said.",
		"HEADLINE WITHOUT STOP\nThe two leaders agreed to keep in contact since 2022.",
		"\xff\xfe broken \x00 bytes “quotes” — dashes… Élysée",
		"Anna Berg ready to meet Tomas Vale, Ivo Sand says\nBerg left on Sunday in defiance of a \"ban\", after talks, the radio said.",
		"",
	} {
		f.Add(s, "2025-07-01")
	}
	x := New()
	f.Fuzz(func(t *testing.T, text, date string) {
		ref, _ := timex.ParseDate(date)
		r := x.Extract("fuzz", text, ref)
		ids := map[string]bool{}
		for _, e := range r.Resolved {
			ids[e.ID] = true
		}
		checkSpan := func(kind, got string, start, end int) {
			if start < 0 || end > len(text) || start > end {
				t.Fatalf("%s %q: span %d-%d outside a text of %d bytes", kind, got, start, end, len(text))
			}
			if text[start:end] != got {
				t.Fatalf("%s %q: text[%d:%d] is %q", kind, got, start, end, text[start:end])
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[start]) && start < len(text)) {
				t.Fatalf("%s %q starts inside a rune", kind, got)
			}
		}
		for _, m := range r.Entities {
			checkSpan("entity", m.Text, m.Start, m.End)
			if m.ID != "" && !ids[m.ID] {
				t.Fatalf("mention %q links to %q, which is not among the resolved entities", m.Text, m.ID)
			}
		}
		for _, tm := range r.Times {
			checkSpan("time", tm.Text, tm.Start, tm.End)
		}
		for _, ev := range r.Events {
			for _, ref := range append(append([]Ref{}, ev.Source...), ev.Target...) {
				if ref.ID != "" && !ids[ref.ID] {
					t.Fatalf("event %s refers to %q, which is not among the resolved entities", ev.Type, ref.ID)
				}
			}
		}
	})
}
