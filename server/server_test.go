package server

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
)

// testDocuments is a small graph written for these tests, two articles:
//
//	a1 (2025-07-02): vladimir-putin --called--> emmanuel-macron  (call-1, CONSULT, 2025-07-01, topic iran)
//	                 emmanuel-macron --urged--> iran              (urge-1, DEMAND, 2025-07-02)
//	a2 (2025-03-10): vladimir-putin --met--> emmanuel-macron      (meet-1, CONSULT, 2025-03)
//	                 iran --rejected--> emmanuel-macron           (reject-1, REJECT, 2025-03-09)
//
// Two entities share the alias "Hassan" (hassan-rouhani, hassan-nasrallah), for ambiguity.
func testDocuments() []*graph.Document {
	ents := []graph.Entity{
		{ID: "vladimir-putin", Name: "Vladimir Putin", Type: graph.TypePerson, Aliases: []string{"Putin"}},
		{ID: "emmanuel-macron", Name: "Emmanuel Macron", Type: graph.TypePerson, Aliases: []string{"Macron"}},
		{ID: "iran", Name: "Iran", Type: graph.TypeCountry, Aliases: []string{"Tehran"}},
	}
	return []*graph.Document{
		{
			Article:  graph.Article{ID: "a1", Title: "Leaders speak by phone on Iran", URL: "https://example.org/a1", Published: "2025-07-02", Hash: "h1"},
			Entities: ents,
			Events: []graph.Event{
				{ID: "call-1", Type: "CONSULT", Mode: "phone", Trigger: "spoke by phone with", Relation: "called", Symmetric: true,
					Actors: []string{"vladimir-putin"}, Targets: []string{"emmanuel-macron"}, Topics: []graph.Topic{{Entity: "iran"}},
					Date: "2025-07-01", Evidence: "The two presidents spoke by phone on Tuesday about Iran."},
				{ID: "urge-1", Type: "DEMAND", Mode: "statement", Trigger: "urged", Relation: "urged",
					Actors: []string{"emmanuel-macron"}, Targets: []string{"iran"},
					Date: "2025-07-02", Evidence: "Macron urged Iran to return to the negotiating table."},
			},
		},
		{
			Article: graph.Article{ID: "a2", Title: "Spring summit", Published: "2025-03-10", Hash: "h2"},
			Entities: append(ents[:3:3],
				graph.Entity{ID: "hassan-rouhani", Name: "Hassan Rouhani", Type: graph.TypePerson, Aliases: []string{"Hassan"}},
				graph.Entity{ID: "hassan-nasrallah", Name: "Hassan Nasrallah", Type: graph.TypePerson, Aliases: []string{"Hassan"}}),
			Events: []graph.Event{
				{ID: "meet-1", Type: "CONSULT", Mode: "meeting", Trigger: "met", Relation: "met", Symmetric: true,
					Actors: []string{"vladimir-putin", "emmanuel-macron"}, Date: "2025-03", Evidence: "Putin and Macron met in March."},
				{ID: "reject-1", Type: "REJECT", Mode: "statement", Trigger: "rejected", Relation: "rejected",
					Actors: []string{"iran"}, Targets: []string{"emmanuel-macron"}, Date: "2025-03-09", Evidence: "Tehran rejected the French proposal."},
			},
		},
	}
}

func testStore(t *testing.T) graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:", graph.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Put(ctx, testDocuments()); err != nil {
		t.Fatal(err)
	}
	return st
}

func testHandler(t *testing.T, cfg Config) *Handler {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = testStore(t)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// do sends a request to h as a program would: a body other than a GET's is sent as JSON,
// the type the server requires (see checkStateChanging).
func do(t *testing.T, h http.Handler, method, target, body string) (int, string, http.Header) {
	t.Helper()
	hdr := http.Header{}
	if method != "GET" && method != "HEAD" {
		hdr.Set("Content-Type", "application/json")
	}
	return doWith(t, h, method, target, body, hdr)
}

// doWith sends a request with the headers given, and no others.
func doWith(t *testing.T, h http.Handler, method, target, body string, hdr http.Header) (int, string, http.Header) {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if !strings.HasPrefix(target, "http") {
		req.Host = "127.0.0.1:64210" // httptest's example.com is not this server's address
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String(), rec.Header()
}

func decode[T any](t *testing.T, body string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, body)
	}
	return v
}

