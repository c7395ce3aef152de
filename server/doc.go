// Package server is relgraph's web server: Cayley's web console and its query API (read-only
// unless writes are allowed), the query shape the console draws, JSON endpoints answering
// relgraph's questions (/api/entities, /api/relations, /api/last-contact, /api/timeline) and
// a timeline page of its own, all embedded: the pages load nothing from the network.
//
// It reads the graph through graph.Store and queries; listening, flags and shutdown belong to
// cmd/relgraph's serve command.
package server
