#!/usr/bin/env bash
# The cluster of docs/deployment.md ("Several instances") on this machine, for load tests:
#
#   war/src/test/benchmark/cluster.sh <jdbc-url> [balancer-port]
#
# Starts two Payara Micro instances of the built WAR (run `mvn -B package -DskipTests` first), a
# and b, in one data grid of their own (a cluster name of this run's, TCP/IP discovery on
# loopback) on the given PostgreSQL database, and HAProxy in front of them with deploy/haproxy.cfg
# as it is. Prints `url=http://127.0.0.1:<port>/` once both instances and HAProxy answer, then
# stays in the foreground; Ctrl-C (or SIGTERM) stops all three. The admin password is
# $JOY_ADMIN_PASSWORD (default bench-secret); the logs are in the directory it prints.
#
#   war/src/test/benchmark/cluster.sh jdbc:postgresql://127.0.0.1:5432/joy_load &
#   # wait for the url= line, then point the load test at it
set -euo pipefail
cd "$(dirname "$0")/../../../.."
db_url=${1:?usage: cluster.sh <jdbc-url> [balancer-port]}
lb_port=${2:-18480}
port_a=${CLUSTER_PORT_A:-18481}
port_b=${CLUSTER_PORT_B:-18482}
grid_a=${CLUSTER_GRID_PORT_A:-16981}
grid_b=${CLUSTER_GRID_PORT_B:-16982}
heap=${CLUSTER_HEAP:-1g}
payara=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
work=$(mktemp -d /tmp/joy-cluster-XXXXXX)
cluster="joy-bench-$(basename "$work")"

export JOY_DB_URL=$db_url
export JOY_DB_USER=${JOY_DB_USER:-postgres}
export JOY_DB_PASSWORD=${JOY_DB_PASSWORD:--}
export JOY_DEMO=false
export JOY_ADMIN_PASSWORD=${JOY_ADMIN_PASSWORD:-bench-secret}
export JOY_RESPONDENTS_CLIENT_ADDRESS_HEADER=X-Forwarded-For

pids=()
trap 'rc=$?; kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; exit $rc' EXIT INT TERM

# one instance: the start command of docs/deployment.md, with both members on loopback (hence
# --nohostaware: on one address, host-aware partitioning would keep no backup of the other's data)
start() { # name http-port grid-port
  JOY_DATA_DIR="$work/data-$1" java -Xmx"$heap" ${CLUSTER_JAVA_OPTS:-} -jar "$payara" \
    --deploy war/target/joy-survey.war --contextroot / --port "$2" \
    --name "$1" --clustername "$cluster" \
    --clustermode "tcpip:127.0.0.1:$grid_a,127.0.0.1:$grid_b" --interfaces 127.0.0.1 \
    --startport "$3" --nohostaware > "$work/$1.log" 2>&1 &
  pids+=($!)
}
start a "$port_a" "$grid_a"
start b "$port_b" "$grid_b"
for port in "$port_a" "$port_b"; do
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/api/instruments" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/api/instruments" >/dev/null || { echo "an instance did not start: $work" >&2; exit 1; }
done
for name in a b; do
  for _ in $(seq 1 120); do grep -aq 'DG Size: 2' "$work/$name.log" && break; sleep 1; done
done

JOY_LB_BIND=127.0.0.1:$lb_port JOY_A=127.0.0.1:$port_a JOY_B=127.0.0.1:$port_b \
  haproxy -db -f deploy/haproxy.cfg > "$work/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$lb_port/api/instruments" >/dev/null && break; sleep 1; done

echo "# instances a (:$port_a) and b (:$port_b) in data grid $cluster, logs in $work"
echo "url=http://127.0.0.1:$lb_port/"
wait
