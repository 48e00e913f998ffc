#!/usr/bin/env bash
# THE test command (README; CI runs it through .ci/run). Needs Java 17, Maven and Node 20 only.
# Stops at the first failing step and ends with a summary:
#   0. scripts/prepare-test-machine.sh      PostgreSQL up; softhsm2 + chromium when root
#   1. mvn -B install                       every Java test; builds the jars and installs the
#                                           modules, so that `mvn dependency:tree` resolves them
#   2. npm ci in interop/                   pinned Node packages (package-lock.json)
#   3. ajv on docs/examples/...json         the documented example passes both schemas
#   4. node --test interop/vectors/         status-list vectors, incl. the Java-encoded one
#   5. bash interop/run.sh                  issuer + verifier jars against independent libraries,
#                                           wallet libraries (OpenID4VCI) and headless chromium
#   6. scripts/vuln-check.sh ci             the dependency vulnerability gate: self-test on a
#                                           one-CVE feed, then the check on the machine's NVD data
#   7. Jazzer fuzzing, 60 s per target      token parser, status-list decoder, status entries,
#                                           trust-list reader
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/tessera-test-all.XXXXXX")
trap 'rm -rf "$LOGS"' EXIT

NAMES=()
RESULTS=()
PASSED=0
FAILED=0

# Counts Surefire's XML reports by their <testcase> elements (the <testsuite> header says
# tests="0" for @ParameterizedClass classes): prints "tests failures errors skipped".
surefire_counts() {
  node -e '
    const fs = require("fs"), path = require("path");
    let t = 0, f = 0, e = 0, s = 0;
    for (const module of ["src-shared", "service-kit", "issuer", "verifier"]) {
      const dir = path.join(module, "target", "surefire-reports");
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((n) => /^TEST-.*\.xml$/.test(n))) {
        const xml = fs.readFileSync(path.join(dir, file), "utf8");
        const count = (tag) => (xml.match(new RegExp(`<${tag}\\b`, "g")) ?? []).length;
        t += count("testcase"); f += count("failure"); e += count("error"); s += count("skipped");
      }
    }
    console.log(t, f, e, s);'
}

# Reads node --test's closing counts (TAP "# pass N" or spec "ℹ pass N") from a log.
node_counts() {
  node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    const last = (name) => Number([...text.matchAll(new RegExp(`^(?:# |ℹ )${name} (\\d+)$`, "gm"))].pop()?.[1] ?? 0);
    console.log(last("pass"), last("fail"), last("skipped"));' "$1"
}

summary() {
  echo
  echo "==================== test-all summary ===================="
  local i
  for i in "${!NAMES[@]}"; do
    printf '  %s\n' "${RESULTS[$i]}"
  done
  echo "=========================================================="
}

# run <name> <command...>: runs one step, records its time and result; stops on failure.
run() {
  local name=$1 log start rc detail=""
  shift
  log="$LOGS/step-${#NAMES[@]}.log"
  printf '\n########## %s: %s\n' "$name" "$*"
  start=$SECONDS
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local took=$((SECONDS - start))
  case $name in
    java)
      read -r t f e s < <(surefire_counts)
      detail="$t tests, $f failures, $e errors, $s skipped"
      PASSED=$((PASSED + t - f - e - s))
      FAILED=$((FAILED + f + e))
      ;;
    vectors | interop)
      read -r p f s < <(node_counts "$log")
      detail="$p passed, $f failed, $s skipped"
      PASSED=$((PASSED + p))
      FAILED=$((FAILED + f))
      ;;
  esac
  NAMES+=("$name")
  if [[ $rc -eq 0 ]]; then
    RESULTS+=("$(printf 'PASS  %-8s %4ss  %s%s' "$name" "$took" "$*" "${detail:+  ($detail)}")")
  else
    RESULTS+=("$(printf 'FAIL  %-8s %4ss  %s%s  -> exit %s' "$name" "$took" "$*" "${detail:+  ($detail)}" "$rc")")
    summary
    echo "test-all: FAILED at step '$name' (exit $rc); later steps did not run"
    exit "$rc"
  fi
}

rm -rf src-shared/target/surefire-reports service-kit/target/surefire-reports \
  issuer/target/surefire-reports verifier/target/surefire-reports # counted after the run: no stale reports
run prepare bash scripts/prepare-test-machine.sh
run java mvn -B install
NODE_FOLDERS="interop interop/oid4vci interop/sdjwt interop/oid4vp interop/browser interop/browser-claim interop/pdf"
run npm bash -c "for d in $NODE_FOLDERS; do (cd \$d && npm ci --no-audit --no-fund) || exit 1; done"
run ajv node interop/ajv/validate.mjs docs/examples/cmf-microcredential.json
run vectors node --test interop/vectors/
run interop bash interop/run.sh
run vulns bash scripts/vuln-check.sh ci
for target in 'TokenParserFuzzTest#parse_anyBytes_returnsAValue' \
    'StatusListFuzzTest#decode_anyText_listOrStatusListException' \
    'StatusListFuzzTest#decode_anyCompressedBytes_listOrStatusListException' \
    'StatusEntriesFuzzTest#check_anyCredentialStatus_resultWithCode' \
    'TrustListFuzzTest#verify_anyText_listOrCode' \
    'TrustListFuzzTest#verify_anySignedPayload_listOrCode'; do
  run fuzz env JAZZER_FUZZ=1 mvn -B -q -pl verifier -am test -Dtest="$target" \
    -Dsurefire.failIfNoSpecifiedTests=false
done
summary
echo "test-all: $PASSED passed, $FAILED failed"
