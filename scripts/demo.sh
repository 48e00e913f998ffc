#!/usr/bin/env bash
# The README quick start: builds (when needed) and runs the demo on SQLite with the sample keys.
# Starts the issuer (:8080) and the verifier (:8081), defines a CMF micro-credential, issues it to
# a demo learner, verifies it (valid), revokes it, verifies it again (revoked), issues one more
# from the further institution Tessera Academy (keys-sample/institutions.json) and verifies it
# (valid), runs one OpenID4VP exchange (interop/oid4vp/demo-exchange.mjs: two credentials of two
# institutions presented by the sample learner's wallet, holder bound), and leaves both services running with their URLs printed. Any step that does not
# behave so fails the script.
#
#   scripts/demo.sh          start (restarts a demo that is already running)
#   scripts/demo.sh stop     stop both services
#
# State lives in data/demo/ (git-ignored): issuer.db, *.log, *.pid, credential.jwt,
# academy-credential.jwt.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

DEMO_DIR=data/demo
ISSUER_JAR=issuer/target/tessera-issuer.jar
VERIFIER_JAR=verifier/target/tessera-verifier.jar
ISSUER_PORT=8080 # the sample trust list (keys-sample/) accredits did:web:localhost%3A8080
VERIFIER_PORT=8081
ISSUER_URL=http://localhost:$ISSUER_PORT
ACADEMY_URL=$ISSUER_URL/institutions/tessera-academy # keys-sample/institutions.json
VERIFIER_URL=http://localhost:$VERIFIER_PORT
ADMIN_TOKEN=tessera-demo-admin-token-not-a-secret # demo only: printed below on purpose
TRUST=(--trust-list keys-sample/trust-list.jwt --trust-anchor keys-sample/trust-anchor.pub.jwk)
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-120}

