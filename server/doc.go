// Package server is relgraph's web server: Cayley's web console and its query API (read-only
// unless writes are allowed), the query shape the console draws, JSON endpoints answering
// relgraph's questions (/api/entities, /api/relations, /api/last-contact, /api/timeline) and
// a timeline page of its own, all embedded: the pages load nothing from the network.
//
// Every request passes the guards of guard.go first, so that the server is safe to leave
// running on a laptop: no page on another site can change or query it through the browser
// (JSON body types, same Origin, a Host that names the server), a token when one is set, and
// bodies capped after decompression. These are a few lines on net/http rather than a CSRF
// library, since the server keeps no session and needs no form tokens.
//
// Other relgraph processes read (and, with AllowWrites, write) the store the server holds
// through its store API (store_api.go) with RemoteStore (client.go), which finds the server
// through the ServeInfo file beside the store: an embedded store has one owner at a time.
//
// Cayley's write API writes through graph.Store, so that relgraph's indexes follow, and its
// deletions stop short of relgraph's model (cayley_write.go).
//
// It reads the graph through graph.Store and queries; listening, flags and shutdown belong to
// cmd/relgraph's serve command.
package server
