package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/relgraph/relgraph/graph/model"
)

// Node IRI prefixes of the graph model.
const (
	EntityPrefix  = model.EntityPrefix
	EventPrefix   = model.EventPrefix
	ArticlePrefix = model.ArticlePrefix
)

// Predicates of the graph model. Users type these names in the Gizmo console, so they are
// part of relgraph's interface: change none of them without a migration.
const (
	PredType        = model.PredType
	PredName        = model.PredName
	PredAlias       = model.PredAlias
	PredRole        = model.PredRole
	PredRoleOf      = model.PredRoleOf
	PredMentionedIn = model.PredMentionedIn

	PredPlover   = model.PredPlover
	PredMode     = model.PredMode
	PredTrigger  = model.PredTrigger
	PredActor    = model.PredActor
	PredTarget   = model.PredTarget
	PredTopic    = model.PredTopic
	PredDate     = model.PredDate
	PredSource   = model.PredSource
	PredEvidence = model.PredEvidence
	PredNegated  = model.PredNegated
	PredFuture   = model.PredFuture
	PredStatedBy = model.PredStatedBy

	PredTitle     = model.PredTitle
	PredPublished = model.PredPublished
	PredURL       = model.PredURL
	PredPublisher = model.PredPublisher
	PredHash      = model.PredHash
)

// Node types, the objects of <type>.
const (
	TypePerson       = model.TypePerson
	TypeCountry      = model.TypeCountry
	TypeOrganization = model.TypeOrganization
	TypeLocation     = model.TypeLocation
	TypeEvent        = model.TypeEvent
	TypeArticle      = model.TypeArticle
)

// EntityIRI is the node of the entity with the given ID.
func EntityIRI(id string) quad.IRI { return quad.IRI(EntityPrefix + id) }

// EventIRI is the node of the event with the given ID.
func EventIRI(id string) quad.IRI { return quad.IRI(EventPrefix + id) }

// ArticleIRI is the node of the article with the given ID.
func ArticleIRI(id string) quad.IRI { return quad.IRI(ArticlePrefix + id) }

// Document is what one article yields: the article itself, the entities it mentions and the
// events it reports. It is written to a store in one transaction.
type Document struct {
	Article  Article
	Entities []Entity
	Events   []Event
}

// Article is a source article's metadata. ID is stable for the same content (or URL).
type Article struct {
	ID        string
	Title     string
	URL       string
	Publisher string
	Published string // ISO 8601 date at its own precision, or ""
	Hash      string // hash of the content, to notice a changed article under the same ID
}

// Entity is a person, country, organization or place mentioned in an article.
type Entity struct {
	ID      string // slug of the canonical name
	Name    string // canonical name
	Type    string // person, country, organization, location
	Aliases []string
	Roles   []Role
}

// Role is a title an entity holds, such as President of Russia.
type Role struct {
	Title string // "President"
	Of    string // entity ID, "" when unknown
}

// Topic is what an event is about: an entity where the text names one, else a phrase.
type Topic struct {
	Entity string // entity ID, or ""
	Text   string // literal topic when Entity is ""
}

// Event is one reported interaction.
type Event struct {
	ID       string
	Type     string // PLOVER category
	Mode     string // phone, meeting, visit, statement...
	Trigger  string // the words that express it, as written
	Relation string // normalized verb for the direct entity edge: called, met, urged...
	// Symmetric events (a call, talks, a meeting) get the direct edge in both directions.
	Symmetric bool
	Actors    []string // entity IDs
	Targets   []string // entity IDs
	Topics    []Topic
	Date      string // ISO 8601 at its own precision: 2025-07-01, 2025-07 or 2025
	Evidence  string // the sentence
	Negated   bool
	Future    bool
	// StatedBy is set on an event the article states happened earlier ("first call since
	// 2022"); it names the event of the same article that implies it.
	StatedBy string
}

// Fact reports whether the event is stored as something that happened: negated and future
// events are kept, marked, but get no direct entity edges.
func (e *Event) Fact() bool { return !e.Negated && !e.Future }

// Quads returns the document's quads, each labelled with its article, each once, in the
// order the document states them. The result is deterministic for the same document. It
// holds the quads once: a long article's hundreds of thousands are counted before they are
// made, and repeats are found by sorting their positions, not by a set of them.
func (d *Document) Quads() []quad.Quad {
	n := 0
	d.eachQuad(func(quad.Quad) { n++ }, nil)
	qs := make([]quad.Quad, 0, n)
	d.eachQuad(func(q quad.Quad) { qs = append(qs, q) }, nil)
	return dedupQuads(qs)
}

