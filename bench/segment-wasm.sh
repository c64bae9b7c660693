#!/usr/bin/env bash
# The splitter's speed in wasm in headless Chromium: builds bench/segment-wasm
# (the splitter alone, the page's release settings), serves it with
# bench.html on 127.0.0.1, drives Chromium through chromedriver's WebDriver
# interface with curl, and prints a table like `cargo bench --bench segment`.
# Needs chromium, chromedriver, python3, curl and the wasm32-unknown-unknown
# target; without them it says what is missing and exits 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

missing=()
for tool in chromium chromedriver python3 curl; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || missing+=("wasm32-unknown-unknown target")
if ((${#missing[@]})); then
  echo "segment-wasm bench skipped: missing ${missing[*]}"
  exit 0
fi

cargo build --quiet --release --target wasm32-unknown-unknown \
  --manifest-path bench/segment-wasm/Cargo.toml --target-dir target/segment-wasm

site=$(mktemp -d)
http_pid=""
driver_pid=""
cleanup() {
  [[ -n $http_pid ]] && kill "$http_pid" 2>/dev/null || true
  [[ -n $driver_pid ]] && kill "$driver_pid" 2>/dev/null || true
  rm -rf "$site"
}
trap cleanup EXIT

cp target/segment-wasm/wasm32-unknown-unknown/release/segment_wasm_bench.wasm "$site/segment.wasm"
cp bench/segment-wasm/bench.html "$site/"
corpus=../shared/corpus/sherlock-holmes.txt
if [[ -f $corpus ]]; then
  cp "$corpus" "$site/"
else
  echo "(sherlock-holmes.txt skipped: ../shared/corpus is missing)"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
http_port=$(free_port)
driver_port=$(free_port)
python3 -m http.server "$http_port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
http_pid=$!
chromedriver --port="$driver_port" >/dev/null 2>&1 &
driver_pid=$!

wd="http://127.0.0.1:$driver_port"
for _ in $(seq 50); do
  curl -sf "$wd/status" >/dev/null 2>&1 && curl -sf "http://127.0.0.1:$http_port/bench.html" >/dev/null 2>&1 && break
  sleep 0.2
done

post() { curl -sf -X POST -H 'Content-Type: application/json' -d "$2" "$wd$1"; }
json_field() { python3 -c "import json,sys; v=json.load(sys.stdin)['value']; print($1)"; }

session=$(post /session '{"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{"args":["--headless=new","--no-sandbox","--disable-gpu","--disable-dev-shm-usage","--disable-background-networking","--disable-component-update","--no-first-run","--disable-sync"]}}}}' | json_field "v['sessionId']")
post "/session/$session/timeouts" '{"script":600000}' >/dev/null
post "/session/$session/url" "{\"url\":\"http://127.0.0.1:$http_port/bench.html\"}" >/dev/null
result=$(post "/session/$session/execute/async" '{"script":"const done = arguments[arguments.length - 1]; runBench().then(done, e => done(JSON.stringify({error: String(e)})));","args":[]}' | json_field "v")
curl -sf -X DELETE "$wd/session/$session" >/dev/null || true

python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
if "error" in r:
    sys.exit("wasm bench failed: " + r["error"])
print()
print("Sentence splitting in wasm (headless Chromium), best of runs, MB = 10^6 bytes")
print(r["userAgent"])
print(f"{'text':<34} {'MB':>8} {'wasm MB/s':>10} {'segs':>9}")
for row in r["rows"]:
    print(f"{row['name']:<34} {row['mb']:>8.2f} {row['mbps']:>10.1f} {row['segs']:>9}")
PY
