#!/bin/sh
# Installs, from Debian's packages, what test/data/backup/roundtrip.test.ts needs:
#   PostgreSQL 15 server + client (initdb, pg_ctl, pg_dump, pg_restore, psql, createdb, dropdb)
#   redis-server + redis-tools (redis-server, redis-cli, redis-check-rdb)
#   age (age, age-keygen), rclone (S3 client used by the S3 destination), shellcheck
#   sqlite3 (the SQLite shell: what test/data/backup/roundtrip-sqlite.test.ts writes its database with)
# and what test/artifacts/compose.test.ts needs: docker-compose (its `config` validates compose files without an engine)
# and what test/k8s/yaml11-readers.test.ts needs: python3-yaml (PyYAML, a YAML 1.1 reader, for Debian's /usr/bin/python3)
#
# Idempotent and fast when everything is already there (no apt call at all).
# Starts nothing permanently: service starts from package postinst scripts are
# blocked with a temporary policy-rc.d (exit 101), and the test starts its own
# throwaway servers in temp dirs.
set -eu

PG_BIN=/usr/lib/postgresql/15/bin
missing=''
for cmd in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/postgres" "$PG_BIN/pg_dump" "$PG_BIN/pg_restore" \
  "$PG_BIN/psql" "$PG_BIN/createdb" "$PG_BIN/dropdb" \
  redis-server redis-cli redis-check-rdb age age-keygen rclone sqlite3 shellcheck runuser docker-compose; do
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

PKGS='postgresql-15 postgresql-client-15 redis-server redis-tools age rclone sqlite3 shellcheck util-linux docker-compose python3-yaml'
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
