#!/bin/sh
# make calibrate: holds the tool's c and jeromq figures against plain programs that share no code
# with it (build/native/plain-libzmq, build/lib/calibrate/ PlainJeromq), at the same placement,
# sizes and counts: tcp, PAIR, RTT p50 and delivered msg/s. ROUNDS rounds; in each, every cell runs
# once through the tool (one fork of that cell alone) and once as a plain program, back to back,
# which one first alternating by round, so that drift hits both alike. Prints the medians across
# rounds and their ratio tool/plain with the range of the per-round ratios: over n rounds that
# range holds the median ratio with confidence 1 - 2^(1-n).
# It also prints how much each figure moves from round to round (cv: standard deviation / mean)
# for the tool and for the plain programs, the machine's own floor, and how many forks a 95%
# interval within +-5% would need at the plain programs' spread.
# Each run's figure goes to stderr as "calibrate: tool|plain ROUND BACKEND SCENARIO SIZE VALUE".
# Settings (environment): CPUS=separate|same|none, ROUNDS, SIZES, the four counts, TOOL_ARGS.
set -eu
home=$(cd "$(dirname "$0")/../.." && pwd)
CPUS=${CPUS:-separate}
ROUNDS=${ROUNDS:-5}
SIZES=${SIZES:-64 1024}
LATENCY_WARMUP=${LATENCY_WARMUP:-20000}     # round trips; JeroMQ needs >= 20k to be steady
LATENCY_COUNT=${LATENCY_COUNT:-20000}
THROUGHPUT_WARMUP=${THROUGHPUT_WARMUP:-500000} # messages; a JeroMQ stream is steady after ~500k
THROUGHPUT_COUNT=${THROUGHPUT_COUNT:-2000000}
# How the tool warms up and measures: the same as the plain programs.
TOOL_ARGS=${TOOL_ARGS:-"--latency-warmup $LATENCY_WARMUP --latency-count $LATENCY_COUNT
  --throughput-warmup $THROUGHPUT_WARMUP --throughput-count $THROUGHPUT_COUNT"}
# The flags the tool gives its Java workers (the result set's jvm_flags_worker): pinned to one CPU
# without them, the plain JVM would pick the Serial collector and one CPU's ergonomics, and the
# calibration would compare two JVM set-ups instead of the harness.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseG1GC -XX:ActiveProcessorCount=$(nproc) -Xms256m -Xmx256m}

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
  counts="$THROUGHPUT_WARMUP $THROUGHPUT_COUNT"
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
  # shellcheck disable=SC2086 # TOOL_ARGS is a list of options
  "$home/zmqbench" compare --backends "$2" --transports tcp --patterns pair --scenarios "$3" --sizes "$4" \
    --cpus "$CPUS" --forks 1 --precision 0 $TOOL_ARGS --quiet --format csv \
    --output "$work/tool.csv" --out "$work/set-$1-$2-$3-$4" 2>"$work/tool.err" \
    || { cat "$work/tool.err" >&2; echo "calibrate: the tool failed (above)" >&2; exit 1; }
  # CSV by header name; quoted fields (with commas) are not among those read
  awk -F, -v round="$1" '{ gsub(/"[^"]*"/, "q") }
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { figure = $col["scenario"] == "latency" ? "rtt_p50_ns_median" : "msgs_per_sec_median"
      print round, $col["backend"], $col["scenario"], $col["size_bytes"], $col[figure] }' \
    "$work/tool.csv" | tee -a "$work/tool.txt" | sed 's/^/calibrate: tool /' >&2
}

round=1
while [ $round -le "$ROUNDS" ]; do
  echo "calibrate: round $round of $ROUNDS" >&2
  for impl in c jeromq; do
    for scenario in latency throughput; do
      for size in $SIZES; do # tool and plain seconds apart, which one first alternating by round
        if [ $((round % 2)) = 1 ]; then
          tool $round $impl $scenario "$size"; plain $round $impl $scenario "$size"
        else
          plain $round $impl $scenario "$size"; tool $round $impl $scenario "$size"
        fi
      done
    done
  done
  round=$((round + 1))
done

awk -v cpus="$CPUS" -v rounds="$ROUNDS" -v sizes="$SIZES" '
  function median(list,   n, v, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  function cv(list,   n, v, i, m, ss) { # spread across rounds: standard deviation / mean, in %
    n = split(list, v, " "); m = 0; ss = 0
    for (i = 1; i <= n; i++) m += v[i] / n
    for (i = 1; i <= n; i++) ss += (v[i] - m) ^ 2
    return n > 1 && m > 0 ? 100 * sqrt(ss / (n - 1)) / m : 0
  }
  function rounds_for(c,   n, t) { # forks a 95% t interval of the mean needs to be within +-5% at spread c (%)
    split("12.706 4.303 3.182 2.776 2.571 2.447 2.365 2.306 2.262 2.228 2.201 2.179 2.160 2.145 2.131", t, " ")
    for (n = 2; n <= 99; n++) if ((n <= 16 ? t[n - 1] : 2.1) * c / sqrt(n) <= 5) return n
    return ">99"
  }
  function show(x, scenario) { return scenario == "latency" ? sprintf("%.1f us", x / 1000) : sprintf("%.0f", x) }
  { key = $2 " " $3 " " $4 }
  FILENAME ~ /tool.txt$/ { tool[key] = tool[key] " " $5; of[$1 " " key] = $5; next }
  { plain[key] = plain[key] " " $5; ratios[key] = ratios[key] " " of[$1 " " key] / $5 }
  END {
    printf "calibration: tcp, PAIR, --cpus %s, %d rounds; tool and plain: medians across rounds\n", cpus, rounds
    printf "%-7s %-8s %5s %12s %12s %10s %16s %5s %8s %8s %7s\n",
      "backend", "figure", "size", "tool", "plain", "tool/plain", "round range", "+-5%", "tool cv", "plain cv", "forks"
    split("c jeromq", backends, " "); split("latency throughput", scenarios, " "); n = split(sizes, size, " ")
    for (b = 1; b <= 2; b++) for (s = 1; s <= 2; s++) for (z = 1; z <= n; z++) {
      key = backends[b] " " scenarios[s] " " size[z]
      r = median(tool[key]) / median(plain[key])
      m = split(ratios[key], v, " "); lo = hi = v[1]
      for (i = 2; i <= m; i++) { lo = v[i] < lo ? v[i] : lo; hi = v[i] > hi ? v[i] : hi }
      printf "%-7s %-8s %5s %12s %12s %10.3f %16s %5s %7.1f%% %7.1f%% %7s\n", backends[b], s == 1 ? "RTT p50" : "msg/s",
        size[z] " B", show(median(tool[key]), scenarios[s]), show(median(plain[key]), scenarios[s]), r,
        sprintf("%.3f-%.3f", lo, hi), (r >= 0.95 && r <= 1.05 ? "yes" : "NO"), cv(tool[key]), cv(plain[key]),
        rounds_for(cv(plain[key]))
    }
  }' "$work/tool.txt" "$work/plain.txt"
