#!/usr/bin/env bash
# Runs one benchmark harness on the jars of the built product.
# Usage: releng/benchmarks/run.sh <Harness> [args...]
# SPINERAD_BENCH_CLASSPATH replaces the product's jars, e.g. with the test
# runtime of a bundle not yet in the product (see README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
product=$root/releng/org.spinerad.product/target/products/org.spinerad.product/linux/gtk/x86_64
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
javac=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac
if [ -n "${SPINERAD_BENCH_CLASSPATH:-}" ]; then
  cp=$SPINERAD_BENCH_CLASSPATH
else
  [ -d "$product/plugins" ] || { echo "Build the product first: ./mvnw -B -DskipTests verify" >&2; exit 1; }
  cp="$product/plugins/*"
fi
harness=${1:?usage: run.sh <Harness> [args...]}; shift
source=$here/src/org/spinerad/benchmarks/$harness.java
[ -f "$source" ] || { echo "No harness $harness in $here/src/org/spinerad/benchmarks" >&2; exit 1; }
out=$root/releng/benchmarks/target/classes
mkdir -p "$out"
"$javac" -d "$out" -cp "$cp" "$source"
exec "$java" -Xmx2g -cp "$out:$cp" "org.spinerad.benchmarks.$harness" "$@"
