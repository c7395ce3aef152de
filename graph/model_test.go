package graph

import (
	"fmt"
	"strings"
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

// TestEachChunkGivesQuadsInOrder: the chunks a long write is made of, put end to end, are
// Quads exactly, for a document with repeats of every kind (a repeated alias, actor, edge
// and topic, and events that repeat an ID, which come whole), and each chunk but the
// last holds at least n quads. Every quad that is not an event's comes before the first
// event's: a quad whose nodes are all stored already costs Cayley a read of the article's
// whole list in the label index (see eachQuad).
func TestEachChunkGivesQuadsInOrder(t *testing.T) {
	doc := func(dupID bool) *Document {
		d := &Document{Article: Article{ID: "a", Title: "T", Hash: "h"},
			Entities: []Entity{{ID: "x", Name: "X", Type: TypePerson, Aliases: []string{"X", "X"}},
				{ID: "y", Name: "Y", Type: TypeCountry}}}
		for i := range 50 {
			id := fmt.Sprintf("e%d", i)
			if dupID && i%7 == 0 {
				id = "e0"
			}
			d.Events = append(d.Events, Event{ID: id, Type: "CONSULT", Relation: "met", Symmetric: i%2 == 0,
				Actors: []string{"x", "x"}, Targets: []string{"y"}, Topics: []Topic{{Entity: "y"}, {Text: "trade"}, {Text: "trade"}},
				Evidence: "X met Y.", Negated: i%5 == 0})
		}
		return d
	}
	for _, dupID := range []bool{false, true} {
		d := doc(dupID)
		want := d.Quads()
		var got []quad.Quad
		var sizes []int
		err := d.eachChunk(40, func(qs []quad.Quad) error {
			got = append(got, qs...)
			sizes = append(sizes, len(qs))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("repeated IDs %v: the chunks hold %d quads, Quads %d", dupID, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("repeated IDs %v: quad %d = %v, want %v", dupID, i, got[i], want[i])
			}
		}
		firstEvent := -1
		for i, q := range got {
			ofAnEvent := strings.HasPrefix(string(q.Subject.(quad.IRI)), EventPrefix)
			if ofAnEvent && firstEvent < 0 {
				firstEvent = i
			}
			if !ofAnEvent && firstEvent >= 0 {
				t.Errorf("repeated IDs %v: quad %d, %v, comes after the first event's quad %d", dupID, i, q, firstEvent)
				break
			}
		}
		for i, n := range sizes[:len(sizes)-1] {
			if n < 40 {
				t.Errorf("repeated IDs %v: chunk %d of %v holds %d quads, fewer than 40", dupID, i, sizes, n)
			}
		}
		if !dupID && len(sizes) < 3 {
			t.Errorf("chunks %v: the document came in fewer than 3", sizes)
		}
	}
}

// The same event decodes the same whatever order a backend gives its values in: the
// lists answers and exports print are sorted.
func TestDecodeEventOrder(t *testing.T) {
	props := func(order []int) map[string][]quad.Value {
		actors := []quad.Value{quad.IRI("entity/zelensky"), quad.IRI("entity/horakova")}
		topics := []quad.Value{quad.String("gas"), quad.IRI("entity/gulf"), quad.IRI("entity/guinea")}
		p := map[string][]quad.Value{PredActor: {}, PredTopic: {}}
		for _, i := range order {
			if i < len(actors) {
				p[PredActor] = append(p[PredActor], actors[i])
			}
			p[PredTopic] = append(p[PredTopic], topics[i])
		}
		return p
	}
	a := DecodeEvent("e", props([]int{0, 1, 2}))
	b := DecodeEvent("e", props([]int{2, 1, 0}))
	if fmt.Sprint(a.Actors, a.Topics) != fmt.Sprint(b.Actors, b.Topics) {
		t.Errorf("order depends on the store: %v %v against %v %v", a.Actors, a.Topics, b.Actors, b.Topics)
	}
	if want := "[horakova zelensky] [{guinea } {gulf } { gas}]"; fmt.Sprint(a.Actors, a.Topics) != want {
		t.Errorf("got %v %v, want %s", a.Actors, a.Topics, want)
	}
}
