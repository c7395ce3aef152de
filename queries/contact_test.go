package queries

import "testing"

// TestInContact checks which events put two entities in contact for last-contact: one
// acting on the other, or both acting together; not two that one actor dealt with (a
// mediator shuttling between them).
func TestInContact(t *testing.T) {
	r := func(ids ...string) []Ref {
		var out []Ref
		for _, id := range ids {
			out = append(out, Ref{ID: id})
		}
		return out
	}
	for _, c := range []struct {
		name    string
		actors  []Ref
		targets []Ref
		want    bool
	}{
		{"a met b", r("a"), r("b"), true},
		{"b called a", r("b"), r("a"), true},
		{"talks between a and b", r("a", "b"), nil, true},
		{"a and c met b", r("a", "c"), r("b"), true},
		{"c mediated between a and b", r("c"), r("a", "b"), false},
		{"a met c", r("a"), r("c"), false},
	} {
		e := &Event{Actors: c.actors, Targets: c.targets}
		if got := inContact(e, "a", "b"); got != c.want {
			t.Errorf("%s: in contact %v, want %v", c.name, got, c.want)
		}
	}
}
