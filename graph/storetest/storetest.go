// Package storetest is the test suite every graph.Store backend must pass: the embedded
// stores, the in-memory store and the SQL stores run the same cases (see RunAll).
package storetest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Opener returns a new, empty store for one test; the test closes it.
type Opener func(t *testing.T) graph.Store

// Doc returns a small document: two leaders, a country, a phone call with a topic, and an
// earlier contact the article states.
func Doc(id, hash string) *graph.Document {
	return &graph.Document{
		Article: graph.Article{ID: id, Title: "Leaders speak by phone", Published: "2025-03-04", Hash: hash},
		Entities: []graph.Entity{
			{ID: "anna-berg", Name: "Anna Berg", Type: graph.TypePerson, Aliases: []string{"Anna Berg", "Berg"},
				Roles: []graph.Role{{Title: "Prime Minister", Of: "norland"}}},
			{ID: "tomas-vale", Name: "Tomas Vale", Type: graph.TypePerson, Aliases: []string{"Vale"}},
			{ID: "norland", Name: "Norland", Type: graph.TypeCountry},
		},
		Events: []graph.Event{
			{ID: id + "-call", Type: "CONSULT", Mode: "phone", Trigger: "spoke by phone", Relation: "called",
				Symmetric: true, Actors: []string{"anna-berg"}, Targets: []string{"tomas-vale"},
				Topics: []graph.Topic{{Entity: "norland"}, {Text: "fishing rights"}}, Date: "2025-03-04",
				Evidence: "Berg and Vale spoke by phone on Tuesday."},
			{ID: id + "-earlier", Type: "CONSULT", Actors: []string{"anna-berg"}, Targets: []string{"tomas-vale"},
				Date: "2021", StatedBy: id + "-call", Evidence: "It was their first call since 2021."},
			{ID: id + "-visit", Type: "CONSULT", Mode: "visit", Trigger: "will visit", Relation: "visited",
				Actors: []string{"tomas-vale"}, Targets: []string{"norland"}, Future: true},
		},
	}
}

func count(t *testing.T, s graph.Store) int {
	t.Helper()
	n := 0
	if err := s.Quads(context.Background(), func(quad.Quad) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// counted shows counted values as "value:articles", sorted.
func counted(cs []graph.Counted) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = fmt.Sprintf("%s:%d", c.Value, c.Articles)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func strs(vals []quad.Value) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = graph.Text(v)
	}
	sort.Strings(out)
	return out
}

