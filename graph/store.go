package graph

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Store is what relgraph needs of a quad store. The Cayley implementation (Open) serves the
// embedded store and the SQL stores alike; queries and ingest depend only on this interface.
//
// Every method that does I/O takes a context and stops early when it is cancelled.
type Store interface {
	// Put writes each document in the batch whole, labelled with its article; a batch is one
	// transaction, so a crash leaves either all of its articles or none. A document whose
	// article is stored with the same content hash is skipped; one whose content changed
	// replaces the old article in the same transaction: the quads only the old version has
	// are removed and those only the new one has are added, found through the store's index
	// by label, so a replacement costs the article's size, not the store's.
	Put(ctx context.Context, docs []*Document) ([]PutResult, error)
	// RemoveArticle deletes every quad labelled with the article, in one transaction, and
	// reports how many.
	RemoveArticle(ctx context.Context, id string) (int, error)
	// ArticleHash returns the content hash stored for an article, and whether it is stored.
	ArticleHash(ctx context.Context, id string) (string, bool, error)

	// Out returns the objects of node's quads with the given predicate, in store order
	// with duplicates (the same fact from several articles) removed.
	Out(ctx context.Context, node quad.Value, pred string) ([]quad.Value, error)
	// In returns the subjects of quads with the given predicate and object.
	In(ctx context.Context, node quad.Value, pred string) ([]quad.Value, error)
	// Props returns every outgoing predicate of node with its objects, deduplicated.
	Props(ctx context.Context, node quad.Value) (map[string][]quad.Value, error)
	// Labels returns the labels (articles) of the quads subject-pred-object.
	Labels(ctx context.Context, subject quad.Value, pred string, object quad.Value) ([]quad.Value, error)

	// NamedEntities returns the entities, each once, with a <name> or <alias> whose Slug is
	// slug: a superset of those whose name or alias equals a text of that Slug under case
	// folding. It reads an index kept with the quads, in the time its answer takes. ok is
	// false when the store keeps no such index (a store created by an older relgraph and
	// not yet opened for writing) or slug is empty: the caller must then
	// look through the entities itself.
	NamedEntities(ctx context.Context, slug string) (ents []quad.Value, ok bool, err error)

	// EntitiesByKey is NamedEntities for the other keys of a name (NameKey): the entities,
	// each once, with a <name> or <alias> that has key as its Surname (BySurname), a <name>
	// that has it as its SpellingKey (BySpelling) or among its NameEnds (ByNameEnd), in
	// any stored article: a superset of those whose current name has it, which the caller
	// checks. ok is false when the store keeps no such index (as for NamedEntities, and on
	// an embedded store not yet opened for writing since the index was added).
	EntitiesByKey(ctx context.Context, kind NameKey, key string) (ents []quad.Value, ok bool, err error)
	// EntityFacts returns what the stored articles say of entity id: each value of its
	// type, name, alias, role and role_of with the number of articles that state it, and
	// how many articles mention it. The embedded stores keep these counts beside the
	// quads, so the answer costs one read whatever the number of articles; PostgreSQL
	// counts the entity's rows in a table of facts kept with the quads (sql_facts.go); the
	// others count the entity's quads.
	EntityFacts(ctx context.Context, id string) (EntityFacts, error)
	// EntityContacts returns, in id order, the entities that entity id has a direct edge
	// to (<called>, <met>, <discussed>...: any predicate but those EntityFacts counts and
	// <mentioned_in>), from counts kept with the quads. ok is false when the store keeps
	// none: the caller must read the entity's edges.
	EntityContacts(ctx context.Context, id string) (contacts []string, ok bool, err error)
	// EachEntity calls fn with the facts of every entity that has any, in id order, from the
	// kept counts. ok is false, and fn never called, when the store keeps none: the caller
	// must then find the entities by their <type> and ask EntityFacts.
	EachEntity(ctx context.Context, fn func(EntityFacts) error) (ok bool, err error)

	// EventSummaries calls fn with the summary of every event entity acts in or is the
	// target of, as each article states it, in event id order, from an index kept with the
	// quads (in PostgreSQL, a table of event facts). ok is false, and fn never called,
	// when the store keeps no such index (the in-memory store keeps one; a store from
	// before it, opened read-only, does not): the caller must then find the events through
	// <actor> and <target>.
	EventSummaries(ctx context.Context, entity string, fn func(EventSummary) error) (ok bool, err error)

	// Quads calls fn for every quad in the store.
	Quads(ctx context.Context, fn func(quad.Quad) error) error
	// AddQuads writes quads in one transaction; quads already there are ignored. It returns
	// len(qs). Callers that write articles should give it whole articles (see import).
	AddQuads(ctx context.Context, qs []quad.Quad) (int, error)
	// Stats counts the store's quads and nodes (estimates where the backend only has those).
	Stats(ctx context.Context) (Stats, error)

	// QuadStore is the underlying Cayley store, for the Gizmo console and web UI.
	QuadStore() cgraph.QuadStore
	Close() error
}

// PutResult says what Put did with one document.
type PutResult struct {
	Article string
	Status  PutStatus
	Quads   int // quads written
}

// PutStatus is the outcome of writing one document.
type PutStatus int

const (
	Added    PutStatus = iota // a new article
	Skipped                   // the same content was already stored
	Replaced                  // the article's content changed; the old quads were removed
)

func (s PutStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Skipped:
		return "skipped"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// Stats are a store's sizes.
type Stats struct {
	Quads, Nodes int64
	Exact        bool
}

// ErrLocked is returned by Open when another process holds the embedded store.
var ErrLocked = errors.New("locked by another relgraph process")