func eventIDs(evs []*queries.Event) string {
	ids := make([]string, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	return strings.Join(ids, ",")
}

func TestRelations(t *testing.T) {
	h := testHandler(t, Config{})
	tests := []struct {
		name     string
		query    string
		wantCode int
		wantIDs  string // events in order, for 200
		wantErr  string // in the error, otherwise
	}{
		{"one entity by alias", "a=Macron", 200, "meet-1,reject-1,call-1,urge-1", ""},
		{"two entities", "a=putin&b=emmanuel-macron", 200, "meet-1,call-1", ""},
		{"by type", "a=Macron&type=demand,reject", 200, "reject-1,urge-1", ""},
		{"date range", "a=Macron&from=2025-07&to=2025-07-01", 200, "call-1", ""},
		{"no match is 404 naming the next step", "a=Nobody", 404, "", "/api/entities?q=Nobody"},
		{"ambiguous alias is 409", "a=Hassan", 409, "", "matches 2 entities"},
		{"missing a is 400", "b=Macron", 400, "", "missing parameter a"},
		{"bad date is 400", "a=Macron&from=July", 400, "", "from="},
		{"impossible date is 400", "a=Macron&to=2025-13", 400, "", "to="},
		{"bad facts is 400", "a=Macron&facts=maybe", 400, "", "facts="},
		{"unknown type is 400 listing the categories", "a=Macron&type=FOO", 400, "", "want one or more of AGREE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, hdr := do(t, h, "GET", "/api/relations?"+tt.query, "")
			if code != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", code, tt.wantCode, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if code == 200 {
				if got := eventIDs(decode[[]*queries.Event](t, body)); got != tt.wantIDs {
					t.Errorf("events %s, want %s", got, tt.wantIDs)
				}
				return
			}
			e := decode[apiError](t, body)
			if !strings.Contains(e.Error, tt.wantErr) {
				t.Errorf("error %q lacks %q", e.Error, tt.wantErr)
			}
		})
	}
}

