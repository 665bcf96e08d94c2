#!/usr/bin/env bash
# Installs the Debian packages the app needs, when they are missing and we may (root, apt-get).
#   scripts/system-deps.sh test   Qt offscreen, fonts, PDF tools, SoftHSM2 (what the tests need)
#   scripts/system-deps.sh gui    the above plus a real X11 window (xcb) and Xvfb
set -euo pipefail
kind=${1:-test}

packages=(
  # Qt offscreen (see shared QT-ON-DEBIAN notes); without any font every glyph is a box
  libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  # Qt Multimedia (camera), loaded only when present
  libpulse0 libxrandr2
  # PDF checks in tests (pdftoppm, pdfsig, pdffonts) and the serif fonts of the minutes
  poppler-utils fonts-croscore fonts-liberation2
  # a PKCS#11 token for the signing tests
  softhsm2 opensc
)
if [ "$kind" = gui ]; then
  packages+=(
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 xvfb xauth
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 0  # not fatal: the user may have equivalents
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
