#!/bin/sh
# lib.sh: what every backup, restore and verify script shares, sourced by them (never run on its own).
# Shipped by cdk8s-blueprints next to them in the <service>-backup-scripts ConfigMap, mounted at /opt/backup.
#
# Sourcing it: switches to the C locale; defines log and fail (log lines go to stdout, errors to stderr, any
# failure exits non-zero), the dump names (is_dump, stamp_of), the clock (NOW), a scratch directory (WORK,
# removed on exit, also on failure), the destination (list_dumps, prepare_put, put_dump, fetch_dump,
# delete_dump), backup_begin and backup_finish, the steps every backup script takes around its engine's dump,
# and pick_dump, which picks a dump, fetches it and decrypts it for a restore or a drill.
#
# Set by the script that sources it:
#   LOG_TAG              the first word of every log line: backup, restore or drill
#   DUMP_EXT             the extension of the engine's dumps, before .age: .pgdump, .rdb
#
# Environment (name, default, meaning; "required": must be set, "-": unset):
#   BACKUP_PREFIX        required  file name prefix of the dumps: <prefix>-YYYYMMDDTHHMMSSZ<ext>[.age], in UTC,
#                                  so names sort by time (no other file is ever read or deleted)
#   BACKUP_DESTINATION   required  where the dumps are: 'volume' (BACKUP_DIR) or 's3' (S3_*, through rclone)
#   BACKUP_DIR           /backups  volume: the directory of the dumps (a mounted volume)
#   S3_ENDPOINT          -         s3 (required): the endpoint URL, e.g. https://s3.eu-central-1.amazonaws.com
#   S3_BUCKET            -         s3 (required): the bucket
#   S3_PREFIX            -         s3: the key prefix ("folder") of the dumps in the bucket; none when unset
#   S3_REGION            -         s3: the region; rclone's default when unset
#   AWS_ACCESS_KEY_ID    -         s3 (required, from a Secret): the access key, read by rclone (env_auth)
#   AWS_SECRET_ACCESS_KEY -        s3 (required, from a Secret): its secret, read by rclone (env_auth)
#   BACKUP_NOW           -         epoch seconds used as "now" (dump names, retention); unset: the current time
#   RETENTION_DAYS       -         backup_begin (required): dumps whose name time is more than this many days
#                                  before now are deleted by backup_finish
#   AGE_RECIPIENTS_FILE  -         backup_begin: the age recipients (public keys) file each dump is encrypted to
#                                  (<name><ext>.age); unset: dumps are stored unencrypted
#   BACKUP_NAME          -         pick_dump: the dump to read instead of the newest
#   AGE_IDENTITY_FILE    -         pick_dump: the age identity (private key) file that decrypts .age dumps;
#                                  unset: .age dumps are refused
#   TMPDIR               /tmp      scratch space for dump files (the jobs set a volume of their own)
LC_ALL=C
export LC_ALL
: "${LOG_TAG:?LOG_TAG must be set by the script that sources lib.sh}"
: "${DUMP_EXT:?DUMP_EXT must be set by the script that sources lib.sh}"

# --- Helpers: log lines go to stdout, errors to stderr; any failure exits non-zero ---
log() {
  printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$LOG_TAG" "$*"
}
fail() {
  printf '%s %s: FAILED: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$LOG_TAG" "$*" >&2
  exit 1
}

