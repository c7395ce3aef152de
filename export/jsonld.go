package export

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Vocabulary IRIs of the JSON-LD export. Terms of the graph model that schema.org has are
// mapped to it; the rest (plover, actor, target, the direct edges such as called...) expand to
// VocabIRI + term. Node IDs (entity/iran) are relative to BaseIRI.
const (
	SchemaIRI = "https://schema.org/"
	VocabIRI  = "https://github.com/relgraph/relgraph/vocab#"
	BaseIRI   = "https://github.com/relgraph/relgraph/id/"
)

// schemaTerms maps graph model terms, predicates and types alike, to schema.org.
var schemaTerms = map[string]string{
	graph.PredName:      "name",
	graph.PredAlias:     "alternateName",
	graph.PredTitle:     "headline",
	graph.PredPublished: "datePublished",
	graph.PredURL:       "url",
	graph.PredPublisher: "publisher",
	graph.PredDate:      "startDate",
	graph.PredEvidence:  "description",
	graph.PredTopic:     "about",
	graph.PredRole:      "jobTitle",
	graph.PredSource:    "subjectOf",

	graph.TypePerson:       "Person",
	graph.TypeOrganization: "Organization",
	graph.TypeCountry:      "Country",
	graph.TypeLocation:     "Place",
	graph.TypeArticle:      "NewsArticle",
	graph.TypeEvent:        "Event",
}

// JSONLDContext returns the @context of the JSON-LD export.
func JSONLDContext() map[string]any {
	ctx := map[string]any{
		"@vocab": VocabIRI,
		"@base":  BaseIRI,
		"schema": SchemaIRI,
	}
	for term, s := range schemaTerms {
		ctx[term] = "schema:" + s
	}
	return ctx
}

// WriteJSONLD writes the graph as one JSON-LD document: {"@context", "@graph"} with a node
// object per subject, its <type> as @type and every other predicate as a property keyed by
// the model's own term (name, alias, actor, called...), which the context maps to IRIs.
// Node references are {"@id": "entity/iran"}; literals are JSON strings or booleans.
// Labels (the article a quad came from) are not kept: use N-Quads for a lossless copy.
//
// Nodes are written in the order of their IRIs, each as soon as its properties are read, so
// memory holds g's Index and one node. The bytes are those of encoding/json indenting the
// whole document by two spaces, without HTML escaping. It returns g's errors and w's.
func WriteJSONLD(ctx context.Context, w io.Writer, g Graph) error {
	x, err := g.Index(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode writes v indented as a value nested at depth levels of the document.
	encode := func(v any, depth int) error {
		buf.Reset()
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	if _, err := io.WriteString(w, "{\n  \"@context\": "); err != nil {
		return err
	}
	if err := encode(JSONLDContext(), 1); err != nil {
		return err
	}
	if _, err := io.WriteString(w, ",\n  \"@graph\": ["); err != nil {
		return err
	}
	for i, s := range x.Subjects {
		if err := ctx.Err(); err != nil {
			return err
		}
		props, err := g.NodeProps(ctx, s)
		if err != nil {
			return err
		}
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if err := encode(jsonldNode(s, props), 2); err != nil {
			return err
		}
	}
	end := "\n  ]\n}\n"
	if len(x.Subjects) == 0 {
		end = "]\n}\n"
	}
	_, err = io.WriteString(w, end)
	return err
}

// jsonldNode is one subject's node object.
func jsonldNode(s quad.Value, props map[string][]quad.Value) map[string]any {
	n := map[string]any{"@id": nodeRef(s)}
	for pred, objs := range props {
		if pred == graph.PredType {
			var types []string
			for _, o := range objs {
				types = append(types, graph.Text(o))
			}
			n["@type"] = oneOrMany(types)
			continue
		}
		vals := make([]any, 0, len(objs))
		for _, o := range objs {
			vals = append(vals, jsonldValue(o))
		}
		if len(vals) == 1 {
			n[pred] = vals[0]
		} else {
			n[pred] = vals
		}
	}
	return n
}

func oneOrMany(s []string) any {
	if len(s) == 1 {
		return s[0]
	}
	return s
}

func nodeRef(v quad.Value) string {
	if b, ok := v.(quad.BNode); ok {
		return "_:" + string(b)
	}
	return graph.Text(v)
}

func jsonldValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return map[string]any{"@id": nodeRef(v)}
	case quad.String:
		return string(v)
	case quad.Bool:
		return bool(v)
	case quad.Int:
		return int64(v)
	case quad.Float:
		return float64(v)
	case quad.LangString:
		return map[string]any{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		return map[string]any{"@value": string(v.Value), "@type": string(v.Type)}
	}
	return graph.Text(v)
}
