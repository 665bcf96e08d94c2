#!/usr/bin/env bash
# Sets up what is missing (system packages, .venv) and runs the whole test suite, offscreen.
# Extra arguments go to pytest, e.g. -k rollcall or tests/unit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/system-deps.sh" test
bash "$root/scripts/venv.sh"
cd "$root"
export QT_QPA_PLATFORM=offscreen
exec "${INSPECTOR_VENV:-$root/.venv}/bin/python" -m pytest "$@"
