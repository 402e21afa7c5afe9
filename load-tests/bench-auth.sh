#!/usr/bin/env bash
# What authentication costs: sign-in throughput (bcrypt-bound) and the price of verifying an access token on
# every request, as the same route measured without and with a token, in alternating rounds.
#
# Usage: load-tests/bench-auth.sh [BASE_URL]      (default http://localhost:8080)
# Env: LOGIN ["admin@koprogo.com:admin123"]  ROUNDS [3]  ROUTE [/api/v1/health]  REFERENCE [ROUTE]  and bench.sh's
# options. ROUTE is measured with a token, REFERENCE without: give a public REFERENCE (/api/v1/health) when ROUTE
# needs a token (ROUTE=/api/v1/auth/me), and compare the two as a ratio.
# A benchmark, not a test. Compare the rounds of one run; the machine's noise is larger than run-to-run drift.
set -euo pipefail

BASE_URL=${1:-http://localhost:8080}
BASE_URL=${BASE_URL%/}
LOGIN=${LOGIN:-admin@koprogo.com:admin123}
ROUNDS=${ROUNDS:-3}
ROUTE=${ROUTE:-/api/v1/health}
REFERENCE=${REFERENCE:-$ROUTE}
here=$(dirname "$0")

echo "## sign-in: POST /api/v1/auth/login, 4 connections"
body=$(printf '{"email":"%s","password":"%s"}' "${LOGIN%%:*}" "${LOGIN#*:}")
CONNECTIONS=4 ROUTES=/api/v1/auth/login LOGIN= TOKEN= BODY=$body "$here/bench.sh" "$BASE_URL"

echo "## token verification: $REFERENCE without and $ROUTE with an access token, $ROUNDS rounds"
for round in $(seq 1 "$ROUNDS"); do
    echo "### round $round"
    ROUTES=$REFERENCE LOGIN= TOKEN= BODY= "$here/bench.sh" "$BASE_URL"
    ROUTES=$ROUTE LOGIN=$LOGIN BODY= "$here/bench.sh" "$BASE_URL"
done
