#!/usr/bin/env bash
# Runs one benchmark harness on the jars of the built product.
# Usage: releng/benchmarks/run.sh <Harness> [args...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
product=$root/releng/org.spinerad.product/target/products/org.spinerad.product/linux/gtk/x86_64
[ -d "$product/plugins" ] || { echo "Build the product first: ./mvnw -B -DskipTests verify" >&2; exit 1; }
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
javac=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac
out=$root/releng/benchmarks/target/classes
mkdir -p "$out"
cp="$product/plugins/*"
"$javac" -d "$out" -cp "$cp" $(find "$here/src" -name '*.java')
harness=$1; shift
exec "$java" -Xmx2g -cp "$out:$cp" "org.spinerad.benchmarks.$harness" "$@"
