package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/relgraph/relgraph/graph"
	"github.com/relgraph/relgraph/queries"
	"github.com/relgraph/relgraph/server"
)

type serveOptions struct {
	g            *globalOptions
	addr         string
	public       bool
	allowWrites  bool
	queryTimeout time.Duration
	limit        int
	maxQueries   int
	queryMemory  int64
	totalMemory  int64
	token        string
	tokenFile    string
	allowedHosts []string
}

func newServeCommand(g *globalOptions) *cobra.Command {
	opts := &serveOptions{g: g}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web console, the query API and an event timeline over HTTP",
		Long: `serve answers on --addr with:
  /                       Cayley's web console (Gizmo queries, query shape, visualizer)
  /timeline               an entity's events on a date axis, filterable, each with its sentence
  /api/v2/query?lang=gizmo  Cayley's query API (POST the query)
  /api/entities?q=NAME    entities whose name, alias or id contains NAME
  /api/relations?a=A&b=B&type=DEMAND&from=2025&to=2025-06   as relgraph relations --format json
  /api/last-contact?a=A&b=B                                   as relgraph last-contact --format json
  /api/timeline?entity=A&with=B&offset=0&limit=100            the entity and its events, a page at a time
  /api/show?entity=A&top=10                                   as relgraph show --format json
  /api/neighbors?entity=A&type=person                         as relgraph neighbors --format json

While it runs, the other relgraph commands on the same --db still answer: the store is the
server's alone, so they find its address beside the store and ask it. ingest and import write
through a server started with --allow-writes, which answers with the new articles at once;
beside a read-only one they say what to do.

It is read-only unless --allow-writes: /api/v2/write and the deletes answer 403. It listens on
loopback unless --public, since the API runs any Gizmo query it is sent. --allow-writes and
--public need a token (--token, or --token-file to keep it out of the process list): every
/api/ request must then carry "Authorization: Bearer TOKEN", or, in a browser, open
/?token=TOKEN once and a cookie keeps it. No web page on another site can use the server: a
request other than GET needs a JSON body type (or a quad format's for the writes) and no
foreign Origin, and a Host that is not localhost, an IP address or an --allowed-host (a
reverse proxy's name) is refused. Bodies are capped at 1 MiB decompressed.

Each Gizmo query stops after --query-timeout, even in a runaway loop, or past --query-memory
(the largest one when the server's queries together pass --total-query-memory); at most
--max-queries run at once, more are answered 503. A query returns at most --limit results
(/api/v2/read at most --limit quads; relgraph export writes them all). A request body slower
than 30s to arrive is answered 408. Ctrl-C or SIGTERM stops it after the requests in flight finish.` + exitCodesHelp,
		Example: `  relgraph serve
  relgraph serve --db news.db --addr 127.0.0.1:8080
  relgraph serve --addr 0.0.0.0:64210 --public --token-file ~/.relgraph-token --query-timeout 10s
  relgraph serve --allow-writes --token-file ~/.relgraph-token --allowed-host graph.example.org`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:64210", "address to listen on")
	cmd.Flags().BoolVar(&opts.public, "public", false, "allow an --addr that is not loopback")
	cmd.Flags().BoolVar(&opts.allowWrites, "allow-writes", false, "let /api/v2/write and the delete endpoints change the store")
	cmd.Flags().DurationVar(&opts.queryTimeout, "query-timeout", 30*time.Second, "stop each query after this long")
	cmd.Flags().IntVar(&opts.limit, "limit", 1000, "return at most this many results from a Gizmo query, or quads from /api/v2/read")
	cmd.Flags().IntVar(&opts.maxQueries, "max-queries", queries.DefaultMaxConcurrent, "run at most this many Gizmo queries at once; more are answered 503")
	cmd.Flags().Int64Var(&opts.queryMemory, "query-memory", queries.DefaultQueryMemory>>20, "stop a Gizmo query that takes more than this many MiB of memory")
	cmd.Flags().Int64Var(&opts.totalMemory, "total-query-memory", queries.DefaultTotalMemory>>20, "stop the largest Gizmo query when the server's memory passes this many MiB")
	cmd.Flags().StringVar(&opts.token, "token", "", "require this token of every /api/ request (needed with --allow-writes and --public)")
	cmd.Flags().StringVar(&opts.tokenFile, "token-file", "", "read the token from the first line of this file")
	cmd.Flags().StringSliceVar(&opts.allowedHosts, "allowed-host", nil, "accept requests whose Host is this name too, e.g. a reverse proxy's (repeatable)")
	return cmd
}

// checkLoopback refuses an address other machines could reach unless public is set.
func checkLoopback(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("--addr %q: want HOST:PORT, e.g. 127.0.0.1:64210", addr)
	}
	if public {
		return nil
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	if host == "" {
		host = "every interface"
	}
	return usagef("--addr %s listens on %s, where other machines can run queries on the graph; use a loopback address such as 127.0.0.1, or add --public", addr, host)
}

