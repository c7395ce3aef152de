package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// GraphML namespace and schema location, as the GraphML primer gives them; Gephi and yEd read
// files that declare them.
const (
	graphMLNS     = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

type gmlDoc struct {
	XMLName        xml.Name   `xml:"graphml"`
	NS             string     `xml:"xmlns,attr"`
	XSI            string     `xml:"xmlns:xsi,attr"`
	SchemaLocation string     `xml:"xsi:schemaLocation,attr"`
	Keys           []gmlKey   `xml:"key"`
	Graph          gmlGraphEl `xml:"graph"`
}

type gmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type gmlGraphEl struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// graphMLKeys are the attributes of the export: d-prefixed keys for nodes, e-prefixed for edges.
var graphMLKeys = []gmlKey{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"aliases", "node", "aliases", "string"},
	{"roles", "node", "roles", "string"},
	{"elabel", "edge", "label", "string"},
	{"event", "edge", "event", "string"},
	{"date", "edge", "date", "string"},
	{"category", "edge", "category", "string"},
	{"mode", "edge", "mode", "string"},
	{"trigger", "edge", "trigger", "string"},
	{"topics", "edge", "topics", "string"},
	{"sentence", "edge", "sentence", "string"},
	{"article", "edge", "article", "string"},
	{"url", "edge", "url", "string"},
	{"status", "edge", "status", "string"},
}

// WriteGraphML writes the entities as nodes (label, type, aliases, roles) and each event as
// directed edges from every actor to every target, with the event's id, date, PLOVER
// category, mode, trigger, topics, sentence and source article. An event without a target
// links each actor to the entities it was about; a symmetric meeting of several actors with
// no target links the actors in order. Events that still have no pair are left out, and
// their count returned.
func WriteGraphML(w io.Writer, m *Model) (skipped int, err error) {
	doc := gmlDoc{NS: graphMLNS, XSI: "http://www.w3.org/2001/XMLSchema-instance", SchemaLocation: graphMLSchema,
		Keys: graphMLKeys, Graph: gmlGraphEl{ID: "relgraph", EdgeDefault: "directed"}}
	nodes := map[string]bool{}
	for _, e := range m.Entities() {
		nodes[e.ID] = true
		n := gmlNode{ID: e.ID, Data: []gmlData{{"label", e.Name}, {"type", e.Type}}}
		if len(e.Aliases) > 0 {
			n.Data = append(n.Data, gmlData{"aliases", strings.Join(e.Aliases, "; ")})
		}
		if len(e.Roles) > 0 {
			n.Data = append(n.Data, gmlData{"roles", strings.Join(e.Roles, "; ")})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for _, ev := range m.Events() {
		pairs := eventPairs(ev, nodes)
		if len(pairs) == 0 {
			skipped++
			continue
		}
		data := []gmlData{{"elabel", labelOf(ev)}, {"event", ev.ID}, {"category", ev.Category}}
		add := func(k, v string) {
			if v != "" {
				data = append(data, gmlData{k, v})
			}
		}
		add("date", ev.Date)
		add("mode", ev.Mode)
		add("trigger", ev.Trigger)
		add("topics", m.topicNames(ev))
		add("sentence", ev.Evidence)
		if len(ev.Sources) > 0 {
			a := m.Article(ev.Sources[0])
			add("article", firstNonEmpty(a.Title, a.ID))
			add("url", a.URL)
		}
		add("status", status(ev))
		for i, p := range pairs {
			doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: fmt.Sprintf("%s-%d", ev.ID, i),
				Source: p[0], Target: p[1], Data: data})
		}
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return skipped, err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return skipped, err
	}
	_, err = io.WriteString(w, "\n")
	return skipped, err
}

// eventPairs returns the (from, to) entity pairs an event links, among the known nodes.
func eventPairs(ev *Event, nodes map[string]bool) [][2]string {
	var pairs [][2]string
	add := func(a, b string) {
		if a != b && nodes[a] && nodes[b] {
			pairs = append(pairs, [2]string{a, b})
		}
	}
	for _, a := range ev.Actors {
		for _, t := range ev.Targets {
			add(a, t)
		}
	}
	if len(ev.Targets) == 0 {
		for _, a := range ev.Actors {
			for _, t := range ev.Topics {
				if t.Entity != "" {
					add(a, t.Entity)
				}
			}
		}
		if len(pairs) == 0 {
			for i := 1; i < len(ev.Actors); i++ {
				add(ev.Actors[i-1], ev.Actors[i])
			}
		}
	}
	return pairs
}

// labelOf is a short edge label: the trigger and the date.
func labelOf(ev *Event) string {
	l := firstNonEmpty(ev.Trigger, ev.Category)
	if ev.Date != "" {
		l += " (" + ev.Date + ")"
	}
	return l
}

// status says when an event is not a plain fact.
func status(ev *Event) string {
	var s []string
	if ev.Negated {
		s = append(s, "negated")
	}
	if ev.Future {
		s = append(s, "future")
	}
	if ev.StatedBy != "" {
		s = append(s, "stated later")
	}
	return strings.Join(s, ", ")
}

func (m *Model) topicNames(ev *Event) string {
	var names []string
	for _, t := range ev.Topics {
		if t.Entity != "" {
			names = append(names, m.Name(t.Entity))
		} else {
			names = append(names, t.Text)
		}
	}
	return strings.Join(names, "; ")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
