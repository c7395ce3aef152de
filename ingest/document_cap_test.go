package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// TestArticleEventsCapped checks that an article keeps at most maxArticleEvents events,
// the first in text order, and says how many it left out.
func TestArticleEventsCapped(t *testing.T) {
	defer func(n int) { maxArticleEvents = n }(maxArticleEvents)
	maxArticleEvents = 3
	text := strings.Repeat("Vladimir Putin called Emmanuel Macron. Olaf Scholz met Xi Jinping. ", 4)
	a := &Article{ID: "capped", Text: text, Origin: "capped.txt"}
	date, _ := timex.ParseDate("2025-07-01")
	d, dropped, err := ExtractDocument(context.Background(), extract.New(), a, a.Body(), date, graph.HashID(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 3 || dropped == 0 {
		t.Fatalf("%d events stored, %d dropped; want 3 stored and some dropped", len(d.Events), dropped)
	}
	if !strings.Contains(d.Events[0].Evidence, "Putin") {
		t.Errorf("first stored event %q, want the first sentence's", d.Events[0].Evidence)
	}
}
