#!/usr/bin/env bash
# The plain-java baseline of the real-world programs: runs each program RUNS times under plain
# `java` (no Interleave) and counts the runs that showed the bug: a non-zero exit (an uncaught
# exception or assertion) or a hang (still running after TIMEOUT seconds, killed: a deadlock).
# Usage: realworld/baseline.sh [RUNS [TIMEOUT [CLASS...]]]   (default: 20 runs, 20 s, kind "known")
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bin/find-jdk25
source "$here/../bin/find-jdk25"
java_home="$(find_jdk25)" || exit 2
runs="${1:-20}"
timeout_s="${2:-20}"
shift 2 2>/dev/null || shift $#
mains=("$@")
if [[ ${#mains[@]} -eq 0 ]]; then
  mapfile -t mains < <(awk -F'\t' '!/^#/ && $3 == "known" { print $1 }' "$here/programs.tsv")
fi
printf '%-36s %s\n' program "runs that showed the bug (exit != 0 or hang)"
for main in "${mains[@]}"; do
  cp="$("$here/classpath" "$main")" || exit 2
  shown=0 hangs=0
  for ((i = 0; i < runs; i++)); do
    timeout --kill-after=2 "$timeout_s" "$java_home/bin/java" -cp "$cp" "dev.interleave.realworld.$main" >/dev/null 2>&1
    rc=$?
    if ((rc == 124 || rc == 137)); then
      hangs=$((hangs + 1)); shown=$((shown + 1))
    elif ((rc != 0)); then
      shown=$((shown + 1))
    fi
  done
  printf '%-36s %d/%d (%d hung)\n' "$main" "$shown" "$runs" "$hangs"
done
