#!/bin/sh
# command-verify.sh: the restore drill of dumps taken with a user's dump command: fetches and decrypts the newest
# dump (or BACKUP_NAME) and checks it on its own: it must not be empty and, with VERIFY_COMMAND (run by sh with
# DUMP_FILE set), must pass that check. An unusable dump exits non-zero with a FAILED: line.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-restore-drill CronJob as `/bin/sh /opt/backup/command-verify.sh`; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   VERIFY_COMMAND       -         the check of the dump, run as `sh -c "$VERIFY_COMMAND"` with DUMP_FILE exported;
#                                  unset: the dump must only be non-empty
#   BACKUP_NAME          -         the dump file name to drill instead of the newest
#   AGE_IDENTITY_FILE    -         the age identity (private key) file that decrypts .age dumps;
#                                  unset: .age dumps are refused
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.dump[.age], in UTC
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
DUMP_EXT=.dump
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump
DUMP_FILE="$PLAIN_FILE"
export DUMP_FILE

# --- Check it: not empty, and the user's check ---
if [ ! -s "$DUMP_FILE" ]; then fail "restore drill: $NAME is empty"; fi
if [ -n "${VERIFY_COMMAND:-}" ]; then
  if ! sh -c "$VERIFY_COMMAND" < /dev/null; then fail "restore drill: the verify command rejects $NAME"; fi
fi
log "restore drill OK: $NAME, $(wc -c < "$DUMP_FILE") bytes${VERIFY_COMMAND:+, the verify command passes}"
