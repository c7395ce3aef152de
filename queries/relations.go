package queries

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/relgraph/relgraph/graph"
)

// Filter narrows a list of events.
type Filter struct {
	Types []string // PLOVER categories; none means all
	Modes []string
	From  string // ISO date, inclusive; compares at the event's own precision
	To    string // ISO date, inclusive
	With  string // entity ID that must also be involved
	Facts bool   // only events reported as having happened (not negated, not future)
}

// Match reports whether the event passes the filter.
func (f Filter) Match(e *Event) bool {
	if len(f.Types) > 0 && !containsFold(f.Types, e.Type) {
		return false
	}
	if len(f.Modes) > 0 && !containsFold(f.Modes, e.Mode) {
		return false
	}
	if f.Facts && !e.Fact() {
		return false
	}
	if f.With != "" && !e.Involves(f.With) {
		return false
	}
	if f.From != "" && (e.Date == "" || laterPrefix(f.From, e.Date)) {
		return false
	}
	if f.To != "" && (e.Date == "" || laterPrefix(e.Date, f.To)) {
		return false
	}
	return true
}

// laterPrefix reports whether date a is entirely after date b, comparing at the coarser
// precision of the two: "2025-07-01" is not after "2025-07", nor "2025" after "2025-03".
func laterPrefix(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] > b[:n]
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// Relations returns the events that involve entity a (and b, when not ""), filtered and
// sorted by date.
func (q *Engine) Relations(ctx context.Context, a, b string, f Filter) ([]*Event, error) {
	briefs, err := q.relations(ctx, a, b, f)
	if err != nil {
		return nil, err
	}
	return q.full(ctx, briefs)
}

// relations is Relations with the events as briefsOf gives them: an answer decodes in full
// only those it returns.
//
// With b, an event that involves both is in the list of each: it reads the list of the one
// fewer articles mention (China's at x10 holds some 2,700 events, Tibet's a tenth of that),
// so that "Tibet and China" costs what Tibet's events cost, not China's.
func (q *Engine) relations(ctx context.Context, a, b string, f Filter) ([]*Event, error) {
	if b != "" {
		fa, err := q.facts(ctx, a)
		if err != nil {
			return nil, err
		}
		fb, err := q.facts(ctx, b)
		if err != nil {
			return nil, err
		}
		if fb.Mentions < fa.Mentions {
			a, b = b, a
		}
		f.With = b
	}
	evs, err := q.briefsOf(ctx, a)
	if err != nil {
		return nil, err
	}
	out := []*Event{}
	for _, e := range evs {
		if f.Match(e) {
			out = append(out, e)
		}
	}
	return out, nil
}

// LastContact is the answer to "when did A and B last talk".
type LastContact struct {
	A        Ref    `json:"a"`
	B        Ref    `json:"b"`
	Last     *Event `json:"last"`
	Previous *Event `json:"previous"`
}

// ContactTypes are the PLOVER categories that count as contact between two actors.
var ContactTypes = []string{"CONSULT"}

// LastContact finds the latest contact (a CONSULT event reported as having happened)
// between a and b, and the latest one before it: an earlier date, not the same contact
// reported at another precision. Only those two are decoded in full.
func (q *Engine) LastContact(ctx context.Context, a, b EntityInfo) (*LastContact, error) {
	evs, err := q.relations(ctx, a.ID, b.ID, Filter{Types: ContactTypes, Facts: true})
	if err != nil {
		return nil, err
	}
	lc := &LastContact{A: Ref{a.ID, a.Name}, B: Ref{b.ID, b.Name}}
	var dated []*Event
	n := 0
	for _, e := range evs {
		if !inContact(e, a.ID, b.ID) {
			continue
		}
		evs[n] = e
		n++
		if e.Date != "" {
			dated = append(dated, e)
		}
	}
	evs = evs[:n]
	if len(dated) == 0 {
		if len(evs) > 0 {
			lc.Last = evs[len(evs)-1]
		}
	} else {
		// Latest first; at equal dates the more precise one.
		sort.SliceStable(dated, func(i, j int) bool { return dated[i].Date > dated[j].Date })
		lc.Last = dated[0]
		for _, e := range dated[1:] {
			if e.Date < lc.Last.Date && !strings.HasPrefix(lc.Last.Date, e.Date) {
				lc.Previous = e
				break
			}
		}
	}
	for _, e := range []**Event{&lc.Last, &lc.Previous} {
		if *e == nil {
			continue
		}
		full, err := q.full(ctx, []*Event{*e})
		if err != nil {
			return nil, err
		}
		*e = full[0]
	}
	return lc, nil
}

