#!/usr/bin/env bash
# Claims monitoring benchmark (issue 5): 1,000,000 visits and 10,000,000 fee lines through all 15 rules.
# Builds target/weijian.jar, generates the extract once into target/bench/monitoring/data-<visits>-<lines>/
# (bench/monitoring/ClaimsGen.java, deterministic; reused when present), then in one run measures
#   (a) the floor: DuckDB reading both files and doing one plain aggregation (bench/monitoring/Floor.java), and
#   (b) java -Xmx$HEAP -jar target/weijian.jar monitor ... over all 15 rules (wall time, JVM start included),
# and prints the ratio. Memory: JVM heap $HEAP (default 2g) + DuckDB memory_limit $DUCKDB_MEMORY (default 4GB) ≤ 8 GB;
# DuckDB threads $DUCKDB_THREADS (default: all cores), spill directory under the output directory.
# Figures on stdout and in target/bench/monitoring/monitoring.txt.
#   bench/monitoring/run.sh [visits] [fee-lines]
set -euo pipefail
cd "$(dirname "$0")/../.."
VISITS="${1:-1000000}"
LINES="${2:-10000000}"
HEAP="${HEAP:-2g}"
DUCKDB_MEMORY="${DUCKDB_MEMORY:-4GB}"
DUCKDB_THREADS="${DUCKDB_THREADS:-$(nproc)}"
OUT=target/bench/monitoring
DATA="$OUT/data-$VISITS-$LINES"
LIMITS="-Dweijian.monitoring.memory-limit=$DUCKDB_MEMORY -Dweijian.monitoring.threads=$DUCKDB_THREADS"
mkdir -p "$OUT"
echo "== building target/weijian.jar"
mvn -B -q -o -DskipTests package
DUCKDB_JAR=$(unzip -Z1 target/weijian.jar | grep 'BOOT-INF/lib/duckdb_jdbc' | head -1)
rm -rf "$OUT/lib" && mkdir -p "$OUT/lib" && unzip -q -j -o target/weijian.jar "$DUCKDB_JAR" -d "$OUT/lib"
if [ ! -f "$DATA/.complete" ]; then
  echo "== generating $VISITS visits and $LINES fee lines into $DATA"
  rm -rf "$DATA"
  java -Xmx1g bench/monitoring/ClaimsGen.java "$DATA" "$VISITS" "$LINES"
  touch "$DATA/.complete"
fi
TIME=(/usr/bin/time -f "%e s wall, %M KB peak RSS (JVM + DuckDB, one process)")
{
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "== data: $(du -sh "$DATA" | cut -f1) — $(wc -l < "$DATA/mdtrt_d.csv") visit lines, $(wc -l < "$DATA/fee_list_d.csv") fee lines (header included)"
  echo "== (a) floor: one plain aggregation over both files"
  start=$(date +%s.%N)
  "${TIME[@]}" java $LIMITS -cp "$OUT/lib/*" bench/monitoring/Floor.java "$DATA" 2>&1 | tee "$OUT/floor.txt"
  floor_wall=$(echo "$(date +%s.%N) - $start" | bc)
  floor=$(sed -n 's/.* summed in \([0-9.]*\) s.*/\1/p' "$OUT/floor.txt")
  echo "== (b) java -Xmx$HEAP -jar target/weijian.jar monitor (all 15 rules)"
  rm -rf "$OUT/result" "$OUT/tmp"
  start=$(date +%s.%N)
  "${TIME[@]}" java -Xmx"$HEAP" $LIMITS -Dweijian.monitoring.temp-dir="$OUT/tmp" -jar target/weijian.jar monitor \
    --visits "$DATA/mdtrt_d.csv" --fees "$DATA/fee_list_d.csv" --kb "$DATA/hilist_kb.csv" --peers "$DATA/peers.csv" --out "$OUT/result"
  rules=$(echo "$(date +%s.%N) - $start" | bc)
  echo "== floor $floor s (in-process query time; $floor_wall s for the whole process incl. JVM start and source compile)"
  echo "== rules $rules s wall (JVM start included); ratio rules / floor = $(echo "scale=2; $rules / $floor" | bc)"
  echo "== goals: rules <= 60 s and <= 3 x floor; limits: heap $HEAP + DuckDB $DUCKDB_MEMORY, $DUCKDB_THREADS threads"
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT/monitoring.txt"
