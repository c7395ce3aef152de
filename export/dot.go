package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// nodeStyle is how an entity type is drawn.
type nodeStyle struct{ shape, fill, border string }

var dotStyles = map[string]nodeStyle{
	"person":       {"ellipse", "#dbe9f6", "#2b6cb0"},
	"country":      {"box", "#def3e0", "#2f855a"},
	"organization": {"hexagon", "#fdebd3", "#c05621"},
	"location":     {"house", "#efe4f7", "#6b46c1"},
}

var dotOther = nodeStyle{"ellipse", "#eeeeee", "#555555"}

// DefaultDOTMaxEntities is DOTOptions.MaxEntities when it is 0: about as many entities as
// Graphviz lays out in seconds and a person can still read in one drawing.
const DefaultDOTMaxEntities = 500

// DOTOptions tune WriteDOT.
type DOTOptions struct {
	// Focus is the entity ID a subgraph was built around; it is drawn bold.
	Focus string
	// LargeGraph is the node count from which the drawing switches from Graphviz's layered
	// dot layout, best for a few dozen nodes, to the force-directed sfdp layout. 0 means 60.
	LargeGraph int
	// MaxEntities caps the entities drawn: past it, only the most connected ones are kept
	// (the focus always), with the edges between them, so that a whole-graph render
	// finishes. 0 means DefaultDOTMaxEntities; -1 draws every entity.
	MaxEntities int
}

// DOTResult says what WriteDOT left out of the drawing.
type DOTResult struct {
	Skipped  int // events that link no two entities
	Isolated int // entities with no edge, named in a comment
	Drawn    int // entities drawn
	// CutEntities and CutEdges were left out by DOTOptions.MaxEntities: the least connected
	// entities, and the edges that touch them.
	CutEntities, CutEdges int
}

