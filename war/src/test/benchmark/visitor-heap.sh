#!/usr/bin/env bash
# Heap held per idle visitor and per respondent mid-form (docs/benchmarks.md, "Respondents at scale").
#
#   war/src/test/benchmark/visitor-heap.sh [visitors] [respondents] [heap]
#
# Starts the built WAR on Payara Micro with -Xmx<heap> (default 512m) on a fresh embedded database,
# opens an edition with every bundled instrument by its public link, and warms the server up. Then:
#   1. <visitors> (default 3000) first-page visits by plain curl without cookies, 8 at a time;
#   2. <respondents> (default 1000) respondents, each with its own cookie jar, who open the link and
#      press Next twice (the first post makes the session and the draft, the second is a stateful
#      post), so that each holds a session with the form's view state, mid-form.
# Before and after each step a full GC (`jcmd <pid> GC.run`) and the heap in use after it
# (`jcmd <pid> GC.heap_info`); the difference divided by the count is the heap each one holds.
# It also counts the sessions the visits made (Set-Cookie). BENCH_HISTOGRAM=1 prints the classes
# that hold the most heap at the end. Run `mvn -B package -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
visitors=${1:-3000}
respondents=${2:-1000}
heap=${3:-512m}
source war/src/test/benchmark/server.sh
start_server "$heap"
open_edition Heap
echo "# heap $heap"

visit() { curl -s -D - -o /dev/null "$url/survey.xhtml?edition=$id" | grep -ci '^set-cookie: JSESSIONID=' || true; }
# one respondent: the first page, Next (stateless post: the session and the draft begin), Next again
respond() {
  jar=$(mktemp "$work/jar-XXXXXX")
  curl -s -c "$jar" -b "$jar" -o /dev/null "$url/survey.xhtml?edition=$id"
  ajax=(-H 'Faces-Request: partial/ajax' --data 'jakarta.faces.partial.ajax=true&jakarta.faces.source=survey%3Anext&jakarta.faces.partial.execute=survey&jakarta.faces.partial.render=survey&survey%3Anext=survey%3Anext&survey=survey')
  state=$(curl -s -c "$jar" -b "$jar" "${ajax[@]}" --data "edition=$id&jakarta.faces.ViewState=stateless" "$url/survey.xhtml" \
    | grep -o 'ViewState:0"><!\[CDATA\[[^]]*' | sed 's/.*CDATA\[//')
  curl -s -c "$jar" -b "$jar" -o /dev/null "${ajax[@]}" --data "edition=$id" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$url/survey.xhtml"
  rm -f "$jar"
}
export -f visit respond
export url id work

# warm-up: the pages compiled, the instruments loaded, a few sessions made and dropped
seq 1 200 | xargs -P 8 -I{} bash -c visit >/dev/null
seq 1 20 | xargs -P 8 -I{} bash -c respond

before=$(used_kb)
start=$(date +%s.%N)
sessions=$(seq 1 "$visitors" | xargs -P 8 -I{} bash -c visit | awk '{s+=$1} END {print s+0}')
end=$(date +%s.%N)
after=$(used_kb)
echo "visitors=$visitors seconds=$(echo "$end - $start" | bc) sessions_made=$sessions heap_before_kb=$before heap_after_kb=$after bytes_per_visitor=$(( (after - before) * 1024 / visitors ))"

before=$after
start=$(date +%s.%N)
seq 1 "$respondents" | xargs -P 8 -I{} bash -c respond
end=$(date +%s.%N)
after=$(used_kb)
echo "respondents=$respondents seconds=$(echo "$end - $start" | bc) heap_before_kb=$before heap_after_kb=$after bytes_per_respondent=$(( (after - before) * 1024 / respondents ))"
grep -c 'OutOfMemoryError' "$work/server.log" | sed 's/^/out_of_memory_errors=/' || true
if [ "${BENCH_HISTOGRAM:-0}" = 1 ]; then
  # what the respondents' heap is made of: the classes with the most bytes, after a full GC
  jcmd "$server" GC.class_histogram | head -25
fi
