#!/usr/bin/env bash
# scale-out.sh N MAIN_CLASS [EXPLORE_OPTIONS...]: the plain-process recipe of docs/guide/scaling-out.md,
# timed: N shards of one exploration of an example side by side, then their merge. Prints the merge's
# summary line and the wall time from the first shard's start to the merge's end (JVM starts included).
# Used for the scaling-out figures in docs/performance.md.
set -uo pipefail
n="$1"; main="$2"; shift 2
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(mktemp -d)"
"$home/bin/interleave" --help >/dev/null   # builds once, if stale, before the shards start
start=$(date +%s%N)
for ((i = 0; i < n; i++)); do
  "$home/bin/interleave" explore --cp "$home/examples/target/classes" "$@" --shard "$i/$n" --report "$dir/shard-$i" \
    "$main" >"$dir/shard-$i.out" 2>&1 &
done
wait
shards=()
for ((i = 0; i < n; i++)); do shards+=("$dir/shard-$i"); done
"$home/bin/interleave" merge --report "$dir/merged" "${shards[@]}" | tail -1
echo "exit ${PIPESTATUS[0]}; $n process(es): $(( ($(date +%s%N) - start) / 1000000 )) ms wall; results in $dir"
