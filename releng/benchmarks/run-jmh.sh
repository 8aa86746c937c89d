#!/usr/bin/env bash
# Runs the JMH benchmarks (releng/benchmarks/jmh) on the jars of the built product.
# Usage: releng/benchmarks/run-jmh.sh [JMH options, e.g. RenderBenchmark -p caseId=TUM-01]
# JMH itself comes from Maven Central through the Maven Wrapper, once.
# SPINERAD_BENCH_CLASSPATH replaces the product's jars, e.g. with the test
# runtime of a test bundle (see README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
product=$root/releng/org.spinerad.product/target/products/org.spinerad.product/linux/gtk/x86_64
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jmh_version=1.37
jars=("$repo/org/openjdk/jmh/jmh-core/$jmh_version/jmh-core-$jmh_version.jar"
  "$repo/org/openjdk/jmh/jmh-generator-annprocess/$jmh_version/jmh-generator-annprocess-$jmh_version.jar"
  "$repo/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar"
  "$repo/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar")
if [ ! -f "${jars[1]}" ]; then
  # outside the Tycho build: a folder with the wrapper only, so no build extension loads
  plain=$(mktemp -d)
  mkdir -p "$plain/.mvn" && cp -r "$root/.mvn/wrapper" "$plain/.mvn/"
  (cd "$plain" && JAVA_HOME=$jdk "$root/mvnw" -q dependency:get \
    -Dartifact=org.openjdk.jmh:jmh-generator-annprocess:$jmh_version)
  rm -rf "$plain"
fi
jmh_cp=$(IFS=:; echo "${jars[*]}")
if [ -n "${SPINERAD_BENCH_CLASSPATH:-}" ]; then
  cp="$SPINERAD_BENCH_CLASSPATH:$jmh_cp"
else
  [ -d "$product/plugins" ] || { echo "Build the product first: ./mvnw -B -DskipTests verify" >&2; exit 1; }
  cp="$product/plugins/*:$jmh_cp"
fi
out=$root/releng/benchmarks/target/jmh
rm -rf "$out" && mkdir -p "$out"
"$jdk/bin/javac" -d "$out" -cp "$cp" -processorpath "$jmh_cp" \
  $(find "$here/jmh" -name '*.java')
exec "$jdk/bin/java" -Xmx2g -cp "$out:$cp" org.openjdk.jmh.Main "$@"
