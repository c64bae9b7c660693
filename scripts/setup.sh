#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already
# there. Safe to run again: every step first checks whether it is needed.
#
# Writes scripts/.wasm-env, which the other scripts source to get a cargo that
# can build wasm32-unknown-unknown (rustup's target when it can be had, else
# Debian's rustc-web with build-std).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  if [ $apt_updated = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- a cargo that targets wasm32 -------------------------------------------
wasm_env=scripts/.wasm-env
if command -v rustup >/dev/null \
  && { rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
       || timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; }; then
  say "wasm toolchain: rustup's wasm32-unknown-unknown target"
  echo 'export WASM_CARGO=cargo' >"$wasm_env"
  rm -rf scripts/.wasm-bin
else
  say "wasm toolchain: rustup target unavailable, using Debian's rustc-web with build-std"
  apt_install rustc-web cargo-web rust-web-src lld
  # Trunk calls plain `cargo`: put Debian's first on PATH for wasm builds.
  mkdir -p scripts/.wasm-bin
  ln -sf /usr/bin/cargo scripts/.wasm-bin/cargo
  ln -sf /usr/bin/rustc scripts/.wasm-bin/rustc
  cat >"$wasm_env" <<'ENV'
export PATH="$PWD/scripts/.wasm-bin:$PATH"
export WASM_CARGO=/usr/bin/cargo
export RUSTC=/usr/bin/rustc
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld
ENV
fi

# --- browser for the tests --------------------------------------------------
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  || apt_install chromium chromium-driver

# --- trunk and wasm-bindgen at the versions Trunk.toml names ----------------
export PATH="$HOME/.cargo/bin:$PATH"
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (slow the first time: 10-30 min)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet --force
fi

# --- node packages: wasm-opt (binaryen 132) and playwright-core -------------
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  say "npm ci (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
