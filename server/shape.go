package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/dop251/goja"

	"github.com/relgraph/relgraph/queries"
)

// Shape is a query's traversal drawn as a graph: a node per set of vertices the query
// passes through, a link per step between them, the predicates of a step on its link node.
// It is the answer of /api/v1/shape/gizmo, which Cayley's web console draws.
type Shape struct {
	Nodes []ShapeNode `json:"nodes"`
	Links []ShapeLink `json:"links"`
}

// ShapeNode is one node of a Shape.
type ShapeNode struct {
	ID         int      `json:"id"`
	Tags       []string `json:"tags,omitempty"`
	Values     []string `json:"values,omitempty"`
	IsLinkNode bool     `json:"is_link_node"`
	IsFixed    bool     `json:"is_fixed"`
}

// ShapeLink is one step of a Shape: from Source to Target through LinkNode, the node that
// holds the predicates.
type ShapeLink struct {
	Source   int `json:"source"`
	Target   int `json:"target"`
	LinkNode int `json:"link_node"`
}

// shapeRecorder is a stand-in for Gizmo's g object: it records the calls a query makes
// (g.V, Out, In, Has, Tag, Back...) into nodes and links instead of reading the store, so
// the shape of any query is known without running it. Calls it does not know keep the
// path where it is.
const shapeRecorder = `
var __shape = {nodes: [], links: []};
(function() {
	var S = __shape;
	function flat(args) {
		var out = [];
		for (var i = 0; i < args.length; i++) {
			var a = args[i];
			if (Array.isArray(a)) { out = out.concat(flat(a)); }
			else if (typeof a === "string") { out.push(a); }
			else if (a && a.__isPath) { out.push("(path)"); }
		}
		return out;
	}
	function node(values, fixed, link) {
		var n = {id: S.nodes.length, tags: [], values: values || [], is_link_node: !!link, is_fixed: !!fixed};
		S.nodes.push(n);
		return n;
	}
	function step(from, preds, reverse) {
		var to = node([], false, false);
		var l = node(preds, false, true);
		if (reverse) { S.links.push({source: to.id, target: from.id, link_node: l.id}); }
		else { S.links.push({source: from.id, target: to.id, link_node: l.id}); }
		return to;
	}
	function Path(cur, tags) { this.__isPath = true; this.cur = cur; this.tags = tags || {}; }
	function wrap(p) {
		return new Proxy(p, {get: function(t, name) {
			if (name in t) { return t[name]; }
			return function() { return wrap(t); };
		}});
	}
	function move(reverse) {
		return function() { var p = preds(arguments); return wrap(new Path(step(this.cur, p, reverse), this.tags)); };
	}
	function preds(args) {
		// Out(pred, tags): only the first argument names predicates.
		return args.length > 0 ? flat([args[0]]) : [];
	}
	var P = Path.prototype;
	P.Out = P.out = move(false);
	P.In = P.in = move(true);
	P.Both = P.both = move(false);
	P.Has = P.has = function() {
		var a = flat(arguments);
		if (a.length > 1) {
			var v = node(a.slice(1), true, false);
			var l = node([a[0]], false, true);
			S.links.push({source: this.cur.id, target: v.id, link_node: l.id});
		}
		return wrap(this);
	};
	P.HasR = P.hasR = function() {
		var a = flat(arguments);
		if (a.length > 1) {
			var v = node(a.slice(1), true, false);
			var l = node([a[0]], false, true);
			S.links.push({source: v.id, target: this.cur.id, link_node: l.id});
		}
		return wrap(this);
	};
	P.Is = P.is = function() { var a = flat(arguments); this.cur.values = this.cur.values.concat(a); this.cur.is_fixed = true; return wrap(this); };
	P.Tag = P.tag = P.As = P.as = function() {
		var a = flat(arguments);
		for (var i = 0; i < a.length; i++) { this.cur.tags.push(a[i]); this.tags[a[i]] = this.cur; }
		return wrap(this);
	};
	P.Save = P.save = P.SaveR = P.saveR = function(pred, tag) {
		var n = step(this.cur, flat([pred]), false);
		if (typeof tag === "string") { n.tags.push(tag); }
		return wrap(this);
	};
	P.Back = P.back = function(tag) { var n = this.tags[tag]; return wrap(new Path(n || this.cur, this.tags)); };
	function join(kind) {
		return function(other) {
			if (other && other.__isPath) {
				var l = node([kind], false, true);
				S.links.push({source: other.cur.id, target: this.cur.id, link_node: l.id});
			}
			return wrap(this);
		};
	}
	P.And = P.and = P.Intersect = P.intersect = join("and");
	P.Or = P.or = P.Union = P.union = join("or");
	P.Except = P.except = P.Difference = P.difference = join("except");
	P.Follow = P.follow = function() { return wrap(new Path(step(this.cur, ["(follow)"], false), this.tags)); };
	P.FollowR = P.followR = function() { return wrap(new Path(step(this.cur, ["(follow)"], true), this.tags)); };
	var finals = ["All", "all", "GetLimit", "getLimit", "ToArray", "toArray", "ToValue", "toValue",
		"TagArray", "tagArray", "TagValue", "tagValue", "ForEach", "forEach", "Map", "map", "Count", "count"];
	for (var i = 0; i < finals.length; i++) { P[finals[i]] = function() { return undefined; }; }
	function vertex() { var a = flat(arguments); return wrap(new Path(node(a, a.length > 0, false))); }
	var graph = {
		V: vertex, Vertex: vertex, v: vertex, vertex: vertex,
		M: function() { return wrap(new Path(node([], false, false))); },
		Emit: function() {}, emit: function() {},
		IRI: function(s) { return "<" + s + ">"; }, Uri: function(s) { return "<" + s + ">"; },
	};
	graph.Morphism = graph.morphism = graph.m = graph.M;
	graph.iri = graph.uri = graph.IRI;
	this.g = this.graph = new Proxy(graph, {get: function(t, name) {
		if (name in t) { return t[name]; }
		return function() { return wrap(new Path(node([], false, false))); };
	}});
})();
`

