package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// A user corrects the graph where extraction got an identity wrong: two entities that are
// one person (merge), an alias that names someone else (split), a wrong canonical name
// (rename). Corrections are stored apart from what articles said, as nodes of their own
// under the label <corrections>, so re-ingesting or removing an article never touches them:
//
//	<correction/000001> <type>   <correction>      <corrections>
//	<correction/000001> <action> "merge"           <corrections>   (or "split", "rename")
//	<correction/000001> <entity> <entity/mahmud-abbas> <corrections>
//	<correction/000001> <into>   <entity/mahmoud-abbas> <corrections>   (merge)
//	<correction/000001> <value>  "Laura Bush"      <corrections>   (split: the alias; rename: the name)
//
// The Engine applies them, in the order they were made, whenever it answers.

// Correction predicates, types and label.
const (
	TypeCorrection   = "correction"
	PredAction       = "action"
	PredCorrected    = "entity"
	PredInto         = "into"
	PredValue        = "value"
	CorrectionsLabel = "corrections"
	correctionPrefix = "correction/"
	ActionMerge      = "merge"
	ActionSplit      = "split"
	ActionRename     = "rename"
)

// Correction is one user correction, as listed by `relgraph correct list`.
type Correction struct {
	ID     string `json:"id"`
	Action string `json:"action"` // merge, split or rename
	Entity string `json:"entity"`
	Into   string `json:"into,omitempty"`  // merge: the entity it answers as
	Value  string `json:"value,omitempty"` // split: the alias; rename: the new name
}

// corrections is what the stored corrections say, applied in order.
type corrections struct {
	list     []Correction
	sameAs   map[string]string          // merge: id -> into
	notAlias map[string]map[string]bool // split: id -> lower-case aliases it does not have
	name     map[string]string          // rename: id -> name
}

// ErrBadCorrection is wrapped by Merge, Split and Rename when the correction cannot apply.
var ErrBadCorrection = errors.New("cannot correct")

// loadCorrections reads every stored correction once per Engine.
func (q *Engine) loadCorrections(ctx context.Context) (*corrections, error) {
	if q.corr != nil {
		return q.corr, nil
	}
	c := &corrections{sameAs: map[string]string{}, notAlias: map[string]map[string]bool{}, name: map[string]string{}}
	nodes, err := q.Store.In(ctx, quad.IRI(TypeCorrection), graph.PredType)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		props, err := q.Store.Props(ctx, n)
		if err != nil {
			return nil, err
		}
		c.list = append(c.list, Correction{ID: localID(n), Action: first(props[PredAction]),
			Entity: localID(firstValue(props[PredCorrected])), Into: localID(firstValue(props[PredInto])), Value: first(props[PredValue])})
	}
	sort.Slice(c.list, func(i, j int) bool { return c.list[i].ID < c.list[j].ID })
	for _, k := range c.list {
		switch k.Action {
		case ActionMerge:
			c.sameAs[k.Entity] = k.Into
		case ActionSplit:
			if c.notAlias[k.Entity] == nil {
				c.notAlias[k.Entity] = map[string]bool{}
			}
			c.notAlias[k.Entity][strings.ToLower(k.Value)] = true
			// Splitting off the name of an entity merged in undoes that merge.
			for from, into := range c.sameAs {
				if into == k.Entity && strings.EqualFold(from, graph.Slug(k.Value)) {
					delete(c.sameAs, from)
				}
			}
		case ActionRename:
			c.name[k.Entity] = k.Value
		}
	}
	q.corr = c
	return c, nil
}

func firstValue(vals []quad.Value) quad.Value {
	if len(vals) == 0 {
		return quad.String("")
	}
	return vals[0]
}

// Corrections lists the stored corrections in the order they were made.
func (q *Engine) Corrections(ctx context.Context) ([]Correction, error) {
	c, err := q.loadCorrections(ctx)
	if err != nil {
		return nil, err
	}
	return append([]Correction{}, c.list...), nil
}

// Merge records that entity from is the same as entity into: from answers as into from now
// on. Both must exist; merging an entity into itself, or into one that answers as it,
// wraps ErrBadCorrection.
func (q *Engine) Merge(ctx context.Context, from, into EntityInfo) (Correction, error) {
	if from.ID == into.ID {
		return Correction{}, fmt.Errorf("%w: %s and %s are already one entity", ErrBadCorrection, from.ID, into.ID)
	}
	return q.addCorrection(ctx, Correction{Action: ActionMerge, Entity: from.ID, Into: into.ID})
}

