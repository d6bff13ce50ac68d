# shellcheck shell=bash
# The tools module (tools/): the carrier simulator and the load benchmarks, plain Java main classes that talk to
# the running stack like any client. Built on demand with the Maven Wrapper, run with java -cp.

TOOLS_JAR() { echo "$REPO/tools/target/livemart-tools.jar"; }
tools_stamp() { echo "$LIVEMART_STATE/tools.build.stamp"; }

tools_needs_build() {
  [[ -f "$(TOOLS_JAR)" && -d "$REPO/tools/target/lib" && -f "$(tools_stamp)" ]] || return 0
  [[ -n "$(find "$REPO/tools" "$REPO/pom.xml" \( -name target \) -prune -o -type f -newer "$(tools_stamp)" -print -quit)" ]]
}

tools_build() {
  mkdir -p "$LIVEMART_STATE"
  tools_needs_build || return 0
  info "Tools: building (./mvnw -B -q -pl tools package -DskipTests)"
  local stamp; stamp="$(tools_stamp).new"; touch "$stamp"
  (cd "$REPO" && ./mvnw -B -q -pl tools package -DskipTests) || { rm -f "$stamp"; die "Tools: build failed"; }
  mv "$stamp" "$(tools_stamp)"
}

# tools_run MAIN-CLASS ARGS... — runs a tool with the stack's LIVEMART_* variables (exported by livemart_config).
tools_run() {
  local main="$1"; shift
  tools_build
  java ${LIVEMART_TOOLS_JAVA_OPTS:-} -cp "$(TOOLS_JAR):$REPO/tools/target/lib/*" "io.livemart.tools.$main" "$@"
}
