#!/usr/bin/env bash
# CI entry point of the packaging chain (see docs/windows.md):
#   1. apt packages (wine, nsis, mingw, Qt's runtime libraries, ...), skipped when installed;
#   2. scripts/bundle/linux.sh: Linux bundle with build.spec + its smoke test;
#   3. scripts/bundle/windows.sh: Windows Python under Wine, Windows bundle, smoke tests, NSIS
#      installer, silent install / refusal while running / upgrade / uninstall checks.
# Prints the bundle and installer sizes, then ONE line of JSON with the figures (sizes in MB,
# timings in seconds). Exit status 0 only when every check of both passed.
#
# Usage: scripts/bundle/ci.sh [--release]      (--release: clean PyInstaller builds, Linux tarball)
# Environment: see linux.sh and windows.sh (INSPECTOR_BUILD_CACHE, INSPECTOR_BUNDLE_OUT, ...).
set -euo pipefail
# shellcheck source=scripts/bundle/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export FIGURES_FILE=$OUT/figures.tsv
: >"$FIGURES_FILE"

step ci_apt
ensure_apt wine wine64 nsis gcc-mingw-w64-x86-64-win32 python3 python3-venv python3-pip binutils \
    libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core \
    ca-certificates procps
step_end

# The Linux build runs beside the Windows chain (whose set-up is mostly downloads and Wine
# start-up); its output is printed when both are done. INSPECTOR_CI_SERIAL=1: one after the other.
mkdir -p "$OUT/linux"
LINUX_LOG=$OUT/linux/ci-linux.log
rc_linux=0
rc_windows=0
if [[ ${INSPECTOR_CI_SERIAL:-0} == 1 ]]; then
    bash "$BUNDLE_SCRIPTS/linux.sh" "$@" || rc_linux=$?
    bash "$BUNDLE_SCRIPTS/windows.sh" "$@" || rc_windows=$?
else
    bash "$BUNDLE_SCRIPTS/linux.sh" "$@" >"$LINUX_LOG" 2>&1 </dev/null &
    linux_pid=$!
    bash "$BUNDLE_SCRIPTS/windows.sh" "$@" || rc_windows=$?
    wait "$linux_pid" || rc_linux=$?
    printf '\n########## Linux bundle (ran beside the Windows chain) ##########\n'
    cat "$LINUX_LOG"
fi

total=$(elapsed_since "$_t0_script")
figure time_ci_total_s "$total"
figure ok "$([[ $rc_linux == 0 && $rc_windows == 0 ]] && echo true || echo false)"

python3 - "$FIGURES_FILE" <<'EOF'
import json, sys

figures = {}
for line in open(sys.argv[1], encoding="utf-8"):
    key, _, value = line.rstrip("\n").partition("\t")
    figures[key] = value


def num(key):
    try:
        return float(figures[key])
    except (KeyError, ValueError):
        return None


print()
print("=" * 72)
print(f"Linux bundle   {figures.get('linux_version', '?'):>12}  {num('linux_bundle_mb')} MB unpacked")
print(f"Windows bundle {figures.get('windows_version', '?'):>12}  {num('windows_bundle_mb')} MB unpacked"
      " (target <= 150 MB)")
print(f"Windows installer ({figures.get('windows_installer_compression', '?')})"
      f"  {num('windows_installer_mb')} MB (target <= 60 MB)")
print("=" * 72)
out = {
    "ok": figures.get("ok") == "true",
    "version": figures.get("windows_version") or figures.get("linux_version"),
    "linux_bundle_mb": num("linux_bundle_mb"),
    "windows_bundle_mb": num("windows_bundle_mb"),
    "windows_installer_mb": num("windows_installer_mb"),
    "windows_installer_compression": figures.get("windows_installer_compression"),
    "cache": {k: figures[k] for k in ("linux_venv_cache", "windows_python_cache") if k in figures},
    "checks": {k[len("checks_"):]: int(v) for k, v in figures.items() if k.startswith("checks_")},
    "running_app_check": figures.get("windows_running_app_holder"),
    "timings_s": {k[len("time_"):-len("_s")]: num(k) for k in figures if k.startswith("time_")},
}
print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
EOF

if [[ $rc_linux != 0 || $rc_windows != 0 ]]; then
    echo "packaging CI: FAILED (linux exit $rc_linux, windows exit $rc_windows)" >&2
    exit 1
fi
