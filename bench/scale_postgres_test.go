package bench

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/relgraph/relgraph/graph/storetest"
)

// postgresIngests ingests each of inputs into a new database of the PostgreSQL server that
// RELGRAPH_TEST_POSTGRES names (`. .ci/postgres.sh` starts a throwaway one), when
// RELGRAPH_BENCH_POSTGRES=1 (or only), and logs what each ingest made the server write: its
// write-ahead log and the data pages it wrote out (checkpoints, the background writer and
// the backends), counted by the server's statistics from one checkpoint before the ingest
// to one after it, against the database's size. The counters are the whole server's, so
// the server should run nothing else meanwhile.
func postgresIngests(b *testing.B, bin string, inputs map[int]string, sizes []int) {
	if v := os.Getenv("RELGRAPH_BENCH_POSTGRES"); v != "1" && v != "only" {
		b.Logf("PostgreSQL ingest not measured: set RELGRAPH_BENCH_POSTGRES=1 with a server in RELGRAPH_TEST_POSTGRES (. .ci/postgres.sh)")
		return
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, storetest.PostgresURL(b))
	if err != nil {
		b.Fatalf("connect to RELGRAPH_TEST_POSTGRES: %v", err)
	}
	defer conn.Close(ctx)
	var times [2]result
	for i, n := range sizes {
		db := storetest.FreshPostgres(b)
		cfg, err := pgx.ParseConfig(db)
		if err != nil {
			b.Fatal(err)
		}
		size := func() int64 {
			var n int64
			if err := conn.QueryRow(ctx, "SELECT pg_database_size($1)", cfg.Database).Scan(&n); err != nil {
				b.Fatalf("size of %s: %v", cfg.Database, err)
			}
			return n
		}
		empty := size()
		before := serverWrites(b, ctx, conn)
		r := run(b, bin, "ingest", "--quiet", "--db", db, inputs[n])
		after := serverWrites(b, ctx, conn)
		full := size()
		wal, pages := after.wal-before.wal, after.pages-before.pages
		b.Logf("postgres ingest x%-3d %8.1f s (relgraph cpu %6.1f s)  %8.1f MB written (WAL %.1f, pages %.1f)  database %6.1f MB (%.1f MB empty)  written/database %4.1f",
			n, r.wall.Seconds(), r.cpu.Seconds(), float64(wal+pages)/1e6, float64(wal)/1e6, float64(pages)/1e6,
			float64(full)/1e6, float64(empty)/1e6, float64(wal+pages)/float64(full))
		times[i] = r
		logRelationSizes(b, ctx, db)
	}
	b.Logf("postgres ingest x%d/x1 %.1f in time", sizes[1], float64(times[1].wall)/float64(times[0].wall))
}

// writes is what a PostgreSQL server has written since its statistics were reset: bytes
// of write-ahead log, and bytes of data pages.
type writes struct{ wal, pages int64 }

// serverWrites checkpoints the server, so that the pages an ingest dirtied are written and
// counted, and reads its counters: pg_stat_wal, and pg_stat_io (PostgreSQL 16 and later)
// or pg_stat_bgwriter's buffers written by checkpoints, the background writer and backends.
func serverWrites(b *testing.B, ctx context.Context, conn *pgx.Conn) writes {
	b.Helper()
	if _, err := conn.Exec(ctx, "CHECKPOINT"); err != nil {
		b.Fatalf("checkpoint: %v", err)
	}
	var w writes
	if err := conn.QueryRow(ctx, "SELECT wal_bytes::bigint FROM pg_stat_wal").Scan(&w.wal); err != nil {
		b.Fatalf("read pg_stat_wal: %v", err)
	}
	var version int
	if err := conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&version); err != nil {
		b.Fatal(err)
	}
	q := `SELECT (buffers_checkpoint + buffers_clean + buffers_backend) * current_setting('block_size')::bigint FROM pg_stat_bgwriter`
	if version >= 160000 {
		q = `SELECT coalesce(sum(writes * op_bytes), 0)::bigint FROM pg_stat_io`
	}
	if err := conn.QueryRow(ctx, q).Scan(&w.pages); err != nil {
		b.Fatalf("read the server's page writes: %v", err)
	}
	return w
}

// logRelationSizes logs the largest tables and indexes of the database at url.
func logRelationSizes(b *testing.B, ctx context.Context, url string) {
	b.Helper()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT relname, pg_relation_size(oid) FROM pg_class
WHERE relkind IN ('r', 'i') AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 24`)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var line strings.Builder
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(&line, " %s %.1f", name, float64(n)/1e6)
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	b.Logf("  largest relations (MB):%s", line.String())
}
