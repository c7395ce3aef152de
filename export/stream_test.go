package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/graph"
)

// writeAll writes g in the four streamed formats, DOT with opts.
func writeAll(t *testing.T, g export.Graph, opts export.DOTOptions) map[string]string {
	t.Helper()
	ctx := t.Context()
	out := map[string]string{}
	var buf bytes.Buffer
	if err := export.WriteJSONLD(ctx, &buf, g); err != nil {
		t.Fatal(err)
	}
	out["jsonld"] = buf.String()
	buf.Reset()
	if _, err := export.WriteGraphML(ctx, &buf, g); err != nil {
		t.Fatal(err)
	}
	out["graphml"] = buf.String()
	buf.Reset()
	if _, err := export.WriteDOT(ctx, &buf, g, opts); err != nil {
		t.Fatal(err)
	}
	out["dot"] = buf.String()
	buf.Reset()
	if err := export.WritePLOVER(ctx, &buf, g); err != nil {
		t.Fatal(err)
	}
	out["plover"] = buf.String()
	return out
}

// TestStoreGraphWritesWhatTheModelWrites reads the same store node by node (StoreGraph) and
// whole (Load), and wants the same bytes from every streamed writer: on the test graph, and
// on a larger one whose DOT drawing is cut to 40 entities (the cap's two passes).
func TestStoreGraphWritesWhatTheModelWrites(t *testing.T) {
	tests := []struct {
		name string
		docs []*graph.Document
		opts export.DOTOptions
		cut  bool // the DOT drawing is cut
	}{
		{"test graph", testDocuments(t), export.DOTOptions{}, false},
		{"test graph, focus", testDocuments(t), export.DOTOptions{Focus: "iran", MaxEntities: 2}, true},
		{"large, capped", largeDocuments(300, 600), export.DOTOptions{MaxEntities: 40}, true},
		{"empty", nil, export.DOTOptions{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testStore(t, tt.docs)
			m, err := export.Load(t.Context(), s)
			if err != nil {
				t.Fatal(err)
			}
			want := writeAll(t, m, tt.opts)
			got := writeAll(t, export.StoreGraph{Store: s}, tt.opts)
			if cut := strings.Contains(got["dot"], "less connected entities"); cut != tt.cut {
				t.Errorf("DOT drawing cut: %v, want %v", cut, tt.cut)
			}
			for _, f := range []string{"jsonld", "graphml", "dot", "plover"} {
				if got[f] != want[f] {
					t.Errorf("%s from the store differs from the model's:\n%s\nwant:\n%s", f, got[f], want[f])
				}
			}
		})
	}
}

// TestJSONLDIsEncodingJSONIndented wants the streamed JSON-LD to be byte for byte what
// encoding/json writes for the whole document indented by two spaces (the form the export
// had when it built the document in memory), with and without nodes.
func TestJSONLDIsEncodingJSONIndented(t *testing.T) {
	for _, docs := range [][]*graph.Document{testDocuments(t), nil} {
		s := testStore(t, docs)
		var buf bytes.Buffer
		if err := export.WriteJSONLD(context.Background(), &buf, export.StoreGraph{Store: s}); err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, buf.String())
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if buf.String() != want.String() {
			t.Errorf("streamed JSON-LD:\n%s\nwant:\n%s", buf.String(), want.String())
		}
	}
}
