# shellcheck shell=bash
# Shared helpers for ./livemart: configuration, messages, processes, ports, waiting.
# Sourced by ./livemart; expects REPO to be set.

# ---------------------------------------------------------------- configuration
# Every port, URL and credential can be overridden from the environment.
# The credentials below are LOCAL DEMO CREDENTIALS for a loopback-only stack.
livemart_config() {
  export LIVEMART_STATE="${LIVEMART_STATE:-$REPO/.livemart}"

  export LIVEMART_PG_HOST="${LIVEMART_PG_HOST:-127.0.0.1}"
  export LIVEMART_PG_PORT="${LIVEMART_PG_PORT:-15432}"
  export LIVEMART_PG_USER="${LIVEMART_PG_USER:-livemart}"
  export LIVEMART_PG_PASSWORD="${LIVEMART_PG_PASSWORD:-livemart}"
  export LIVEMART_PG_DB="${LIVEMART_PG_DB:-livemart}"
  export LIVEMART_PG_TEST_DB="${LIVEMART_PG_TEST_DB:-livemart_test}"

  export LIVEMART_REDIS_HOST="${LIVEMART_REDIS_HOST:-127.0.0.1}"
  export LIVEMART_REDIS_PORT="${LIVEMART_REDIS_PORT:-16379}"

  export LIVEMART_KEYCLOAK_PORT="${LIVEMART_KEYCLOAK_PORT:-18180}"
  export LIVEMART_KEYCLOAK_URL="${LIVEMART_KEYCLOAK_URL:-http://127.0.0.1:${LIVEMART_KEYCLOAK_PORT}}"
  export LIVEMART_KEYCLOAK_MGMT_PORT="${LIVEMART_KEYCLOAK_MGMT_PORT:-19000}"
  export LIVEMART_KEYCLOAK_REALM="${LIVEMART_KEYCLOAK_REALM:-livemart}"
  export LIVEMART_KEYCLOAK_ADMIN="${LIVEMART_KEYCLOAK_ADMIN:-admin}"
  export LIVEMART_KEYCLOAK_ADMIN_PASSWORD="${LIVEMART_KEYCLOAK_ADMIN_PASSWORD:-admin}"

  export LIVEMART_JANUS_HOST="${LIVEMART_JANUS_HOST:-127.0.0.1}"
  export LIVEMART_JANUS_WS_PORT="${LIVEMART_JANUS_WS_PORT:-18188}"
  export LIVEMART_JANUS_ADMIN_WS_PORT="${LIVEMART_JANUS_ADMIN_WS_PORT:-17188}"
  export LIVEMART_JANUS_API_SECRET="${LIVEMART_JANUS_API_SECRET:-livemart-local-janus-api}"
  export LIVEMART_JANUS_ADMIN_SECRET="${LIVEMART_JANUS_ADMIN_SECRET:-livemart-local-janus-admin}"
  export LIVEMART_JANUS_ROOM_ADMIN_KEY="${LIVEMART_JANUS_ROOM_ADMIN_KEY:-livemart-local-room-key}"
  export LIVEMART_JANUS_RTP_PORT_RANGE="${LIVEMART_JANUS_RTP_PORT_RANGE:-20000-40000}"
  export LIVEMART_JANUS_ICE_ENFORCE_LIST="${LIVEMART_JANUS_ICE_ENFORCE_LIST:-}"

  export LIVEMART_HTTP_PORT="${LIVEMART_HTTP_PORT:-18080}"
  export LIVEMART_TEST_HTTP_PORT="${LIVEMART_TEST_HTTP_PORT:-18081}"

  # Not exported: tooling knobs.
  KEYCLOAK_VERSION="26.7.3"
  PG_BIN="${LIVEMART_PG_BIN:-$(find_pg_bin)}"
  KC_HOME="$LIVEMART_STATE/keycloak/keycloak-$KEYCLOAK_VERSION"
}

# The Keycloak port as seen from LIVEMART_KEYCLOAK_URL (which may have been set directly).
keycloak_host() { local h="${LIVEMART_KEYCLOAK_URL#*://}"; h="${h%%/*}"; echo "${h%:*}"; }

find_pg_bin() {
  if [[ -x /usr/lib/postgresql/15/bin/postgres ]]; then echo /usr/lib/postgresql/15/bin; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  echo "${d:-/usr/lib/postgresql/15/bin}"
}

