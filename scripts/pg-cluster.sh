#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, CI and benches: initdb into a folder, listen on
# 127.0.0.1 on a free port, trust local connections, print the URL.
#
#   url=$(bash scripts/pg-cluster.sh start /tmp/pgdata)   # prints postgres://casefile@127.0.0.1:PORT/postgres
#   bash scripts/pg-cluster.sh stop /tmp/pgdata           # stops it and removes the folder
#
# Uses Debian's server binaries (apt-get install postgresql) from /usr/lib/postgresql/*/bin,
# or initdb on PATH. PostgreSQL refuses to run as root, so as root the cluster runs as the
# `postgres` user the Debian package creates. Extra server settings: PG_CLUSTER_OPTS, e.g.
# PG_CLUSTER_OPTS="-c fsync=off" for tests that need no durability.
set -euo pipefail

bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

# Runs a command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  if ! id postgres >/dev/null 2>&1; then
    echo "pg-cluster: running as root and there is no postgres user to run the server as" >&2
    return 69
  fi
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

cmd="${1:-}"
dir="${2:-}"
case "$cmd" in
  available)
    bindir >/dev/null 2>&1 && { [ "$(id -u)" -ne 0 ] || id postgres >/dev/null 2>&1; }
    ;;
  start)
    [ -n "$dir" ] || { echo "usage: pg-cluster.sh start DIR" >&2; exit 64; }
    bin=$(bindir) || { echo "pg-cluster: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 69; }
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U casefile --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$dir/data" -U casefile --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 70; }
    for attempt in 1 2 3 4 5; do
      port=$(free_port)
      # shellcheck disable=SC2086
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200 ${PG_CLUSTER_OPTS:-}" start >/dev/null 2>&1; then
        echo "postgres://casefile@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    echo "pg-cluster: the server did not start; see $dir/server.log" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    exit 70
    ;;
  stop)
    [ -n "$dir" ] || { echo "usage: pg-cluster.sh stop DIR" >&2; exit 64; }
    if [ -d "$dir/data" ] && bin=$(bindir); then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-cluster.sh start|stop DIR | available" >&2
    exit 64
    ;;
esac
