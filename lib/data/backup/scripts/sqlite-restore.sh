#!/bin/sh
# sqlite-restore.sh: restores an SQLite dump, the newest or BACKUP_NAME, as the database file of a STOPPED app
# (an app that holds the file open would go on writing the replaced one): it refuses while anything accepts
# connections at SQLITE_APP_HOST:SQLITE_APP_PORT, fetches, decrypts and checks the dump (PRAGMA
# integrity_check), moves the current database and its -wal, -shm and -journal files aside as
# <db>.pre-restore-<stamp>[-wal|-shm|-journal] (still a complete database) and installs the dump in its place
# (staged next to it, then renamed: atomic), group-writable for the pod's fsGroup. The app opens it at its next
# start.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# suspended <service>-restore CronJob as `/bin/sh /opt/backup/sqlite-restore.sh` once the StatefulSet is scaled
# to 0, with the app's data volume mounted; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   SQLITE_DATABASE      required  the database file to replace (on the app's data volume, mounted)
#   SQLITE_APP_HOST      -         the app's Service; if a connection to it succeeds, the restore refuses to run
#   SQLITE_APP_PORT      -         its port (with SQLITE_APP_HOST)
#   BACKUP_NAME          -         the dump file name to restore instead of the newest
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
#   BACKUP_NOW           -         epoch seconds used as "now" (the names of the files moved aside); unset: the
#                                  current time
#   TMPDIR               /tmp      scratch space for the fetched and the decrypted dump (the jobs set a volume)
# shellcheck source-path=SCRIPTDIR
set -eu
LOG_TAG=restore
DUMP_EXT=.sqlite
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"
STAMP="$(date -u -d "@$NOW" +%Y%m%dT%H%M%SZ)"
: "${SQLITE_DATABASE:?SQLITE_DATABASE must be set}"

# --- The app must be stopped: it would go on writing the file it holds open ---
if [ -n "${SQLITE_APP_HOST:-}" ]; then
  : "${SQLITE_APP_PORT:?SQLITE_APP_PORT must be set with SQLITE_APP_HOST}"
  CONNECTS="$(curl -s -o /dev/null --connect-timeout 5 --max-time 5 -w '%{num_connects}' "telnet://$SQLITE_APP_HOST:$SQLITE_APP_PORT" < /dev/null || true)"
  if [ "$CONNECTS" != 0 ]; then
    fail "the app answers at $SQLITE_APP_HOST:$SQLITE_APP_PORT; stop it (scale its StatefulSet to 0) before restoring"
  fi
fi
DATA_DIR="$(dirname "$SQLITE_DATABASE")"
DB_NAME="$(basename "$SQLITE_DATABASE")"
if [ ! -d "$DATA_DIR" ] || [ ! -w "$DATA_DIR" ]; then fail "the database's directory $DATA_DIR is not a writable directory"; fi

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump

# --- Verify the dump before touching the data ---
if ! sqlite3 -readonly -bail "$PLAIN_FILE" 'PRAGMA integrity_check' < /dev/null > "$WORK/check" 2>&1 || [ "$(cat "$WORK/check")" != ok ]; then
  cat "$WORK/check" >&2
  fail "PRAGMA integrity_check rejects $NAME"
fi
TABLES="$(sqlite3 -readonly -bail "$PLAIN_FILE" "SELECT count(*) FROM sqlite_schema WHERE type = 'table'" < /dev/null)"

# --- Stage the new file next to the data (same filesystem, so the final rename is atomic) ---
PARTIAL="$DATA_DIR/.$DB_NAME.restore-$STAMP.partial"
cp "$PLAIN_FILE" "$PARTIAL"
chmod 0660 "$PARTIAL"
sync "$PARTIAL"

# --- Move the current database aside with its -wal, -shm and -journal files, renamed alike so that SQLite still
# pairs them (<db>.pre-restore-<stamp>[-wal|-shm|-journal]: opened, it holds every committed transaction), then put
# the new file in place ---
ASIDE="$DB_NAME.pre-restore-$STAMP"
for suffix in '' -wal -shm -journal; do
  if [ -e "$DATA_DIR/$DB_NAME$suffix" ]; then
    mv "$DATA_DIR/$DB_NAME$suffix" "$DATA_DIR/$ASIDE$suffix"
    log "moved existing $DB_NAME$suffix aside to $ASIDE$suffix"
  fi
done
mv "$PARTIAL" "$SQLITE_DATABASE"
PARTIAL=''
sync "$DATA_DIR"
log "restore OK: $NAME ($TABLES tables) installed as $SQLITE_DATABASE; start the app to open it"
