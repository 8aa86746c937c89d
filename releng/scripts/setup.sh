#!/usr/bin/env bash
# Installs what building, running and testing the workstation needs on a
# Debian/Ubuntu machine, and checks the JDK. Safe to run again: it installs
# only what is missing. Prints the JAVA_HOME to use as its last line.
set -euo pipefail

packages=(
  xvfb xauth x11-utils        # headless display for UI tests and the smoke test
  libgtk-3-0                  # SWT
  libwebkit2gtk-4.1-0         # SWT Browser (HTML preview)
  imagemagick                 # screenshots of the whole screen
  xdotool                     # real mouse-wheel clicks in UI tests
  dcmtk dicom3tools           # independent DICOM tools the DICOM tests hold us to
  orthanc orthanc-dicomweb    # a real PACS with DICOMweb; tests start their own instance
  postgresql                  # the department database; tests start their own server
  pocketsphinx pocketsphinx-en-us  # offline speech recognition for dictation
  espeak-ng sox               # synthesized speech for the dictation tests
  poppler-utils               # pdftotext, pdffonts, pdfinfo, pdftoppm: the PDF tests read our PDFs back
)

missing=()
for p in "${packages[@]}"; do
  case $p in \#*) continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  # The orthanc package starts a system PACS (ports 4242/8042) where systemd runs.
  # Nothing needs it: the tests start their own Orthanc on free loopback ports.
  # Stop and disable the one we just installed, so no service is left running.
  case " ${missing[*]} " in
    *" orthanc "*)
      if command -v systemctl >/dev/null && systemctl is-enabled orthanc >/dev/null 2>&1; then
        $sudo systemctl disable --now orthanc >&2 || true
      fi ;;
  esac
  # Likewise the postgresql package may start a system cluster on port 5432;
  # the tests start their own server on a free loopback port.
  case " ${missing[*]} " in
    *" postgresql "*)
      if command -v systemctl >/dev/null && systemctl is-enabled postgresql >/dev/null 2>&1; then
        $sudo systemctl disable --now postgresql >&2 || true
      fi ;;
  esac
fi

jdk=${SPINERAD_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$jdk/bin/java" ]; then
  echo "setup: the Temurin 25 JDK is missing at $jdk." >&2
  echo "setup: install it (https://adoptium.net, package temurin-25-jdk) or set SPINERAD_JDK to a JDK 21+ folder." >&2
  exit 1
fi
echo "$jdk"
