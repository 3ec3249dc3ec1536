#!/usr/bin/env bash
# Everything a fresh Debian machine with Node needs before `npm test`: the npm dependencies, and Debian's
# Chromium for the browser tests (Playwright cannot download its own browsers here).
set -euo pipefail
cd "$(dirname "$0")/.."
chromium_path="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "setup: installing Chromium from Debian's packages" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
