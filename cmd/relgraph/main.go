// Command relgraph turns news articles into a relationship knowledge graph stored in Cayley
// and answers questions about it. See README.md.
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
