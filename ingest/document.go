package ingest

import (
	"context"
	"slices"
	"strconv"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/ingest/extract"
	"github.com/relgraph/relgraph/ingest/timex"
)

// Document turns an article and what was extracted from it into the graph document written
// to the store. date is the article's date as used for extraction.
func Document(a *Article, date string, r *extract.Result) *graph.Document {
	b := newDocumentBuilder(a, date, graph.HashID(a.Title, a.Text, a.URL, a.Source, date))
	b.addEvents(r.Events)
	b.setEntities(r.Resolved)
	return b.d
}

// ExtractDocument extracts body, the article's Body, and returns its graph document, the
// same as Document of ExtractContext's result: a long article's parts (see
// extract.PartBytes) are turned into the document's events as each is extracted, and
// their mentions, times and events dropped, so that the extraction's whole result is never
// held; only the document grows with the article. hash is the article's content hash
// (graph.HashID of its title, text, URL, source and date). The error is ctx's, or one
// wrapping extract.ErrInternal for an article that met a bug in extraction.
//
// An article keeps at most MaxArticleEvents events, the first in text order; dropped says
// how many more extraction found (none for any news article: a file of one sentence
// repeated 200,000 times is the kind that gets there).
func ExtractDocument(ctx context.Context, x *extract.Extractor, a *Article, body string, date timex.Date, hash string) (d *graph.Document, dropped int, err error) {
	b := newDocumentBuilder(a, date.String(), hash)
	first := true
	resolved, err := x.ExtractParts(ctx, a.ID, body, date, func(part extract.Result) error {
		if first {
			// Room for a long article's events at the first part's density, and a tenth
			// more: growing the list by appending holds the old and the new array at once.
			first = false
			if n := extract.Parts(body); n > 1 {
				b.d.Events = make([]graph.Event, 0, len(part.Events)*n*11/10)
			}
		}
		b.addEvents(part.Events)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	b.setEntities(resolved)
	return b.d, b.dropped, nil
}

// MaxArticleEvents is the most events one article stores. Writing an article is one
// transaction, and its cost grows faster than its size once its index entries outgrow
// memory (graph's spilled transaction looks up each key in every table it has written):
// 40,000 events took 7 s, 160,000 a minute, 200,000 did not end in ten, and an interrupt
// waits for the article being written. The longest article of the wire corpus has 62.
const MaxArticleEvents = 50000

// maxArticleEvents is MaxArticleEvents, lowered by tests.
var maxArticleEvents = MaxArticleEvents

// documentBuilder makes a graph document from an extraction's events, given in order in
// one or more slices, and its resolved entities.
type documentBuilder struct {
	d *graph.Document
	// strs holds one copy of each entity ID and date the events name: extraction makes
	// a string for each mention, and a long article's document keeps its events whole
	// until it is written (15 MB of IDs and dates at the write of issue 16's 60 MB line).
	strs map[string]string
	// events counts the events extraction gave, stored or not: an event's ID holds its
	// place among them, so that part by part and whole give one ID.
	events int
	// dropped counts the events left out past MaxArticleEvents.
	dropped int
}

// intern returns s, or the equal string the document holds already.
func (b *documentBuilder) intern(s string) string {
	if t, ok := b.strs[s]; ok {
		return t
	}
	b.strs[s] = s
	return s
}

func newDocumentBuilder(a *Article, date, hash string) *documentBuilder {
	return &documentBuilder{strs: map[string]string{}, d: &graph.Document{Article: graph.Article{
		ID:        a.ID,
		Title:     a.Title,
		URL:       a.URL,
		Publisher: a.Source,
		Published: date,
		Hash:      hash,
	}}}
}

// setEntities sets the document's entities, the extraction's resolved ones.
func (b *documentBuilder) setEntities(resolved []extract.Entity) {
	for _, e := range resolved {
		ge := graph.Entity{ID: e.ID, Name: e.Name, Type: graphType(e.Type), Aliases: e.Aliases}
		for _, ro := range e.Roles {
			ge.Roles = append(ge.Roles, graph.Role{Title: ro.Title, Of: ro.Of})
		}
		b.d.Entities = append(b.d.Entities, ge)
	}
}

// addEvents appends events, the next ones of the extraction in its order: an event's ID
// counts its place among all the article's events. An implied event is stated by an event
// of the same sentence, so of the same slice when the slices are an extraction's parts
// (which never share a sentence).
func (b *documentBuilder) addEvents(events []extract.Event) {
	first := b.events
	b.events += len(events)
	ids := make([]string, len(events))
	for i, ev := range events {
		ids[i] = graph.HashID(b.d.Article.ID, strconv.Itoa(first+i), ev.Type, ev.Trigger, strconv.Itoa(ev.Start))
	}
	// An event whose sides name no entity relates no one: no question about an entity can
	// reach it, and listed alone it says "someone urged someone" ("Guterres urged
	// Netanyahu" with both names unknown). It is not stored, and nothing points to it.
	kept := make([]bool, len(events))
	actors, targets := make([][]string, len(events)), make([][]string, len(events))
	for i, ev := range events {
		actors[i], targets[i] = b.refIDs(ev.Source), b.refIDs(ev.Target)
		kept[i] = len(actors[i]) > 0 || len(targets[i]) > 0
	}
	for i, ev := range events {
		if !kept[i] {
			continue
		}
		if len(b.d.Events) >= maxArticleEvents {
			b.dropped++
			continue
		}
		ge := graph.Event{
			ID:        ids[i],
			Type:      ev.Type,
			Mode:      ev.Mode,
			Trigger:   ev.Trigger,
			Relation:  ev.Relation,
			Symmetric: ev.Symmetric,
			Actors:    actors[i],
			Targets:   targets[i],
			Date:      b.intern(ev.Date),
			Evidence:  ev.Sentence,
			Negated:   ev.Negated,
			Future:    ev.Future,
		}
		for _, t := range ev.Topics {
			if t.ID != "" {
				ge.Topics = append(ge.Topics, graph.Topic{Entity: b.intern(t.ID)})
			} else if t.Text != "" {
				ge.Topics = append(ge.Topics, graph.Topic{Text: t.Text})
			}
		}
		if ev.Implied {
			// The event that states it: the first reported one in the same sentence.
			for j, other := range events {
				if !other.Implied && other.Start == ev.Start && kept[j] {
					ge.StatedBy = ids[j]
					break
				}
			}
		}
		b.d.Events = append(b.d.Events, ge)
	}
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

// refIDs returns the entity IDs of refs, each once, in order.
func (b *documentBuilder) refIDs(refs []extract.Ref) []string {
	var out []string
	for _, r := range refs {
		if r.ID != "" && !slices.Contains(out, r.ID) {
			out = append(out, b.intern(r.ID))
		}
	}
	return out
}
