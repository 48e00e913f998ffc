#!/usr/bin/env bash
# The dependency vulnerability gate (decision 0049; docs/security.md, "Dependency vulnerabilities").
#   scripts/vuln-check.sh check       fail on a known CVE of CVSS >= 7 in what the jars ship; with no
#                                     local NVD data it says NOT CHECKED (an error when
#                                     TESSERA_REQUIRE_VULN_DATA=true)
#   scripts/vuln-check.sh update [URL]  refresh the local NVD copy: from an NVD mirror's data feed
#                                     (URL like https://mirror/nvdcve-2.0-{0}.json.gz, made by vulnz)
#                                     or, without URL, from the NVD API (NVD_API_KEY recommended)
#   scripts/vuln-check.sh self-test   prove offline that the gate fails on a known high CVE and
#                                     passes Tessera, with a one-CVE feed served on loopback
#   scripts/vuln-check.sh ci          self-test, then check (test-all's step)
# The data lives in TESSERA_VULN_DATA (default ~/.cache/tessera/dependency-check).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DATA=${TESSERA_VULN_DATA:-$HOME/.cache/tessera/dependency-check}
PLUGIN=org.owasp:dependency-check-maven:$(sed -n 's|.*<dependency-check.version>\(.*\)</dependency-check.version>.*|\1|p' pom.xml)

has_data() { [[ -f "$1/odc.mv.db" ]]; }

# update_data <data dir> [feed URL]
update_data() {
  local args=(-B -q -N -Pvulnerabilities "$PLUGIN:update-only" -Dtessera.vulnUpdate=true
    "-Dtessera.vulnData=$1")
  [[ -n "${2:-}" ]] && args+=("-DnvdDatafeedUrl=$2")
  [[ -n "${NVD_API_KEY:-}" ]] && args+=("-DnvdApiKey=$NVD_API_KEY")
  mvn "${args[@]}"
}

# gate <data dir> <project dir>: the build with the gate on; its exit code is the verdict.
gate() {
  (cd "$2" && mvn -B -DskipTests -Pvulnerabilities "-Dtessera.vulnData=$1" verify)
}

check() {
  if ! has_data "$DATA"; then
    echo "vuln-check: NOT CHECKED: no NVD data in $DATA; refresh it with scripts/vuln-check.sh update"
    [[ "${TESSERA_REQUIRE_VULN_DATA:-false}" == true ]] && exit 2
    return 0
  fi
  gate "$DATA" "$ROOT" > "$LOG" 2>&1 || { grep -E 'CVE-|ERROR' "$LOG" | head -40; exit 1; }
  echo "vuln-check: no dependency with a known CVE of CVSS 7 or more (data: $DATA)"
}

self_test() {
  local tmp=$WORK/self-test feed
  mkdir -p "$tmp"
  node scripts/vuln-gate/serve-feed.mjs > "$tmp/url" 2> "$tmp/server.log" &
  SERVER=$!
  for _ in $(seq 50); do [[ -s "$tmp/url" ]] && break; sleep 0.1; done
  feed=$(cat "$tmp/url")
  update_data "$tmp/data" "$feed" > "$tmp/update.log" 2>&1 || {
    tail -30 "$tmp/update.log"; echo "vuln-check self-test: FAIL: could not load the test feed"; exit 1; }
  if gate "$tmp/data" scripts/vuln-gate/probe > "$tmp/probe.log" 2>&1; then
    echo "vuln-check self-test: FAIL: the gate passed a dependency with CVE-2022-42003 (CVSS 7.5)"
    exit 1
  fi
  grep -q 'CVE-2022-42003' "$tmp/probe.log" || {
    tail -30 "$tmp/probe.log"; echo "vuln-check self-test: FAIL: the probe failed for another reason"; exit 1; }
  echo "vuln-check self-test: the gate fails on jackson-databind 2.13.0 (CVE-2022-42003, CVSS 7.5)"
  gate "$tmp/data" "$ROOT" > "$tmp/tessera.log" 2>&1 || {
    grep -E 'CVE-|ERROR' "$tmp/tessera.log" | head -20; echo "vuln-check self-test: FAIL: Tessera did not pass"; exit 1; }
  echo "vuln-check self-test: the gate passes Tessera with the same data"
}

WORK=$(mktemp -d)
LOG=$WORK/gate.log
SERVER=
trap '[[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
case "${1:-check}" in
  check) check ;;
  update) update_data "$DATA" "${2:-}" && echo "vuln-check: NVD data in $DATA refreshed" ;;
  self-test) self_test ;;
  ci) self_test && check ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
