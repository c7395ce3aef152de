package ingest

import (
	"strconv"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/ingest/extract"
)

// Document turns an article and what was extracted from it into the graph document written
// to the store. date is the article's date as used for extraction.
func Document(a *Article, date string, r *extract.Result) *graph.Document {
	d := &graph.Document{Article: graph.Article{
		ID:        a.ID,
		Title:     a.Title,
		URL:       a.URL,
		Publisher: a.Source,
		Published: date,
		Hash:      graph.HashID(a.Title, a.Text, a.URL, a.Source, date),
	}}
	for _, e := range r.Resolved {
		ge := graph.Entity{ID: e.ID, Name: e.Name, Type: graphType(e.Type), Aliases: e.Aliases}
		for _, ro := range e.Roles {
			ge.Roles = append(ge.Roles, graph.Role{Title: ro.Title, Of: ro.Of})
		}
		d.Entities = append(d.Entities, ge)
	}
	ids := make([]string, len(r.Events))
	for i, ev := range r.Events {
		ids[i] = graph.HashID(a.ID, strconv.Itoa(i), ev.Type, ev.Trigger, strconv.Itoa(ev.Start))
	}
	for i, ev := range r.Events {
		ge := graph.Event{
			ID:        ids[i],
			Type:      ev.Type,
			Mode:      ev.Mode,
			Trigger:   ev.Trigger,
			Relation:  ev.Relation,
			Symmetric: ev.Symmetric,
			Actors:    refIDs(ev.Source),
			Targets:   refIDs(ev.Target),
			Date:      ev.Date,
			Evidence:  ev.Sentence,
			Negated:   ev.Negated,
			Future:    ev.Future,
		}
		for _, t := range ev.Topics {
			if t.ID != "" {
				ge.Topics = append(ge.Topics, graph.Topic{Entity: t.ID})
			} else if t.Text != "" {
				ge.Topics = append(ge.Topics, graph.Topic{Text: t.Text})
			}
		}
		if ev.Implied {
			// The event that states it: the first reported one in the same sentence.
			for j, other := range r.Events {
				if !other.Implied && other.Start == ev.Start {
					ge.StatedBy = ids[j]
					break
				}
			}
		}
		d.Events = append(d.Events, ge)
	}
	return d
}

// graphType maps an extraction type to a node type of the graph model.
func graphType(t string) string {
	switch t {
	case "person", "country", "organization", "location":
		return t
	case "nationality":
		return graph.TypeCountry
	case "city":
		return graph.TypeLocation
	}
	return graph.TypeOrganization
}

func refIDs(refs []extract.Ref) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range refs {
		if r.ID != "" && !seen[r.ID] {
			seen[r.ID] = true
			out = append(out, r.ID)
		}
	}
	return out
}
