// Package queries answers relationship questions from a graph.Store: who did what with whom
// (Relations), when two actors last spoke (LastContact), an entity's Timeline, Entities and
// their profiles (Show), and Gizmo queries. It reads only through graph.Store and returns
// plain Go values with stable JSON shapes; rendering them as tables or files is the CLI's job.
// A stored event's properties are read by graph.DecodeEvent, as export reads them; Engines
// that answer many users at once share what they decode through a Shared (shared.go), which
// also makes them wait for one another rather than decode the same events twice.
//
// Gizmo queries are untrusted JavaScript. gizmo_limits.go bounds their source before it is
// parsed; gizmo_run.go bounds their run (a GizmoRunner: concurrent queries, a heap budget per
// query and per process, regexp2 matches that end), and gizmo_guards.go the builtins that
// could allocate without bound inside one call. goja and regexp2 are used as Cayley ships them:
// the bounds wrap them from outside, so that both can be upgraded with Cayley.
package queries
