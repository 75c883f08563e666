#!/usr/bin/env bash
# Respondents at scale: the Gatling load test of the respondent form (docs/benchmarks.md).
#
#   war/src/test/benchmark/load-test.sh [users] [seconds] [think|saturation]
#
# Starts the built WAR (war/target/joy-survey.war) on one Payara Micro with -Xmx512m on a fresh
# PostgreSQL database joy_load_<timestamp> at 127.0.0.1:5432 (user postgres, trust; dropped at the
# end), or on a fresh embedded H2 with LOAD_DB=h2. A small SMTP sink (smtp-sink.py) receives the
# invitation emails. Through the admin API it creates an edition of every installed instrument,
# invites LOAD_INVITEES addresses (default 3 x users) and sends their emails, keeps the tokens of
# the links, then switches the edition to its public link (emailed links keep working) so that
# both ways in are used. A warm-up edition gets a few respondents first (LOAD_WARMUP=0: none).
# Then the simulation (benchmarks/load, Gatling) runs:
#   think       <users> respondents at once (default 200) for <seconds> (default 180), each taking
#               LOAD_THINK_MS (default 600) per item on average to read and answer; half of them by
#               invitation while tokens last;
#   saturation  no think times; concurrency raised in LOAD_STEPS (default 6) equal steps up to
#               <users> (default 96) over <seconds> (default 180): completed surveys per second and
#               page times per step in steps.csv, and a chart of them (python3-matplotlib).
# Every respondent answers all pages, following the skip logic; some press Back, some leave after
# a page and come back with their invitation link or resume code; each one that finishes must see
# the thank-you page. Busy answers (503, or the ajax redirect to the busy page) are counted apart
# and retried after LOAD_BUSY_PAUSE_MS (default 5000).
# At the end it checks that the responses stored for the edition (the API's count and, on
# PostgreSQL, a count in the database) equal the surveys the simulation completed, and that the
# invitations marked completed equal the completed invited respondents; it exits 1 if not. While
# the load runs it samples the machine's CPU and load average, the server's CPU and heap, and the
# database connections in use every 5 s (monitor.csv). One line starting "LOAD " sums it all up.
# The output stays in LOAD_OUT (default a new /tmp/joy-load-* directory). Build the WAR first
# (`mvn -B package -DskipTests`); the first run needs Maven online to fetch Gatling
# (LOAD_MAVEN_OPTS='' instead of the default -o).
set -euo pipefail
cd "$(dirname "$0")/../../../.."
root=$(pwd)
mode=${3:-think}
case "$mode" in
  think) users=${1:-200}; seconds=${2:-180} ;;
  saturation) users=${1:-96}; seconds=${2:-180} ;;
  *) echo "mode must be think or saturation" >&2; exit 2 ;;
