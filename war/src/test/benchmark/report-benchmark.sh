#!/usr/bin/env bash
# Report and import benchmark against a running Payara Micro with a capped heap (docs/benchmarks.md).
#
#   war/src/test/benchmark/report-benchmark.sh <responses> [h2|postgresql] [heap]
#
# Generates <responses> synthetic responses to every bundled instrument, starts the built WAR on
# Payara Micro with -Xmx<heap> (default 512m) on a fresh database, creates an edition with every
# instrument, imports the CSV through the API (timed), then asks for the full report 5 times
# (timed; the first is a warm-up; BENCH_RUNS=10 asks 10 times), three cross-tabulations as many
# times each (timed; BENCH_CROSSTAB=0 skips them), then closes the edition, publishes its report
# three times and reads the publication without credentials, as JSON and as the white paper's PDF,
# and asks for the draft PDF of the live report (all timed; BENCH_PUBLISH=0 skips it).
# Run `mvn -B install -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
count=${1:?usage: report-benchmark.sh <responses> [h2|postgresql] [heap]}
database=${2:-h2}
heap=${3:-512m}
port=${BENCH_PORT:-18480}
work=$(mktemp -d /tmp/joy-bench-XXXXXX)
payara=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
csv="$work/responses.csv"
password=bench-secret

if [ -n "${BENCH_CSV:-}" ]; then
  # a CSV generated before (GenerateResponses), e.g. when ~/.m2 holds no installed platform
  csv=$BENCH_CSV
else
  echo "# generating $count responses"
  mvn -B -q -o -pl war exec:java -Dexec.args="$count $csv" >/dev/null
fi
ls -l "$csv" | awk '{print "# csv bytes: " $5}'

env_db=()
if [ "$database" = postgresql ]; then
  db="joysurvey_bench_$$"
  psql -h 127.0.0.1 -U postgres -q -c "create database $db"
  env_db=(JOY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db")
fi
env "${env_db[@]}" JOY_DATA_DIR="$work/data" JOY_DEMO=false JOY_ADMIN_PASSWORD=$password \
  java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -Xlog:gc:file="$work/gc.log" -jar "$payara" --nocluster --port "$port" \
  --deploy war/target/joy-survey.war --contextroot / > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; [ "$database" = postgresql ] && psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db with (force)"; true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/api/instruments" >/dev/null && break; sleep 1; done

base="http://localhost:$port/api/admin/editions"
instruments=$(curl -sf "http://localhost:$port/api/instruments" | python3 -c 'import json,sys; print(json.dumps([i["id"] for i in json.load(sys.stdin)["instruments"]]))')
id=$(curl -sf -u admin:$password -H 'Content-Type: application/json' \
  -d "{\"year\":2020,\"title\":\"Benchmark $count\",\"instruments\":$instruments,\"status\":\"open\"}" "$base" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "# edition $id with $instruments on $database, heap $heap"

import_time=$(curl -s -o "$work/import.json" -w '%{time_total}' -u admin:$password -H 'Content-Type: text/csv' \
  --data-binary @"$csv" "$base/$id/responses/import")
echo "import_seconds=$import_time $(cat "$work/import.json")"

if [ "$database" = postgresql ] && [ "${BENCH_VACUUM:-1}" = 1 ]; then
  # what autovacuum (on by default) does within about a minute of a large import; without it,
  # counting an edition's responses reads every page of the table. BENCH_VACUUM=0 skips it.
  psql -h 127.0.0.1 -U postgres -q -d "$db" -c "vacuum analyze"
  echo "# vacuum analyze after the import"
fi
for run in $(seq 1 "${BENCH_RUNS:-5}"); do
  t=$(curl -s -o "$work/report.json" -w '%{time_total}' -u admin:$password "$base/$id/report")
  echo "report_seconds_run$run=$t"
done
if [ "${BENCH_CROSSTAB:-1}" = 1 ]; then
  # cross-tabulations, each asked BENCH_RUNS times (timed; the first is a warm-up): two items; a
  # derived yes/no variable by an item (scores mini-z); two derived variables within a group
  # (scores mini-z, mbi-2 and demographics). BENCH_CROSSTAB=0 skips them.
  for q in "rows=demographics.age_band&columns=engagement-drivers.control_flexibility" \
           "rows=derived:mini-z.burnout&columns=demographics.practice_mode" \
           "rows=derived:mini-z.burnout&columns=derived:mbi-2.burnout&group=demographics.gender:female"; do
    for run in $(seq 1 "${BENCH_RUNS:-5}"); do
      t=$(curl -s -o "$work/crosstab.json" -w '%{time_total}' -u admin:$password "$base/$id/crosstab?$q")
      echo "crosstab_seconds_run$run=$t $q"
    done
    python3 -c "import json; t=json.load(open('$work/crosstab.json')); print('# crosstab responses=%s withheld=%d tests=%s' % (t['responses'], sum('withheld' in c for r in t['cells'] for c in r), 'withheld' if 'testsWithheld' in t else 'shown'))"
  done
fi
# the floor under every timed request: an authenticated call that reads one edition row (the
# password check of HTTP Basic, PBKDF2 with 210,000 iterations, is most of it)
for run in 1 2 3; do
  t=$(curl -s -o /dev/null -w '%{time_total}' -u admin:$password "$base/$id")
  echo "edition_request_seconds_run$run=$t"
done
if [ "${BENCH_PUBLISH:-1}" = 1 ]; then
  # publishing: close the edition (timed: it reseals every response), then publish three versions
  # and read the latest as a visitor would (both timed); BENCH_PUBLISH=0 skips it
  t=$(curl -s -o /dev/null -w '%{time_total}' -u admin:$password -H 'Content-Type: application/json' \
    -d '{"status":"closed"}' "$base/$id/status")
  echo "close_seconds=$t"
  for run in 1 2 3; do
    t=$(curl -s -o "$work/publish.json" -w '%{time_total}' -u admin:$password -X POST "$base/$id/publications")
    echo "publish_seconds_run$run=$t $(cat "$work/publish.json")"
  done
  for run in 1 2 3; do
    t=$(curl -s -o "$work/public.json" -w '%{time_total}' "http://localhost:$port/api/public/editions/$id/report")
    echo "public_report_seconds_run$run=$t bytes=$(wc -c < "$work/public.json")"
  done
  # the white paper: each version's PDF is rendered on its first request (version 1's is the
  # instance's first, which loads the renderer), then served from the instance's cache
  for v in 1 2 3 3; do
    t=$(curl -s -o "$work/report.pdf" -w '%{time_total}' "http://localhost:$port/api/public/editions/$id/report.pdf?version=$v")
    echo "public_pdf_seconds_version$v=$t bytes=$(wc -c < "$work/report.pdf")"
  done
  # the draft of the live report: the report computed and the PDF rendered on every request
  for run in 1 2 3; do
    t=$(curl -s -o "$work/draft.pdf" -w '%{time_total}' -u admin:$password "$base/$id/report.pdf")
    echo "draft_pdf_seconds_run$run=$t bytes=$(wc -c < "$work/draft.pdf")"
  done
fi
python3 -c "import json; r=json.load(open('$work/report.json')); print('report_responses=%d sections=%d failed=%s' % (r['responses'], len(r['sections']), [s['instrument'] for s in r['sections'] if 'error' in s]))"
grep -oE 'Pause Full.*|[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | sed -E 's/.*->([0-9]+)M\(([0-9]+)M\)/\1 \2/' \
  | sort -n | tail -1 | awk '{print "heap_after_gc_max_mb=" $1 " heap_committed_mb=" $2}'
echo "# logs in $work"
