#!/usr/bin/env bash
# Runs Interleave's JMH benchmarks: one controlled scheduling decision against the same work on
# plain virtual threads, in one JMH run. Extra arguments go to JMH, e.g.
#   bench/run.sh ControlledHandoff -f 2 -wi 5 -i 10
#   bench/run.sh -l                      # list the benchmarks
# Defaults (from the annotations): 1 fork, 3 warm-up + 5 measurement iterations of 1 s each.
# Environment: JAVA_HOME (a JDK 25+; else /usr/lib/jvm/temurin-25-jdk-amd64 is used),
# INTERLEAVE_AGENT (the agent jar; default: the installed one, copied to bench/target/lib/),
# BENCH_INSTALL=1 (install the main project's artifacts from this work tree even when present),
# MAVEN_REPO_LOCAL (the local Maven repository to take the installed artifacts from and to
# install them into; default ~/.m2/repository),
# JMH_RESULT (JSON results file; default bench/target/jmh-result.json),
# BENCH_CLASSPATH_PREPEND (class path entries put before the installed artifacts, e.g. to
# measure a patched runtime class without reinstalling; empty by default),
# BENCH_MAIN (a main class to run instead of JMH, with the same JVM flags, e.g.
# dev.interleave.bench.CpuPerHandoff, which measures CPU time per hand-off on a busy machine).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$bench_dir/.." && pwd)"
version=0.1.0-SNAPSHOT

# shellcheck source=../bin/find-jdk25
source "$root_dir/bin/find-jdk25"
jdk="$(find_jdk25)" || exit 2
export JAVA_HOME="$jdk"

# The main project's artifacts, installed in the local Maven repository (the bench's pom
# depends on them). Built only when missing (or with BENCH_INSTALL=1): after changing the
# runtime, reinstall them, or the benchmarks measure the old one.
m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
mvn_args=(-q)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
if [[ "${BENCH_INSTALL:-}" == 1 \
   || ! -f "$m2/dev/interleave/interleave-core/$version/interleave-core-$version.jar" \
   || ! -f "$m2/dev/interleave/interleave-agent/$version/interleave-agent-$version.jar" ]]; then
  echo "bench: installing the main project's artifacts (interleave-core and what it needs)" >&2
  (cd "$root_dir" && mvn "${mvn_args[@]}" install -DskipTests -pl interleave-core -am)
fi

echo "bench: building the benchmarks" >&2
if ! (cd "$bench_dir" && mvn "${mvn_args[@]}" package); then
  echo "bench: the benchmarks did not build; if they need a newer runtime than the installed one, run again with BENCH_INSTALL=1" >&2
  exit 1
fi

agent="${INTERLEAVE_AGENT:-$bench_dir/target/lib/interleave-agent-$version.jar}"
if [[ ! -f "$agent" ]]; then
  echo "bench: no Interleave agent at $agent (set INTERLEAVE_AGENT)" >&2
  exit 2
fi
result="${JMH_RESULT:-$bench_dir/target/jmh-result.json}"
class_path="target/classes:target/lib/*"
if [[ -n "${BENCH_CLASSPATH_PREPEND:-}" ]]; then
  class_path="$BENCH_CLASSPATH_PREPEND:$class_path"
fi

main=(org.openjdk.jmh.Main -rf json -rff "$result")
if [[ -n "${BENCH_MAIN:-}" ]]; then
  main=("$BENCH_MAIN")
fi

# JMH's forks inherit these flags from this JVM, unless a benchmark sets its own @Fork(jvmArgs)
# (RawHandoffNoAgent does, to run without the agent).
cd "$bench_dir"
set -x
exec "$jdk/bin/java" \
  "-javaagent:$agent" -Djdk.trackAllThreads=false -XX:+UnlockExperimentalVMOptions -XX:hashCode=2 \
  --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "$class_path" \
  "${main[@]}" "$@"
