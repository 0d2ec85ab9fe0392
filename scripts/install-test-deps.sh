#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Chromium from Debian (Playwright drives it;
# it never downloads its own browser) and the npm packages from the lock file.
set -euo pipefail
if ! command -v /usr/bin/chromium >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium
fi
npm ci --no-audit --no-fund
