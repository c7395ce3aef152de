package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer behind /api/v2/write
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/nquads" // the format /api/v2/write reads and /api/v2/read writes

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/graph/plover"
	"github.com/relgraph/relgraph/queries"
)

// MaxBodyBytes is the largest request body the server reads, counted decompressed.
const MaxBodyBytes = 1 << 20

// MaxStoreWriteBytes is the largest body of a write through the store API (a batch of
// articles from relgraph ingest), on a server that writes.
const MaxStoreWriteBytes = 64 << 20

// Config is what a Handler serves and how.
type Config struct {
	Store graph.Store
	// QueryTimeout stops a query (Gizmo included, even in a runaway loop) after this long;
	// 0 means 30s.
	QueryTimeout time.Duration
	// Limit caps the results of a Gizmo query and the quads of /api/v2/read; 0 means 1000.
	Limit int
	// BodyTimeout bounds the wait for a request's body once its headers are in; 0 means
	// 30s. A body that trickles in slower is answered 408.
	BodyTimeout time.Duration
	// AllowWrites lets /api/v2/write and the delete endpoints change the store; without
	// it they answer 403.
	AllowWrites bool
	// Token, when set, must come with every /api/ request: "Authorization: Bearer TOKEN",
	// or the TokenCookie that opening a page with ?token=TOKEN sets. cmd/relgraph requires
	// one with AllowWrites and for a public address.
	Token string
	// MaxQueries is how many Gizmo queries (and query shapes) may run at once; one more is
	// answered 503. QueryMemory and TotalMemory are the heap bytes one query, and all
	// together, may take (see queries.GizmoRunner). 0 takes queries' defaults.
	MaxQueries               int
	QueryMemory, TotalMemory int64
	// AllowedHosts are the host names (or host:port) a request's Host header may name
	// besides localhost and IP literals: a reverse proxy's public name.
	AllowedHosts []string
	// ShareWork keeps what one request decodes (events, entity facts) for the next ones,
	// forgotten after every write through the handler. Set it only when every write to the
	// store goes through the handler: an embedded store this process holds, not a database
	// that other processes write.
	ShareWork bool
}

// Handler serves Cayley's web console, its query API, relgraph's JSON endpoints and the
// timeline page.
type Handler struct {
	cfg    Config
	mux    *http.ServeMux
	runner *queries.GizmoRunner
	shared *queries.Shared // with ShareWork
}

// New returns the handler for cfg.
func New(cfg Config) (*Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 30 * time.Second
	}
	if cfg.Limit <= 0 {
		cfg.Limit = 1000
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = 30 * time.Second
	}
	h := &Handler{cfg: cfg, mux: http.NewServeMux(), runner: queries.NewGizmoRunner(queries.GizmoLimits{
		MaxConcurrent: cfg.MaxQueries, QueryMemory: cfg.QueryMemory, TotalMemory: cfg.TotalMemory})}

	if cfg.ShareWork {
		h.shared = queries.NewShared()
	}
	qs := cfg.Store.QuadStore()
	handle := &cgraph.Handle{QuadStore: qs}
	if cfg.AllowWrites {
		w, err := cgraph.NewQuadWriter("single", qs, nil)
		if err != nil {
			return nil, fmt.Errorf("server: quad writer: %w", err)
		}
		handle.QuadWriter = w
	}
	api := cayleyhttp.NewAPIv2Writer(handle, "single", nil)
	api.SetReadOnly(!cfg.AllowWrites)
	api.SetQueryTimeout(cfg.QueryTimeout)
	api.SetQueryLimit(cfg.Limit)
	var apiv2 http.Handler = api
	if !cfg.AllowWrites {
		apiv2 = refuseWrites(api)
	}
	h.mux.Handle("/api/v2/", apiv2)
	if cfg.AllowWrites {
		// Writes keep relgraph's indexes; deletions inside its model are refused
		// (cayley_write.go).
		h.mux.HandleFunc("POST /api/v2/write", h.cayleyWrite)
		h.mux.HandleFunc("POST /api/v2/delete", h.guardDelete(apiv2))
		h.mux.HandleFunc("POST /api/v2/node/delete", h.guardDelete(apiv2))
	}
	h.mux.Handle("/api/v2/query", h.gizmoQuery(apiv2))
	h.mux.HandleFunc("/api/v2/read", h.serveRead)
	h.mux.HandleFunc("POST /api/v1/shape/{lang}", h.serveShape)
	h.mux.HandleFunc("GET /api/entities", h.serveEntities)
	h.mux.HandleFunc("GET /api/relations", h.serveRelations)
	h.mux.HandleFunc("GET /api/last-contact", h.serveLastContact)
	h.mux.HandleFunc("GET /api/timeline", h.serveTimeline)
	h.mux.HandleFunc("GET /api/show", h.serveShow)
	h.mux.HandleFunc("GET /api/neighbors", h.serveNeighbors)
	h.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint %s; the endpoints are /api/entities, /api/relations, /api/last-contact, /api/timeline, /api/show, /api/neighbors and /api/v2/query", r.URL.Path)
	})
	h.routeStoreAPI()
	h.mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	if err := h.routeAssets(); err != nil {
		return nil, err
	}
	return h, nil
}

