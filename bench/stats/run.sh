#!/usr/bin/env bash
# Benchmark of `gloss stats --json` over a collection of 1,000,000 review-log rows (see README.md).
# Usage: bench/stats/run.sh [RUNS]   (from anywhere; the collection is generated once into bench/stats/out/)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-9}"
out="$here/out"
jar="$root/target/gloss.jar"
db="$out/bench.db"
mkdir -p "$out/classes"

[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package)
if [ ! -f "$db" ]; then
  java -cp "$jar" "$here/GenerateCollection.java" "$db" | tee "$out/generate.txt"
fi
now="$(grep '^GLOSS_NOW=' "$out/generate.txt" | cut -d= -f2)"
javac -d "$out/classes" "$here/EmptyMain.java"
javac -cp "$jar" -d "$out/classes" "$here/StatsInProcess.java"
# The first open after generating migrates nothing, but warm the page cache so every run reads the same way.
GLOSS_DB="$db" GLOSS_NOW="$now" TZ=Europe/Berlin java -jar "$jar" stats --json > /dev/null

# "wall_ms cpu_ms" of one command: elapsed time, and user + system CPU time of the process (all its threads)
ms() {
  /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" > /dev/null
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$out/time.txt"
}

# median, min and max of the wall times (first column), then the median CPU time (second column)
summary() {
  local rows cpu
  rows=$(cat)
  cpu=$(echo "$rows" | awk '{ print $2 }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "$rows" | sort -n | awk -v cpu="$cpu" '{ w[NR] = $1 } END {
    printf "median %d ms, min %d, max %d (%d runs); CPU median %d ms\n", w[int((NR + 1) / 2)], w[1], w[NR], NR, cpu }'
}

run() {
  for _ in $(seq "$runs"); do ms "$@"; done | summary
}

export GLOSS_DB="$db" GLOSS_NOW="$now" TZ=Europe/Berlin
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "JVM floor (java -cp gloss.jar EmptyMain):   $(run java -cp "$jar:$out/classes" EmptyMain)"
echo "gloss --version:                            $(run java -jar "$jar" --version)"
echo "gloss stats --json (all 20 decks):          $(run java -jar "$jar" stats --json)"
echo "gloss stats Languages --json (10 decks):    $(run java -jar "$jar" stats Languages --json)"
echo "gloss stats (text report):                  $(run java -jar "$jar" stats)"
java -cp "$jar:$out/classes" StatsInProcess "$db" "$now" "$runs" --json
java -cp "$jar" "$here/QueryTimes.java" "$db" "$now"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
