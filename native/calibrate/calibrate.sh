#!/bin/sh
# make calibrate: holds the tool's c and jeromq figures against plain programs that share no code
# with it (build/native/plain-libzmq, build/lib/calibrate/ PlainJeromq), at the same placement,
# sizes and counts: tcp, PAIR, RTT p50 and delivered msg/s. In each round every open cell runs once
# through the tool (one fork of that cell alone) and once as a plain program, back to back, which
# one first alternating by round, so that drift hits both alike. A cell stays open until the 95%
# interval of its ratio tool/plain (Student's t on the rounds' paired log ratios) lies wholly
# inside or wholly outside 1 +-5%, for at least ROUNDS and at most MAX_ROUNDS rounds. The table
# (zmqbench.cli.calibration.Calibration) gives the medians, the ratio and its interval, and how
# much each side moves from round to round (cv: standard deviation / mean), the plain programs'
# being the machine's own floor.
# Each run's figure goes to stderr as "calibrate: tool|plain ROUND BACKEND SCENARIO SIZE VALUE".
# Settings (environment): CPUS=separate|same|none, ROUNDS, MAX_ROUNDS, BACKENDS, SCENARIOS, SIZES,
# the four counts, SLICE, SLICE_BUDGET, TOOL_ARGS.
set -eu
home=$(cd "$(dirname "$0")/../.." && pwd)
CPUS=${CPUS:-separate}
ROUNDS=${ROUNDS:-6}          # least rounds per cell
MAX_ROUNDS=${MAX_ROUNDS:-30} # most, for a cell whose interval still straddles 0.95 or 1.05
BACKENDS=${BACKENDS:-c jeromq}
SCENARIOS=${SCENARIOS:-latency throughput}
SIZES=${SIZES:-64 1024}
LATENCY_WARMUP=${LATENCY_WARMUP:-20000}     # round trips; JeroMQ needs >= 20k to be steady
LATENCY_COUNT=${LATENCY_COUNT:-20000}
THROUGHPUT_COUNT=${THROUGHPUT_COUNT:-2000000}
# Warm-up messages of a stream of SIZE bytes: THROUGHPUT_WARMUP if set, else 20M up to 256 B and 4M
# above. A JeroMQ 64 B stream climbs for seconds (0.3M msg/s for 1.7 s, then 3-5M): on the EPYC VM
# of 2026-12-02, 4M warm-up messages left the plain loop at 3.2M msg/s, 0.69x the tool's
# steady-state slices; 20M (4-6 s) brought it to 1.00x [0.88, 1.20].
throughput_warmup() {
  if [ -n "${THROUGHPUT_WARMUP:-}" ]; then echo "$THROUGHPUT_WARMUP"
  elif [ "$1" -le 256 ]; then echo 20000000
  else echo 4000000; fi
}
# The tool's --slice. 0: each tool run measures one counted interval, as the plain programs do.
# A duration (200ms), or auto (the default compare's: 200ms for latency, 50ms for throughput): each
# tool run warms its pair up to steady state and measures it in slices for SLICE_BUDGET, the way
# compare measures; its figure is the slices' centre.
SLICE=${SLICE:-0}
SLICE_BUDGET=${SLICE_BUDGET:-15s}
# How the tool warms up and measures: the same as the plain programs, or in slices.
# (SLICE=0: the counts are the size's, set in tool().)
if [ "$SLICE" = auto ]; then
  TOOL_ARGS=${TOOL_ARGS:-"--time-budget $SLICE_BUDGET"}
elif [ "$SLICE" != 0 ]; then
  TOOL_ARGS=${TOOL_ARGS:-"--slice $SLICE --time-budget $SLICE_BUDGET"}
fi
# The flags the tool gives its Java workers (the result set's jvm_flags_worker): pinned to one CPU
# without them, the plain JVM would pick the Serial collector and one CPU's ergonomics, and the
# calibration would compare two JVM set-ups instead of the harness (BackendCatalogTest holds them equal).
JAVA_OPTS=${JAVA_OPTS:--XX:+UseG1GC -XX:ActiveProcessorCount=$(nproc) -Xms256m -Xmx256m -Xmn150m}

case $CPUS in # the tool's placements (Placement.java): bind peer, connect peer
  separate) bind_cpu=1 connect_cpu=0 ;;
  same) bind_cpu=0 connect_cpu=0 ;;
  none) bind_cpu='' connect_cpu='' ;;
  *) echo "calibrate: CPUS must be separate, same or none, not '$CPUS'" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# peer CPU IMPL ARGS...: one plain program, pinned to CPU unless it is empty.
