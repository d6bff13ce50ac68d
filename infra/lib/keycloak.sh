# shellcheck shell=bash
# Keycloak: the Quarkus distribution from Maven Central (cached in ~/.m2), run with start-dev
# (H2 in the dist's data/), the project's realm imported from infra/keycloak/livemart-realm.json.

KC_DIR() { echo "$LIVEMART_STATE/keycloak"; }
kc_pidfile() { echo "$(KC_DIR)/keycloak.pid"; }
kc_log() { echo "$(KC_DIR)/keycloak.log"; }
KC_REALM_SRC() { echo "$REPO/infra/keycloak/livemart-realm.json"; }

kc_health_up() { curl -sf -m 5 "http://127.0.0.1:$LIVEMART_KEYCLOAK_MGMT_PORT/health/ready" 2>/dev/null | grep -q '"UP"'; }
kc_realm_up() { [[ "$(http_code "$LIVEMART_KEYCLOAK_URL/realms/$LIVEMART_KEYCLOAK_REALM/.well-known/openid-configuration")" == 200 ]]; }
kc_ready() { kc_health_up && kc_realm_up; }

# Fetch (through Maven, so it is cached in ~/.m2) and extract the distribution once.
kc_install() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local dir tgz m2
  dir="$(KC_DIR)"; mkdir -p "$dir/download"
  m2="${LIVEMART_M2_REPO:-$HOME/.m2/repository}/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  if [[ -s "$m2" ]]; then
    tgz="$m2"
  else
    info "Keycloak: fetching keycloak-quarkus-dist $KEYCLOAK_VERSION from Maven Central (about 176 MB)"
    (cd "$REPO" && ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
      "-DoutputDirectory=$dir/download") || die "Keycloak: could not fetch the distribution through Maven"
    tgz="$dir/download/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  fi
  info "Keycloak: extracting into $dir"
  tar -xzf "$tgz" -C "$dir" || die "Keycloak: could not extract $tgz"
  rm -rf "$dir/download"
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "Keycloak: $KC_HOME/bin/kc.sh missing after extraction"
}

# The realm as imported: the browser client's redirect URIs follow LIVEMART_HTTP_PORT, and the test
# instance's port (LIVEMART_TEST_HTTP_PORT) is allowed too, so that browser tests log in through Keycloak.
kc_render_realm() {
  sed -e "s#\"http://127.0.0.1:18080/\*\",#\"http://127.0.0.1:18080/*\", \"http://127.0.0.1:$LIVEMART_TEST_HTTP_PORT/*\", \"http://localhost:$LIVEMART_TEST_HTTP_PORT/*\",#" \
      -e "s#//127.0.0.1:18080#//127.0.0.1:$LIVEMART_HTTP_PORT#g" \
      -e "s#//localhost:18080#//localhost:$LIVEMART_HTTP_PORT#g" "$1"
}

# Copy the realm into data/import, with the app's redirect URIs following LIVEMART_HTTP_PORT.
# If what would be imported changed since the last import, wipe Keycloak's H2 data so that
# --import-realm imports it again (it skips realms that already exist).
# Returns 0 if the data was (or must be) reset.
kc_prepare_realm() {
  local src out hashfile new old=""
  src="$(KC_REALM_SRC)"; out="$KC_HOME/data/import/livemart-realm.json"; hashfile="$(KC_DIR)/realm.sha256"
  [[ -f "$src" ]] || die "Keycloak: realm file $src is missing"
  mkdir -p "$KC_HOME/data/import"
  kc_render_realm "$src" >"$out.tmp"
  new="$(sha256sum "$out.tmp" | cut -d' ' -f1)"
  [[ -f "$hashfile" ]] && old="$(<"$hashfile")"
  mv "$out.tmp" "$out"
  if [[ "$new" != "$old" ]]; then
    echo "$new" >"$hashfile"
    [[ -n "$old" ]] && info "Keycloak: realm JSON changed since the last import; resetting Keycloak's data"
    rm -rf "$KC_HOME/data/h2"
    return 0
  fi
  return 1
}

kc_realm_changed() {
  local src hashfile new
  src="$(KC_REALM_SRC)"; hashfile="$(KC_DIR)/realm.sha256"
  [[ -f "$hashfile" ]] || return 0
  new="$(kc_render_realm "$src" | sha256sum | cut -d' ' -f1)"
  [[ "$new" != "$(<"$hashfile")" ]]
}

# Launch only (does not wait): Keycloak takes a while; kc_wait does the waiting.
KC_LAUNCHED=0
kc_start() {
  KC_LAUNCHED=0
  if ! is_local_host "$(keycloak_host)"; then say "  keycloak: external ($LIVEMART_KEYCLOAK_URL), not started"; return 0; fi
  if pid_of "$(kc_pidfile)" >/dev/null; then
    if kc_realm_changed; then
      info "Keycloak: realm JSON changed; restarting Keycloak to re-import it"
      kc_down
    else
      return 0 # running (ready or still starting): kc_wait checks it
    fi
  fi
  require_free_port "Keycloak" "$LIVEMART_KEYCLOAK_PORT" LIVEMART_KEYCLOAK_PORT
  require_free_port "Keycloak (management)" "$LIVEMART_KEYCLOAK_MGMT_PORT" LIVEMART_KEYCLOAK_MGMT_PORT
  kc_install
  kc_prepare_realm || true
  info "Keycloak: starting on 127.0.0.1:$LIVEMART_KEYCLOAK_PORT (management $LIVEMART_KEYCLOAK_MGMT_PORT); first start takes about a minute"
  KC_BOOTSTRAP_ADMIN_USERNAME="$LIVEMART_KEYCLOAK_ADMIN" KC_BOOTSTRAP_ADMIN_PASSWORD="$LIVEMART_KEYCLOAK_ADMIN_PASSWORD" \
    spawn "$(kc_pidfile)" "$(kc_log)" "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$LIVEMART_KEYCLOAK_PORT" \
      --http-management-port="$LIVEMART_KEYCLOAK_MGMT_PORT" \
      --health-enabled=true --import-realm
  KC_LAUNCHED=1
}

kc_wait() {
  if ! is_local_host "$(keycloak_host)"; then return 0; fi
  if ((KC_LAUNCHED == 0)) && kc_ready; then ok "Keycloak already running at $LIVEMART_KEYCLOAK_URL"; return 0; fi
  wait_ready "Keycloak" "${LIVEMART_KEYCLOAK_TIMEOUT:-180}" "$(kc_log)" "$(kc_pidfile)" kc_ready
  ok "Keycloak ready at $LIVEMART_KEYCLOAK_URL (realm $LIVEMART_KEYCLOAK_REALM)"
}

kc_down() { stop_pidfile keycloak "$(kc_pidfile)" TERM 30; }

kc_status() {
  local where="$LIVEMART_KEYCLOAK_URL"
  if ! is_local_host "$(keycloak_host)"; then
    local h="realm unreachable"; kc_realm_up && h="realm ok"
    status_line keycloak external "$where" "$h"; return
  fi
  local pid st="stopped" h="-"
  if pid="$(pid_of "$(kc_pidfile)")"; then st="running (pid $pid)"; fi
  if kc_health_up; then
    h="/health/ready: UP"; kc_realm_up && h="$h, realm ok" || h="$h, realm missing"
  elif [[ "$st" != stopped ]]; then h="/health/ready: not ready (starting?)"; fi
  status_line keycloak "$st" "127.0.0.1:$LIVEMART_KEYCLOAK_PORT (mgmt $LIVEMART_KEYCLOAK_MGMT_PORT)" "$h"
}
