#!/usr/bin/env bash
# Issue 17's side-by-side run: Interleave's default portfolio against Fray 0.9.2's three schedulers
# (POS, PCT with 3 change points, Random), 5 fresh JVMs per cell, platform threads. Two parts with
# their own budgets: the issue's shapes (Reorder with 3-100 threads, TwoStage with 2 and 100) at
# 5,000 executions or 30 s, Interleave in sync mode as the issue measures it; the classic SCTBench
# rows at 1,000 executions or 30 s (the budget of the full run of 2026-11-27), Interleave in sync
# and in preemptive mode (their plain-field bugs need preemptive). About an hour on 2 cores.
#   MAVEN_REPO_LOCAL=/tmp/m2 bench/peers/issue17.sh [OUT_DIR]     # default target/issue17
# The second run (`search`) times the search itself: the programs both tools found in the first run,
# Interleave sync against Fray's three schedulers, the same budgets; its tables add the search time
# (first execution to the failing one, in the child) and the executions to the find. About 25 minutes.
#   MAVEN_REPO_LOCAL=/tmp/m2 bench/peers/issue17.sh search [OUT_DIR]   # OUT_DIR/search-shapes.md, search-classic.md
# The Markdown of each part goes to OUT_DIR/shapes.md and OUT_DIR/classic.md; docs/benchmarks.md
# has the figures of the run of 2026-12-05.
set -euo pipefail

peers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
part=all
if [[ "${1:-}" == search ]]; then
  part=search
  shift
fi
out="${1:-$peers_dir/target/issue17}"
mkdir -p "$out"
common=(--fray-schedulers pos,pct,random --threads platform --tools interleave,fray --repeats 5 --stall 10)
if [[ $part == search ]]; then
  "$peers_dir/run.sh" "${common[@]}" --modes sync --executions 5000 --seconds 30 \
    --programs TwoStage2,Reorder3,Reorder5,Reorder10,Reorder20 --out "$out/search-shapes.md"
  "$peers_dir/run.sh" "${common[@]}" --modes sync --executions 1000 --seconds 30 \
    --programs LazyInit,TokenRing,Deadlock,ReorderYield10,WorkStealingQueue --out "$out/search-classic.md"
  exit 0
fi
"$peers_dir/run.sh" "${common[@]}" --modes sync --executions 5000 --seconds 30 \
  --programs Reorder3,Reorder5,Reorder10,Reorder20,Reorder50,Reorder100,TwoStage2,TwoStage100 --out "$out/shapes.md"
"$peers_dir/run.sh" "${common[@]}" --modes sync,preemptive --executions 1000 --seconds 30 \
  --programs Account,LazyInit,WrongLock,Stack,CircularBuffer,TokenRing,Deadlock,WorkStealingQueue,ReorderYield10 \
  --out "$out/classic.md"
