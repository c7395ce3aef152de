package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
)

// PostgreSQL keeps what the embedded stores keep in their entity records (facts.go) and
// their index of events by entity (events.go) in tables beside Cayley's, one row per fact
// as each article states it, written in the transaction that writes the article's quads
// and deleted by article in the one that removes or replaces them, and the facts added up
// by value in the same statements:
//
//	relgraph_entity_facts  (entity, pred, value, article, seq)  what factOf counts
//	relgraph_entity_counts (entity, pred, value, articles, ord) the same, per value
//	relgraph_event_facts   (event, article, pred, value, seq)   what an EventSummary holds
//
// pred is the quad's predicate (or "contact" for a direct edge between entities, as in
// the contacts records); article is the quad's label, as text; seq orders the rows as they
// were stored. An entity's facts are its rows of relgraph_entity_counts, read through the
// primary key, and its events are found through an index of the actor and target rows:
// neither reads Cayley's quads. A database written before the tables existed is indexed once, on
// the first writable open; until then (and when read-only) the store says it keeps
// neither, and callers read the quads.

const (
	sqlCreateEntityFacts = `CREATE TABLE IF NOT EXISTS relgraph_entity_facts (
	entity text NOT NULL, pred text NOT NULL, value text NOT NULL, article text NOT NULL, seq bigserial,
	PRIMARY KEY (entity, pred, value, article))`
	sqlCreateEntityFactsByArticle = `CREATE INDEX IF NOT EXISTS relgraph_entity_facts_article ON relgraph_entity_facts (article)`
	// relgraph_entity_counts adds up relgraph_entity_facts by value, in the same statements
	// that change it, so that listing every entity reads one row per value, not one per
	// article that states it; ord is the seq of the value's first row, the order values were
	// first stored. Rows are inserted in key order, so that writers lock them in one order.
	sqlCreateEntityCounts = `CREATE TABLE IF NOT EXISTS relgraph_entity_counts (
	entity text NOT NULL, pred text NOT NULL, value text NOT NULL, articles bigint NOT NULL, ord bigint NOT NULL,
	PRIMARY KEY (entity, pred, value))`
	sqlCreateEntityCountsSpent = `CREATE INDEX IF NOT EXISTS relgraph_entity_counts_spent ON relgraph_entity_counts (entity)
	WHERE articles <= 0`
	sqlCreateEventFacts = `CREATE TABLE IF NOT EXISTS relgraph_event_facts (
	event text NOT NULL, article text NOT NULL, pred text NOT NULL, value text NOT NULL, seq bigserial,
	PRIMARY KEY (event, article, pred, value))`
	sqlCreateEventFactsByArticle = `CREATE INDEX IF NOT EXISTS relgraph_event_facts_article ON relgraph_event_facts (article)`
	sqlCreateEventFactsByEntity  = `CREATE INDEX IF NOT EXISTS relgraph_event_facts_entity ON relgraph_event_facts (value)
	WHERE pred IN ('actor', 'target')`
	sqlFactsReady     = `SELECT to_regclass('relgraph_meta') IS NOT NULL AND EXISTS (SELECT 1 FROM relgraph_meta WHERE key = 'facts')`
	sqlMarkFactsReady = `INSERT INTO relgraph_meta (key) VALUES ('facts') ON CONFLICT DO NOTHING`

	sqlInsertEntityFacts = `WITH ins AS (
	INSERT INTO relgraph_entity_facts (entity, pred, value, article)
	SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING
	RETURNING entity, pred, value, seq
)
INSERT INTO relgraph_entity_counts AS c (entity, pred, value, articles, ord)
SELECT entity, pred, value, count(*), min(seq) FROM ins GROUP BY entity, pred, value ORDER BY entity, pred, value
ON CONFLICT (entity, pred, value) DO UPDATE SET articles = c.articles + EXCLUDED.articles`
	sqlInsertEventFacts = `INSERT INTO relgraph_event_facts (event, article, pred, value)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`
	sqlDeleteEntityFacts = `WITH del AS (
	DELETE FROM relgraph_entity_facts WHERE article = ANY($1::text[]) RETURNING entity, pred, value
), d AS (
	SELECT entity, pred, value, count(*) AS n FROM del GROUP BY entity, pred, value
)
UPDATE relgraph_entity_counts AS c SET articles = c.articles - d.n FROM d
WHERE c.entity = d.entity AND c.pred = d.pred AND c.value = d.value`
	sqlDropSpentCounts  = `DELETE FROM relgraph_entity_counts WHERE articles <= 0`
	sqlDeleteEventFacts = `DELETE FROM relgraph_event_facts WHERE article = ANY($1::text[])`

	sqlEntityFacts = `SELECT pred, value, articles FROM relgraph_entity_counts WHERE entity = $1 ORDER BY ord`
	sqlEachEntity  = `SELECT entity, pred, value, articles FROM relgraph_entity_counts WHERE pred <> 'contact'
ORDER BY entity COLLATE "C", ord`
	// The rows of every event the entity acts in or is the target of, as any article
	// states it (the caller keeps the statements that name the entity), in the order of the
	// embedded index's keys: event, then article, bytewise. The events are listed first so
	// that their rows are read through the primary key: PostgreSQL joined the two as a hash
	// join over the whole table, which grew with the store (x10 wire corpus, China: 95 ms
	// against 40).
	sqlEventSummaries = `SELECT event, article, pred, value FROM relgraph_event_facts
WHERE event = ANY(ARRAY(SELECT DISTINCT event FROM relgraph_event_facts
	WHERE pred IN ('actor', 'target') AND value = $1))
ORDER BY event COLLATE "C", article COLLATE "C", seq`
)