// eventIDs lists the ids of entity's events in the store's index of events by entity,
// sorted, and whether the store keeps one.
func eventIDs(t *testing.T, s graph.Store, entity string) (string, bool) {
	t.Helper()
	seen := map[string]bool{}
	kept, err := s.EventSummaries(context.Background(), entity, func(e graph.EventSummary) error {
		seen[e.ID] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(graph.SortedKeys(seen), " "), kept
}

// RunAll runs every case against stores from open.
func RunAll(t *testing.T, open Opener) {
	ctx := context.Background()
	t.Run("PutWritesEveryQuadWithItsLabel", func(t *testing.T) {
		s := open(t)
		d := Doc("art1", "h1")
		res, err := s.Put(ctx, []*graph.Document{d})
		if err != nil {
			t.Fatal(err)
		}
		want := len(d.Quads())
		if res[0].Status != graph.Added || res[0].Quads != want {
			t.Fatalf("Put = %+v, want added with %d quads", res[0], want)
		}
		if got := count(t, s); got != want {
			t.Fatalf("store holds %d quads, want %d", got, want)
		}
		err = s.Quads(ctx, func(q quad.Quad) error {
			if q.Label != graph.ArticleIRI("art1") {
				t.Errorf("quad %v has label %v, want <article/art1>", q, q.Label)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
	t.Run("SameContentAgainAddsNothing", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1")}); err != nil {
			t.Fatal(err)
		}
		before := count(t, s)
		res, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1"), Doc("art1", "h1")})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Status != graph.Skipped {
				t.Errorf("second Put: %v, want skipped", r.Status)
			}
		}
		if after := count(t, s); after != before {
			t.Fatalf("quads %d -> %d after putting the same article again", before, after)
		}
	})
	t.Run("ChangedContentReplaces", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1")}); err != nil {
			t.Fatal(err)
		}
		d := Doc("art1", "h2")
		d.Events = d.Events[:1] // the new version no longer states the earlier call
		res, err := s.Put(ctx, []*graph.Document{d})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Status != graph.Replaced {
			t.Fatalf("Put changed article: %v, want replaced", res[0].Status)
		}
		if got, want := count(t, s), len(d.Quads()); got != want {
			t.Fatalf("store holds %d quads after replace, want the new version's %d", got, want)
		}
		types, err := s.Out(ctx, graph.EventIRI("art1-earlier"), graph.PredType)
		if err != nil {
			t.Fatal(err)
		}
		if len(types) != 0 {
			t.Fatal("the event the new version dropped is still stored")
		}
	})
	t.Run("ReplacementLeavesNoStaleEntry", func(t *testing.T) {
		// The new version drops an alias, an event and the old hash, and writes a new event
		// with the same date as the dropped one: the date literal is both removed and added.
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1")}); err != nil {
			t.Fatal(err)
		}
		d := Doc("art1", "h2")
		d.Entities[0].Aliases = []string{"Anna Berg"}
		d.Events[1] = graph.Event{ID: "art1-later", Type: "CONSULT", Actors: []string{"anna-berg"},
			Targets: []string{"tomas-vale"}, Date: "2021"}
		res, err := s.Put(ctx, []*graph.Document{d})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Status != graph.Replaced {
			t.Fatalf("Put changed article: %v, want replaced", res[0].Status)
		}
		if got, want := count(t, s), len(d.Quads()); got != want {
			t.Fatalf("store holds %d quads after replace, want the new version's %d", got, want)
		}
		if owners, err := s.In(ctx, quad.String("Berg"), graph.PredAlias); err != nil || len(owners) != 0 {
			t.Fatalf("the dropped alias still finds %v (%v)", strs(owners), err)
		}
		if evs, err := s.In(ctx, quad.String("2021"), graph.PredDate); err != nil || len(strs(evs)) != 1 || strs(evs)[0] != "event/art1-later" {
			t.Fatalf("events dated 2021 = %v (%v), want only the new version's", strs(evs), err)
		}
		if ents, ok, err := s.NamedEntities(ctx, "berg"); err != nil || ok && len(ents) != 0 {
			t.Fatalf("the name index still finds %v by the dropped alias (%v)", strs(ents), err)
		}
		if ents, ok, err := s.NamedEntities(ctx, graph.Slug("ANNA BERG")); err != nil || ok && (len(ents) != 1 || ents[0] != graph.EntityIRI("anna-berg")) {
			t.Fatalf("the name index finds %v for the kept name (%v)", strs(ents), err)
		}
		if h, ok, err := s.ArticleHash(ctx, "art1"); err != nil || !ok || h != "h2" {
			t.Fatalf("hash after replace: %q %v %v", h, ok, err)
		}
		// The kept counts and the index of events say what the new version says.
		if f, err := s.EntityFacts(ctx, "anna-berg"); err != nil || counted(f.Aliases) != "Anna Berg:1" || f.Mentions != 1 {
			t.Fatalf("anna-berg's facts after replace: aliases %s, mentions %d (%v); want Anna Berg:1, 1", counted(f.Aliases), f.Mentions, err)
		}
		if evs, kept := eventIDs(t, s, "anna-berg"); kept && evs != "art1-call art1-later" {
			t.Fatalf("events of anna-berg after replace: %s, want art1-call art1-later", evs)
		}
		n, err := s.RemoveArticle(ctx, "art1")
		if err != nil || n != len(d.Quads()) {
			t.Fatalf("RemoveArticle after replace = %d, %v; want the new version's %d quads", n, err, len(d.Quads()))
		}
		if got := count(t, s); got != 0 {
			t.Fatalf("%d quads left after removing the only article", got)
		}
		if st, err := s.Stats(ctx); err != nil || st.Nodes != 0 {
			t.Errorf("%d nodes still stored with no quad naming them (%v)", st.Nodes, err)
		}
		if ents, _, err := s.NamedEntities(ctx, "anna-berg"); err != nil || len(ents) != 0 {
			t.Errorf("the name index finds %v after its only article was removed (%v)", strs(ents), err)
		}
		if f, err := s.EntityFacts(ctx, "anna-berg"); err != nil || f.Mentions != 0 || len(f.Names)+len(f.Aliases)+len(f.Types) != 0 {
			t.Errorf("anna-berg's facts after her only article was removed: %+v (%v)", f, err)
		}
		if contacts, _, err := s.EntityContacts(ctx, "anna-berg"); err != nil || len(contacts) != 0 {
			t.Errorf("anna-berg's contacts after her only article was removed: %v (%v)", contacts, err)
		}
		if evs, _ := eventIDs(t, s, "anna-berg"); evs != "" {
			t.Errorf("events of anna-berg after her only article was removed: %s", evs)
		}
		listed := 0
		if _, err := s.EachEntity(ctx, func(graph.EntityFacts) error { listed++; return nil }); err != nil || listed != 0 {
			t.Errorf("EachEntity lists %d entities of an empty store (%v)", listed, err)
		}
	})
	t.Run("SharedEntitiesSurviveRemovingOneArticle", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1"), Doc("art2", "h1")}); err != nil {
			t.Fatal(err)
		}
		n, err := s.RemoveArticle(ctx, "art1")
		if err != nil || n == 0 {
			t.Fatalf("RemoveArticle = %d, %v", n, err)
		}
		if got, want := count(t, s), len(Doc("art2", "h1").Quads()); got != want {
			t.Fatalf("after removing art1: %d quads, want art2's %d", got, want)
		}
		names, err := s.Out(ctx, graph.EntityIRI("anna-berg"), graph.PredName)
		if err != nil || len(names) != 1 {
			t.Fatalf("anna-berg's name after removing one of two articles: %v, %v", names, err)
		}
		if _, ok, _ := s.ArticleHash(ctx, "art1"); ok {
			t.Fatal("art1 still stored after RemoveArticle")
		}
	})
	t.Run("OutInPropsLabels", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1"), Doc("art2", "h2")}); err != nil {
			t.Fatal(err)
		}
		called, err := s.Out(ctx, graph.EntityIRI("anna-berg"), "called")
		if err != nil {
			t.Fatal(err)
		}
		if got := strs(called); len(got) != 1 || got[0] != "entity/tomas-vale" {
			t.Fatalf("anna-berg called %v, want [entity/tomas-vale] once though two articles say so", got)
		}
		back, err := s.Out(ctx, graph.EntityIRI("tomas-vale"), "called")
		if err != nil || len(back) != 1 {
			t.Fatalf("a call is symmetric: tomas-vale called %v, %v", strs(back), err)
		}
		visited, err := s.Out(ctx, graph.EntityIRI("tomas-vale"), "visited")
		if err != nil || len(visited) != 0 {
			t.Fatalf("a future visit got a direct edge: %v, %v", strs(visited), err)
		}
		actors, err := s.In(ctx, graph.EntityIRI("anna-berg"), graph.PredActor)
		if err != nil || len(actors) != 4 {
			t.Fatalf("anna-berg acts in %v, want 4 events (2 per article)", strs(actors))
		}
		props, err := s.Props(ctx, graph.EventIRI("art1-call"))
		if err != nil {
			t.Fatal(err)
		}
		if got := strs(props[graph.PredTopic]); len(got) != 2 || got[0] != "entity/norland" || got[1] != "fishing rights" {
			t.Fatalf("topics = %v", got)
		}
		if got := strs(props[graph.PredDate]); len(got) != 1 || got[0] != "2025-03-04" {
			t.Fatalf("date = %v", got)
		}
		labels, err := s.Labels(ctx, graph.EntityIRI("anna-berg"), "called", graph.EntityIRI("tomas-vale"))
		if err != nil {
			t.Fatal(err)
		}
		if got := strs(labels); len(got) != 2 || got[0] != "article/art1" || got[1] != "article/art2" {
			t.Fatalf("the call's provenance = %v, want both articles", got)
		}
	})
	t.Run("NameIndexFollowsArticles", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1"), Doc("art2", "h1")}); err != nil {
			t.Fatal(err)
		}
		ents, ok, err := s.NamedEntities(ctx, "vale")
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			t.Skip("this store keeps no name index")
		}
		if len(ents) != 1 || ents[0] != graph.EntityIRI("tomas-vale") {
			t.Fatalf("NamedEntities(vale) = %v, want tomas-vale once though two articles name it", strs(ents))
		}
		if _, err := s.RemoveArticle(ctx, "art1"); err != nil {
			t.Fatal(err)
		}
		if ents, _, _ := s.NamedEntities(ctx, "vale"); len(ents) != 1 {
			t.Fatalf("after removing one of two articles naming Vale: %v", strs(ents))
		}
		if _, err := s.RemoveArticle(ctx, "art2"); err != nil {
			t.Fatal(err)
		}
		if ents, _, _ := s.NamedEntities(ctx, "vale"); len(ents) != 0 {
			t.Fatalf("after removing both articles naming Vale: %v", strs(ents))
		}
		var all []quad.Quad
		for _, q := range Doc("art3", "h1").Quads() {
			all = append(all, q)
		}
		if _, err := s.AddQuads(ctx, all); err != nil {
			t.Fatal(err)
		}
		if ents, _, _ := s.NamedEntities(ctx, "vale"); len(ents) != 1 {
			t.Fatalf("after importing an article naming Vale: %v", strs(ents))
		}
	})
	t.Run("EntityFactsFollowArticles", func(t *testing.T) {
		// Two articles state Anna Berg's facts; a third, replaced, changes what it says of
		// her; removing articles takes their counts away. Each step's facts must be what the
		// articles still stored say, with no count left behind by a replaced version.
		s := open(t)
		second := Doc("art2", "h1")
		second.Entities[0].Aliases = []string{"Anna Berg", "A. Berg"}
		second.Entities[0].Roles = []graph.Role{{Title: "Prime Minister", Of: "norland"}, {Title: "Chair"}}
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1"), second}); err != nil {
			t.Fatal(err)
		}
		want := func(step string, mentions int, aliases, roles, roleOf string) {
			t.Helper()
			f, err := s.EntityFacts(ctx, "anna-berg")
			if err != nil {
				t.Fatal(err)
			}
			if mentions == 0 {
				if f.Mentions != 0 || len(f.Types)+len(f.Names)+len(f.Aliases)+len(f.Roles)+len(f.RoleOf) != 0 {
					t.Fatalf("%s: facts %+v, want none", step, f)
				}
				return
			}
			got := fmt.Sprintf("mentions %d; type %s; name %s; aliases %s; roles %s; of %s", f.Mentions,
				counted(f.Types), counted(f.Names), counted(f.Aliases), counted(f.Roles), counted(f.RoleOf))
			exp := fmt.Sprintf("mentions %d; type person:%d; name Anna Berg:%d; aliases %s; roles %s; of %s",
				mentions, mentions, mentions, aliases, roles, roleOf)
			if got != exp {
				t.Fatalf("%s: facts\n  %s\nwant\n  %s", step, got, exp)
			}
		}
		want("two articles", 2, "A. Berg:1 Anna Berg:2 Berg:1", "Chair:1 Prime Minister:2", "norland:2")
		contacts := func(step, want string) {
			t.Helper()
			got, kept, err := s.EntityContacts(ctx, "anna-berg")
			if err != nil {
				t.Fatal(err)
			}
			if kept && strings.Join(got, " ") != want {
				t.Fatalf("%s: contacts of anna-berg %v, want %s", step, got, want)
			}
		}
		// She called Tomas Vale and discussed Norland; her role's country is no contact.
		contacts("two articles", "norland tomas-vale")

		third := Doc("art3", "h1")
		if _, err := s.Put(ctx, []*graph.Document{third}); err != nil {
			t.Fatal(err)
		}
		want("three articles", 3, "A. Berg:1 Anna Berg:3 Berg:2", "Chair:1 Prime Minister:3", "norland:3")
		third = Doc("art3", "h2")
		third.Entities[0].Aliases = []string{"A. Berg"}
		third.Entities[0].Roles = nil
		if res, err := s.Put(ctx, []*graph.Document{third}); err != nil || res[0].Status != graph.Replaced {
			t.Fatalf("replace art3: %v %v", res, err)
		}
		want("art3 replaced", 3, "A. Berg:2 Anna Berg:2 Berg:1", "Chair:1 Prime Minister:2", "norland:2")
		if _, err := s.RemoveArticle(ctx, "art2"); err != nil {
			t.Fatal(err)
		}
		want("art2 removed", 2, "A. Berg:1 Anna Berg:1 Berg:1", "Prime Minister:1", "norland:1")
		if ents, ok, err := s.EntitiesByKey(ctx, graph.BySurname, "berg"); err != nil || ok && (len(ents) != 1 || ents[0] != graph.EntityIRI("anna-berg")) {
			t.Fatalf("surname index for berg: %v %v", strs(ents), err)
		}
		if _, err := s.RemoveArticle(ctx, "art1"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.RemoveArticle(ctx, "art3"); err != nil {
			t.Fatal(err)
		}
		want("every article removed", 0, "", "", "")
		contacts("every article removed", "")
		if ents, _, err := s.EntitiesByKey(ctx, graph.BySurname, "berg"); err != nil || len(ents) != 0 {
			t.Fatalf("surname index for berg after every article was removed: %v %v", strs(ents), err)
		}
		listed := 0
		if _, err := s.EachEntity(ctx, func(graph.EntityFacts) error { listed++; return nil }); err != nil || listed != 0 {
			t.Fatalf("EachEntity lists %d entities of an empty store (%v)", listed, err)
		}
		// Importing quads counts them too.
		if _, err := s.AddQuads(ctx, Doc("art4", "h1").Quads()); err != nil {
			t.Fatal(err)
		}
		want("imported", 1, "Anna Berg:1 Berg:1", "Prime Minister:1", "norland:1")
		kept, err := s.EachEntity(ctx, func(f graph.EntityFacts) error {
			listed++
			if f.ID == "tomas-vale" && (f.Name() != "Tomas Vale" || f.Mentions != 1) {
				t.Errorf("EachEntity: tomas-vale %+v", f)
			}
			return nil
		})
		if err != nil || kept && listed != 3 {
			t.Fatalf("EachEntity listed %d entities (kept %v, %v), want 3", listed, kept, err)
		}
	})
	t.Run("AddQuadsIndexesANewArticlesEventsOnce", func(t *testing.T) {
		// A file that lists an article's quads twice indexes its events as a Put of it
		// does: once each, with every actor and target.
		put, added := open(t), open(t)
		if _, err := put.Put(ctx, []*graph.Document{Doc("art1", "h1")}); err != nil {
			t.Fatal(err)
		}
		qs := Doc("art1", "h1").Quads()
		if _, err := added.AddQuads(ctx, append(append([]quad.Quad{}, qs...), qs...)); err != nil {
			t.Fatal(err)
		}
		for _, entity := range []string{"anna-berg", "tomas-vale", "norland"} {
			var got [2][]string
			for i, s := range []graph.Store{put, added} {
				if _, err := s.EventSummaries(ctx, entity, func(e graph.EventSummary) error {
					got[i] = append(got[i], fmt.Sprintf("%s@%s %v>%v~%v", e.ID, e.Article, e.Actors, e.Targets, e.Topics))
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				sort.Strings(got[i])
			}
			if !slices.Equal(got[0], got[1]) {
				t.Errorf("events of %s after AddQuads: %q, after Put: %q", entity, got[1], got[0])
			}
		}
	})
	t.Run("EventIndexFollowsArticles", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, []*graph.Document{Doc("art1", "h1"), Doc("art2", "h1")}); err != nil {
			t.Fatal(err)
		}
		events := func(entity string) (string, bool) {
			t.Helper()
			var got []string
			ok, err := s.EventSummaries(ctx, entity, func(e graph.EventSummary) error {
				got = append(got, fmt.Sprintf("%s@%s %s %s %s%v>%v~%v", e.ID, e.Article, e.Type, e.Mode, e.Date,
					e.Actors, e.Targets, e.Topics))
				if e.Future {
					got[len(got)-1] += " future"
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			sort.Strings(got)
			return strings.Join(got, "; "), ok
		}
		got, ok := events("tomas-vale")
		if !ok {
			t.Skip("this store keeps no index of events by entity")
		}
		want := "art1-call@art1 CONSULT phone 2025-03-04[anna-berg]>[tomas-vale]~[norland]; " +
			"art1-earlier@art1 CONSULT  2021[anna-berg]>[tomas-vale]~[]; " +
			"art1-visit@art1 CONSULT visit [tomas-vale]>[norland]~[] future; " +
			"art2-call@art2 CONSULT phone 2025-03-04[anna-berg]>[tomas-vale]~[norland]; " +
			"art2-earlier@art2 CONSULT  2021[anna-berg]>[tomas-vale]~[]; " +
			"art2-visit@art2 CONSULT visit [tomas-vale]>[norland]~[] future"
		if got != want {
			t.Fatalf("events of tomas-vale:\n  %s\nwant\n  %s", got, want)
		}
		// A replacement drops the earlier call and changes the call's date.
		d := Doc("art1", "h2")
		d.Events = d.Events[:1]
		d.Events[0].Date = "2025-03-05"
		if _, err := s.Put(ctx, []*graph.Document{d}); err != nil {
			t.Fatal(err)
		}
		if got, _ := events("anna-berg"); got != "art1-call@art1 CONSULT phone 2025-03-05[anna-berg]>[tomas-vale]~[norland]; "+
			"art2-call@art2 CONSULT phone 2025-03-04[anna-berg]>[tomas-vale]~[norland]; "+
			"art2-earlier@art2 CONSULT  2021[anna-berg]>[tomas-vale]~[]" {
			t.Fatalf("events of anna-berg after art1 was replaced: %s", got)
		}
		if got, _ := events("norland"); got != "art2-visit@art2 CONSULT visit [tomas-vale]>[norland]~[] future" {
			t.Fatalf("events of norland (a topic is no entry of its own): %s", got)
		}
		for _, id := range []string{"art1", "art2"} {
			if _, err := s.RemoveArticle(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		if got, _ := events("tomas-vale"); got != "" {
			t.Fatalf("events of tomas-vale after every article was removed: %s", got)
		}
		if _, err := s.AddQuads(ctx, Doc("art3", "h1").Quads()); err != nil {
			t.Fatal(err)
		}
		if got, _ := events("anna-berg"); !strings.HasPrefix(got, "art3-call@art3 CONSULT phone") || strings.Count(got, ";") != 1 {
			t.Fatalf("events of anna-berg after an import: %s", got)
		}
	})
	t.Run("EventStatedByTwoArticles", func(t *testing.T) {
		// Two articles state one event (the same id) with different entities: each entity's
		// events are the statements that name it, whichever article states the others.
		s := open(t)
		one, two := Doc("art1", "h1"), Doc("art2", "h1")
		one.Events = []graph.Event{{ID: "shared", Type: "CONSULT", Actors: []string{"anna-berg"}, Targets: []string{"tomas-vale"}}}
		two.Events = []graph.Event{{ID: "shared", Type: "CONSULT", Actors: []string{"tomas-vale"}, Targets: []string{"norland"}}}
		if _, err := s.Put(ctx, []*graph.Document{one, two}); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct{ entity, want string }{
			{"anna-berg", "shared@art1"}, {"tomas-vale", "shared@art1 shared@art2"}, {"norland", "shared@art2"},
		} {
			var got []string
			kept, err := s.EventSummaries(ctx, c.entity, func(e graph.EventSummary) error {
				got = append(got, e.ID+"@"+e.Article)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if kept && strings.Join(got, " ") != c.want {
				t.Errorf("events of %s: %v, want %s", c.entity, got, c.want)
			}
		}
	})
	t.Run("NameKeyIndexFollowsArticles", func(t *testing.T) {
		s := open(t)
		d := Doc("art1", "h1")
		d.Entities[1].Aliases = []string{"Tomas al-Vale"}
		if _, err := s.Put(ctx, []*graph.Document{d}); err != nil {
			t.Fatal(err)
		}
		ents, ok, err := s.EntitiesByKey(ctx, graph.BySurname, "vale")
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			t.Skip("this store keeps no surname index")
		}
		if len(ents) != 1 || ents[0] != graph.EntityIRI("tomas-vale") {
			t.Fatalf("EntitiesByKey(BySurname, vale) = %v, want tomas-vale", strs(ents))
		}
		if ents, _, _ := s.EntitiesByKey(ctx, graph.BySurname, "norland"); len(ents) != 0 {
			t.Fatalf("a one-word name is no surname: %v", strs(ents))
		}
		// A name written family name first is found by that name too: "Wen" for Wen Jiabao.
		d2 := Doc("art2", "h2")
		d2.Entities[1].Aliases = []string{"Wen Jiabao"}
		if _, err := s.Put(ctx, []*graph.Document{d2}); err != nil {
			t.Fatal(err)
		}
		if ents, _, _ := s.EntitiesByKey(ctx, graph.BySurname, "wen"); len(ents) != 1 || ents[0] != graph.EntityIRI("tomas-vale") {
			t.Fatalf("EntitiesByKey(BySurname, wen) = %v, want the entity with the alias Wen Jiabao", strs(ents))
		}
		if _, err := s.RemoveArticle(ctx, "art2"); err != nil {
			t.Fatal(err)
		}
		if ents, _, _ := s.EntitiesByKey(ctx, graph.BySurname, "wen"); len(ents) != 0 {
			t.Fatalf("a removed article's family-name key stays: %v", strs(ents))
		}
		keys := []struct {
			kind graph.NameKey
			key  string
		}{{graph.BySpelling, graph.SpellingKey("Tommas Vaale")}, {graph.ByNameEnd, "tomas"}, {graph.ByNameEnd, "vale"}}
		for _, k := range keys {
			if ents, _, err := s.EntitiesByKey(ctx, k.kind, k.key); err != nil || len(ents) != 1 || ents[0] != graph.EntityIRI("tomas-vale") {
				t.Fatalf("EntitiesByKey(%c, %q) = %v (%v), want tomas-vale", k.kind, k.key, strs(ents), err)
			}
		}
		d = Doc("art1", "h2")
		d.Entities[1].Name = "Tomas"
		d.Entities[1].Aliases = nil
		if _, err := s.Put(ctx, []*graph.Document{d}); err != nil {
			t.Fatal(err)
		}
		if ents, _, _ := s.EntitiesByKey(ctx, graph.BySurname, "vale"); len(ents) != 0 {
			t.Fatalf("after the only article naming Vale in full was replaced: %v", strs(ents))
		}
		for _, k := range keys {
			if ents, _, err := s.EntitiesByKey(ctx, k.kind, k.key); err != nil || len(ents) != 0 {
				t.Fatalf("EntitiesByKey(%c, %q) = %v (%v) after the full name was replaced, want none", k.kind, k.key, strs(ents), err)
			}
		}
	})
	t.Run("AddQuadsRoundTrip", func(t *testing.T) {
		src := open(t)
		if _, err := src.Put(ctx, []*graph.Document{Doc("art1", "h1")}); err != nil {
			t.Fatal(err)
		}
		var all []quad.Quad
		src.Quads(ctx, func(q quad.Quad) error { all = append(all, q); return nil })
		dst := open(t)
		if _, err := dst.AddQuads(ctx, all); err != nil {
			t.Fatal(err)
		}
		if _, err := dst.AddQuads(ctx, all); err != nil {
			t.Fatalf("adding the same quads again: %v", err)
		}
		if got := count(t, dst); got != len(all) {
			t.Fatalf("copy holds %d quads, want %d", got, len(all))
		}
		// Adding the same quads twice must not count their nodes twice: removing the
		// article frees every node it named.
		if _, err := dst.RemoveArticle(ctx, "art1"); err != nil {
			t.Fatal(err)
		}
		if st, err := dst.Stats(ctx); err != nil || st.Nodes != 0 {
			t.Fatalf("%d nodes imported twice outlive their only article (%v)", st.Nodes, err)
		}
	})
	t.Run("CancelledContext", func(t *testing.T) {
		s := open(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := s.Put(cctx, []*graph.Document{Doc("art1", "h1")}); err == nil {
			t.Fatal("Put with a cancelled context succeeded")
		}
		if got := count(t, s); got != 0 {
			t.Fatalf("a cancelled Put wrote %d quads", got)
		}
	})
}
