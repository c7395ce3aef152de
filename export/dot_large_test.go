package export_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/graph"
)

// largeDocuments makes a graph the size of a year of wire stories: n entities, a few of
// them in most events (as heads of state are), the rest in one or two, and one entity
// with no edge whose name is 100 KB long.
func largeDocuments(n, events int) []*graph.Document {
	r := rand.New(rand.NewPCG(1, 2))
	var docs []*graph.Document
	pick := func() int {
		if r.IntN(3) == 0 {
			return r.IntN(20) // a head of state
		}
		return r.IntN(n)
	}
	for i := 0; i < events; i++ {
		a, b := pick(), pick()
		if a == b {
			b = (b + 1) % n
		}
		ea, eb := fmt.Sprintf("entity-%d", a), fmt.Sprintf("entity-%d", b)
		docs = append(docs, &graph.Document{
			Article: graph.Article{ID: fmt.Sprintf("a%d", i), Title: "Story", Hash: fmt.Sprintf("h%d", i)},
			Entities: []graph.Entity{{ID: ea, Name: "Entity " + ea, Type: "person"},
				{ID: eb, Name: "Entity " + eb, Type: "country"}},
			Events: []graph.Event{{ID: fmt.Sprintf("ev%d", i), Type: export.Categories[i%len(export.Categories)],
				Trigger: "met", Actors: []string{ea}, Targets: []string{eb}, Date: "2025-01-02",
				Evidence: strings.Repeat("A long sentence about the meeting. ", 40)}},
		})
	}
	docs = append(docs, &graph.Document{
		Article:  graph.Article{ID: "long", Title: "Long name", Hash: "hl"},
		Entities: []graph.Entity{{ID: "long-name", Name: strings.Repeat("Long ", 20000), Type: "organization"}},
	})
	return docs
}

// TestDOTWholeGraphRenders exports a large graph whole and renders it with Graphviz: no line
// over Graphviz's 16 KB limit, a cap on the entities drawn that says what it left out, and
// a layout that finishes. The timeout only guards against a render that never ends.
func TestDOTWholeGraphRenders(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a large graph")
	}
	m, err := export.Load(t.Context(), testStore(t, largeDocuments(3000, 6000)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	res, err := export.WriteDOT(t.Context(), &buf, m, export.DOTOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Drawn > export.DefaultDOTMaxEntities || res.CutEntities == 0 || res.CutEdges == 0 || res.Isolated != 1 {
		t.Errorf("result %+v, want at most %d drawn, some cut, 1 isolated", res, export.DefaultDOTMaxEntities)
	}
	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) > 16<<10 {
			t.Fatalf("line %d is %d bytes; Graphviz rejects lines over 16 KB", n, len(sc.Bytes()))
		}
	}
	if !strings.Contains(buf.String(), "export --entity NAME") {
		t.Error("the drawing does not say how to see the part it left out")
	}

	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Graphviz dot is not installed (apt-get install graphviz)")
		}
		t.Skip("Graphviz dot is not installed; apt-get install graphviz to run this test")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "dot", "-Tsvg")
	cmd.Stdin = bytes.NewReader(buf.Bytes())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot: %v (after %v)\n%s", err, time.Since(start), stderr.String())
	}
	t.Logf("dot -Tsvg rendered %d entities in %v", res.Drawn, time.Since(start))
	if !bytes.Contains(out, []byte("<svg")) || bytes.Count(out, []byte(`class="node"`)) != res.Drawn {
		t.Errorf("the SVG has %d nodes, want %d", bytes.Count(out, []byte(`class="node"`)), res.Drawn)
	}
}
