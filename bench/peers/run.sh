#!/usr/bin/env bash
# The side-by-side benchmark: the same programs under Interleave, Fray 0.9.2 and Lincheck 3.7,
# each run in fresh JVMs with the same budget; writes docs/benchmarks.md. See README.md here.
#   bench/peers/run.sh --quick                      # under 10 minutes on 2 cores: 1 JVM per cell
#   bench/peers/run.sh                              # 5 fresh JVMs per cell (median, min–max)
#   bench/peers/run.sh --modes sync --tools interleave --out /tmp/sync.md
#   bench/peers/run.sh --programs SeedRace,Account --repeats 3
# Environment: MAVEN_REPO_LOCAL (local Maven repository to install Interleave's artifacts into and
# resolve everything from; default ~/.m2/repository), PEERS_INSTALL=1 (reinstall Interleave's
# artifacts from this work tree first), JDK25 (default: JAVA_HOME if it is a JDK 25, else /usr/lib/jvm/temurin-25-jdk-amd64, as bin/find-jdk25),
# JDK17 (default /usr/lib/jvm/java-17-openjdk-amd64).
set -euo pipefail

peers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$peers_dir/../.." && pwd)"
version=0.1.0-SNAPSHOT
# shellcheck source=../../bin/find-jdk25
source "$root_dir/bin/find-jdk25"
jdk25="${JDK25:-$(find_jdk25)}"
jdk17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
for jdk in "$jdk25" "$jdk17"; do
  if [[ ! -x "$jdk/bin/java" ]]; then
    echo "peers: no JDK at $jdk (set JDK25 / JDK17)" >&2
    exit 2
  fi
done
export JAVA_HOME="$jdk25"

m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
installed=false
mvn_args=(-B -ntp -q)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
if [[ "${PEERS_INSTALL:-}" == 1 \
   || ! -f "$m2/dev/interleave/interleave-examples/$version/interleave-examples-$version.jar" \
   || ! -f "$m2/dev/interleave/interleave-agent/$version/interleave-agent-$version.jar" ]]; then
  echo "peers: installing Interleave's artifacts from $root_dir into $m2" >&2
  (cd "$root_dir" && mvn "${mvn_args[@]}" install -DskipTests)
  installed=true
fi

# Fray's plugin links an instrumented copy of the JDK with jlink from <jdk>/jmods, which Temurin
# 25 does not ship. This directory mirrors the JDK but its jlink links from the run-time image
# (JEP 493): it drops the jmods module path and names the JDK's modules instead of ALL-MODULE-PATH.
fray_jdk="$peers_dir/target/fray-jdk"
if [[ ! -x "$fray_jdk/bin/jlink" ]]; then
  mkdir -p "$fray_jdk/bin"
  for f in "$jdk25"/*; do [[ "$(basename "$f")" == bin ]] || ln -sfn "$f" "$fray_jdk/"; done
  for f in "$jdk25"/bin/*; do [[ "$(basename "$f")" == jlink ]] || ln -sfn "$f" "$fray_jdk/bin/"; done
  modules="$("$jdk25/bin/java" --list-modules | sed 's/@.*//' | grep -v -x -e jdk.jlink -e jdk.jpackage | paste -sd,)"
  cat > "$fray_jdk/bin/jlink" <<WRAPPER
#!/usr/bin/env bash
args=()
for a in "\$@"; do
  case "\$a" in
    --module-path=*/jmods) ;;
    --add-modules=ALL-MODULE-PATH) args+=("--add-modules=$modules") ;;
    *) args+=("\$a") ;;
  esac
done
exec "$jdk25/bin/jlink" "\${args[@]}"
WRAPPER
  chmod +x "$fray_jdk/bin/jlink"
fi

echo "peers: building the adapters (Fray's instrumented JDK takes about 30 s the first time)" >&2
(cd "$peers_dir" && mvn "${mvn_args[@]}" package "-Dplugin.jdkPath=$fray_jdk")

fray_agent="$(ls "$peers_dir"/fray/target/lib/fray-instrumentation-agent-*.jar)"
cd "$root_dir"
set -x
exec "$jdk25/bin/java" -Dpeers.dir="$peers_dir" -Dpeers.jdk25="$jdk25" -Dpeers.jdk17="$jdk17" \
  -Dpeers.frayAgent="$fray_agent" -Dpeers.installed="$installed" \
  -cp "$peers_dir/interleave/target/classes:$peers_dir/interleave/target/lib/*" \
  dev.interleave.peers.harness.Harness "$@"