# --- Dump file names: <prefix>-YYYYMMDDTHHMMSSZ<ext>[.age], UTC, so they sort by time ---
: "${BACKUP_PREFIX:?BACKUP_PREFIX must be set}"
case "$BACKUP_PREFIX" in
  */* | .*) fail "BACKUP_PREFIX must be a file name prefix, got '$BACKUP_PREFIX'" ;;
  *) ;;
esac
# is_dump NAME: true when NAME is one of this policy's dump files (other files are never touched)
is_dump() {
  case "$1" in
    "$BACKUP_PREFIX"-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z"$DUMP_EXT") return 0 ;;
    "$BACKUP_PREFIX"-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z"$DUMP_EXT".age) return 0 ;;
    *) return 1 ;;
  esac
}
# stamp_of NAME: the timestamp in a dump name as the number YYYYMMDDHHMMSS
stamp_of() {
  s="${1#"$BACKUP_PREFIX"-}"
  s="${s%%Z*}"
  printf '%s%s\n' "${s%T*}" "${s#*T}"
}

# --- Clock: now = env BACKUP_NOW (epoch seconds) when set, else the current time ---
NOW="${BACKUP_NOW:-$(date -u +%s)}"
case "$NOW" in
  "" | *[!0-9]*) fail "BACKUP_NOW must be epoch seconds, got '$NOW'" ;;
  *) ;;
esac

# --- Scratch directory for dump files, removed on exit (also on failure) ---
WORK="$(mktemp -d "${TMPDIR:-/tmp}/backup.XXXXXX")"
PARTIAL=''
# before_exit: run by the exit trap before the scratch directory goes; a script redefines it to clean up
# more (its failure fails the script)
before_exit() {
  :
}
cleanup() {
  rc=$?
  if ! before_exit; then rc=1; fi
  if [ -n "$PARTIAL" ]; then rm -rf "$PARTIAL" || true; fi
  rm -rf "$WORK" || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Destination functions, the same contract for both kinds ---
#   list_dumps        prints this policy's dump names, oldest first
#   prepare_put       makes the destination ready to store a dump
#   put_dump FILE N   publishes FILE as dump N atomically
#   fetch_dump N      makes dump N readable as "$DUMP_FILE"
#   delete_dump N     deletes dump N
case "${BACKUP_DESTINATION:-}" in
  volume)
    # --- Destination: a directory on a mounted volume ---
    BACKUP_DIR="${BACKUP_DIR:-/backups}"
    DEST_DESC="$BACKUP_DIR"
    # list_dumps: this policy's dump names in BACKUP_DIR, oldest first
    list_dumps() {
      : > "$WORK/listing"
      for f in "$BACKUP_DIR"/*; do
        if [ -f "$f" ] && is_dump "${f##*/}"; then printf '%s\n' "${f##*/}" >> "$WORK/listing"; fi
      done
      sort "$WORK/listing"
    }
    # prepare_put: the directory exists (a restore never creates it: it mounts the volume read-only)
    prepare_put() {
      mkdir -p "$BACKUP_DIR"
    }
    # put_dump FILE NAME: copy under a hidden partial name, flush it to disk, then rename (atomic)
    put_dump() {
      PARTIAL="$BACKUP_DIR/.$2.partial"
      cp "$1" "$PARTIAL"
      sync "$PARTIAL"
      mv "$PARTIAL" "$BACKUP_DIR/$2"
      PARTIAL=''
      sync "$BACKUP_DIR"
    }
    # fetch_dump NAME: a dump on the volume is read in place
    fetch_dump() {
      DUMP_FILE="$BACKUP_DIR/$1"
    }
    # delete_dump NAME
    delete_dump() {
      rm -f "$BACKUP_DIR/$1"
    }
    ;;
  s3)
    # --- Destination: S3-compatible object storage, through rclone ---
    # The rclone remote "backup" is defined by env only (no config file); credentials come from
    # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (env_auth), the location from S3_* env vars.
    : "${S3_ENDPOINT:?S3_ENDPOINT must be set}"
    : "${S3_BUCKET:?S3_BUCKET must be set}"
    S3_PREFIX="${S3_PREFIX:-}"
    RCLONE_CONFIG=/dev/null
    RCLONE_CONFIG_BACKUP_TYPE=s3
    RCLONE_CONFIG_BACKUP_PROVIDER=Other
    RCLONE_CONFIG_BACKUP_ENV_AUTH=true
    RCLONE_CONFIG_BACKUP_ENDPOINT="$S3_ENDPOINT"
    RCLONE_CONFIG_BACKUP_REGION="${S3_REGION:-}"
    RCLONE_CONFIG_BACKUP_FORCE_PATH_STYLE=true
    RCLONE_CONFIG_BACKUP_NO_CHECK_BUCKET=true
    export RCLONE_CONFIG RCLONE_CONFIG_BACKUP_TYPE RCLONE_CONFIG_BACKUP_PROVIDER RCLONE_CONFIG_BACKUP_ENV_AUTH
    export RCLONE_CONFIG_BACKUP_ENDPOINT RCLONE_CONFIG_BACKUP_REGION RCLONE_CONFIG_BACKUP_FORCE_PATH_STYLE RCLONE_CONFIG_BACKUP_NO_CHECK_BUCKET
    if [ -n "$S3_PREFIX" ]; then REMOTE="backup:$S3_BUCKET/$S3_PREFIX"; else REMOTE="backup:$S3_BUCKET"; fi
    DEST_DESC="s3 $S3_ENDPOINT $S3_BUCKET/$S3_PREFIX"
    # list_dumps: this policy's dump names under the prefix, oldest first
    list_dumps() {
      rclone lsf --files-only "$REMOTE/" > "$WORK/listing.raw"
      : > "$WORK/listing"
      while IFS= read -r n; do
        if is_dump "$n"; then printf '%s\n' "$n" >> "$WORK/listing"; fi
      done < "$WORK/listing.raw"
      sort "$WORK/listing"
    }
    # prepare_put: nothing to prepare (the bucket exists)
    prepare_put() {
      :
    }
    # put_dump FILE NAME: one upload; the object only appears once complete, rclone checks size and hash
    put_dump() {
      rclone copyto "$1" "$REMOTE/$2"
    }
    # fetch_dump NAME: download into the scratch directory
    fetch_dump() {
      rclone copyto "$REMOTE/$1" "$WORK/$1"
      DUMP_FILE="$WORK/$1"
    }
    # delete_dump NAME
    delete_dump() {
      rclone deletefile "$REMOTE/$1"
    }
    ;;
  *)
    fail "BACKUP_DESTINATION must be 'volume' or 's3', got '${BACKUP_DESTINATION:-}'"
    ;;
