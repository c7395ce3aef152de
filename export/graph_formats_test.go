package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/relgraph/relgraph/export"
	"github.com/relgraph/relgraph/graph"
)

func TestJSONLDExpandsToSchemaOrg(t *testing.T) {
	m, _ := testModel(t)
	var buf bytes.Buffer
	if err := export.WriteJSONLD(t.Context(), &buf, m); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	expanded, err := proc.Expand(doc, opts)
	if err != nil {
		t.Fatalf("expand: %v", err)
	}
	// Find the nodes by their absolute IDs and look at their expanded properties.
	nodes := map[string]map[string]any{}
	for _, n := range expanded {
		obj := n.(map[string]any)
		nodes[obj["@id"].(string)] = obj
	}
	putin := nodes[export.BaseIRI+"entity/vladimir-putin"]
	if putin == nil {
		t.Fatalf("no node %sentity/vladimir-putin among %d", export.BaseIRI, len(nodes))
	}
	if !slices.Contains(anySlice(putin["@type"]), "https://schema.org/Person") {
		t.Errorf("putin @type = %v, want schema:Person", putin["@type"])
	}
	if v := expandedValues(putin["https://schema.org/name"]); !slices.Equal(v, []string{"Vladimir Putin"}) {
		t.Errorf("putin schema:name = %v", v)
	}
	if v := expandedValues(putin["https://schema.org/alternateName"]); !slices.Contains(v, "Putin") {
		t.Errorf("putin schema:alternateName = %v", v)
	}
	art := nodes[export.BaseIRI+"article/a1-call"]
	for _, iri := range []string{"https://schema.org/headline", "https://schema.org/datePublished", "https://schema.org/url", "https://schema.org/publisher"} {
		if len(expandedValues(art[iri])) == 0 {
			t.Errorf("article has no %s", iri)
		}
	}
	if !slices.Contains(anySlice(art["@type"]), "https://schema.org/NewsArticle") {
		t.Errorf("article @type = %v", art["@type"])
	}
	ev := nodes[export.BaseIRI+"event/ev-call"]
	if v := expandedValues(ev["https://schema.org/startDate"]); !slices.Equal(v, []string{"2025-07-01"}) {
		t.Errorf("event schema:startDate = %v", v)
	}
	if len(expandedValues(ev["https://schema.org/description"])) != 1 {
		t.Errorf("event has no schema:description (its sentence)")
	}
	// Terms schema.org lacks expand into the relgraph vocabulary, with node references.
	if v := expandedValues(ev[export.VocabIRI+"actor"]); !slices.Equal(v, []string{export.BaseIRI + "entity/vladimir-putin"}) {
		t.Errorf("event actor = %v", v)
	}
	if v := expandedValues(putin[export.VocabIRI+"called"]); !slices.Contains(v, export.BaseIRI+"entity/emmanuel-macron") {
		t.Errorf("putin called = %v", v)
	}
	if !slices.Contains(anySlice(nodes[export.BaseIRI+"entity/iran"]["@type"]), "https://schema.org/Country") {
		t.Error("iran is not a schema:Country")
	}
}

func anySlice(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

// expandedValues returns the @value or @id of each expanded value object.
func expandedValues(v any) []string {
	var out []string
	vs, _ := v.([]any)
	for _, x := range vs {
		obj := x.(map[string]any)
		if s, ok := obj["@value"].(string); ok {
			out = append(out, s)
		} else if s, ok := obj["@id"].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

type xmlGraphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []xmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string    `xml:"id,attr"`
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []xmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func dataMap(ds []xmlData) map[string]string {
	m := map[string]string{}
	for _, d := range ds {
		m[d.Key] = d.Value
	}
	return m
}

func TestGraphMLReadsBack(t *testing.T) {
	m, _ := testModel(t)
	var buf bytes.Buffer
	skipped, err := export.WriteGraphML(t.Context(), &buf, m)
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 0 {
		t.Errorf("%d events left out; every test event has a pair of entities", skipped)
	}
	var g xmlGraphML
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatalf("parse: %v", err)
	}
	keys := map[string]string{}
	for _, k := range g.Keys {
		if k.Name == "" || k.Type == "" || (k.For != "node" && k.For != "edge") {
			t.Errorf("key %+v: want attr.name, attr.type and for=node|edge", k)
		}
		keys[k.ID] = k.For
	}
	if g.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", g.Graph.EdgeDefault)
	}
	nodes := map[string]map[string]string{}
	for _, n := range g.Graph.Nodes {
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s: data key %q is not a declared node key", n.ID, d.Key)
			}
		}
		nodes[n.ID] = dataMap(n.Data)
	}
	if len(nodes) != len(m.Entities()) {
		t.Errorf("%d nodes, want one per entity (%d)", len(nodes), len(m.Entities()))
	}
	if p := nodes["vladimir-putin"]; p["label"] != "Vladimir Putin" || p["type"] != "person" {
		t.Errorf("putin node = %v", p)
	}
	found := false
	for _, e := range g.Graph.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s: %s -> %s names a missing node", e.ID, e.Source, e.Target)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge %s: data key %q is not a declared edge key", e.ID, d.Key)
			}
		}
		d := dataMap(e.Data)
		if d["event"] == "ev-call" {
			found = true
			if e.Source != "vladimir-putin" || e.Target != "emmanuel-macron" || d["category"] != "CONSULT" ||
				d["date"] != "2025-07-01" || d["trigger"] != "held a phone conversation" ||
				d["article"] != "Putin and Macron speak by phone, their first call since 2022" {
				t.Errorf("call edge = %s -> %s %v", e.Source, e.Target, d)
			}
		}
		if d["event"] == "ev-hu-iran" && d["article"] != "Hu Jintao meets Iranian envoy in Beijing <talks> & trade" {
			t.Errorf("article title with markup = %q", d["article"])
		}
	}
	if !found {
		t.Error("no edge for the call")
	}
}