// chunkStart is the capacity eachChunk's buffer starts with.
const chunkStart = 256

// eachChunk calls fn with the quads of Quads, in the same order, in slices of about n quads
// or more: first the article's and its entities' quads, with the edges the events give the
// entities, then the events' own quads, whole events to a slice, so that a long article's
// quads are never all in memory. fn must not keep the slice, which is reused, and an error
// from fn stops the walk and is returned. Repeats are found without a set of all the
// quads: an event's own quads can only repeat within the event, as event IDs are unique;
// the article's and entities' quads and the edges are few and are kept in a set. A
// document whose events repeat an ID is given whole, in one slice.
func (d *Document) eachChunk(n int, fn func([]quad.Quad) error) error {
	ids := make(map[string]bool, len(d.Events))
	for _, ev := range d.Events {
		if ids[ev.ID] {
			return fn(d.Quads())
		}
		ids[ev.ID] = true
	}
	ids = nil
	var err error
	// The buffer grows with the document, up to a chunk and the rest of an event: made at
	// once for a chunk of applyChunk quads it was 1.6 MB for each article of some hundred
	// quads, two thirds of what an ingest allocated and the pace of its collections.
	buf := make([]quad.Quad, 0, min(n+n/4, chunkStart))
	flush := func() {
		if err == nil && len(buf) > 0 {
			err = fn(buf)
		}
		clear(buf)
		buf = buf[:0]
	}
	others, ofEvent := map[quad.Quad]bool{}, map[quad.Quad]bool{}
	d.eachQuad(func(q quad.Quad) {
		s, ok := q.Subject.(quad.IRI)
		ofAnEvent := ok && strings.HasPrefix(string(s), EventPrefix)
		seen := others
		if ofAnEvent {
			seen = ofEvent
		}
		if err == nil && !seen[q] {
			seen[q] = true
			buf = append(buf, q)
			if !ofAnEvent && len(buf) >= n {
				flush() // the quads before the events': no event to keep whole
			}
		}
	}, func() {
		clear(ofEvent)
		if len(buf) >= n {
			flush()
		}
	})
	flush()
	return err
}

// eachQuad calls fn with each of the document's quads, repeats included, in order (the
// article's, its entities', the edges its events give the entities, then each event's
// own), and eventStart (when not nil) before the quads of each event. Each value is made once: the
// article, each entity and predicate, and each event, so that quads share them.
func (d *Document) eachQuad(fn func(quad.Quad), eventStart func()) {
	var label quad.Value = ArticleIRI(d.Article.ID)
	preds, entities := map[string]quad.Value{}, map[string]quad.Value{}
	add := func(s quad.Value, p string, o quad.Value) {
		pred, ok := preds[p]
		if !ok {
			pred = quad.IRI(p)
			preds[p] = pred
		}
		fn(quad.Quad{Subject: s, Predicate: pred, Object: o, Label: label})
	}
	entity := func(id string) quad.Value {
		v, ok := entities[id]
		if !ok {
			v = EntityIRI(id)
			entities[id] = v
		}
		return v
	}
	str := func(s quad.Value, p, v string) {
		if v != "" {
			add(s, p, quad.String(v))
		}
	}

	a := d.Article
	add(label, PredType, quad.IRI(TypeArticle))
	str(label, PredName, firstNonEmpty(a.Title, a.ID))
	str(label, PredTitle, a.Title)
	str(label, PredURL, a.URL)
	str(label, PredPublisher, a.Publisher)
	str(label, PredPublished, a.Published)
	str(label, PredHash, a.Hash)

	for _, e := range d.Entities {
		n := entity(e.ID)
		add(n, PredType, quad.IRI(e.Type))
		str(n, PredName, e.Name)
		for _, al := range e.Aliases {
			str(n, PredAlias, al)
		}
		for _, r := range e.Roles {
			str(n, PredRole, r.Title)
			if r.Of != "" {
				add(n, PredRoleOf, entity(r.Of))
			}
		}
		add(n, PredMentionedIn, label)
	}

	// The edges events give entities come before the events' own quads, so that a long
	// article written in chunks (eachChunk) writes them in its first chunk. Cayley checks
	// whether a quad it adds is stored already only when all its nodes were stored before
	// the call; it does so by reading the lists of the quad's nodes in every index, the
	// article's list in the label index included, which grows with the article. An edge
	// first named in a later chunk cost a read of the whole list (the 20 MB line: a third
	// of its write's time); an event's own quads always have a new node, the event.
	for _, ev := range d.Events {
		if !ev.Fact() {
			continue
		}
		// Direct edges for one-hop questions.
		if ev.Relation != "" {
			for _, s := range ev.Actors {
				for _, o := range ev.Targets {
					if s == o {
						continue
					}
					add(entity(s), ev.Relation, entity(o))
					if ev.Symmetric {
						add(entity(o), ev.Relation, entity(s))
					}
				}
			}
			if ev.Symmetric && len(ev.Targets) == 0 {
				// "Putin and Macron met": every pair of actors.
				for _, s := range ev.Actors {
					for _, o := range ev.Actors {
						if s != o {
							add(entity(s), ev.Relation, entity(o))
						}
					}
				}
			}
		}
		for _, t := range ev.Topics {
			if t.Entity == "" {
				continue
			}
			for _, s := range ev.Actors {
				if s != t.Entity {
					add(entity(s), "discussed", entity(t.Entity))
				}
			}
		}
	}

	for _, ev := range d.Events {
		if eventStart != nil {
			eventStart()
		}
		var n quad.Value = EventIRI(ev.ID)
		add(n, PredType, quad.IRI(TypeEvent))
		str(n, PredPlover, ev.Type)
		str(n, PredMode, ev.Mode)
		str(n, PredTrigger, ev.Trigger)
		str(n, PredDate, ev.Date)
		str(n, PredEvidence, ev.Evidence)
		add(n, PredSource, label)
		if ev.Negated {
			add(n, PredNegated, quad.Bool(true))
		}
		if ev.Future {
			add(n, PredFuture, quad.Bool(true))
		}
		if ev.StatedBy != "" {
			add(n, PredStatedBy, EventIRI(ev.StatedBy))
		}
		for _, id := range ev.Actors {
			add(n, PredActor, entity(id))
		}
		for _, id := range ev.Targets {
			add(n, PredTarget, entity(id))
		}
		for _, t := range ev.Topics {
			if t.Entity != "" {
				add(n, PredTopic, entity(t.Entity))
			} else {
				str(n, PredTopic, t.Text)
			}
		}
	}
}

