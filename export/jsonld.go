package export

import (
	"encoding/json"
	"io"
	"sort"

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

// WriteJSONLD writes the model as one JSON-LD document: {"@context", "@graph"} with a node
// object per subject, its <type> as @type and every other predicate as a property keyed by
// the model's own term (name, alias, actor, called...), which the context maps to IRIs.
// Node references are {"@id": "entity/iran"}; literals are JSON strings or booleans.
// Labels (the article a quad came from) are not kept: use N-Quads for a lossless copy.
func WriteJSONLD(w io.Writer, m *Model) error {
	subjects := make([]quad.Value, 0, len(m.props))
	for s := range m.props {
		subjects = append(subjects, s)
	}
	sort.Slice(subjects, func(i, j int) bool { return graph.Text(subjects[i]) < graph.Text(subjects[j]) })
	nodes := make([]map[string]any, 0, len(subjects))
	for _, s := range subjects {
		n := map[string]any{"@id": nodeRef(s)}
		for pred, objs := range m.props[s] {
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
		nodes = append(nodes, n)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(map[string]any{"@context": JSONLDContext(), "@graph": nodes})
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