// TestRelationsSameAsQueries checks the endpoint answers what the CLI prints, field for field.
func TestRelationsSameAsQueries(t *testing.T) {
	st := testStore(t)
	h := testHandler(t, Config{Store: st})
	_, body, _ := do(t, h, "GET", "/api/relations?a=Macron", "")
	want, err := queries.New(st).Relations(context.Background(), "emmanuel-macron", "", queries.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	var got, exp any
	json.Unmarshal([]byte(body), &got)
	json.Unmarshal(wantJSON, &exp)
	g, _ := json.Marshal(got)
	e, _ := json.Marshal(exp)
	if string(g) != string(e) {
		t.Errorf("answer differs from queries.Relations:\n got %s\nwant %s", g, e)
	}
	evs := decode[[]*queries.Event](t, body)
	if len(evs) == 0 || len(evs[0].Sources) == 0 || evs[0].Sources[0].Sentence == "" {
		t.Errorf("events lack their sentence: %s", body)
	}
}

func TestLastContact(t *testing.T) {
	h := testHandler(t, Config{})
	code, body, _ := do(t, h, "GET", "/api/last-contact?a=Putin&b=Macron", "")
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	lc := decode[queries.LastContact](t, body)
	if lc.Last == nil || lc.Last.ID != "call-1" || lc.Previous == nil || lc.Previous.ID != "meet-1" {
		t.Errorf("last contact %s", body)
	}
	if code, body, _ := do(t, h, "GET", "/api/last-contact?a=Putin", ""); code != 400 || !strings.Contains(body, "missing parameter b") {
		t.Errorf("without b: %d %s", code, body)
	}
	if code, _, _ := do(t, h, "GET", "/api/last-contact?a=Putin&b=Nobody", ""); code != 404 {
		t.Errorf("unknown b: %d", code)
	}
}

func TestTimeline(t *testing.T) {
	h := testHandler(t, Config{})
	code, body, _ := do(t, h, "GET", "/api/timeline?entity=iran", "")
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	tl := decode[timelineAnswer](t, body)
	if tl.Entity.ID != "iran" || tl.Entity.Name != "Iran" {
		t.Errorf("entity %+v", tl.Entity)
	}
	if got := eventIDs(tl.Events); got != "reject-1,urge-1" {
		t.Errorf("events %s", got)
	}
	_, body, _ = do(t, h, "GET", "/api/timeline?entity=Putin&with=Macron&type=CONSULT", "")
	if got := eventIDs(decode[timelineAnswer](t, body).Events); got != "meet-1,call-1" {
		t.Errorf("with Macron: %s", got)
	}
	if code, body, _ := do(t, h, "GET", "/api/timeline?entity=nobody-at-all", ""); code != 404 || !strings.Contains(body, "/api/entities") {
		t.Errorf("unknown entity: %d %s", code, body)
	}
	if code, _, _ := do(t, h, "GET", "/api/timeline", ""); code != 400 {
		t.Errorf("no entity: %d", code)
	}
	// A page: the events after the first, one of them, and how many there are in all.
	_, body, _ = do(t, h, "GET", "/api/timeline?entity=Putin&with=Macron&type=CONSULT&offset=1&limit=1", "")
	if page := decode[timelineAnswer](t, body); eventIDs(page.Events) != "call-1" || page.Total != 2 {
		t.Errorf("page offset=1 limit=1: %s", body)
	}
	_, body, _ = do(t, h, "GET", "/api/timeline?entity=Putin&with=Macron&offset=9", "")
	if page := decode[timelineAnswer](t, body); len(page.Events) != 0 || page.Total != 2 {
		t.Errorf("page past the end: %s", body)
	}
	if code, _, _ := do(t, h, "GET", "/api/timeline?entity=iran&limit=0", ""); code != 400 {
		t.Errorf("limit=0: %d", code)
	}
}

func TestShowAndNeighbors(t *testing.T) {
	h := testHandler(t, Config{})
	code, body, _ := do(t, h, "GET", "/api/show?entity=Putin&top=1", "")
	if code != 200 {
		t.Fatalf("show: status %d: %s", code, body)
	}
	p := decode[queries.Profile](t, body)
	if p.ID != "vladimir-putin" || p.Events == 0 || len(p.Relations) != 1 {
		t.Errorf("show Putin top=1: %s", body)
	}
	code, body, _ = do(t, h, "GET", "/api/neighbors?entity=Putin", "")
	if code != 200 {
		t.Fatalf("neighbors: status %d: %s", code, body)
	}
	ns := decode[[]queries.Neighbor](t, body)
	if len(ns) == 0 || ns[0].Entity.ID != "emmanuel-macron" {
		t.Errorf("neighbors of Putin: %s", body)
	}
	if code, _, _ := do(t, h, "GET", "/api/neighbors?entity=Putin&type=planet", ""); code != 400 {
		t.Errorf("neighbors type=planet: %d", code)
	}
	if code, _, _ := do(t, h, "GET", "/api/show?entity=nobody-at-all", ""); code != 404 {
		t.Errorf("show of nobody: %d", code)
	}
}

func TestEntities(t *testing.T) {
	h := testHandler(t, Config{})
	_, body, _ := do(t, h, "GET", "/api/entities?q=mac", "")
	ents := decode[[]queries.EntityInfo](t, body)
	if len(ents) != 1 || ents[0].ID != "emmanuel-macron" {
		t.Errorf("q=mac: %s", body)
	}
	_, body, _ = do(t, h, "GET", "/api/entities?q=hassan&type=person", "")
	if n := len(decode[[]queries.EntityInfo](t, body)); n != 2 {
		t.Errorf("q=hassan: %d entities: %s", n, body)
	}
	_, body, _ = do(t, h, "GET", "/api/entities?limit=2", "")
	if n := len(decode[[]queries.EntityInfo](t, body)); n != 2 {
		t.Errorf("limit=2: %d entities", n)
	}
	if code, _, _ := do(t, h, "GET", "/api/entities?type=planet", ""); code != 400 {
		t.Errorf("type=planet: %d", code)
	}
	if code, _, _ := do(t, h, "GET", "/api/entities?limit=-1", ""); code != 400 {
		t.Errorf("limit=-1: %d", code)
	}
}

func TestGizmoQuery(t *testing.T) {
	h := testHandler(t, Config{})
	// No .Unique(): the name is stored once per article that mentions Putin, and the
	// answer still names Macron once, as the CLI and the console do.
	code, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V("<entity/vladimir-putin>").Out("<called>").Out("<name>").All()`)
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	res := decode[struct{ Result []map[string]any }](t, body)
	if len(res.Result) != 1 || res.Result[0]["id"] != "Emmanuel Macron" {
		t.Errorf("result %s", body)
	}
	code, body, _ = do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V().Nope()`)
	if code != 400 || !strings.Contains(body, "error") {
		t.Errorf("bad query: %d %s", code, body)
	}
}