// ServeHTTP guards and routes a request: a Host that does not name this server is refused
// (421), an API request without the token when one is set (401), a request other than GET
// or HEAD from another site's page or without a JSON body type (403, 415); a body larger
// than MaxBodyBytes once decompressed (413), or slower to arrive than BodyTimeout (408).
// The body is read whole first: Cayley's query API would cut a longer one short and run
// the rest.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for _, check := range []func(*http.Request) *guardError{h.checkHost, h.checkToken, h.checkStateChanging} {
		if g := check(r); g != nil {
			writeError(w, g.code, "%s", g.msg)
			return
		}
	}
	if h.setTokenCookie(w, r) {
		return
	}
	if r.Body != nil && r.Body != http.NoBody {
		b, g := h.readBody(w, r, h.cfg.BodyTimeout)
		if g != nil {
			writeError(w, g.code, "%s", g.msg)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
	}
	h.mux.ServeHTTP(w, r)
	if h.shared != nil && writes(r) {
		h.shared.Reset() // after the write has committed, or failed
	}
}

// writes reports whether a request may change the store: the store API's and Cayley's
// write endpoints.
func writes(r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return false
	}
	switch p := strings.TrimSuffix(r.URL.Path, "/"); {
	case strings.HasPrefix(p, "/api/store/"), p == "/api/v2/write", p == "/api/v2/delete", p == "/api/v2/node/delete":
		return true
	}
	return false
}

// engine returns the Engine one request asks its questions of.
func (h *Handler) engine() *queries.Engine {
	if h.shared != nil {
		return queries.NewWith(h.cfg.Store, h.shared)
	}
	return queries.New(h.cfg.Store)
}

// refuseWrites answers 403 to the requests that change the store. Cayley's API registers
// its write routes whatever its read-only setting, so they are refused here.
func refuseWrites(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch strings.TrimSuffix(r.URL.Path, "/") {
		case "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete":
			writeError(w, http.StatusForbidden, "the server is read-only; restart relgraph serve with --allow-writes to change the store")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// apiError is the body of every error answer.
type apiError struct {
	Error   string               `json:"error"`
	Matches []queries.EntityInfo `json:"matches,omitempty"`
}

func writeError(w http.ResponseWriter, code int, format string, args ...any) {
	writeJSON(w, code, apiError{Error: fmt.Sprintf(format, args...)})
}

// writeQueryError maps a query's error to its status: 404 when no entity matches, 409
// when a name is ambiguous, 504 on the timeout, 500 otherwise.
func (h *Handler) writeQueryError(w http.ResponseWriter, err error, arg string) {
	var amb *queries.AmbiguousError
	switch {
	case errors.Is(err, queries.ErrNoMatch):
		writeError(w, http.StatusNotFound, "no entity matches %q; search the names with /api/entities?q=%s", arg, url.QueryEscape(arg))
	case errors.As(err, &amb):
		writeJSON(w, http.StatusConflict, apiError{
			Error:   fmt.Sprintf("%q matches %d entities; name one by its id", arg, len(amb.Matches)),
			Matches: amb.Matches,
		})
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, "the query ran longer than %v and was stopped", h.cfg.QueryTimeout)
	default:
		writeError(w, http.StatusInternalServerError, "%v", err)
	}
}

var datePattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// validDate accepts the graph's dates: YYYY, YYYY-MM or YYYY-MM-DD.
func validDate(s string) bool {
	if !datePattern.MatchString(s) {
		return false
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	_, err := time.Parse(layout, s)
	return err == nil
}

// filter reads the event filters of a request: type, mode, from, to, facts.
func filter(r *http.Request) (queries.Filter, error) {
	v := r.URL.Query()
	var f queries.Filter
	for _, t := range splitList(v["type"]) {
		t = strings.ToUpper(t)
		if !contains(plover.Names(), t) {
			// As the CLI's --type: a typo is an error, not "no events".
			return f, fmt.Errorf("type=%q: want one or more of %s", t, strings.Join(plover.Names(), ", "))
		}
		f.Types = append(f.Types, t)
	}
	f.Modes = splitList(v["mode"])
	f.From, f.To = v.Get("from"), v.Get("to")
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !validDate(d.v) {
			return f, fmt.Errorf("%s=%q: want a date as YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.v)
		}
	}
	if s := v.Get("facts"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return f, fmt.Errorf("facts=%q: want true or false", s)
		}
		f.Facts = b
	}
	return f, nil
}

func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func (h *Handler) context(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), h.cfg.QueryTimeout)
}

