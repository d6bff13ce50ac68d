# shellcheck shell=bash
# The LiveMart application: built with the Maven Wrapper, run as a plain java process.

APP_DIR() { echo "$LIVEMART_STATE/app"; }
app_pidfile() { echo "$(APP_DIR)/app.pid"; }
app_log() { echo "$(APP_DIR)/app.log"; }
APP_JAR() { echo "$REPO/web/target/quarkus-app/quarkus-run.jar"; }
# the app's JVM flags (infra/app.jvm-options: one per line, '#' comments), before LIVEMART_JAVA_OPTS
app_jvm_options() { sed -e 's/#.*//' "$REPO/infra/app.jvm-options" | tr -s ' \t\n' ' '; }
app_url() { echo "http://127.0.0.1:$LIVEMART_HTTP_PORT"; }
app_ready() { [[ "$(http_code "$(app_url)/q/health/ready")" == 200 ]]; }

# True if a source or POM is newer than the last successful build (or there is no jar).
app_needs_build() {
  local stamp; stamp="$(APP_DIR)/build.stamp"
  [[ -f "$(APP_JAR)" && -f "$stamp" ]] || return 0
  [[ -n "$(find "$REPO" \( -path "$LIVEMART_STATE" -o -name target -o -name .git -o -name node_modules \) -prune -o \
            \( -name pom.xml -o -path '*/src/*' -o -path "$REPO/.mvn/*" \) -type f -newer "$stamp" -print -quit)" ]]
}

app_build() {
  mkdir -p "$(APP_DIR)"
  if ! app_needs_build; then say "  app: build is up to date"; return 0; fi
  info "App: building (./mvnw -B -q package -DskipTests)"
  local stamp="$(APP_DIR)/build.stamp.new" start=$SECONDS
  touch "$stamp"
  (cd "$REPO" && ./mvnw -B -q package -DskipTests) || { rm -f "$stamp"; die "App: build failed"; }
  [[ -f "$(APP_JAR)" ]] || { rm -f "$stamp"; die "App: build finished but $(APP_JAR) is missing"; }
  mv "$stamp" "$(APP_DIR)/build.stamp"
  ok "App built in $((SECONDS - start))s"
}

app_up() {
  mkdir -p "$(APP_DIR)"
  if pid_of "$(app_pidfile)" >/dev/null; then
    if app_needs_build; then
      info "App: sources changed since the running build; rebuilding and restarting"
      app_build; app_down
    elif [[ "$(APP_JAR)" -nt "$(APP_DIR)/app.started" ]]; then
      info "App: the running process predates the jar it was built from; restarting"
      app_down
    elif app_ready; then
      ok "App already running at $(app_url)"; return 0
    else
      wait_ready "App" "${LIVEMART_APP_TIMEOUT:-120}" "$(app_log)" "$(app_pidfile)" app_ready
      ok "App already running at $(app_url)"; return 0
    fi
  elif app_needs_build; then
    app_build
  fi
  require_free_port "App" "$LIVEMART_HTTP_PORT" LIVEMART_HTTP_PORT
  info "App: starting on $(app_url)"
  touch "$(APP_DIR)/app.started"   # a jar newer than this means the running app is stale (see above)
  (cd "$REPO" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$LIVEMART_HTTP_PORT" \
    spawn "$(app_pidfile)" "$(app_log)" java $(app_jvm_options) ${LIVEMART_JAVA_OPTS:-} -jar "$(APP_JAR)")
  wait_ready "App" "${LIVEMART_APP_TIMEOUT:-120}" "$(app_log)" "$(app_pidfile)" app_ready
  ok "App ready at $(app_url)"
}

app_seed() {
  local seed="$REPO/infra/demo/seed.sh"
  [[ -x "$seed" ]] || return 0
  info "Loading demo data (infra/demo/seed.sh)"
  (cd "$REPO" && "$seed")
}

app_down() { stop_pidfile app "$(app_pidfile)" TERM 30; }

app_status() {
  local pid st="stopped" h="-" code
  if pid="$(pid_of "$(app_pidfile)")"; then st="running (pid $pid)"; fi
  code="$(http_code "$(app_url)/q/health/ready")"
  if [[ "$code" == 200 ]]; then h="/q/health/ready: 200"
  elif [[ "$st" != stopped ]]; then h="/q/health/ready: ${code:-no answer}"; fi
  status_line app "$st" "127.0.0.1:$LIVEMART_HTTP_PORT" "$h"
}
