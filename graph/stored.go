package graph

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// StoredEvent is an event as the store holds it: what every article that reports it says,
// its entities and articles as ids. Answers (package queries) name the entities and fill
// in the articles; exports (package export) write it as it is. One event may be reported
// by several articles, so it may have several sources; Evidence is the first sentence
// stored.
type StoredEvent struct {
	ID       string
	Type     string // PLOVER category
	Mode     string
	Trigger  string
	Date     string
	Evidence string
	Actors   []string // entity ids, sorted (the same on every backend)
	Targets  []string // sorted
	Topics   []Topic  // entities first, each kind sorted
	Sources  []string // article ids, sorted
	Negated  bool
	Future   bool
	StatedBy string // the event whose article states this one, or ""
}

// Fact reports whether the event is reported as having happened: neither negated nor
// future.
func (e *StoredEvent) Fact() bool { return !e.Negated && !e.Future }

// DecodeEvent reads the event with the given id from the properties of its node (as
// Store.Props returns them). Lists are empty, not nil, when the event has none.
func DecodeEvent(id string, props map[string][]quad.Value) StoredEvent {
	e := StoredEvent{ID: id, Type: firstText(props[PredPlover]), Mode: firstText(props[PredMode]),
		Trigger: firstText(props[PredTrigger]), Date: firstText(props[PredDate]),
		Evidence: firstText(props[PredEvidence]),
		Actors:   localIDs(props[PredActor]), Targets: localIDs(props[PredTarget]),
		Sources: localIDs(props[PredSource]), Topics: []Topic{},
		Negated: len(props[PredNegated]) > 0, Future: len(props[PredFuture]) > 0}
	if s := props[PredStatedBy]; len(s) > 0 {
		e.StatedBy = LocalID(s[0])
	}
	for _, t := range props[PredTopic] {
		if _, ok := t.(quad.IRI); ok {
			e.Topics = append(e.Topics, Topic{Entity: LocalID(t)})
		} else {
			e.Topics = append(e.Topics, Topic{Text: Text(t)})
		}
	}
	// Each backend gives a node's values in its own order (leveldb by key, PostgreSQL by
	// its plan): sorted, the same store answers the same on all of them.
	sort.Strings(e.Actors)
	sort.Strings(e.Targets)
	sort.Strings(e.Sources)
	sort.Slice(e.Topics, func(i, j int) bool {
		a, b := e.Topics[i], e.Topics[j]
		if (a.Entity == "") != (b.Entity == "") {
			return a.Entity != ""
		}
		return a.Entity+a.Text < b.Entity+b.Text
	})
	return e
}

// DecodeArticle reads an article's metadata from the properties of its node; an article
// with none has only its id.
func DecodeArticle(id string, props map[string][]quad.Value) Article {
	return Article{ID: id, Title: firstText(props[PredTitle]), URL: firstText(props[PredURL]),
		Publisher: firstText(props[PredPublisher]), Published: firstText(props[PredPublished]),
		Hash: firstText(props[PredHash])}
}

// LocalID strips the model prefix from a node: <entity/iran> -> iran.
func LocalID(v quad.Value) string {
	s := Text(v)
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func firstText(vs []quad.Value) string {
	if len(vs) == 0 {
		return ""
	}
	return Text(vs[0])
}

func localIDs(vs []quad.Value) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, LocalID(v))
	}
	return out
}
