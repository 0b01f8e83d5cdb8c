#!/usr/bin/env bash
# predcheck's benchmark (issue 9): predcheck:check against a minimal JVM client, wrk, a Python stdlib
# loop and Newman, all against the real demo model server on loopback. What it measures and how:
# bench/README.md. Run from anywhere in a clone: bench/run.sh [--quick] [--only=LIST] ...
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/run.sh [options]
  --quick          small sizes (100/500 samples, 2,000 for the heap, wrk 2 s, one start-only run
                   each): a smoke test of every part (1 min 40 s on 2 busy cores, after the build)
  --only=LIST      sections to run, comma-separated, in this order whatever LIST's order:
                   load, noinf, single, conc, heap, comparison, newman (default: all)
  --no-build       use the plugin already installed in ~/.m2 and the test classes already in target/
  --online         let Maven download what it lacks (default: offline, -o)
  --keep           keep the temporary folder (samples, goldens, user project)
  --out=DIR        where logs and results go (default: bench/out/<date>-<time>)
Environment: BENCH_FAST_JVM (default -XX:TieredStopAtLevel=1) is the JVM setting compared with the
default, in MAVEN_OPTS for predcheck and on the java command line for the minimal client.
EOF
}

QUICK=0
ONLY=load,noinf,single,conc,heap,comparison,newman
BUILD=1
OFFLINE=-o
KEEP=0
OUT=
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --only=*) ONLY=${arg#--only=} ;;
    --no-build) BUILD=0 ;;
    --online) OFFLINE= ;;
    --keep) KEEP=1 ;;
    --out=*) OUT=${arg#--out=} ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

if ((QUICK)); then
  SMALL=100 LARGE=500 HEAP_SAMPLES=2000 CONCURRENCIES="1 4" WRK_SECONDS=2 WARMUP_SECONDS=1
  NEWMAN_SAMPLES=100 BASELINE_RUNS=1 PAIRED=0
else
  SMALL=2000 LARGE=10000 HEAP_SAMPLES=100000 CONCURRENCIES="1 2 4 8" WRK_SECONDS=10 WARMUP_SECONDS=5
  NEWMAN_SAMPLES=2000 BASELINE_RUNS=3 PAIRED=1
fi
FAST_JVM=${BENCH_FAST_JVM:--XX:TieredStopAtLevel=1}
HEAP_OPTS=-Xmx256m
# Every timed command is ended after this many seconds at most, so the script always stops by itself;
# the heap run sooner: a JVM short of heap can crawl for a long time before it fails.
RUN_LIMIT=1200 HEAP_LIMIT=600

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
OUT=${OUT:-$BENCH/out/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/predcheck-bench.XXXXXX")
RESULTS=$OUT/results.tsv
: >"$RESULTS"
SERVER_PID=

# Only what this script started: the demo server, by its pid; the temporary folder.
cleanup() {
  local rc=$?
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if ((KEEP)); then echo "kept: $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "bench/run.sh: interrupted" >&2; exit 130' INT
trap 'exit 143' TERM

say() { printf '%s\n' "$*" | tee -a "$OUT/run.log"; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }
wants() { [[ ",$ONLY," == *",$1,"* ]]; }
unset MAVEN_ARGS MAVEN_OPTS
export ORT_DISABLE_TELEMETRY=1
[[ -z ${JAVA_TOOL_OPTIONS-} ]] || say "warning: JAVA_TOOL_OPTIONS is set ($JAVA_TOOL_OPTIONS): every JVM here gets it"

# --- tools -------------------------------------------------------------------------------------
apt_install() {
  local package=$1 sudo=
  ((EUID == 0)) || sudo=sudo
  command -v apt-get >/dev/null || die "$package is missing and there is no apt-get: install $package, then run again"
  say "installing $package from Debian (apt-get install $package)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >"$OUT/apt-$package.log" 2>&1 ||
    { $sudo apt-get update -qq >>"$OUT/apt-$package.log" 2>&1 &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >>"$OUT/apt-$package.log" 2>&1; } ||
    die "could not install $package (see $OUT/apt-$package.log)"
}
command -v wrk >/dev/null || apt_install wrk
[[ -x /usr/bin/time ]] || apt_install time
command -v python3 >/dev/null || apt_install python3
# The interpreter itself, not a version manager's shim (pyenv's adds a shell start to every run).
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
NEWMAN_HOME=$BENCH/.tools
if wants newman && [[ ! -d $NEWMAN_HOME/node_modules/newman ]]; then
  if command -v npm >/dev/null; then
    say "installing newman from npm into $NEWMAN_HOME (git-ignored)"
    npm install --prefix "$NEWMAN_HOME" newman@6 --no-audit --no-fund --loglevel=error >"$OUT/npm.log" 2>&1 ||
      say "newman could not be installed (see $OUT/npm.log): its row is left out"
  else
    say "npm not found (apt-get install npm): the newman row is left out"
  fi
fi

# --- machine -----------------------------------------------------------------------------------
# -e: a run that fails (the heap run's OutOfMemoryError) shows where, in its log.
MVN=("$REPO/mvnw" $OFFLINE -B -e -Dstyle.color=never)
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_AT_START=$(load_average)
say "predcheck benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')$( ((QUICK)) && echo ', --quick')"
say "code:    $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
say "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
say "JDK:     $(java -version 2>&1 | head -1)"
say "Maven:   $("${MVN[@]}" -v 2>/dev/null | head -1) (the wrapper's)"
say "wrk:     $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), Python $("$PYTHON" -c 'import platform; print(platform.python_version())')$(command -v node >/dev/null && echo ", Node $(node --version)")"
say "load average at start: $LOAD_AT_START$(awk '$1 > 0.5 {print "  (the machine is not idle: figures are noisy)"}' /proc/loadavg)"
say "fast JVM setting: $FAST_JVM"

# --- build -------------------------------------------------------------------------------------
cd "$REPO"
if ((BUILD)); then
  say "building and installing the plugin (./mvnw install -DskipTests -Dinvoker.skip) ..."
  "${MVN[@]}" -q install -DskipTests -Dinvoker.skip -Dspotless.check.skip -Dcpd.skip >"$OUT/build.log" 2>&1 ||
    die "the build failed, see $OUT/build.log"
fi
[[ -d $REPO/target/test-classes/io/github/predcheck/demo ]] || die "no test classes in target/: run without --no-build"
"${MVN[@]}" -q dependency:build-classpath -Dmdep.outputFile="$WORK/test-classpath.txt" -Dmdep.includeScope=test \
  >"$OUT/classpath.log" 2>&1 || die "cannot resolve the test classpath, see $OUT/classpath.log"
jars() { tr ':' '\n' <"$WORK/test-classpath.txt" | grep -E "/($1)-[0-9][^/]*\.jar$" | paste -sd: -; }
SERVER_CP=$REPO/target/test-classes:$(jars 'onnxruntime|jackson-databind|jackson-core|jackson-annotations')
CLIENT_CP=$(jars 'httpclient5|httpcore5|httpcore5-h2|slf4j-api|jackson-databind|jackson-core|jackson-annotations')
VERSION=$("$PYTHON" -c 'import sys, xml.etree.ElementTree as t
print(t.parse(sys.argv[1]).getroot().find("{http://maven.apache.org/POM/4.0.0}version").text)' "$REPO/pom.xml")

mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CLIENT_CP" "$BENCH/MinimalClient.java" 2>"$OUT/javac.log" ||
  die "the minimal client does not compile, see $OUT/javac.log"
# The user project, in a folder of its own: its empty .mvn/ stops Maven from taking up a .mvn/jvm.config
# of a folder above, so the JVM settings are only those this script sets.
mkdir -p "$WORK/project/.mvn"
sed "s/@PREDCHECK_VERSION@/$VERSION/" "$BENCH/project/pom.xml" >"$WORK/project/pom.xml"

# --- the demo model server ---------------------------------------------------------------------
say "starting the demo model server ..."
java -cp "$SERVER_CP" io.github.predcheck.demo.DemoModelServer --port=0 >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
URL=
for _ in $(seq 600); do
  URL=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$OUT/server.log")
  [[ -n $URL ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "the demo server exited: $(tail -5 "$OUT/server.log")"
  sleep 0.1
done
[[ -n $URL ]] || die "the demo server did not start in 60 s, see $OUT/server.log"
say "demo model server at $URL (pid $SERVER_PID), $(grep -o 'models .*' "$OUT/server.log" | head -1)"

DRAWINGS=$REPO/src/it/demo/src/test/predcheck/samples
SIZES=$SMALL
wants load || wants noinf || wants conc && SIZES="$SIZES $LARGE"
wants heap && SIZES="$SIZES $HEAP_SAMPLES"
"$PYTHON" "$BENCH/samples.py" "$DRAWINGS" "$WORK/sets" "$URL" $SIZES >"$OUT/samples.log" 2>&1 ||
  die "cannot make the sample sets: $(tail -3 "$OUT/samples.log")"
mapfile -t DRAWING_FILES <"$WORK/sets/drawings.txt"

# --- measuring ---------------------------------------------------------------------------------
# timed LOG COMMAND...: sets WALL (ms, from the clock), CPU (ms, user + system of the command and
# every child it waited for, from /usr/bin/time) and RC.
timed() {
  local log=$1 t0 t1
  shift
  t0=$(date +%s%N)
  set +e
  /usr/bin/time -f '%U %S' -o "$WORK/time" timeout -k 10 "${LIMIT:-$RUN_LIMIT}" "$@" >"$log" 2>&1
  RC=$?
  set -e
  t1=$(date +%s%N)
  WALL=$(((t1 - t0) / 1000000))
  CPU=$(tail -1 "$WORK/time" | awk '{printf "%d", ($1 + $2) * 1000}')
}
# results.tsv, one line per run: SECTION ROW TOOL JVM SAMPLES CONCURRENCY WALL_MS CPU_MS BASELINE
# STATUS NOTE. BASELINE names the start-only runs (section "baseline") whose median report.py
# subtracts from WALL_MS and CPU_MS; "-" subtracts nothing.
record() { local IFS=$'\t'; echo "$*" >>"$RESULTS"; }
jvm_opts() { [[ $1 == fast ]] && echo "$FAST_JVM" || true; }
endpoint() { echo "$URL/predictions/$1"; }
log_name() { echo "$OUT/$(echo "$*" | tr ' =/' '_-_').log"; }
passed_line() { grep -o '[0-9]* passed.*' "$1" | head -1 || true; }

# Maven's, the JVM's and Python's start, measured alone: BASELINE_RUNS runs before the first use,
# and in a full run one more after each predcheck run, so that the median follows a machine whose
# load changes.
declare -A BASE_COUNT
baseline_run() { # KEY COMMAND...
  local key=$1
  shift
  BASE_COUNT[$key]=$((${BASE_COUNT[$key]-0} + 1))
  timed "$OUT/baseline-$key-${BASE_COUNT[$key]}.log" "$@"
  ((RC == 0)) || die "the start-only run $key failed, see $OUT/baseline-$key-${BASE_COUNT[$key]}.log"
  record baseline "$key" "$key" - 0 - "$WALL" "$CPU" - ok ""
  say "  baseline $key: wall $WALL ms, CPU $CPU ms"
}
baselines() { # KEY COMMAND...
  [[ -n ${BASE_COUNT[$1]-} ]] && return
  for _ in $(seq "$BASELINE_RUNS"); do baseline_run "$@"; done
}
mvn_args() { # MODEL SAMPLES CONCURRENCY
  local set=$WORK/sets/$2
  echo "-f $WORK/project/pom.xml verify -Dpredcheck.golden=$set/golden-$1.csv -Dpredcheck.samples=$set/samples" \
    "-Dpredcheck.endpoint=$(endpoint "$1") -Dpredcheck.healthUrl=$URL/ping" \
    "-Dpredcheck.threads=$3 -Dpredcheck.concurrency=$3"
}
maven_skip() { # JVM: the same command as a check run, with -Dpredcheck.skip
  MAVEN_OPTS=$(jvm_opts "$1") baseline_run "mvn-$1" "${MVN[@]}" $(mvn_args drawing "$SMALL" 1) -Dpredcheck.skip
}

# A run that two rows share (wrk at concurrency 4, predcheck at 10,000 samples and concurrency 4)
# is run once: DONE keeps its raw figures.
declare -A DONE
run_predcheck() { # SECTION ROW MODEL SAMPLES CONCURRENCY JVM [MORE_MAVEN_OPTS]
  local section=$1 row=$2 model=$3 n=$4 c=$5 jvm=$6 opts=${7-} key log summary status=ok note
  key="predcheck|$model|$n|$c|$jvm|$opts"
  if [[ -z ${DONE[$key]-} ]]; then
    if [[ -z ${BASE_COUNT[mvn-$jvm]-} ]]; then
      # Not counted: it brings Maven and the plugin into the page cache, as they are for every other run.
      MAVEN_OPTS=$(jvm_opts "$jvm") timed "$OUT/baseline-mvn-$jvm-0.log" "${MVN[@]}" $(mvn_args drawing "$SMALL" 1) -Dpredcheck.skip
      for _ in $(seq "$BASELINE_RUNS"); do maven_skip "$jvm"; done
    fi
    log=$(log_name predcheck "$model" "$n" "c$c" "$jvm")
    rm -rf "$WORK/project/target"
    MAVEN_OPTS="$(jvm_opts "$jvm") $opts" timed "$log" "${MVN[@]}" $(mvn_args "$model" "$n" "$c")
    summary=$(find "$WORK/project/target/predcheck" -name summary.json 2>/dev/null | head -1)
    note=$("$PYTHON" -c 'import json, sys
s = json.load(open(sys.argv[1])) if sys.argv[1] else {"verdict": "no summary.json"}
print("summary.json: %s, %s passed, %s ms" % (s.get("verdict"), s.get("passed"), s.get("millis")))' "$summary")
    ((RC != 124)) || note="stopped after ${LIMIT:-$RUN_LIMIT} s, $note"
    if ((RC != 0)) || [[ $note != "summary.json: PASSED, $((2 * n)) passed"* ]]; then status=FAILED note="exit $RC, $note, see $log"; fi
    DONE[$key]="$WALL	$CPU	$status	$note"
    say "  predcheck   $model $n samples c=$c $jvm JVM${opts:+ $opts}: wall $WALL ms, CPU $CPU ms; $note"
    ((PAIRED)) && maven_skip "$jvm"
  fi
  IFS=$'\t' read -r wall cpu status note <<<"${DONE[$key]}"
  record "$section" "$row" predcheck "$jvm" "$n" "$c" "$wall" "$cpu" "mvn-$jvm" "$status" "$note"
}
run_minimal() { # SECTION ROW MODEL SAMPLES CONCURRENCY JVM
  local section=$1 row=$2 model=$3 n=$4 c=$5 jvm=$6 log status=ok set=$WORK/sets/$4 opts
  opts=$(jvm_opts "$jvm")
  baselines "java-$jvm" java $opts -cp "$WORK/classes:$CLIENT_CP" MinimalClient --noop
  log=$(log_name minimal "$model" "$n" "c$c" "$jvm")
  timed "$log" java $opts -cp "$WORK/classes:$CLIENT_CP" MinimalClient "$(endpoint "$model")" \
    "$set/golden-$model.csv" "$set/samples" "$c"
  ((RC == 0)) || status=FAILED
  record "$section" "$row" minimal "$jvm" "$n" "$c" "$WALL" "$CPU" "java-$jvm" "$status" "$(passed_line "$log")"
  say "  minimal     $model $n samples c=$c $jvm JVM: wall $WALL ms, CPU $CPU ms; $(passed_line "$log")"
}
run_python() { # SECTION ROW MODEL SAMPLES
  local section=$1 row=$2 model=$3 n=$4 log status=ok set=$WORK/sets/$4
  baselines python "$PYTHON" "$BENCH/python_loop.py" --noop
  log=$(log_name python "$model" "$n")
  timed "$log" "$PYTHON" "$BENCH/python_loop.py" "$(endpoint "$model")" "$set/golden-$model.csv" "$set/samples"
  ((RC == 0)) || status=FAILED
  record "$section" "$row" python - "$n" 1 "$WALL" "$CPU" python "$status" "$(passed_line "$log")"
  say "  python loop $model $n samples: wall $WALL ms, CPU $CPU ms; $(passed_line "$log")"
}
run_wrk() { # SECTION ROW MODEL CONCURRENCY
  local section=$1 row=$2 model=$3 c=$4 key log requests rps status=ok note
  key="wrk|$model|$c"
  if [[ -z ${DONE[$key]-} ]]; then
    log=$(log_name wrk "$model" "c$c")
    # One wrk thread drives every connection: its event loop is far from its limit here, and a
    # second thread would only take CPU from the server.
    timed "$log" wrk -t1 -c"$c" -d"${WRK_SECONDS}s" -s "$BENCH/post.lua" "$(endpoint "$model")" -- "${DRAWING_FILES[@]}"
    requests=$(awk '/requests in/ {print $1}' "$log")
    rps=$(awk '/Requests\/sec/ {print $2}' "$log")
    note=$(grep -E 'Non-2xx|Socket errors' "$log" | tr '\n' ' ' || true)
    if ((RC != 0)) || [[ -z $requests || -z $rps || -n $note ]]; then
      status=FAILED note="exit $RC $note, see $log" requests=${requests:-0} rps=${rps:-1}
    fi
    # Stored as requests and the time they took at wrk's own rate, so the rate reads back exactly.
    DONE[$key]="$requests	$(awk -v n="$requests" -v r="$rps" 'BEGIN {printf "%.1f", n * 1000 / r}')	$CPU	$status	$note"
    say "  wrk         $model c=$c: $requests requests, $rps/s, CPU $CPU ms $note"
  fi
  IFS=$'\t' read -r requests wall cpu status note <<<"${DONE[$key]}"
  record "$section" "$row" wrk - "$requests" "$c" "$wall" "$cpu" - "$status" "$note"
}

say "warming the server up (wrk ${WARMUP_SECONDS} s per model) ..."
wrk -t1 -c4 -d"${WARMUP_SECONDS}s" -s "$BENCH/post.lua" "$(endpoint drawing)" -- "${DRAWING_FILES[@]}" >"$OUT/warmup.log" 2>&1
wrk -t1 -c4 -d"${WARMUP_SECONDS}s" -s "$BENCH/post.lua" "$(endpoint constant)" -- "${DRAWING_FILES[@]}" >>"$OUT/warmup.log" 2>&1

thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
if wants load; then
  say "model endpoint, concurrency 4"
  for n in "$SMALL" "$LARGE"; do
    row="model endpoint, $(thousands "$n") samples"
    for jvm in default fast; do
      run_predcheck load "$row" drawing "$n" 4 "$jvm"
      run_minimal load "$row" drawing "$n" 4 "$jvm"
    done
    run_wrk load "$row" drawing 4
  done
fi
if wants noinf; then
  say "no-inference endpoint (model 'constant'), concurrency 4"
  row="no-inference endpoint, $(thousands "$LARGE") samples"
  for jvm in default fast; do
    run_predcheck noinf "$row" constant "$LARGE" 4 "$jvm"
    run_minimal noinf "$row" constant "$LARGE" 4 "$jvm"
  done
  run_wrk noinf "$row" constant 4
fi
if wants single; then
  say "one at a time"
  row="one at a time, $(thousands "$SMALL") samples"
  for jvm in default fast; do
    run_predcheck single "$row" drawing "$SMALL" 1 "$jvm"
    run_minimal single "$row" drawing "$SMALL" 1 "$jvm"
  done
  run_python single "$row" drawing "$SMALL"
  run_wrk single "$row" drawing 1
fi
if wants conc; then
  say "concurrency, model endpoint, $(thousands "$LARGE") samples, default JVM"
  for c in $CONCURRENCIES; do
    run_predcheck conc "concurrency $c" drawing "$LARGE" "$c" default
    run_wrk conc "concurrency $c" drawing "$c"
  done
fi
if wants heap; then
  say "heap: $(thousands "$HEAP_SAMPLES") samples, concurrency 4, MAVEN_OPTS=$HEAP_OPTS"
  GC_LOG=$OUT/heap-gc.log
  LIMIT=$HEAP_LIMIT run_predcheck heap "$(thousands "$HEAP_SAMPLES") samples under $HEAP_OPTS" drawing "$HEAP_SAMPLES" 4 default \
    "$HEAP_OPTS -Xlog:gc:file=$GC_LOG"
  heap_log=$(log_name predcheck drawing "$HEAP_SAMPLES" c4 default)
  # G1 logs each collection as "... 180M->40M(256M)": the heap in use before a collection is the
  # most it held since the one before, so the largest of those is the peak (Maven's own share included).
  peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$GC_LOG" 2>/dev/null | cut -dM -f1 | sort -n | tail -1)
  collections=$(grep -c 'Pause' "$GC_LOG" 2>/dev/null || true)
  oom=$(grep -c 'OutOfMemoryError' "$heap_log" || true)
  record heap "peak heap" gc-log - "$HEAP_SAMPLES" 4 - - - \
    "$( ((oom > 0)) && echo OutOfMemoryError || echo 'no OutOfMemoryError')" "${peak:-?} MB, $collections collections in $GC_LOG"
  say "  peak heap before a collection: ${peak:-?} MB, $collections collections; OutOfMemoryError in the log: $oom"
fi
if wants comparison; then
  if [[ -f $REPO/target/test-classes/io/github/predcheck/bench/ComparisonBenchmark.class ]]; then
    say "ComparisonBenchmark (1,000,000-number JSON comparison, 100,000-row CSV index), java $HEAP_OPTS"
    timed "$OUT/comparison.log" java "$HEAP_OPTS" -cp "$REPO/target/classes:$REPO/target/test-classes:$(cat "$WORK/test-classpath.txt")" \
      io.github.predcheck.bench.ComparisonBenchmark
    while IFS= read -r line; do
      record comparison "$line" ComparisonBenchmark - - - - - - "$( ((RC == 0)) && echo ok || echo "FAILED (exit $RC)")" ""
      say "  $line"
    done <"$OUT/comparison.log"
  else
    record comparison "io.github.predcheck.bench.ComparisonBenchmark is not in the test classes" - - - - - - - skipped ""
    say "ComparisonBenchmark: not in the test classes, skipped"
  fi
fi
if wants newman; then
  if [[ -d $NEWMAN_HOME/node_modules/newman ]]; then
    say "newman (TorchServe's way), $(thousands "$NEWMAN_SAMPLES") samples, one at a time"
    "$PYTHON" - "$WORK/sets/$SMALL" "$NEWMAN_SAMPLES" >"$WORK/newman-data.json" <<'EOF'
import csv, json, sys
folder, count = sys.argv[1], int(sys.argv[2])
rows = {}
for r in csv.DictReader(open(f"{folder}/golden-drawing.csv", encoding="utf-8")):
    rows.setdefault(r["id"], {"file": f"{folder}/samples/{r['id']}.png"})[r["name"]] = float(r["pred"])
json.dump(list(rows.values())[:count], sys.stdout)
EOF
    timed "$OUT/newman.log" env NODE_PATH="$NEWMAN_HOME/node_modules" node "$BENCH/newman/run.js" \
      "$BENCH/newman/collection.json" "$WORK/newman-data.json" "$(endpoint drawing)"
    ms=$(sed -n 's/.*run \([0-9]*\) ms.*/\1/p' "$OUT/newman.log")
    record newman "newman, $(thousands "$NEWMAN_SAMPLES") samples, one at a time" newman - "$NEWMAN_SAMPLES" 1 \
      "${ms:-nan}" - - "$( ((RC == 0)) && [[ -n $ms ]] && echo ok || echo FAILED)" "$(head -1 "$OUT/newman.log")"
    say "  $(head -1 "$OUT/newman.log")"
  else
    record newman "newman" newman - - - - - - skipped "newman is not installed"
  fi
fi

LOAD_AT_END=$(load_average)
{
  echo
  "$PYTHON" "$BENCH/report.py" "$RESULTS"
  echo
  echo "load average: $LOAD_AT_START at start, $LOAD_AT_END at the end ($(nproc) cores)."
  echo "Logs: $OUT"
} | tee "$OUT/results.md"