esac

# backup_begin: checks the policy, names the new dump NAME (from the time now) and refuses to overwrite a dump
# of the same second
backup_begin() {
  # --- Policy ---
  : "${RETENTION_DAYS:?RETENTION_DAYS must be set}"
  case "$RETENTION_DAYS" in
    *[!0-9]*) fail "RETENTION_DAYS must be a whole number of days, got '$RETENTION_DAYS'" ;;
    *) ;;
  esac
  NAME="$BACKUP_PREFIX-$(date -u -d "@$NOW" +%Y%m%dT%H%M%SZ)$DUMP_EXT"
  if [ -n "${AGE_RECIPIENTS_FILE:-}" ]; then NAME="$NAME.age"; fi
  prepare_put

  # --- Refuse to overwrite an existing dump of the same second ---
  list_dumps > "$WORK/before"
  if grep -qxF "$NAME" "$WORK/before"; then fail "$NAME already exists in $DEST_DESC"; fi
  if [ -n "${AGE_RECIPIENTS_FILE:-}" ] && [ ! -r "$AGE_RECIPIENTS_FILE" ]; then
    fail "age recipients file $AGE_RECIPIENTS_FILE is not readable"
  fi
}

# backup_finish PLAIN_FILE: the verified dump is encrypted (or kept as is), stored as NAME and listed; only
# then are the dumps older than the retention pruned (never the one just stored)
backup_finish() {
  if [ -n "${AGE_RECIPIENTS_FILE:-}" ]; then
    # --- 3. Encrypt with age to the recipients; the plaintext never leaves the scratch dir ---
    if ! age --encrypt --recipients-file "$AGE_RECIPIENTS_FILE" --output "$WORK/$NAME" "$1"; then
      fail "age encryption failed"
    fi
    rm -f "$1"
    IFS= read -r AGE_HEADER < "$WORK/$NAME" || true
    if [ "$AGE_HEADER" != "age-encryption.org/v1" ]; then fail "encrypted file has no age header"; fi
    log "encrypted with age for the recipients in $AGE_RECIPIENTS_FILE"
  else
    # --- 3. No encryption configured: store the verified dump as is ---
    mv "$1" "$WORK/$NAME"
  fi

  # --- 4. Store, then check the new dump is listed at the destination ---
  put_dump "$WORK/$NAME" "$NAME"
  list_dumps > "$WORK/after"
  if ! grep -qxF "$NAME" "$WORK/after"; then fail "$NAME is not listed in $DEST_DESC after storing it"; fi
  log "stored $NAME in $DEST_DESC"

  # --- 5. Prune: delete dumps whose name time is more than RETENTION_DAYS days before now ---
  # (only reached when steps 1-4 succeeded; the dump just stored is never deleted)
  CUTOFF="$(date -u -d "@$((NOW - RETENTION_DAYS * 86400))" +%Y%m%d%H%M%S)"
  KEPT=0
  PRUNED=0
  while IFS= read -r old; do
    if [ "$old" != "$NAME" ] && [ "$(stamp_of "$old")" -lt "$CUTOFF" ]; then
      delete_dump "$old"
      log "pruned $old (older than $RETENTION_DAYS days)"
      PRUNED=$((PRUNED + 1))
    else
      KEPT=$((KEPT + 1))
    fi
  done < "$WORK/after"
  log "backup OK: $NAME; $KEPT dump(s) kept, $PRUNED pruned"
}

