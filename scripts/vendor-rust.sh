#!/usr/bin/env bash
# Vendors the crates of the Rust test services from Debian's packages, for image builds that are offline and locked.
#
#   bash scripts/vendor-rust.sh [WORKSPACE...]     # default: test/fixtures/services/rust-apps
#
# crates.io cannot be reached here, but Debian bookworm packages the crates the services use as librust-*-dev: their
# sources land in /usr/share/cargo/registry, a cargo "directory source". For each workspace this
#   1. installs those packages when one is missing (apt-get, as root; the list is DEBIAN_CRATES below) and
#      libsqlite3-dev (rusqlite links the system SQLite: Debian strips the bundled copy);
#   2. checks that Cargo.lock (committed) matches Cargo.toml, resolved against that registry (`cargo metadata --locked`):
#      a dependency change needs `CARGO_HOME=<this script's config> cargo generate-lockfile`, see --print-config;
#   3. runs `cargo vendor --respect-source-config --locked` (from the Debian registry, not crates.io) into WORKSPACE/vendor: exactly the packages Cargo.lock names, nothing else.
#      The generated Dockerfile (Build.rust with dependencies { kind: 'vendored' }) copies vendor/ and Cargo.lock before
#      the sources and builds with `--offline --locked` and the source replacement on cargo's command line.
# Idempotent: step 3 is skipped when vendor/.vendored-from holds the sha256 of the current Cargo.lock (the stamp is
# written last, so an interrupted run vendors again). vendor/ is not committed (WORKSPACE/.gitignore).
# Uses the cargo on PATH (the host's rustup toolchain); without one it installs Debian's cargo-web (bookworm-security,
# a current cargo: bookworm's own cargo 0.66 cannot read Cargo.lock version 4).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REGISTRY=/usr/share/cargo/registry
# The crates of test/fixtures/services/rust-apps: user-service (tokio-postgres, tokio, hyper, serde_json) and
# rust-sqlite (rusqlite). apt pulls in their dependencies' packages.
DEBIAN_CRATES=(librust-tokio-postgres-dev librust-tokio-dev librust-hyper-dev librust-serde-json-dev librust-rusqlite-dev)
NATIVE=(libsqlite3-dev)

log() { printf 'vendor-rust: %s\n' "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

CARGO_HOME_DIR="${VENDOR_RUST_CARGO_HOME:-/var/tmp/cdk8s-blueprints-cargo-debian}"
write_cargo_home() {
  mkdir -p "$CARGO_HOME_DIR"
  cat >"$CARGO_HOME_DIR/config.toml.new" <<TOML
# written by scripts/vendor-rust.sh: crates.io is replaced by Debian's packaged crates
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "$REGISTRY"

[net]
offline = true
TOML
  mv "$CARGO_HOME_DIR/config.toml.new" "$CARGO_HOME_DIR/config.toml"
}

if [ "${1:-}" = --print-config ]; then write_cargo_home; echo "CARGO_HOME=$CARGO_HOME_DIR"; exit 0; fi
[ $# -gt 0 ] || set -- "$REPO/test/fixtures/services/rust-apps"

install_crates() {
  local missing=() p
  for p in "${DEBIAN_CRATES[@]}" "${NATIVE[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  command -v cargo >/dev/null || missing+=(cargo-web)
  if [ ${#missing[@]} -eq 0 ]; then log "Debian crate packages present ($(find "$REGISTRY" -mindepth 1 -maxdepth 1 | wc -l) crates in $REGISTRY)"; return; fi
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]}: run as root to install them with apt-get"
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
}

install_crates
command -v cargo >/dev/null || die "cargo is not on PATH"
write_cargo_home

for ws in "$@"; do
  ws="$(cd "$ws" && pwd)"
  [ -f "$ws/Cargo.lock" ] || die "$ws/Cargo.lock is missing (generate it: CARGO_HOME=$CARGO_HOME_DIR cargo generate-lockfile)"
  CARGO_HOME="$CARGO_HOME_DIR" cargo metadata --locked --offline --format-version 1 --manifest-path "$ws/Cargo.toml" >/dev/null \
    || die "$ws/Cargo.lock does not match Cargo.toml against $REGISTRY (regenerate it: cd $ws && CARGO_HOME=$CARGO_HOME_DIR cargo generate-lockfile)"
  want="$(sha256sum "$ws/Cargo.lock" | cut -d' ' -f1)"
  if [ -f "$ws/vendor/.vendored-from" ] && [ "$(cat "$ws/vendor/.vendored-from")" = "$want" ]; then
    log "$ws/vendor is up to date ($(find "$ws/vendor" -mindepth 1 -maxdepth 1 -type d | wc -l) crates, Cargo.lock ${want:0:12})"
    continue
  fi
  t0=$(date +%s)
  rm -rf "$ws/vendor"
  (cd "$ws" && CARGO_HOME="$CARGO_HOME_DIR" cargo vendor --respect-source-config --locked --offline --quiet vendor >/dev/null)
  echo "$want" >"$ws/vendor/.vendored-from"
  log "$ws/vendor: $(find "$ws/vendor" -mindepth 1 -maxdepth 1 -type d | wc -l) crates, $(du -sh "$ws/vendor" | cut -f1), in $(( $(date +%s) - t0 )) s"
done
