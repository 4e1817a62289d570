#!/usr/bin/env bash
# Offline container tooling for building the generated Dockerfiles UNCHANGED and running their images hardened.
#
#   bash scripts/containers/setup.sh                 # install tools, write config, create missing base images
#   bash scripts/containers/setup.sh --rebuild KEY   # rebuild one stand-in (KEY as listed below, or "all")
#   bash scripts/containers/setup.sh --list          # show the stand-in images and whether they exist
#
# Needs root on Debian 12 (bookworm). Network: only deb.debian.org (and the npm registry) are reachable, so no image
# is ever pulled. Instead each base image that the Dockerfiles name in FROM is made locally and tagged with that exact
# name; buildah then finds it in local storage (builds use --pull=never so a missing one fails fast, not on network).
#
#   KEY                TAG (exact FROM name)                               MADE FROM
#   debian             docker.io/library/debian:bookworm-slim              debootstrap --variant=minbase, podman import
#   distroless-static  gcr.io/distroless/static-debian12:nonroot           Debian .debs (apt-get download, dpkg-deb -x)
#   distroless-cc      gcr.io/distroless/cc-debian12:nonroot               same + libc6 libgcc-s1 libstdc++6 libgomp1 libssl3
#   rust               docker.io/library/rust:1.95-slim-bookworm           debian + gcc + host rustup toolchain (else Debian rustc-web)
#   golang             docker.io/library/golang:1.23-bookworm              debian + golang-1.23-go from bookworm-backports
#   python             docker.io/library/python:3.11-slim-bookworm         debian + python3.11/venv/pip + offline /wheelhouse
#   node               docker.io/library/node:20-bookworm-slim             debian + the host's node 20 binary, npm, corepack
#   nginx              docker.io/nginxinc/nginx-unprivileged:1.27-bookworm debian + Debian nginx 1.22 + gettext-base + curl, set up like
#                                                                          nginx-unprivileged
#   postgres           docker.io/library/postgres:15.10-bookworm           debian + Debian postgresql-15 + libnss-wrapper, laid out like
#                                                                          the official image, with a re-implemented entrypoint
#   redis              docker.io/library/redis:7.0.15-bookworm             debian + Debian redis-server 7.0.15, laid out like the official
#
# Idempotent: tools are installed only when missing, and an image is rebuilt only when it is missing or its recipe
# (the function below that makes it) changed; the recipe hash is stored in the image label io.cdk8s-blueprints.recipe.
# Everything is kept under CONTAINERS_HOME (default /var/tmp/cdk8s-blueprints-containers), outside the repository.
# Environment: SETUP_JOBS (parallel image builds, default 3), RUST_SOURCE=auto|host|debian (default auto).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR
. "$SCRIPT_DIR/env.sh"

T_START=$(date +%s%N)
WORK="$CONTAINERS_HOME/work"
LOGS="$CONTAINERS_HOME/logs"
SETUP_JOBS="${SETUP_JOBS:-3}"
RUST_SOURCE="${RUST_SOURCE:-auto}"
RECIPE_LABEL=io.cdk8s-blueprints.recipe
REGISTRY_ADDR="${CDK8S_BLUEPRINTS_REGISTRY:-127.0.0.1:5000}"

GO_MINOR=1.23            # newest Go in bookworm-backports (golang-1.23-go 1.23.5-1~bpo12+1 when this was written)
NGINX_MINOR=1.22         # bookworm's nginx (1.22.1), what the stand-in really contains
# The stand-in is tagged with the tag Build.staticSite() uses, nginx-unprivileged 1.27: bookworm ships no 1.27, and the
# generated Dockerfile depends only on the image's layout (port 8080, uid 101, pid and temp files in /tmp), not on
# the minor version. ENV NGINX_VERSION inside the stand-in says 1.22.
NGINX_TAG_MINOR=1.27

declare -A TAGS=(
  [debian]=docker.io/library/debian:bookworm-slim
  [distroless-static]=gcr.io/distroless/static-debian12:nonroot
  [distroless-cc]=gcr.io/distroless/cc-debian12:nonroot
  [rust]=docker.io/library/rust:1.95-slim-bookworm
  [golang]=docker.io/library/golang:${GO_MINOR}-bookworm
  [python]=docker.io/library/python:3.11-slim-bookworm
  [node]=docker.io/library/node:20-bookworm-slim
  [nginx]=docker.io/nginxinc/nginx-unprivileged:${NGINX_TAG_MINOR}-bookworm
  [postgres]=docker.io/library/postgres:15.10-bookworm
  [redis]=docker.io/library/redis:7.0.15-bookworm
)
ORDER=(debian distroless-static distroless-cc rust golang python node nginx postgres redis)
DEBIAN_TAG=${TAGS[debian]}

now_ms() { echo $(( ($(date +%s%N) - T_START) / 1000000 )); }
log() { local ms; ms=$(now_ms); printf '[setup %4d.%01ds] %s\n' $((ms / 1000)) $(((ms % 1000) / 100)) "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
secs_since() { local t0=$1; echo "$(( ($(date +%s%N) - t0) / 1000000000 )).$(( (($(date +%s%N) - t0) / 100000000) % 10 ))"; }

REBUILD=()
LIST_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rebuild) [ $# -ge 2 ] || die "--rebuild needs a KEY or all"; REBUILD+=("$2"); shift 2 ;;
    --list) LIST_ONLY=1; shift ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
for k in "${REBUILD[@]}"; do
  [ "$k" = all ] || [ -n "${TAGS[$k]+x}" ] || die "unknown image key '$k'; keys: ${ORDER[*]}"
done

[ "$(id -u)" = 0 ] || die "run as root (buildah/podman run rootful here)"

# ---------------------------------------------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------------------------------------------
install_tools() {
  local pkgs=(buildah podman runc catatonit debootstrap iptables containernetworking-plugins ca-certificates docker-registry skopeo)
  local missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "tools: already installed ($(buildah --version | awk '{print $1, $3}'), $(podman --version), $(runc --version | head -1))"
    return
  fi
  local t0; t0=$(date +%s%N)
  log "tools: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  log "tools: installed in $(secs_since "$t0") s ($(buildah --version | awk '{print $1, $3}'), $(podman --version))"
}

# ---------------------------------------------------------------------------------------------------------------
# 2. Configuration (see /work/shared/notes/container-builds.md for why each setting is needed)
# ---------------------------------------------------------------------------------------------------------------
write_if_changed() { # path, content on stdin
  local tmp; tmp=$(mktemp)
  cat >"$tmp"
  if [ -f "$1" ] && cmp -s "$tmp" "$1"; then rm -f "$tmp"; return 1; fi
  mv "$tmp" "$1"; chmod 644 "$1"; return 0
}

