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

// WriteDOT writes a Graphviz digraph: entities as nodes shaped and coloured by type, and one
// edge from each actor to each target per event (see WriteGraphML for events without a
// target), labelled with the PLOVER category, the date and the trigger, coloured by category
// (the same colours as the HTML timeline), dashed when negated or future. A legend of the
// node types sits in its own cluster. It returns the number of events left out.
func WriteDOT(w io.Writer, m *Model) (skipped int, err error) {
	var b strings.Builder
	b.WriteString("digraph relgraph {\n")
	b.WriteString("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, nodesep=0.35, ranksep=0.9, overlap=false, splines=true, pad=0.3];\n")
	b.WriteString("  node [fontname=\"Helvetica\", fontsize=12, style=\"filled\", penwidth=1.4, margin=\"0.15,0.06\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.3, arrowsize=0.7];\n")

	entities := m.Entities()
	nodes := map[string]bool{}
	types := map[string]bool{}
	for _, e := range entities {
		nodes[e.ID] = true
		types[e.Type] = true
		st, ok := dotStyles[e.Type]
		if !ok {
			st = dotOther
		}
		tip := e.Type
		if len(e.Roles) > 0 {
			tip += ": " + strings.Join(e.Roles, ", ")
		}
		fmt.Fprintf(&b, "  %s [label=%s, shape=%s, fillcolor=%s, color=%s, tooltip=%s];\n",
			DOTID(e.ID), DOTID(e.Name), st.shape, DOTID(st.fill), DOTID(st.border), DOTID(tip))
	}
	for _, ev := range m.Events() {
		pairs := eventPairs(ev, nodes)
		if len(pairs) == 0 {
			skipped++
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
		col := CategoryColor(ev.Category)
		for _, p := range pairs {
			fmt.Fprintf(&b, "  %s -> %s [label=%s, color=%s, fontcolor=%s, style=%s, tooltip=%s];\n",
				DOTID(p[0]), DOTID(p[1]), DOTID(label), DOTID(col), DOTID(darker(col)), style, DOTID(clip(ev.Evidence, 300)))
		}
	}
	// Legend: one sample node per entity type present.
	var present []string
	for t := range types {
		present = append(present, t)
	}
	sort.Strings(present)
	if len(present) > 0 {
		b.WriteString("  subgraph cluster_legend {\n    label=\"entity types\"; fontsize=10; color=\"#cccccc\"; style=\"rounded\";\n")
		for _, t := range present {
			st, ok := dotStyles[t]
			if !ok {
				st = dotOther
			}
			fmt.Fprintf(&b, "    %s [label=%s, shape=%s, fillcolor=%s, color=%s, fontsize=9];\n",
				DOTID("legend:"+t), DOTID(orDefault(t, "other")), st.shape, DOTID(st.fill), DOTID(st.border))
		}
		b.WriteString("  }\n")
	}
	b.WriteString("}\n")
	_, err = io.WriteString(w, b.String())
	return skipped, err
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
