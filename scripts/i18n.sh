#!/usr/bin/env bash
# Extract the UI strings and compile the translations.
#
#   scripts/i18n.sh            lupdate (every .py in inspector_app/) + lrelease
#   scripts/i18n.sh --release  lrelease only
#
# Source strings are English, in the code (self.tr("…"), QT_TRANSLATE_NOOP, translate()).
# resources/translations/inspector_vi.ts holds the Vietnamese translations (edit it with
# pyside6-linguist or any XML editor); inspector_en.ts only carries the English plural forms.
# qtbase_vi.ts is written by hand: Qt ships no Vietnamese translation of its own dialogs.
# Uses pyside6-lupdate / pyside6-lrelease from PATH, or from the Python that runs the app
# ($PYTHON, default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
tool() {
    if command -v "pyside6-$1" >/dev/null 2>&1; then
        echo "pyside6-$1"
    else
        local dir
        dir="$("$PYTHON" -c 'import sys, os; print(os.path.dirname(sys.executable))')"
        echo "$dir/pyside6-$1"
    fi
}
LUPDATE="$(tool lupdate)"
LRELEASE="$(tool lrelease)"
OUT=resources/translations

if [[ "${1:-}" != "--release" ]]; then
    mapfile -t SOURCES < <(find inspector_app -name '*.py' -not -path '*/__pycache__/*' | sort)
    for lang in vi en; do
        "$LUPDATE" -locations none -no-obsolete -source-language en -target-language "$lang" \
            "${SOURCES[@]}" -ts "$OUT/inspector_$lang.ts"
    done
fi

for ts in "$OUT"/*.ts; do
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "translations in $OUT:"
ls -1 "$OUT"