func TestGizmoLimit(t *testing.T) {
	h := testHandler(t, Config{Limit: 2})
	_, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V().All()`)
	if n := len(decode[struct{ Result []any }](t, body).Result); n != 2 {
		t.Errorf("%d results with limit 2", n)
	}
}

func TestWritesRefused(t *testing.T) {
	const nq = "<entity/x> <name> \"X\" .\n"
	nquads := http.Header{"Content-Type": {"application/n-quads"}}
	for _, path := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		h := testHandler(t, Config{})
		code, body, _ := doWith(t, h, "POST", path, nq, nquads)
		if code != http.StatusForbidden || !strings.Contains(body, "--allow-writes") {
			t.Errorf("%s: %d %s", path, code, body)
		}
	}
	st := testStore(t)
	h := testHandler(t, Config{Store: st, AllowWrites: true})
	if code, body, _ := doWith(t, h, "POST", "/api/v2/write", nq, nquads); code != 200 {
		t.Fatalf("write allowed: %d %s", code, body)
	}
	vals, err := st.Out(context.Background(), graph.EntityIRI("x"), graph.PredName)
	if err != nil || len(vals) != 1 {
		t.Errorf("the written quad is not in the store: %v %v", vals, err)
	}
}

func TestBodyLimit(t *testing.T) {
	h := testHandler(t, Config{})
	big := "//" + strings.Repeat("x", MaxBodyBytes+10) + "\ng.V().All()"
	code, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", big)
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("a %d-byte query was answered %d: %.200s", len(big), code, body)
	}
	code, _, _ = do(t, h, "POST", "/api/v1/shape/gizmo", big)
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("shape of a big query: %d", code)
	}
}

func TestQueryTimeout(t *testing.T) {
	h := testHandler(t, Config{QueryTimeout: 200 * time.Millisecond})
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
		code, body, _ := do(t, h, "POST", path, `while(true){}`)
		if code == 200 || !strings.Contains(body, "error") {
			t.Errorf("%s: runaway loop answered %d %s", path, code, body)
		}
	}
	code, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V("<entity/iran>").Out("<name>").All()`)
	if code != 200 || !strings.Contains(body, "Iran") {
		t.Errorf("after the timeout: %d %s", code, body)
	}
}

func TestShape(t *testing.T) {
	h := testHandler(t, Config{})
	code, body, _ := do(t, h, "POST", "/api/v1/shape/gizmo",
		`g.V("<entity/vladimir-putin>").Tag("a").Out("<called>").Has("<type>", "<person>").All()`)
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	s := decode[Shape](t, body)
	// putin -called-> ?, ? -type-> <person>: four nodes (two of them link nodes), two links.
	if len(s.Nodes) != 5 || len(s.Links) != 2 {
		t.Fatalf("shape %s", body)
	}
	start := s.Nodes[s.Links[0].Source]
	if len(start.Values) != 1 || start.Values[0] != "<entity/vladimir-putin>" || !start.IsFixed || len(start.Tags) != 1 || start.Tags[0] != "a" {
		t.Errorf("start node %+v", start)
	}
	if l := s.Nodes[s.Links[0].LinkNode]; !l.IsLinkNode || len(l.Values) != 1 || l.Values[0] != "<called>" {
		t.Errorf("first link node %+v", l)
	}
	if code, _, _ := do(t, h, "POST", "/api/v1/shape/gizmo", `g.V(`); code != 400 {
		t.Errorf("syntax error: %d", code)
	}
	if code, _, _ := do(t, h, "POST", "/api/v1/shape/sparql", `x`); code != 400 {
		t.Errorf("other language: %d", code)
	}
}