// inContact reports whether event e puts a and b in contact: one acts on the other, or
// both act together ("talks between A and B"). Two that the same actor dealt with are not
// in contact through it ("Feissel's shuttle mediation between Clerides and Denktash").
func inContact(e *Event, a, b string) bool {
	side := func(id string) (actor, target bool) {
		for _, r := range e.Actors {
			actor = actor || r.ID == id
		}
		for _, r := range e.Targets {
			target = target || r.ID == id
		}
		return
	}
	aa, at := side(a)
	ba, bt := side(b)
	return aa && (ba || bt) || ba && at
}

// Timeline returns the entity's events that pass the filter, by date.
func (q *Engine) Timeline(ctx context.Context, entity string, f Filter) ([]*Event, error) {
	return q.Relations(ctx, entity, "", f)
}

// TimelinePage returns the events of Timeline from offset on, at most limit of them (all
// when limit is 0), and how many there are in all. Only the page is decoded in full.
func (q *Engine) TimelinePage(ctx context.Context, entity string, f Filter, offset, limit int) ([]*Event, int, error) {
	evs, err := q.relations(ctx, entity, "", f)
	if err != nil {
		return nil, 0, err
	}
	total := len(evs)
	evs = evs[min(offset, total):]
	if limit > 0 && len(evs) > limit {
		evs = evs[:limit]
	}
	page, err := q.full(ctx, evs)
	return page, total, err
}

// AllEvents returns every event in the store that passes the filter, by date.
func (q *Engine) AllEvents(ctx context.Context, f Filter) ([]*Event, error) {
	nodes, err := q.Store.In(ctx, quad.IRI(graph.TypeEvent), graph.PredType)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = localID(n)
	}
	evs, err := q.events(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := []*Event{}
	for _, id := range ids {
		if e := evs[id]; f.Match(e) {
			out = append(out, e)
		}
	}
	SortEvents(out)
	return out, nil
}

// Profile is what `relgraph show` prints about an entity.
type Profile struct {
	EntityInfo
	Roles     []Role     `json:"roles"`
	Articles  int        `json:"articles"`
	Events    int        `json:"events"`
	Relations []Neighbor `json:"relations"`
	// Corrections are the user's corrections that concern the entity or those joined to it.
	Corrections []Correction `json:"corrections,omitempty"`
}

// Role is a title with the entity it is held in.
type Role struct {
	Title string `json:"title"`
	Of    *Ref   `json:"of,omitempty"`
}

// Show builds an entity's profile: names, roles, counts and its top relations.
func (q *Engine) Show(ctx context.Context, e EntityInfo, top int) (*Profile, error) {
	f, err := q.facts(ctx, e.ID)
	if err != nil {
		return nil, err
	}
	p := &Profile{EntityInfo: e, Articles: f.Mentions, Roles: []Role{}, Relations: []Neighbor{}}
	ids, err := q.variants(ctx, e.ID)
	if err != nil {
		return nil, err
	}
	for _, v := range ids[1:] {
		vf, err := q.facts(ctx, v)
		if err != nil {
			return nil, err
		}
		p.Articles += vf.Mentions
	}
	if err := q.identityOf(ctx, p, ids); err != nil {
		return nil, err
	}
	titles := graph.Values(f.Roles)
	ofs := graph.Values(f.RoleOf)
	for i, t := range titles {
		r := Role{Title: t}
		// Roles and their countries are stored as parallel facts; pair them when unambiguous.
		if len(ofs) == len(titles) || len(ofs) == 1 {
			o := ofs[min(i, len(ofs)-1)]
			ref, err := q.ref(ctx, graph.EntityIRI(o))
			if err != nil {
				return nil, err
			}
			r.Of = &ref
		}
		p.Roles = append(p.Roles, r)
	}
	evs, err := q.briefsOf(ctx, e.ID)
	if err != nil {
		return nil, err
	}
	p.Events = len(evs)
	if p.Relations, err = q.neighborsOf(ctx, e.ID); err != nil {
		return nil, err
	}
	if top > 0 && len(p.Relations) > top {
		p.Relations = p.Relations[:top]
	}
	return p, nil
}
