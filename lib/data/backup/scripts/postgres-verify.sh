#!/bin/sh
# postgres-verify.sh: the restore drill of PostgreSQL backups: restores the newest dump (or BACKUP_NAME) into a
# scratch database, checks it (DRILL_SQL must return a row; by default at least one table must be restored) and
# drops the scratch database on exit, success or not. An unusable dump exits non-zero with a FAILED: line.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-restore-drill CronJob as `/bin/sh /opt/backup/postgres-verify.sh`; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   PGHOST               -         the server (libpq); unset: the local socket
#   PGPORT               5432      its port (libpq)
#   PGUSER               -         the role (libpq, from a Secret), allowed to CREATEDB; unset: libpq's default
#   PGPASSWORD           -         its password (libpq, from a Secret); or PGPASSFILE, a mounted file
#   PGDATABASE           -         not read: the drill connects to its scratch database (createdb and dropdb to
#                                  the maintenance database)
#   DRILL_SQL            -         SQL run in the scratch database that must return at least one row;
#                                  unset: the restored database must have a table outside the system schemas
#   BACKUP_NAME          -         the dump file name to drill instead of the newest
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
#   BACKUP_NOW           -         epoch seconds used as "now" (the scratch database's name); unset: the current time
#   TMPDIR               /tmp      scratch space for the fetched and the decrypted dump (the jobs set a volume)
# shellcheck source-path=SCRIPTDIR
set -eu
LOG_TAG=drill
DUMP_EXT=.pgdump
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"

# --- The scratch database, dropped by the exit trap once it exists ---
DRILL_DB=''
before_exit() {
  if [ -n "$DRILL_DB" ]; then
    if dropdb --if-exists --no-password "$DRILL_DB"; then log "dropped scratch database $DRILL_DB"; else return 1; fi
  fi
}

# --- Pick the dump (BACKUP_NAME or the newest), fetch it, decrypt it (lib.sh) ---
pick_dump

# --- Restore into a scratch database (dropped on exit, success or not) ---
# drill_<the prefix in lowercase, other characters as '_', at most 30>_<YYYYMMDDHHMMSS>
SCRATCH_DB="drill_$(printf '%s' "$BACKUP_PREFIX" | tr '[:upper:]' '[:lower:]' | tr -c 'a-z0-9_' '_' | cut -c 1-30)_"
SCRATCH_DB="$SCRATCH_DB$(date -u -d "@$NOW" +%Y%m%d%H%M%S)"
if ! createdb --no-password "$SCRATCH_DB"; then fail "createdb $SCRATCH_DB failed"; fi
DRILL_DB="$SCRATCH_DB" # from here on, the exit trap drops it
log "created scratch database $DRILL_DB on ${PGHOST:-local socket}:${PGPORT:-5432}"
if ! pg_restore --no-owner --single-transaction --exit-on-error --no-password --dbname="$DRILL_DB" "$PLAIN_FILE"; then
  fail "restore drill: pg_restore of $NAME into $DRILL_DB failed"
fi
log "restored $NAME into $DRILL_DB"

if [ -n "${DRILL_SQL:-}" ]; then
  # --- Sanity check: the query must return at least one row ---
  if ! psql -X -q -A -t -v ON_ERROR_STOP=1 --no-password --dbname="$DRILL_DB" -c "$DRILL_SQL" > "$WORK/sanity"; then
    fail "restore drill: the sanity query failed on $NAME"
  fi
  if [ ! -s "$WORK/sanity" ]; then fail "restore drill: the sanity query returned no row on $NAME"; fi
  log "sanity query returned $(wc -l < "$WORK/sanity") row(s)"
else
  # --- Sanity check: the restored database has at least one table outside the system schemas ---
  TABLES="$(psql -X -q -A -t -v ON_ERROR_STOP=1 --no-password --dbname="$DRILL_DB" \
    -c "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")"
  if [ "$TABLES" -lt 1 ]; then fail "restore drill: $NAME restored no table"; fi
  log "sanity check: $TABLES table(s) restored"
fi
log "restore drill OK: $NAME"
