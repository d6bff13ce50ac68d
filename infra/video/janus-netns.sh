#!/usr/bin/env bash
# A throwaway Janus inside a network namespace made for browser tests and the video benchmark.
#
#   infra/video/janus-netns.sh up       create the namespace and start Janus in it; prints its ws:// URL last
#   infra/video/janus-netns.sh restart  restart that Janus (rooms and sessions vanish, as in a crash)
#   infra/video/janus-netns.sh down     stop Janus and delete the namespace (and its veth pair)
#   infra/video/janus-netns.sh url      print the ws:// URL
#
# Why: Janus never offers loopback addresses as ICE candidates, so a browser and Janus on one machine
# need another interface between them. The namespace holds only Janus and one end of a veth pair with
# an address from 198.18.0.0/15 (benchmarking range, never routed); the host keeps the other end, so the
# browser and the app, on the host, reach Janus's API and media there. Janus's ICE is pinned to the veth
# (nat.ice_enforce_list). Nothing leaves the machine. See docs/adr/0005-video-rooms-signalling-and-scale.md.
#
# Needs root (or CAP_NET_ADMIN) and iproute2. Names and addresses derive from LIVEMART_STATE so that
# several stacks on one machine do not collide; override with LIVEMART_VIDEO_NETNS / LIVEMART_VIDEO_NET.
set -euo pipefail

REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
# shellcheck source=/dev/null
source "$REPO/infra/lib/common.sh"
# shellcheck source=/dev/null
source "$REPO/infra/lib/janus.sh"
livemart_config

hash_of_state="$(printf '%s' "$LIVEMART_STATE" | sha256sum | cut -c1-6)"
NS="${LIVEMART_VIDEO_NETNS:-lmv-$hash_of_state}"
NET="${LIVEMART_VIDEO_NET:-198.18.$((16#${hash_of_state:0:2}))}" # first three octets; .1 host, .2 namespace
HOST_IF="${NS}h"
NS_IF="${NS}n"
HOST_IP="$NET.1"
NS_IP="$NET.2"
((${#HOST_IF} <= 15)) || die "LIVEMART_VIDEO_NETNS is too long for an interface name (at most 14 characters)"

# Janus in the namespace: its own state folder and pidfile.
JANUS_DIR() { echo "$LIVEMART_STATE/janus-netns"; }

url() { echo "ws://$NS_IP:$LIVEMART_JANUS_WS_PORT"; }
ready() { port_open "$LIVEMART_JANUS_WS_PORT" "$NS_IP"; }

ns_up() {
  command -v ip >/dev/null || die "ip (iproute2) is missing: apt-get install -y iproute2"
  if ! ip netns list | grep -qw "$NS"; then
    ip netns add "$NS"
    ip link add "$HOST_IF" type veth peer name "$NS_IF"
    ip link set "$NS_IF" netns "$NS"
    ip addr add "$HOST_IP/30" dev "$HOST_IF"
    ip link set "$HOST_IF" up
    ip -n "$NS" addr add "$NS_IP/30" dev "$NS_IF"
    ip -n "$NS" link set "$NS_IF" up
    ip -n "$NS" link set lo up
  fi
}

janus_start() {
  local dir; dir="$(JANUS_DIR)"
  mkdir -p "$dir"
  JANUS_BIND_IP="$NS_IP" LIVEMART_JANUS_ICE_ENFORCE_LIST="$NS_IF" janus_render_config
  spawn "$dir/janus.pid" "$dir/janus.log" ip netns exec "$NS" janus -C "$dir/conf/janus.jcfg" -F "$dir/conf"
  wait_ready "Janus (namespace $NS)" 30 "$dir/janus.log" "$dir/janus.pid" ready
}

janus_stop() { stop_pidfile "janus ($NS)" "$(JANUS_DIR)/janus.pid" TERM 10 >&2; }

case "${1:-}" in
  up)
    ns_up
    if pid_of "$(JANUS_DIR)/janus.pid" >/dev/null && ready; then :; else janus_stop; janus_start; fi
    info "Janus in namespace $NS on $(url) (ICE on $NS_IF $NS_IP; host end $HOST_IF $HOST_IP)" >&2
    url
    ;;
  restart)
    janus_stop
    janus_start
    url
    ;;
  down)
    janus_stop
    if ip netns list 2>/dev/null | grep -qw "$NS"; then ip netns del "$NS"; fi
    ip link del "$HOST_IF" 2>/dev/null || true
    ;;
  url) url ;;
  *) die "usage: $0 up|restart|down|url" ;;
esac
