#!/usr/bin/env bash
# Proves a report (or comparison) page renders in a real browser with no network: headless chromium, cut off
# from the network, must build a DOM holding every chart of the file and its summary, and takes a full-page
# screenshot next to it (<report>.png). Also refuses any src/href that would fetch something.
#
#   load-tests/check-report.sh results/spike-20250614-102107.html
#
# Installs chromium with apt-get when missing. Exits 1 with a message when a check fails, 2 on a wrong call.
set -euo pipefail

fail() { echo "check-report: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || { echo "usage: $0 <report.html>" >&2; exit 2; }
[[ -f $1 ]] || { echo "check-report: no such file: $1" >&2; exit 2; }
report=$(realpath "$1")
screenshot="${report%.html}.png"

# Self-contained means no src or href other than an in-page anchor. Run data is escaped, so a route name that
# contains src="http://..." reads src=&quot;... here and is rightly not matched.
references=$(grep -Eon "(src|href)[[:space:]]*=[[:space:]]*[\"']?[[:space:]]*[^\"'#&>[:space:]][^\"' >]*" "$report" || true)
if [[ -n $references ]]; then
    fail "the page refers to resources it would have to fetch:"$'\n'"$references"
fi
if grep -Eiq "@import|url\([[:space:]]*[\"']?[[:space:]]*(https?:)?//" "$report"; then
    fail "the style sheet imports or fetches something"
fi

if ! command -v chromium >/dev/null; then
    echo "check-report: installing chromium" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Cut off twice: an empty network namespace when unshare is allowed (root), and a dead proxy and resolver anyway.
isolate=()
if unshare -n true 2>/dev/null; then
    isolate=(unshare -n)
fi
browse() {
    timeout 120 "${isolate[@]}" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" \
        --no-first-run --disable-extensions --disable-background-networking --disable-component-update \
        --disable-sync --user-data-dir="$work/profile" "$@" 2>>"$work/chromium.log"
}
chromium_failed() {
    fail "chromium failed ($1); its log ends with:"$'\n'"$(tail -n 15 "$work/chromium.log")"
}

count() { { grep -o "$1" "$2" || true; } | wc -l; }

expected=$(count '<svg' "$report")
[[ $expected -gt 0 ]] || echo "check-report: note: the page has no chart (a run that measured nothing?)" >&2
browse --window-size=1200,900 --dump-dom "file://$report" >"$work/dom.html" || chromium_failed "--dump-dom"
# Comments keep their text when serialized: count only the elements the browser built.
perl -0pe 's/<!--.*?-->//gs' "$work/dom.html" >"$work/elements.html"
rendered=$(count '<svg' "$work/elements.html")
[[ $rendered -eq $expected ]] \
    || fail "the browser built $rendered charts out of the $expected in the file: the markup is broken"
grep -q 'id="summary"' "$work/elements.html" || fail "the rendered page has no summary section"
polylines=$(count '<polyline' "$work/elements.html")
bars=$(count '<rect' "$work/elements.html")

# The screenshot flag shoots the window only: measure the page on a copy with one line of script, then size
# the window to it (chromium draws at most 16,384 pixels high).
cp "$report" "$work/measure.html"
echo "<script>document.documentElement.setAttribute('data-height', document.documentElement.scrollHeight)</script>" \
    >>"$work/measure.html"
browse --window-size=1200,900 --dump-dom "file://$work/measure.html" >"$work/measured.html" \
    || chromium_failed "measuring the page"
height=$(grep -o 'data-height="[0-9]*"' "$work/measured.html" | grep -o '[0-9]*' || true)
[[ -n $height ]] || fail "could not measure the page height"
shot_height=$(( height > 16000 ? 16000 : height ))
rm -f "$screenshot"
browse --window-size="1200,$shot_height" --screenshot="$screenshot" "file://$report" >/dev/null \
    || chromium_failed "--screenshot"
[[ -s $screenshot ]] || fail "chromium wrote no screenshot"

echo "check-report: OK: $rendered charts ($polylines lines, $bars rects), summary present, no external reference"
echo "check-report: screenshot $screenshot (1200x$shot_height of a ${height} px page)"
