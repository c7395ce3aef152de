// Package export writes a relgraph graph, or a timeline of its events, in formats other tools
// read: N-Quads (lossless), JSON-LD with a schema.org context, GraphML, Graphviz DOT and PLOVER
// event records for graphs; CSV, Markdown, TimelineJS, iCalendar and a standalone HTML page for
// timelines.
//
// Graph writers work on a Model: the quads of a store (or of a subgraph around one entity)
// indexed by node. Timeline writers take the events the queries package answers with. Nothing
// here opens a store or parses flags; the relgraph command does that.
package export
