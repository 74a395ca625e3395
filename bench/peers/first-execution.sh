#!/usr/bin/env bash
# What preloading the runtime's classes (the agent's RuntimePreloader) changes: Interleave's child
# of the side-by-side benchmark, the same command the harness runs (Launcher), on each program and
# seed twice in a row, with -Dinterleave.preload=false and then with preloading, so that both sides
# of a pair meet the same machine load. Prints, per program, the medians of the search time (first
# execution to the failing one, as issue17.sh measures it) and of the child's wall time.
#   bench/peers/first-execution.sh [SEEDS] [PROGRAM...]     # default 5 seeds, the 10 programs of issue17.sh search
# Run bench/peers/run.sh once before (it builds and installs what this uses).
set -euo pipefail

peers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$peers_dir/../.." && pwd)"
# shellcheck source=../../bin/find-jdk25
source "$root_dir/bin/find-jdk25"
java_home="$(find_jdk25)" || exit 2
lib="$peers_dir/interleave/target/lib"
if [[ ! -f "$lib/interleave-agent-0.1.0-SNAPSHOT.jar" ]]; then
  echo "first-execution: run bench/peers/run.sh first (no $lib)" >&2
  exit 2
fi
seeds="${1:-5}"
shift || true
programs=("$@")
if [[ ${#programs[@]} -eq 0 ]]; then
  programs=(TwoStage2 Reorder3 Reorder5 Reorder10 Reorder20 LazyInit TokenRing Deadlock ReorderYield10 WorkStealingQueue)
fi

# One child; prints "SEARCH_MS WALL_MS".
child() {
  local program=$1 seed=$2 preload=$3 start end search
  start=$(date +%s%N)
  search=$("$java_home/bin/java" -XX:+UnlockExperimentalVMOptions -XX:hashCode=2 "-Dinterleave.preload=$preload" \
    "-javaagent:$lib/interleave-agent-0.1.0-SNAPSHOT.jar" "-Dpeers.examples=$lib/interleave-examples-0.1.0-SNAPSHOT.jar" \
    -cp "$peers_dir/interleave/target/classes:$lib/*" dev.interleave.peers.interleave.InterleaveTool \
    "$program" platform 5000 30 "$seed" sync 10 2>&1 | sed -n 's/.*, \([0-9.]*\) ms of search.*/\1/p')
  end=$(date +%s%N)
  echo "${search:-NaN} $(( (end - start) / 1000000 ))"
}

median() {
  sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| program | search, no preload | search, preload | ratio | wall, no preload | wall, preload |"
echo "|---|---|---|---|---|---|"
for program in "${programs[@]}"; do
  off_search=() on_search=() off_wall=() on_wall=()
  for seed in $(seq 1 "$seeds"); do
    read -r s w < <(child "$program" "$seed" false)
    off_search+=("$s") off_wall+=("$w")
    read -r s w < <(child "$program" "$seed" true)
    on_search+=("$s") on_wall+=("$w")
  done
  os=$(printf '%s\n' "${off_search[@]}" | median)
  ns=$(printf '%s\n' "${on_search[@]}" | median)
  ow=$(printf '%s\n' "${off_wall[@]}" | median)
  nw=$(printf '%s\n' "${on_wall[@]}" | median)
  printf '| %s | %.0f ms | %.0f ms | %.2f× | %.2f s | %.2f s |\n' "$program" "$os" "$ns" \
    "$(awk -v a="$os" -v b="$ns" 'BEGIN {print a / b}')" \
    "$(awk -v a="$ow" 'BEGIN {print a / 1000}')" "$(awk -v a="$nw" 'BEGIN {print a / 1000}')"
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