// readToken returns the token of --token or --token-file, and refuses to go without one
// where anyone else could use the server: with --allow-writes (any program or page on this
// machine could change the graph) or --public (any machine could query it).
func (opts *serveOptions) readToken() (string, error) {
	tok := opts.token
	if opts.tokenFile != "" {
		if tok != "" {
			return "", usagef("--token and --token-file: give one")
		}
		b, err := os.ReadFile(opts.tokenFile)
		if err != nil {
			return "", fmt.Errorf("--token-file: %w", err)
		}
		tok, _, _ = strings.Cut(string(b), "\n")
		tok = strings.TrimSpace(tok)
		if tok == "" {
			return "", usagef("--token-file %s: its first line is empty; write the token there", opts.tokenFile)
		}
	}
	if tok != "" && len(tok) < 16 {
		return "", usagef("the token is %d characters; use at least 16, e.g. from: head -c 24 /dev/urandom | base64", len(tok))
	}
	if tok == "" {
		switch {
		case opts.allowWrites:
			return "", usagef("--allow-writes needs --token or --token-file, or any program or web page on this machine could change the graph; e.g. head -c 24 /dev/urandom | base64 > ~/.relgraph-token and add --token-file ~/.relgraph-token")
		case opts.public:
			return "", usagef("--public needs --token or --token-file, or any machine that reaches --addr could query the graph; e.g. head -c 24 /dev/urandom | base64 > ~/.relgraph-token and add --token-file ~/.relgraph-token")
		}
	}
	return tok, nil
}

func runServe(ctx context.Context, opts *serveOptions) error {
	if err := checkLoopback(opts.addr, opts.public); err != nil {
		return err
	}
	if opts.queryTimeout <= 0 {
		return usagef("--query-timeout %v: want a positive duration", opts.queryTimeout)
	}
	if opts.limit <= 0 {
		return usagef("--limit %d: want a positive number", opts.limit)
	}
	if opts.maxQueries <= 0 || opts.queryMemory <= 0 || opts.totalMemory < opts.queryMemory {
		return usagef("--max-queries %d, --query-memory %d, --total-query-memory %d: want positive numbers, the total at least one query's",
			opts.maxQueries, opts.queryMemory, opts.totalMemory)
	}
	token, err := opts.readToken()
	if err != nil {
		return err
	}
	store, err := opts.g.openStore(ctx, !opts.allowWrites)
	if err != nil {
		return err
	}
	defer store.Close()
	// An embedded store that this process holds changes only through it, so requests may
	// share what they decode; a database other processes write may change under it.
	loc, _ := graph.ParseLocation(opts.g.DB)
	_, remote := store.(*server.RemoteStore)
	h, err := server.New(server.Config{Store: store, QueryTimeout: opts.queryTimeout, Limit: opts.limit,
		AllowWrites: opts.allowWrites, Token: token, AllowedHosts: opts.allowedHosts,
		MaxQueries: opts.maxQueries, QueryMemory: opts.queryMemory << 20, TotalMemory: opts.totalMemory << 20,
		ShareWork: loc.Embedded() && !remote})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w; is another relgraph serve running? use --addr", opts.addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		// The handler gives the body its own 30s once the headers are in.
		ReadTimeout: 40 * time.Second,
		// A query may take the whole --query-timeout; leave room to write its answer.
		WriteTimeout: opts.queryTimeout + 30*time.Second,
		IdleTimeout:  2 * time.Minute,
	}
	addr := ln.Addr().String()
	// Other relgraph processes find the store locked; this tells them who holds it and
	// where to ask (see openServed).
	if loc, err := graph.ParseLocation(opts.g.DB); err == nil && loc.Embedded() {
		remove, err := server.WriteServeFile(loc.Address, server.ServeInfo{
			URL: server.DialURL(addr), PID: os.Getpid(), Token: token, Writes: opts.allowWrites})
		if err != nil {
			fmt.Fprintf(opts.g.io.ErrOut, "relgraph: warning: %v; other relgraph commands on %s will find it locked\n", err, opts.g.DB)
		} else {
			defer remove()
		}
	}
	mode := "read-only"
	if opts.allowWrites {
		mode = "writes allowed"
	}
	fmt.Fprintf(opts.g.io.ErrOut, "relgraph: serving %s (%s) on http://%s/ (timeline at /timeline); Ctrl-C stops\n", opts.g.DB, mode, addr)
	if token != "" {
		fmt.Fprintf(opts.g.io.ErrOut, "relgraph: requests need the token; in a browser, open http://%s/?token=TOKEN once\n", addr)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	fmt.Fprintln(opts.g.io.ErrOut, "relgraph: stopping; finishing the requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), opts.queryTimeout+5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
