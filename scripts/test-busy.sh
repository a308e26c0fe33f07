#!/usr/bin/env bash
# Runs a test command N times in a row while every core is kept busy by a CPU loop, and prints
# each run's result: the suite must pass on a loaded machine, not only on an idle one.
#
#   scripts/test-busy.sh                          # `npm test` 3 times
#   scripts/test-busy.sh -n 5 npm run test:vitest # another command, 5 times
#   BUSY_LOOPS=4 scripts/test-busy.sh             # more loops than cores (default: one per core)
#
# Each run's full output goes to $TMPDIR/test-busy.<pid>/run-<i>.log; the script prints the
# summary lines of each run ("N passed, N failed, N skipped"), its exit code and its duration,
# and exits 1 if any run failed.
set -u

runs=3
if [ "${1:-}" = "-n" ]; then
  runs="${2:?-n needs a number}"
  shift 2
fi
if [ "$#" -eq 0 ]; then set -- npm test; fi

loops="${BUSY_LOOPS:-$(nproc)}"
logs="${TMPDIR:-/tmp}/test-busy.$$"
mkdir -p "$logs"

busy_pids=()
stop_loops() {
  for pid in "${busy_pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait "${busy_pids[@]}" 2>/dev/null
  busy_pids=()
}
trap stop_loops EXIT
trap 'exit 130' INT TERM

for _ in $(seq "$loops"); do
  node -e 'for (;;) {}' &
  busy_pids+=("$!")
done
echo "$loops CPU loops running (pids ${busy_pids[*]}) on $(nproc) cores; command: $*; logs: $logs"

failed=0
for i in $(seq "$runs"); do
  log="$logs/run-$i.log"
  start=$(date +%s)
  "$@" >"$log" 2>&1 </dev/null
  code=$?
  seconds=$(($(date +%s) - start))
  # Strip colours before looking for the summary reporter's lines.
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped' | paste -sd ';' -)
  if [ "$code" -ne 0 ]; then failed=$((failed + 1)); fi
  echo "run $i/$runs: exit $code in ${seconds}s: ${summary:-no summary line} (log: $log)"
  if [ "$code" -ne 0 ]; then
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *(FAIL|×)|Error:' | head -20 | sed 's/^/    /'
  fi
done

stop_loops
echo "$((runs - failed)) of $runs runs passed with $loops CPU loops busy"
[ "$failed" -eq 0 ]
