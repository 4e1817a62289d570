#!/bin/sh
# postgres-restore.sh: restores a PostgreSQL dump, the newest or BACKUP_NAME, from a volume or S3-compatible
# storage: fetch, decrypt with age, check it is a readable archive, then pg_restore --clean --if-exists in one
# transaction (a failure rolls it back and exits non-zero).
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# suspended <service>-restore CronJob as `/bin/sh /opt/backup/postgres-restore.sh`
# (kubectl create job --from=cronjob/<service>-restore <service>-restore-1); it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   PGHOST               -         the server (libpq); unset: the local socket
#   PGPORT               5432      its port (libpq)
#   PGUSER               -         the role (libpq, from a Secret); unset: libpq's default
#   PGPASSWORD           -         its password (libpq, from a Secret); or PGPASSFILE, a mounted file
#   PGDATABASE           -         the database to restore into, unless RESTORE_DATABASE is set
#   RESTORE_DATABASE     -         the database to restore into instead (it must exist)
#   BACKUP_NAME          -         the dump file name to restore instead of the newest
#   AGE_IDENTITY_FILE    -         the age identity (private key) file that decrypts .age dumps;
#                                  unset: .age dumps are refused
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.pgdump[.age], in UTC
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
DUMP_EXT=.pgdump
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"

# --- Target database: env RESTORE_DATABASE, else PGDATABASE ---
TARGET_DB="${RESTORE_DATABASE:-${PGDATABASE:-}}"
if [ -z "$TARGET_DB" ]; then fail "set RESTORE_DATABASE or PGDATABASE"; fi

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump

# --- Verify the dump before touching the database ---
if ! pg_restore --list "$PLAIN_FILE" > /dev/null; then fail "$NAME is not a readable pg_dump archive"; fi

# --- Restore in one transaction: drop what the dump contains, recreate it, load the data ---
log "restoring $NAME into database $TARGET_DB on ${PGHOST:-local socket}:${PGPORT:-5432}"
if ! pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --no-password --dbname="$TARGET_DB" "$PLAIN_FILE"; then
  fail "pg_restore of $NAME into $TARGET_DB failed (the transaction was rolled back)"
fi
log "restore OK: $NAME restored into $TARGET_DB"