// resolve finds the entity named by parameter name, answering the error itself.
func (h *Handler) resolve(ctx context.Context, w http.ResponseWriter, r *http.Request, q *queries.Engine, name string, required bool) (queries.EntityInfo, bool) {
	arg := strings.TrimSpace(r.URL.Query().Get(name))
	if arg == "" {
		if required {
			writeError(w, http.StatusBadRequest, "missing parameter %s: name an entity by its id, name or alias", name)
			return queries.EntityInfo{}, false
		}
		return queries.EntityInfo{}, true
	}
	e, err := q.Resolve(ctx, arg)
	if err != nil {
		h.writeQueryError(w, err, arg)
		return queries.EntityInfo{}, false
	}
	return e, true
}

// serveRelations answers /api/relations?a=..&b=..&type=..&from=..&to=.. with the events
// in which a (and b) take part, in the JSON shape of relgraph relations --format json.
func (h *Handler) serveRelations(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	q := h.engine()
	a, ok := h.resolve(ctx, w, r, q, "a", true)
	if !ok {
		return
	}
	b, ok := h.resolve(ctx, w, r, q, "b", false)
	if !ok {
		return
	}
	evs, err := q.Relations(ctx, a.ID, b.ID, f)
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, evs)
}

// serveLastContact answers /api/last-contact?a=..&b=.. like relgraph last-contact --format json.
func (h *Handler) serveLastContact(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.context(r)
	defer cancel()
	q := h.engine()
	a, ok := h.resolve(ctx, w, r, q, "a", true)
	if !ok {
		return
	}
	b, ok := h.resolve(ctx, w, r, q, "b", true)
	if !ok {
		return
	}
	lc, err := q.LastContact(ctx, a, b)
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, lc)
}

// timelineAnswer is /api/timeline's answer: the entity and its events by date. Total is
// how many events pass the filter; Events is the page of them that offset and limit ask.
type timelineAnswer struct {
	Entity queries.EntityInfo `json:"entity"`
	Events []*queries.Event   `json:"events"`
	Total  int                `json:"total"`
}

// positive reads a whole-number parameter of at least min, or def when absent.
func positive(r *http.Request, name string, def, min int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min {
		return 0, fmt.Errorf("%s=%q: want a whole number of at least %d", name, s, min)
	}
	return n, nil
}

// serveTimeline answers /api/timeline?entity=..[&with=..&type=..&from=..&to=..&offset=..&limit=..]:
// the events from offset (default 0), at most limit of them (default all).
func (h *Handler) serveTimeline(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	offset, err := positive(r, "offset", 0, 0)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	limit, err := positive(r, "limit", 0, 1)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	q := h.engine()
	e, ok := h.resolve(ctx, w, r, q, "entity", true)
	if !ok {
		return
	}
	with, ok := h.resolve(ctx, w, r, q, "with", false)
	if !ok {
		return
	}
	f.With = with.ID
	evs, total, err := q.TimelinePage(ctx, e.ID, f, offset, limit)
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	if evs == nil {
		evs = []*queries.Event{}
	}
	writeJSON(w, http.StatusOK, timelineAnswer{Entity: e, Events: evs, Total: total})
}

