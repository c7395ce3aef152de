package graph

import (
	"testing"

	"github.com/cayleygraph/quad"
)

// TestDedupQuadsKeepsTheFirstInPlace: repeats go, whatever their distance; the first of
// each quad stays where it was; values of different kinds with the same text are different.
func TestDedupQuadsKeepsTheFirstInPlace(t *testing.T) {
	q := func(s, p string, o quad.Value) quad.Quad {
		return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: quad.IRI("article/a")}
	}
	in := []quad.Quad{
		q("entity/b", "met", quad.IRI("entity/a")),
		q("entity/a", "met", quad.IRI("entity/b")),
		q("entity/b", "met", quad.IRI("entity/a")),
		q("event/1", "negated", quad.Bool(true)),
		q("entity/a", "name", quad.String("entity/b")),
		q("entity/a", "met", quad.IRI("entity/b")),
		q("event/1", "negated", quad.Bool(true)),
		q("entity/a", "name", quad.IRI("entity/b")),
		{Subject: quad.IRI("entity/a"), Predicate: quad.IRI("met"), Object: quad.IRI("entity/b")},
	}
	want := []quad.Quad{in[0], in[1], in[3], in[4], in[7], in[8]}
	got := dedupQuads(append([]quad.Quad(nil), in...))
	if len(got) != len(want) {
		t.Fatalf("dedupQuads kept %d quads, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quad %d = %v, want %v", i, got[i], want[i])
		}
	}
}
