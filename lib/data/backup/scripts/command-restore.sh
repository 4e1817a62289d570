#!/bin/sh
# command-restore.sh: restores a dump, the newest or BACKUP_NAME, with the user's own restore command: it fetches
# and decrypts the dump, checks it (non-empty; with VERIFY_COMMAND, that check) and runs RESTORE_COMMAND by sh with
# DUMP_FILE set to the plain dump (talking to the app at APP_HOST:APP_PORT, or writing its stopped data volume at
# DATA_DIR). What a restore needs beforehand (the app stopped, scaled to 0) is the command's to check.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# suspended <service>-restore CronJob as `/bin/sh /opt/backup/command-restore.sh`; it sources lib.sh from its
# directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   RESTORE_COMMAND      required  the restore command, run as `sh -c "$RESTORE_COMMAND"` with DUMP_FILE exported
#   VERIFY_COMMAND       -         a check of the dump before it is restored; unset: it must only be non-empty
#   APP_HOST             -         the app's Service, for the commands (exported to them as is)
#   APP_PORT             -         its port
#   DATA_DIR             -         where the app's data volume is mounted, when the restore writes it
#   BACKUP_NAME          -         the dump file name to restore instead of the newest
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
LOG_TAG=restore
DUMP_EXT=.dump
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
: "${RESTORE_COMMAND:?RESTORE_COMMAND must be set}"
export APP_HOST="${APP_HOST:-}" APP_PORT="${APP_PORT:-}" DATA_DIR="${DATA_DIR:-}"

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump
DUMP_FILE="$PLAIN_FILE"
export DUMP_FILE

# --- Check it before restoring ---
if [ ! -s "$DUMP_FILE" ]; then fail "$NAME is empty"; fi
if [ -n "${VERIFY_COMMAND:-}" ]; then
  if ! sh -c "$VERIFY_COMMAND" < /dev/null; then fail "the verify command rejects $NAME"; fi
fi

# --- Restore: the user's command reads DUMP_FILE ---
log "running the restore command with $NAME"
if ! sh -c "$RESTORE_COMMAND" < /dev/null; then fail "the restore command exited non-zero for $NAME"; fi
log "restore OK: $NAME"
