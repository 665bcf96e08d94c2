#!/usr/bin/env bash
# Sets up what is missing (system packages, .venv) and starts the app.
# The first start asks for the inspector's profile and offers the demo data.
# Extra arguments go to the app, e.g. --data-dir DIR.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/system-deps.sh" gui
bash "$root/scripts/venv.sh"
app=("${INSPECTOR_VENV:-$root/.venv}/bin/inspector-app" "$@")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "No display found: starting the app on a virtual display (Xvfb)." >&2
  echo "To see it, run this on a desktop, or try: ${app[0]} --smoke-test --screenshot shot.png" >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "${app[@]}"
fi
exec "${app[@]}"
