package extract

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/relgraph/relgraph/ingest/timex"
)

// PartBytes is the size (bytes) above which an article is extracted in parts of at most
// this size, cut at a paragraph, else a line, else a sentence, else a clause or a word.
// Each part is extracted on its own and the results are joined, so the working memory of
// an extraction (tokens, mentions, trees: some twenty times the text) stays that of one
// part, whatever the article's size; the result itself grows with the article. Names,
// pronouns and relative dates are linked within a part, not across parts, so a caller
// should tell the user when an article is this long. News articles are far below it (the
// longest of the 1,283 wire stories in ../shared/data/news is 8 KB).
const PartBytes = 512 << 10

// Parts returns the number of parts ExtractContext cuts text into: 1 up to PartBytes, more
// above it (a little more than len(text) / PartBytes, as the cuts fall at paragraph or
// sentence ends).
func Parts(text string) int {
	n := 0
	for off := 0; off < len(text); off = partEnd(text, off) {
		n++
	}
	return max(n, 1)
}

// extractParts extracts text part by part (see PartBytes) and joins the results: offsets
// count in text, entities resolved in several parts are listed once with the aliases and
// roles of all of them.
func (x *Extractor) extractParts(ctx context.Context, id, text string, date timex.Date) (Result, error) {
	res := Result{ID: id, Entities: []Mention{}, Times: []Time{}, Events: []Event{}}
	first := true
	resolved, err := x.ExtractParts(ctx, id, text, date, func(r Result) error {
		if first {
			// Room for the whole article at the first part's density, and a tenth more:
			// growing the lists by appending would hold the old and the new array at once.
			first = false
			scale := float64(len(text)) / float64(partEnd(text, 0)) * 1.1
			res.Entities = make([]Mention, 0, int(float64(len(r.Entities))*scale))
			res.Events = make([]Event, 0, int(float64(len(r.Events))*scale))
		}
		res.Entities = append(res.Entities, r.Entities...)
		res.Times = append(res.Times, r.Times...)
		res.Events = append(res.Events, r.Events...)
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	res.Resolved = resolved
	return res, nil
}

// ExtractParts is ExtractContext for a caller that writes the result as it comes: it
// extracts text part by part (see PartBytes; one part when it is shorter) and calls fn
// with each part's mentions, times and events, offsets counted in text, in order; then it
// returns the resolved entities of the whole article. The parts' lists put end to end, and
// the entities returned, are ExtractContext's Result; fn's Result has no Resolved and is
// the caller's to drop once fn returns. An error from fn stops the extraction.
func (x *Extractor) ExtractParts(ctx context.Context, id, text string, date timex.Date, fn func(part Result) error) ([]Entity, error) {
	if len(text) <= PartBytes {
		r, err := x.extractWhole(ctx, id, text, date)
		if err != nil {
			return nil, err
		}
		all := r.Resolved
		r.Resolved = nil
		return all, fn(r)
	}
	all := []Entity{}
	resolved := map[string]int{} // entity ID -> index in all
	for off := 0; off < len(text); {
		end := partEnd(text, off)
		r, err := x.extractWhole(ctx, id, text[off:end], date)
		if err != nil {
			return nil, err
		}
		for i := range r.Entities {
			r.Entities[i].Start, r.Entities[i].End = r.Entities[i].Start+off, r.Entities[i].End+off
		}
		for i := range r.Times {
			r.Times[i].Start, r.Times[i].End = r.Times[i].Start+off, r.Times[i].End+off
		}
		for i := range r.Events {
			r.Events[i].Start, r.Events[i].End = r.Events[i].Start+off, r.Events[i].End+off
		}
		for _, e := range r.Resolved {
			k, ok := resolved[e.ID]
			if !ok {
				resolved[e.ID] = len(all)
				all = append(all, e)
				continue
			}
			have := &all[k]
			for _, a := range e.Aliases {
				if !contains(have.Aliases, a) {
					have.Aliases = append(have.Aliases, a)
				}
			}
			for _, ro := range e.Roles {
				if !hasRole(have.Roles, ro) {
					have.Roles = append(have.Roles, ro)
				}
			}
		}
		r.Resolved = nil
		if err := fn(r); err != nil {
			return nil, err
		}
		off = end
	}
	return all, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasRole(roles []Role, r Role) bool {
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

// partEnd returns the end of the part of text that starts at off: the end of text when
// what is left fits in PartBytes, else the latest cut within PartBytes of off after a
// blank line, else after a line, else after the end of a sentence (". "), else after a
// comma or semicolon, else before a space, searched in the second half of the window so
// that no part is small; else a cut at a character boundary.
func partEnd(text string, off int) int {
	if len(text)-off <= PartBytes {
		return len(text)
	}
	win := text[off+PartBytes/2 : off+PartBytes]
	base := off + PartBytes/2
	for _, sep := range []string{"\n\n", "\n", ". ", "! ", "? ", ", ", "; "} {
		if i := strings.LastIndex(win, sep); i >= 0 {
			return base + i + len(sep)
		}
	}
	if i := strings.LastIndexByte(win, ' '); i >= 0 {
		return base + i
	}
	end := off + PartBytes
	for end > off+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// PartsNotice returns what to tell the user about an article of text extracted in parts,
// "" for one extracted whole.
func PartsNotice(text string) string {
	n := Parts(text)
	if n == 1 {
		return ""
	}
	return fmt.Sprintf("%.1f MB long, extracted in %d parts of at most %d KiB; names, pronouns and relative dates are linked within each part",
		float64(len(text))/1e6, n, PartBytes>>10)
}
