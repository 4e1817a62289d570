#!/bin/sh
# redis-verify.sh: the restore drill of Redis backups: fetches and decrypts the newest dump (or BACKUP_NAME) and
# checks it on its own, without a server: redis-check-rdb must accept it (structure, checksum) and it must hold
# at least DRILL_MIN_KEYS keys. An unusable dump exits non-zero with a FAILED: line.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-restore-drill CronJob as `/bin/sh /opt/backup/redis-verify.sh`; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   DRILL_MIN_KEYS       1         the dump must hold at least this many keys
#   BACKUP_NAME          -         the dump file name to drill instead of the newest
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
#   BACKUP_NOW           -         epoch seconds used as "now"; unset: the current time
#   TMPDIR               /tmp      scratch space for the fetched and the decrypted dump (the jobs set a volume)
# shellcheck source-path=SCRIPTDIR
set -eu
LOG_TAG=drill
DUMP_EXT=.rdb
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
MIN_KEYS="${DRILL_MIN_KEYS:-1}"
case "$MIN_KEYS" in
  "" | *[!0-9]*) fail "DRILL_MIN_KEYS must be a whole number, got '$MIN_KEYS'" ;;
  *) ;;
esac

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump

# --- Check the RDB: structure and checksum, then the number of keys ---
if ! redis-check-rdb "$PLAIN_FILE" > "$WORK/check" 2>&1; then
  cat "$WORK/check" >&2
  fail "restore drill: redis-check-rdb rejects $NAME"
fi
KEYS_READ="$(sed -n 's/^\[info\] \([0-9][0-9]*\) keys read$/\1/p' "$WORK/check")"
if [ -z "$KEYS_READ" ] || [ "$KEYS_READ" -lt "$MIN_KEYS" ]; then
  fail "restore drill: $NAME holds ${KEYS_READ:-no} keys, fewer than $MIN_KEYS"
fi
log "restore drill OK: $NAME, $KEYS_READ keys"
