// Package queries answers relationship questions from a graph.Store: who did what with whom
// (Relations), when two actors last spoke (LastContact), an entity's Timeline, Entities and
// their profiles (Show), and Gizmo queries. It reads only through graph.Store and returns
// plain Go values with stable JSON shapes; rendering them as tables or files is the CLI's job.
package queries
