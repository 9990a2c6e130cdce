# Installs what the build and the tests need, skipping what is present.
# Sourced by scripts/serve and scripts/test; every step says what it does and
# stops with a clear message when a tool is wrong.
#
# Pinned tools live in a per-user cache (not the repository), one folder per
# version, so a fresh clone reuses them and a different version elsewhere on
# PATH is never clobbered.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${QUORUMSCOPE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/quorumscope/tools}"
TRUNK_VERSION="0.21.14"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version Cargo.lock pins (the CLI must equal it).
wasm_bindgen_locked() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed: $2"
}

# Installs a crate's binaries into $TOOLS/NAME-VERSION unless already there.
cargo_tool() { # crate version binary [extra cargo install args...]
  local crate="$1" version="$2" bin="$3"; shift 3
  local dir="$TOOLS/$crate-$version"
  if [ ! -x "$dir/bin/$bin" ]; then
    local found
    found="$(command -v "$bin" 2>/dev/null || true)"
    if [ -n "$found" ] && "$found" --version 2>/dev/null | grep -q " $version\b"; then
      say "$bin $version found at $found"
      mkdir -p "$dir/bin" && ln -sf "$found" "$dir/bin/$bin"
    else
      say "installing $crate $version (cargo install; several minutes the first time)"
      cargo install "$crate" --version "$version" --root "$dir" "$@" \
        || die "cargo install $crate $version failed"
    fi
  fi
  export PATH="$dir/bin:$PATH"
}

setup_rust() {
  need_cmd cargo "install Rust with rustup (https://rustup.rs)"
  need_cmd rustup "install Rust with rustup (https://rustup.rs)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  say "fetching crates (cargo fetch)"
  (cd "$ROOT" && cargo fetch --locked) || die "cargo fetch failed (is the crate registry reachable?)"
}

setup_web_tools() {
  local wb
  wb="$(wasm_bindgen_locked)"
  [ -n "$wb" ] || die "could not read the wasm-bindgen version from Cargo.lock"
  cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  cargo_tool wasm-bindgen-cli "$wb" wasm-bindgen
  local got
  got="$(wasm-bindgen --version | awk '{print $2}')"
  [ "$got" = "$wb" ] || die "wasm-bindgen CLI is $got but Cargo.lock pins the wasm-bindgen crate at $wb; they must be equal. Remove $TOOLS/wasm-bindgen-cli-$wb and run again."
  got="$(trunk --version | awk '{print $2}')"
  [ "$got" = "$TRUNK_VERSION" ] || die "trunk on PATH is $got, this project needs $TRUNK_VERSION"
}

setup_npm() {
  need_cmd npm "install Node.js and npm (apt-get install nodejs npm)"
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/@playwright/test" ] \
     || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages (npm ci: wasm-opt from binaryen, Playwright)"
    (cd "$ROOT" && npm ci --no-audit --no-fund) || die "npm ci failed"
  fi
  export PATH="$ROOT/node_modules/.bin:$PATH"
  # Debian's binaryen (108) builds a wasm that breaks at run time: only the pinned one.
  wasm-opt --version | grep -q 'version 116' || die "wasm-opt is not version 116: $(wasm-opt --version)"
}

setup_browser() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing Debian's chromium and chromium-driver (apt-get)"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -q && $sudo apt-get install -y -q chromium chromium-driver \
      || die "apt-get install chromium chromium-driver failed"
  fi
  local cv dv
  cv="$(chromium --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1)"
  dv="$(chromedriver --version | grep -oE '[0-9]+\.[0-9.]+' | head -1)"
  [ "${cv%%.*}" = "${dv%%.*}" ] || die "chromium $cv and chromedriver $dv differ; install both from Debian (apt-get install chromium chromium-driver)"
  export CHROMEDRIVER="$(command -v chromedriver)"
  export CHROMIUM="$(command -v chromium)"
}

# Release build into dist/, printing the wasm size raw and gzipped.
build_release() {
  say "building the web app (trunk build --release --offline)"
  (cd "$ROOT" && trunk build --release --offline) || die "trunk build failed"
  local wasm raw gz
  wasm="$(ls "$ROOT"/dist/*.wasm | head -1)"
  raw="$(wc -c <"$wasm")"
  gz="$(gzip -9 -c "$wasm" | wc -c)"
  say "wasm size: $((raw / 1024)) KiB raw, $((gz / 1024)) KiB gzip ($(basename "$wasm"))"
}
