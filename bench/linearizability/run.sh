#!/usr/bin/env bash
# Linearizability checking side by side with Lincheck 3.7 (issue 18): the same operations of the
# same structures under Interleave (JDK 25) and Lincheck (JDK 17 and 25, model checking and stress),
# each run in a fresh JVM; writes a Markdown report (target/lin-bench.md unless --out). README.md here.
#   bench/linearizability/run.sh                                   # the full run (about 45 min on 2 cores)
#   bench/linearizability/run.sh --structures Nbhml,Deque --repeats 1 --seconds 60
#   bench/linearizability/run.sh --columns interleave,lincheck-model-17 --out /tmp/l.md
# Environment: MAVEN_REPO_LOCAL (the local repository Interleave's artifacts are installed into and
# everything resolves from; default ~/.m2/repository), LIN_INSTALL=1 (reinstall Interleave's
# artifacts from this work tree first), JDK25, JDK17 (defaults: a JDK 25 as bin/find-jdk25 finds it, OpenJDK 17 under /usr/lib/jvm).
set -euo pipefail

lin_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$lin_dir/../.." && pwd)"
version=0.1.0-SNAPSHOT
# shellcheck source=../../bin/find-jdk25
source "$root_dir/bin/find-jdk25"
jdk25="${JDK25:-$(find_jdk25)}"
jdk17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
for jdk in "$jdk25" "$jdk17"; do
  if [[ ! -x "$jdk/bin/java" ]]; then
    echo "lin-bench: no JDK at $jdk (set JDK25 / JDK17)" >&2
    exit 2
  fi
done
export JAVA_HOME="$jdk25"

m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
mvn_args=(-B -ntp -q)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
if [[ "${LIN_INSTALL:-}" == 1 \
   || ! -f "$m2/dev/interleave/interleave-core/$version/interleave-core-$version.jar" \
   || ! -f "$m2/dev/interleave/interleave-agent/$version/interleave-agent-$version.jar" ]]; then
  echo "lin-bench: installing Interleave's artifacts from $root_dir into $m2" >&2
  (cd "$root_dir" && mvn "${mvn_args[@]}" install -DskipTests)
fi

echo "lin-bench: building the specifications and the children" >&2
(cd "$lin_dir" && mvn "${mvn_args[@]}" package)

commit="$(cd "$root_dir" && git rev-parse --short HEAD)$(cd "$root_dir" && git diff --quiet HEAD -- . || echo '+uncommitted')"
cd "$lin_dir"
exec "$jdk25/bin/java" -Dlin.dir="$lin_dir" -Dlin.jdk25="$jdk25" -Dlin.jdk17="$jdk17" -Dlin.commit="$commit" \
  -cp "$lin_dir/interleave/target/classes:$lin_dir/interleave/target/lib/*" dev.interleave.lin.harness.Bench "$@"
