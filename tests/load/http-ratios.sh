#!/usr/bin/env bash
# HTTP throughput of the search and content APIs as ratios to a static file served by the same host
# (issues 4 and 8). Publishes the hub in Release, starts it on loopback with a temporary data directory
# (it imports content/ on start), runs wrk against each target and prints requests/s, the ratio to the
# static file and p50/p99 latency. Fails on any non-2xx/3xx answer or socket error. See README.md.
#
#   tests/load/http-ratios.sh [--port 5103] [--duration 10s] [--threads 2] [--connections 16] [--no-build]
set -euo pipefail

PORT=5103
DURATION=10s
THREADS=2
CONNECTIONS=16
BUILD=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --port) PORT=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) sed -n 2,7p "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "http-ratios: $*" >&2; exit 1; }
for tool in wrk curl jq python3 dotnet; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (wrk: apt-get install wrk)"
done

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d -t aigovkh-load.XXXXXX)
BASE="http://127.0.0.1:$PORT"
HOST_PID=""

cleanup() {
    if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
        kill "$HOST_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$HOST_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if curl -s -o /dev/null --max-time 2 "$BASE/healthz"; then
    fail "something already answers on $BASE; stop it or pass --port"
fi

PUBLISH="$REPO/tests/load/.publish"
if [[ $BUILD == 1 || ! -f "$PUBLISH/AiGovKh.Web.dll" ]]; then
    echo "publishing src/AiGovKh.Web in Release to $PUBLISH ..."
    dotnet publish "$REPO/src/AiGovKh.Web/AiGovKh.Web.csproj" -c Release -o "$PUBLISH" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log" >&2; fail "publish failed"; }
fi

# The API's per-client rate limiter (Api:RateLimitPermits per Api:RateLimitWindowSeconds, default 600 per 60 s)
# would answer most of a load run with 429: raised for this run only.
RATE_LIMIT=100000000
echo "starting the hub on $BASE (Production, data in $WORK/data, Api__RateLimitPermits=$RATE_LIMIT for this run) ..."
(
    cd "$PUBLISH"
    ASPNETCORE_ENVIRONMENT=Production \
    Hub__DataDirectory="$WORK/data" \
    Hub__ContentDirectory="$REPO/content" \
    Api__RateLimitPermits=$RATE_LIMIT \
    Logging__LogLevel__Default=Warning \
    exec dotnet AiGovKh.Web.dll --urls "$BASE"
) >"$WORK/host.log" 2>&1 &
HOST_PID=$!

wait_for() { # url, jq filter that must print "true", what
    local url=$1 filter=$2 what=$3
    for _ in $(seq 240); do
        kill -0 "$HOST_PID" 2>/dev/null || { tail -40 "$WORK/host.log" >&2; fail "the hub exited while waiting for $what"; }
        if body=$(curl -sf --max-time 5 "$url") && [[ $(jq -r "$filter" <<<"$body" 2>/dev/null || echo false) == true ]]; then return 0; fi
        sleep 0.5
    done
    tail -40 "$WORK/host.log" >&2
    fail "timed out waiting for $what"
}
for _ in $(seq 240); do
    curl -sf --max-time 5 -o /dev/null "$BASE/healthz" && break
    kill -0 "$HOST_PID" 2>/dev/null || { tail -40 "$WORK/host.log" >&2; fail "the hub exited on start"; }
    sleep 0.5
done
curl -sf --max-time 5 -o /dev/null "$BASE/healthz" || fail "no healthy answer from $BASE/healthz"
# The index is built in the background after the import: wait until search finds the content.
wait_for "$BASE/api/v1/search?q=AI&lang=en&n=ready" '.total > 0' "the search index"

# A static file the pages really load: the fingerprinted stylesheet (or else the font) from the home page.
STATIC=$(curl -sf "$BASE/en" | grep -oE '(href|src)="/[^"]+\.(css|woff2)"' | sed -E 's/^[a-z]+="//; s/"$//' | grep -m1 -E '\.css$|\.woff2$') \
    || fail "no stylesheet or font link found in $BASE/en"
# A lesson and its ETag.
SLUG=$(curl -sf "$BASE/api/v1/content?type=lesson&pageSize=1" | jq -r '.items[0].slug // empty')
[[ -n "$SLUG" ]] || fail "no lesson found through /api/v1/content?type=lesson"
ETAG=$(curl -sfD - -o /dev/null "$BASE/api/v1/content/$SLUG" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
[[ -n "$ETAG" ]] || fail "/api/v1/content/$SLUG sent no ETag"
CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$BASE/api/v1/content/$SLUG")
[[ $CODE == 304 ]] || fail "If-None-Match with the ETag answered $CODE, not 304"

# Search words: 25 Khmer and 25 English, each request a different URL (a counter) so the output cache,
# which keys on every query parameter, never answers; "cached" repeats one query.
KHMER=(បញ្ញាសិប្បនិម្មិត ទិន្នន័យ សិស្ស គ្រូ ឯកជនភាព សុវត្ថិភាព ម៉ាស៊ីន រៀន បច្ចេកវិទ្យា រដ្ឋាភិបាល
    សេវា ឌីជីថល ហានិភ័យ ការបោកប្រាស់ ព័ត៌មាន គោលនយោបាយ អប់រំ សុខភាព កសិកម្ម ការងារ
    ច្បាប់ ក្រសួង ពលរដ្ឋ ជំនាញ ភាសា)
ENGLISH=(ai data students teachers privacy safety machine learning technology government
    services digital risk scams information policy education health agriculture work
    law ministry citizens skills language)
python3 - "$WORK/search-miss.lua" "${KHMER[@]}" "${ENGLISH[@]}" <<'EOF'
import sys, urllib.parse
words = [urllib.parse.quote(w) for w in sys.argv[2:]]
with open(sys.argv[1], "w") as f:
    f.write("local words = {" + ",".join('"%s"' % w for w in words) + "}\n")
    f.write("""
local counter = 0
local threads = 0
id = 0 -- set per thread by setup()
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function request()
    counter = counter + 1
    local word = words[(counter % #words) + 1]
    return wrk.format("GET", "/api/v1/search?q=" .. word .. "&n=" .. id .. "-" .. counter)
end
""")
EOF
# Sends the ETag and counts answers other than 304 (wrk alone would accept a 200 as well).
cat >"$WORK/if-none-match.lua" <<EOF
wrk.headers["If-None-Match"] = '$ETAG'
local all = {}
unexpected = 0
function setup(thread) table.insert(all, thread) end
function response(status, headers, body) if status ~= 304 then unexpected = unexpected + 1 end end
function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(all) do total = total + thread:get("unexpected") end
    io.write("Answers other than 304: " .. total .. "\\n")
end
EOF

ERRORS=0
RESULTS=()
run() { # label, path, [lua script]
    local label=$1 path=$2 script=${3:-}
    local out="$WORK/wrk-$(( ${#RESULTS[@]} + 1 )).txt"
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
    [[ -n "$script" ]] && args+=(-s "$script")
    wrk "${args[@]}" "$BASE$path" >"$out" 2>&1 || { cat "$out" >&2; fail "wrk failed on $path"; }
    local rps p50 p99 non2xx sockets
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(awk '$1=="50%" {print $2}' "$out")
    p99=$(awk '$1=="99%" {print $2}' "$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    sockets=$(awk -F'[ ,]+' '/Socket errors:/ {print $4+$6+$8+$10}' "$out")
    non2xx=${non2xx:-0}; sockets=${sockets:-0}
    local not304
    not304=$(awk '/^Answers other than 304:/ {print $NF}' "$out")
    if [[ -n "$not304" ]] && (( not304 > 0 )); then
        echo "!! $label: $not304 answers were not 304" >&2
        ERRORS=$((ERRORS + not304))
    fi
    if [[ -z "$rps" ]]; then cat "$out" >&2; fail "no Requests/sec from wrk on $path"; fi
    if (( non2xx > 0 || sockets > 0 )); then
        echo "!! $label: $non2xx non-2xx/3xx answers, $sockets socket errors" >&2
        ERRORS=$((ERRORS + non2xx + sockets))
    fi
    RESULTS+=("$label|$rps|$p50|$p99|$non2xx|$sockets")
    printf '  %-44s %10s req/s   p50 %8s   p99 %8s\n' "$label" "$rps" "$p50" "$p99"
}

KM_WORD=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("បញ្ញាសិប្បនិម្មិត"))')
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# A server runs warm: JIT tiering of each path would otherwise be charged to whichever target runs first.
echo "warming up (3 s per target, not reported) ..."
for target in "$STATIC" "/api/v1/content/$SLUG" "/api/v1/search?q=$KM_WORD"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE$target" >/dev/null 2>&1 || fail "wrk warm-up failed on $target"
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$WORK/if-none-match.lua" "$BASE/api/v1/content/$SLUG" >/dev/null 2>&1 || fail "wrk warm-up failed (304)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$WORK/search-miss.lua" "$BASE/api/v1/search" >/dev/null 2>&1 || fail "wrk warm-up failed (search)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $BASE; static file $STATIC; lesson $SLUG (ETag $ETAG)"
# The static file runs before and after every target, and each target's ratio is to the mean of the static
# runs on either side of it: on a shared machine the available CPU drifts within minutes.
run "static file" "$STATIC"
run "/api/v1/content/{slug}" "/api/v1/content/$SLUG"
run "static file" "$STATIC"
run "/api/v1/content/{slug} If-None-Match (304)" "/api/v1/content/$SLUG" "$WORK/if-none-match.lua"
run "static file" "$STATIC"
run "/api/v1/search, every request a miss" "/api/v1/search" "$WORK/search-miss.lua"
run "static file" "$STATIC"
run "/api/v1/search?q=<Khmer word>, cached" "/api/v1/search?q=$KM_WORD"
run "static file" "$STATIC"

python3 - "${RESULTS[@]}" <<'EOF'
import sys
rows = [r.split("|") for r in sys.argv[1:]]
print()
print("| target | requests/s | ratio to static | static req/s (before/after) | p50 | p99 | non-2xx/3xx | socket errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
static = []
for i, (label, rps, p50, p99, non2xx, sockets) in enumerate(rows):
    if label == "static file":
        static.append(float(rps))
        continue
    before, after = float(rows[i - 1][1]), float(rows[i + 1][1])
    ratio = float(rps) / ((before + after) / 2)
    print(f"| {label} | {float(rps):,.0f} | {ratio:.2f} | {before:,.0f} / {after:,.0f} | {p50} | {p99} | {non2xx} | {sockets} |")
s50 = [r[2] for r in rows if r[0] == "static file"]
s99 = [r[3] for r in rows if r[0] == "static file"]
print(f"| static file ({len(static)} runs) | {min(static):,.0f}–{max(static):,.0f} | 1 | | {', '.join(s50)} | {', '.join(s99)} | | |")
EOF
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) (wrk and the hub share the machine's cores with everything else running)"
echo "rate limit raised for this run: Api__RateLimitPermits=$RATE_LIMIT (the default is 600 per 60 s per client)"
if (( ERRORS > 0 )); then fail "$ERRORS failed requests (see above)"; fi
echo "zero non-2xx/3xx answers and zero socket errors"
