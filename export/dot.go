package export

import (
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
// tooltips to 300, and lists wrapped. It returns what it left out, and the error of w.
func WriteDOT(w io.Writer, m *Model, opts DOTOptions) (res DOTResult, err error) {
	if opts.LargeGraph == 0 {
		opts.LargeGraph = 60
	}
	if opts.MaxEntities == 0 {
		opts.MaxEntities = DefaultDOTMaxEntities
	}
	type edge struct {
		from, to, label, color, style, tip, cat string
		n                                       int
	}
	var edges []*edge
	byKey := map[string]*edge{}
	linked := map[string]bool{}
	degree := map[string]int{}
	nodes := map[string]bool{}
	entities := m.Entities()
	for _, e := range entities {
		nodes[e.ID] = true
	}
	for _, ev := range m.Events() {
		pairs := eventPairs(ev, nodes)
		if len(pairs) == 0 {
			res.Skipped++
			continue
		}
		label := ev.Category
		if ev.Date != "" {
			label += " " + ev.Date
		}
		if ev.Trigger != "" {
			label += "\n" + clip(ev.Trigger, 28)
		}
		if s := status(ev); s != "" {
			label += "\n(" + s + ")"
		}
		style := "solid"
		if !ev.fact() {
			style = "dashed"
		}
		for _, p := range pairs {
			key := p[0] + "\x00" + p[1] + "\x00" + label
			if e := byKey[key]; e != nil {
				e.n++
				continue
			}
			e := &edge{from: p[0], to: p[1], label: label, color: CategoryColor(ev.Category), style: style,
				tip: clip(ev.Evidence, 300), cat: orDefault(ev.Category, "OTHER"), n: 1}
			byKey[key] = e
			edges = append(edges, e)
			linked[p[0]], linked[p[1]] = true, true
			degree[p[0]]++
			degree[p[1]]++
		}
	}

	var isolated []string
	for _, e := range entities {
		if !linked[e.ID] {
			isolated = append(isolated, e.ID)
		}
	}
	res.Isolated = len(isolated)
	drawn := linked
	if opts.MaxEntities > 0 && len(linked) > opts.MaxEntities {
		// Keep the most connected entities (and the focus), and the edges between them.
		ids := make([]string, 0, len(linked))
		for id := range linked {
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
		drawn = map[string]bool{}
		for _, id := range ids[:opts.MaxEntities] {
			drawn[id] = true
		}
		kept := edges[:0]
		for _, e := range edges {
			if drawn[e.from] && drawn[e.to] {
				kept = append(kept, e)
			} else {
				res.CutEdges++
			}
		}
		edges = kept
		// An entity kept whose every edge went is not drawn either.
		stillLinked := map[string]bool{}
		for _, e := range edges {
			stillLinked[e.from], stillLinked[e.to] = true, true
		}
		drawn = stillLinked
		res.CutEntities = len(linked) - len(drawn)
	}
	res.Drawn = len(drawn)
	categories := map[string]bool{}
	for _, e := range edges {
		categories[e.cat] = true
	}

	var b strings.Builder
	b.WriteString("digraph relgraph {\n")
	if len(isolated) > 0 {
		fmt.Fprintf(&b, "  // %d entities with no edge are not drawn:\n", len(isolated))
		writeWrapped(&b, "  //   ", isolated, 100)
	}
	if res.CutEntities > 0 {
		fmt.Fprintf(&b, "  // %d less connected entities and %d edges are left out: only the %d most connected entities are drawn;\n", res.CutEntities, res.CutEdges, len(drawn))
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
	for _, e := range entities {
		if !drawn[e.ID] {
			continue
		}
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
		fmt.Fprintf(&b, "  %s [label=%s, shape=%s, fillcolor=%s, color=%s, tooltip=%s%s];\n",
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
		fmt.Fprintf(&b, "  %s -> %s [label=%s, color=%s, fontcolor=%s, style=%s, tooltip=%s];\n",
			DOTID(clip(e.from, 200)), DOTID(clip(e.to, 200)), label, DOTID(color), DOTID(darker(e.color)), e.style, DOTID(tip))
	}
	b.WriteString("  label=" + dotLegend(types, categories) + ";\n  labelloc=b; labeljust=l;\n")
	b.WriteString("}\n")
	_, err = io.WriteString(w, b.String())
	return res, err
}

// writeWrapped writes items, comma-separated, on lines of about width bytes, each line
// starting with prefix; an item is clipped to width so that no line grows past it.
func writeWrapped(b *strings.Builder, prefix string, items []string, width int) {
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

func (e *Event) fact() bool { return !e.Negated && !e.Future }

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