func TestPages(t *testing.T) {
	h := testHandler(t, Config{})
	tests := []struct{ path, want, ctype string }{
		{"/", "/assets/editor.js", "text/html"},
		{"/timeline", `src="/assets/timeline.js"`, "text/html"},
		{"/assets/timeline.js", "/api/timeline?entity=", "javascript"},
		{"/assets/editor.js", "window.monaco", "javascript"},
		{"/assets/timeline.css", ".legend", "text/css"},
	}
	for _, tt := range tests {
		code, body, hdr := do(t, h, "GET", tt.path, "")
		if code != 200 || !strings.Contains(body, tt.want) || !strings.Contains(hdr.Get("Content-Type"), tt.ctype) {
			t.Errorf("%s: %d %s, lacks %q", tt.path, code, hdr.Get("Content-Type"), tt.want)
		}
	}
	// The console's script asks the server it came from, not a fixed address.
	_, index, _ := do(t, h, "GET", "/", "")
	i := strings.Index(index, "/static/js/main.")
	if i < 0 {
		t.Fatal("index.html loads no main script")
	}
	name := index[i : i+strings.Index(index[i:], `"`)]
	_, js, _ := do(t, h, "GET", name, "")
	if strings.Contains(js, "localhost:64210") || !strings.Contains(js, "window.location.origin") {
		t.Errorf("%s still names a fixed server", name)
	}
	if code, body, _ := do(t, h, "GET", "/api/nothing", ""); code != 404 || !strings.Contains(body, "/api/timeline") {
		t.Errorf("unknown endpoint: %d %s", code, body)
	}
}

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{"2025": true, "2025-07": true, "2025-07-01": true, "2025-02-30": false,
		"2025-13": false, "July": false, "25-07-01": false, "2025-7-1": false} {
		if got := validDate(s); got != want {
			t.Errorf("validDate(%q) = %v", s, got)
		}
	}
}

// TestGizmoSourceLimits posts query sources built to overflow the JavaScript parser's stack
// (which ended the whole server) to every endpoint that parses Gizmo: each must answer 400
// with an error naming the limit, and the server must go on answering.
func TestGizmoSourceLimits(t *testing.T) {
	h := testHandler(t, Config{})
	rep := strings.Repeat
	for _, c := range []struct{ name, src, want string }{
		{"600 KB of [", rep("[", 600<<10), "over the 128 KiB limit"},
		{"nested braces", rep("{", 60_000), "nested deeper than 256 levels"},
		{"not not not", rep("!", 60_000) + "x", "nested deeper than 256 levels"},
		{"nested parentheses", rep("((", 30_000), "nested deeper than 256 levels"},
	} {
		for _, req := range []struct {
			method, target, body string
			accept               string
		}{
			{"POST", "/api/v2/query?lang=gizmo", c.src, ""},
			{"POST", "/api/v2/query?lang=gizmo", c.src, "application/ld+json"},
			{"GET", "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(c.src), "", ""},
			{"POST", "/api/v1/shape/gizmo", c.src, ""},
		} {
			r := httptest.NewRequest(req.method, req.target, strings.NewReader(req.body))
			r.Host = "127.0.0.1:64210"
			r.Header.Set("Content-Type", "application/json")
			if req.accept != "" {
				r.Header.Set("Accept", req.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), c.want) {
				t.Errorf("%s: %s %.40s (Accept %q): %d %.300s, want 400 with %q", c.name, req.method, req.target, req.accept, rec.Code, rec.Body, c.want)
			}
		}
	}
	code, body, _ := do(t, h, "POST", "/api/v2/query?lang=gizmo", `g.V("<entity/iran>").Out("<name>").All()`)
	if code != 200 || !strings.Contains(body, "Iran") {
		t.Errorf("after the refusals: %d %s", code, body)
	}
}

// TestReadLimit reads the store through /api/v2/read, which used to answer with every quad
// whatever --limit said: at most Limit quads now, and a header (and, in N-Quads, a last
// comment line) saying that there are more and how to get them all.
func TestReadLimit(t *testing.T) {
	h := testHandler(t, Config{Limit: 5})
	code, body, hdr := do(t, h, "GET", "/api/v2/read", "")
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if code != 200 || len(lines) != 6 || !strings.HasPrefix(lines[5], "# ") || !strings.Contains(lines[5], "relgraph export") {
		t.Fatalf("read with limit 5: %d, %d lines:\n%.1000s", code, len(lines), body)
	}
	if !strings.Contains(hdr.Get("X-Relgraph-Truncated"), "5 quads") {
		t.Errorf("truncation header %q", hdr.Get("X-Relgraph-Truncated"))
	}
	// A filter and a format still work; a small answer is whole and not marked.
	code, body, hdr = do(t, h, "GET", "/api/v2/read?sub=<entity/iran>&pred=<name>&format=nquads", "")
	if code != 200 || !strings.Contains(body, `"Iran"`) || hdr.Get("X-Relgraph-Truncated") != "" {
		t.Errorf("filtered read: %d %s %v", code, body, hdr)
	}
	r := httptest.NewRequest("GET", "/api/v2/read", nil)
	r.Host = "127.0.0.1:64210"
	r.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatalf("gzipped read: %v", err)
	}
	if b, _ := io.ReadAll(zr); strings.Count(string(b), "\n") != 6 {
		t.Errorf("gzipped read: %d lines", strings.Count(string(b), "\n"))
	}
	code, body, hdr = do(t, testHandler(t, Config{Limit: 100_000}), "GET", "/api/v2/read", "")
	if n := strings.Count(body, "\n"); code != 200 || n < 50 || strings.Contains(body, "# ") || hdr.Get("X-Relgraph-Truncated") != "" {
		t.Errorf("read under a high limit: %d, %d lines, header %q", code, n, hdr.Get("X-Relgraph-Truncated"))
	}
}

