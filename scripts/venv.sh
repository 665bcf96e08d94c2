#!/usr/bin/env bash
# Creates .venv (Python 3.11+) beside this repository and installs the app with its test extra.
# Re-runs are quick: pip only installs what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${INSPECTOR_VENV:-$root/.venv}
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))" >&2; exit 2; }
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e "$root[test]"
"$venv/bin/python" -c "import inspector_app, PySide6, sqlalchemy, reportlab, pyhanko" \
  || { echo "the installation in $venv is incomplete" >&2; exit 1; }