write_config() {
  mkdir -p "$CONTAINERS_HOME" "$WORK" "$LOGS" "$CONTAINERS_HOME/storage" "$CONTAINERS_HOME/run"
  local changed=()
  write_if_changed "$CONTAINERS_STORAGE_CONF" <<EOF && changed+=(storage.conf)
# written by scripts/containers/setup.sh
[storage]
driver = "overlay"
runroot = "$CONTAINERS_HOME/run"
graphroot = "$CONTAINERS_HOME/storage"
EOF
  write_if_changed "$CONTAINERS_CONF" <<'EOF' && changed+=(containers.conf)
# written by scripts/containers/setup.sh
[containers]
# podman's default rlimits exceed this host's hard limits (nofile 20000, nproc 32768): setrlimit EPERM
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
[engine]
# crun: "cgroups in hybrid mode not supported"; runc works
runtime = "runc"
# no systemd on these machines
cgroup_manager = "cgroupfs"
events_logger = "file"
network_backend = "cni"
EOF
  write_if_changed "$CONTAINERS_REGISTRIES_CONF" <<EOF && changed+=(registries.conf)
# written by scripts/containers/setup.sh
# Short names (FROM rust:...) resolve to docker.io/library/..., where the stand-in images are tagged.
# Builds run with --pull=never (local storage), except the digest pulls through the local mirror below.
unqualified-search-registries = ["docker.io"]
short-name-mode = "permissive"
# The local registry (Debian's docker-registry on $REGISTRY_ADDR, see start_registry) serves the same stand-ins and
# mirrors docker.io and gcr.io: a build of FROM name:tag@sha256:... (the base-image lock's digests) with --pull
# pulls the digest through it. Plain HTTP, on the loopback address only.
[[registry]]
prefix = "docker.io"
location = "docker.io"
[[registry.mirror]]
location = "$REGISTRY_ADDR"
insecure = true

[[registry]]
prefix = "gcr.io"
location = "gcr.io"
[[registry.mirror]]
location = "$REGISTRY_ADDR"
insecure = true
EOF
  if [ ${#changed[@]} -gt 0 ]; then log "config: wrote ${changed[*]} in $CONTAINERS_HOME"; else log "config: unchanged in $CONTAINERS_HOME"; fi
}

# ---------------------------------------------------------------------------------------------------------------
# 3. Helpers
# ---------------------------------------------------------------------------------------------------------------
recipe_hash() { # key -> hash of the function that builds it plus the host inputs it depends on
  { declare -f "build_$1"; declare -f common_debian_files; extra_inputs "$1"; } | sha256sum | cut -c1-16
}
extra_inputs() {
  case "$1" in
    rust) echo "$RUST_SOURCE"; rust_host_toolchain 2>/dev/null || true ;;
    node) if command -v node >/dev/null; then node --version; readlink -f "$(command -v node)"; fi ;;
    *) : ;;
  esac
  # images made FROM the debian stand-in are rebuilt when it is rebuilt
  if [ "$1" != debian ] && podman image exists "$DEBIAN_TAG" 2>/dev/null; then podman image inspect --format '{{.Id}}' "$DEBIAN_TAG"; fi
  cat /usr/local/share/ca-certificates/*.crt 2>/dev/null | sha256sum
}
image_recipe() { podman image inspect --format "{{ index .Labels \"$RECIPE_LABEL\" }}" "$1" 2>/dev/null || true; }

declare -A RECIPE=()
compute_recipes() { local k; for k in "${ORDER[@]}"; do RECIPE[$k]=$(recipe_hash "$k"); done; }

bud() { # context dir, tag, key, [extra buildah args...]  (Dockerfile is <context>/Dockerfile)
  local ctx=$1 tag=$2 key=$3; shift 3
  buildah bud --isolation chroot --format docker --pull=never --layers \
    --label "$RECIPE_LABEL=${RECIPE[$key]}" -f "$ctx/Dockerfile" -t "$tag" "$@" "$ctx"
}

local_ca_files() { ls /usr/local/share/ca-certificates/*.crt 2>/dev/null || true; }

# Download .debs with apt inside the Debian stand-in (its own fresh apt lists; the host's apt state is not used).
fetch_debs() { # outdir, suites (e.g. "bookworm bookworm-updates"), packages...
  local out=$1; shift
  rm -rf "$out"; mkdir -p "$out"
  podman run --rm --network host -v "$out:/out" "$DEBIAN_TAG" bash -euc '
    apt-get update -qq
    cd /out
    apt-get download -qq -o APT::Sandbox::User=root "$@" >/dev/null
    ls /out/*.deb >/dev/null' fetch "$@"
}

# Files that make the distroless stand-ins: users, groups, dirs, CA bundle, nsswitch.
common_debian_files() { # rootfs
  local r=$1
  mkdir -p "$r/etc/ssl/certs" "$r/tmp" "$r/root" "$r/home/nonroot" "$r/var/tmp"
  chmod 1777 "$r/tmp" "$r/var/tmp"; chmod 700 "$r/root" "$r/home/nonroot"; chown 65532:65532 "$r/home/nonroot"
  cat >"$r/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
  cat >"$r/etc/group" <<'EOF'
root:x:0:
nobody:x:65534:
tty:x:5:
staff:x:50:
nonroot:x:65532:
EOF
  echo 'hosts: files dns' >"$r/etc/nsswitch.conf"
  # CA bundle = Debian's Mozilla set (from the ca-certificates .deb) + local CAs of this host (TLS-intercepting proxy)
  local f
  : >"$r/etc/ssl/certs/ca-certificates.crt"
  for f in "$r"/usr/share/ca-certificates/mozilla/*.crt $(local_ca_files); do cat "$f"; echo; done >>"$r/etc/ssl/certs/ca-certificates.crt"
  rm -rf "$r/usr/share/ca-certificates" "$r/usr/sbin/update-ca-certificates" "$r/etc/ca-certificates" \
    "$r/usr/share/doc" "$r/usr/share/man" "$r/usr/share/lintian" "$r/usr/share/info" "$r/usr/share/locale"
  # distroless has no shell: make sure nothing slipped in
  if [ -e "$r/bin/sh" ] || [ -e "$r/usr/bin/sh" ] || [ -e "$r/bin/bash" ]; then die "a shell ended up in $r"; fi
}

distroless_import() { # rootfs, tag, key
  local r=$1 tag=$2 key=$3
  tar --numeric-owner -C "$r" -c . | podman import \
    --change "USER 65532:65532" --change "WORKDIR /home/nonroot" \
    --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt" \
    --change "LABEL $RECIPE_LABEL=${RECIPE[$key]}" \
    --change "LABEL org.opencontainers.image.description=local stand-in for $tag (cdk8s-blueprints scripts/containers/setup.sh)" \
    - "$tag" >/dev/null
}

# ---------------------------------------------------------------------------------------------------------------
# 4. The stand-in images
# ---------------------------------------------------------------------------------------------------------------
build_debian() {
  local w="$WORK/debian" r="$WORK/debian/rootfs"
  rm -rf "$r"; mkdir -p "$w/debootstrap-cache"
  debootstrap --variant=minbase --cache-dir="$w/debootstrap-cache" bookworm "$r" http://deb.debian.org/debian >"$w/debootstrap.log" 2>&1 \
    || { tail -20 "$w/debootstrap.log"; return 1; }
  # like the real debian:bookworm-slim: deb822 sources incl. updates + security, docker apt/dpkg tweaks
  rm -f "$r/etc/apt/sources.list"
  cat >"$r/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cat >"$r/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  echo 'Acquire::Languages "none";' >"$r/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$r/etc/apt/apt.conf.d/docker-autoremove-suggests"
  cat >"$r/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
EOF
  # local CAs (the TLS-intercepting proxy's) so that update-ca-certificates in images includes them
  mkdir -p "$r/usr/local/share/ca-certificates"
  local f; for f in $(local_ca_files); do cp "$f" "$r/usr/local/share/ca-certificates/"; done
  rm -rf "$r"/var/cache/apt/archives/*.deb "$r"/var/lib/apt/lists/* "$r"/var/log/*.log "$r"/var/log/apt/* "$r"/var/cache/debconf/*-old
  tar --numeric-owner -C "$r" -c . | podman import --change 'CMD ["bash"]' \
    --change "LABEL $RECIPE_LABEL=${RECIPE[debian]}" - "${TAGS[debian]}" >/dev/null
  rm -rf "$r"
}

build_distroless-static() {
  local w="$WORK/distroless-static" d
  fetch_debs "$w/debs" base-files netbase tzdata ca-certificates
  rm -rf "$w/rootfs"; mkdir -p "$w/rootfs"
  for d in "$w"/debs/*.deb; do dpkg-deb -x "$d" "$w/rootfs"; done
  common_debian_files "$w/rootfs"
  distroless_import "$w/rootfs" "${TAGS[distroless-static]}" distroless-static
  rm -rf "$w/rootfs"
}

build_distroless-cc() {
  local w="$WORK/distroless-cc" d
  fetch_debs "$w/debs" base-files netbase tzdata ca-certificates libc6 libgcc-s1 libstdc++6 libgomp1 libssl3 zlib1g
  rm -rf "$w/rootfs"; mkdir -p "$w/rootfs"
  for d in "$w"/debs/*.deb; do dpkg-deb -x "$d" "$w/rootfs"; done
  # libc6's maintainer tools are useless without a shell; the loader and libraries stay
  rm -f "$w/rootfs/usr/bin/ldd" "$w/rootfs/usr/bin/tzselect" "$w/rootfs/usr/bin/catchsegv"
  common_debian_files "$w/rootfs"
  distroless_import "$w/rootfs" "${TAGS[distroless-cc]}" distroless-cc
  rm -rf "$w/rootfs"
}

rust_host_toolchain() { # prints the host's stable rustup toolchain dir, if usable
  local rh="${RUSTUP_HOME:-$HOME/.rustup}" tc
  for tc in "$rh"/toolchains/stable-x86_64-unknown-linux-gnu "$rh"/toolchains/1.*-x86_64-unknown-linux-gnu; do
    if [ -x "$tc/bin/cargo" ] && [ -x "$tc/bin/rustc" ] && "$tc/bin/rustc" -V >/dev/null 2>&1; then echo "$tc"; "$tc/bin/rustc" -V; return 0; fi
  done
  return 1
}

build_rust() {
  local w="$WORK/rust" ctx="$WORK/rust/ctx" tc="" src="$RUST_SOURCE"
  rm -rf "$ctx"; mkdir -p "$ctx"
  if [ "$src" != debian ]; then tc=$(rust_host_toolchain | head -1 || true); fi
  if [ -z "$tc" ] && [ "$src" = host ]; then die "RUST_SOURCE=host but no rustup toolchain under ${RUSTUP_HOME:-$HOME/.rustup}"; fi
  if [ -n "$tc" ]; then
    # Host rustup toolchain, laid out like the real image: RUSTUP_HOME=/usr/local/rustup, CARGO_HOME=/usr/local/cargo,
    # rustup + its proxies in /usr/local/cargo/bin. Docs (800 MB) are left out. Hard links when on the same filesystem.
    local name rustup_bin e
    name=$(basename "$tc")
    log "rust: host toolchain $tc ($("$tc/bin/rustc" -V))"
    mkdir -p "$ctx/rustup/toolchains/$name" "$ctx/cargo/bin"
    for e in "$tc"/*; do
      [ "$(basename "$e")" = share ] && continue
      cp -al "$e" "$ctx/rustup/toolchains/$name/" 2>/dev/null || cp -a "$e" "$ctx/rustup/toolchains/$name/"
    done
    printf 'version = "12"\ndefault_toolchain = "%s"\nprofile = "minimal"\n\n[overrides]\n' "$name" >"$ctx/rustup/settings.toml"
    rustup_bin="${CARGO_HOME:-$HOME/.cargo}/bin/rustup"
    if [ -x "$rustup_bin" ]; then
      cp "$rustup_bin" "$ctx/cargo/bin/rustup"
      for e in cargo rustc rustdoc rustfmt cargo-fmt cargo-clippy clippy-driver rust-gdb rust-lldb; do ln -s rustup "$ctx/cargo/bin/$e"; done
    else
      for e in cargo rustc rustdoc rustfmt cargo-fmt cargo-clippy clippy-driver; do
        [ -e "$tc/bin/$e" ] && ln -s "/usr/local/rustup/toolchains/$name/bin/$e" "$ctx/cargo/bin/$e"
      done
    fi
    cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev \\
 && rm -rf /var/lib/apt/lists/*
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=$("$tc/bin/rustc" -V | awk '{print $2}')
COPY rustup/ /usr/local/rustup/
COPY cargo/ /usr/local/cargo/
RUN find /usr/local/rustup /usr/local/cargo -type d -exec chmod a+w {} + && rustc --version && cargo --version
EOF
  else
    # No rustup on this machine: Debian's rustc-web/cargo-web (bookworm-security, a recent Rust kept for Firefox).
    log "rust: WARNING no host rustup toolchain; using Debian's rustc-web/cargo-web instead (version differs from the tag)"
    cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev rustc-web cargo-web \\
 && rm -rf /var/lib/apt/lists/* \\
 && mkdir -p /usr/local/cargo/bin /usr/local/rustup \\
 && for e in cargo rustc rustdoc; do ln -s /usr/bin/\$e /usr/local/cargo/bin/\$e; done \\
 && chmod -R a+w /usr/local/cargo
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN rustc --version && cargo --version
EOF
  fi
  bud "$ctx" "${TAGS[rust]}" rust
  rm -rf "$ctx"
}

build_golang() {
  local ctx="$WORK/golang/ctx"
  rm -rf "$ctx"; mkdir -p "$ctx"
  cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
RUN printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \\
      >/etc/apt/sources.list.d/backports.sources \\
 && apt-get update \\
 && apt-get install -y --no-install-recommends -t bookworm-backports golang-${GO_MINOR}-go \\
 && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev \\
 && rm -rf /var/lib/apt/lists/* \\
 && ln -s /usr/lib/go-${GO_MINOR} /usr/local/go \\
 && mkdir -p /go/src /go/bin && chmod -R 1777 /go
ENV GOLANG_VERSION=${GO_MINOR} GOTOOLCHAIN=local GOPATH=/go PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /go
RUN go version && go env GOROOT
EOF
  bud "$ctx" "${TAGS[golang]}" golang
  rm -rf "$ctx"
}

build_python() {
  local ctx="$WORK/python/ctx"
  rm -rf "$ctx"; mkdir -p "$ctx"
  cat >"$ctx/make-wheels.py" <<'PYEOF'
"""Make wheels from Debian python3-* packages for an offline pip wheelhouse.

Usage: make-wheels.py OUTDIR ROOT...   where each ROOT holds one .deb: `dpkg-deb -x X.deb ROOT; dpkg-deb -e X.deb ROOT/DEBIAN`.
A Debian python3-* package installs one distribution into /usr/lib/python3/dist-packages: its modules plus an
.egg-info or .dist-info. The wheel gets those modules and a regenerated .dist-info: METADATA, WHEEL, RECORD,
entry_points.txt. Debian strips the unconditional requirements from the metadata (dpkg handles them), so they are
rebuilt from the package's Depends on other python3-* packages of this set. Packages with compiled extensions
get the cpXY-cpXY-<platform> tag, the others py3-none-any. Debian's symlinks into other packages are resolved.
"""
import base64, hashlib, os, re, sys, sysconfig, zipfile

SP = "usr/lib/python3/dist-packages"
DEB_TO_DIST = {"python3-pkg-resources": "setuptools", "python3-setuptools": "setuptools"}
DATE = (2020, 1, 1, 0, 0, 0)

def control(root):
    fields, key = {}, None
    with open(os.path.join(root, "DEBIAN/control"), encoding="utf-8") as f:
        for line in f:
            if line[:1] in " \t" and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, _, val = line.partition(":")
                fields[key] = val.strip()
    return fields

def parse_requires(path):
    reqs, extras, section = [], [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line[1:-1]
                extra = section.partition(":")[0]
                if extra and extra not in extras:
                    extras.append(extra)
                continue
            if section is None:
                reqs.append(line)
                continue
            extra, _, marker = section.partition(":")
            conds = (["(%s)" % marker] if marker else []) + (['extra == "%s"' % extra] if extra else [])
            reqs.append("%s; %s" % (line, " and ".join(conds)))
    return reqs, extras

def canon(name):
    return re.sub(r"[-_.]+", "-", name).lower()

def read_dist(root):
    sp = os.path.join(root, SP)
    if not os.path.isdir(sp):
        return None
    metas = [e for e in os.listdir(sp) if e.endswith((".egg-info", ".dist-info"))]
    if len(metas) != 1:
        sys.exit("%s: expected one .egg-info/.dist-info, found %s" % (root, metas))
    meta = os.path.join(sp, metas[0])
    extra_files, reqs, extras = {}, [], []
    if os.path.isfile(meta):
        metadata = open(meta, encoding="utf-8").read()
    elif metas[0].endswith(".egg-info"):
        metadata = open(os.path.join(meta, "PKG-INFO"), encoding="utf-8").read()
        if os.path.exists(os.path.join(meta, "requires.txt")):
            reqs, extras = parse_requires(os.path.join(meta, "requires.txt"))
        for n in ("entry_points.txt", "top_level.txt"):
            if os.path.exists(os.path.join(meta, n)):
                extra_files[n] = open(os.path.join(meta, n), "rb").read()
    else:
        metadata = open(os.path.join(meta, "METADATA"), encoding="utf-8").read()
        for n in os.listdir(meta):
            if n not in ("METADATA", "RECORD", "WHEEL", "INSTALLER", "REQUESTED", "direct_url.json") \
                    and os.path.isfile(os.path.join(meta, n)):
                extra_files[n] = open(os.path.join(meta, n), "rb").read()
    head, sep, body = metadata.partition("\n\n")
    fields = dict(re.findall(r"^(Name|Version): *(.+)$", head, re.M))
    head_lines = head.split("\n")
    reqs = [l.split(":", 1)[1].strip() for l in head_lines if l.startswith("Requires-Dist:")] + reqs
    extras = [l.split(":", 1)[1].strip() for l in head_lines if l.startswith("Provides-Extra:")] + extras
    head_lines = [l for l in head_lines if not l.startswith(("Requires-Dist:", "Provides-Extra:"))]
    return dict(root=root, sp=sp, meta=meta, name=fields["Name"].strip(), version=fields["Version"].strip(),
                head=head_lines, sep=sep or "\n\n", body=body, reqs=reqs, extras=extras, extra_files=extra_files,
                control=control(root))

def build(d, dists, roots, out):
    # unconditional requirements from Depends: python3-foo (>= x) | python3-bar -> the dists of this set
    present = {canon(re.split(r"[ ;<>=!~\[(]", r, 1)[0]) for r in d["reqs"] if ";" not in r}
    for alt in re.split(r",", d["control"].get("Depends", "")):
        pkg = alt.split("|")[0].strip().split(" ")[0].split(":")[0]
        dist = DEB_TO_DIST.get(pkg) or next((x["name"] for x in dists if x["control"].get("Package") == pkg), None)
        if dist and canon(dist) not in present:
            d["reqs"].insert(0, dist)
            present.add(canon(dist))
    metadata = "\n".join(d["head"] + ["Provides-Extra: " + e for e in d["extras"]]
                         + ["Requires-Dist: " + r for r in d["reqs"]]) + d["sep"] + d["body"]
    files = []
    for dd, dirs, fs in os.walk(d["sp"]):
        dirs[:] = sorted(x for x in dirs if x != "__pycache__" and os.path.join(dd, x) != d["meta"])
        files += [os.path.join(dd, f) for f in sorted(fs) if os.path.join(dd, f) != d["meta"] and not f.endswith(".pyc")]
    native = any(re.search(r"\.so(\.|$)", os.path.basename(f)) for f in files)
    py = "cp%d%d" % sys.version_info[:2]
    tag = "%s-%s-%s" % (py, py, sysconfig.get_platform().replace("-", "_").replace(".", "_")) if native else "py3-none-any"
    dist = re.sub(r"[-_.]+", "_", d["name"])
    info = "%s-%s.dist-info" % (dist, d["version"])
    wheel_meta = "Wheel-Version: 1.0\nGenerator: cdk8s-blueprints make-wheels.py\nRoot-Is-Purelib: %s\nTag: %s\n" % (
        "false" if native else "true", tag)
    record = []
    whl = os.path.join(out, "%s-%s-%s.whl" % (dist, d["version"], tag))
    with zipfile.ZipFile(whl, "w", zipfile.ZIP_DEFLATED) as z:
        def add(arc, data, mode=0o644):
            zi = zipfile.ZipInfo(arc, DATE)
            zi.external_attr = mode << 16
            z.writestr(zi, data, zipfile.ZIP_DEFLATED)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append("%s,sha256=%s,%d" % (arc, digest, len(data)))
        for f in files:
            src = f
            if os.path.islink(f):
                target = os.readlink(f)
                rel = target.lstrip("/") if target.startswith("/") else os.path.relpath(
                    os.path.normpath(os.path.join(os.path.dirname(f), target)), d["root"])
                cands = [os.path.join(r, rel) for r in roots]
                src = next((c for c in cands if os.path.isfile(c)), None)
                if src is None:
                    print("  %s: skipped dangling symlink %s -> %s" % (d["name"], f, target), file=sys.stderr)
                    continue
            add(os.path.relpath(f, d["sp"]), open(src, "rb").read(), os.stat(src).st_mode & 0o777)
        add(info + "/METADATA", metadata.encode())
        add(info + "/WHEEL", wheel_meta.encode())
        for n, data in sorted(d["extra_files"].items()):
            add(info + "/" + n, data)
        record.append(info + "/RECORD,,")
        z.writestr(zipfile.ZipInfo(info + "/RECORD", DATE), "\n".join(record) + "\n")
    print("%s  requires: %s" % (os.path.basename(whl), ", ".join(r for r in d["reqs"] if ";" not in r) or "-"))

def main(out, roots):
    dists = [d for d in (read_dist(r) for r in roots) if d]
    for d in dists:
        build(d, dists, roots, out)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
PYEOF
  cat >"$ctx/pip.conf" <<'EOF'
# Offline: this stand-in of python:3.11-slim-bookworm installs only from the wheels baked in at /wheelhouse
# (made from Debian bookworm's python3-* packages by scripts/containers/setup.sh). PyPI is not reachable.
[global]
no-index = true
find-links = /wheelhouse
disable-pip-version-check = true
EOF
  cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]} AS wheels
RUN apt-get update && apt-get install -y --no-install-recommends python3 \\
 && mkdir -p /debs /wheelhouse && cd /debs \\
 && apt-get download -o APT::Sandbox::User=root \\
      python3-flask python3-werkzeug python3-jinja2 python3-markupsafe python3-itsdangerous python3-click \\
      python3-blinker python3-gunicorn python3-packaging libjs-jquery \\
 && for d in *.deb; do mkdir -p "/x/\$d" && dpkg-deb -x "\$d" "/x/\$d" && dpkg-deb -e "\$d" "/x/\$d/DEBIAN"; done
COPY make-wheels.py /make-wheels.py
RUN python3 /make-wheels.py /wheelhouse /x/*

FROM ${TAGS[debian]}
ENV LANG=C.UTF-8 PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates python3 python3-venv python3-pip python3-wheel \\
 && rm -rf /var/lib/apt/lists/* \\
 && rm -f /usr/lib/python3.11/EXTERNALLY-MANAGED \\
 && for e in python python3; do ln -s /usr/bin/python3 /usr/local/bin/\$e; done \\
 && for e in pip pip3; do ln -s /usr/bin/pip3 /usr/local/bin/\$e; done
COPY --from=wheels /wheelhouse/ /wheelhouse/
COPY pip.conf /etc/pip.conf
RUN cp /usr/share/python-wheels/*.whl /wheelhouse/ \\
 && PY=\$(python3 -c 'import platform; print(platform.python_version())') && echo "python \$PY" \\
 && python -m venv /tmp/v && /tmp/v/bin/pip install -q 'Flask==2.2.2' 'gunicorn==20.1.0' \\
 && /tmp/v/bin/python -c 'import flask, gunicorn; print("flask", flask.__version__, "gunicorn", gunicorn.__version__)' \\
 && rm -rf /tmp/v /root/.cache && ls /wheelhouse
ENV PYTHON_VERSION=3.11
CMD ["python3"]
EOF
  bud "$ctx" "${TAGS[python]}" python
  rm -rf "$ctx"
}

build_node() {
  local ctx="$WORK/node/ctx" node_bin npm_root ver cas
  command -v node >/dev/null || die "node: no node binary on this machine (the node stand-in copies the host's node 20)"
  node_bin=$(readlink -f "$(command -v node)")
  ver=$(node --version)
  case "$ver" in v20.*) ;; *) log "node: WARNING host node is $ver, not 20.x; tagging it as ${TAGS[node]} anyway" ;; esac
  npm_root=$(npm root -g 2>/dev/null || echo "$(dirname "$(dirname "$node_bin")")/lib/node_modules")
  [ -d "$npm_root/npm" ] || die "node: npm not found under $npm_root"
  rm -rf "$ctx"; mkdir -p "$ctx/usr/local/bin" "$ctx/usr/local/lib/node_modules"
  cp "$node_bin" "$ctx/usr/local/bin/node"
  cp -a "$npm_root/npm" "$ctx/usr/local/lib/node_modules/"
  [ -d "$npm_root/corepack" ] && cp -a "$npm_root/corepack" "$ctx/usr/local/lib/node_modules/"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ctx/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ctx/usr/local/bin/npx"
  [ -d "$npm_root/corepack" ] && ln -s ../lib/node_modules/corepack/dist/corepack.js "$ctx/usr/local/bin/corepack"
  # the real image's entrypoint: runs node when the first argument is an option or not a command
  cat >"$ctx/usr/local/bin/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
set -e
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
EOF
  chmod 755 "$ctx/usr/local/bin/docker-entrypoint.sh"
  cas=""
  if [ -n "$(local_ca_files)" ]; then
    # npm in RUN steps goes through the TLS-intercepting proxy: trust its CA (node ignores the system store)
    local -a ca_files; mapfile -t ca_files < <(local_ca_files)
    cat "${ca_files[@]}" >"$ctx/local-cas.pem"
    cas="COPY local-cas.pem /usr/local/share/ca-certificates/local-cas.pem
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/local-cas.pem"
  fi
  cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION=${ver#v}
COPY usr/ /usr/
$cas
RUN node --version && npm --version
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
EOF
  bud "$ctx" "${TAGS[node]}" node
  rm -rf "$ctx"
}

build_nginx() {
  local ctx="$WORK/nginx/ctx"
  rm -rf "$ctx"; mkdir -p "$ctx"
  cat >"$ctx/nginx.conf" <<'EOF'
# like nginxinc/nginx-unprivileged: no user directive, pid and temp paths under /tmp
worker_processes  auto;
error_log  /var/log/nginx/error.log notice;
pid        /tmp/nginx.pid;

events {
    worker_connections  1024;
}

http {
    proxy_temp_path       /tmp/proxy_temp;
    client_body_temp_path /tmp/client_temp;
    fastcgi_temp_path     /tmp/fastcgi_temp;
    uwsgi_temp_path       /tmp/uwsgi_temp;
    scgi_temp_path        /tmp/scgi_temp;

    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';
    access_log  /var/log/nginx/access.log  main;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
EOF
  cat >"$ctx/default.conf" <<'EOF'
server {
    listen       8080;
    server_name  localhost;
    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
EOF
  # nginx-unprivileged's Dockerfile installs gettext-base and curl with nginx (its HEALTHCHECKs can use curl)
  cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
RUN apt-get update && apt-get install -y --no-install-recommends nginx gettext-base curl \\
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled /etc/nginx/sites-available /var/www/html \\
 && groupadd --system --gid 101 nginx \\
 && useradd --system --gid nginx --no-create-home --home /nonexistent --shell /bin/false --uid 101 nginx \\
 && mkdir -p /etc/nginx/conf.d /usr/share/nginx/html /var/cache/nginx \\
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log \\
 && chown -R 101:0 /var/cache/nginx && chmod -R g+w /var/cache/nginx
COPY nginx.conf /etc/nginx/nginx.conf
COPY default.conf /etc/nginx/conf.d/default.conf
RUN [ -f /usr/share/nginx/html/index.html ] || echo '<!DOCTYPE html><title>Welcome to nginx!</title><h1>Welcome to nginx!</h1>' >/usr/share/nginx/html/index.html \\
 && nginx -t 2>&1 && nginx -v 2>&1 && curl --version && rm -rf /tmp/* /tmp/.[!.]*
ENV NGINX_VERSION=${NGINX_MINOR}
EXPOSE 8080
STOPSIGNAL SIGQUIT
USER 101
CMD ["nginx", "-g", "daemon off;"]
EOF
  bud "$ctx" "${TAGS[nginx]}" nginx
  rm -rf "$ctx"
}

# The database stand-ins. No registry is reachable, so the official postgres and redis images cannot be pulled; these
# are made from Debian bookworm's own packages and laid out like the official images, so that the manifests of
# Postgres and Redis run them exactly as they would run the real ones (same paths, env, entrypoint behaviour, users).
# What differs, honestly:
#   postgres:15.10-bookworm  holds Debian's postgresql-15 (15.x of bookworm, not 15.10: the version is printed while
#                            it builds and kept in /usr/share/postgresql/standin-version), not PGDG's build; the
#                            entrypoint is this script's own bash re-implementation of docker-library's
#                            docker-entrypoint.sh for what it documents (POSTGRES_USER/PASSWORD/DB and their _FILE
#                            forms, POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD, /docker-entrypoint-initdb.d with
#                            *.sh and *.sql, the root → postgres re-exec with gosu, nss_wrapper for an unknown UID);
#                            POSTGRES_INITDB_WALDIR and *.sql.gz/xz/zst init files are not supported.
#   redis:7.0.15-bookworm    holds Debian's redis-server 7.0.15 (with Debian's patches; built against jemalloc like
#                            the official one), in /usr/bin rather than /usr/local/bin; its entrypoint is a
#                            re-implementation of the official one (redis-server for option/.conf arguments, chown +
#                            gosu when started as root, umask 0077).
build_postgres() {
  local ctx="$WORK/postgres/ctx"
  rm -rf "$ctx"; mkdir -p "$ctx"
  cat >"$ctx/docker-entrypoint.sh" <<'EOF'
#!/usr/bin/env bash
# docker-entrypoint.sh of the local postgres stand-in (scripts/containers/setup.sh): initializes PGDATA on the first
# start the way the official image documents, then runs the command (postgres). Runs as any UID: as root it hands
# PGDATA to postgres (999) and re-executes itself as postgres; as a UID without an /etc/passwd entry it runs initdb
# under nss_wrapper (initdb insists that the current user exists), which the official image does too.
set -Eeuo pipefail

# VAR or VAR_FILE (a file holding the value, e.g. a mounted Secret), never both.
file_env() {
  local var=$1 file_var="${1}_FILE" def=${2:-} val
  if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then echo >&2 "error: both $var and $file_var are set (but are exclusive)"; exit 1; fi
  val=$def
  if [ -n "${!var:-}" ]; then val=${!var}; elif [ -n "${!file_var:-}" ]; then val=$(< "${!file_var}"); fi
  export "$var"="$val"
  unset "$file_var"
}

wants_help() {
  local arg
  for arg; do case "$arg" in -'?'|--help|--describe-config|-V|--version) return 0 ;; esac; done
  return 1
}

init_database() {
  file_env POSTGRES_PASSWORD
  file_env POSTGRES_USER postgres
  file_env POSTGRES_DB "$POSTGRES_USER"
  file_env POSTGRES_INITDB_ARGS
  local auth=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
  if [ -z "$POSTGRES_PASSWORD" ] && [ "$auth" != trust ]; then
    echo >&2 'Error: Database is uninitialized and superuser password is not specified.'
    echo >&2 '       Set POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE), or POSTGRES_HOST_AUTH_METHOD=trust.'
    exit 1
  fi
  local uid gid wrapper
  uid=$(id -u); gid=$(id -g)
  if ! getent passwd "$uid" >/dev/null; then
    for wrapper in /usr/lib/*/libnss_wrapper.so /usr/lib/libnss_wrapper.so /lib/*/libnss_wrapper.so; do
      if [ -s "$wrapper" ]; then
        NSS_WRAPPER_PASSWD=$(mktemp); NSS_WRAPPER_GROUP=$(mktemp)
        export LD_PRELOAD=$wrapper NSS_WRAPPER_PASSWD NSS_WRAPPER_GROUP
        printf 'postgres:x:%s:%s:PostgreSQL:%s:/bin/false\n' "$uid" "$gid" "$PGDATA" >"$NSS_WRAPPER_PASSWD"
        printf 'postgres:x:%s:\n' "$gid" >"$NSS_WRAPPER_GROUP"
        break
      fi
    done
  fi
  # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of arguments
  initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") $POSTGRES_INITDB_ARGS
  if [[ ${LD_PRELOAD:-} == */libnss_wrapper.so ]]; then
    rm -f "$NSS_WRAPPER_PASSWD" "$NSS_WRAPPER_GROUP"
    unset LD_PRELOAD NSS_WRAPPER_PASSWD NSS_WRAPPER_GROUP
  fi
  printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"

  # A temporary server on the socket only (no TCP address: clients and a TCP readiness check see nothing yet).
  export PGPASSWORD=${PGPASSWORD:-$POSTGRES_PASSWORD}
  PGUSER=${PGUSER:-$POSTGRES_USER} pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p ${PGPORT:-5432}" -w start
  local psql=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
  if [ "$POSTGRES_DB" != postgres ]; then
    "${psql[@]}" --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db";'
  fi
  local f
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      # shellcheck disable=SC1090 # the init scripts are the user's
      *.sh) if [ -x "$f" ]; then echo "$0: running $f"; "$f"; else echo "$0: sourcing $f"; . "$f"; fi ;;
      *.sql) echo "$0: running $f"; "${psql[@]}" --dbname "$POSTGRES_DB" -f "$f" ;;
      */\*) ;;
      *) echo "$0: ignoring $f" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop
  unset PGPASSWORD
  echo 'PostgreSQL init process complete; ready for start up.'
}

