#!/usr/bin/env bash
# Replay fidelity in fresh JVMs (issue 15): for a seeded I/O bug of the examples, explore once
# to find its failing schedule, then replay that schedule RUNS times, each in a new JVM, and count
# the replays whose failure line and whole report.txt (trace, stacks, output) are identical to the
# first replay's. Results go to standard output; docs/performance.md quotes them.
#
#   bench/replay-fidelity.sh                 # 100 replays of each: VisitCounterBug (a socket server's
#                                            # lost update), HitCounterBug (HttpServer + HttpClient)
#   RUNS=20 bench/replay-fidelity.sh VisitCounterBug OTHER_IO_PROGRAM
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-100}"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(VisitCounterBug HitCounterBug)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$home"
for program in "${programs[@]}"; do
  main="dev.interleave.examples.io.$program"
  set +e
  bin/interleave explore --seed 1 --report "$work/$program" --cp examples/target/classes "$main" >/dev/null 2>&1
  status=$?
  set -e
  if [ "$status" -ne 1 ]; then
    echo "$program: explore exited $status, not 1 (no failure found)" >&2
    exit 2
  fi
  token="$(head -1 "$work/$program/schedule.txt")"
  same=0
  for ((i = 1; i <= runs; i++)); do
    set +e
    bin/interleave replay --schedule "$token" --report "$work/$program-$i" --cp examples/target/classes "$main" \
      >"$work/$program-$i.out" 2>/dev/null
    set -e
    # The report's replay line names the run's own directory: compare all but that.
    grep -v '^replay: \|^report: \|^html: ' "$work/$program-$i.out" >"$work/$program-$i.lines" || true
    if [ "$i" -eq 1 ]; then
      cp "$work/$program-1.lines" "$work/$program.expected-lines"
      grep -v 'replay' "$work/$program-1/report.txt" >"$work/$program.expected-report"
    fi
    if cmp -s "$work/$program-$i.lines" "$work/$program.expected-lines" \
        && grep -v 'replay' "$work/$program-$i/report.txt" | cmp -s - "$work/$program.expected-report"; then
      same=$((same + 1))
    fi
  done
  echo "$program: $token: $same of $runs fresh-JVM replays identical (output and report.txt)"
done
