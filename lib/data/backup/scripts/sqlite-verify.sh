#!/bin/sh
# sqlite-verify.sh: the restore drill of SQLite backups: fetches and decrypts the newest dump (or BACKUP_NAME) and
# checks it on its own, without the app: the dump must open as an SQLite database, pass PRAGMA integrity_check
# and hold at least one table; with DRILL_TABLE, that table must exist and hold at least DRILL_MIN_ROWS rows.
# An unusable dump exits non-zero with a FAILED: line.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-restore-drill CronJob as `/bin/sh /opt/backup/sqlite-verify.sh`; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   DRILL_TABLE          -         a table the dump must hold (a plain SQL identifier); unset: any table will do
#   DRILL_MIN_ROWS       1         with DRILL_TABLE: the table must hold at least this many rows
#   BACKUP_NAME          -         the dump file name to drill instead of the newest
#   AGE_IDENTITY_FILE    -         the age identity (private key) file that decrypts .age dumps;
#                                  unset: .age dumps are refused
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.sqlite[.age], in UTC
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
DUMP_EXT=.sqlite
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
TABLE="${DRILL_TABLE:-}"
case "$TABLE" in
  "" | [A-Za-z_]*) ;;
  *) fail "DRILL_TABLE must be a plain SQL identifier, got '$TABLE'" ;;
esac
case "$TABLE" in
  *[!A-Za-z0-9_]*) fail "DRILL_TABLE must be a plain SQL identifier, got '$TABLE'" ;;
  *) ;;
esac
MIN_ROWS="${DRILL_MIN_ROWS:-1}"
case "$MIN_ROWS" in
  "" | *[!0-9]*) fail "DRILL_MIN_ROWS must be a whole number, got '$MIN_ROWS'" ;;
  *) ;;
esac

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump

# --- Check the database: integrity, then its tables (and rows) ---
if ! sqlite3 -readonly -bail "$PLAIN_FILE" 'PRAGMA integrity_check' < /dev/null > "$WORK/check" 2>&1 || [ "$(cat "$WORK/check")" != ok ]; then
  cat "$WORK/check" >&2
  fail "restore drill: PRAGMA integrity_check rejects $NAME"
fi
TABLES="$(sqlite3 -readonly -bail "$PLAIN_FILE" "SELECT count(*) FROM sqlite_schema WHERE type = 'table'" < /dev/null)"
if [ "$TABLES" -lt 1 ]; then fail "restore drill: $NAME holds no table"; fi
if [ -z "$TABLE" ]; then
  log "restore drill OK: $NAME, $TABLES tables, integrity_check ok"
  exit 0
fi
if [ "$(sqlite3 -readonly -bail "$PLAIN_FILE" "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '$TABLE'" < /dev/null)" != 1 ]; then
  fail "restore drill: $NAME has no table $TABLE"
fi
ROWS="$(sqlite3 -readonly -bail "$PLAIN_FILE" "SELECT count(*) FROM \"$TABLE\"" < /dev/null)"
if [ "$ROWS" -lt "$MIN_ROWS" ]; then
  fail "restore drill: table $TABLE of $NAME holds $ROWS rows, fewer than $MIN_ROWS"
fi
log "restore drill OK: $NAME, $TABLES tables, $ROWS rows in $TABLE, integrity_check ok"
