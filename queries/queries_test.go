package queries_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// load opens an in-memory store holding testdata/leaders.nq (drawn in its header).
func load(t *testing.T) *queries.Engine {
	t.Helper()
	b, err := os.ReadFile("testdata/leaders.nq")
	if err != nil {
		t.Fatal(err)
	}
	return loadQuads(t, string(b))
}

func ids(evs []*queries.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

func TestResolve(t *testing.T) {
	q := load(t)
	ctx := context.Background()
	for _, c := range []struct{ arg, want string }{
		{"anna-berg", "anna-berg"},
		{"Anna Berg", "anna-berg"},
		{"BERG", "anna-berg"},
		{"entity/ada-okafor", "ada-okafor"},
		{"okafor", "ada-okafor"},
		{"Tomas Vale", "tomas-vale"}, // a name wins over another entity's alias
		{"norland", "norland"},
	} {
		got, err := q.Resolve(ctx, c.arg)
		if err != nil || got.ID != c.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", c.arg, got.ID, err, c.want)
		}
	}
	_, err := q.Resolve(ctx, "Vale")
	var amb *queries.AmbiguousError
	if !errors.As(err, &amb) || len(amb.Matches) != 2 {
		t.Errorf("Resolve(\"Vale\") = %v; want both Tomas Vale and Vale Industries listed", err)
	}
	_, err = q.Resolve(ctx, "Nobody")
	if !errors.Is(err, queries.ErrNoMatch) || err.Error() != `no entity matches "Nobody"; see relgraph entities` {
		t.Errorf("Resolve(\"Nobody\") = %v", err)
	}
}

func TestRelations(t *testing.T) {
	q := load(t)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		a, b string
		f    queries.Filter
		want []string
	}{
		{"all of one entity, by date", "anna-berg", "", queries.Filter{}, []string{"e0", "e1", "e2", "e6", "e7"}},
		{"a surname-only entity answers as its person", "anna-berg", "ada-okafor", queries.Filter{}, []string{"e7"}},
		{"between two", "tomas-vale", "ada-okafor", queries.Filter{}, []string{"e5"}},
		{"by type", "anna-berg", "", queries.Filter{Types: []string{"DEMAND"}}, []string{"e2"}},
		{"by mode", "tomas-vale", "", queries.Filter{Modes: []string{"meeting"}}, []string{"e5", "e6"}},
		{"from a month", "anna-berg", "", queries.Filter{From: "2024-05"}, []string{"e2", "e6", "e7"}},
		{"to a year keeps the year's events", "anna-berg", "", queries.Filter{To: "2021"}, []string{"e0"}},
		{"facts only", "tomas-vale", "", queries.Filter{Facts: true}, []string{"e0", "e1", "e2", "e5"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs, err := q.Relations(ctx, c.a, c.b, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(evs); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
			if c.b == "" {
				return
			}
			// Between two, whichever is named first (Relations reads the list of the
			// one fewer articles mention).
			evs, err = q.Relations(ctx, c.b, c.a, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(evs); !slices.Equal(got, c.want) {
				t.Errorf("the other way round: got %v, want %v", got, c.want)
			}
		})
	}
}

func TestEventShape(t *testing.T) {
	q := load(t)
	e, err := q.Event(context.Background(), "e2")
	if err != nil {
		t.Fatal(err)
	}
	if e.Type != "DEMAND" || e.Date != "2024-05-02" || len(e.Actors) != 1 || e.Actors[0].Name != "Anna Berg" ||
		len(e.Targets) != 1 || e.Targets[0].ID != "tomas-vale" || len(e.Topics) != 1 || e.Topics[0].Name != "border" {
		t.Errorf("event e2 = %+v", e)
	}
	if len(e.Sources) != 1 || e.Sources[0].Article != "a1" || e.Sources[0].Title != "Leaders speak by phone" {
		t.Errorf("sources of e2 = %+v", e.Sources)
	}
	if _, err := q.Event(context.Background(), "nope"); err == nil {
		t.Error("a missing event loaded without error")
	}
}

func TestLastContact(t *testing.T) {
	q := load(t)
	ctx := context.Background()
	berg, _ := q.Resolve(ctx, "berg")
	vale, _ := q.Resolve(ctx, "tomas-vale")
	okafor, _ := q.Resolve(ctx, "okafor")
	lc, err := q.LastContact(ctx, berg, vale)
	if err != nil {
		t.Fatal(err)
	}
	// e6 (did not meet) is later but negated; the call is the last contact, 2021 the one before.
	if lc.Last == nil || lc.Last.ID != "e1" || lc.Previous == nil || lc.Previous.ID != "e0" {
		t.Errorf("last contact Berg-Vale = %+v / %+v; want e1 then e0", lc.Last, lc.Previous)
	}
	// a3 names Berg by surname only; the graph knows which Berg that is.
	lc, err = q.LastContact(ctx, berg, okafor)
	if err != nil || lc.Last == nil || lc.Last.ID != "e7" || lc.Previous != nil {
		t.Errorf("last contact Berg-Okafor = %+v, %v; want the meeting e7 alone", lc, err)
	}
	if lc.Last != nil && (len(lc.Last.Actors) != 1 || lc.Last.Actors[0].ID != "anna-berg" || lc.Last.Actors[0].Name != "Anna Berg") {
		t.Errorf("the meeting's actor = %+v, want Anna Berg", lc.Last.Actors)
	}
	vale, _ = q.Resolve(ctx, "Tomas Vale")
	lc, err = q.LastContact(ctx, okafor, vale)
	if err != nil || lc.Last == nil || lc.Last.ID != "e5" {
		t.Errorf("last contact Okafor-Vale = %+v, %v; want e5", lc.Last, err)
	}
}

func TestEntitiesAndShow(t *testing.T) {
	q := load(t)
	ctx := context.Background()
	people, err := q.Entities(ctx, graph.TypePerson)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"Ada Okafor", "Anna Berg", "Tomas Vale"}) {
		t.Errorf("people = %v", names)
	}
	all, err := q.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, e := range all {
		if seen[e.ID] != "" {
			t.Errorf("%s listed as %s and as %s", e.ID, seen[e.ID], e.Type)
		}
		seen[e.ID] = e.Type
	}
	if seen["vale-industries"] != graph.TypeOrganization || seen["berg"] != "" || len(all) != 5 {
		t.Errorf("entities = %v; want 5, Vale Industries once as an organization, Berg merged into Anna Berg", seen)
	}
	berg, _ := q.Resolve(ctx, "berg")
	p, err := q.Show(ctx, berg, 5)
	if err != nil {
		t.Fatal(err)
	}
	if p.Articles != 3 || p.Events != 5 || len(p.Roles) != 1 || p.Roles[0].Title != "Prime Minister" ||
		p.Roles[0].Of == nil || p.Roles[0].Of.ID != "norland" {
		t.Errorf("profile = %+v", p)
	}
	// Berg and Vale share the call, the 2021 contact it states and the demand; the meeting
	// Vale did not have with Berg (e6) ties them no more, nor dates their last tie.
	if len(p.Relations) != 2 || p.Relations[0].Entity.ID != "tomas-vale" || p.Relations[0].Events != 3 ||
		p.Relations[0].Last != "2024-05-02" || p.Relations[1].Entity.ID != "ada-okafor" {
		t.Errorf("relations = %+v", p.Relations)
	}
}

