# .ci/postgres.sh: start a throwaway PostgreSQL cluster for relgraph's PostgreSQL tests.
#
# Source it from bash (`. .ci/postgres.sh`): it runs initdb in a fresh temporary folder,
# starts the server on 127.0.0.1 at a free port (its unix socket in that folder too),
# creates the database "relgraph" and exports
#
#	RELGRAPH_TEST_POSTGRES=postgres://relgraph@127.0.0.1:PORT/relgraph?sslmode=disable
#
# Stop the server and delete its folder with relgraph_postgres_stop, for example
#
#	. .ci/postgres.sh && trap relgraph_postgres_stop EXIT
#
# Needs the Debian package (apt-get install -y postgresql); nothing else, no running
# cluster. PostgreSQL refuses to run as root, so as root the server runs as the "postgres"
# user the package creates.

relgraph_postgres_stop() {
	if [ -n "${RELGRAPH_PG_DIR:-}" ] && [ -d "$RELGRAPH_PG_DIR" ]; then
		relgraph_pg_run "$RELGRAPH_PG_BIN/pg_ctl" -D "$RELGRAPH_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
		rm -rf "$RELGRAPH_PG_DIR"
	fi
	unset RELGRAPH_PG_DIR RELGRAPH_TEST_POSTGRES
}

# relgraph_pg_run runs a PostgreSQL program as the user that owns the cluster.
relgraph_pg_run() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

relgraph_postgres_start() {
	local bin port tries
	bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$bin" ] && command -v pg_ctl >/dev/null 2>&1; then
		bin=$(dirname "$(command -v pg_ctl)")
	fi
	if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
		echo "postgres.sh: no PostgreSQL server found; apt-get install -y postgresql" >&2
		return 1
	fi
	if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
		echo "postgres.sh: running as root and there is no postgres user to run the server" >&2
		return 1
	fi
	RELGRAPH_PG_BIN=$bin
	RELGRAPH_PG_DIR=$(mktemp -d /tmp/relgraph-pg.XXXXXX) || return 1
	chmod 755 "$RELGRAPH_PG_DIR"
	if [ "$(id -u)" = 0 ]; then
		chown postgres "$RELGRAPH_PG_DIR"
	fi
	if ! relgraph_pg_run "$bin/initdb" -D "$RELGRAPH_PG_DIR/data" -U relgraph -A trust \
		--no-locale -E UTF8 >"$RELGRAPH_PG_DIR/initdb.log" 2>&1; then
		cat "$RELGRAPH_PG_DIR/initdb.log" >&2
		relgraph_postgres_stop
		return 1
	fi
	# A port is free when nothing answers on it; another process may still take it before
	# the server binds, so a failed start tries the next candidate.
	for tries in 1 2 3 4 5 6 7 8; do
		port=$((20000 + RANDOM % 30000))
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			continue
		fi
		if relgraph_pg_run "$bin/pg_ctl" -D "$RELGRAPH_PG_DIR/data" -l "$RELGRAPH_PG_DIR/server.log" -w -t 60 \
			-o "-h 127.0.0.1 -p $port -k $RELGRAPH_PG_DIR -c max_connections=200" start >/dev/null; then
			break
		fi
		port=
	done
	if [ -z "$port" ]; then
		echo "postgres.sh: the server did not start; its log:" >&2
		cat "$RELGRAPH_PG_DIR/server.log" >&2
		relgraph_postgres_stop
		return 1
	fi
	if ! relgraph_pg_run "$bin/createdb" -h "$RELGRAPH_PG_DIR" -p "$port" -U relgraph relgraph; then
		relgraph_postgres_stop
		return 1
	fi
	export RELGRAPH_PG_DIR RELGRAPH_PG_BIN
	export RELGRAPH_TEST_POSTGRES="postgres://relgraph@127.0.0.1:$port/relgraph?sslmode=disable"
	echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $RELGRAPH_TEST_POSTGRES" >&2
}

relgraph_postgres_start
