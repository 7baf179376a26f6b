#!/usr/bin/env bash
# Proves the README's first command: with no DATABASE_URL, `npm start` starts the embedded
# Postgres (data in .data/, fresh in a new clone), migrates, seeds and serves the seeded
# posting. Stops only what it started.
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
echo "newcomer path ok: $posting_path served by npm start on the embedded Postgres"
