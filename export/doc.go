// Package export writes a relgraph graph, or a timeline of its events, in formats other tools
// read: N-Quads (lossless), JSON-LD with a schema.org context, GraphML, Graphviz DOT and PLOVER
// event records for graphs; CSV, Markdown, TimelineJS, iCalendar and a standalone HTML page for
// timelines.
//
// Graph writers read a Graph: a StoreGraph reads a store node by node, so that JSON-LD,
// GraphML and DOT of a whole store keep in memory only the nodes' identities and one node at a
// time; a Model holds quads in memory indexed by node (a subgraph around one entity, and the
// sorted N-Quads and PLOVER writers); both decode events and articles with graph.DecodeEvent
// and graph.DecodeArticle, the decoder package queries uses. Timeline writers take the events
// the queries package answers with. Nothing
// here opens a store or parses flags; the relgraph command does that.
package export
