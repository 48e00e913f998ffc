#!/usr/bin/env bash
# Interoperability suite. Builds nothing: expects issuer/target/tessera-issuer.jar,
# verifier/target/tessera-verifier.jar and interop/node_modules (npm ci).
#
# Starts the issuer (demo keys, a fresh SQLite file, 1 s status-list ttl, and a further institution
# "tessera-academy" with a temporary key) and the verifier (`serve`, 2 s clock skew, with a trust
# list for the issuer's port signed by the sample trust anchor) on free ports, runs the Node suites (interop/test, oid4vci, browser, browser-claim), checks that
# neither service logged the test learner's name or e-mail, the admin token or a JWT, stops both services and exits with the result.
# KEEP_INTEROP_DIR=1 keeps the temporary folder (database, logs, trust list, institution key) for
# inspection.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
ISSUER_JAR=issuer/target/tessera-issuer.jar
VERIFIER_JAR=verifier/target/tessera-verifier.jar
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-90}
# The verifier's tolerance for validity dates: short, so the expiry test waits seconds, not a
# minute. The tests read it too (VERIFIER_CLOCK_SKEW_SECONDS).
CLOCK_SKEW_S=2

fail() { echo "interop: $*" >&2; exit 1; }

[[ -f $ISSUER_JAR ]] || fail "$ISSUER_JAR missing: run 'mvn -B package -DskipTests' first"
[[ -f $VERIFIER_JAR ]] || fail "$VERIFIER_JAR missing: run 'mvn -B package -DskipTests' first"
[[ -d interop/node_modules ]] || fail "interop/node_modules missing: run '(cd interop && npm ci)'"
for f in keys-sample/trust-list.source.json keys-sample/trust-anchor.jwk \
    keys-sample/trust-anchor.pub.jwk; do
  [[ -f $f ]] || fail "$f missing"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tessera-interop.XXXXXX")
ISSUER_PID=
VERIFIER_PID=
STATUS=1

stop() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  stop "$ISSUER_PID"
  stop "$VERIFIER_PID"
  if [[ $STATUS -ne 0 ]]; then
    for log in "$WORK"/issuer.log "$WORK"/verifier.log; do
      [[ -f $log ]] || continue
      echo "---------- $(basename "$log") (last 200 lines) ----------"
      tail -n 200 "$log"
    done
  fi
  if [[ ${KEEP_INTEROP_DIR:-} == 1 ]]; then
    echo "interop: kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Polls an URL until it answers 2xx, the process dies, or the timeout passes.
wait_ready() {
  local name=$1 pid=$2 url=$3 deadline=$((SECONDS + STARTUP_TIMEOUT_S))
  until node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url"; do
    kill -0 "$pid" 2>/dev/null || fail "$name exited during start-up"
    ((SECONDS < deadline)) || fail "$name not ready after ${STARTUP_TIMEOUT_S}s ($url)"
    sleep 0.5
  done
  echo "interop: $name ready at $url"
}

ISSUER_PORT=$(free_port)
VERIFIER_PORT=$(free_port)
while [[ $VERIFIER_PORT == "$ISSUER_PORT" ]]; do VERIFIER_PORT=$(free_port); done
ISSUER_URL=http://localhost:$ISSUER_PORT
VERIFIER_URL=http://localhost:$VERIFIER_PORT
ADMIN_TOKEN=$(node -e 'console.log(require("crypto").randomBytes(24).toString("base64url"))')
INSTITUTION_ID=tessera-academy # as in keys-sample/, so the sample trust list's entry applies

# The sample trust list names the demo issuer on port 8080 and its institution; re-sign it for
# this port with the sample anchor (issued a minute ago, same expiry), so the suite never collides
# with a demo.
node -e '
  const fs = require("fs");
  const [src, out, port, institution] = process.argv.slice(1);
  const list = JSON.parse(fs.readFileSync(src, "utf8"));
  const demo = "did:web:localhost%3A8080", did = "did:web:localhost%3A" + port;
  list.issuers = list.issuers.map((i) => i.id === demo || i.id.startsWith(demo + ":")
    ? { ...i, id: did + i.id.slice(demo.length) } : i);
  for (const id of [did, did + ":institutions:" + institution]) {
    if (!list.issuers.some((i) => i.id === id)) throw new Error(src + " names no " + id);
  }
  list.iat = Math.floor(Date.now() / 1000) - 60;
  fs.writeFileSync(out, JSON.stringify(list, null, 2));
' keys-sample/trust-list.source.json "$WORK/trust-list.source.json" "$ISSUER_PORT" "$INSTITUTION_ID"
java -jar "$VERIFIER_JAR" trust-list sign --source "$WORK/trust-list.source.json" \
  --key keys-sample/trust-anchor.jwk --out "$WORK/trust-list.jwt" >"$WORK/trust-list-sign.log" 2>&1 \
  || { cat "$WORK/trust-list-sign.log"; fail "trust-list sign failed"; }

