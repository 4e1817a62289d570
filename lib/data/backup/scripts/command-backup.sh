#!/bin/sh
# command-backup.sh: backs up a stateful workload with the user's own dump command: DUMP_COMMAND, run by sh with
# DUMP_FILE set, writes the dump to that file (talking to the app at APP_HOST:APP_PORT, or reading its data volume
# at DATA_DIR); the dump must not be empty and, with VERIFY_COMMAND, must pass that check; then it is encrypted
# with age, stored on a volume or in S3-compatible storage, and the dumps older than the retention are pruned. A
# failure anywhere (a command exiting non-zero among them) exits non-zero before anything is pruned.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-backup CronJob as `/bin/sh /opt/backup/command-backup.sh`; it sources lib.sh from its directory.
# The commands come from the workload's BackupMethod.command() and run in the BackupTools image (sh, curl,
# sqlite3, psql, redis-cli, tar, …).
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   DUMP_COMMAND         required  the dump command, run as `sh -c "$DUMP_COMMAND"` with DUMP_FILE exported
#   VERIFY_COMMAND       -         a check of the dump, run the same way; unset: the dump must only be non-empty
#   APP_HOST             -         the app's Service, for the commands (exported to them as is)
#   APP_PORT             -         its port
#   DATA_DIR             -         where the app's data volume is mounted read-only, when the dump reads it
#   RETENTION_DAYS       required  dumps whose name time is more than this many days before now are deleted
#   AGE_RECIPIENTS_FILE  -         the age recipients (public keys) file each dump is encrypted to
#                                  (<name>.dump.age); unset: dumps are stored unencrypted
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.dump[.age], in UTC
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
DUMP_EXT=.dump
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
: "${DUMP_COMMAND:?DUMP_COMMAND must be set}"
export APP_HOST="${APP_HOST:-}" APP_PORT="${APP_PORT:-}" DATA_DIR="${DATA_DIR:-}"

# --- Name the dump, refuse to overwrite one of the same second (lib.sh) ---
backup_begin

# --- 1. Dump: the user's command writes DUMP_FILE ---
DUMP_FILE="$WORK/plain$DUMP_EXT"
export DUMP_FILE
log "running the dump command"
if ! sh -c "$DUMP_COMMAND" < /dev/null; then fail "the dump command exited non-zero"; fi
if [ ! -s "$DUMP_FILE" ]; then fail "the dump command wrote nothing to DUMP_FILE"; fi

# --- 2. Verify: with VERIFY_COMMAND, the user's check of the dump ---
if [ -n "${VERIFY_COMMAND:-}" ]; then
  if ! sh -c "$VERIFY_COMMAND" < /dev/null; then fail "the verify command rejects the new dump"; fi
fi
log "dump verified: $(wc -c < "$DUMP_FILE") bytes${VERIFY_COMMAND:+, the verify command passes}"

# --- 3. Encrypt (with AGE_RECIPIENTS_FILE), 4. store and list, 5. prune (lib.sh) ---
backup_finish "$DUMP_FILE"
