package server

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/pquads"

	"github.com/relgraph/relgraph/graph"
)

// The store API lets another relgraph process read the store this server holds (an
// embedded store has one owner at a time): RemoteStore is its client, and the CLI's read
// commands use it when they find the store locked by a server. Every answer is JSON but
// /api/store/quads (N-Quads). A value travels as base64 (URL encoding in a query, standard
// in JSON) of its pquads encoding, which keeps its kind exactly (an IRI, a string, a typed
// or language string).
//
//	GET /api/store/out?node=V&pred=P     -> [V...]
//	GET /api/store/in?node=V&pred=P      -> [V...]
//	GET /api/store/props?node=V          -> {"pred": [V...]}
//	GET /api/store/labels?s=V&p=P&o=V    -> [V...]
//	GET /api/store/hash?article=ID       -> {"hash": "...", "stored": true}
//	GET /api/store/stats                 -> graph.Stats
//	GET /api/store/quads                 -> every quad, N-Quads
//
// With AllowWrites, it writes too, as graph.Store does (bodies up to MaxStoreWriteBytes):
//
//	POST /api/store/put                  [graph.Document...] -> [graph.PutResult...]
//	POST /api/store/remove?article=ID    -> {"removed": n}
//	POST /api/store/add                  N-Quads -> {"added": n}
func (h *Handler) routeStoreAPI() {
	h.mux.HandleFunc("POST /api/store/put", func(w http.ResponseWriter, r *http.Request) {
		if !h.writable(w) {
			return
		}
		var docs []*graph.Document
		if err := json.NewDecoder(r.Body).Decode(&docs); err != nil {
			writeError(w, http.StatusBadRequest, "read the documents: %v; send a JSON array of graph.Document", err)
			return
		}
		res, err := h.cfg.Store.Put(r.Context(), docs)
		if err != nil {
			writeError(w, http.StatusInternalServerError, "%v", err)
			return
		}
		writeJSON(w, http.StatusOK, res)
	})
	h.mux.HandleFunc("POST /api/store/remove", func(w http.ResponseWriter, r *http.Request) {
		if !h.writable(w) {
			return
		}
		n, err := h.cfg.Store.RemoveArticle(r.Context(), r.URL.Query().Get("article"))
		if err != nil {
			writeError(w, http.StatusInternalServerError, "%v", err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]int{"removed": n})
	})
	h.mux.HandleFunc("POST /api/store/add", func(w http.ResponseWriter, r *http.Request) {
		if !h.writable(w) {
			return
		}
		qs, err := quad.ReadAll(nquads.NewReader(r.Body, false))
		if err != nil {
			writeError(w, http.StatusBadRequest, "read the quads: %v; send N-Quads", err)
			return
		}
		n, err := h.cfg.Store.AddQuads(r.Context(), qs)
		if err != nil {
			writeError(w, http.StatusInternalServerError, "%v", err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]int{"added": n})
	})

	h.mux.HandleFunc("GET /api/store/out", func(w http.ResponseWriter, r *http.Request) {
		h.storeValues(w, r, false)
	})
	h.mux.HandleFunc("GET /api/store/in", func(w http.ResponseWriter, r *http.Request) {
		h.storeValues(w, r, true)
	})
	h.mux.HandleFunc("GET /api/store/props", func(w http.ResponseWriter, r *http.Request) {
		node, ok := valueParam(w, r, "node")
		if !ok {
			return
		}
		ctx, cancel := h.context(r)
		defer cancel()
		props, err := h.cfg.Store.Props(ctx, node)
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		out := map[string][][]byte{}
		for p, vals := range props {
			if out[p], err = encodeValues(vals); err != nil {
				h.writeQueryError(w, err, "")
				return
			}
		}
		writeJSON(w, http.StatusOK, out)
	})
	h.mux.HandleFunc("GET /api/store/labels", func(w http.ResponseWriter, r *http.Request) {
		s, ok := valueParam(w, r, "s")
		if !ok {
			return
		}
		o, ok := valueParam(w, r, "o")
		if !ok {
			return
		}
		ctx, cancel := h.context(r)
		defer cancel()
		vals, err := h.cfg.Store.Labels(ctx, s, r.URL.Query().Get("p"), o)
		h.writeValues(w, vals, err)
	})
	h.mux.HandleFunc("GET /api/store/hash", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		hash, ok, err := h.cfg.Store.ArticleHash(ctx, r.URL.Query().Get("article"))
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		writeJSON(w, http.StatusOK, articleHash{Hash: hash, Stored: ok})
	})
	h.mux.HandleFunc("GET /api/store/stats", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		st, err := h.cfg.Store.Stats(ctx)
		h.writeAnswer(w, st, err)
	})
	// What the store keeps beside the quads (graph/facts.go, names.go, events.go), so that a
	// relgraph process reading through the server asks one request where it would otherwise
	// read the quads. kept is false where the store keeps none.
	h.mux.HandleFunc("GET /api/store/facts", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		f, err := h.cfg.Store.EntityFacts(ctx, r.URL.Query().Get("entity"))
		h.writeAnswer(w, f, err)
	})
	h.mux.HandleFunc("GET /api/store/entities", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		ans := keptEntities{Entities: []graph.EntityFacts{}}
		kept, err := h.cfg.Store.EachEntity(ctx, func(f graph.EntityFacts) error {
			ans.Entities = append(ans.Entities, f)
			return nil
		})
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		ans.Kept = kept
		writeJSON(w, http.StatusOK, ans)
	})
	h.mux.HandleFunc("GET /api/store/contacts", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		cs, kept, err := h.cfg.Store.EntityContacts(ctx, r.URL.Query().Get("entity"))
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		writeJSON(w, http.StatusOK, keptContacts{Kept: kept, Contacts: cs})
	})
	h.mux.HandleFunc("GET /api/store/events", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		ans := keptEvents{Events: []eventSummary{}}
		kept, err := h.cfg.Store.EventSummaries(ctx, r.URL.Query().Get("entity"), func(e graph.EventSummary) error {
			ans.Events = append(ans.Events, eventSummary{ID: e.ID, Article: e.Article, Summary: e})
			return nil
		})
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		ans.Kept = kept
		writeJSON(w, http.StatusOK, ans)
	})
	h.mux.HandleFunc("GET /api/store/named", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := h.context(r)
		defer cancel()
		v := r.URL.Query()
		var ents []quad.Value
		var kept bool
		var err error
		if kind := v.Get("kind"); kind == "" {
			ents, kept, err = h.cfg.Store.NamedEntities(ctx, v.Get("key"))
		} else if len(kind) == 1 {
			ents, kept, err = h.cfg.Store.EntitiesByKey(ctx, graph.NameKey(kind[0]), v.Get("key"))
		} else {
			writeError(w, http.StatusBadRequest, "kind=%q: want one letter, a graph.NameKey", kind)
			return
		}
		var out [][]byte
		if err == nil {
			out, err = encodeValues(ents)
		}
		if err != nil {
			h.writeQueryError(w, err, "")
			return
		}
		writeJSON(w, http.StatusOK, keptNamed{Kept: kept, Entities: out})
	})
	// The whole store, for relgraph export: not bounded by the query timeout, only by the
	// client going away.
	h.mux.HandleFunc("GET /api/store/quads", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/n-quads")
		qw := nquads.NewWriter(w)
		if err := h.cfg.Store.Quads(r.Context(), func(q quad.Quad) error { return qw.WriteQuad(q) }); err != nil {
			// The answer has begun; a last line the reader cannot parse says it is cut short.
			fmt.Fprintf(w, "\nerror: %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
			return
		}
		qw.Close()
	})
}