if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi
if [ "$1" = postgres ] && ! wants_help "$@"; then
  mkdir -p "$PGDATA"
  chmod 00700 "$PGDATA" || :
  mkdir -p /var/run/postgresql || :
  chmod 03775 /var/run/postgresql || :
  if [ "$(id -u)" = 0 ]; then
    find "$PGDATA" \! -user postgres -exec chown postgres '{}' +
    find /var/run/postgresql \! -user postgres -exec chown postgres '{}' +
    exec gosu postgres "${BASH_SOURCE[0]}" "$@"
  fi
  if [ -s "$PGDATA/PG_VERSION" ]; then
    echo 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
  else
    init_database
  fi
fi
exec "$@"
EOF
  chmod 755 "$ctx/docker-entrypoint.sh"
  cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
# the official image's user and group, created before the packages so that they keep these ids
RUN groupadd -r postgres --gid=999 \\
 && useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres \\
 && mkdir -p /var/lib/postgresql && chown -R postgres:postgres /var/lib/postgresql
# no service starts and no "main" cluster while installing (the entrypoint makes PGDATA)
RUN printf '#!/bin/sh\\nexit 101\\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d \\
 && apt-get update && apt-get install -y --no-install-recommends postgresql-common locales libnss-wrapper gosu \\
 && sed -ri 's/#(create_main_cluster) .*\$/\\1 = false/' /etc/postgresql-common/createcluster.conf \\
 && apt-get install -y --no-install-recommends postgresql-15 \\
 && localedef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8 \\
 && rm -rf /var/lib/apt/lists/* /usr/sbin/policy-rc.d \\
 && dpkg-query -W -f='\${Version}\\n' postgresql-15 >/usr/share/postgresql/standin-version \\
 && echo "postgresql-15 \$(cat /usr/share/postgresql/standin-version)"
ENV LANG=en_US.utf8 PG_MAJOR=15 PATH=\$PATH:/usr/lib/postgresql/15/bin
# initdb copies this sample into PGDATA: listen on every address, like the official image
RUN sed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = '*'!" /usr/share/postgresql/15/postgresql.conf.sample \\
 && grep -F "listen_addresses = '*'" /usr/share/postgresql/15/postgresql.conf.sample \\
 && mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql
ENV PGDATA=/var/lib/postgresql/data
RUN mkdir -p "\$PGDATA" && chown -R postgres:postgres "\$PGDATA" && chmod 1777 "\$PGDATA"
VOLUME /var/lib/postgresql/data
COPY docker-entrypoint.sh /usr/local/bin/
RUN postgres --version && initdb --version && pg_isready --version && test -s /usr/lib/x86_64-linux-gnu/libnss_wrapper.so
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
EOF
  bud "$ctx" "${TAGS[postgres]}" postgres \
    --label "org.opencontainers.image.description=local stand-in for ${TAGS[postgres]}: Debian bookworm's postgresql-15 (cdk8s-blueprints scripts/containers/setup.sh)"
  rm -rf "$ctx"
}

build_redis() {
  local ctx="$WORK/redis/ctx"
  rm -rf "$ctx"; mkdir -p "$ctx"
  cat >"$ctx/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
# docker-entrypoint.sh of the local redis stand-in (scripts/containers/setup.sh): what the official image's does.
set -e
# an option or a .conf file as the first argument: run redis-server with it
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then set -- redis-server "$@"; fi
# started as root: hand the working directory (/data) to redis and re-execute as redis
if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
  find . \! -user redis -exec chown redis '{}' +
  exec gosu redis "$0" "$@"
fi
# the files Redis writes are the server's own, unless a umask was set on purpose
if [ "$(umask)" = 0022 ]; then umask 0077; fi
exec "$@"
EOF
  chmod 755 "$ctx/docker-entrypoint.sh"
  cat >"$ctx/Dockerfile" <<EOF
FROM ${TAGS[debian]}
# the official image's user and group, created before the package so that it keeps these ids
RUN groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis
RUN printf '#!/bin/sh\\nexit 101\\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d \\
 && apt-get update && apt-get install -y --no-install-recommends redis-server gosu \\
 && rm -rf /var/lib/apt/lists/* /usr/sbin/policy-rc.d \\
 && redis-server --version && redis-cli --version && test "\$(id -u redis):\$(id -g redis)" = 999:999
RUN mkdir /data && chown redis:redis /data
VOLUME /data
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["redis-server"]
EOF
  bud "$ctx" "${TAGS[redis]}" redis \
    --label "org.opencontainers.image.description=local stand-in for ${TAGS[redis]}: Debian bookworm's redis-server (cdk8s-blueprints scripts/containers/setup.sh)"
  rm -rf "$ctx"
}

# ---------------------------------------------------------------------------------------------------------------
# 4b. The local registry: Debian's docker-registry (distribution 2.8) on $REGISTRY_ADDR, serving the stand-ins of
#     the FROM bases under their upstream paths (library/debian:bookworm-slim, distroless/cc-debian12:nonroot, ...),
#     as the mirror of docker.io and gcr.io (registries.conf). `cdk8s-blueprints lock --mirror docker.io=http://$REGISTRY_ADDR`
#     resolves real digests from it; buildah pulls FROM name:tag@sha256:... through it. Started once and kept running
#     (pid and registry.log in $CONTAINERS_HOME/registry, data in its data/).
# ---------------------------------------------------------------------------------------------------------------
REGISTRY_KEYS=(debian distroless-static distroless-cc rust golang python node nginx)

registry_up() { # (node, not curl: the project needs node anyway, and a clean machine may have no curl)
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://$REGISTRY_ADDR/v2/"
}

start_registry() {
  local dir="$CONTAINERS_HOME/registry" i
  mkdir -p "$dir/data"
  write_if_changed "$dir/config.yml" <<EOF || true
# written by scripts/containers/setup.sh: the local registry the stand-in base images are pushed to
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
EOF
  if registry_up; then log "registry: up at http://$REGISTRY_ADDR"; return; fi
  # a daemon: it must not keep any descriptor this script inherited open (e.g. the lock of `flock LOCK setup.sh`,
  # which it would then hold for as long as it runs)
  (
    for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"; done
    exec setsid docker-registry serve "$dir/config.yml" >>"$dir/registry.log" 2>&1 </dev/null
  ) &
  echo $! >"$dir/pid"
  for i in $(seq 1 50); do registry_up && break; sleep 0.2; done
  registry_up || die "registry: docker-registry did not answer on $REGISTRY_ADDR (see $dir/registry.log)"
  log "registry: started docker-registry at http://$REGISTRY_ADDR (pid $(cat "$dir/pid"))"
}

push_standins() { # pushes a stand-in only when the registry's copy is another image (config digest = image id)
  local k tag path local_id remote_id pushed=()
  for k in "${REGISTRY_KEYS[@]}"; do
    tag=${TAGS[$k]}
    path=${tag#*/}   # docker.io/library/debian:bookworm-slim -> library/debian:bookworm-slim
    local_id=$(podman image inspect --format '{{.Id}}' "$tag")
    remote_id=$(skopeo inspect --tls-verify=false --raw "docker://$REGISTRY_ADDR/$path" 2>/dev/null \
      | node -e 'let s="";process.stdin.on("data",(d)=>{s+=d;}).on("end",()=>{try{console.log(JSON.parse(s).config.digest.slice(7));}catch{}});' || true)
    [ "$local_id" = "$remote_id" ] && continue
    skopeo copy -q --dest-tls-verify=false "containers-storage:$tag" "docker://$REGISTRY_ADDR/$path" >/dev/null
    pushed+=("$k")
  done
  if [ ${#pushed[@]} -gt 0 ]; then log "registry: pushed ${pushed[*]}"; else log "registry: every stand-in is current"; fi
}

# ---------------------------------------------------------------------------------------------------------------
# 5. Main
# ---------------------------------------------------------------------------------------------------------------
wants_rebuild() { local k; for k in "${REBUILD[@]}"; do [ "$k" = all ] || [ "$k" = "$1" ] && return 0; done; return 1; }

image_state() { # key -> ok | missing | stale
  local tag=${TAGS[$1]}
  podman image exists "$tag" 2>/dev/null || { echo missing; return; }
  [ "$(image_recipe "$tag")" = "${RECIPE[$1]}" ] && echo ok || echo stale
}

if [ "$LIST_ONLY" = 1 ]; then
  command -v podman >/dev/null && compute_recipes
  for k in "${ORDER[@]}"; do
    if command -v podman >/dev/null; then st=$(image_state "$k"); else st="no podman"; fi
    printf '%-18s %-55s %s\n' "$k" "${TAGS[$k]}" "$st"
  done
  exit 0
fi

write_config      # first: env.sh points buildah/podman at these files, even for --version
install_tools
compute_recipes   # once, sequentially (the debian image id is part of the others' recipes)

run_build() { # key; logs to $LOGS/<key>.log
  local k=$1 t0 st
  t0=$(date +%s%N)
  # run in the background and wait: a function called as an `if` condition would run with `set -e` disabled
  "build_$k" >"$LOGS/$k.log" 2>&1 &
  if wait $!; then
    log "image $k: built ${TAGS[$k]} in $(secs_since "$t0") s ($(podman image inspect --format '{{.Size}}' "${TAGS[$k]}" | awk '{printf "%d MB", $1/1e6}'))"
  else
    st=$?
    log "image $k: FAILED after $(secs_since "$t0") s; last lines of $LOGS/$k.log:"
    tail -30 "$LOGS/$k.log" | sed 's/^/    /' >&2
    return $st
  fi
}

todo=()
for k in "${ORDER[@]}"; do
  st=$(image_state "$k")
  if wants_rebuild "$k"; then st="rebuild requested"; fi
  case "$st" in
    ok) log "image $k: cached ${TAGS[$k]}" ;;
    *) log "image $k: $st, will build ${TAGS[$k]}"; todo+=("$k") ;;
  esac