# The further institution gets a fresh key of its own (the issuer refuses a key two institutions
# share), made by the issuer's key tool.
java -jar "$ISSUER_JAR" keys generate --alg ES256 --kid academy-es256 \
  --out "$WORK/institutions/$INSTITUTION_ID/academy-es256.jwk" >"$WORK/keys-generate.log" 2>&1 \
  || { cat "$WORK/keys-generate.log"; fail "keys generate failed"; }
cat >"$WORK/institutions.json" <<EOF
{"institutions": [{"id": "$INSTITUTION_ID", "name": "Tessera Academy", "country": "DE",
  "keys": "institutions/$INSTITUTION_ID"}]}
EOF

ISSUER_DEMO=true ISSUER_PORT=$ISSUER_PORT ISSUER_BASE_URL=$ISSUER_URL \
  ISSUER_DB="jdbc:sqlite:$WORK/issuer.db" ISSUER_ADMIN_TOKEN=$ADMIN_TOKEN ISSUER_STATUS_TTL=1000 \
  ISSUER_INSTITUTIONS="$WORK/institutions.json" ISSUER_VERIFIER_URL=$VERIFIER_URL \
  java -jar "$ISSUER_JAR" >"$WORK/issuer.log" 2>&1 &
ISSUER_PID=$!

VERIFIER_PORT=$VERIFIER_PORT VERIFIER_TRUST_LIST="$WORK/trust-list.jwt" \
  VERIFIER_TRUST_ANCHOR="$ROOT/keys-sample/trust-anchor.pub.jwk" VERIFIER_ALLOW_HTTP_LOCALHOST=true \
  VERIFIER_DB="$WORK/verifier-shares.db" VERIFIER_CLOCK_SKEW_SECONDS=$CLOCK_SKEW_S \
  java -jar "$VERIFIER_JAR" serve >"$WORK/verifier.log" 2>&1 &
VERIFIER_PID=$!

wait_ready issuer "$ISSUER_PID" "$ISSUER_URL/.well-known/did.json"
wait_ready verifier "$VERIFIER_PID" "$VERIFIER_URL/health"

# Independent implementations: the base suite, the wallet libraries (OpenID4VCI), and the
# verification and claim pages in Debian chromium driven by playwright-core. One node run, so
# its closing counts cover every suite. `npm ci` for each folder ran in scripts/test-all.sh.
# INTEROP_SUITES narrows the run to some suites or files (e.g. interop/test/presentation.test.mjs).
read -r -a NODE_SUITES <<<"${INTEROP_SUITES:-interop/test/ interop/jsonld/ interop/oid4vci/ interop/sdjwt/ interop/oid4vp/ interop/browser/ interop/browser-claim/ interop/pdf/}"
if [[ " ${NODE_SUITES[*]} " == *" interop/browser"* ]]; then
  [[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium missing: run scripts/prepare-test-machine.sh as root"
fi

set +e
ISSUER_URL=$ISSUER_URL ISSUER_ADMIN_TOKEN=$ADMIN_TOKEN VERIFIER_URL=$VERIFIER_URL \
  ISSUER_INSTITUTION_ID=$INSTITUTION_ID VERIFIER_CLOCK_SKEW_SECONDS=$CLOCK_SKEW_S \
  ISSUER_LOG="$WORK/issuer.log" VERIFIER_LOG="$WORK/verifier.log" \
  node --test "${NODE_SUITES[@]}"
STATUS=$?
set -e

# No personal data, secrets or tokens in the service logs (DESIGN §7, STYLE "logging").
LEAKS=0
LEARNER_NAME=$(node -p 'require("./interop/lib/learner.json").name')
LEARNER_EMAIL=$(node -p 'require("./interop/lib/learner.json").email')
for log in "$WORK/issuer.log" "$WORK/verifier.log"; do
  for secret in "$LEARNER_NAME" "$LEARNER_EMAIL" "$ADMIN_TOKEN" "eyJ"; do
    if grep -qF -- "$secret" "$log"; then
      case $secret in
        "$ADMIN_TOKEN") what="the admin token" ;;
        eyJ) what="a JWT or base64url JSON" ;;
        *) what="learner data '$secret'" ;;
      esac
      echo "interop: FAIL $(basename "$log") contains $what" >&2
      LEAKS=1
    fi
  done
done
if [[ $LEAKS -eq 0 ]]; then
  echo "interop: service logs contain no learner name, e-mail, admin token or JWT"
elif [[ $STATUS -eq 0 ]]; then
  STATUS=1
fi
exit "$STATUS"
