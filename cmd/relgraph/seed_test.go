package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/queries"
)

// seedPath is the article relgraph was designed from, kept with the shared evaluation data.
func seedPath(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../../shared/data/seed/putin-macron-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("the seed article is not here (%v); it lives in ../shared/data/seed beside the repository", err)
	}
	return p
}

// relgraphJSON runs relgraph with args and decodes its JSON answer into v.
func relgraphJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	io, out, errOut := testStreams("")
	if code := run(context.Background(), append(args, "--format", "json"), io); code != 0 {
		t.Fatalf("relgraph %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	if err := json.Unmarshal(out.Bytes(), v); err != nil {
		t.Fatalf("relgraph %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func ingestSeed(t *testing.T, extra ...string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "relgraph.db")
	io, _, errOut := testStreams("")
	args := append([]string{"ingest", "--db", db, seedPath(t)}, extra...)
	if code := run(context.Background(), args, io); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	if len(extra) == 0 && !strings.Contains(errOut.String(), "dated 2025-07-01, the latest full date in its text") {
		t.Errorf("ingest without --date gave no notice of how it dated the article:\n%s", errOut)
	}
	return db
}

func TestSeedArticle(t *testing.T) {
	db := ingestSeed(t)

	var lc queries.LastContact
	relgraphJSON(t, &lc, "last-contact", "Putin", "Macron", "--db", db)
	if lc.Last == nil || lc.Last.Date != "2025-07-01" || lc.Last.Mode != "phone" {
		t.Fatalf("last contact = %+v, want the phone call of 2025-07-01", lc.Last)
	}
	if lc.Previous == nil || lc.Previous.Date != "2022" {
		t.Fatalf("previous contact = %+v, want the one in 2022 the article looks back to", lc.Previous)
	}

	var rel []*queries.Event
	relgraphJSON(t, &rel, "relations", "Putin", "Macron", "--db", db)
	topics := map[string]bool{}
	types := map[string][]*queries.Event{}
	for _, e := range rel {
		for _, tp := range e.Topics {
			topics[tp.ID] = true
		}
		types[e.Type] = append(types[e.Type], e)
	}
	for _, want := range []string{"iran", "ukraine"} {
		if !topics[want] {
			t.Errorf("topics of Putin-Macron relations lack %s: %v", want, topics)
		}
	}
	demand := slices.IndexFunc(types["DEMAND"], func(e *queries.Event) bool {
		return len(e.Actors) > 0 && e.Actors[0].ID == "emmanuel-macron" && e.Involves("vladimir-putin")
	})
	if demand < 0 {
		t.Errorf("no DEMAND by Macron on Putin (he urged a ceasefire) among %d events", len(rel))
	}
	agree := slices.IndexFunc(types["AGREE"], func(e *queries.Event) bool {
		return e.Involves("vladimir-putin") && e.Involves("emmanuel-macron")
	})
	if agree < 0 {
		t.Errorf("no AGREE between Putin and Macron (they agreed to keep in contact)")
	}

	var called []map[string]string
	relgraphJSON(t, &called, "gizmo", `g.V("<entity/vladimir-putin>").Out("<called>").All()`, "--db", db)
	if len(called) != 1 || called[0]["id"] != "<entity/emmanuel-macron>" {
		t.Errorf("Putin called %v, want entity/emmanuel-macron", called)
	}

	var tl []*queries.Event
	relgraphJSON(t, &tl, "timeline", "Putin", "--db", db)
	if !slices.IsSortedFunc(tl, func(a, b *queries.Event) int { return strings.Compare(a.Date, b.Date) }) {
		t.Errorf("timeline is not sorted by date")
	}
	if !slices.ContainsFunc(tl, func(e *queries.Event) bool { return e.Date == "2025-07-01" }) {
		t.Errorf("timeline lacks 2025-07-01")
	}
}

func TestSeedArticleWithLaterDate(t *testing.T) {
	db := ingestSeed(t, "--date", "2025-07-03")
	var lc queries.LastContact
	relgraphJSON(t, &lc, "last-contact", "Putin", "Macron", "--db", db)
	if lc.Last == nil || lc.Last.Date != "2025-07-01" {
		t.Fatalf("with --date 2025-07-03, the call on Tuesday is dated %+v, want 2025-07-01", lc.Last)
	}
}
