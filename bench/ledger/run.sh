#!/bin/sh
# Ledger benchmark (issue 3): batched appends, proof latency and the full self-check at N entries,
# in a separate embedded PostgreSQL cluster (target/ledger-bench-pg). Results: target/ledger-bench.txt.
# Usage: bench/ledger/run.sh [entries] [batch]   (default 1000000 entries in batches of 5000)
set -e
cd "$(dirname "$0")/../.."
ENTRIES=${1:-1000000}
BATCH=${2:-5000}
mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LedgerLoadIT \
  -Dweijian.load=true -Dweijian.load.entries="$ENTRIES" -Dweijian.load.batch="$BATCH" \
  | grep 'ledger bench'
cat target/ledger-bench.txt
