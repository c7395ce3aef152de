package main

import (
	"context"
	"fmt"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/server"
)

// openServed handles a store found locked: when a relgraph serve holds it (it leaves a
// server.ServeInfo beside the store), the command gets a server.RemoteStore, so that every
// read command answers through the server, and ingest and import write through a server
// started with --allow-writes (it answers with the new articles at once); a writer beside
// a read-only server gets an error saying what to do. Otherwise the lock error stands.
func (g *globalOptions) openServed(ctx context.Context, readOnly bool, lockErr error) (graph.Store, error) {
	loc, err := graph.ParseLocation(g.DB)
	if err != nil || !loc.Embedded() {
		return nil, lockErr
	}
	info, err := server.FindServer(ctx, loc.Address)
	if err != nil {
		return nil, lockErr
	}
	if !readOnly && !info.Writes {
		return nil, &servedError{db: g.DB, info: info}
	}
	verb := "asking"
	if !readOnly {
		verb = "writing through"
	}
	fmt.Fprintf(g.io.ErrOut, "relgraph: %s is held by relgraph serve (pid %d); %s it at %s\n", g.DB, info.PID, verb, info.URL)
	return server.NewRemoteStore(info), nil
}

// servedError is a write to a store that a relgraph serve holds.
type servedError struct {
	db   string
	info server.ServeInfo
}

func (e *servedError) Error() string {
	return fmt.Sprintf("open %s: %v (pid %d, %s), read-only; stop it (Ctrl-C where it runs, or kill %d), run this command again, then start relgraph serve again; or restart it with --allow-writes --token-file FILE, and this command writes through it",
		e.db, server.ErrServed, e.info.PID, e.info.URL, e.info.PID)
}

func (e *servedError) Unwrap() []error { return []error{server.ErrServed, graph.ErrLocked} }
