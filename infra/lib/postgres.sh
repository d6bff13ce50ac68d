# shellcheck shell=bash
# PostgreSQL: a private cluster under $LIVEMART_STATE/postgres, run as user postgres.

PG_DIR() { echo "$LIVEMART_STATE/postgres"; }
pg_pidfile() { echo "$(PG_DIR)/data/postmaster.pid"; }
pg_log() { echo "$(PG_DIR)/postgres.log"; }
as_postgres() { runuser -u postgres -- "$@"; }

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$LIVEMART_PG_PORT" -t 2; }

pg_init() {
  local dir; dir="$(PG_DIR)"
  id postgres >/dev/null 2>&1 || die "PostgreSQL: user 'postgres' does not exist (is the postgresql package installed?)"
  mkdir -p "$dir/run"
  chown postgres:postgres "$dir" "$dir/run"
  chmod 700 "$dir"
  if ! as_postgres test -w "$dir"; then
    die "PostgreSQL: user 'postgres' cannot reach $dir (a parent folder is not traversable, e.g. /root). Set LIVEMART_STATE to a folder it can reach, e.g. /var/tmp/livemart"
  fi
  [[ -f "$dir/data/PG_VERSION" ]] && return 0
  info "PostgreSQL: creating a cluster in $dir/data"
  : >"$(pg_log)"; chown postgres:postgres "$(pg_log)"
  as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --no-locale \
    --auth-local=peer --auth-host=scram-sha-256 >>"$(pg_log)" 2>&1 \
    || { show_log_tail "$(pg_log)"; die "PostgreSQL: initdb failed"; }
  # Only loopback, password (scram) over TCP; the superuser only over the private socket.
  cat >"$dir/data/pg_hba.conf" <<HBA
# LiveMart local stack (written by ./livemart)
local   all   postgres                 peer
local   all   all                      scram-sha-256
host    all   all      127.0.0.1/32    scram-sha-256
host    all   all      ::1/128         scram-sha-256
HBA
  chown postgres:postgres "$dir/data/pg_hba.conf"
}

# Role and databases, idempotent; the password is (re)set so overrides take effect.
pg_provision() {
  local dir; dir="$(PG_DIR)"
  as_postgres "$PG_BIN/psql" -q -X -h "$dir/run" -p "$LIVEMART_PG_PORT" -d postgres -v ON_ERROR_STOP=1 \
    -v user="$LIVEMART_PG_USER" -v pw="$LIVEMART_PG_PASSWORD" \
    -v db="$LIVEMART_PG_DB" -v testdb="$LIVEMART_PG_TEST_DB" >/dev/null <<'SQL' \
    || die "PostgreSQL: could not create role/databases"
SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'user') FROM unnest(ARRAY[:'db', :'testdb']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
}

pg_up() {
  if ! is_local_host "$LIVEMART_PG_HOST"; then say "  postgres: external ($LIVEMART_PG_HOST:$LIVEMART_PG_PORT), not started"; return 0; fi
  local dir; dir="$(PG_DIR)"
  if reuse_or_die PostgreSQL "$(pg_pidfile)" "$(pg_log)" "127.0.0.1:$LIVEMART_PG_PORT" pg_ready; then
    pg_provision; ok "PostgreSQL already running on 127.0.0.1:$LIVEMART_PG_PORT"; return 0
  fi
  require_free_port "PostgreSQL" "$LIVEMART_PG_PORT" LIVEMART_PG_PORT
  pg_init
  info "PostgreSQL: starting on 127.0.0.1:$LIVEMART_PG_PORT"
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$(pg_log)" -w -t 60 -s \
    -o "-c listen_addresses=127.0.0.1 -p $LIVEMART_PG_PORT -k $dir/run" start \
    || { show_log_tail "$(pg_log)"; die "PostgreSQL did not start (log: $(pg_log))"; }
  wait_ready "PostgreSQL" 30 "$(pg_log)" "$(pg_pidfile)" pg_ready
  pg_provision
  ok "PostgreSQL ready on 127.0.0.1:$LIVEMART_PG_PORT (databases $LIVEMART_PG_DB, $LIVEMART_PG_TEST_DB)"
}

pg_down() {
  local dir; dir="$(PG_DIR)"
  if pid_of "$(pg_pidfile)" >/dev/null; then
    # fast shutdown (SIGINT): does not wait for clients to disconnect
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 -s stop >/dev/null 2>&1 || true
  fi
  if pid_of "$(pg_pidfile)" >/dev/null; then
    stop_pidfile postgres "$(pg_pidfile)" INT 20
  else
    say "  postgres: stopped"
  fi
}

pg_status() {
  if ! is_local_host "$LIVEMART_PG_HOST"; then
    local h="unreachable"; "$PG_BIN/pg_isready" -q -h "$LIVEMART_PG_HOST" -p "$LIVEMART_PG_PORT" -t 2 2>/dev/null && h="ok"
    status_line postgres external "$LIVEMART_PG_HOST:$LIVEMART_PG_PORT" "pg_isready: $h"; return
  fi
  local pid st="stopped" h="-"
  if pid="$(pid_of "$(pg_pidfile)")"; then st="running (pid $pid)"; fi
  if pg_ready 2>/dev/null; then h="pg_isready: ok"; elif [[ "$st" != stopped ]]; then h="pg_isready: not accepting"; fi
  status_line postgres "$st" "127.0.0.1:$LIVEMART_PG_PORT" "$h"
}
