#!/bin/sh
# Smoke test of the materialized product, run by the build after packaging:
# the launcher script's command line behaves as documented, and the
# workstation window comes up (when a display is available).
# Usage: smoke-test.sh <product folder>
set -u
product=$1
bin="$product/bin/spinerad"
report="$(dirname "$product")/../../../../smoke-test"
mkdir -p "$report"
failures=0
tests=0

check() { # name, expected exit code, actual exit code, condition result
  tests=$((tests + 1))
  if [ "$2" = "$3" ] && [ "$4" = 0 ]; then
    echo "[smoke] ok    $1"
  else
    echo "[smoke] FAIL  $1 (exit $3, expected $2)"
    failures=$((failures + 1))
  fi
}

[ -x "$bin" ] || { echo "[smoke] FAIL  $bin is missing or not executable"; exit 1; }

"$bin" cli --help >"$report/help.out" 2>"$report/help.err"; rc=$?
grep -q "version" "$report/help.out" && grep -q "Exit codes" "$report/help.out"; check "cli --help lists commands and exit codes" 0 $rc $?

"$bin" cli version >"$report/version.out" 2>"$report/version.err"; rc=$?
grep -Eq '^spinerad [0-9]+\.[0-9]+\.[0-9]+' "$report/version.out"; check "cli version prints the version" 0 $rc $?

"$bin" cli no-such-command >"$report/unknown.out" 2>"$report/unknown.err"; rc=$?
[ "$(wc -l <"$report/unknown.err")" -eq 1 ] && grep -q "unknown command 'no-such-command'" "$report/unknown.err"
check "cli with an unknown command is a one-line user error" 1 $rc $?

root=$(cd "$(dirname "$0")/../.." && pwd)
case_file="$root/bundles/org.spinerad.samples/cases/INF-01.json"
"$bin" cli validate --report "$case_file" --signing >"$report/validate.out" 2>"$report/validate.err"; rc=$?
grep -q "0 error(s)" "$report/validate.out"; check "cli validate accepts an example case for signing" 0 $rc $?

rm -f "$report/INF-01.xmi" "$report/INF-01.json"
"$bin" cli convert --in "$case_file" --out "$report/INF-01.xmi" >/dev/null 2>"$report/convert.err" \
  && "$bin" cli convert --in "$report/INF-01.xmi" --out "$report/INF-01.json" >/dev/null 2>>"$report/convert.err"; rc=$?
grep -q '"id" : "case-INF-01"' "$report/INF-01.json"; check "cli convert goes JSON to XMI to JSON" 0 $rc $?

printf '{ "eClass": ' >"$report/broken.json"
"$bin" cli validate --report "$report/broken.json" >/dev/null 2>"$report/broken.err"; rc=$?
grep -q "line 1, column" "$report/broken.err"; check "cli validate of broken JSON is a located user error" 1 $rc $?

tdir=$(mktemp -d)
export SPINERAD_JAVA_OPTS="-Dspinerad.templates.dir=$tdir"
"$bin" cli render --report "$root/bundles/org.spinerad.samples/cases/INF-01.json" >"$report/render.out" 2>"$report/render.err"; rc=$?
grep -q "^1\. " "$report/render.out" && grep -q "^IMPRESSION" "$report/render.out" && grep -q "rendered with org.spinerad.templates.infection 1.0.0" "$report/render.err"
check "cli render writes the report text with its template and version" 0 $rc $?

"$bin" cli decide --report "$root/bundles/org.spinerad.samples/cases/TUM-01.json" >"$report/decide.out" 2>"$report/decide.err"; rc=$?
grep -q "tumor.sins: SINS T6 = 7 (indeterminate)" "$report/decide.out" && grep -q "because:" "$report/decide.out"
check "cli decide prints SINS 7 with its reasons for TUM-01" 0 $rc $?

"$bin" cli template list >"$report/templates.out" 2>&1; rc=$?
[ "$(grep -c '^org.spinerad.templates\.' "$report/templates.out")" -eq 3 ]; check "cli template list shows the three template plugins" 0 $rc $?

printf 'HEADER\n${patient.name\n' >"$report/broken.ftl"
"$bin" cli template check --template org.spinerad.templates.tumor --source "$report/broken.ftl" >"$report/check.out" 2>&1; rc=$?
grep -q "line 2, column" "$report/check.out"; check "cli template check locates a syntax error" 1 $rc $?
unset SPINERAD_JAVA_OPTS
rm -rf "$tdir"

# a phrase spoken into a file goes through the real recognizer; without the recognizer, the user is told what to install
espeak-ng -v en-us -s 140 -w "$report/phrase-raw.wav" "t two facet effusion" 2>/dev/null \
  && sox -R "$report/phrase-raw.wav" -r 16000 -c 1 -b 16 "$report/phrase.wav"