// serveShow answers /api/show?entity=..[&top=..] like relgraph show --format json.
func (h *Handler) serveShow(w http.ResponseWriter, r *http.Request) {
	top, err := positive(r, "top", 10, 0)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	q := h.engine()
	e, ok := h.resolve(ctx, w, r, q, "entity", true)
	if !ok {
		return
	}
	p, err := q.Show(ctx, e, top)
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// serveNeighbors answers /api/neighbors?entity=..[&type=..] like relgraph neighbors --format
// json: the entities that share events with it, most shared first.
func (h *Handler) serveNeighbors(w http.ResponseWriter, r *http.Request) {
	types := splitList(r.URL.Query()["type"])
	for _, t := range types {
		if !contains(queries.EntityTypes, t) {
			writeError(w, http.StatusBadRequest, "type=%q: want one of %s", t, strings.Join(queries.EntityTypes, ", "))
			return
		}
	}
	ctx, cancel := h.context(r)
	defer cancel()
	q := h.engine()
	e, ok := h.resolve(ctx, w, r, q, "entity", true)
	if !ok {
		return
	}
	ns, err := q.Neighbors(ctx, e.ID, types...)
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, ns)
}

// serveEntities answers /api/entities?q=..&type=..&limit=.. with the entities whose id,
// name or an alias contains q, most mentioned first.
func (h *Handler) serveEntities(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit := 50
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			writeError(w, http.StatusBadRequest, "limit=%q: want a positive number", s)
			return
		}
		limit = n
	}
	types := splitList(v["type"])
	for _, t := range types {
		if !contains(queries.EntityTypes, t) {
			writeError(w, http.StatusBadRequest, "type=%q: want one of %s", t, strings.Join(queries.EntityTypes, ", "))
			return
		}
	}
	ctx, cancel := h.context(r)
	defer cancel()
	all, err := h.engine().Entities(ctx, types...)
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	needle := strings.ToLower(strings.TrimSpace(v.Get("q")))
	out := []queries.EntityInfo{}
	for _, e := range all {
		if needle == "" || matches(e, needle) {
			out = append(out, e)
		}
	}
	// Exact and prefix matches first, then the most mentioned.
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rank(out[i], needle), rank(out[j], needle)
		if ri != rj {
			return ri < rj
		}
		return out[i].Mentions > out[j].Mentions
	})
	if len(out) > limit {
		out = out[:limit]
	}
	writeJSON(w, http.StatusOK, out)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func matches(e queries.EntityInfo, needle string) bool {
	if strings.Contains(e.ID, needle) || strings.Contains(strings.ToLower(e.Name), needle) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.Contains(strings.ToLower(a), needle) {
			return true
		}
	}
	return false
}

func rank(e queries.EntityInfo, needle string) int {
	name := strings.ToLower(e.Name)
	switch {
	case needle == "":
		return 0
	case name == needle || e.ID == needle:
		return 0
	case strings.HasPrefix(name, needle):
		return 1
	}
	return 2
}

// serveRead answers /api/v2/read as Cayley's API does (the format from ?format= or Accept,
// N-Quads by default; ?sub=, ?pred=, ?obj= and ?label= filters; ?iri=short or full; gzip
// when Accept-Encoding asks), with at most Limit quads: Cayley's own answer was the whole
// store, whatever --limit said. When there are more, the X-Relgraph-Truncated header says
// so, and an N-Quads answer ends with a comment that does.
func (h *Handler) serveRead(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, "%s /api/v2/read: use GET", r.Method)
		return
	}
	format := readFormat(r)
	if format == nil || format.Writer == nil {
		writeError(w, http.StatusBadRequest, "format %q cannot be written; see /api/v2/formats", r.FormValue("format"))
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	qs := h.cfg.Store.QuadStore()
	filter := shape.FilterQuads(quadValues(r.FormValue("sub")), quadValues(r.FormValue("pred")),
		quadValues(r.FormValue("obj")), quadValues(r.FormValue("label")))
	it := filter.BuildIterator(qs).Iterate()
	defer it.Close()
	var quads []quad.Quad
	for len(quads) <= h.cfg.Limit && it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		quads = append(quads, q)
	}
	if err := it.Err(); err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	if err := ctx.Err(); err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	truncated := ""
	if len(quads) > h.cfg.Limit {
		quads = quads[:h.cfg.Limit]
		truncated = fmt.Sprintf("more quads match than the %d quads of --limit; relgraph export writes them all", h.cfg.Limit)
		w.Header().Set("X-Relgraph-Truncated", truncated)
	}
	if len(format.Mime) > 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	var out io.Writer = w
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept-Encoding"); len(specs) > 0 && specs[0].Value == "gzip" {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		defer zw.Close()
		out = zw
	}
	qwc := format.Writer(out)
	var qw quad.Writer = qwc
	switch r.FormValue("iri") {
	case "short":
		qw = quad.IRIWriter(qw, quad.IRIOptions{Format: quad.IRIShort})
	case "full":
		qw = quad.IRIWriter(qw, quad.IRIOptions{Format: quad.IRIFull})
	}
	if _, err := qw.WriteQuads(quads); err != nil {
		return // the answer has begun; the client sees it cut short
	}
	if err := qwc.Close(); err != nil {
		return
	}
	if truncated != "" && format.Name == "nquads" {
		fmt.Fprintf(out, "# %s\n", truncated)
	}
}