// factRows are rows of relgraph_entity_facts or relgraph_event_facts, as columns, each row
// once (the four columns are the table's primary key, which a bulk load writes without:
// sql_bulk.go).
type factRows struct {
	a, b, c, d []string
	seen       map[[4]string]bool
}

func (r *factRows) add(a, b, c, d string) {
	k := [4]string{a, b, c, d}
	if r.seen[k] {
		return
	}
	if r.seen == nil {
		r.seen = map[[4]string]bool{}
	}
	r.seen[k] = true
	r.a, r.b, r.c, r.d = append(r.a, a), append(r.b, b), append(r.c, c), append(r.d, d)
}

// summaryPreds are the predicates of an event that its EventSummary holds.
var summaryPreds = map[string]bool{PredPlover: true, PredMode: true, PredDate: true, PredNegated: true,
	PredFuture: true, PredActor: true, PredTarget: true, PredTopic: true}

// factRowsOf returns the rows that quads state in the two tables.
func factRowsOf(qs []quad.Quad) (entity, event factRows) {
	for _, q := range qs {
		label := ""
		if q.Label != nil {
			label = Text(q.Label)
		}
		if k, ok := factOf(q); ok {
			entity.add(k.entity, k.pred, k.value, label)
			continue
		}
		subj, ok := q.Subject.(quad.IRI)
		pred, isIRI := q.Predicate.(quad.IRI)
		if !ok || !isIRI || q.Label == nil || !strings.HasPrefix(string(subj), EventPrefix) || !summaryPreds[string(pred)] {
			continue
		}
		value := Text(q.Object)
		switch string(pred) {
		case PredActor, PredTarget, PredTopic:
			iri, ok := q.Object.(quad.IRI)
			if !ok || !strings.HasPrefix(string(iri), EntityPrefix) {
				continue // a literal topic: no summary holds it
			}
			value = strings.TrimPrefix(string(iri), EntityPrefix)
		}
		event.add(strings.TrimPrefix(string(subj), EventPrefix), label, string(pred), value)
	}
	return entity, event
}

// queueFacts queues on b the insertion of the rows quads state.
func queueFacts(b *pgx.Batch, qs []quad.Quad) {
	ent, ev := factRowsOf(qs)
	if len(ent.a) > 0 {
		b.Queue(sqlInsertEntityFacts, ent.a, ent.b, ent.c, ent.d)
	}
	if len(ev.a) > 0 {
		b.Queue(sqlInsertEventFacts, ev.a, ev.b, ev.c, ev.d)
	}
}

// deleteFacts deletes the rows of the articles (their labels as text).
func deleteFacts(ctx context.Context, tx pgx.Tx, labels []string) error {
	for _, stmt := range []string{sqlDeleteEntityFacts, sqlDeleteEventFacts} {
		if _, err := tx.Exec(ctx, stmt, labels); err != nil {
			return err
		}
	}
	_, err := tx.Exec(ctx, sqlDropSpentCounts)
	return err
}

// factsReady reports whether the database's fact tables are complete.
func (w *sqlWriter) factsReady(ctx context.Context) (bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var ok bool
	err := w.conn.QueryRow(ctx, sqlFactsReady).Scan(&ok)
	return ok, err
}

