#!/usr/bin/env bash
# Writes the screenshots docs/output-formats.md shows, with headless Chromium, from a result set:
#   ./zmqbench compare --backends c,jni,jeromq --transports tcp --sizes 64,1k --slice 0 --forks 3 \
#       --max-forks 3 --warmup-cap 1s --measure 300ms
#   docs/images/screenshots.sh results/<that set>
# The first screen at 1280x800 as a reader sees it; each chart section alone (the rest hidden by
# a style added to a copy of the page), under the backend checkboxes.
set -euo pipefail
set_dir=${1:?usage: docs/images/screenshots.sh RESULT_SET_DIR}
images=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./zmqbench report "$set_dir" --format html > "$work/report.html"

shoot() { # page png width,height
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$work/profile" --window-size="$3" --screenshot="$2" "file://$1" 2>/dev/null
}
section() { # section-id png width,height [more css]
    local page html css
    page="$work/$1.html"
    html=$(<"$work/report.html")
    css="h1,header,#summary,footer{display:none} main>*:not(#$1):not(#toggles){display:none} ${4:-}"
    printf '%s' "${html/<\/style>/$css</style>}" > "$page"
    shoot "$page" "$2" "$3"
}
shoot "$work/report.html" "$images/html-first-screen.png" 1280,800
section sweep-charts "$images/html-sweeps.png" 1280,860 "#sweep-charts figure:nth-of-type(3){display:none}"
section warmup-charts "$images/html-warmup.png" 1280,640