// WriteDOT writes a Graphviz digraph: entities as nodes shaped and coloured by type, and
// edges from each actor to each target (see WriteGraphML for events without a target),
// labelled with the PLOVER category, the date and the trigger, coloured by category (the
// same colours as the HTML timeline) and dashed when negated or future. Events that give the
// same edge label between the same pair (one meeting told by several articles) are drawn
// once with a count. Entities with no edge are left out of the drawing (they are named in
// comments), and a legend of the node types and categories is the graph's label. Past
// DOTOptions.MaxEntities entities, only the most connected are drawn. No line is longer
// than 4 KB (Graphviz rejects lines over 16 KB): names are clipped to 200 characters,
// tooltips to 300, and lists wrapped. It returns what it left out, and the errors of g and w.
//
// The events are read twice, one at a time: first to count each entity's distinct edges
// (memory: g's Index, the entity IDs and the distinct edge keys, not the events), then to
// keep the edges between the entities the cap keeps, which are what is drawn.
func WriteDOT(ctx context.Context, w io.Writer, g Graph, opts DOTOptions) (res DOTResult, err error) {
	if opts.LargeGraph == 0 {
		opts.LargeGraph = 60
	}
	if opts.MaxEntities == 0 {
		opts.MaxEntities = DefaultDOTMaxEntities
	}
	x, err := g.Index(ctx)
	if err != nil {
		return res, err
	}
	nodes := make(map[string]struct{}, len(x.Entities))
	for _, n := range x.Entities {
		nodes[LocalID(n)] = struct{}{}
	}
	// eachEdge reads the events in order and calls fn with each pair an event links and the
	// label its edge has; it returns how many events link no pair.
	eachEdge := func(fn func(ev *Event, from, to, label string)) (int, error) {
		return eachLinkedEvent(ctx, g, x, nodes, func(ev *Event, pairs [][2]string) error {
			for _, pr := range pairs {
				fn(ev, pr[0], pr[1], dotLabel(ev))
			}
			return nil
		})
	}

	// Pass 1: each entity's degree, in distinct edges.
	degree := map[string]int{}
	seen := map[string]struct{}{}
	res.Skipped, err = eachEdge(func(_ *Event, from, to, label string) {
		key := from + "\x00" + to + "\x00" + label
		if _, ok := seen[key]; ok {
			return
		}
		seen[key] = struct{}{}
		degree[from]++
		degree[to]++
	})
	if err != nil {
		return res, err
	}
	distinct := len(seen)
	seen = nil
	keep := func(string) bool { return true }
	capped := opts.MaxEntities > 0 && len(degree) > opts.MaxEntities
	if capped {
		// Keep the most connected entities (and the focus), and the edges between them.
		ids := make([]string, 0, len(degree))
		for id := range degree {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool {
			if fi, fj := ids[i] == opts.Focus, ids[j] == opts.Focus; fi != fj {
				return fi
			}
			if degree[ids[i]] != degree[ids[j]] {
				return degree[ids[i]] > degree[ids[j]]
			}
			return ids[i] < ids[j]
		})
		top := make(map[string]bool, opts.MaxEntities)
		for _, id := range ids[:opts.MaxEntities] {
			top[id] = true
		}
		keep = func(id string) bool { return top[id] }
	}

	// Pass 2: the edges drawn, each once with its count, in the order first seen.
	type edge struct {
		from, to, label, color, style, tip, cat string
		n                                       int
	}
	var edges []*edge
	byKey := map[string]*edge{}
	if _, err := eachEdge(func(ev *Event, from, to, label string) {
		if !keep(from) || !keep(to) {
			return
		}
		key := from + "\x00" + to + "\x00" + label
		if e := byKey[key]; e != nil {
			e.n++
			return
		}
		style := "solid"
		if !ev.Fact() {
			style = "dashed"
		}
		e := &edge{from: from, to: to, label: label, color: CategoryColor(ev.Type), style: style,
			tip: clip(ev.Evidence, 300), cat: orDefault(ev.Type, "OTHER"), n: 1}
		byKey[key] = e
		edges = append(edges, e)
	}); err != nil {
		return res, err
	}
	byKey = nil
	drawn := map[string]bool{}
	for _, e := range edges {
		drawn[e.from], drawn[e.to] = true, true
	}
	var isolated []string
	for _, n := range x.Entities {
		if id := LocalID(n); degree[id] == 0 {
			isolated = append(isolated, id)
		}
	}
	res.Isolated = len(isolated)
	if capped {
		// An entity kept whose every edge went is not drawn either.
		res.CutEdges = distinct - len(edges)
		res.CutEntities = len(degree) - len(drawn)
	}
	res.Drawn = len(drawn)
	categories := map[string]bool{}
	for _, e := range edges {
		categories[e.cat] = true
	}

	b := bufio.NewWriter(w)
	b.WriteString("digraph relgraph {\n")
	if len(isolated) > 0 {
		if len(isolated) == 1 {
			b.WriteString("  // 1 entity with no edge is not drawn:\n")
		} else {
			fmt.Fprintf(b, "  // %d entities with no edge are not drawn:\n", len(isolated))
		}
		writeWrapped(b, "  //   ", isolated, 100)
	}
	if res.CutEntities > 0 {
		fmt.Fprintf(b, "  // %d less connected entities and %d edges are left out: only the %d most connected entities are drawn;\n", res.CutEntities, res.CutEdges, len(drawn))
		b.WriteString("  // export --entity NAME draws the part of the graph around one entity in full.\n")
	}
	large := len(drawn) >= opts.LargeGraph
	if large {
		b.WriteString("  graph [layout=sfdp, overlap=prism, overlap_scaling=2, sep=\"+12\", K=1.2, splines=false, outputorder=edgesfirst];\n")
	} else {
		b.WriteString("  graph [rankdir=LR, nodesep=0.35, ranksep=1.1, splines=true];\n")
	}
	b.WriteString("  graph [fontname=\"Helvetica\", fontsize=11, pad=0.3, bgcolor=white];\n")
	b.WriteString("  node [fontname=\"Helvetica\", fontsize=12, style=\"filled\", penwidth=1.4, margin=\"0.15,0.06\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.3, arrowsize=0.7];\n")
	types := map[string]bool{}
	for _, n := range x.Entities {
		if !drawn[LocalID(n)] {
			continue
		}
		p, err := g.NodeProps(ctx, n)
		if err != nil {
			return res, err
		}
		e := entityFrom(n, p)
		types[e.Type] = true
		st, ok := dotStyles[e.Type]
		if !ok {
			st = dotOther
		}
		tip := e.Type
		if len(e.Roles) > 0 {
			tip += ": " + strings.Join(e.Roles, ", ")
		}
		extra := ""
		if e.ID == opts.Focus {
			extra = ", penwidth=3, fontsize=15, fontname=\"Helvetica-Bold\""
		}
		fmt.Fprintf(b, "  %s [label=%s, shape=%s, fillcolor=%s, color=%s, tooltip=%s%s];\n",
			DOTID(clip(e.ID, 200)), DOTID(clip(e.Name, 200)), st.shape, DOTID(st.fill), DOTID(st.border), DOTID(clip(tip, 300)), extra)
	}
	for _, e := range edges {
		label := DOTID(e.label)
		if e.n > 1 {
			label = DOTID(e.label + fmt.Sprintf(" ×%d", e.n))
		}
		color, tip := e.color, e.tip
		if large {
			// Too many edges to label legibly: the label moves into the tooltip (SVG output).
			tip = strings.ReplaceAll(e.label, "\n", " ") + ": " + e.tip
			label, color = `""`, e.color+"99"
		}
		fmt.Fprintf(b, "  %s -> %s [label=%s, color=%s, fontcolor=%s, style=%s, tooltip=%s];\n",
			DOTID(clip(e.from, 200)), DOTID(clip(e.to, 200)), label, DOTID(color), DOTID(darker(e.color)), e.style, DOTID(tip))
	}
	b.WriteString("  label=" + dotLegend(types, categories) + ";\n  labelloc=b; labeljust=l;\n")
	b.WriteString("}\n")
	return res, b.Flush()
}

