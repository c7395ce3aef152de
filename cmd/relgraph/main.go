// Command relgraph turns news articles into a relationship knowledge graph stored in Cayley
// and answers questions about it. See README.md.
//
// Each command lives in its own cmd_*.go beside its test, built by a constructor that
// newRootCommand registers; answers go to IOStreams.Out and notices to ErrOut; errors map to
// exit codes in errors.go, the only place that decides them. The work itself is done by
// packages ingest, graph, queries, export and server; this package only parses flags, opens
// the store and renders answers.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(runMain())
}

// runMain runs relgraph on the process's arguments and streams, with a context that Ctrl-C
// (or SIGTERM) cancels.
func runMain() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, os.Args[1:], systemStreams())
}
