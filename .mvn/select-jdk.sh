# Sourced by mvnw. Slipway needs a JDK 21 or newer (Vaadin 25). When JAVA_HOME or the java on PATH is older,
# use the newest JDK 21+ found under /usr/lib/jvm, so that ./mvnw works on machines whose default Java is 17.

slipway_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

slipway_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$slipway_java" ] || slipway_java="$(command -v java || true)"
slipway_major="$( [ -n "$slipway_java" ] && slipway_java_major "$slipway_java" || true)"
if [ "${slipway_major:-0}" -lt 21 ]; then
  set +f
  for slipway_candidate in /usr/lib/jvm/*; do
    [ -x "$slipway_candidate/bin/javac" ] || continue
    slipway_candidate_major="$(slipway_java_major "$slipway_candidate/bin/java")"
    if [ "${slipway_candidate_major:-0}" -ge 21 ] && [ "${slipway_candidate_major}" -gt "${slipway_major:-0}" ]; then
      JAVA_HOME="$slipway_candidate"
      slipway_major="$slipway_candidate_major"
    fi
  done
  set -f
  export JAVA_HOME
fi
