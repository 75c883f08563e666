#!/usr/bin/env bash
# The invitation wave on one instance (docs/benchmarks.md, "Respondents at scale"):
#
#   war/src/test/benchmark/first-page-wave.sh [visits] [clients] [heap]
#
# Starts the built WAR on Payara Micro with -Xmx<heap> (default 512m) on a fresh embedded database,
# opens an edition with every bundled instrument by its public link, and sends <visits> (default
# 50000) first-page visits of that link from one address (loopback), <clients> (default 16) at a
# time, by one curl with no cookies. Meanwhile it asks the admin API for the editions every 2 s.
# At the end: the visits by HTTP status, the page times, the admin API's answers by status and its
# slowest answer, the heap in use after a full GC and any OutOfMemoryError in the server's log.
# Run `mvn -B package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
visits=${1:-50000}
clients=${2:-16}
heap=${3:-512m}
source war/src/test/benchmark/server.sh
start_server "$heap"
open_edition Wave
echo "# heap $heap, $visits visits, $clients at a time, commit $(git rev-parse --short HEAD)"

# warm-up: the page compiled, the instruments loaded
for _ in $(seq 1 100); do curl -s -o /dev/null "$url/survey.xhtml?edition=$id"; done
before=$(used_kb)

config="$work/visits.curl"
for _ in $(seq 1 "$visits"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url/survey.xhtml?edition=$id"; done > "$config"

# the admin API, every 2 s, while the wave lasts
( while true; do
    curl -s -o /dev/null -u admin:$password -w '%{http_code} %{time_total}\n' --max-time 30 "$url/api/admin/editions"
    sleep 2
  done ) > "$work/admin.txt" &
watcher=$!

start=$(date +%s.%N)
curl -s --no-progress-meter -Z --parallel-max "$clients" --parallel-immediate -K "$config" \
  -w '%{http_code} %{time_total}\n' > "$work/visits.txt" || true
end=$(date +%s.%N)
kill $watcher; wait $watcher 2>/dev/null || true

after=$(used_kb)
seconds=$(echo "$end - $start" | bc)
echo "visits=$(wc -l < "$work/visits.txt") seconds=$seconds per_second=$(echo "scale=1; $visits / $seconds" | bc)"
echo "visit statuses: $(cut -d' ' -f1 "$work/visits.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
sort -n -k2 "$work/visits.txt" | awk '{t[NR]=$2} END {printf "page seconds: p50=%.3f p95=%.3f p99=%.3f max=%.3f\n", t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR]}'
echo "admin API statuses: $(cut -d' ' -f1 "$work/admin.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';') slowest=$(sort -n -k2 "$work/admin.txt" | tail -1 | cut -d' ' -f2)s"
echo "heap_before_kb=$before heap_after_kb=$after"
echo "out_of_memory_errors=$(grep -c 'OutOfMemoryError' "$work/server.log" || true)"
