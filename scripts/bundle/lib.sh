# shellcheck shell=bash
# Helpers shared by scripts/bundle/*.sh: steps with timings, checks, figures, apt installs.
# Sourced, not run.

BUNDLE_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BUNDLE_SCRIPTS/../.." && pwd)
CACHE=${INSPECTOR_BUILD_CACHE:-$HOME/.cache/inspector-build}
OUT=${INSPECTOR_BUNDLE_OUT:-$REPO/dist}
# figures (timings, sizes) of this run, as "key<TAB>value" lines; ci.sh turns them into JSON
FIGURES_FILE=${FIGURES_FILE:-$OUT/figures.tsv}
mkdir -p "$CACHE" "$OUT"

_t0_script=$(date +%s.%N)
_step_name=""
_step_t0=""
CHECKS_PASSED=0
CHECKS_FAILED=0
FAILED_CHECKS=()

ts() { date +%H:%M:%S; }
elapsed_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

say() { printf '[%s] %s\n' "$(ts)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(ts)" "$*" >&2; }
die() {
    printf '[%s] ERROR: %s\n' "$(ts)" "$*" >&2
    exit 1
}

figure() { # figure KEY VALUE
    printf '%s\t%s\n' "$1" "$2" >>"$FIGURES_FILE"
}

step() { # step NAME: ends the previous step and starts the next one
    step_end
    _step_name=$1
    _step_t0=$(date +%s.%N)
    printf '\n[%s] ===== %s =====\n' "$(ts)" "$_step_name"
}

step_end() {
    if [[ -n $_step_name ]]; then
        local secs
        secs=$(elapsed_since "$_step_t0")
        printf '[%s] ----- %s: %ss\n' "$(ts)" "$_step_name" "$secs"
        figure "time_${_step_name}_s" "$secs"
        _step_name=""
    fi
}

check() { # check "description" command...: records a pass or a failure, never exits
    local what=$1
    shift
    if "$@"; then
        CHECKS_PASSED=$((CHECKS_PASSED + 1))
        printf '[%s]   ok    %s\n' "$(ts)" "$what"
    else
        CHECKS_FAILED=$((CHECKS_FAILED + 1))
        FAILED_CHECKS+=("$what")
        printf '[%s]   FAIL  %s\n' "$(ts)" "$what" >&2
    fi
}

finish() { # finish NAME: the summary line; exit status 1 when a check failed
    step_end
    local total
    total=$(elapsed_since "$_t0_script")
    figure "time_${1}_total_s" "$total"
    figure "checks_${1}_passed" "$CHECKS_PASSED"
    figure "checks_${1}_failed" "$CHECKS_FAILED"
    if ((CHECKS_FAILED > 0)); then
        printf '\n%s: FAILED: %d of %d checks failed in %ss:\n' "$1" "$CHECKS_FAILED" \
            "$((CHECKS_PASSED + CHECKS_FAILED))" "$total" >&2
        printf '  - %s\n' "${FAILED_CHECKS[@]}" >&2
        return 1
    fi
    printf '\n%s: OK: %d checks passed in %ss\n' "$1" "$CHECKS_PASSED" "$total"
}

_apt_updated=0
ensure_apt() { # ensure_apt PACKAGE...: installs the missing ones (needs root, as in CI)
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    say "apt: installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) == 0 ]] || sudo=(sudo)
    if ((_apt_updated == 0)); then
        "${sudo[@]}" apt-get update -q >/dev/null
        _apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# The version in pyproject.toml, or INSPECTOR_VERSION when set (as build.spec reads it).
project_version() {
    if [[ -n ${INSPECTOR_VERSION:-} ]]; then
        echo "$INSPECTOR_VERSION"
        return
    fi
    python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
        "$REPO/pyproject.toml"
}

# a.b.c.d for Windows version resources: the leading numbers of a PEP 440 version, padded.
numeric_version() {
    python3 - "$1" <<'EOF'
import re, sys
m = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", sys.argv[1])
if not m:
    sys.exit(f"version {sys.argv[1]!r} does not start with a number")
nums = [int(x or 0) for x in m.groups()]
post = re.search(r"\.post(\d+)", sys.argv[1])
if post and m.group(4) is None:  # 0.1.0.post1 -> 0.1.0.1, so the upgrade build is newer here too
    nums[3] = int(post.group(1))
print(".".join(map(str, nums)))
EOF
}

# The requirements of the bundle: the project's dependencies plus its "build" extra.
write_requirements() { # write_requirements FILE
    python3 - "$REPO/pyproject.toml" "$1" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
reqs = list(project.get("dependencies", [])) + list(
    project.get("optional-dependencies", {}).get("build", [])
)
open(sys.argv[2], "w").write("\n".join(reqs) + "\n")
EOF
}

size_mb() { # size of a file or folder in MB (1e6 bytes), one decimal
    du -sb "$1" | awk '{ printf "%.1f", $1 / 1e6 }'
}
