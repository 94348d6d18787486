# Sourced by build.sh and test.sh: create .venv (once) and install the project into it.
# Usage: . scripts/setup-venv.sh [extra]   (extra: "test" also installs the test tools)
set -euo pipefail

need_root() {  # run a command as root: directly, or with sudo when available
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root (no sudo here); run it as root once, then retry" >&2; exit 2; fi
}

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1 || echo none))" >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  # Debian splits venv (and its ensurepip) into the python3-venv package.
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    need_root apt-get update -qq
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    "$PYTHON" -m venv .venv
  fi
fi
extra=${1:-}
spec="."
[ -n "$extra" ] && spec=".[$extra]"
# constraints.txt pins the exact versions the suite was last run with (see README).
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e "$spec"
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true  # Material's MkDocs-2.0 banner
