# Sourced by the benchmark scripts: the built WAR on Payara Micro on a fresh embedded database,
# and an open edition with every bundled instrument behind a public link.
#
#   start_server <heap>   sets $server (pid), $url, $work, $password; stops the server on exit
#   open_edition <title>  sets $id
#   used_kb               the heap in use after a full GC, in KB
port=${BENCH_PORT:-18481}
work=$(mktemp -d /tmp/joy-bench-XXXXXX)
payara=$(ls war/target/payara-micro-6.2025.10.jar 2>/dev/null || ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
password=bench-secret
url="http://localhost:$port"

start_server() {
  JOY_DATA_DIR="$work/data" JOY_DEMO=false JOY_ADMIN_PASSWORD=$password \
    java -Xmx"$1" ${BENCH_JAVA_OPTS:-} -jar "$payara" --nocluster --port "$port" \
    --deploy "${BENCH_WAR:-war/target/joy-survey.war}" --contextroot / > "$work/server.log" 2>&1 &
  server=$!
  trap 'rc=$?; kill $server 2>/dev/null; wait $server 2>/dev/null; exit $rc' EXIT
  for _ in $(seq 1 180); do curl -sf "$url/api/instruments" >/dev/null && return; sleep 1; done
  echo "the server did not start; see $work/server.log" >&2
  exit 1
}

open_edition() {
  local base="$url/api/admin/editions" instruments
  instruments=$(curl -sf "$url/api/instruments" | python3 -c 'import json,sys; print(json.dumps([i["id"] for i in json.load(sys.stdin)["instruments"]]))')
  id=$(curl -sf -u admin:$password -H 'Content-Type: application/json' \
    -d "{\"year\":2022,\"title\":\"$1\",\"instruments\":$instruments}" "$base" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -sf -u admin:$password -X PUT -H 'Content-Type: application/json' -d '{"accessMode":"open-link"}' \
    "$base/$id/access-mode" >/dev/null
  curl -sf -u admin:$password -X POST -H 'Content-Type: application/json' -d '{"status":"open"}' \
    "$base/$id/status" >/dev/null
  echo "# edition $id with $instruments, $(nproc) cores, $(java -version 2>&1 | head -1)"
}

used_kb() {
  jcmd "$server" GC.run >/dev/null
  sleep 1
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}
