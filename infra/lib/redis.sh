# shellcheck shell=bash
# Redis: an ephemeral (no persistence) server under $LIVEMART_STATE/redis.

REDIS_DIR() { echo "$LIVEMART_STATE/redis"; }
redis_pidfile() { echo "$(REDIS_DIR)/redis.pid"; }
redis_log() { echo "$(REDIS_DIR)/redis.log"; }
redis_ping() { [[ "$(timeout 3 redis-cli -h "${1:-127.0.0.1}" -p "$LIVEMART_REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

redis_up() {
  if ! is_local_host "$LIVEMART_REDIS_HOST"; then say "  redis: external ($LIVEMART_REDIS_HOST:$LIVEMART_REDIS_PORT), not started"; return 0; fi
  local dir; dir="$(REDIS_DIR)"
  if reuse_or_die Redis "$(redis_pidfile)" "$(redis_log)" "127.0.0.1:$LIVEMART_REDIS_PORT" redis_ping; then ok "Redis already running on 127.0.0.1:$LIVEMART_REDIS_PORT"; return 0; fi
  require_free_port "Redis" "$LIVEMART_REDIS_PORT" LIVEMART_REDIS_PORT
  mkdir -p "$dir"
  info "Redis: starting on 127.0.0.1:$LIVEMART_REDIS_PORT"
  rm -f "$(redis_pidfile)"
  redis-server --bind 127.0.0.1 --port "$LIVEMART_REDIS_PORT" --save "" --appendonly no --dir "$dir" \
    --daemonize yes --pidfile "$(redis_pidfile)" --logfile "$(redis_log)" \
    || { show_log_tail "$(redis_log)"; die "Redis did not start (log: $(redis_log))"; }
  local i; for ((i = 0; i < 50; i++)); do [[ -s "$(redis_pidfile)" ]] && break; sleep 0.1; done
  wait_ready "Redis" 30 "$(redis_log)" "$(redis_pidfile)" redis_ping
  ok "Redis ready on 127.0.0.1:$LIVEMART_REDIS_PORT"
}

redis_down() { stop_pidfile redis "$(redis_pidfile)" TERM 15; }

redis_status() {
  if ! is_local_host "$LIVEMART_REDIS_HOST"; then
    local h="unreachable"; redis_ping "$LIVEMART_REDIS_HOST" && h="PONG"
    status_line redis external "$LIVEMART_REDIS_HOST:$LIVEMART_REDIS_PORT" "ping: $h"; return
  fi
  local pid st="stopped" h="-"
  if pid="$(pid_of "$(redis_pidfile)")"; then st="running (pid $pid)"; fi
  if redis_ping; then h="ping: PONG"; elif [[ "$st" != stopped ]]; then h="ping: no answer"; fi
  status_line redis "$st" "127.0.0.1:$LIVEMART_REDIS_PORT" "$h"
}
