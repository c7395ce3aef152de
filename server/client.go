package server

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/pquads"

	"github.com/relgraph/relgraph/graph"
)

// ServeInfo is what a running relgraph serve leaves beside its embedded store, so that
// other relgraph processes, finding the store locked, can ask the server instead.
type ServeInfo struct {
	URL    string `json:"url"` // http://127.0.0.1:64210
	PID    int    `json:"pid"`
	Token  string `json:"token,omitempty"`
	Writes bool   `json:"writes"` // started with --allow-writes
}

// ServeFile is where the ServeInfo of a server holding the embedded store at path is
// kept: inside the store's directory (leveldb), else beside its file (bolt).
func ServeFile(path string) string {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return filepath.Join(path, "relgraph-serve.json")
	}
	return path + ".relgraph-serve.json"
}

// WriteServeFile writes info for the store at path (mode 0600: it holds the token) and
// returns a function that removes it.
func WriteServeFile(path string, info ServeInfo) (remove func(), err error) {
	b, err := json.Marshal(info)
	if err != nil {
		return nil, err
	}
	name := ServeFile(path)
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return nil, fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("write %s: %w", name, err)
	}
	return func() { os.Remove(name) }, nil
}

// ErrNoServer is what FindServer returns when no running server holds the store.
var ErrNoServer = errors.New("no relgraph serve holds the store")

// FindServer returns the ServeInfo of the server holding the embedded store at path, after
// checking that it answers; ErrNoServer when there is no ServeInfo or its server does not
// answer (a server killed without cleaning up).
func FindServer(ctx context.Context, path string) (ServeInfo, error) {
	var info ServeInfo
	b, err := os.ReadFile(ServeFile(path))
	if err != nil || json.Unmarshal(b, &info) != nil || info.URL == "" {
		return info, ErrNoServer
	}
	c := &RemoteStore{info: info, http: &http.Client{}}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var st graph.Stats
	if err := c.get(ctx, "/api/store/stats", nil, &st); err != nil {
		return info, fmt.Errorf("%w: %s does not answer: %v", ErrNoServer, info.URL, err)
	}
	return info, nil
}

// RemoteStore is a graph.Store that reads through a running relgraph serve's store API,
// for the CLI while the server holds the store: the query commands run unchanged on it,
// and Gizmo queries run on the server (under its limits). It writes through a server
// started with --allow-writes; with another, Put, AddQuads and RemoveArticle return an
// error wrapping ErrServed that says what to do. QuadStore is nil.
type RemoteStore struct {
	info ServeInfo
	http *http.Client
}

// ErrServed is the error of a write through a RemoteStore.
var ErrServed = errors.New("the store is held by relgraph serve")

// NewRemoteStore returns a RemoteStore asking the server of info.
func NewRemoteStore(info ServeInfo) *RemoteStore {
	return &RemoteStore{info: info, http: &http.Client{}}
}

// Info returns the ServeInfo the store asks.
func (c *RemoteStore) Info() ServeInfo { return c.info }

func (c *RemoteStore) request(ctx context.Context, method, path string, params url.Values, body io.Reader, ctype ...string) (*http.Response, error) {
	u := strings.TrimSuffix(c.info.URL, "/") + path
	if len(params) > 0 {
		u += "?" + params.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
		if len(ctype) > 0 {
			req.Header.Set("Content-Type", ctype[0])
		}
	}
	if c.info.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.info.Token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ask relgraph serve at %s: %w", c.info.URL, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		var e apiError
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		if json.Unmarshal(b, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(b))
		}
		return nil, &RemoteError{Status: resp.StatusCode, Msg: e.Error}
	}
	return resp, nil
}

// RemoteError is an error answer of the server.
type RemoteError struct {
	Status int
	Msg    string
}

func (e *RemoteError) Error() string { return e.Msg }

func (c *RemoteStore) get(ctx context.Context, path string, params url.Values, out any) error {
	resp, err := c.request(ctx, http.MethodGet, path, params, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("relgraph serve at %s answered %s with: %w", c.info.URL, path, err)
	}
	return nil
}

func encodeParam(v quad.Value) (string, error) {
	if v == nil {
		return "", nil
	}
	b, err := pquads.MarshalValue(v)
	if err != nil {
		return "", err
	}
	return base64.URLEncoding.EncodeToString(b), nil
}