done

failed=0
built=0
if [ ${#todo[@]} -gt 0 ]; then
  # the debian stand-in first (everything else is made from it), then the others SETUP_JOBS at a time
  rest=()
  for k in "${todo[@]}"; do
    [ "$k" = debian ] || rest+=("$k")
  done
  if [ "${todo[0]}" = debian ]; then
    run_build debian   # not `|| exit`: that would disable set -e inside the build (set -e exits on failure)
    compute_recipes
    # everything else is made from (or with) the debian stand-in: rebuild what is now stale
    rest=()
    for k in "${ORDER[@]}"; do [ "$k" = debian ] || [ "$(image_state "$k")" = ok ] || rest+=("$k"); done
  fi
  built=${#rest[@]}
  [ "${todo[0]}" = debian ] && built=$((built + 1))
  pids=()
  for k in "${rest[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$SETUP_JOBS" ]; do sleep 0.5; done
    run_build "$k" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  # No automatic `podman image prune`: it would also drop the build-stage layer caches of multi-stage builds.
  # A replaced stand-in stays behind untagged; reclaim space by hand: . scripts/containers/env.sh; podman image prune
fi

[ "$failed" = 0 ] || die "some base images failed (logs in $LOGS)"
start_registry
push_standins
# The Rust test services' images build offline from crates Debian packages (librust-*-dev, /usr/share/cargo/registry):
# install them and vendor what test/fixtures/services/rust-apps/Cargo.lock names into its vendor/ (idempotent).
bash "$SCRIPT_DIR/../vendor-rust.sh" || die "scripts/vendor-rust.sh failed"
{
  echo "# written by scripts/containers/setup.sh on $(date -u +%FT%TZ)"
  for k in "${ORDER[@]}"; do echo "${TAGS[$k]}"; done
} >"$CONTAINERS_HOME/setup.done"
log "done: $built image(s) built, $(( ${#ORDER[@]} - built )) cached; storage $CONTAINERS_HOME ($(du -sh "$CONTAINERS_HOME/storage" 2>/dev/null | cut -f1))"
log "use: . scripts/containers/env.sh && buildah bud --isolation chroot --format docker --pull=never --layers -f DOCKERFILE -t TAG CONTEXT"
