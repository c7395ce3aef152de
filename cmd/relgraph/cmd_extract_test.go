package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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