func decodeValues(bs [][]byte) ([]quad.Value, error) {
	out := make([]quad.Value, 0, len(bs))
	for _, b := range bs {
		v, err := pquads.UnmarshalValue(b)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (c *RemoteStore) values(ctx context.Context, path string, params url.Values) ([]quad.Value, error) {
	var bs [][]byte
	if err := c.get(ctx, path, params, &bs); err != nil {
		return nil, err
	}
	return decodeValues(bs)
}

func (c *RemoteStore) nodeParams(node quad.Value, pred string) (url.Values, error) {
	n, err := encodeParam(node)
	if err != nil {
		return nil, err
	}
	return url.Values{"node": {n}, "pred": {pred}}, nil
}

// Out implements graph.Store.
func (c *RemoteStore) Out(ctx context.Context, node quad.Value, pred string) ([]quad.Value, error) {
	p, err := c.nodeParams(node, pred)
	if err != nil {
		return nil, err
	}
	return c.values(ctx, "/api/store/out", p)
}

// In implements graph.Store.
func (c *RemoteStore) In(ctx context.Context, node quad.Value, pred string) ([]quad.Value, error) {
	p, err := c.nodeParams(node, pred)
	if err != nil {
		return nil, err
	}
	return c.values(ctx, "/api/store/in", p)
}

// Props implements graph.Store.
func (c *RemoteStore) Props(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	p, err := c.nodeParams(node, "")
	if err != nil {
		return nil, err
	}
	var raw map[string][][]byte
	if err := c.get(ctx, "/api/store/props", p, &raw); err != nil {
		return nil, err
	}
	out := make(map[string][]quad.Value, len(raw))
	for k, bs := range raw {
		if out[k], err = decodeValues(bs); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Labels implements graph.Store.
func (c *RemoteStore) Labels(ctx context.Context, subject quad.Value, pred string, object quad.Value) ([]quad.Value, error) {
	s, err := encodeParam(subject)
	if err != nil {
		return nil, err
	}
	o, err := encodeParam(object)
	if err != nil {
		return nil, err
	}
	return c.values(ctx, "/api/store/labels", url.Values{"s": {s}, "p": {pred}, "o": {o}})
}

// ArticleHash implements graph.Store.
func (c *RemoteStore) ArticleHash(ctx context.Context, id string) (string, bool, error) {
	var a articleHash
	err := c.get(ctx, "/api/store/hash", url.Values{"article": {id}}, &a)
	return a.Hash, a.Stored, err
}

// Stats implements graph.Store.
func (c *RemoteStore) Stats(ctx context.Context) (graph.Stats, error) {
	var st graph.Stats
	err := c.get(ctx, "/api/store/stats", nil, &st)
	return st, err
}

// Quads implements graph.Store, reading the server's whole store as N-Quads.
func (c *RemoteStore) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	resp, err := c.request(ctx, http.MethodGet, "/api/store/quads", nil, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	r := nquads.NewReader(resp.Body, false)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read the quads of relgraph serve at %s: %w", c.info.URL, err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
}

// Gizmo runs a Gizmo query on the server (queries.Engine.Gizmo uses it in place of the
// store's QuadStore), with the server's limit on results when that is lower than limit.
func (c *RemoteStore) Gizmo(ctx context.Context, src string, limit int) ([]any, error) {
	resp, err := c.request(ctx, http.MethodPost, "/api/v2/query", url.Values{"lang": {"gizmo"}}, bytes.NewBufferString(src))
	if err != nil {
		var re *RemoteError
		if errors.As(err, &re) {
			return nil, fmt.Errorf("gizmo: %s", re.Msg)
		}
		return nil, err
	}
	defer resp.Body.Close()
	var out struct{ Result []any }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("relgraph serve at %s answered a query with: %w", c.info.URL, err)
	}
	if out.Result == nil {
		out.Result = []any{}
	}
	if limit > 0 && len(out.Result) > limit {
		out.Result = out.Result[:limit]
	}
	return out.Result, nil
}

func (c *RemoteStore) served() error {
	return fmt.Errorf("%w (pid %d) at %s, read-only; stop it (Ctrl-C where it runs, or kill %d), run this command again, then start relgraph serve again; or restart it with --allow-writes --token-file FILE and write through it",
		ErrServed, c.info.PID, c.info.URL, c.info.PID)
}

// post sends body (of type ctype) to path and decodes the answer into out.
func (c *RemoteStore) post(ctx context.Context, path string, params url.Values, ctype string, body []byte, out any) error {
	if !c.info.Writes {
		return c.served()
	}
	resp, err := c.request(ctx, http.MethodPost, path, params, bytes.NewReader(body), ctype)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("relgraph serve at %s answered %s with: %w", c.info.URL, path, err)
	}
	return nil
}

// Put implements graph.Store, through a server that writes (else ErrServed): the
// articles are stored by the server, which answers with them at once.
func (c *RemoteStore) Put(ctx context.Context, docs []*graph.Document) ([]graph.PutResult, error) {
	b, err := json.Marshal(docs)
	if err != nil {
		return nil, err
	}
	var res []graph.PutResult
	err = c.post(ctx, "/api/store/put", nil, "application/json", b, &res)
	return res, err
}

// RemoveArticle implements graph.Store, through a server that writes (else ErrServed).
func (c *RemoteStore) RemoveArticle(ctx context.Context, id string) (int, error) {
	var res struct{ Removed int }
	err := c.post(ctx, "/api/store/remove", url.Values{"article": {id}}, "application/json", nil, &res)
	return res.Removed, err
}

// AddQuads implements graph.Store, through a server that writes (else ErrServed).
func (c *RemoteStore) AddQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	var b bytes.Buffer
	qw := nquads.NewWriter(&b)
	if _, err := qw.WriteQuads(qs); err != nil {
		return 0, err
	}
	if err := qw.Close(); err != nil {
		return 0, err
	}
	var res struct{ Added int }
	err := c.post(ctx, "/api/store/add", nil, "application/n-quads", b.Bytes(), &res)
	return res.Added, err
}

// QuadStore implements graph.Store: nil, there is no local store.
func (c *RemoteStore) QuadStore() cgraph.QuadStore { return nil }

// Close implements graph.Store.
func (c *RemoteStore) Close() error {
	c.http.CloseIdleConnections()
	return nil
}

// DialURL returns the URL other processes reach a server listening on addr at: the
// unspecified address (0.0.0.0, ::) through loopback.
func DialURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// absent reports whether err is the answer of a server that has no such endpoint (an older
// relgraph serve): the caller then does without.
func absent(err error) bool {
	var re *RemoteError
	return errors.As(err, &re) && re.Status == http.StatusNotFound
}

// named asks the server's name index (kind "") or index by name key.
func (c *RemoteStore) named(ctx context.Context, kind, key string) ([]quad.Value, bool, error) {
	var ans keptNamed
	err := c.get(ctx, "/api/store/named", url.Values{"kind": {kind}, "key": {key}}, &ans)
	if absent(err) || err == nil && !ans.Kept {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	ents, err := decodeValues(ans.Entities)
	return ents, err == nil, err
}

// NamedEntities is graph.Store.NamedEntities, through the server's index.
func (c *RemoteStore) NamedEntities(ctx context.Context, slug string) ([]quad.Value, bool, error) {
	return c.named(ctx, "", slug)
}

// EntitiesByKey is graph.Store.EntitiesByKey, through the server's index.
func (c *RemoteStore) EntitiesByKey(ctx context.Context, kind graph.NameKey, key string) ([]quad.Value, bool, error) {
	return c.named(ctx, string(rune(kind)), key)
}

// EntityFacts is graph.Store.EntityFacts, as the server's store has them; counted through
// its lookups when the server is older.
func (c *RemoteStore) EntityFacts(ctx context.Context, id string) (graph.EntityFacts, error) {
	var f graph.EntityFacts
	err := c.get(ctx, "/api/store/facts", url.Values{"entity": {id}}, &f)
	if absent(err) {
		return graph.FactsFromLookups(ctx, c, id)
	}
	return f, err
}

// EachEntity is graph.Store.EachEntity, from the server's records in one answer.
func (c *RemoteStore) EachEntity(ctx context.Context, fn func(graph.EntityFacts) error) (bool, error) {
	var ans keptEntities
	err := c.get(ctx, "/api/store/entities", nil, &ans)
	if absent(err) || err == nil && !ans.Kept {
		return false, nil
	} else if err != nil {
		return false, err
	}
	for _, f := range ans.Entities {
		if err := fn(f); err != nil {
			return true, err
		}
	}
	return true, nil
}

// EntityContacts is graph.Store.EntityContacts, from the server's records.
func (c *RemoteStore) EntityContacts(ctx context.Context, id string) ([]string, bool, error) {
	var ans keptContacts
	err := c.get(ctx, "/api/store/contacts", url.Values{"entity": {id}}, &ans)
	if absent(err) || err == nil && !ans.Kept {
		return nil, false, nil
	}
	return ans.Contacts, err == nil, err
}

// EventSummaries is graph.Store.EventSummaries, from the server's index.
func (c *RemoteStore) EventSummaries(ctx context.Context, entity string, fn func(graph.EventSummary) error) (bool, error) {
	var ans keptEvents
	err := c.get(ctx, "/api/store/events", url.Values{"entity": {entity}}, &ans)
	if absent(err) || err == nil && !ans.Kept {
		return false, nil
	} else if err != nil {
		return false, err
	}
	for _, e := range ans.Events {
		sum := e.Summary
		sum.ID, sum.Article = e.ID, e.Article
		if err := fn(sum); err != nil {
			return true, err
		}
	}
	return true, nil
}
