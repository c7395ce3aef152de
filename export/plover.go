package export

import (
	"context"
	"encoding/json"
	"io"
	"strings"

	"github.com/relgraph/relgraph/graph"
)

// PLOVERRecord is one event in the field names of PLOVER event data (the Open Event Data
// Alliance's gold-standard records and the data sets coded with it): id, date, source,
// target, event, mode, context, text, publication. Actor names with several actors are
// joined with "; ", as are their IDs and the topics in context.
type PLOVERRecord struct {
	ID            string `json:"id"`
	Date          string `json:"date"`
	Source        string `json:"source"`
	SourceActorID string `json:"source_actor_id"`
	Target        string `json:"target"`
	TargetActorID string `json:"target_actor_id"`
	Event         string `json:"event"`
	EventText     string `json:"eventText,omitempty"`
	Mode          string `json:"mode"`
	Context       string `json:"context"`
	Text          string `json:"text"`
	Publication   string `json:"publication"`
	Title         string `json:"title,omitempty"`
	URL           string `json:"url,omitempty"`
	ArticleID     string `json:"article_id,omitempty"`
	Published     string `json:"date_published,omitempty"`
	Negated       bool   `json:"negated,omitempty"`
	Future        bool   `json:"future,omitempty"`
}

// ploverRecord converts one event; nameOf gives an entity's name, a is the event's first
// source article (nil when it has none).
func ploverRecord(ev *Event, nameOf func(id string) string, a *Article) PLOVERRecord {
	names := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = nameOf(id)
		}
		return strings.Join(out, "; ")
	}
	r := PLOVERRecord{ID: ev.ID, Date: ev.Date, Event: ev.Type, EventText: ev.Trigger, Mode: ev.Mode,
		Context: topicNames(ev, nameOf), Text: ev.Evidence, Negated: ev.Negated, Future: ev.Future,
		Source: names(ev.Actors), SourceActorID: strings.Join(ev.Actors, "; "),
		Target: names(ev.Targets), TargetActorID: strings.Join(ev.Targets, "; ")}
	if a != nil {
		r.Publication = firstNonEmpty(a.Publisher, a.Title, a.ID)
		r.Title, r.URL, r.ArticleID, r.Published = a.Title, a.URL, a.ID, a.Published
	}
	return r
}

// WritePLOVER writes one PLOVERRecord a line (JSON Lines), by date then event ID, each as
// its event is read: memory holds g's Index, the entities' names and one event. It returns
// g's errors and w's.
func WritePLOVER(ctx context.Context, w io.Writer, g Graph) error {
	x, err := g.Index(ctx)
	if err != nil {
		return err
	}
	names := make(map[string]string, len(x.Entities))
	for _, n := range x.Entities {
		p, err := g.NodeProps(ctx, n)
		if err != nil {
			return err
		}
		names[LocalID(n)] = first(p[graph.PredName])
	}
	nameOf := func(id string) string { return orDefault(names[id], id) }
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, n := range x.Events {
		if err := ctx.Err(); err != nil {
			return err
		}
		p, err := g.NodeProps(ctx, n)
		if err != nil {
			return err
		}
		ev := eventFrom(n, p)
		var a *Article
		if len(ev.Sources) > 0 {
			ap, err := g.NodeProps(ctx, graph.ArticleIRI(ev.Sources[0]))
			if err != nil {
				return err
			}
			art := articleFrom(ev.Sources[0], ap)
			a = &art
		}
		if err := enc.Encode(ploverRecord(ev, nameOf, a)); err != nil {
			return err
		}
	}
	return nil
}
