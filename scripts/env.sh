# Sourced by the Makefile's recipes: the tools setup.sh installed, first on
# PATH, and the wasm toolchain it chose.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ -f scripts/.wasm-env ] && . scripts/.wasm-env
export TRUNK_OFFLINE=true