func TestNeighborsAndPaths(t *testing.T) {
	q := load(t)
	ctx := context.Background()
	ns, err := q.Neighbors(ctx, "tomas-vale")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range ns {
		got = append(got, n.Entity.ID)
	}
	if !slices.Equal(got, []string{"anna-berg", "ada-okafor", "norland"}) {
		t.Errorf("neighbors of Vale = %v", got)
	}
	ns, _ = q.Neighbors(ctx, "tomas-vale", graph.TypeCountry)
	if len(ns) != 1 || ns[0].Entity.ID != "norland" {
		t.Errorf("country neighbors of Vale = %+v", ns)
	}
	// Norland is tied to Vale only by a planned visit (e3): a tie, but no last contact.
	if len(ns) == 1 && ns[0].Last != "" {
		t.Errorf("a planned visit gives Norland a last contact: %+v", ns[0])
	}

	berg, _ := q.Resolve(ctx, "berg")
	okafor, _ := q.Resolve(ctx, "okafor")
	paths, err := q.Paths(ctx, berg, okafor, 3, 10)
	if err != nil {
		t.Fatal(err)
	}
	// Berg met Okafor (e7, as "Berg"), and reaches her through Vale: by the 2021 call, the
	// 2024 call or the demand, then the Lagos meeting; the negated meeting is no link.
	if len(paths) != 4 || len(paths[0].Steps) != 1 || paths[0].Steps[0].Event.ID != "e7" {
		t.Fatalf("paths Berg-Okafor = %+v, want the direct meeting first, then 3 through Vale", paths)
	}
	for _, p := range paths[1:] {
		if len(p.Steps) != 2 || p.Steps[0].To.ID != "tomas-vale" || p.Steps[1].Event.ID != "e5" {
			t.Errorf("path %+v", p)
		}
	}
	if paths, _ := q.Paths(ctx, berg, okafor, 1, 10); len(paths) != 1 {
		t.Errorf("one-hop paths between Berg and Okafor: %+v, want the meeting", paths)
	}
}

