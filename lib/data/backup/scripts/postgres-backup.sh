#!/bin/sh
# postgres-backup.sh: backs up one PostgreSQL database: dump (pg_dump, custom format), verify, encrypt with age,
# store on a volume or in S3-compatible storage, then prune the dumps older than the retention. A failure
# anywhere exits non-zero before anything is pruned.
# Shipped by cdk8s-blueprints in the <service>-backup-scripts ConfigMap, mounted at /opt/backup, and run by the
# <service>-backup CronJob as `/bin/sh /opt/backup/postgres-backup.sh`; it sources lib.sh from its directory.
#
# Environment (name, default, meaning; "required": must be set, "-": unset). Every input comes from here or
# from a mounted file: no value and no secret is written into this file.
#   PGHOST               -         the server (libpq); unset: the local socket
#   PGPORT               5432      its port (libpq)
#   PGUSER               -         the role (libpq, from a Secret); unset: libpq's default
#   PGPASSWORD           -         its password (libpq, from a Secret); or PGPASSFILE, a mounted file
#   PGDATABASE           required  the database to dump
#   RETENTION_DAYS       required  dumps whose name time is more than this many days before now are deleted
#   AGE_RECIPIENTS_FILE  -         the age recipients (public keys) file each dump is encrypted to
#                                  (<name>.pgdump.age); unset: dumps are stored unencrypted
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ.pgdump[.age], in UTC
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
DUMP_EXT=.pgdump
case "$0" in */*) LIB="${0%/*}/lib.sh" ;; *) LIB=./lib.sh ;; esac
# shellcheck source=lib.sh
. "$LIB"

# --- Name the dump, refuse to overwrite one of the same second (lib.sh) ---
backup_begin

# --- 1. Dump the database (custom format: compressed, restorable with pg_restore) ---
: "${PGDATABASE:?PGDATABASE must be set}"
PLAIN_FILE="$WORK/plain$DUMP_EXT"
log "dumping database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-(default user)}"
if ! pg_dump --format=custom --no-password --file="$PLAIN_FILE"; then fail "pg_dump of $PGDATABASE failed"; fi

# --- 2. Verify: pg_restore must be able to read the dump's table of contents ---
if ! pg_restore --list "$PLAIN_FILE" > "$WORK/toc"; then fail "pg_restore --list cannot read the new dump"; fi
TOC_ENTRIES="$(grep -c -v '^;' "$WORK/toc" || true)"
BYTES="$(wc -c < "$PLAIN_FILE")"
log "dump verified: $BYTES bytes, $TOC_ENTRIES TOC entries"

# --- 3. Encrypt (with AGE_RECIPIENTS_FILE), 4. store and list, 5. prune (lib.sh) ---
backup_finish "$PLAIN_FILE"
