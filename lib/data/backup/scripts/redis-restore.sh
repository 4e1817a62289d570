#!/bin/sh
# redis-restore.sh: restores a Redis RDB dump, the newest or BACKUP_NAME, into the data directory of a STOPPED
# server (an RDB cannot be loaded into a running one, which would overwrite it on shutdown): it refuses while a
# server answers at REDIS_HOST, fetches, decrypts and checks the dump, moves the current dump.rdb and
# appendonlydir aside (*.pre-restore-<stamp>) and installs the dump as dump.rdb and, with REDIS_APPENDONLY=yes,
# as the base of a fresh appendonlydir (Redis 7 with AOF on loads only the AOF). Redis loads it at its next start.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# suspended <service>-restore CronJob as `/bin/sh /opt/backup/redis-restore.sh` once the StatefulSet is scaled
# to 0; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   REDIS_HOST           -         the server; if one answers there, the restore refuses to run
#   REDIS_PORT           6379      its port
#   REDIS_PASSWORD       -         its password (from a Secret), given to redis-cli as REDISCLI_AUTH
#   REDIS_DATA_DIR       /data     the server's data directory (its volume, mounted)
#   REDIS_RDB_NAME       dump.rdb  the server's dbfilename
#   REDIS_APPENDONLY     no        'yes' when the server runs with appendonly yes: also seed appendonlydir
#   BACKUP_NAME          -         the dump file name to restore instead of the newest
#   AGE_IDENTITY_FILE    -         the age identity (private key) file that decrypts .age dumps;
#                                  unset: .age dumps are refused
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.rdb[.age], in UTC
#   BACKUP_DESTINATION   required  where the dumps are: 'volume' (BACKUP_DIR) or 's3' (S3_*, through rclone)
#   BACKUP_DIR           /backups  volume: the directory of the dumps (a mounted volume)
#   S3_ENDPOINT          -         s3 (required): the endpoint URL, e.g. https://s3.eu-central-1.amazonaws.com
#   S3_BUCKET            -         s3 (required): the bucket
#   S3_PREFIX            -         s3: the key prefix ("folder") of the dumps in the bucket; none when unset
#   S3_REGION            -         s3: the region; rclone's default when unset
#   AWS_ACCESS_KEY_ID    -         s3 (required, from a Secret): the access key, read by rclone (env_auth)
#   AWS_SECRET_ACCESS_KEY -        s3 (required, from a Secret): its secret, read by rclone (env_auth)
#   BACKUP_NOW           -         epoch seconds used as "now" (the names of the files moved aside); unset: the
#                                  current time
#   TMPDIR               /tmp      scratch space for the fetched and the decrypted dump (the jobs set a volume)
# shellcheck source-path=SCRIPTDIR
set -eu
LOG_TAG=restore
DUMP_EXT=.rdb
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
STAMP="$(date -u -d "@$NOW" +%Y%m%dT%H%M%SZ)"

# --- Redis must be stopped: a running server would overwrite the restored file on shutdown ---
if [ -n "${REDIS_HOST:-}" ]; then
  if [ -n "${REDIS_PASSWORD:-}" ]; then
    REDISCLI_AUTH="$REDIS_PASSWORD"
    export REDISCLI_AUTH
  fi
  if timeout 10 redis-cli -h "$REDIS_HOST" -p "${REDIS_PORT:-6379}" ping < /dev/null > /dev/null 2>&1; then
    fail "a Redis server answers at $REDIS_HOST:${REDIS_PORT:-6379}; stop it (scale it to 0) before restoring"
  fi
fi
REDIS_DATA_DIR="${REDIS_DATA_DIR:-/data}"
RDB_NAME="${REDIS_RDB_NAME:-dump.rdb}"
case "$RDB_NAME" in
  */* | . | ..) fail "REDIS_RDB_NAME must be a file name, got '$RDB_NAME'" ;;
  *) ;;
esac
APPENDONLY="${REDIS_APPENDONLY:-no}"
case "$APPENDONLY" in
  yes | no) ;;
  *) fail "REDIS_APPENDONLY must be 'yes' or 'no', got '$APPENDONLY'" ;;
esac
if [ ! -d "$REDIS_DATA_DIR" ] || [ ! -w "$REDIS_DATA_DIR" ]; then fail "Redis data dir $REDIS_DATA_DIR is not a writable directory"; fi

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump

# --- Verify the RDB before touching the data dir ---
if ! redis-check-rdb "$PLAIN_FILE" > "$WORK/check" 2>&1; then
  cat "$WORK/check" >&2
  fail "redis-check-rdb rejects $NAME"
fi
KEYS_READ="$(sed -n 's/^\[info\] \([0-9][0-9]*\) keys read$/\1/p' "$WORK/check")"

# --- Stage the new files next to the data (same filesystem, so the final renames are atomic) ---
PARTIAL="$REDIS_DATA_DIR/.restore-$STAMP.partial"
mkdir "$PARTIAL"
cp "$PLAIN_FILE" "$PARTIAL/$RDB_NAME"
if [ "$APPENDONLY" = yes ]; then
  # appendonly yes: Redis 7 loads only the AOF, so seed a fresh appendonlydir whose base is the RDB
  mkdir "$PARTIAL/appendonlydir"
  cp "$PLAIN_FILE" "$PARTIAL/appendonlydir/appendonly.aof.1.base.rdb"
  printf 'file appendonly.aof.1.base.rdb seq 1 type b\n' > "$PARTIAL/appendonlydir/appendonly.aof.manifest"
fi
sync -f "$PARTIAL"

# --- Move the current data aside (kept as *.pre-restore-<stamp>), then put the new files in place ---
for f in "$RDB_NAME" appendonlydir appendonly.aof; do
  if [ -e "$REDIS_DATA_DIR/$f" ]; then
    mv "$REDIS_DATA_DIR/$f" "$REDIS_DATA_DIR/$f.pre-restore-$STAMP"
    log "moved existing $f aside to $f.pre-restore-$STAMP"
  fi
done
mv "$PARTIAL/$RDB_NAME" "$REDIS_DATA_DIR/$RDB_NAME"
INSTALLED="$REDIS_DATA_DIR/$RDB_NAME"
if [ "$APPENDONLY" = yes ]; then
  mv "$PARTIAL/appendonlydir" "$REDIS_DATA_DIR/appendonlydir"
  INSTALLED="$INSTALLED and as the AOF base"
fi
rmdir "$PARTIAL"
PARTIAL=''
sync "$REDIS_DATA_DIR"
log "restore OK: $NAME (${KEYS_READ:-?} keys) installed as $INSTALLED; start Redis to load it"