"$bin" cli dictate --report "$case_file" --audio "$report/phrase.wav" >"$report/dictate.out" 2>"$report/dictate.err"; rc=$?
grep -q "^facets T2 effusion = true$" "$report/dictate.out"; check "cli dictate hears a spoken phrase and prints its edit" 0 $rc $?
SPINERAD_JAVA_OPTS="-Dspinerad.pocketsphinx=/nonexistent/pocketsphinx_batch" "$bin" cli dictate --report "$case_file" \
  --audio "$report/phrase.wav" >/dev/null 2>"$report/dictate-missing.err"; rc=$?
grep -q "install it with 'apt-get install pocketsphinx pocketsphinx-en-us'" "$report/dictate-missing.err"
check "cli dictate without the recognizer says what to install" 1 $rc $?

rm -f "$report/INF-01-sr.dcm"
"$bin" cli export-sr --report "$case_file" --out "$report/INF-01-sr.dcm" >"$report/sr.out" 2>&1; rc=$?
if command -v dcmdump >/dev/null 2>&1; then
  dcmdump "$report/INF-01-sr.dcm" >"$report/sr.dump" 2>&1 && grep -q "ComprehensiveSRStorage\|1.2.840.10008.5.1.4.1.1.88.33" "$report/sr.dump"
  check "cli export-sr writes a Comprehensive SR that dcmdump reads" 0 $rc $?
else
  echo "[smoke] skip  export-sr check (dcmdump missing)"
fi

if [ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null 2>&1; then
  workspace=$(mktemp -d)
  SPINERAD_CLASS_CACHE=$(mktemp -d)
  export SPINERAD_CLASS_CACHE
  start=$(date +%s)
  SPINERAD_WORKSPACE="$workspace" "$bin" -clearPersistedState >"$report/gui.out" 2>&1 &
  pid=$!
  up=1
  for _ in $(seq 1 150); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Spine MRI Reporting"'; then up=0; break; fi
    sleep 0.1
  done
  seconds=$(( $(date +%s) - start ))
  if command -v import >/dev/null 2>&1; then sleep 1; import -window root "$report/workstation.png" 2>/dev/null; fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  check "the workstation window appears within 15 s (took ${seconds}s)" 0 0 $up
  ! grep -Eq '!MESSAGE|ERROR|Exception' "$report/gui.out" "$workspace/.metadata/.log" 2>/dev/null
  check "the workstation logs no errors on start" 0 0 $?
  # the start the cold-start benchmark times: an example report opens editable, then the workstation closes itself
  rm -f "$report/startup-trace.txt"
  SPINERAD_WORKSPACE="$workspace" SPINERAD_JAVA_OPTS="-Dspinerad.startup.trace=$report/startup-trace.txt \
-Dspinerad.startup.open=ACC-TUM-02 -Dspinerad.startup.exit=true" timeout 120 "$bin" >"$report/gui-open.out" 2>&1; rc=$?
  grep -Eq ' editable=[1-9][0-9]*( |$)' "$report/startup-trace.txt" 2>/dev/null
  check "the workstation opens an example report editable and closes on request" 0 $rc $?
  # the class cache: written when the workstation closes, read by the next start
  ls "$SPINERAD_CLASS_CACHE"/workstation-*.jsa >/dev/null 2>&1; check "the workstation writes its class cache" 0 0 $?
  rm -f "$report/startup-trace.txt"
  SPINERAD_WORKSPACE="$workspace" SPINERAD_JAVA_OPTS="-Dspinerad.startup.trace=$report/startup-trace.txt \
-Dspinerad.startup.exit=true -Xlog:class+load:file=$report/class-load.txt" timeout 120 "$bin" >"$report/gui-cached.out" 2>&1; rc=$?
  grep -q 'org.spinerad.ui.internal.SessionAddon source: shared objects file' "$report/class-load.txt" 2>/dev/null
  check "the next start loads the workstation's classes from the class cache" 0 $rc $?
  grep -q 'org.eclipse.osgi.launch.Equinox source: shared objects file' "$report/class-load.txt" 2>/dev/null
  check "the next start loads the framework's classes from the class cache" 0 $rc $?
  rm -rf "$workspace" "$SPINERAD_CLASS_CACHE"
  unset SPINERAD_CLASS_CACHE
else
  echo "[smoke] skip  workstation window (no DISPLAY or no xwininfo)"
fi

echo "[smoke] Tests run: $tests, Failures: $failures"
[ $failures -eq 0 ]
