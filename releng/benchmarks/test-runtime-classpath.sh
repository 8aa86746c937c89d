#!/usr/bin/env bash
# Prints the class path of the OSGi test runtime of a test bundle, as plain
# jars and class folders, so a harness can run on bundles that are not in the
# product yet. Run that test bundle's build first.
# Usage: releng/benchmarks/test-runtime-classpath.sh bundles/org.spinerad.ris.tests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
config=$root/${1:?usage: test-runtime-classpath.sh <test bundle folder>}/target/work/configuration/config.ini
[ -f "$config" ] || { echo "No test runtime in $config: run ./mvnw -B verify -pl $1 -am first" >&2; exit 1; }
sed 's/\\:/:/g' "$config" | grep '^osgi.bundles=' | tr ',' '\n' | sed -n 's/^.*reference:file:\([^@]*\).*$/\1/p' |
  while read -r location; do
    if [ -d "$location" ]; then
      [ -d "$location/target/classes" ] && echo "$location/target/classes"
    else
      echo "$location"
    fi
  done | paste -sd: -
