#!/usr/bin/env bash
# Set up and build the site from seeds/:  ./build.sh         -> site/ (mkdocs build --strict)
#                                         ./build.sh serve   -> http://127.0.0.1:8000/zh-news/ (site_url's path), rebuilds on edits
set -euo pipefail
cd "$(dirname "$0")"
. scripts/setup-venv.sh
if [ "${1:-}" = serve ]; then
  exec .venv/bin/mkdocs serve --dev-addr "${ADDR:-127.0.0.1:8000}"
fi
exec .venv/bin/mkdocs build --strict "$@"
