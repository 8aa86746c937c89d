#!/usr/bin/env bash
# Runs a DICOM benchmark harness on the jars of our DICOM bundles (they are not
# in the product yet): org.spinerad.dicom, org.spinerad.dicom.report and
# org.spinerad.model from their target/ folders, EMF and Jackson from the
# local Maven repository that the build filled.
# Build first:
#   ./mvnw -B -DskipTests verify -pl bundles/org.spinerad.dicom.report -am
# Usage: releng/benchmarks/run-dicom.sh DicomImport [instances]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
javac=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp=""
for bundle in org.spinerad.dicom org.spinerad.dicom.report org.spinerad.model; do
  jar=$(ls "$root/bundles/$bundle/target/$bundle"-*.jar 2>/dev/null | grep -v sources | head -1 || true)
  [ -n "$jar" ] || { echo "No jar of $bundle: build first: ./mvnw -B -DskipTests verify -pl bundles/org.spinerad.dicom.report -am" >&2; exit 1; }
  cp="$cp:$jar"
done
for artifact in org/eclipse/emf/org.eclipse.emf.common org/eclipse/emf/org.eclipse.emf.ecore \
    com/fasterxml/jackson/core/jackson-databind com/fasterxml/jackson/core/jackson-core \
    com/fasterxml/jackson/core/jackson-annotations; do
  jar=$(find "$repo/$artifact" -name '*.jar' ! -name '*sources*' 2>/dev/null | sort -V | tail -1)
  [ -n "$jar" ] || { echo "No jar of $artifact in $repo: run the build once online" >&2; exit 1; }
  cp="$cp:$jar"
done
out=$root/releng/benchmarks/target/dicom-classes
mkdir -p "$out"
"$javac" -d "$out" -cp "${cp#:}" "$here/src/org/spinerad/benchmarks/DicomImport.java"
harness=$1; shift
exec "$java" -Xmx2g -cp "$out$cp" "org.spinerad.benchmarks.$harness" "$@"
