# The two commands a new machine needs are `make serve` and `make test`;
# both install what is missing first (scripts/setup.sh) and skip the rest.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: setup serve build test test-native test-browser lint size bench-native bench-wasm bench-browser

setup:
	@./scripts/setup.sh

## Build the app (debug) and serve it on http://127.0.0.1:8080
serve: setup
	$(ENV) trunk serve

build: setup
	$(ENV) trunk build

## Every test: formatting and lints, native tests, then the browser tests
## in headless Chromium against a fresh debug build.
test: setup lint test-native test-browser

lint:
	$(ENV) cargo fmt --check
	$(ENV) cargo clippy --all-targets -- -D warnings
	$(ENV) $$WASM_CARGO clippy --target wasm32-unknown-unknown -- -D warnings

test-native:
	$(ENV) cargo test

test-browser:
	$(ENV) trunk build
	$(ENV) node --test --test-concurrency=1 tests/browser/

## Size of a release build's shipped wasm and js, gzipped (for the record).
size: setup
	$(ENV) ./bench/size.sh


## Speed of the splitter (native, against icu_segmenter) and of suggestions.
bench-native:
	$(ENV) cargo bench --bench segment
	$(ENV) cargo bench --bench suggest

## The splitter compiled to wasm, timed in headless Chromium.
bench-wasm: setup
	$(ENV) ./bench/segment-wasm.sh

## The page on 100 KB, 1 MB and 5 MB articles in headless Chromium (release build).
bench-browser: setup
	$(ENV) node bench/browser-perf.mjs
