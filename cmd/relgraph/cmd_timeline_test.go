package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestTimelinePages asks for Putin's timeline in the export test graph (four events, drawn
// in export/export_test.go) whole and in pages of --limit and --offset: the pages, in
// order, must be the whole timeline, each truncation said on stderr, a page past the end
// empty, and a negative number a usage error.
func TestTimelinePages(t *testing.T) {
	db := writeExportStore(t)
	ids := func(args ...string) ([]string, string) {
		t.Helper()
		code, out, errOut := relgraphRun(t, "", append([]string{"--db", db, "timeline", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("timeline %v: exit %d: %s", args, code, errOut)
		}
		var evs []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatalf("timeline %v: %v\n%s", args, err, out)
		}
		var ids []string
		for _, e := range evs {
			ids = append(ids, e.ID)
		}
		return ids, errOut
	}
	whole, errOut := ids("Putin")
	if len(whole) != 4 || errOut != "" {
		t.Fatalf("Putin's whole timeline: %v (stderr %q), want 4 events and nothing said", whole, errOut)
	}
	var paged []string
	for _, c := range []struct {
		offset, say string
	}{{"0", "events 1-3 of 4 listed"}, {"3", "events 4-4 of 4 listed"}} {
		page, errOut := ids("Putin", "--limit", "3", "--offset", c.offset)
		if !strings.Contains(errOut, c.say) {
			t.Errorf("--offset %s --limit 3 says %q, want %q", c.offset, errOut, c.say)
		}
		paged = append(paged, page...)
	}
	if !slices.Equal(paged, whole) {
		t.Errorf("two pages of 3 = %v, want the whole timeline %v", paged, whole)
	}
	if page, errOut := ids("Putin", "--offset", "4"); len(page) != 0 || !strings.Contains(errOut, "no events from 5 on; there are 4") {
		t.Errorf("--offset 4 of 4 events: %v, stderr %q; want none, and a notice", page, errOut)
	}
	all, _ := ids()
	if page, _ := ids("--offset", "1", "--limit", "2"); !slices.Equal(page, all[1:3]) {
		t.Errorf("every event, --offset 1 --limit 2 = %v, want %v", page, all[1:3])
	}
	if code, _, _ := relgraphRun(t, "", "--db", db, "timeline", "Putin", "--limit", "-1"); code != exitUsage {
		t.Errorf("--limit -1: exit %d, want %d", code, exitUsage)
	}
}

// TestRelationsNoneSaid checks that a relations table with no rows says why on stderr, and
// that the JSON answer for the same question stays an empty list with nothing said.
func TestRelationsNoneSaid(t *testing.T) {
	db := writeExportStore(t)
	code, out, errOut := relgraphRun(t, "", "--db", db, "relations", "Putin", "--type", "FIGHT", "--format", "table")
	if code != 0 || !strings.Contains(errOut, "no events for") || !strings.Contains(out, "DATE") {
		t.Errorf("no FIGHT of Putin's, as a table: exit %d, stdout %q, stderr %q; want the header and a notice", code, out, errOut)
	}
	code, out, errOut = relgraphRun(t, "", "--db", db, "relations", "Putin", "--type", "FIGHT", "--format", "json")
	if code != 0 || strings.TrimSpace(out) != "[]" || errOut != "" {
		t.Errorf("as JSON: exit %d, stdout %q, stderr %q; want [] and nothing said", code, out, errOut)
	}
}
