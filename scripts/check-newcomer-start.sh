#!/usr/bin/env bash
# Proves the README's first command: with no DATABASE_URL, `npm start` starts the embedded
# Postgres (data in .data/, fresh in a new clone), migrates, seeds and serves the seeded
# posting; a demo administrator can ask for a sign-in link and read it in the development
# mailbox; and all of that is reachable from this machine only (decision 0027). Stops only
# what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${DATABASE_URL:-}" ]; then echo "check-newcomer-start: unset DATABASE_URL first" >&2; exit 2; fi
port="${NEWCOMER_PORT:-3310}"
log="$(mktemp)"

PORT="$port" setsid npm start >"$log" 2>&1 &
app_pid=$!
stop_app() { kill -TERM -- "-$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
trap stop_app EXIT

deadline=$((SECONDS + 300))
until curl -fsS "http://127.0.0.1:$port/" -o /dev/null 2>/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "npm start exited early:"; tail -n 60 "$log"; exit 1; fi
  if [ "$SECONDS" -ge "$deadline" ]; then echo "npm start did not serve within 5 minutes:"; tail -n 60 "$log"; exit 1; fi
  sleep 2
done

home=$(curl -fsS "http://127.0.0.1:$port/")
posting_path=$(printf '%s' "$home" | grep -o 'href="/jobs/[a-z0-9-]*workers-runtime[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2)
if [ -z "$posting_path" ]; then echo "The careers home does not link the seeded posting"; exit 1; fi
posting=$(curl -fsS "http://127.0.0.1:$port$posting_path")
for expected in "Senior Systems Engineer, Workers Runtime (C++)" "export control" "reasonable accommodation" "application/ld+json"; do
  if ! printf '%s' "$posting" | grep -qi -- "$expected"; then echo "The posting page lacks: $expected"; exit 1; fi
done

# The demo administrator signs in through the development mailbox (Auth.js's own form post).
jar="$(mktemp)"
csrf=$(curl -fsS -c "$jar" "http://127.0.0.1:$port/api/auth/csrf" | grep -o '"csrfToken":"[^"]*"' | cut -d'"' -f4)
curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=admin@trellis.localhost" --data-urlencode "csrfToken=$csrf" \
  --data-urlencode "callbackUrl=/hiring/jobs" "http://127.0.0.1:$port/api/auth/signin/email"
rm -f "$jar"
mailbox=$(curl -fsS "http://127.0.0.1:$port/dev/mailbox")
if ! printf '%s' "$mailbox" | grep -q "admin@trellis.localhost" || ! printf '%s' "$mailbox" | grep -q "/api/auth/callback/email?"; then
  echo "No sign-in link for the demo administrator in the development mailbox"; exit 1
fi

# Local mode listens on loopback only: this machine's network address must not answer.
network_address=$(node -e 'const a = Object.values(require("os").networkInterfaces()).flat().find((i) => !i.internal && i.family === "IPv4"); process.stdout.write(a ? a.address : "")')
if [ -n "$network_address" ]; then
  if curl -sS --max-time 5 -o /dev/null "http://$network_address:$port/dev/mailbox" 2>/dev/null; then
    echo "npm start answers on this machine's network address ($network_address): local mode must listen on 127.0.0.1 only"; exit 1
  fi
  echo "not reachable at $network_address:$port (loopback only)"
fi
echo "newcomer path ok: $posting_path served by npm start on the embedded Postgres"