esac
database=${LOAD_DB:-postgresql}
port=${LOAD_PORT:-18495}
heap=${LOAD_HEAP:-512m}
invitees=${LOAD_INVITEES:-$((users * 3))}
steps=${LOAD_STEPS:-6}
out=${LOAD_OUT:-$(mktemp -d /tmp/joy-load-XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
payara=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
war=$root/war/target/joy-survey.war
[ -f "$war" ] || { echo "no $war: run mvn -B package -DskipTests first" >&2; exit 2; }
password=load-secret
url="http://localhost:$port"
auth=(-u "admin:$password")
json=(-H 'Content-Type: application/json')
stamp=$(date -u +%Y%m%d%H%M%S)
db=joy_load_$stamp
server=''
sink=''
monitor=''
jstat=''
snapshot=''

# exits with the script's own status, not the stopped server's
cleanup() {
  rc=$?
  set +e
  [ -n "$monitor" ] && kill "$monitor" 2>/dev/null
  [ -n "$jstat" ] && kill "$jstat" 2>/dev/null
  [ -n "$snapshot" ] && kill "$snapshot" 2>/dev/null
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi
  [ -n "$sink" ] && kill "$sink" 2>/dev/null
  if [ "$database" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db with (force)" || true
  fi
  exit $rc
}
trap cleanup EXIT

# a server already on the port would take the load instead (or another script's requests would reach ours)
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is in use: set LOAD_PORT" >&2
  exit 2
fi
python3 "$root/war/src/test/benchmark/smtp-sink.py" "$out/smtp.port" "$out/tokens.txt" &
sink=$!
for _ in $(seq 1 50); do [ -s "$out/smtp.port" ] && break; sleep 0.1; done
: > "$out/tokens.txt"

env_db=()
if [ "$database" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "create database $db"
  env_db=(JOY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db")
fi
env "${env_db[@]}" JOY_DATA_DIR="$out/data" JOY_DEMO=false JOY_ADMIN_PASSWORD=$password \
  JOY_SMTP_HOST=127.0.0.1 JOY_SMTP_PORT="$(cat "$out/smtp.port")" JOY_PUBLIC_URL="$url" \
  java -Xmx"$heap" ${LOAD_JAVA_OPTS:-} -jar "$payara" --nocluster --port "$port" \
  --deploy "$war" --contextroot / > "$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do curl -sf "$url/api/instruments" >/dev/null && break; sleep 1; done
curl -sf "$url/api/instruments" >/dev/null || { echo "the server did not start: $out/server.log" >&2; exit 1; }

base="$url/api/admin/editions"
instruments=$(curl -sf "$url/api/instruments" | python3 -c 'import json,sys; print(json.dumps([i["id"] for i in json.load(sys.stdin)["instruments"]]))')
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
# an open edition of every instrument; $1 the year, $2 the access mode
open_edition() {
  local id
  id=$(curl -sf "${auth[@]}" "${json[@]}" -d "{\"year\":$1,\"title\":\"Load test $1\",\"instruments\":$instruments}" "$base" | field '["id"]')
  curl -sf "${auth[@]}" -X PUT "${json[@]}" -d "{\"accessMode\":\"$2\"}" "$base/$id/access-mode" >/dev/null
  curl -sf "${auth[@]}" -X POST "${json[@]}" -d '{"status":"open"}' "$base/$id/status" >/dev/null
  echo "$id"
}
responses() { curl -sf "${auth[@]}" "$base/$1" | field '["responses"]'; }

mvn_load() {
  # shellcheck disable=SC2086
  mvn -B -q ${LOAD_MAVEN_OPTS--o} -f "$root/benchmarks/load/pom.xml" gatling:test -Dload.baseUrl="$url" "$@"
}

if [ "${LOAD_WARMUP:-1}" = 1 ]; then
  warm=$(open_edition 2090 open-link)
  mvn_load -Dload.edition="$warm" -Dload.users=4 -Dload.duration=20 -Dload.thinkMillisPerItem=0 \
    -Dload.leavePauseMillis=0 -Dload.tokens="$out/none.txt" -Dload.output="$out/warm-up" > "$out/warm-up.log" 2>&1 \
    || { echo "warm-up failed: $out/warm-up.log" >&2; exit 1; }
fi

id=$(open_edition 2091 invitation)
python3 -c "print('email'); [print(f'load{i}@example.org') for i in range($invitees)]" \
  | curl -sf "${auth[@]}" -H 'Content-Type: text/csv' --data-binary @- "$base/$id/invitations" >/dev/null
sent=$(curl -sf "${auth[@]}" -X POST "$base/$id/invitations/send" | field '["sent"]')
for _ in $(seq 1 100); do [ "$(wc -l < "$out/tokens.txt")" -ge "$sent" ] && break; sleep 0.1; done
curl -sf "${auth[@]}" -X PUT "${json[@]}" -d '{"accessMode":"open-link"}' "$base/$id/access-mode" >/dev/null
echo "# edition $id: $instruments; $sent invitations sent, $(wc -l < "$out/tokens.txt") links received; heap $heap; $database"
echo "# $(nproc) cores, $(free -g | awk '/Mem:/ {print $2 " GB"}'), $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- war platform instruments-plugins || echo '+changes')"

# every 5 s: machine CPU %, load average, server CPU %, database connections; the heap from one jstat
# (a jcmd every 5 s would start a JVM each time, and cost the machine more than it measures)
sample() {
  local ticks prev_total prev_idle prev_proc total idle proc conns
  ticks=$(getconf CLK_TCK)
  echo "time,machine_cpu_pct,load_avg_1m,server_cpu_pct,db_connections"
  read -r _ a b c d e f g h _ < /proc/stat; prev_total=$((a + b + c + d + e + f + g + h)); prev_idle=$((d + e))
  prev_proc=$(awk '{print $14 + $15}' "/proc/$server/stat")
  while sleep 5; do
    read -r _ a b c d e f g h _ < /proc/stat; total=$((a + b + c + d + e + f + g + h)); idle=$((d + e))
    proc=$(awk '{print $14 + $15}' "/proc/$server/stat" 2>/dev/null || echo "$prev_proc")
    conns=''
    if [ "$database" = postgresql ]; then
      conns=$(psql -h 127.0.0.1 -U postgres -tAq -c "select count(*) from pg_stat_activity where datname = '$db' and state <> 'idle'" 2>/dev/null || echo '')
    fi
    echo "$(date -u +%H:%M:%S),$(( 100 * (total - prev_total - idle + prev_idle) / (total - prev_total) )),$(cut -d' ' -f1 /proc/loadavg),$(( 100 * (proc - prev_proc) / ticks / 5 )),$conns"
    prev_total=$total; prev_idle=$idle; prev_proc=$proc
  done
}
sample > "$out/monitor.csv" &
monitor=$!
jstat -gc "$server" 5s > "$out/jstat.txt" 2>&1 &
jstat=$!
# one picture of the machine half way through, as top shows it
( sleep $((seconds / 2)); top -b -n1 | head -20 > "$out/top.txt" ) &
snapshot=$!

if [ "$mode" = saturation ]; then
  step=$(( users / steps )); [ "$step" -ge 1 ] || step=1
  load_args=(-Dload.mode=saturation -Dload.startUsers="$step" -Dload.stepUsers="$step" -Dload.steps="$steps"
             -Dload.stepSeconds=$(( seconds / steps - 2 )) -Dload.thinkMillisPerItem=0 -Dload.leavePauseMillis=0)
else
  load_args=(-Dload.mode=think -Dload.users="$users" -Dload.duration="$seconds"
             -Dload.thinkMillisPerItem="${LOAD_THINK_MS:-600}")
fi
set +e
mvn_load -Dload.edition="$id" -Dload.tokens="$out/tokens.txt" -Dload.output="$out" \
  -Dload.busyPauseMillis="${LOAD_BUSY_PAUSE_MS:-5000}" "${load_args[@]}" > "$out/gatling.log" 2>&1
gatling_rc=$?
set -e
kill "$monitor" "$jstat" 2>/dev/null; monitor=''; jstat=''
jcmd "$server" GC.heap_info > "$out/heap-after.txt" 2>&1 || true
[ -s "$out/summary.properties" ] || { echo "the simulation wrote no figures (rc $gatling_rc): $out/gatling.log" >&2; exit 1; }
cp -r "$(ls -d "$root"/benchmarks/load/target/gatling/respondentssimulation-* | tail -1)" "$out/gatling-report" 2>/dev/null || true

# what the server stored, against what the simulation saw
get() { grep "^$1=" "$out/summary.properties" | cut -d= -f2; }
stored=$(responses "$id")
invited_completed=$(curl -sf "${auth[@]}" "$base/$id/invitations" | field '["completed"]')
counted=$stored
if [ "$database" = postgresql ]; then
  counted=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "select count(*) from survey_response where edition_id = $id")
fi
# jstat -gc: the heap in use is S0U + S1U + EU + OU (KB)
heap_max=$(awk '$1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {print int(m / 1024)}' "$out/jstat.txt")
cpu_mean=$(awk -F, 'NR > 1 {s += $2; n++} END {if (n) printf "%d", s / n}' "$out/monitor.csv")
server_cpu=$(awk -F, 'NR > 1 {s += $4; n++} END {if (n) printf "%d", s / n}' "$out/monitor.csv")
load_max=$(awk -F, 'NR > 1 {if ($3 > m) m = $3} END {print m}' "$out/monitor.csv")
db_max=$(awk -F, 'NR > 1 && $5 != "" {if ($5 > m) m = $5} END {print m + 0}' "$out/monitor.csv")
# a submission whose answer timed out may or may not have been stored: then the check is a range
ok=yes
unconfirmed=$(get submit_timeouts)
[ "$stored" -ge "$(get completed)" ] && [ "$stored" -le $(( $(get completed) + unconfirmed )) ] \
  && [ "$counted" = "$stored" ] && [ "$invited_completed" -ge "$(get completed_invited)" ] \
  && [ "$invited_completed" -le $(( $(get completed_invited) + unconfirmed )) ] || ok=no

if [ "$mode" = saturation ]; then
  echo "# per step (steps.csv):"
  column -s, -t < "$out/steps.csv" | sed 's/^/#   /'
  # Debian's python3-matplotlib belongs to /usr/bin/python3, which may not be the python3 on the PATH
  plot=''
  for p in python3 /usr/bin/python3; do "$p" -c 'import matplotlib' 2>/dev/null && { plot=$p; break; }; done
  if [ -n "$plot" ]; then
    "$plot" "$root/war/src/test/benchmark/load-chart.py" "$out/steps.csv" "$out/saturation.png" \
      "${LOAD_CHART_TITLE:-Respondents at saturation: $(nproc) cores, -Xmx$heap, $database}"
    echo "# chart: $out/saturation.png"
  fi
fi
echo "LOAD mode=$mode users=$users seconds=$(get seconds) db=$database started=$(get started) completed=$(get completed)" \
  "(invited $(get completed_invited), public $(get completed_public)) stored=$stored db_count=$counted" \
  "invitations_completed=$invited_completed match=$ok surveys_per_s=$(get surveys_per_second) requests_per_survey=$(get requests_per_survey)" \
  "page_p50/p95/p99_ms=$(get page_p50_ms)/$(get page_p95_ms)/$(get page_p99_ms) answer_p50/p95/p99_ms=$(get answer_p50_ms)/$(get answer_p95_ms)/$(get answer_p99_ms)" \
  "pages=$(get page_requests) busy_503=$(get busy_503) busy_ajax=$(get busy_ajax) abandoned=$(get abandoned) timeouts=$(get timeouts) submit_timeouts=$unconfirmed errors=$(get errors)" \
  "expired=$(get expired) received_twice=$(get already_received) left=$(get left) resumed=$(get resumed) resume_failed=$(get resume_failed)" \
  "backs=$(get backs) back_answers_lost=$(get back_answers_lost) refused_answers_fixed=$(get validation_retries)" \
  "machine_cpu_mean=${cpu_mean}% server_cpu_mean=${server_cpu}% load_avg_max=$load_max heap_max_mb=$heap_max db_busy_connections_max=$db_max" \
  "gatling_rc=$gatling_rc out=$out"
[ "$ok" = yes ] && [ "$gatling_rc" = 0 ]