// writable answers 403 itself when the server does not write.
func (h *Handler) writable(w http.ResponseWriter) bool {
	if !h.cfg.AllowWrites {
		writeError(w, http.StatusForbidden, "the server is read-only; restart relgraph serve with --allow-writes (and --token-file) to write through it, or stop it and write to the store directly")
	}
	return h.cfg.AllowWrites
}

// keptEntities, keptContacts, keptEvents and keptNamed are the store API's answers about
// what the store keeps beside the quads.
type keptEntities struct {
	Kept     bool                `json:"kept"`
	Entities []graph.EntityFacts `json:"entities"`
}

type keptContacts struct {
	Kept     bool     `json:"kept"`
	Contacts []string `json:"contacts"`
}

type keptEvents struct {
	Kept   bool           `json:"kept"`
	Events []eventSummary `json:"events"`
}

// eventSummary is a graph.EventSummary with its id and article, which its own JSON leaves
// out (they are in its key in the store).
type eventSummary struct {
	ID      string             `json:"id"`
	Article string             `json:"article"`
	Summary graph.EventSummary `json:"summary"`
}

type keptNamed struct {
	Kept     bool     `json:"kept"`
	Entities [][]byte `json:"entities"`
}

type articleHash struct {
	Hash   string `json:"hash"`
	Stored bool   `json:"stored"`
}

func (h *Handler) storeValues(w http.ResponseWriter, r *http.Request, in bool) {
	node, ok := valueParam(w, r, "node")
	if !ok {
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	pred := r.URL.Query().Get("pred")
	var vals []quad.Value
	var err error
	if in {
		vals, err = h.cfg.Store.In(ctx, node, pred)
	} else {
		vals, err = h.cfg.Store.Out(ctx, node, pred)
	}
	h.writeValues(w, vals, err)
}

// writeAnswer writes v as JSON, or err as the query error it is.
func (h *Handler) writeAnswer(w http.ResponseWriter, v any, err error) {
	if err != nil {
		h.writeQueryError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (h *Handler) writeValues(w http.ResponseWriter, vals []quad.Value, err error) {
	var out [][]byte
	if err == nil {
		out, err = encodeValues(vals)
	}
	h.writeAnswer(w, out, err)
}

func encodeValues(vals []quad.Value) ([][]byte, error) {
	out := make([][]byte, 0, len(vals))
	for _, v := range vals {
		b, err := pquads.MarshalValue(v)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// valueParam reads the value in query parameter name, answering 400 itself when it is
// not one. An absent parameter is the nil value.
func valueParam(w http.ResponseWriter, r *http.Request, name string) (quad.Value, bool) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return nil, true
	}
	b, err := base64.URLEncoding.DecodeString(s)
	var v quad.Value
	if err == nil {
		v, err = pquads.UnmarshalValue(b)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "%s=%.40q: want a value as base64url of its pquads encoding: %v", name, s, err)
		return nil, false
	}
	return v, true
}
