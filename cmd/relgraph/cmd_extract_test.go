package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// TestWriteResultJSON checks that the element-by-element writers of extract's output give
// exactly what encoding the whole result does, indented and on one line, empty lists
// included.
func TestWriteResultJSON(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "seed", "putin-macron-call.txt"))
	if err != nil {
		text = []byte("Vladimir Putin called Emmanuel Macron on Tuesday, the Kremlin said.")
	}
	date, _ := timex.ParseDate("2025-07-03")
	for _, r := range []extract.Result{
		extract.New().Extract("seed", string(text), date),
		extract.New().Extract("none", "nothing here", date),
		{ID: "<&>"},
	} {
		var whole, streamed bytes.Buffer
		if err := writeJSON(&whole, r); err != nil {
			t.Fatal(err)
		}
		if err := writeResultJSON(&streamed, r); err != nil {
			t.Fatal(err)
		}
		if whole.String() != streamed.String() {
			t.Errorf("%s: streamed output differs from the whole:\n%s\nwant:\n%s", r.ID, streamed.String(), whole.String())
		}
		var line, lineStreamed bytes.Buffer
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if err := writeResultLine(&lineStreamed, r); err != nil {
			t.Fatal(err)
		}
		if line.String() != lineStreamed.String() {
			t.Errorf("%s: streamed line differs from the encoded one:\n%s\nwant:\n%s", r.ID, lineStreamed.String(), line.String())
		}
	}
}

// TestExtractToLongArticle: an article extracted in parts and written part by part through
// temporary files gives exactly the output of its whole result, indented and on one line.
func TestExtractToLongArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 1.2 MB")
	}
	var sb strings.Builder
	parts := []string{"Germany condemned Russia", "Kenya signed an accord with Ethiopia on Tuesday",
		"the mayor of Lyon met protesters in Paris", "President Lula accused Argentina"}
	for i := 0; sb.Len() < 2*extract.PartBytes+extract.PartBytes/3; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		if i%500 == 499 {
			sb.WriteString("and he said so.\n\n")
		}
		sb.WriteString(parts[i%len(parts)])
	}
	text := sb.String() + "."
	date, _ := timex.ParseDate("2025-07-01")
	x := extract.New()
	r := x.Extract("long", text, date)
	if extract.Parts(text) < 3 || len(r.Events) == 0 || len(r.Resolved) == 0 {
		t.Fatalf("%d parts, %d events, %d entities: not the long article meant", extract.Parts(text), len(r.Events), len(r.Resolved))
	}
	for _, indent := range []bool{true, false} {
		var whole, parted bytes.Buffer
		if err := writeResult(&whole, r, indent); err != nil {
			t.Fatal(err)
		}
		if err := extractTo(context.Background(), x, "long", text, date, &parted, indent); err != nil {
			t.Fatal(err)
		}
		if whole.String() != parted.String() {
			t.Errorf("indent %v: written part by part, %d bytes differ from the whole result's %d", indent, parted.Len(), whole.Len())
		}
	}
}