# ---------------------------------------------------------------- messages
if [[ -t 1 ]]; then C_B=$'\e[1m'; C_G=$'\e[32m'; C_Y=$'\e[33m'; C_R=$'\e[31m'; C_0=$'\e[0m'
else C_B=""; C_G=""; C_Y=""; C_R=""; C_0=""; fi
say()  { printf '%s\n' "$*"; }
info() { printf '%s==>%s %s\n' "$C_B" "$C_0" "$*"; }
ok()   { printf '%s  ok%s %s\n' "$C_G" "$C_0" "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_Y" "$C_0" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$C_R" "$C_0" "$*" >&2; exit 1; }

# Print the last lines of a log file to stderr (used when something fails to start).
show_log_tail() {
  local log="$1" n="${2:-40}"
  if [[ -s "$log" ]]; then
    printf -- '--- last %s lines of %s ---\n' "$n" "$log" >&2
    tail -n "$n" "$log" >&2
    printf -- '---\n' >&2
  fi
}

# ---------------------------------------------------------------- hosts and ports
is_local_host() { case "$1" in 127.0.0.1|localhost|::1|"") return 0 ;; *) return 1 ;; esac; }

# True if something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  local port="$1" host="${2:-127.0.0.1}"
  timeout 2 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null
}

# Stop with a clear message if PORT is taken by something that is not ours.
require_free_port() {
  local component="$1" port="$2" var="$3"
  if port_open "$port"; then
    die "$component: port $port is in use by another process; set $var to another port"
  fi
}

http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }

# ---------------------------------------------------------------- processes
# pid_of PIDFILE -> prints the pid if the file exists and the process is alive.
pid_of() {
  local f="$1" pid
  [[ -f "$f" ]] || return 1
  pid="$(head -n 1 "$f" 2>/dev/null | tr -dc '0-9')"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# Start a command detached in its own session (so Ctrl-C on ./livemart does not reach it),
# output to LOG, pid (= process group id) to PIDFILE. Environment is inherited.
spawn() {
  local pidfile="$1" log="$2"; shift 2
  : >>"$log"
  printf '\n===== %s: %s\n' "$(date '+%F %T')" "$*" >>"$log"
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# Stop the process in PIDFILE (and its process group if it leads one): SIG, wait, KILL.
stop_pidfile() {
  local name="$1" pidfile="$2" sig="${3:-TERM}" wait_s="${4:-30}" pid target i
  if ! pid="$(pid_of "$pidfile")"; then
    rm -f "$pidfile"; say "  $name: not running"; return 0
  fi
  target="$pid"
  [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]] && target="-$pid"
  kill "-$sig" -- "$target" 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) did not stop within ${wait_s}s; sending KILL"
    kill -KILL -- "$target" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$pidfile"
  say "  $name: stopped (pid $pid)"
}

# wait_ready NAME TIMEOUT_S LOG PIDFILE CHECK...  — polls CHECK until it succeeds.
# Fails fast if the process in PIDFILE dies; on failure prints the last log lines and exits.
wait_ready() {
  local name="$1" timeout_s="$2" log="$3" pidfile="$4"; shift 4
  local start=$SECONDS
  while ! "$@" >/dev/null 2>&1; do
    if [[ -n "$pidfile" ]] && ! pid_of "$pidfile" >/dev/null; then
      show_log_tail "$log"
      die "$name exited while starting (log: $log)"
    fi
    if ((SECONDS - start >= timeout_s)); then
      show_log_tail "$log"
      die "$name was not ready after ${timeout_s}s (log: $log)"
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------- templates
# render TEMPLATE OUT NAME=VALUE... — replaces @NAME@ with VALUE (no sed escaping issues).
render() {
  local tmpl="$1" out="$2" content kv; shift 2
  content="$(<"$tmpl")"
  for kv in "$@"; do content="${content//@${kv%%=*}@/${kv#*=}}"; done
  if [[ "$content" =~ @[A-Z_]+@ ]]; then die "unrendered placeholder ${BASH_REMATCH[0]} in $tmpl"; fi
  printf '%s\n' "$content" >"$out"
}

# ---------------------------------------------------------------- packages
APT_UPDATED=0
apt_install() {
  (($# == 0)) && return 0
  ((EUID == 0)) || die "missing packages ($*) and not root: install them with apt-get, then retry"
  info "installing: $*"
  export DEBIAN_FRONTEND=noninteractive
  if ((APT_UPDATED == 0)); then apt-get update -q >/dev/null; APT_UPDATED=1; fi
  apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# Our process (from this state folder) is alive: give it a moment to be healthy, otherwise stop
# rather than start a second copy (which would orphan the first).
# reuse_or_die NAME PIDFILE LOG PORTDESC CHECK...
reuse_or_die() {
  local name="$1" pidfile="$2" log="$3" where="$4"; shift 4
  local i pid
  pid="$(pid_of "$pidfile")" || return 1
  for ((i = 0; i < 15; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  show_log_tail "$log" 15
  die "$name (pid $pid, started from $LIVEMART_STATE) is running but not healthy on $where. Was its port changed? Run ./livemart down, then up again"
}
