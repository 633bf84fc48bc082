#!/usr/bin/env bash
# Weijian's benchmark: loads the demo dataset at a scale factor (default 100 = 200k institutions,
# 2M practitioners) into its own embedded PostgreSQL, reports the import rates the demo loader logged,
# runs bench/HttpBench.java (search p50/p95, detail page under 50 concurrent clients), then measures
# the cold start of the README's run command with the scale-1 demo data already loaded.
#
#   bench/run.sh [scale]            # everything (scale 100 takes a while: the 2M-row load is part of it)
#   SKIP_LOAD=1 bench/run.sh        # reuse target/bench-data from an earlier run
#   SKIP_COLD=1 bench/run.sh        # skip the cold-start measurement
#
# Figures go to stdout and target/bench/*.log; copy them into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${1:-100}"
PORT="${BENCH_PORT:-8089}"
OUT=target/bench
mkdir -p "$OUT"
export WEIJIAN_SECURE_COOKIES=false

# Ready = the readiness probe answers 200 (only after every start-up runner, the demo loader
# included, has finished) and the login page is served.
wait_for_login() { # url timeout-seconds pid
  local deadline=$(( $(date +%s) + $2 ))
  until curl -fs -o /dev/null "$1/actuator/health/readiness" && curl -fs -o /dev/null "$1/login"; do
    if ! kill -0 "$3" 2>/dev/null; then echo "server exited; see its log" >&2; return 1; fi
    if (( $(date +%s) > deadline )); then echo "server not ready after $2 s" >&2; return 1; fi
    sleep 0.2
  done
}

# servers start in their own process group (setsid) so that stopping one also stops the JVM that
# `mvn spring-boot:run` forks and the PostgreSQL it started.
stop() { kill -TERM -- "-$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== building target/weijian.jar"
mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package

DATA=target/bench-data/scale-$SCALE
if [[ -z "${SKIP_LOAD:-}" ]]; then rm -rf "$DATA"; fi
echo "== starting the server with the demo dataset at scale $SCALE (data in $DATA)"
# 50 benchmark clients all log in from 127.0.0.1: the per-address login limit is lifted for this run only.
setsid java -Xmx8g -jar target/weijian.jar --spring.profiles.active=demo --weijian.demo.scale="$SCALE" \
  --weijian.database.embedded.data-dir="$DATA/postgres" --weijian.crypto.key-file="$DATA/keys/personal-data.key" \
  --server.port="$PORT" --weijian.security.rate-limit.login-per-minute=100000 \
  --weijian.security.rate-limit.token-per-minute=100000 > "$OUT/server-scale-$SCALE.log" 2>&1 &
SERVER=$!
trap 'stop $SERVER' EXIT INT TERM
wait_for_login "http://localhost:$PORT" 7200 "$SERVER"
echo "== demo loader (import rates as logged)"
grep -E "Demo data:|rows/s" "$OUT/server-scale-$SCALE.log" | sed 's/^.*\] //' || true

echo "== HTTP benchmark"
STATUS=0
java bench/HttpBench.java "http://localhost:$PORT" inspector.panjin Demo@2026 | tee "$OUT/http-scale-$SCALE.txt" || STATUS=$?
stop "$SERVER"
if (( STATUS != 0 )); then echo "HttpBench failed ($STATUS)" >&2; exit "$STATUS"; fi
trap - EXIT

if [[ -z "${SKIP_COLD:-}" ]]; then
  COLD=target/bench-data/cold
  rm -rf "$COLD"
  ARGS="--weijian.database.embedded.data-dir=$COLD/postgres --weijian.crypto.key-file=$COLD/keys/personal-data.key --server.port=$PORT"
  echo "== cold start: first start loads the scale-1 demo data"
  setsid mvn -B -q -o spring-boot:run -Dspring-boot.run.arguments="$ARGS" > "$OUT/cold-first.log" 2>&1 &
  SERVER=$!
  wait_for_login "http://localhost:$PORT" 1800 "$SERVER"
  stop "$SERVER"; sleep 1
  for i in 1 2 3; do
    t0=$(date +%s.%N)
    setsid mvn -B -q -o spring-boot:run -Dspring-boot.run.arguments="$ARGS" > "$OUT/cold-$i.log" 2>&1 &
    SERVER=$!
    wait_for_login "http://localhost:$PORT" 300 "$SERVER"
    t1=$(date +%s.%N)
    printf 'cold start %d: run command to ready login page with demo data loaded: %.1f s (goal 20 s, ratio %.2f)\n' \
      "$i" "$(echo "$t1 - $t0" | bc)" "$(echo "($t1 - $t0) / 20" | bc -l)"
    stop "$SERVER"; sleep 1
  done
fi