# pick_dump: picks the dump (env BACKUP_NAME if set, else the newest one) as NAME, fetches it and decrypts it
# when it is age-encrypted (.age): the plain dump is then "$PLAIN_FILE"
pick_dump() {
  list_dumps > "$WORK/dumps"
  if [ -n "${BACKUP_NAME:-}" ]; then
    if ! is_dump "$BACKUP_NAME"; then
      fail "BACKUP_NAME '$BACKUP_NAME' is not a dump of this policy ($BACKUP_PREFIX-YYYYMMDDTHHMMSSZ${DUMP_EXT}[.age])"
    fi
    if ! grep -qxF "$BACKUP_NAME" "$WORK/dumps"; then fail "dump $BACKUP_NAME not found in $DEST_DESC"; fi
    NAME="$BACKUP_NAME"
  else
    NAME="$(tail -n 1 "$WORK/dumps")"
    if [ -z "$NAME" ]; then fail "no dump of $BACKUP_PREFIX found in $DEST_DESC"; fi
  fi
  log "using dump $NAME from $DEST_DESC"
  fetch_dump "$NAME"

  # --- Decrypt when the dump is age-encrypted (.age) ---
  case "$NAME" in
    *.age)
      if [ -z "${AGE_IDENTITY_FILE:-}" ]; then fail "$NAME is encrypted but no age identity file is configured for this script (AGE_IDENTITY_FILE)"; fi
      if [ ! -r "$AGE_IDENTITY_FILE" ]; then fail "age identity file $AGE_IDENTITY_FILE is not readable"; fi
      PLAIN_FILE="$WORK/plain$DUMP_EXT"
      if ! age --decrypt --identity "$AGE_IDENTITY_FILE" --output "$PLAIN_FILE" "$DUMP_FILE"; then
        fail "could not decrypt $NAME with the identity in $AGE_IDENTITY_FILE"
      fi
      log "decrypted $NAME with age"
      ;;
    *)
      PLAIN_FILE="$DUMP_FILE"
      ;;
  esac
}