peer() {
  cpu=$1 impl=$2
  shift 2
  if [ "$impl" = c ]; then
    set -- "$home/build/native/plain-libzmq" "$@"
  else
    set -- java $JAVA_OPTS -cp "$home/build/lib/calibrate/*" zmqbench.calibrate.PlainJeromq "$@"
  fi
  if [ -n "$cpu" ]; then taskset -c "$cpu" "$@"; else "$@"; fi
}

# plain ROUND IMPL SCENARIO SIZE: one plain run; appends "round impl scenario size value" to plain.txt.
plain() {
  counts="$(throughput_warmup "$4") $THROUGHPUT_COUNT"
  [ "$3" = throughput ] || counts="$LATENCY_WARMUP $LATENCY_COUNT"
  : >"$work/bind.out"
  peer "$bind_cpu" "$2" "$3" bind 'tcp://127.0.0.1:*' "$4" $counts >"$work/bind.out" &
  bind_pid=$!
  tries=0
  until grep -q '^endpoint ' "$work/bind.out"; do # the bound port, within 60 s
    tries=$((tries + 1))
    [ $tries -le 600 ] && kill -0 $bind_pid 2>/dev/null || { echo "calibrate: plain $2 $3 did not bind" >&2; exit 1; }
    sleep 0.1
  done
  endpoint=$(sed -n 's/^endpoint //p' "$work/bind.out")
  if ! peer "$connect_cpu" "$2" "$3" connect "$endpoint" "$4" $counts >"$work/connect.out" || ! wait $bind_pid; then
    echo "calibrate: plain $2 $3 $4 B over $endpoint failed (above)" >&2
    exit 1
  fi
  value=$(cat "$work/bind.out" "$work/connect.out" | awk '/^rtt_p50_ns / { print $2 } /^msgs_per_sec / { print $2 }')
  echo "$1 $2 $3 $4 $value" | tee -a "$work/plain.txt" | sed 's/^/calibrate: plain /' >&2
}

# tool ROUND IMPL SCENARIO SIZE: one run of the tool for that one cell (one fork: the rounds are this
# script's), as plain runs one program; appends its figure to tool.txt in plain.txt's form.
tool() {
  args=${TOOL_ARGS:-"--slice 0 --latency-warmup $LATENCY_WARMUP --latency-count $LATENCY_COUNT
    --throughput-warmup $(throughput_warmup "$4") --throughput-count $THROUGHPUT_COUNT"}
  # shellcheck disable=SC2086 # args is a list of options
  "$home/zmqbench" compare --backends "$2" --transports tcp --patterns pair --scenarios "$3" --sizes "$4" \
    --cpus "$CPUS" --forks 1 --precision 0 $args --quiet --format csv \
    --output "$work/tool.csv" --out "$work/set-$1-$2-$3-$4" 2>"$work/tool.err" \
    || { cat "$work/tool.err" >&2; echo "calibrate: the tool failed (above)" >&2; exit 1; }
  # CSV by header name; quoted fields (with commas) are not among those read
  awk -F, -v round="$1" '{ gsub(/"[^"]*"/, "q") }
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { figure = $col["scenario"] == "latency" ? "rtt_p50_ns_median" : "msgs_per_sec_median"
      print round, $col["backend"], $col["scenario"], $col["size_bytes"], $col[figure] }' \
    "$work/tool.csv" | tee -a "$work/tool.txt" | sed 's/^/calibrate: tool /' >&2
}

# summary table|pending: the statistics (Calibration.java) of what has run so far.
summary() {
  java -cp "$home/build/lib/cli/*" zmqbench.cli.calibration.Calibration "$1" "$work/tool.txt" "$work/plain.txt" \
    "$ROUNDS" "$MAX_ROUNDS"
}

cells=$(for impl in $BACKENDS; do for scenario in $SCENARIOS; do for size in $SIZES; do
  echo "$impl $scenario $size"; done; done; done)
round=1
while [ -n "$cells" ]; do
  echo "calibrate: round $round, $(echo "$cells" | wc -l) cells open" >&2
  while read -r impl scenario size <&3; do # tool and plain seconds apart, which one first alternating by round
    if [ $((round % 2)) = 1 ]; then
      tool $round "$impl" "$scenario" "$size"; plain $round "$impl" "$scenario" "$size"
    else
      plain $round "$impl" "$scenario" "$size"; tool $round "$impl" "$scenario" "$size"
    fi
  done 3<<EOF
$cells
EOF
  cells=$(summary pending)
  round=$((round + 1))
done

printf 'calibration: tcp, PAIR, --cpus %s; tool and plain: median [95%% interval] across rounds\n' "$CPUS"
summary table
