#!/usr/bin/env bash
# Draw benchmark (issue 4): 1,000,000 objects, 50,000 selected, 5,000 inspectors — draw + assign time,
# verify time and record size (bench/draw/DrawBench.java), then the independent Node verifier on the
# same record when node is on the PATH. Figures on stdout and in target/bench/draw.txt.
#   bench/draw/run.sh [rounds]     (default 3; the first round includes JIT warm-up)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-3}"
OUT=target/bench
mkdir -p "$OUT"
echo "== building target/weijian.jar"
mvn -B -q -o -DskipTests package
# the bench main runs against the jar's own classes and libraries
rm -rf "$OUT/draw-jar" && mkdir -p "$OUT/draw-jar" && (cd "$OUT/draw-jar" && unzip -q ../../weijian.jar 'BOOT-INF/*')
CP="$OUT/draw-jar/BOOT-INF/classes:$OUT/draw-jar/BOOT-INF/lib/*"
{
  echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  java -Xmx4g -cp "$CP" bench/draw/DrawBench.java "$OUT/draw-record.json" "$ROUNDS"
  echo "== java -jar target/weijian.jar verify-draw (fresh JVM):"
  start=$(date +%s.%N)
  java -jar target/weijian.jar verify-draw "$OUT/draw-record.json"
  echo "verify-draw wall time incl. JVM start: $(echo "$(date +%s.%N) - $start" | bc) s"
  if command -v node >/dev/null; then
    echo "== independent verifier ($(node --version)):"
    start=$(date +%s.%N)
    node tools/draw-verify/verify.mjs "$OUT/draw-record.json"
    echo "verify.mjs wall time incl. start: $(echo "$(date +%s.%N) - $start" | bc) s"
  else
    echo "== node not on the PATH: independent verifier skipped"
  fi
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT/draw.txt"
