#!/usr/bin/env bash
# Cold start of the built workstation as a user starts it (bin/spinerad):
# process start -> window shown -> an example report open with an editable
# field, in alternating rounds with a bare JVM start (java -version) as the
# baseline of the same run; also the processor time the workstation used until
# then (all threads), which depends less on what else the machine runs.
# Without a DISPLAY it runs on a virtual one.
#
# Usage: releng/benchmarks/cold-start.sh [rounds] [accession]
#   rounds     timed starts (default 5); a first, untimed start fills the workspace
#   accession  the report to open (default ACC-TUM-02)
# Environment: SPINERAD_JAVA_OPTS   extra JVM options of every timed start
#              SPINERAD_CLASS_CACHE the class cache of bin/spinerad (default: one
#                                   of this run, written by its first start; "off")
#              COMPARE_JAVA_OPTS    when set, every round also starts with these
#                                   options instead (an A/B test under the same load)
#              PRODUCT              the product folder (default: the built one)
#              COMPARE_PRODUCT      when set, every round also starts this product
#                                   folder (with COMPARE_JAVA_OPTS when set too)
# Writes releng/benchmarks/target/cold-start.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
rounds=${1:-5}
accession=${2:-ACC-TUM-02}
product=${PRODUCT:-$root/releng/org.spinerad.product/target/products/org.spinerad.product/linux/gtk/x86_64}
[ -x "$product/bin/spinerad" ] || { echo "Build the product first: ./mvnw -B -DskipTests package" >&2; exit 1; }
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
out=$root/releng/benchmarks/target
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trace=$work/trace.txt
export SPINERAD_WORKSPACE=$work/workspace
# a class cache of this run's own, written by the first start like a new installation's
export SPINERAD_CLASS_CACHE=${SPINERAD_CLASS_CACHE:-$work/class-cache}
options_a=${SPINERAD_JAVA_OPTS:-}
variants=a
[ -n "${COMPARE_JAVA_OPTS+set}" ] || [ -n "${COMPARE_PRODUCT:-}" ] && variants="a b"
options_b=${COMPARE_JAVA_OPTS-$options_a}
product_b=${COMPARE_PRODUCT:-$product}
[ -z "${COMPARE_PRODUCT:-}" ] || [ -x "$product_b/bin/spinerad" ] || { echo "No product in $product_b" >&2; exit 1; }

now() { date +%s%3N; }

start() { # options, product folder; one start of the workstation, closed by the probe; prints its trace line
  # (a start that does not end in 120 s prints its threads into the log, SIGQUIT, before it is killed)
  : >"$trace"
  local t0 rc=0
  t0=$(now)
  SPINERAD_JAVA_OPTS="$1 -Dspinerad.startup.trace=$trace -Dspinerad.startup.open=$accession -Dspinerad.startup.exit=true" \
    timeout --signal=QUIT --kill-after=10 120 "$2/bin/spinerad" >>"$work/product.log" 2>&1 || rc=$?
  [ -s "$trace" ] || { echo "the workstation wrote no trace (exit $rc); log: $out/cold-start.log" >&2; cp "$work/product.log" "$out/cold-start.log"; exit 1; }
  echo "launch=$t0 $(cat "$trace")"
}

field() { sed -n "s/.*\b$1=\(-\?[0-9]*\).*/\1/p" <<<"$2"; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

start "$options_a" "$product" >/dev/null # the first start fills the workspace with the example cases, writes the model and the class cache
[ "$variants" = a ] || start "$options_b" "$product_b" >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$work/rows-a"; : >"$work/rows-b"
for i in $(seq 1 "$rounds"); do
  for v in $variants; do
    if [ "$v" = a ]; then options=$options_a; folder=$product; else options=$options_b; folder=$product_b; fi
    b0=$(now); "$java" -version >/dev/null 2>&1; b1=$(now)
    line=$(start "$options" "$folder")
    launch=$(field launch "$line"); model=$(field model "$line")
    window=$(field window "$line"); editable=$(field editable "$line"); cpu=$(field cpu "$line")
    [ "$editable" -gt 0 ] || { echo "round $i: the report $accession did not become editable" >&2; exit 1; }
    printf '%d %d %d %d %d %d\n' $((b1 - b0)) $((model - launch)) $((window - launch)) \
      $((editable - launch)) $((editable - window)) "${cpu:--1}" >>"$work/rows-$v"
    printf 'round %d%s: bare JVM %d ms; workbench model %d ms, window %d ms, editable report %d ms (processor %d ms)\n' \
      "$i" "$([ "$variants" = a ] || echo " ($v)")" $((b1 - b0)) $((model - launch)) $((window - launch)) $((editable - launch)) "${cpu:--1}"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

summary() { # variant, its options, its product folder
  local rows=$work/rows-$1
  col() { cut -d' ' -f"$1" "$rows" | median; }
  range() { cut -d' ' -f"$1" "$rows" | sort -n | sed -n '1p;$p' | paste -sd- -; }
  local bare window editable
  # the ratios of both variants divide by the bare JVM starts of the whole run
  bare=$(cat "$work"/rows-* | cut -d' ' -f1 | median); window=$(col 3); editable=$(col 4)
  echo "JVM options: ${2:-(none)}"
  [ "$3" = "$product" ] && [ "$product_b" = "$product" ] || echo "  product: $3"
  echo "  bare JVM start: median $bare ms of the run (range here $(range 1))"
  echo "  process start to workbench model: median $(col 2) ms (range $(range 2))"
  echo "  process start to window shown: median $window ms (range $(range 3)) = $(awk "BEGIN { printf \"%.1f\", $window / $bare }") x a bare JVM start"
  echo "  process start to editable report: median $editable ms (range $(range 4)) = $(awk "BEGIN { printf \"%.1f\", $editable / $bare }") x a bare JVM start"
  echo "  window shown to editable report: median $(col 5) ms (range $(range 5))"
  echo "  processor time of all threads until the editable report: median $(col 6) ms (range $(range 6))"
}
{
  echo "cold start, $rounds rounds, report $accession, $(date -u +%Y-%m-%dT%H:%MZ), load average $load_before -> $load_after"
  summary a "$options_a" "$product"
  if [ "$variants" != a ]; then summary b "$options_b" "$product_b"; fi
} | tee "$out/cold-start.txt"