// buildFacts creates the fact tables and fills them from every stored quad, unless another
// process has done it. The caller has created relgraph_meta (buildNames).
func (w *sqlWriter) buildFacts(ctx context.Context, qs cgraph.QuadStore) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return pgx.BeginFunc(ctx, w.conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, sqlLockNamesBuild); err != nil {
			return err
		}
		for _, stmt := range []string{sqlCreateEntityFacts, sqlCreateEntityFactsByArticle, sqlCreateEntityCounts,
			sqlCreateEntityCountsSpent, sqlCreateEventFacts,
			sqlCreateEventFactsByArticle, sqlCreateEventFactsByEntity} {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				return err
			}
		}
		var ready bool
		if err := tx.QueryRow(ctx, sqlFactsReady).Scan(&ready); err != nil || ready {
			return err
		}
		// Rows of a database whose writes were not all recorded start from nothing.
		if _, err := tx.Exec(ctx, `DELETE FROM relgraph_entity_facts; DELETE FROM relgraph_entity_counts; DELETE FROM relgraph_event_facts`); err != nil {
			return err
		}
		// The quads are read and their rows written a chunk at a time, so that indexing a
		// large database holds one chunk in memory, not the database.
		var chunk []quad.Quad
		flush := func() error {
			b := &pgx.Batch{}
			queueFacts(b, chunk)
			chunk = chunk[:0]
			return sendBatch(ctx, tx, b)
		}
		it := qs.QuadsAllIterator().Iterate()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err == nil && len(chunk) == 50_000 {
				err = flush()
			}
			if err != nil {
				it.Close()
				return err
			}
			chunk = append(chunk, q)
		}
		if err := errors.Join(it.Err(), it.Close(), flush()); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, sqlMarkFactsReady)
		return err
	})
}

// entityFacts is Store.EntityFacts and the contacts of EntityContacts, from the rows of id.
func (w *sqlWriter) entityFacts(ctx context.Context, id string) (EntityFacts, []string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f := EntityFacts{ID: id}
	var contacts []string
	rows, err := w.conn.Query(ctx, sqlEntityFacts, id)
	if err != nil {
		return f, nil, fmt.Errorf("entity facts of %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var pred, value string
		var n int
		if err := rows.Scan(&pred, &value, &n); err != nil {
			return f, nil, err
		}
		switch pred {
		case PredMentionedIn:
			f.Mentions += n
		case predContact:
			contacts = append(contacts, value)
		default:
			if p := f.field(pred); p != nil {
				*p = append(*p, Counted{Value: value, Articles: n})
			}
		}
	}
	sort.Strings(contacts)
	return f, contacts, rows.Err()
}

// eachEntity is Store.EachEntity: every entity's facts, read whole before fn sees any
// (fn may ask the store again, and the connection serves one statement at a time).
func (w *sqlWriter) eachEntity(ctx context.Context) ([]EntityFacts, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	rows, err := w.conn.Query(ctx, sqlEachEntity)
	if err != nil {
		return nil, fmt.Errorf("read the entity facts: %w", err)
	}
	defer rows.Close()
	var out []EntityFacts
	for rows.Next() {
		var id, pred, value string
		var n int
		if err := rows.Scan(&id, &pred, &value, &n); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			out = append(out, EntityFacts{ID: id})
		}
		f := &out[len(out)-1]
		if pred == PredMentionedIn {
			f.Mentions += n
		} else if p := f.field(pred); p != nil {
			*p = append(*p, Counted{Value: value, Articles: n})
		}
	}
	return out, rows.Err()
}

// eventSummaries is Store.EventSummaries: the rows of the events entity acts in or is the
// target of, summarised as the embedded index summarises their quads.
func (w *sqlWriter) eventSummaries(ctx context.Context, entity string) ([]EventSummary, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	rows, err := w.conn.Query(ctx, sqlEventSummaries, entity)
	if err != nil {
		return nil, fmt.Errorf("read the events of %s: %w", entity, err)
	}
	defer rows.Close()
	var qs []quad.Quad
	for rows.Next() {
		var event, article, pred, value string
		if err := rows.Scan(&event, &article, &pred, &value); err != nil {
			return nil, err
		}
		var obj quad.Value = quad.String(value)
		switch pred {
		case PredActor, PredTarget, PredTopic:
			obj = EntityIRI(value)
		}
		qs = append(qs, quad.Quad{Subject: EventIRI(event), Predicate: quad.IRI(pred), Object: obj, Label: quad.IRI(article)})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []EventSummary
	for _, e := range eventEntries(qs) {
		if e.entity == entity {
			out = append(out, *e.sum)
		}
	}
	return out, nil
}
