package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"

	"github.com/relgraph/relgraph/graph"
)

// Cayley's write API (/api/v2/write, /api/v2/delete, /api/v2/node/delete) writes through
// Cayley's quad writer, which knows nothing of what relgraph keeps beside the quads: the
// name index, the entity facts and the events by entity. On a server that writes:
//
//   - /api/v2/write writes through graph.Store.AddQuads, as relgraph import does: the quads
//     and what relgraph keeps of them change in one transaction, whatever the quads say;
//   - /api/v2/delete and /api/v2/node/delete delete what lies outside relgraph's model (a
//     user's own nodes and annotations) through Cayley, and refuse with 409 a quad of an
//     entity, event or article, or labelled with an article: one quad removed from an
//     article would leave the article half-stated, and the way to change what an article
//     says is to ingest it again (relgraph ingest replaces it whole) or to remove it whole
//     (POST /api/store/remove?article=ID).

// cayleyWrite answers POST /api/v2/write as Cayley does (the quads in the format the
// Content-Type names, N-Quads by default; {"result": "Successfully wrote N quads.",
// "count": N}), writing them with graph.Store.AddQuads.
func (h *Handler) cayleyWrite(w http.ResponseWriter, r *http.Request) {
	qs, ok := readQuads(w, r)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.QueryTimeout)
	defer cancel()
	n, err := h.cfg.Store.AddQuads(ctx, qs)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "write %d quads: %v", len(qs), err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": fmt.Sprintf("Successfully wrote %d quads.", n), "count": n})
}

// guardDelete passes to Cayley's handler the deletions that touch nothing of relgraph's
// model, and refuses the others with 409 (see above).
func (h *Handler) guardDelete(cayley http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body) // read whole by ServeHTTP already
		if err != nil {
			writeError(w, http.StatusBadRequest, "read the body: %v", err)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		var refused string
		if strings.TrimSuffix(r.URL.Path, "/") == "/api/v2/node/delete" {
			refused, err = h.modelNode(r, body)
		} else {
			refused, err = modelQuad(r)
		}
		if err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
		if refused != "" {
			writeError(w, http.StatusConflict, "%s is part of what relgraph stored of an article; deleting it alone would "+
				"leave the article half-stated and relgraph's indexes behind: ingest the article again with relgraph ingest "+
				"to change it, or remove it whole with POST /api/store/remove?article=ID", refused)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		cayley.ServeHTTP(w, r)
	}
}

// readQuads reads the quads of a write or delete request, answering the error itself.
func readQuads(w http.ResponseWriter, r *http.Request) ([]quad.Quad, bool) {
	format := quadFormat(r)
	if format == nil || format.Reader == nil {
		writeError(w, http.StatusBadRequest, "the Content-Type names no quad format relgraph reads; send N-Quads (application/n-quads)")
		return nil, false
	}
	qr := format.Reader(r.Body)
	defer qr.Close()
	qs, err := quad.ReadAll(qr)
	if err != nil {
		writeError(w, http.StatusBadRequest, "read the quads: %v", err)
		return nil, false
	}
	return qs, true
}

// quadFormat is the format of a request body as Cayley's API reads it: the Content-Type's,
// else N-Quads.
func quadFormat(r *http.Request) *quad.Format {
	if specs := cayleyhttp.ParseAccept(r.Header, "Content-Type"); len(specs) > 0 {
		if f := quad.FormatByMime(specs[0].Value); f != nil {
			return f
		}
	}
	return quad.FormatByName("nquads")
}

// inModel reports whether v is a node of relgraph's model: an entity, event or article.
func inModel(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	if !ok {
		return false
	}
	for _, p := range []string{graph.EntityPrefix, graph.EventPrefix, graph.ArticlePrefix} {
		if strings.HasPrefix(string(iri), p) {
			return true
		}
	}
	return false
}

// modelQuadOf reports whether q is one of relgraph's: its subject is an entity, event or
// article, or its label an article.
func modelQuadOf(q quad.Quad) bool {
	return inModel(q.Subject) || q.Label != nil && inModel(q.Label)
}

// modelQuad returns the first quad of a delete request's body that is relgraph's, as
// N-Quads, or "".
func modelQuad(r *http.Request) (string, error) {
	format := quadFormat(r)
	if format == nil || format.Reader == nil {
		return "", fmt.Errorf("the Content-Type names no quad format relgraph reads; send N-Quads (application/n-quads)")
	}
	qr := format.Reader(r.Body)
	defer qr.Close()
	qs, err := quad.ReadAll(qr)
	if err != nil {
		return "", fmt.Errorf("read the quads: %w", err)
	}
	for _, q := range qs {
		if modelQuadOf(q) {
			return "the quad " + strings.TrimSpace(q.NQuad()), nil
		}
	}
	return "", nil
}

// modelNode returns the node a node delete names when it, or a quad it is in, is
// relgraph's (a literal such as an alias is the object of an entity's quads), or "".
func (h *Handler) modelNode(r *http.Request, body []byte) (string, error) {
	format := quadFormat(r)
	if format == nil || format.UnmarshalValue == nil {
		return "", fmt.Errorf("the Content-Type names no format of nodes relgraph reads; send the node in N-Quads")
	}
	v, err := format.UnmarshalValue(body)
	if err != nil || v == nil {
		return "", fmt.Errorf("read the node: %v", err)
	}
	if inModel(v) {
		return "the node " + quad.StringOf(v), nil
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.QueryTimeout)
	defer cancel()
	qs := h.cfg.Store.QuadStore()
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return "", err
	}
	for _, d := range []quad.Direction{quad.Subject, quad.Object, quad.Label} {
		it := qs.QuadIterator(d, ref).Iterate()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				it.Close()
				return "", err
			}
			if modelQuadOf(q) {
				it.Close()
				return "the node " + quad.StringOf(v) + " (in " + strings.TrimSpace(q.NQuad()) + ")", nil
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return "", err
		}
	}
	return "", nil
}
