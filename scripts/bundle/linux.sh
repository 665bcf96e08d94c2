#!/usr/bin/env bash
# Builds the Linux one-folder bundle with build.spec (the same spec as Windows) and smoke-tests it.
#
# Usage: scripts/bundle/linux.sh [--release]
#   --release   clean PyInstaller build, and dist/Inspector-<version>-linux-x86_64.tar.gz
# Environment:
#   INSPECTOR_BUILD_CACHE   cache dir (default ~/.cache/inspector-build): the build venv
#   INSPECTOR_BUNDLE_OUT    output dir (default <repo>/dist): linux/inspector-app/, linux/smoke-linux.png
#   INSPECTOR_VERSION       build this version instead of pyproject's
# Needs root for apt (as CI has).
set -euo pipefail
# shellcheck source=scripts/bundle/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RELEASE=0
for arg in "$@"; do
    case $arg in
        --release) RELEASE=1 ;;
        -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
        *) die "unknown argument $arg" ;;
    esac
done

LINUX_OUT=$OUT/linux
BUILD_DIR=$REPO/build/linux
LOGS=$LINUX_OUT/logs
VERSION=$(project_version)
mkdir -p "$LINUX_OUT" "$LOGS" "$BUILD_DIR"
figure linux_version "$VERSION"

# ---------------------------------------------------------------------------------------------
step linux_apt
# python3-venv: the build venv; binutils: PyInstaller on Linux (objdump); the rest: Qt offscreen
# (see shared QT-ON-DEBIAN notes); fonts-dejavu-core: without any font, text draws as boxes.
ensure_apt python3 python3-venv python3-pip binutils libegl1 libgl1 libfontconfig1 libglib2.0-0 \
    libxkbcommon0 libdbus-1-3 fonts-dejavu-core ca-certificates

# ---------------------------------------------------------------------------------------------
step linux_venv
REQS=$(mktemp)
write_requirements "$REQS"
venv_key=$( (cat "$REQS"; python3 --version) | sha256sum | cut -c1-16)
VENV=$CACHE/linux-venv/$venv_key
if [[ -f $VENV/.complete ]]; then
    say "cached build venv: $VENV"
    figure linux_venv_cache hit
else
    figure linux_venv_cache miss
    rm -rf "$CACHE/linux-venv"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --cache-dir "$CACHE/pip-linux" -r "$REQS" >"$LOGS/venv.log" 2>&1 ||
        { cat "$LOGS/venv.log"; die "pip install failed"; }
    touch "$VENV/.complete"
fi
rm -f "$REQS"
"$VENV/bin/python" -c 'import sys, PySide6, PyInstaller; print("Python", sys.version.split()[0], "PySide6", PySide6.__version__, "PyInstaller", PyInstaller.__version__)'

# ---------------------------------------------------------------------------------------------
step linux_build
clean=()
[[ $RELEASE == 1 ]] && clean=(--clean)
rm -rf "$LINUX_OUT/inspector-app"
"$VENV/bin/python" -m PyInstaller --noconfirm "${clean[@]}" --distpath "$LINUX_OUT" \
    --workpath "$BUILD_DIR" "$REPO/build.spec" >"$LOGS/pyinstaller.log" 2>&1 ||
    { tail -40 "$LOGS/pyinstaller.log"; die "PyInstaller failed (see $LOGS/pyinstaller.log)"; }
grep -E "Qt filter|Inspector version" "$LOGS/pyinstaller.log" | sed 's/^/    /'
BUNDLE=$LINUX_OUT/inspector-app
check "bundle has inspector-app" test -x "$BUNDLE/inspector-app"
HAS_CLI=0
if [[ -f $REPO/inspector_app/cli.py ]]; then
    HAS_CLI=1
    check "bundle has inspector (CLI)" test -x "$BUNDLE/inspector"
fi
for f in _internal/forms _internal/resources/icons/inspector.png \
    _internal/inspector_app/db/migrations/env.py "_internal/inspector_app-$VERSION.dist-info/METADATA" \
    _internal/PySide6/Qt/plugins/platforms/libqxcb.so _internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
    _internal/PySide6/Qt/plugins/imageformats/libqjpeg.so _internal/PySide6/Qt/plugins/imageformats/libqsvg.so; do
    check "bundle has $f" test -e "$BUNDLE/$f"
done
for f in _internal/PySide6/Qt/lib/libQt6Pdf.so.6 _internal/PySide6/Qt/lib/libQt6PdfWidgets.so.6 \
    _internal/PySide6/Qt/lib/libQt6Network.so.6; do
    check "bundle has $f (QtPdf for the minutes preview)" test -e "$BUNDLE/$f"
done
check "bundle left out Qt Quick/QML" bash -c "! compgen -G '$BUNDLE/_internal/PySide6/Qt/lib/libQt6Quick*' >/dev/null"
check "bundle left out other languages' Qt translations" test ! -e "$BUNDLE/_internal/PySide6/Qt/translations/qtbase_de.qm"

# Libraries of the bundle that the bundle itself should provide but does not (a filter mistake).
# System libraries the target machine provides (X11/xcb, GL, fontconfig ...) are only listed.
not_found=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name 'inspector-app' -o -name 'inspector' \) -print0 |
    LD_LIBRARY_PATH="$BUNDLE/_internal:$BUNDLE/_internal/PySide6/Qt/lib" xargs -0 -n 50 ldd 2>/dev/null |
    awk '/not found/ { print $1 }' | sort -u)
missing_qt=$(grep -E '^lib(Qt6|pyside6|shiboken6|python3)' <<<"$not_found" || true)
[[ -n $not_found ]] && say "system libraries the target must have: $(echo "$not_found" | tr '\n' ' ')"
check "no Qt/PySide/Python library missing from the bundle" test -z "$missing_qt"
BUNDLE_MB=$(size_mb "$BUNDLE")
figure linux_bundle_mb "$BUNDLE_MB"

# ---------------------------------------------------------------------------------------------
step linux_smoke
SHOT=$LINUX_OUT/smoke-linux.png
rm -f "$SHOT"
export QT_QPA_PLATFORM=offscreen
check "inspector-app --smoke-test exits 0" "$BUNDLE/inspector-app" --smoke-test --screenshot "$SHOT"
check "smoke test wrote a screenshot" test -s "$SHOT"
if [[ $HAS_CLI == 1 ]]; then
    check "inspector --version prints $VERSION" bash -c "'$BUNDLE/inspector' --version | grep -qF 'inspector $VERSION'"
    tmpdata=$(mktemp -d)
    check "inspector init --demo exits 0" "$BUNDLE/inspector" init --demo --data-dir "$tmpdata/data"
    check "inspector units list exits 0" "$BUNDLE/inspector" units list --data-dir "$tmpdata/data"
    rm -rf "$tmpdata"
fi
say "screenshot of the Linux smoke test: $SHOT"

if [[ $RELEASE == 1 ]]; then
    step linux_tarball
    TARBALL=$OUT/Inspector-$VERSION-linux-x86_64.tar.gz
    tar -C "$LINUX_OUT" -czf "$TARBALL" inspector-app
    figure linux_tarball_mb "$(size_mb "$TARBALL")"
    say "$TARBALL: $(size_mb "$TARBALL") MB"
fi

step_end
printf '\nLinux bundle %s: %s MB unpacked\n' "$VERSION" "$BUNDLE_MB"
finish linux
