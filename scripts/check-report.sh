#!/usr/bin/env bash
# Checks a built report in a real browser (headless Chromium) and takes a screenshot to look at.
#   scripts/check-report.sh RESULTS_DIR [SCREENSHOT.png]
# Fails when the page logs anything to the console (it logs nothing when healthy), when an image
# does not load, or when the page does not render. Checks the page from disk (file://) and, when
# python3 is there, from a local static web server. Installs Debian's chromium if it is missing.
set -euo pipefail

results=${1:?usage: $0 RESULTS_DIR [SCREENSHOT.png]}
results=$(cd "$results" && pwd)
index="$results/report/index.html"
shot=${2:-$results/report-screenshot.png}
[ -f "$index" ] || { echo "check-report: no $index (run: dqn-sweep report $1)" >&2; exit 2; }

if ! command -v chromium > /dev/null; then
    echo "check-report: installing chromium (apt-get)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

browser() {
    local profile
    profile=$(mktemp -d "$work/profile.XXXX")
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --hide-scrollbars --virtual-time-budget=15000 "$@"
}

# One page load: the DOM after the load event, and the console output.
check() {
    local url=$1 name=$2
    browser --enable-logging=stderr --v=0 --dump-dom "$url" > "$work/$name.html" 2> "$work/$name.log" || true
    local images
    images=$(grep -o 'data-images="[0-9]*/[0-9]*"' "$work/$name.html" | head -1 | sed 's/.*="\(.*\)"/\1/')
    if [ -z "$images" ]; then
        echo "check-report: $name: the page did not finish loading (no data-images on <body>)" >&2
        return 1
    fi
    local loaded=${images%/*} total=${images#*/} ok=0
    if [ "$total" -eq 0 ] || [ "$loaded" -ne "$total" ]; then
        echo "check-report: $name: only $loaded of $total images loaded" >&2
        ok=1
    fi
    if grep -q 'CONSOLE' "$work/$name.log"; then
        echo "check-report: $name: console output (the page should log nothing):" >&2
        grep 'CONSOLE' "$work/$name.log" >&2
        ok=1
    fi
    [ $ok -eq 0 ] || return 1
    echo "check-report: $name: $loaded/$total images loaded, no console messages"
}

status=0
check "file://$index" "from disk" || status=1

if command -v python3 > /dev/null; then
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$results" > /dev/null 2>&1 &
    server=$!
    for _ in $(seq 50); do
        python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/report/')" 2> /dev/null && break
        sleep 0.1
    done
    check "http://127.0.0.1:$port/report/index.html" "from a web server" || status=1
    # A phone's width: headless Chromium's window is at least 500 px, so the page is loaded in a
    # 420 px frame of a same-origin wrapper page, which reads the width the page reports.
    wrapper="$results/report/.phone-check.html"
    cat > "$wrapper" << 'HTML'
<!DOCTYPE html><html><body><iframe id="f" src="index.html" width="420" height="900"></iframe><script>
document.getElementById('f').addEventListener('load', function () {
  var f = this;
  setTimeout(function () { document.body.setAttribute('data-phone', f.contentDocument.body.getAttribute('data-width')); }, 500);
});
</script></body></html>
HTML
    browser --dump-dom "http://127.0.0.1:$port/report/.phone-check.html" > "$work/phone.html" 2> /dev/null || true
    rm -f "$wrapper"
    width=$(grep -o 'data-phone="[0-9]*/[0-9]*"' "$work/phone.html" | head -1 | sed 's/.*="\(.*\)"/\1/')
    if [ -z "$width" ] || [ "${width%/*}" -gt "${width#*/}" ]; then
        echo "check-report: at 420 px the page is ${width:-?} px wide (content/window): it scrolls sideways" >&2
        status=1
    else
        echo "check-report: at 420 px: no horizontal overflow (content/window $width px)"
    fi
fi

mkdir -p "$(dirname "$shot")"
browser --window-size=1400,3000 --screenshot="$shot" "file://$index" > /dev/null 2>&1
[ -s "$shot" ] || { echo "check-report: no screenshot written" >&2; exit 1; }
echo "check-report: screenshot $shot (look at it)"
exit $status
