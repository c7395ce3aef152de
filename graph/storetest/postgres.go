package storetest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PostgresURL is the server the PostgreSQL tests create their databases on
// (RELGRAPH_TEST_POSTGRES, as .ci/postgres.sh exports it). Without it the tests are skipped,
// except in CI, where a missing server is a failure.
func PostgresURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("RELGRAPH_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("RELGRAPH_TEST_POSTGRES is not set in CI; start a server with `. .ci/postgres.sh`")
		}
		tb.Skip("RELGRAPH_TEST_POSTGRES is not set; run `. .ci/postgres.sh` (or point it at postgres://USER@HOST:PORT/DB) to test the PostgreSQL store")
	}
	return u
}

var dbSeq atomic.Int64

// FreshPostgres creates an empty database on the test server, dropped when the test ends,
// and returns its URL.
func FreshPostgres(tb testing.TB) string {
	tb.Helper()
	ctx := context.Background()
	admin := PostgresURL(tb)
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		tb.Fatalf("connect to RELGRAPH_TEST_POSTGRES: %v", err)
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("relgraph_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, dbSeq.Add(1))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("create database: %v", err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			tb.Errorf("drop database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatalf("RELGRAPH_TEST_POSTGRES: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}
