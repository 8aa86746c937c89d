#!/usr/bin/env bash
# Sets up the machine, builds the workstation (unless it is built already) and
# starts it. Without a display it runs under a virtual one (Xvfb).
# Options: --rebuild  build again even if a product exists
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME=$(releng/scripts/setup.sh)
export JAVA_HOME
product=releng/org.spinerad.product/target/products/org.spinerad.product/linux/gtk/x86_64
if [ "${1:-}" = "--rebuild" ] || [ ! -x "$product/bin/spinerad" ]; then
  [ "${1:-}" = "--rebuild" ] && shift
  echo "Building the workstation (first time: a few minutes for downloads)..." >&2
  ./mvnw -B -q -DskipTests package
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "No DISPLAY: starting the workstation on a virtual display (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$product/bin/spinerad" "$@"
fi
exec "$product/bin/spinerad" "$@"
