package export

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/relgraph/relgraph/graph"
)

// GraphML namespace and schema location, as the GraphML primer gives them; Gephi and yEd read
// files that declare them.
const (
	graphMLNS     = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

type gmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
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
//
// Entities (by ID) and then events (by date, then ID) are written as each is read, so memory
// holds g's Index, the entities' names (for the topics of edges) and one node. It returns
// g's errors and w's.
func WriteGraphML(ctx context.Context, w io.Writer, g Graph) (skipped int, err error) {
	x, err := g.Index(ctx)
	if err != nil {
		return 0, err
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return 0, err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: graphMLNS},
		{Name: xml.Name{Local: "xmlns:xsi"}, Value: "http://www.w3.org/2001/XMLSchema-instance"},
		{Name: xml.Name{Local: "xsi:schemaLocation"}, Value: graphMLSchema}}}
	graphEl := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "id"}, Value: "relgraph"}, {Name: xml.Name{Local: "edgedefault"}, Value: "directed"}}}
	if err := enc.EncodeToken(root); err != nil {
		return 0, err
	}
	for _, k := range graphMLKeys {
		if err := enc.EncodeElement(k, xml.StartElement{Name: xml.Name{Local: "key"}}); err != nil {
			return 0, err
		}
	}
	if err := enc.EncodeToken(graphEl); err != nil {
		return 0, err
	}
	names := make(map[string]string, len(x.Entities)) // entity ID -> name: the node set, and topics' names
	for _, n := range x.Entities {
		p, err := g.NodeProps(ctx, n)
		if err != nil {
			return 0, err
		}
		e := entityFrom(n, p)
		names[e.ID] = e.Name
		node := gmlNode{ID: e.ID, Data: []gmlData{{"label", e.Name}, {"type", e.Type}}}
		if len(e.Aliases) > 0 {
			node.Data = append(node.Data, gmlData{"aliases", strings.Join(e.Aliases, "; ")})
		}
		if len(e.Roles) > 0 {
			node.Data = append(node.Data, gmlData{"roles", strings.Join(e.Roles, "; ")})
		}
		if err := enc.EncodeElement(node, xml.StartElement{Name: xml.Name{Local: "node"}}); err != nil {
			return 0, err
		}
	}
	skipped, err = eachLinkedEvent(ctx, g, x, names, func(ev *Event, pairs [][2]string) error {
		data := []gmlData{{"elabel", labelOf(ev)}, {"event", ev.ID}, {"category", ev.Type}}
		add := func(k, v string) {
			if v != "" {
				data = append(data, gmlData{k, v})
			}
		}
		add("date", ev.Date)
		add("mode", ev.Mode)
		add("trigger", ev.Trigger)
		add("topics", topicNames(ev, func(id string) string { return orDefault(names[id], id) }))
		add("sentence", ev.Evidence)
		if len(ev.Sources) > 0 {
			id := ev.Sources[0]
			ap, err := g.NodeProps(ctx, graph.ArticleIRI(id))
			if err != nil {
				return err
			}
			a := articleFrom(id, ap)
			add("article", firstNonEmpty(a.Title, a.ID))
			add("url", a.URL)
		}
		add("status", status(ev))
		for i, pr := range pairs {
			edge := gmlEdge{ID: fmt.Sprintf("%s-%d", ev.ID, i), Source: pr[0], Target: pr[1], Data: data}
			if err := enc.EncodeElement(edge, xml.StartElement{Name: xml.Name{Local: "edge"}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return skipped, err
	}
	if err := enc.EncodeToken(graphEl.End()); err != nil {
		return skipped, err
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return skipped, err
	}
	if err := enc.Close(); err != nil {
		return skipped, err
	}
	_, err = io.WriteString(w, "\n")
	return skipped, err
}

// eventPairs returns the (from, to) entity pairs an event links, among the known nodes.
func eventPairs[V any](ev *Event, nodes map[string]V) [][2]string {
	var pairs [][2]string
	add := func(a, b string) {
		_, okA := nodes[a]
		_, okB := nodes[b]
		if a != b && okA && okB {
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
	l := firstNonEmpty(ev.Trigger, ev.Type)
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

// topicNames joins an event's topics: an entity's name as nameOf gives it, a literal as written.
func topicNames(ev *Event, nameOf func(id string) string) string {
	var names []string
	for _, t := range ev.Topics {
		if t.Entity != "" {
			names = append(names, nameOf(t.Entity))
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