// readFormat returns the quad format a read asks for: ?format=, else the first type of the
// Accept header that is a quad format, else N-Quads.
func readFormat(r *http.Request) *quad.Format {
	if name := r.FormValue("format"); name != "" {
		return quad.FormatByName(name)
	}
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) > 0 {
		if f := quad.FormatByMime(specs[0].Value); f != nil {
			return f
		}
	}
	return quad.FormatByName("nquads")
}

// quadValues reads a comma-separated filter of /api/v2/read.
func quadValues(s string) []quad.Value {
	if s == "" {
		return nil
	}
	var out []quad.Value
	for _, v := range strings.Split(s, ",") {
		out = append(out, quad.StringToValue(v))
	}
	return out
}

// gizmoQuery answers Gizmo queries of Cayley's query API as relgraph's CLI and console do:
// identical results once (each fact is stored once per article that states it, and a name
// should not come back once per article), in Cayley's response shape {"result": [...]} or
// {"error": "..."}, JSON-LD values when the Accept header asks, as the web console does.
// Every Gizmo query runs in the handler's queries.GizmoRunner: past its MaxQueries it is
// answered 503, over its memory budget 400 (503 when the process's budget stopped it). A
// source over the limits of queries.CheckGizmo is refused with a 400 before any parser sees
// it. Other languages go to Cayley's handler.
func (h *Handler) gizmoQuery(cayley http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		vals := r.URL.Query()
		if vals.Get("lang") != "gizmo" {
			cayley.ServeHTTP(w, r)
			return
		}
		src := vals.Get("qu")
		if r.Method != http.MethodGet {
			b, err := io.ReadAll(r.Body)
			if err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
				return
			}
			src = string(b)
		}
		if err := queries.CheckGizmo(src); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		if strings.TrimSpace(src) == "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "query is empty"})
			return
		}
		jsonld := strings.Contains(r.Header.Get("Accept"), "application/ld+json")
		ctx, cancel := h.context(r)
		defer cancel()
		res, err := h.runner.Gizmo(ctx, queries.New(h.cfg.Store), src, queries.GizmoOptions{Limit: h.cfg.Limit, JSONLD: jsonld})
		if err != nil {
			writeJSON(w, h.runStatus(w, err), map[string]string{"error": strings.TrimPrefix(err.Error(), "gizmo: ")})
			return
		}
		if jsonld {
			w.Header().Set("Content-Type", "application/ld+json")
			w.WriteHeader(http.StatusOK)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.Encode(map[string]any{"result": res})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"result": res})
	})
}

// runStatus is the status of a query the runner refused or stopped: 503 (with Retry-After)
// when the server is busy or its memory budget is spent, 400 otherwise, the query's own
// doing (its memory, its errors, its timeout).
func (h *Handler) runStatus(w http.ResponseWriter, err error) int {
	var mem *queries.MemoryError
	switch {
	case errors.Is(err, queries.ErrBusy), errors.As(err, &mem) && mem.Process:
		w.Header().Set("Retry-After", "1")
		return http.StatusServiceUnavailable
	}
	return http.StatusBadRequest
}
