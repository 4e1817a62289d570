#!/bin/sh
# sqlite-backup.sh: backs up one SQLite database file: a consistent copy taken online with SQLite's VACUUM INTO
# (one read transaction: the copy is the database as of one committed transaction, whatever the app writes
# meanwhile; compacted, so deleted rows and free pages are not carried over), checked with PRAGMA
# integrity_check, encrypted with age, stored on a volume or in S3-compatible storage, then the dumps older than
# the retention pruned. A failure anywhere exits non-zero before anything is pruned. The database is opened
# read-only: the job never writes the app's files.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-backup CronJob as `/bin/sh /opt/backup/sqlite-backup.sh` on the node of the app's pod, with the app's
# data volume mounted read-only; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   SQLITE_DATABASE      required  the database file (on the app's data volume, mounted)
#   SQLITE_BUSY_TIMEOUT_MS 30000   how long to wait for a write transaction of the app to end before failing
#   RETENTION_DAYS       required  dumps whose name time is more than this many days before now are deleted
#   AGE_RECIPIENTS_FILE  -         the age recipients (public keys) file each dump is encrypted to
#                                  (<name>.sqlite.age); unset: dumps are stored unencrypted
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.sqlite[.age], in UTC
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
DUMP_EXT=.sqlite
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
: "${SQLITE_DATABASE:?SQLITE_DATABASE must be set}"
BUSY_MS="${SQLITE_BUSY_TIMEOUT_MS:-30000}"
case "$BUSY_MS" in
  "" | *[!0-9]*) fail "SQLITE_BUSY_TIMEOUT_MS must be a whole number of milliseconds, got '$BUSY_MS'" ;;
  *) ;;
esac
if [ ! -r "$SQLITE_DATABASE" ]; then fail "database file $SQLITE_DATABASE is not readable (is the data volume mounted?)"; fi

# --- Name the dump, refuse to overwrite one of the same second (lib.sh) ---
backup_begin

# --- 1. Dump: VACUUM INTO copies the database in one read transaction, opened read-only ---
PLAIN_FILE="$WORK/plain$DUMP_EXT"
# the file name as an SQL string literal: single quotes doubled
INTO="'$(printf '%s' "$PLAIN_FILE" | sed "s/'/''/g")'"
log "dumping SQLite database $SQLITE_DATABASE"
if ! sqlite3 -readonly -bail -cmd ".timeout $BUSY_MS" "$SQLITE_DATABASE" "VACUUM INTO $INTO" < /dev/null > "$WORK/dump.log" 2>&1; then
  cat "$WORK/dump.log" >&2
  fail "VACUUM INTO of $SQLITE_DATABASE failed"
fi

# --- 2. Verify: the copy must pass PRAGMA integrity_check and hold at least one table ---
if ! sqlite3 -readonly -bail "$PLAIN_FILE" 'PRAGMA integrity_check' < /dev/null > "$WORK/check" 2>&1 || [ "$(cat "$WORK/check")" != ok ]; then
  cat "$WORK/check" >&2
  fail "PRAGMA integrity_check rejects the new dump"
fi
TABLES="$(sqlite3 -readonly -bail "$PLAIN_FILE" "SELECT count(*) FROM sqlite_schema WHERE type = 'table'" < /dev/null)"
BYTES="$(wc -c < "$PLAIN_FILE")"
log "dump verified: $BYTES bytes, $TABLES tables, integrity_check ok"

# --- 3. Encrypt (with AGE_RECIPIENTS_FILE), 4. store and list, 5. prune (lib.sh) ---
backup_finish "$PLAIN_FILE"