// dedupQuads drops, in place, every quad that repeats an earlier one, keeping the first of
// each in its place. It sorts the quads' positions, not the quads, so that it needs four
// bytes a quad beside them.
func dedupQuads(qs []quad.Quad) []quad.Quad {
	idx := make([]int32, len(qs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		if c := compareQuads(qs[a], qs[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	repeat := make([]bool, len(qs))
	for i := 1; i < len(idx); i++ {
		if compareQuads(qs[idx[i-1]], qs[idx[i]]) == 0 {
			repeat[idx[i]] = true
		}
	}
	out := qs[:0]
	for i, q := range qs {
		if !repeat[i] {
			out = append(out, q)
		}
	}
	clear(qs[len(out):])
	return out
}

// compareQuads orders quads by subject, predicate, object and label; two quads compare
// equal when their N-Quads forms are equal.
func compareQuads(a, b quad.Quad) int {
	for _, dir := range quad.Directions {
		if c := compareValues(a.Get(dir), b.Get(dir)); c != 0 {
			return c
		}
	}
	return 0
}

// compareValues orders values by kind, then by text, without formatting the usual kinds.
func compareValues(a, b quad.Value) int {
	ka, sa := valueKey(a)
	kb, sb := valueKey(b)
	if c := cmp.Compare(ka, kb); c != 0 {
		return c
	}
	return strings.Compare(sa, sb)
}

func valueKey(v quad.Value) (kind byte, text string) {
	switch v := v.(type) {
	case nil:
		return 0, ""
	case quad.IRI:
		return 1, string(v)
	case quad.String:
		return 2, string(v)
	case quad.Bool:
		if v {
			return 3, "true"
		}
		return 3, "false"
	}
	return 4, v.String()
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// Slug turns a name into an entity ID (see model.Slug).
func Slug(name string) string { return model.Slug(name) }

// HashID returns a short stable ID for the given parts (see model.HashID).
func HashID(parts ...string) string { return model.HashID(parts...) }

// SortedKeys returns a map's keys in order.
func SortedKeys[V any](m map[string]V) []string { return model.SortedKeys(m) }

// Text returns a value as plain text: a literal's string, an IRI without brackets.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	}
	return fmt.Sprint(quad.NativeOf(v))
}
