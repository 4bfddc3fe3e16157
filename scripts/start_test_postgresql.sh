#!/bin/sh
# Starts a throw-away PostgreSQL server on loopback for the test suite and prints its URL.
# Usage: eval "$(scripts/start_test_postgresql.sh)"  -> exports PLANNER_TEST_POSTGRESQL_URL
# Needs Debian's postgresql package (.ci/run installs it). Runs the server as the postgres user
# because PostgreSQL refuses to run as root.
set -eu
port=${PLANNER_TEST_POSTGRESQL_PORT:-54329}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "postgresql is not installed" >&2; exit 1; }
data=${PLANNER_TEST_POSTGRESQL_DATA:-/tmp/planner-test-pg}
run_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
  run_as "$bindir/initdb -D $data -U planner --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! run_as "$bindir/pg_ctl -D $data status" >/dev/null 2>&1; then
  run_as "$bindir/pg_ctl -D $data -l $data/server.log -w -o '-h 127.0.0.1 -p $port -k /tmp -c fsync=off -c full_page_writes=off' start" >/dev/null
fi
echo "export PLANNER_TEST_POSTGRESQL_URL=postgresql+psycopg://planner@127.0.0.1:$port/postgres"