// shapeOf returns the shape of a Gizmo query. The query runs on a recorder, not on the
// store, and is interrupted when ctx is done. A source over the limits of
// queries.CheckGizmo is refused with its error before it is parsed; the builtins that
// could take unbounded memory in one call are guarded as in a query with a budget of mem
// bytes (queries.GuardRuntime).
func shapeOf(ctx context.Context, src string, mem int64) (*Shape, error) {
	if err := queries.CheckGizmo(src); err != nil {
		return nil, err
	}
	vm := goja.New()
	if err := queries.GuardRuntime(vm, mem); err != nil {
		return nil, fmt.Errorf("shape: %w", err)
	}
	if _, err := vm.RunString(shapeRecorder); err != nil {
		return nil, fmt.Errorf("shape: %w", err)
	}
	stop := context.AfterFunc(ctx, func() { vm.Interrupt(ctx.Err()) })
	defer stop()
	if _, err := vm.RunString(src); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("shape: query stopped: %w", ctx.Err())
		}
		return nil, fmt.Errorf("shape: %w", err)
	}
	out, err := vm.RunString("JSON.stringify(__shape)")
	if err != nil {
		return nil, fmt.Errorf("shape: %w", err)
	}
	var s Shape
	if err := json.Unmarshal([]byte(out.String()), &s); err != nil {
		return nil, fmt.Errorf("shape: %w", err)
	}
	if s.Nodes == nil {
		s.Nodes = []ShapeNode{}
	}
	if s.Links == nil {
		s.Links = []ShapeLink{}
	}
	return &s, nil
}

// serveShape answers POST /api/v1/shape/gizmo with the shape of the query in the body.
func (h *Handler) serveShape(w http.ResponseWriter, r *http.Request) {
	if lang := r.PathValue("lang"); lang != "gizmo" {
		writeError(w, http.StatusBadRequest, "shape of %q queries: only gizmo is supported", lang)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "read the query: %v", err)
		return
	}
	if len(body) == 0 {
		writeError(w, http.StatusBadRequest, "the query is empty: send it as the request body")
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	var s *Shape
	err = h.runner.Run(ctx, func(ctx context.Context) (func(), error) {
		var err error
		s, err = shapeOf(ctx, string(body), h.runner.Limits().QueryMemory)
		return nil, err
	})
	if err != nil {
		if code := h.runStatus(w, err); code != http.StatusBadRequest || errors.Is(err, queries.ErrQueryMemory) {
			writeError(w, code, "%v", err)
			return
		}
		if ctx.Err() != nil {
			writeError(w, http.StatusGatewayTimeout, "the query ran longer than %v and was stopped", h.cfg.QueryTimeout)
			return
		}
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, s)
}
