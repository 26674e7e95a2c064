#!/usr/bin/env bash
# Install the Debian packages pressconv's converters and validators need.
# Idempotent: does nothing (and prints nothing) when everything is present.
set -euo pipefail

packages=(
  # browser for axe-core (Playwright) and DAISY Ace (puppeteer)
  chromium
  # text extraction / round-trip checks
  pandoc
  poppler-utils
  qpdf
  # DOCX -> PDF/UA via headless LibreOffice (no GUI needed)
  libreoffice-writer-nogui
  # WeasyPrint's native libraries
  libpango-1.0-0
  libpangoft2-1.0-0
  libharfbuzz0b
  libharfbuzz-subset0
  libfontconfig1
  shared-mime-info
  # fonts: a sane default set for Chromium, WeasyPrint and LibreOffice
  fonts-dejavu-core
  fonts-liberation2
  fontconfig
)

# Java runs vnu.jar and EPUBCheck; take Debian's only if none is on PATH.
if ! command -v java >/dev/null 2>&1; then
  packages+=(default-jre-headless)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
