#!/usr/bin/env bash
# Runs all tests: unit and integration tests of every bundle, UI tests in the
# real workstation under a virtual display, and the smoke test of the product.
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME=$(releng/scripts/setup.sh)
export JAVA_HOME
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@"
