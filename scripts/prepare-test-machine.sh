#!/usr/bin/env bash
# Brings up what the test suite talks to, where this machine allows it:
#  - PostgreSQL on 127.0.0.1:5432 (the PostgreSQL store tests; started if installed but stopped),
#  - SoftHSM2 (the PKCS#11 signer test) and Debian chromium (browser tests), installed with
#    apt-get when running as root.
# Without them the affected tests say SKIPPED loudly, unless TESSERA_REQUIRE_POSTGRES=true
# (CI), which makes a missing PostgreSQL a failure.
set -uo pipefail

missing=()
command -v softhsm2-util >/dev/null 2>&1 || missing+=(softhsm2)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "prepare: installing ${missing[*]} (apt-get)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      "${missing[@]}" >/dev/null || echo "prepare: WARNING apt-get could not install ${missing[*]}"
  else
    echo "prepare: WARNING not root: ${missing[*]} missing; their tests will be skipped or fail"
  fi
fi

pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 >/dev/null 2>&1; }
if command -v pg_isready >/dev/null 2>&1 && ! pg_ready; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql ]]; then
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
    done
  fi
  for _ in $(seq 1 20); do pg_ready && break; sleep 1; done
fi
if command -v pg_isready >/dev/null 2>&1 && pg_ready; then
  echo "prepare: PostgreSQL is up on 127.0.0.1:5432"
else
  echo "prepare: WARNING no PostgreSQL on 127.0.0.1:5432: its tests will be SKIPPED" \
    "(or fail with TESSERA_REQUIRE_POSTGRES=true)"
fi
exit 0