// Split records that alias does not name entity e: it is no longer listed or matched for
// e, and the surname-only, joined or merged entity of that name no longer answers as e. An
// alias that neither e nor an entity joined to it carries wraps ErrBadCorrection.
func (q *Engine) Split(ctx context.Context, e EntityInfo, alias string) (Correction, error) {
	has := strings.EqualFold(e.Name, alias)
	for _, a := range e.Aliases {
		has = has || strings.EqualFold(a, alias)
	}
	ids, err := q.variants(ctx, e.ID)
	if err != nil {
		return Correction{}, err
	}
	for _, v := range ids[1:] {
		n, err := q.name(ctx, graph.EntityIRI(v))
		if err != nil {
			return Correction{}, err
		}
		has = has || strings.EqualFold(n, alias) // a joined entity's name
	}
	if !has {
		return Correction{}, fmt.Errorf("%w: %s has no alias %q; see relgraph show %s", ErrBadCorrection, e.ID, alias, e.ID)
	}
	return q.addCorrection(ctx, Correction{Action: ActionSplit, Entity: e.ID, Value: alias})
}

// Rename records name as entity e's name; its id stays, and the old name stays an alias.
func (q *Engine) Rename(ctx context.Context, e EntityInfo, name string) (Correction, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Correction{}, fmt.Errorf("%w: a name cannot be empty", ErrBadCorrection)
	}
	return q.addCorrection(ctx, Correction{Action: ActionRename, Entity: e.ID, Value: name})
}

func (q *Engine) addCorrection(ctx context.Context, k Correction) (Correction, error) {
	c, err := q.loadCorrections(ctx)
	if err != nil {
		return Correction{}, err
	}
	if k.Action == ActionMerge {
		// No cycles: into must not already answer as from.
		seen := map[string]bool{k.Entity: true}
		for id := k.Into; id != ""; id = c.sameAs[id] {
			if seen[id] {
				return Correction{}, fmt.Errorf("%w: %s already answers as %s", ErrBadCorrection, k.Into, k.Entity)
			}
			seen[id] = true
		}
	}
	k.ID = fmt.Sprintf("%s%06d", correctionPrefix, len(c.list)+1)
	node, label := quad.IRI(k.ID), quad.IRI(CorrectionsLabel)
	qs := []quad.Quad{
		{Subject: node, Predicate: quad.IRI(graph.PredType), Object: quad.IRI(TypeCorrection), Label: label},
		{Subject: node, Predicate: quad.IRI(PredAction), Object: quad.String(k.Action), Label: label},
		{Subject: node, Predicate: quad.IRI(PredCorrected), Object: graph.EntityIRI(k.Entity), Label: label},
	}
	if k.Into != "" {
		qs = append(qs, quad.Quad{Subject: node, Predicate: quad.IRI(PredInto), Object: graph.EntityIRI(k.Into), Label: label})
	}
	if k.Value != "" {
		qs = append(qs, quad.Quad{Subject: node, Predicate: quad.IRI(PredValue), Object: quad.String(k.Value), Label: label})
	}
	if _, err := q.Store.AddQuads(ctx, qs); err != nil {
		return Correction{}, fmt.Errorf("store correction: %w", err)
	}
	k.ID = strings.TrimPrefix(k.ID, correctionPrefix)
	q.forget()
	return k, nil
}

// forget drops what the Engine has cached of identities, after a correction.
func (q *Engine) forget() {
	q.corr, q.joined = nil, nil
	q.canon = map[string]string{}
	q.names = map[quad.Value]string{}
}

// identityOf fills p.Joined (the entities ids[1:] that answer as p, and why) and
// p.Corrections (the user's corrections of any of ids).
func (q *Engine) identityOf(ctx context.Context, p *Profile, ids []string) error {
	in := map[string]bool{}
	for _, id := range ids {
		in[id] = true
	}
	p.Joined = nil
	for _, v := range ids[1:] {
		why, err := q.joinReason(ctx, v)
		if err != nil {
			return err
		}
		name, err := q.name(ctx, graph.EntityIRI(v))
		if err != nil {
			return err
		}
		p.Joined = append(p.Joined, Join{ID: v, Name: name, Reason: why})
	}
	c, err := q.loadCorrections(ctx)
	if err != nil {
		return err
	}
	for _, k := range c.list {
		if in[k.Entity] || in[k.Into] {
			p.Corrections = append(p.Corrections, k)
		}
	}
	return nil
}

// renamed returns the name a user gave the entity node, if any.
func (q *Engine) renamed(ctx context.Context, node quad.Value) (string, bool, error) {
	c, err := q.loadCorrections(ctx)
	if err != nil {
		return "", false, err
	}
	n, ok := c.name[localID(node)]
	return n, ok && strings.HasPrefix(graph.Text(node), graph.EntityPrefix), nil
}
