#!/bin/sh
# redis-backup.sh: backs up one Redis server: an RDB snapshot streamed with redis-cli --rdb, verified with
# redis-check-rdb, encrypted with age, stored on a volume or in S3-compatible storage, then the dumps older than
# the retention pruned. A failure anywhere exits non-zero before anything is pruned.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-backup CronJob as `/bin/sh /opt/backup/redis-backup.sh`; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   REDIS_HOST           required  the server
#   REDIS_PORT           6379      its port
#   REDIS_PASSWORD       -         its password (from a Secret), given to redis-cli as REDISCLI_AUTH
#   RETENTION_DAYS       required  dumps whose name time is more than this many days before now are deleted
#   AGE_RECIPIENTS_FILE  -         the age recipients (public keys) file each dump is encrypted to
#                                  (<name>.rdb.age); unset: dumps are stored unencrypted
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.rdb[.age], in UTC
#   BACKUP_DESTINATION   required  where the dumps go: 'volume' (BACKUP_DIR) or 's3' (S3_*, through rclone)
#   BACKUP_DIR           /backups  volume: the directory of the dumps (a mounted volume)
#   S3_ENDPOINT          -         s3 (required): the endpoint URL, e.g. https://s3.eu-central-1.amazonaws.com
#   S3_BUCKET            -         s3 (required): the bucket
#   S3_PREFIX            -         s3: the key prefix ("folder") of the dumps in the bucket; none when unset
#   S3_REGION            -         s3: the region; rclone's default when unset
#   AWS_ACCESS_KEY_ID    -         s3 (required, from a Secret): the access key, read by rclone (env_auth)
#   AWS_SECRET_ACCESS_KEY -        s3 (required, from a Secret): its secret, read by rclone (env_auth)
#   BACKUP_NOW           -         epoch seconds used as "now" (dump name, retention); unset: the current time
#   TMPDIR               /tmp      scratch space for the dump (the jobs set a volume of their own)
# shellcheck source-path=SCRIPTDIR
set -eu
LOG_TAG=backup
DUMP_EXT=.rdb
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"

# --- Name the dump, refuse to overwrite one of the same second (lib.sh) ---
backup_begin

# --- 1. Dump: redis-cli --rdb streams a fresh RDB snapshot from the server ---
: "${REDIS_HOST:?REDIS_HOST must be set}"
REDIS_PORT="${REDIS_PORT:-6379}"
if [ -n "${REDIS_PASSWORD:-}" ]; then
  REDISCLI_AUTH="$REDIS_PASSWORD"
  export REDISCLI_AUTH
fi
PLAIN_FILE="$WORK/plain$DUMP_EXT"
log "dumping Redis at $REDIS_HOST:$REDIS_PORT"
if ! redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --rdb "$PLAIN_FILE" < /dev/null 2>&1; then fail "redis-cli --rdb failed"; fi

# --- 2. Verify: redis-check-rdb must accept the snapshot (checksum, structure) ---
if ! redis-check-rdb "$PLAIN_FILE" > "$WORK/check" 2>&1; then
  cat "$WORK/check" >&2
  fail "redis-check-rdb rejects the new dump"
fi
KEYS_READ="$(sed -n 's/^\[info\] \([0-9][0-9]*\) keys read$/\1/p' "$WORK/check")"
BYTES="$(wc -c < "$PLAIN_FILE")"
log "dump verified: $BYTES bytes, ${KEYS_READ:-?} keys"

# --- 3. Encrypt (with AGE_RECIPIENTS_FILE), 4. store and list, 5. prune (lib.sh) ---
backup_finish "$PLAIN_FILE"