// TestPathsUseEachEventOnce checks that a meeting of three is one link between any two of
// them, not also a chain through the third.
func TestPathsUseEachEventOnce(t *testing.T) {
	nq := `<article/a> <type> <article> <article/a> .
<article/a> <published> "2025-10-08" <article/a> .
<entity/ana> <type> <person> <article/a> .
<entity/ana> <mentioned_in> <article/a> .
<entity/ana> <name> "Ana Lima" <article/a> .
<entity/ben> <type> <person> <article/a> .
<entity/ben> <mentioned_in> <article/a> .
<entity/ben> <name> "Ben Osei" <article/a> .
<entity/cai> <type> <person> <article/a> .
<entity/cai> <mentioned_in> <article/a> .
<entity/cai> <name> "Cai Wen" <article/a> .
<event/m> <type> <event> <article/a> .
<event/m> <plover> "CONSULT" <article/a> .
<event/m> <mode> "meeting" <article/a> .
<event/m> <trigger> "met" <article/a> .
<event/m> <date> "2025-10-08" <article/a> .
<event/m> <actor> <entity/ana> <article/a> .
<event/m> <actor> <entity/cai> <article/a> .
<event/m> <target> <entity/ben> <article/a> .
<event/m> <source> <article/a> <article/a> .
`
	qs, err := quad.ReadAll(nquads.NewReader(strings.NewReader(nq), false))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.AddQuads(ctx, qs); err != nil {
		t.Fatal(err)
	}
	q := queries.New(s)
	ana, err := q.Resolve(ctx, "Ana Lima")
	if err != nil {
		t.Fatal(err)
	}
	ben, err := q.Resolve(ctx, "Ben Osei")
	if err != nil {
		t.Fatal(err)
	}
	paths, err := q.Paths(ctx, ana, ben, 3, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 || len(paths[0].Steps) != 1 {
		t.Errorf("paths Ana-Ben = %+v, want the one meeting", paths)
	}
}

func TestGizmo(t *testing.T) {
	q := load(t)
	res, err := q.Gizmo(context.Background(), `g.V("<entity/anna-berg>").Out("<called>").Out("<name>").All()`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || res[0].(map[string]any)["id"] != "Tomas Vale" {
		t.Errorf("Berg called %v", res)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200_000_000)
	defer cancel()
	if _, err := q.Gizmo(ctx, `while(true){}`, 0); err == nil {
		t.Error("a runaway query was not stopped by its deadline")
	}
}

// TestNeighborsCoTargets checks that two an actor dealt with in one event are neighbors of
// the actor, not of each other ("Wang met Kallas and De Wever"), as last-contact reads it,
// while two who act together are each other's.
func TestNeighborsCoTargets(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	person := func(id, name string) graph.Entity { return graph.Entity{ID: id, Name: name, Type: graph.TypePerson} }
	doc := &graph.Document{
		Article:  graph.Article{ID: "co1", Title: "Wang in Brussels", Published: "2025-03-03", Hash: "h1"},
		Entities: []graph.Entity{person("wang", "Wang"), person("kallas", "Kallas"), person("dewever", "De Wever"), person("ana", "Ana"), person("ben", "Ben")},
		Events: []graph.Event{
			{ID: "m1", Type: "CONSULT", Trigger: "met", Relation: "met", Actors: []string{"wang"}, Targets: []string{"kallas", "dewever"}, Date: "2025-03-03", Evidence: "Wang met Kallas and De Wever."},
			{ID: "m2", Type: "CONSULT", Trigger: "talks", Actors: []string{"ana", "ben"}, Date: "2025-03-03", Evidence: "Ana and Ben held talks."},
		},
	}
	if _, err := s.Put(ctx, []*graph.Document{doc}); err != nil {
		t.Fatal(err)
	}
	q := queries.New(s)
	names := func(id string) []string {
		ns, err := q.Neighbors(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range ns {
			out = append(out, n.Entity.ID)
		}
		slices.Sort(out)
		return out
	}
	if got := names("kallas"); !slices.Equal(got, []string{"wang"}) {
		t.Errorf("neighbors of Kallas = %v, want Wang alone", got)
	}
	if got := names("wang"); !slices.Equal(got, []string{"dewever", "kallas"}) {
		t.Errorf("neighbors of Wang = %v, want Kallas and De Wever", got)
	}
	if got := names("ana"); !slices.Equal(got, []string{"ben"}) {
		t.Errorf("neighbors of Ana = %v, want Ben", got)
	}
}

// loadQuads opens an in-memory store holding the N-Quads text nq.
func loadQuads(t *testing.T, nq string) *queries.Engine {
	t.Helper()
	qs, err := quad.ReadAll(nquads.NewReader(strings.NewReader(nq), false))
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.AddQuads(context.Background(), qs); err != nil {
		t.Fatal(err)
	}
	return queries.New(s)
}

// A surname said alone answers as the person whose name the others only lengthen ("Jean
// Lumo" and "Jean-Pierre Lumo"), and as nobody when two people share it.
func TestSurnameOfLengthenedName(t *testing.T) {
	people := func(second string) string {
		return `<entity/jean-lumo> <type> <person> <article/a1> .
<entity/jean-lumo> <name> "Jean Lumo" <article/a1> .
<entity/jean-lumo> <alias> "Lumo" <article/a1> .
<entity/` + graph.Slug(second) + `> <type> <person> <article/a2> .
<entity/` + graph.Slug(second) + `> <name> "` + second + `" <article/a2> .
<entity/` + graph.Slug(second) + `> <alias> "Lumo" <article/a2> .
<entity/lumo> <type> <person> <article/a3> .
<entity/lumo> <name> "Lumo" <article/a3> .
<entity/ines-kora> <type> <person> <article/a3> .
<entity/ines-kora> <name> "Ines Kora" <article/a3> .
<event/e1> <type> <event> <article/a3> .
<event/e1> <plover> "CONSULT" <article/a3> .
<event/e1> <trigger> "met" <article/a3> .
<event/e1> <date> "2024-10-01" <article/a3> .
<event/e1> <actor> <entity/lumo> <article/a3> .
<event/e1> <target> <entity/ines-kora> <article/a3> .
<event/e1> <source> <article/a3> <article/a3> .
`
	}
	ctx := context.Background()
	for _, c := range []struct {
		second string
		want   int
	}{{"Jean-Pierre Lumo", 1}, {"Paul Lumo", 0}} {
		q := loadQuads(t, people(c.second))
		jean, err := q.Resolve(ctx, "Jean Lumo")
		if err != nil {
			t.Fatal(err)
		}
		kora, err := q.Resolve(ctx, "Ines Kora")
		if err != nil {
			t.Fatal(err)
		}
		evs, err := q.Relations(ctx, jean.ID, kora.ID, queries.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != c.want {
			t.Errorf("with %s: Jean Lumo met Ines Kora in %d events, want %d", c.second, len(evs), c.want)
		}
	}
}

// A lone name stored for one article ("Hu") answers as the person the graph names by it in
// far more articles ("Hu Jintao", aliased "Hu", in three), not as the stray; with no such
// person it answers as itself.
func TestLoneNameAnswersAsTheProminent(t *testing.T) {
	quads := func(articles int) string {
		var b strings.Builder
		b.WriteString(`<entity/hu> <type> <person> <article/a0> .
<entity/hu> <name> "Hu" <article/a0> .
<entity/hu> <mentioned_in> <article/a0> <article/a0> .
<entity/hu-shi> <type> <person> <article/a0> .
<entity/hu-shi> <name> "Hu Shi" <article/a0> .
<entity/hu-shi> <alias> "Hu" <article/a0> .
<entity/hu-shi> <mentioned_in> <article/a0> <article/a0> .
`)
		for i := 1; i <= articles; i++ {
			fmt.Fprintf(&b, "<entity/hu-jintao> <type> <person> <article/a%d> .\n<entity/hu-jintao> <name> \"Hu Jintao\" <article/a%d> .\n<entity/hu-jintao> <alias> \"Hu\" <article/a%d> .\n<entity/hu-jintao> <mentioned_in> <article/a%d> <article/a%d> .\n", i, i, i, i, i)
		}
		return b.String()
	}
	ctx := context.Background()
	for _, c := range []struct {
		articles int
		want     string
	}{{3, "hu-jintao"}, {1, "hu"}} {
		q := loadQuads(t, quads(c.articles))
		got, err := q.Resolve(ctx, "Hu")
		if err != nil || got.ID != c.want {
			t.Errorf("Hu Jintao in %d articles: Resolve(\"Hu\") = %q, %v; want %q", c.articles, got.ID, err, c.want)
		}
		if got, err := q.Resolve(ctx, "hu"); err != nil || got.ID != "hu" {
			t.Errorf("Hu Jintao in %d articles: Resolve(\"hu\"), an id, = %q, %v; want hu", c.articles, got.ID, err)
		}
	}
}
