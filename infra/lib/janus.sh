# shellcheck shell=bash
# Janus: the Debian package's binary with a private configuration rendered from infra/janus/
# into $LIVEMART_STATE/janus/conf, and private module folders holding only the videoroom plugin
# and the WebSocket transport.

JANUS_DIR() { echo "$LIVEMART_STATE/janus"; }
janus_pidfile() { echo "$(JANUS_DIR)/janus.pid"; }
janus_log() { echo "$(JANUS_DIR)/janus.log"; }
JANUS_MODULES="${LIVEMART_JANUS_MODULES:-/usr/lib/x86_64-linux-gnu/janus}"

janus_ready() { port_open "$LIVEMART_JANUS_WS_PORT" && port_open "$LIVEMART_JANUS_ADMIN_WS_PORT"; }

janus_check_value() { # Janus config strings are double-quoted: keep values simple
  [[ "$2" != *[\"\\]* && "$2" != *$'\n'* ]] || die "Janus: $1 must not contain quotes, backslashes or newlines"
}

janus_render_config() {
  local dir conf lib ice_line="" kind f
  dir="$(JANUS_DIR)"; conf="$dir/conf"; lib="$dir/lib"
  [[ -d "$JANUS_MODULES" ]] || die "Janus: module folder $JANUS_MODULES not found (set LIVEMART_JANUS_MODULES)"
  janus_check_value LIVEMART_JANUS_API_SECRET "$LIVEMART_JANUS_API_SECRET"
  janus_check_value LIVEMART_JANUS_ADMIN_SECRET "$LIVEMART_JANUS_ADMIN_SECRET"
  janus_check_value LIVEMART_JANUS_ROOM_ADMIN_KEY "$LIVEMART_JANUS_ROOM_ADMIN_KEY"
  janus_check_value LIVEMART_JANUS_ICE_ENFORCE_LIST "$LIVEMART_JANUS_ICE_ENFORCE_LIST"
  [[ "$LIVEMART_JANUS_RTP_PORT_RANGE" =~ ^[0-9]+-[0-9]+$ ]] || die "Janus: LIVEMART_JANUS_RTP_PORT_RANGE must look like 20000-40000"

  rm -rf "$conf" "$lib"
  mkdir -p "$conf"
  for kind in plugins transports events loggers; do mkdir -p "$lib/$kind"; done
  for f in plugins/libjanus_videoroom.so transports/libjanus_websockets.so; do
    [[ -e "$JANUS_MODULES/$f" ]] || die "Janus: $JANUS_MODULES/$f not found (is the janus package installed?)"
    ln -s "$JANUS_MODULES/$f" "$lib/$f"
  done
  [[ -n "$LIVEMART_JANUS_ICE_ENFORCE_LIST" ]] && ice_line="	ice_enforce_list = \"$LIVEMART_JANUS_ICE_ENFORCE_LIST\""

  render "$REPO/infra/janus/janus.jcfg.tmpl" "$conf/janus.jcfg" \
    "CONF_DIR=$conf" "LIB_DIR=$lib" "API_SECRET=$LIVEMART_JANUS_API_SECRET" \
    "ADMIN_SECRET=$LIVEMART_JANUS_ADMIN_SECRET" "RTP_PORT_RANGE=$LIVEMART_JANUS_RTP_PORT_RANGE" \
    "ICE_ENFORCE_LINE=$ice_line"
  render "$REPO/infra/janus/janus.transport.websockets.jcfg.tmpl" "$conf/janus.transport.websockets.jcfg" \
    "WS_PORT=$LIVEMART_JANUS_WS_PORT" "ADMIN_WS_PORT=$LIVEMART_JANUS_ADMIN_WS_PORT" "WS_IP=${JANUS_BIND_IP:-127.0.0.1}"
  render "$REPO/infra/janus/janus.plugin.videoroom.jcfg.tmpl" "$conf/janus.plugin.videoroom.jcfg" \
    "ROOM_ADMIN_KEY=$LIVEMART_JANUS_ROOM_ADMIN_KEY"
  chmod 600 "$conf"/*.jcfg
}

janus_up() {
  if ! is_local_host "$LIVEMART_JANUS_HOST"; then say "  janus: external ($LIVEMART_JANUS_HOST:$LIVEMART_JANUS_WS_PORT), not started"; return 0; fi
  local dir; dir="$(JANUS_DIR)"
  if reuse_or_die Janus "$(janus_pidfile)" "$(janus_log)" "ws port $LIVEMART_JANUS_WS_PORT" janus_ready; then ok "Janus already running on ws://127.0.0.1:$LIVEMART_JANUS_WS_PORT"; return 0; fi
  require_free_port "Janus" "$LIVEMART_JANUS_WS_PORT" LIVEMART_JANUS_WS_PORT
  require_free_port "Janus (admin)" "$LIVEMART_JANUS_ADMIN_WS_PORT" LIVEMART_JANUS_ADMIN_WS_PORT
  mkdir -p "$dir"
  janus_render_config
  info "Janus: starting on ws://127.0.0.1:$LIVEMART_JANUS_WS_PORT (admin ws $LIVEMART_JANUS_ADMIN_WS_PORT)"
  spawn "$(janus_pidfile)" "$(janus_log)" janus -C "$dir/conf/janus.jcfg" -F "$dir/conf"
  wait_ready "Janus" 30 "$(janus_log)" "$(janus_pidfile)" janus_ready
  ok "Janus ready on ws://127.0.0.1:$LIVEMART_JANUS_WS_PORT"
}

janus_down() { stop_pidfile janus "$(janus_pidfile)" TERM 15; }

janus_status() {
  if ! is_local_host "$LIVEMART_JANUS_HOST"; then
    local h="unreachable"; port_open "$LIVEMART_JANUS_WS_PORT" "$LIVEMART_JANUS_HOST" && h="ws port open"
    status_line janus external "$LIVEMART_JANUS_HOST:$LIVEMART_JANUS_WS_PORT" "$h"; return
  fi
  local pid st="stopped" h="-"
  if pid="$(pid_of "$(janus_pidfile)")"; then st="running (pid $pid)"; fi
  if port_open "$LIVEMART_JANUS_WS_PORT"; then h="ws port open"; elif [[ "$st" != stopped ]]; then h="ws port closed"; fi
  status_line janus "$st" "127.0.0.1:$LIVEMART_JANUS_WS_PORT (admin $LIVEMART_JANUS_ADMIN_WS_PORT)" "$h"
}