// TestDOTRenders runs Graphviz on the export, with a name that needs quoting.
func TestDOTRenders(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Graphviz dot is not installed (apt-get install graphviz)")
		}
		t.Skip("Graphviz dot is not installed; apt-get install graphviz to run this test")
	}
	docs := testDocuments(t)
	odd := `The "Quoted\" Group; {x} -> y`
	docs = append(docs, &graph.Document{
		Article:  graph.Article{ID: "a5-odd", Title: "Odd names", Hash: "h5"},
		Entities: []graph.Entity{{ID: "odd", Name: odd, Type: "organization"}, {ID: "france", Name: "France", Type: "country"}},
		Events: []graph.Event{{ID: "ev-odd", Type: "PROTEST", Trigger: `said "no" \ again`, Actors: []string{"odd"},
			Targets: []string{"france"}, Date: "2025-02", Evidence: "The \"group\" protested\nagainst France."}},
	})
	m, err := export.Load(t.Context(), testStore(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := export.WriteDOT(t.Context(), &buf, m, export.DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dot", "-Tjson")
	cmd.Stdin = bytes.NewReader(buf.Bytes())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot: %v\n%s\n%s", err, stderr.String(), buf.String())
	}
	var g struct {
		Objects []struct {
			Name  string `json:"name"`
			Label string `json:"label"`
			GVID  int    `json:"_gvid"`
		} `json:"objects"`
		Edges []struct {
			Tail  int    `json:"tail"`
			Head  int    `json:"head"`
			Label string `json:"label"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(out, &g); err != nil {
		t.Fatal(err)
	}
	names := map[int]string{}
	labels := map[string]string{}
	for _, o := range g.Objects {
		names[o.GVID] = o.Name
		labels[o.Name] = escString(o.Label)
	}
	// Entities in no drawn edge are named in a comment instead of drawn.
	for _, e := range m.Entities() {
		drawn, ok := labels[e.ID]
		if !ok {
			if !strings.Contains(buf.String(), "not drawn:\n") || !strings.Contains(buf.String(), e.ID) {
				t.Errorf("entity %s is neither drawn nor named as left out", e.ID)
			}
			continue
		}
		if drawn != e.Name {
			t.Errorf("node %s label = %q, want %q", e.ID, drawn, e.Name)
		}
	}
	if _, ok := labels["beijing"]; ok {
		t.Error("Beijing, in no event, is drawn")
	}
	var call, odds bool
	for _, e := range g.Edges {
		if names[e.Tail] == "vladimir-putin" && names[e.Head] == "emmanuel-macron" && strings.Contains(escString(e.Label), "CONSULT 2025-07-01") {
			call = true
		}
		if names[e.Tail] == "odd" && names[e.Head] == "france" && strings.Contains(escString(e.Label), `said "no" \ again`) {
			odds = true
		}
	}
	if !call || !odds {
		t.Errorf("edges: call %v, odd names %v; got %+v", call, odds, g.Edges)
	}
}

// escString reads a Graphviz label as it is drawn: \\ is a backslash, \n, \l and \r end lines.
func escString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'l', 'r':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