// dotLabel is an event's edge label: category, date, trigger and status, one a line.
func dotLabel(ev *Event) string {
	label := ev.Type
	if ev.Date != "" {
		label += " " + ev.Date
	}
	if ev.Trigger != "" {
		label += "\n" + clip(ev.Trigger, 28)
	}
	if s := status(ev); s != "" {
		label += "\n(" + s + ")"
	}
	return label
}

// writeWrapped writes items, comma-separated, on lines of about width bytes, each line
// starting with prefix; an item is clipped to width so that no line grows past it.
func writeWrapped(b io.StringWriter, prefix string, items []string, width int) {
	line := 0
	for i, it := range items {
		it = strings.ReplaceAll(clip(it, width), "\n", " ")
		if line > 0 && line+len(it)+2 > width {
			b.WriteString("\n")
			line = 0
		}
		if line == 0 {
			b.WriteString(prefix)
		} else {
			b.WriteString(" ")
		}
		b.WriteString(it)
		if i < len(items)-1 {
			b.WriteString(",")
		}
		line += len(it) + 2
	}
	b.WriteString("\n")
}

// DOTID quotes s as a DOT ID: a double-quoted string with quotes and backslashes escaped and
// newlines as \n, so any name is a valid ID or label.
func DOTID(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// dotLegend is an HTML-like graph label: a swatch per entity type and per event category
// drawn. Unlike a cluster, it is placed by every Graphviz layout engine.
func dotLegend(types, categories map[string]bool) string {
	var b strings.Builder
	b.WriteString(`<<table border="0" cellborder="0" cellspacing="3" cellpadding="3"><tr><td align="left"><font point-size="10" color="#555555">entities</font></td>`)
	for _, t := range sortedKeys(types) {
		st, ok := dotStyles[t]
		if !ok {
			st = dotOther
		}
		fmt.Fprintf(&b, `<td bgcolor="%s" border="1" color="%s"><font point-size="10">%s</font></td>`, st.fill, st.border, htmlEscape(orDefault(t, "other")))
	}
	b.WriteString(`</tr><tr><td align="left"><font point-size="10" color="#555555">events</font></td>`)
	for _, c := range Categories {
		if categories[c] {
			fmt.Fprintf(&b, `<td><font point-size="10" color="%s"><b>%s</b></font></td>`, darker(CategoryColor(c)), htmlEscape(c))
			delete(categories, c)
		}
	}
	for _, c := range sortedKeys(categories) {
		fmt.Fprintf(&b, `<td><font point-size="10" color="%s"><b>%s</b></font></td>`, darker(CategoryColor(c)), htmlEscape(c))
	}
	b.WriteString(`</tr></table>>`)
	return b.String()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
