package main

import (
	"context"
	"fmt"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/server"
)

// openServed handles a store found locked: when a relgraph serve holds it (it leaves a
// server.ServeInfo beside the store), a read-only open returns a server.RemoteStore, so
// that every read command answers through the server; a writer gets an error saying how
// to write (stop the server, run the command, start it again). Otherwise the lock error
// stands.
func (g *globalOptions) openServed(ctx context.Context, readOnly bool, lockErr error) (graph.Store, error) {
	loc, err := graph.ParseLocation(g.DB)
	if err != nil || !loc.Embedded() {
		return nil, lockErr
	}
	info, err := server.FindServer(ctx, loc.Address)
	if err != nil {
		return nil, lockErr
	}
	if !readOnly {
		return nil, &servedError{db: g.DB, info: info}
	}
	fmt.Fprintf(g.io.ErrOut, "relgraph: %s is held by relgraph serve (pid %d); asking it at %s\n", g.DB, info.PID, info.URL)
	return server.NewRemoteStore(info), nil
}

// servedError is a write to a store that a relgraph serve holds.
type servedError struct {
	db   string
	info server.ServeInfo
}

func (e *servedError) Error() string {
	return fmt.Sprintf("open %s: %v (pid %d, %s) and only it can write there; stop it (Ctrl-C where it runs, or kill %d), run this command again, then start relgraph serve again",
		e.db, server.ErrServed, e.info.PID, e.info.URL, e.info.PID)
}

func (e *servedError) Unwrap() []error { return []error{server.ErrServed, graph.ErrLocked} }