// TestTrickledBody sends a request whose body never arrives whole, over a real connection:
// the server used to wait for it forever, holding the connection. It must answer 408 once
// BodyTimeout has passed. The connection's own deadline only guards the test against a hang.
func TestTrickledBody(t *testing.T) {
	srv := httptest.NewServer(testHandler(t, Config{BodyTimeout: 300 * time.Millisecond}))
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	fmt.Fprintf(conn, "POST /api/v2/query?lang=gizmo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\ng.V(")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a request whose body never came: %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(b), "request body") {
		t.Errorf("answer %d %s, want 408 about the body", resp.StatusCode, b)
	}
	// A query that runs longer than BodyTimeout, once its body is in, is not cut short.
	h := testHandler(t, Config{BodyTimeout: 50 * time.Millisecond, QueryTimeout: 400 * time.Millisecond})
	srv2 := httptest.NewServer(h)
	defer srv2.Close()
	resp, err = http.Post(srv2.URL+"/api/v2/query?lang=gizmo", "application/json", strings.NewReader(`while(true){}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "deadline") {
		t.Errorf("a runaway query past the body timeout: %d %s, want it stopped by the query timeout", resp.StatusCode, b)
	}
}

// TestSharedWorkForgottenOnWrite asks a handler that shares decoded events between
// requests for a timeline, replaces the article behind one of its events through the store
// API, and asks again: the answer must be the new version's, not what the first request
// kept.
func TestSharedWorkForgottenOnWrite(t *testing.T) {
	h := testHandler(t, Config{ShareWork: true, AllowWrites: true})
	date := func() string {
		t.Helper()
		code, body, _ := do(t, h, "GET", "/api/timeline?entity=iran&type=DEMAND", "")
		if code != 200 {
			t.Fatalf("timeline: %d %s", code, body)
		}
		evs := decode[timelineAnswer](t, body).Events
		if len(evs) != 1 || evs[0].ID != "urge-1" {
			t.Fatalf("DEMAND events of iran: %s", body)
		}
		return evs[0].Date
	}
	if d := date(); d != "2025-07-02" {
		t.Fatalf("urge-1 dated %s, want 2025-07-02", d)
	}
	doc := testDocuments()[0]
	doc.Article.Hash = "h1-changed"
	doc.Events[1].Date = "2025-07-05"
	body, err := json.Marshal([]*graph.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	if code, resp, _ := do(t, h, "POST", "/api/store/put", string(body)); code != 200 || !strings.Contains(resp, `"Status":2`) {
		t.Fatalf("put the changed article: %d %s", code, resp)
	}
	if d := date(); d != "2025-07-05" {
		t.Fatalf("after the article was replaced, urge-1 dated %s, want the new version's 2025-07-05", d)
	}
}