step() { printf '\n==> %s\n' "$*"; }
die() { printf '\ndemo: FAILED: %s\n' "$*" >&2; exit 1; }
http() { node scripts/lib/http.mjs "$@"; }
json_get() { node -e 'let v=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
  for (const k of process.argv[2].split(".")) v = v?.[k];
  if (v === undefined) process.exit(1); console.log(typeof v === "string" ? v : JSON.stringify(v));' "$1" "$2"; }

alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_service() {
  local name=$1 pidfile=$DEMO_DIR/$1.pid pid
  if alive "$pidfile"; then
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
}

port_free() {
  node -e 'const s=require("net").createServer();s.once("error",()=>process.exit(1));
    s.listen(Number(process.argv[1]),()=>s.close(()=>process.exit(0)))' "$1"
}

wait_ready() {
  local name=$1 url=$2 deadline=$((SECONDS + STARTUP_TIMEOUT_S))
  until http GET "$url" --quiet; do
    if ! alive "$DEMO_DIR/$name.pid"; then
      tail -n 40 "$DEMO_DIR/$name.log" >&2
      die "$name exited during start-up (log: $DEMO_DIR/$name.log)"
    fi
    ((SECONDS < deadline)) || die "$name not ready after ${STARTUP_TIMEOUT_S}s (log: $DEMO_DIR/$name.log)"
    sleep 0.5
  done
  echo "$name ready: $url"
}

# Runs the verifier CLI on a saved credential (default credential.jwt); sets VERIFY_OUT and
# VERIFY_RC.
verify_cli() {
  local file=$DEMO_DIR/${1:-credential.jwt}
  set +e
  VERIFY_OUT=$(VERIFIER_ALLOW_HTTP_LOCALHOST=true java -jar "$VERIFIER_JAR" verify \
    "$file" "${TRUST[@]}" 2>&1)
  VERIFY_RC=$?
  set -e
  echo "\$ java -jar $VERIFIER_JAR verify $file ${TRUST[*]}"
  echo "$VERIFY_OUT"
  echo "(exit code $VERIFY_RC)"
}

if [[ ${1:-start} == stop ]]; then
  stop_service issuer
  stop_service verifier
  exit 0
elif [[ ${1:-start} != start ]]; then
  echo "usage: scripts/demo.sh [start|stop]" >&2
  exit 2
fi

for tool in java mvn node; do
  command -v "$tool" >/dev/null || die "$tool is not installed (needs Java 17, Maven, Node 20)"
done
mkdir -p "$DEMO_DIR"

step "Build"
if [[ ! -f $ISSUER_JAR || ! -f $VERIFIER_JAR ]] \
    || [[ -n $(find pom.xml src-shared service-kit issuer verifier -path '*/target' -prune -o \
        \( -name pom.xml -o -path '*/src/main/*' \) -type f \
        \( -newer "$ISSUER_JAR" -o -newer "$VERIFIER_JAR" \) -print -quit) ]]; then
  echo "mvn -B -q package -DskipTests"
  mvn -B -q package -DskipTests || die "the build failed"
else
  echo "jars are up to date ($ISSUER_JAR, $VERIFIER_JAR)"
fi

step "Start issuer on :$ISSUER_PORT and verifier on :$VERIFIER_PORT"
if alive "$DEMO_DIR/issuer.pid" || alive "$DEMO_DIR/verifier.pid"; then
  echo "a demo is already running: restarting it"
fi
stop_service issuer
stop_service verifier
port_free "$ISSUER_PORT" || die "port $ISSUER_PORT is in use by another program"
port_free "$VERIFIER_PORT" || die "port $VERIFIER_PORT is in use by another program"

ISSUER_DEMO=true ISSUER_PORT=$ISSUER_PORT ISSUER_BASE_URL=$ISSUER_URL \
  ISSUER_DB=jdbc:sqlite:$DEMO_DIR/issuer.db ISSUER_ADMIN_TOKEN=$ADMIN_TOKEN \
  ISSUER_INSTITUTIONS=keys-sample/institutions.json \
  nohup java -jar "$ISSUER_JAR" >"$DEMO_DIR/issuer.log" 2>&1 </dev/null &
echo $! >"$DEMO_DIR/issuer.pid"
VERIFIER_PORT=$VERIFIER_PORT VERIFIER_TRUST_LIST=keys-sample/trust-list.jwt \
  VERIFIER_TRUST_ANCHOR=keys-sample/trust-anchor.pub.jwk VERIFIER_ALLOW_HTTP_LOCALHOST=true \
  nohup java -jar "$VERIFIER_JAR" serve >"$DEMO_DIR/verifier.log" 2>&1 </dev/null &
echo $! >"$DEMO_DIR/verifier.pid"
wait_ready issuer "$ISSUER_URL/.well-known/did.json"
wait_ready verifier "$VERIFIER_URL/health"

step "Define the CMF micro-credential (scripts/demo-data/achievement.json)"
http POST "$ISSUER_URL/api/achievements" --token "$ADMIN_TOKEN" --expect 201 \
  --json "$(cat scripts/demo-data/achievement.json)" >"$DEMO_DIR/achievement.json" \
  || die "creating the achievement failed"
ACHIEVEMENT_ID=$(json_get "$DEMO_DIR/achievement.json" id)
echo "achievement $ACHIEVEMENT_ID: $(json_get "$DEMO_DIR/achievement.json" achievement.name)"
echo "public JSON: $(json_get "$DEMO_DIR/achievement.json" url)"

# The issue request for an achievement id: the demo learner.
issue_request() {
  node -e 'const learner = require(process.argv[2]);
    console.log(JSON.stringify({ achievementId: process.argv[1], learner }))' \
    "$1" "$ROOT/scripts/demo-data/learner.json"
}

step "Issue it to the demo learner (scripts/demo-data/learner.json)"
http POST "$ISSUER_URL/api/credentials" --token "$ADMIN_TOKEN" --expect 201 \
  --json "$(issue_request "$ACHIEVEMENT_ID")" \
  >"$DEMO_DIR/issued.json" || die "issuing the credential failed"
CREDENTIAL_ID=$(json_get "$DEMO_DIR/issued.json" id)
STATUS_LIST=$(json_get "$DEMO_DIR/issued.json" credential.credentialStatus.statusListCredential)
json_get "$DEMO_DIR/issued.json" jwt >"$DEMO_DIR/credential.jwt"
echo "credential $(json_get "$DEMO_DIR/issued.json" credentialId), signed with $(json_get "$DEMO_DIR/issued.json" signingKid)"
echo "JWT saved in $DEMO_DIR/credential.jwt"

step "Verify it with the verifier CLI (expected: VERIFIED, exit 0)"
verify_cli
[[ $VERIFY_RC -eq 0 ]] || die "the fresh credential did not verify (exit $VERIFY_RC, expected 0)"

step "Revoke it"
http POST "$ISSUER_URL/api/credentials/$CREDENTIAL_ID/revoke" --token "$ADMIN_TOKEN" --expect 200 \
  --json '{"reason": "demo: revoked by scripts/demo.sh"}' --get status.revoked >/dev/null \
  || die "revocation failed"
echo "revoked; status list re-signed: $STATUS_LIST"

step "Verify it again (expected: NOT VERIFIED, REVOKED, exit 1)"
verify_cli
[[ $VERIFY_RC -eq 1 ]] || die "the revoked credential gave exit $VERIFY_RC (expected 1)"
grep -q 'REVOKED' <<<"$VERIFY_OUT" || die "the report does not say REVOKED"

step "The same through the verifier's HTTP API (expected: HTTP 400, REVOKED)"
REPORT=$(http POST "$VERIFIER_URL/credentials/verify" --expect 400 \
  --json "{\"verifiableCredential\": \"$(cat "$DEMO_DIR/credential.jwt")\"}" --get errors) \
  || die "the verifier API did not answer 400 for the revoked credential"
echo "errors: $REPORT"
grep -q '"code":"REVOKED"' <<<"$REPORT" || die "the verifier API did not report REVOKED"

step "Issue one from Tessera Academy, the demo's further institution (keys-sample/institutions.json)"
http POST "$ACADEMY_URL/api/achievements" --token "$ADMIN_TOKEN" --expect 201 \
  --json "$(cat scripts/demo-data/achievement.json)" >"$DEMO_DIR/academy-achievement.json" \
  || die "creating the academy's achievement failed"
http POST "$ACADEMY_URL/api/credentials" --token "$ADMIN_TOKEN" --expect 201 \
  --json "$(issue_request "$(json_get "$DEMO_DIR/academy-achievement.json" id)")" \
  >"$DEMO_DIR/academy-issued.json" || die "issuing the academy's credential failed"
json_get "$DEMO_DIR/academy-issued.json" jwt >"$DEMO_DIR/academy-credential.jwt"
echo "credential $(json_get "$DEMO_DIR/academy-issued.json" credentialId) from $(json_get "$DEMO_DIR/academy-issued.json" credential.issuer.id),"
echo "signed with $(json_get "$DEMO_DIR/academy-issued.json" signingKid); JWT saved in $DEMO_DIR/academy-credential.jwt"

step "Verify it (expected: VERIFIED, issuer Tessera Academy, exit 0)"
verify_cli academy-credential.jwt
[[ $VERIFY_RC -eq 0 ]] || die "the academy's credential did not verify (exit $VERIFY_RC, expected 0)"
grep -q '^Issuer: Tessera Academy ' <<<"$VERIFY_OUT" || die "the report does not name Tessera Academy"

step "Ask the learner's wallet for micro-credentials with OpenID4VP 1.0 (expected: verified, holder bound)"
for folder in interop interop/oid4vp; do
  [[ -d $folder/node_modules ]] || (cd "$folder" && npm ci --no-audit --no-fund --silent) \
    || die "npm ci in $folder failed"
done
ISSUER_URL=$ISSUER_URL ISSUER_ADMIN_TOKEN=$ADMIN_TOKEN VERIFIER_URL=$VERIFIER_URL \
  ISSUER_INSTITUTION_ID=tessera-academy node interop/oid4vp/demo-exchange.mjs \
  || die "the OpenID4VP exchange was not verified and holder bound"

cat <<EOF

==> The demo is running (stop it with: scripts/demo.sh stop)

  Issuer            $ISSUER_URL          (log $DEMO_DIR/issuer.log)
  DID document      $ISSUER_URL/.well-known/did.json
  JWKS              $ISSUER_URL/.well-known/jwks.json
  Status list       $STATUS_LIST
  Achievement       $(json_get "$DEMO_DIR/achievement.json" url)
  Verifier API      POST $VERIFIER_URL/credentials/verify   (log $DEMO_DIR/verifier.log)
  Verification page $VERIFIER_URL/   (paste $DEMO_DIR/credential.jwt, or upload a baked badge)
  Ask for credentials $VERIFIER_URL/en/ask   (OpenID4VP QR code for a wallet; docs/presentations.md)
  Claim page        $(json_get "$DEMO_DIR/issued.json" claim.url || echo "(sent by e-mail)")
                    (the learner's page: wallet QR code, downloads; this credential is revoked)
  Tessera Academy   $ACADEMY_URL   (further institution; all institutions: $ISSUER_URL/institutions)
  DID document      $ACADEMY_URL/did.json
  Status list       $(json_get "$DEMO_DIR/academy-issued.json" credential.credentialStatus.statusListCredential)
  Achievement       $(json_get "$DEMO_DIR/academy-achievement.json" url)
  Claim page        $(json_get "$DEMO_DIR/academy-issued.json" claim.url || echo "(sent by e-mail)")
  OpenID4VCI        $ACADEMY_URL/.well-known/openid-credential-issuer
  Admin API         $ACADEMY_URL/api/...
  Admin token       $ADMIN_TOKEN   (demo only; serves every institution)

Try it:

  # issue another credential
  curl -s -X POST $ISSUER_URL/api/credentials -H 'Authorization: Bearer $ADMIN_TOKEN' \\
    -H 'Content-Type: application/json' \\
    -d '{"achievementId": "$ACHIEVEMENT_ID", "learner": {"name": "Alex Example", "email": "alex@example.org"}}'

  # issue one from Tessera Academy: the same API under its address
  curl -s -X POST $ACADEMY_URL/api/credentials -H 'Authorization: Bearer $ADMIN_TOKEN' \\
    -H 'Content-Type: application/json' \\
    -d '{"achievementId": "$(json_get "$DEMO_DIR/academy-achievement.json" id)", "learner": {"name": "Alex Example", "email": "alex@example.org"}}'

  # verify a credential JWT over HTTP
  curl -s -X POST $VERIFIER_URL/credentials/verify -H 'Content-Type: application/json' \\
    -d "{\\"verifiableCredential\\": \\"\$(cat $DEMO_DIR/credential.jwt)\\"}"

  # or with the CLI
  VERIFIER_ALLOW_HTTP_LOCALHOST=true java -jar $VERIFIER_JAR verify $DEMO_DIR/credential.jwt \\
    ${TRUST[*]}

  # list issued credentials
  curl -s $ISSUER_URL/api/credentials -H 'Authorization: Bearer $ADMIN_TOKEN'
EOF
