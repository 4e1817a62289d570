/**
 * Pure renderers of the POSIX sh scripts that backup CronJobs, restore Jobs and restore-drill
 * CronJobs run inside the "backup tools" image (Debian bookworm: dash, coreutils, findutils,
 * postgresql-client-15, redis-tools, age, rclone).
 *
 * Rules the generated text follows:
 *  - `set -eu`, POSIX sh only (checked with `sh -n` and `shellcheck -s sh` in the tests).
 *  - No secret ever appears in the text: credentials come from the environment (PGPASSWORD or
 *    PGPASSFILE, REDIS_PASSWORD, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) or from mounted files
 *    (age recipients / identity). The S3 location also comes from env (S3_ENDPOINT, S3_BUCKET,
 *    S3_PREFIX, S3_REGION): {@link renderScriptEnv} gives the values the manifest must set.
 *  - The only option values embedded in the text are file names/paths, the retention number,
 *    a database name and the drill's SQL; all are validated and embedded single-quoted.
 *  - Dump files are named `<prefix>-YYYYMMDDTHHMMSSZ<ext>[.age]` (UTC), so names sort by time;
 *    retention decides by the time in the name against "now" (`date -u +%s`, or env BACKUP_NOW).
 *
 * Everything here is deterministic: same options, same text.
 */

export type BackupEngine = 'postgres' | 'redis';

/** A directory on a mounted volume (PVC). */
export interface VolumeDestination {
  readonly kind: 'volume';
  /** Absolute path of the directory the dumps live in, e.g. `/backups`. */
  readonly path: string;
}

/** S3-compatible object storage, reached with rclone. Credentials come from env (a Secret). */
export interface S3Destination {
  readonly kind: 's3';
  /** e.g. `https://s3.eu-west-1.amazonaws.com` or `http://minio.storage:9000` (no credentials in it). */
  readonly endpoint: string;
  readonly bucket: string;
  /** Key prefix ("folder") inside the bucket, e.g. `prod/orders`; may be empty. */
  readonly prefix: string;
  readonly region?: string;
}

export type BackupDestination = VolumeDestination | S3Destination;

export interface DumpScriptOptions {
  readonly engine: BackupEngine;
  readonly destination: BackupDestination;
  /** Dumps whose timestamp is more than `retentionDays` × 24 h before now are deleted. Integer ≥ 1. */
  readonly retentionDays: number;
  /** Encrypt every dump with age to the recipients listed in this mounted file. */
  readonly encryption?: { readonly recipientsFile: string };
  /** File name prefix, e.g. the service name: `<prefix>-20261123T021500Z.pgdump`. */
  readonly prefix: string;
}

export interface RestoreScriptOptions {
  readonly engine: BackupEngine;
  readonly destination: BackupDestination;
  /** age identity (private key) file used to decrypt `.age` dumps. Without it, `.age` dumps are refused. */
  readonly encryption?: { readonly identityFile: string };
  readonly prefix: string;
  /** Postgres: database to restore into when env RESTORE_DATABASE is not set (default: PGDATABASE). */
  readonly targetDatabase?: string;
  /** Redis: the restore writes the RDB into the data volume while Redis is stopped. */
  readonly redis?: {
    /** Redis `dir` as mounted in the restore Job (default `/data`). */
    readonly dataDir?: string;
    /** Redis `dbfilename` (default `dump.rdb`). */
    readonly rdbFileName?: string;
    /** Redis runs with `appendonly yes`: also seed `appendonlydir` with the RDB as the AOF base. */
    readonly appendOnly?: boolean;
  };
}

export interface DrillScriptOptions {
  readonly engine: BackupEngine;
  readonly destination: BackupDestination;
  readonly encryption?: { readonly identityFile: string };
  readonly prefix: string;
  /**
   * Postgres: SQL run in the scratch database that must return at least one row.
   * Default check: the restored database has at least one table outside the system schemas.
   */
  readonly sanityQuery?: string;
  /** Redis: the dump must hold at least this many keys (default 1). */
  readonly minKeys?: number;
}

/** File extension (before `.age`) of each engine's dumps. */
export const DUMP_EXTENSION: Readonly<Record<BackupEngine, string>> = { postgres: '.pgdump', redis: '.rdb' };

/** Name of the age-encrypted variant's extra extension. */
export const ENCRYPTED_EXTENSION = '.age';

/**
 * The name the backup script gives a dump taken at `epochSeconds` (UTC), e.g.
 * `orders-20261123T021500Z.pgdump.age`.
 */
export function dumpFileName(prefix: string, engine: BackupEngine, epochSeconds: number, encrypted: boolean): string {
  checkPrefix(prefix);
  const d = new Date(epochSeconds * 1000);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const stamp = `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  return `${prefix}-${stamp}${DUMP_EXTENSION[engine]}${encrypted ? ENCRYPTED_EXTENSION : ''}`;
}

/**
 * Non-secret env vars the container running any of these scripts needs for its destination
 * (S3 location; nothing for a volume). Secrets (PGPASSWORD, REDIS_PASSWORD, AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY) must be added by the manifest from Secrets.
 */
export function renderScriptEnv(o: { readonly destination: BackupDestination }): Array<{ name: string; value: string }> {
  checkDestination(o.destination);
  if (o.destination.kind === 'volume') return [];
  const env = [
    { name: 'S3_ENDPOINT', value: o.destination.endpoint },
    { name: 'S3_BUCKET', value: o.destination.bucket },
    { name: 'S3_PREFIX', value: o.destination.prefix },
  ];
  if (o.destination.region !== undefined) env.push({ name: 'S3_REGION', value: o.destination.region });
  return env;
}
import { BUCKET_RE, REGION_RE, S3_PREFIX_RE } from '../../values/conventions';

// ---------------------------------------------------------------------------------------------
// Validation: everything embedded in a script is checked here, and embedded single-quoted.
// ---------------------------------------------------------------------------------------------

const PREFIX_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const PATH_RE = /^\/(?:[A-Za-z0-9._-]+\/?)*$/;
const DB_RE = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function checkPrefix(prefix: string): void {
  if (!PREFIX_RE.test(prefix)) {
    throw new Error(`backup prefix ${JSON.stringify(prefix)} must match ${PREFIX_RE} (it becomes part of file names)`);
  }
}

function checkPath(what: string, path: string): void {
  if (!PATH_RE.test(path) || path.split('/').some((seg) => seg === '..' || seg === '.')) {
    throw new Error(`${what} ${JSON.stringify(path)} must be an absolute path of [A-Za-z0-9._-] segments`);
  }
}

function checkDestination(d: BackupDestination): void {
  if (d.kind === 'volume') {
    checkPath('destination.path', d.path);
    return;
  }
  let url: URL;
  try {
    url = new URL(d.endpoint);
  } catch {
    throw new Error(`destination.endpoint ${JSON.stringify(d.endpoint)} is not a URL`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new Error(`destination.endpoint ${JSON.stringify(d.endpoint)} must be a plain http(s) URL without credentials, query or fragment`);
  }
  if (!BUCKET_RE.test(d.bucket)) throw new Error(`destination.bucket ${JSON.stringify(d.bucket)} is not a valid bucket name`);
  if (!S3_PREFIX_RE.test(d.prefix) || d.prefix.split('/').some((seg) => seg === '.' || seg === '..')) {
    throw new Error(`destination.prefix ${JSON.stringify(d.prefix)} must be empty or segments of [A-Za-z0-9._-] joined by '/', no leading or trailing '/'`);
  }
  if (d.region !== undefined && !REGION_RE.test(d.region)) throw new Error(`destination.region ${JSON.stringify(d.region)} is not a valid region`);
}

function checkCommon(o: { engine: BackupEngine; destination: BackupDestination; prefix: string }): void {
  if (o.engine !== 'postgres' && o.engine !== 'redis') throw new Error(`unknown engine ${JSON.stringify(o.engine)}`);
  checkPrefix(o.prefix);
  checkDestination(o.destination);
}

/** Single-quote a string for sh: the result is one word whose value is exactly `s`. */
export function shQuote(s: string): string {
  if (s.includes('\0')) throw new Error('a shell word cannot contain NUL');
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------------
// Shared script blocks
// ---------------------------------------------------------------------------------------------

type Block = string[];

function join(blocks: Block[]): string {
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}

function header(title: string, envDoc: string[]): Block {
  return [
    '#!/bin/sh',
    `# ${title}`,
    '# Generated by cdk8s-blueprints (lib/backup/_scripts.ts); edit the BackupPolicy, not this text.',
    '# Inputs, all from the environment or mounted files (no secret is written in this script):',
    ...envDoc.map((l) => `#   ${l}`),
    'set -eu',
    'LC_ALL=C',
    'export LC_ALL',
  ];
}

function envDocFor(engine: BackupEngine, dest: BackupDestination, extra: string[]): string[] {
  const doc =
    engine === 'postgres'
      ? ['PGHOST PGPORT PGUSER PGDATABASE, and PGPASSWORD (Secret) or PGPASSFILE (mounted): libpq reads them']
      : ['REDIS_HOST REDIS_PORT, and REDIS_PASSWORD (Secret, optional): passed to redis-cli as REDISCLI_AUTH'];
  if (dest.kind === 's3') {
    doc.push('S3_ENDPOINT S3_BUCKET S3_PREFIX [S3_REGION]; AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY (Secret): rclone env_auth');
  }
  return [...doc, ...extra, 'TMPDIR (optional): scratch space for the dump file, default /tmp (an emptyDir)'];
}

/** log/fail helpers, the clock, and the scratch directory removed on exit. */
function commonBlock(
  tag: string,
  engine: BackupEngine,
  prefix: string,
  opts: { stamp: boolean; extraCleanup?: string[]; extraState?: string[] },
): Block {
  const extraCleanup = opts.extraCleanup ?? [];
  const extraState = opts.extraState ?? [];
  const ext = DUMP_EXTENSION[engine];
  return [
    '# --- Helpers: log lines go to stdout, errors to stderr; any failure exits non-zero ---',
    'log() {',
    `  printf '%s ${tag}: %s\\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"`,
    '}',
    'fail() {',
    `  printf '%s ${tag}: FAILED: %s\\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2`,
    '  exit 1',
    '}',
    '',
    '# --- Dump file names: <prefix>-YYYYMMDDTHHMMSSZ<ext>[.age], UTC, so they sort by time ---',
    `BACKUP_PREFIX=${shQuote(prefix)}`,
    `DUMP_EXT=${shQuote(ext)}`,
    '# is_dump NAME: true when NAME is one of this policy\'s dump files (other files are never touched)',
    'is_dump() {',
    '  case "$1" in',
    '    "$BACKUP_PREFIX"-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z"$DUMP_EXT") return 0 ;;',
    '    "$BACKUP_PREFIX"-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z"$DUMP_EXT".age) return 0 ;;',
    '    *) return 1 ;;',
    '  esac',
    '}',
    '# stamp_of NAME: the timestamp in a dump name as the number YYYYMMDDHHMMSS',
    'stamp_of() {',
    '  s="${1#"$BACKUP_PREFIX"-}"',
    '  s="${s%%Z*}"',
    '  printf \'%s%s\\n\' "${s%T*}" "${s#*T}"',
    '}',
    '',
    '# --- Clock: now = env BACKUP_NOW (epoch seconds) when set, else the current time ---',
    'NOW="${BACKUP_NOW:-$(date -u +%s)}"',
    'case "$NOW" in',
    '  "" | *[!0-9]*) fail "BACKUP_NOW must be epoch seconds, got \'$NOW\'" ;;',
    '  *) ;;',
    'esac',
    ...(opts.stamp ? ['STAMP="$(date -u -d "@$NOW" +%Y%m%dT%H%M%SZ)"'] : []),
    '',
    '# --- Scratch directory for dump files, removed on exit (also on failure) ---',
    'WORK="$(mktemp -d "${TMPDIR:-/tmp}/backup.XXXXXX")"',
    'PARTIAL=\'\'',
    ...extraState,
    'cleanup() {',
    '  rc=$?',
    ...extraCleanup.map((l) => `  ${l}`),
    '  if [ -n "$PARTIAL" ]; then rm -rf "$PARTIAL" || true; fi',
    '  rm -rf "$WORK" || true',
    '  exit "$rc"',
    '}',
    'trap cleanup EXIT',
    "trap 'exit 129' HUP",
    "trap 'exit 130' INT",
    "trap 'exit 143' TERM",
  ];
}

/**
 * Destination functions, same contract for both kinds:
 *   list_dumps        prints this policy's dump names, oldest first
 *   put_dump FILE N   publishes FILE as dump N atomically
 *   fetch_dump N      makes dump N readable as "$DUMP_FILE"
 *   delete_dump N     deletes dump N
 */
function destinationBlock(d: BackupDestination, needs: { put: boolean; fetch: boolean; del: boolean }): Block {
  if (d.kind === 'volume') {
    const lines: Block = [
      '# --- Destination: a directory on a mounted volume ---',
      `BACKUP_DIR=${shQuote(d.path)}`,
      'DEST_DESC="$BACKUP_DIR"',
      ...(needs.put ? ['mkdir -p "$BACKUP_DIR"'] : []),
      '# list_dumps: this policy\'s dump names in BACKUP_DIR, oldest first',
      'list_dumps() {',
      '  : > "$WORK/listing"',
      '  for f in "$BACKUP_DIR"/*; do',
      '    if [ -f "$f" ] && is_dump "${f##*/}"; then printf \'%s\\n\' "${f##*/}" >> "$WORK/listing"; fi',
      '  done',
      '  sort "$WORK/listing"',
      '}',
    ];
    if (needs.put) {
      lines.push(
        '# put_dump FILE NAME: copy under a hidden partial name, flush it to disk, then rename (atomic)',
        'put_dump() {',
        '  PARTIAL="$BACKUP_DIR/.$2.partial"',
        '  cp "$1" "$PARTIAL"',
        '  sync "$PARTIAL"',
        '  mv "$PARTIAL" "$BACKUP_DIR/$2"',
        "  PARTIAL=''",
        '  sync "$BACKUP_DIR"',
        '}',
      );
    }
    if (needs.fetch) {
      lines.push('# fetch_dump NAME: a dump on the volume is read in place', 'fetch_dump() {', '  DUMP_FILE="$BACKUP_DIR/$1"', '}');
    }
    if (needs.del) {
      lines.push('# delete_dump NAME', 'delete_dump() {', '  rm -f "$BACKUP_DIR/$1"', '}');
    }
    return lines;
  }
  const lines: Block = [
    '# --- Destination: S3-compatible object storage, through rclone ---',
    '# The rclone remote "backup" is defined by env only (no config file); credentials come from',
    '# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (env_auth), the location from S3_* env vars.',
    ': "${S3_ENDPOINT:?S3_ENDPOINT must be set}"',
    ': "${S3_BUCKET:?S3_BUCKET must be set}"',
    'S3_PREFIX="${S3_PREFIX:-}"',
    'RCLONE_CONFIG=/dev/null',
    'RCLONE_CONFIG_BACKUP_TYPE=s3',
    'RCLONE_CONFIG_BACKUP_PROVIDER=Other',
    'RCLONE_CONFIG_BACKUP_ENV_AUTH=true',
    'RCLONE_CONFIG_BACKUP_ENDPOINT="$S3_ENDPOINT"',
    'RCLONE_CONFIG_BACKUP_REGION="${S3_REGION:-}"',
    'RCLONE_CONFIG_BACKUP_FORCE_PATH_STYLE=true',
    'RCLONE_CONFIG_BACKUP_NO_CHECK_BUCKET=true',
    'export RCLONE_CONFIG RCLONE_CONFIG_BACKUP_TYPE RCLONE_CONFIG_BACKUP_PROVIDER RCLONE_CONFIG_BACKUP_ENV_AUTH',
    'export RCLONE_CONFIG_BACKUP_ENDPOINT RCLONE_CONFIG_BACKUP_REGION RCLONE_CONFIG_BACKUP_FORCE_PATH_STYLE RCLONE_CONFIG_BACKUP_NO_CHECK_BUCKET',
    'if [ -n "$S3_PREFIX" ]; then REMOTE="backup:$S3_BUCKET/$S3_PREFIX"; else REMOTE="backup:$S3_BUCKET"; fi',
    'DEST_DESC="s3 $S3_ENDPOINT $S3_BUCKET/$S3_PREFIX"',
    '# list_dumps: this policy\'s dump names under the prefix, oldest first',
    'list_dumps() {',
    '  rclone lsf --files-only "$REMOTE/" > "$WORK/listing.raw"',
    '  : > "$WORK/listing"',
    '  while IFS= read -r n; do',
    '    if is_dump "$n"; then printf \'%s\\n\' "$n" >> "$WORK/listing"; fi',
    '  done < "$WORK/listing.raw"',
    '  sort "$WORK/listing"',
    '}',
  ];
  if (needs.put) {
    lines.push(
      '# put_dump FILE NAME: one upload; the object only appears once complete, rclone checks size and hash',
      'put_dump() {',
      '  rclone copyto "$1" "$REMOTE/$2"',
      '}',
    );
  }
  if (needs.fetch) {
    lines.push(
      '# fetch_dump NAME: download into the scratch directory',
      'fetch_dump() {',
      '  rclone copyto "$REMOTE/$1" "$WORK/$1"',
      '  DUMP_FILE="$WORK/$1"',
      '}',
    );
  }
  if (needs.del) {
    lines.push('# delete_dump NAME', 'delete_dump() {', '  rclone deletefile "$REMOTE/$1"', '}');
  }
  return lines;
}

/** Pick the dump to read: env BACKUP_NAME, else the newest; fetch it and decrypt it into "$PLAIN_FILE". */
function selectAndDecryptBlock(engine: BackupEngine, encryption: { identityFile: string } | undefined): Block {
  const ext = DUMP_EXTENSION[engine];
  return [
    '# --- Pick the dump: env BACKUP_NAME if set, else the newest one ---',
    'list_dumps > "$WORK/dumps"',
    'if [ -n "${BACKUP_NAME:-}" ]; then',
    '  if ! is_dump "$BACKUP_NAME"; then',
    `    fail "BACKUP_NAME '$BACKUP_NAME' is not a dump of this policy ($BACKUP_PREFIX-YYYYMMDDTHHMMSSZ\${DUMP_EXT}[.age])"`,
    '  fi',
    '  if ! grep -qxF "$BACKUP_NAME" "$WORK/dumps"; then fail "dump $BACKUP_NAME not found in $DEST_DESC"; fi',
    '  NAME="$BACKUP_NAME"',
    'else',
    '  NAME="$(tail -n 1 "$WORK/dumps")"',
    '  if [ -z "$NAME" ]; then fail "no dump of $BACKUP_PREFIX found in $DEST_DESC"; fi',
    'fi',
    'log "using dump $NAME from $DEST_DESC"',
    'fetch_dump "$NAME"',
    '',
    '# --- Decrypt when the dump is age-encrypted (.age) ---',
    ...(encryption
      ? [`AGE_IDENTITY_FILE=${shQuote(encryption.identityFile)}`]
      : ['# (no age identity configured: encrypted dumps cannot be read by this script)']),
    'case "$NAME" in',
    '  *.age)',
    ...(encryption
      ? [
          '    if [ ! -r "$AGE_IDENTITY_FILE" ]; then fail "age identity file $AGE_IDENTITY_FILE is not readable"; fi',
          `    PLAIN_FILE="$WORK/plain${ext}"`,
          '    if ! age --decrypt --identity "$AGE_IDENTITY_FILE" --output "$PLAIN_FILE" "$DUMP_FILE"; then',
          '      fail "could not decrypt $NAME with the identity in $AGE_IDENTITY_FILE"',
          '    fi',
          '    log "decrypted $NAME with age"',
          '    ;;',
        ]
      : ['    fail "$NAME is encrypted but no age identity file is configured for this script"', '    ;;']),
    '  *)',
    '    PLAIN_FILE="$DUMP_FILE"',
    '    ;;',
    'esac',
  ];
}

// ---------------------------------------------------------------------------------------------
// Backup
// ---------------------------------------------------------------------------------------------

/**
 * Backup script for a CronJob: dump, verify, (encrypt,) publish atomically, then prune dumps
 * older than the retention — pruning only runs after the new dump is published and listed.
 */
export function renderBackupScript(o: DumpScriptOptions): string {
  checkCommon(o);
  if (!Number.isInteger(o.retentionDays) || o.retentionDays < 1 || o.retentionDays > 36500) {
    throw new Error(`retentionDays must be an integer from 1 to 36500, got ${o.retentionDays}`);
  }
  if (o.encryption) checkPath('encryption.recipientsFile', o.encryption.recipientsFile);
  const ext = DUMP_EXTENSION[o.engine];
  const engineName = o.engine === 'postgres' ? 'PostgreSQL' : 'Redis';
  const blocks: Block[] = [
    header(`Backup of ${engineName} to ${o.destination.kind === 's3' ? 'S3-compatible storage' : 'a volume'}: dump, verify, ${o.encryption ? 'encrypt, ' : ''}store, prune.`, envDocFor(o.engine, o.destination, [
      ...(o.encryption ? ['the age recipients file (public keys), mounted at the path below'] : []),
      'BACKUP_NOW (optional): epoch seconds used as "now" for the file name and retention',
    ])),
    commonBlock('backup', o.engine, o.prefix, { stamp: true }),
    [
      '# --- Policy ---',
      `RETENTION_DAYS=${shQuote(String(o.retentionDays))}`,
      ...(o.encryption ? [`AGE_RECIPIENTS_FILE=${shQuote(o.encryption.recipientsFile)}`] : []),
      `NAME="$BACKUP_PREFIX-$STAMP$DUMP_EXT${o.encryption ? '.age' : ''}"`,
    ],
    destinationBlock(o.destination, { put: true, fetch: false, del: true }),
    [
      '# --- Refuse to overwrite an existing dump of the same second ---',
      'list_dumps > "$WORK/before"',
      'if grep -qxF "$NAME" "$WORK/before"; then fail "$NAME already exists in $DEST_DESC"; fi',
      ...(o.encryption
        ? ['if [ ! -r "$AGE_RECIPIENTS_FILE" ]; then fail "age recipients file $AGE_RECIPIENTS_FILE is not readable"; fi']
        : []),
    ],
  ];

  if (o.engine === 'postgres') {
    blocks.push([
      '# --- 1. Dump the database (custom format: compressed, restorable with pg_restore) ---',
      ': "${PGDATABASE:?PGDATABASE must be set}"',
      `PLAIN_FILE="$WORK/plain${ext}"`,
      'log "dumping database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-(default user)}"',
      'if ! pg_dump --format=custom --no-password --file="$PLAIN_FILE"; then fail "pg_dump of $PGDATABASE failed"; fi',
      '',
      '# --- 2. Verify: pg_restore must be able to read the dump\'s table of contents ---',
      'if ! pg_restore --list "$PLAIN_FILE" > "$WORK/toc"; then fail "pg_restore --list cannot read the new dump"; fi',
      'TOC_ENTRIES="$(grep -c -v \'^;\' "$WORK/toc" || true)"',
      'BYTES="$(wc -c < "$PLAIN_FILE")"',
      'log "dump verified: $BYTES bytes, $TOC_ENTRIES TOC entries"',
    ]);
  } else {
    blocks.push([
      '# --- 1. Dump: redis-cli --rdb streams a fresh RDB snapshot from the server ---',
      ': "${REDIS_HOST:?REDIS_HOST must be set}"',
      'REDIS_PORT="${REDIS_PORT:-6379}"',
      'if [ -n "${REDIS_PASSWORD:-}" ]; then',
      '  REDISCLI_AUTH="$REDIS_PASSWORD"',
      '  export REDISCLI_AUTH',
      'fi',
      `PLAIN_FILE="$WORK/plain${ext}"`,
      'log "dumping Redis at $REDIS_HOST:$REDIS_PORT"',
      'if ! redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --rdb "$PLAIN_FILE" < /dev/null 2>&1; then fail "redis-cli --rdb failed"; fi',
      '',
      '# --- 2. Verify: redis-check-rdb must accept the snapshot (checksum, structure) ---',
      'if ! redis-check-rdb "$PLAIN_FILE" > "$WORK/check" 2>&1; then',
      '  cat "$WORK/check" >&2',
      '  fail "redis-check-rdb rejects the new dump"',
      'fi',
      'KEYS_READ="$(sed -n \'s/^\\[info\\] \\([0-9][0-9]*\\) keys read$/\\1/p\' "$WORK/check")"',
      'BYTES="$(wc -c < "$PLAIN_FILE")"',
      'log "dump verified: $BYTES bytes, ${KEYS_READ:-?} keys"',
    ]);
  }

  if (o.encryption) {
    blocks.push([
      '# --- 3. Encrypt with age to the mounted recipients; the plaintext never leaves the scratch dir ---',
      'if ! age --encrypt --recipients-file "$AGE_RECIPIENTS_FILE" --output "$WORK/$NAME" "$PLAIN_FILE"; then',
      '  fail "age encryption failed"',
      'fi',
      'rm -f "$PLAIN_FILE"',
      'IFS= read -r AGE_HEADER < "$WORK/$NAME" || true',
      'if [ "$AGE_HEADER" != "age-encryption.org/v1" ]; then fail "encrypted file has no age header"; fi',
      'log "encrypted with age for the recipients in $AGE_RECIPIENTS_FILE"',
    ]);
  } else {
    blocks.push(['# --- 3. No encryption configured: store the verified dump as is ---', 'mv "$PLAIN_FILE" "$WORK/$NAME"']);
  }

  blocks.push([
    '# --- 4. Store, then check the new dump is listed at the destination ---',
    'put_dump "$WORK/$NAME" "$NAME"',
    'list_dumps > "$WORK/after"',
    'if ! grep -qxF "$NAME" "$WORK/after"; then fail "$NAME is not listed in $DEST_DESC after storing it"; fi',
    'log "stored $NAME in $DEST_DESC"',
    '',
    '# --- 5. Prune: delete dumps whose name time is more than RETENTION_DAYS days before now ---',
    '# (only reached when steps 1-4 succeeded; the dump just stored is never deleted)',
    'CUTOFF="$(date -u -d "@$((NOW - RETENTION_DAYS * 86400))" +%Y%m%d%H%M%S)"',
    'KEPT=0',
    'PRUNED=0',
    'while IFS= read -r old; do',
    '  if [ "$old" != "$NAME" ] && [ "$(stamp_of "$old")" -lt "$CUTOFF" ]; then',
    '    delete_dump "$old"',
    '    log "pruned $old (older than $RETENTION_DAYS days)"',
    '    PRUNED=$((PRUNED + 1))',
    '  else',
    '    KEPT=$((KEPT + 1))',
    '  fi',
    'done < "$WORK/after"',
    'log "backup OK: $NAME; $KEPT dump(s) kept, $PRUNED pruned"',
  ]);
  return join(blocks);
}

// ---------------------------------------------------------------------------------------------
// Restore
// ---------------------------------------------------------------------------------------------

/**
 * Restore script for a (suspended) Job.
 *
 * Postgres: `pg_restore --clean --if-exists --no-owner --single-transaction` of the newest dump
 * (or env BACKUP_NAME) into env RESTORE_DATABASE, else `targetDatabase`, else PGDATABASE.
 *
 * Redis: an RDB cannot be loaded into a running server, so the restore runs while Redis is
 * stopped (StatefulSet scaled to 0, the Job mounting the Redis data volume; or as an
 * initContainer): it refuses when a server answers at REDIS_HOST, moves the current
 * `dump.rdb` and `appendonlydir` aside (`*.pre-restore-<stamp>`), installs the verified RDB as
 * `dump.rdb` and, with `appendOnly`, also as the base of a fresh `appendonlydir` (Redis 7 with
 * AOF on loads only the AOF). Redis loads it at its next start.
 */
export function renderRestoreScript(o: RestoreScriptOptions): string {
  checkCommon(o);
  if (o.encryption) checkPath('encryption.identityFile', o.encryption.identityFile);
  if (o.targetDatabase !== undefined && !DB_RE.test(o.targetDatabase)) {
    throw new Error(`targetDatabase ${JSON.stringify(o.targetDatabase)} must match ${DB_RE}`);
  }
  if (o.engine !== 'postgres' && o.targetDatabase !== undefined) throw new Error('targetDatabase applies to postgres only');
  if (o.engine !== 'redis' && o.redis !== undefined) throw new Error('redis options apply to the redis engine only');
  const dataDir = o.redis?.dataDir ?? '/data';
  const rdbName = o.redis?.rdbFileName ?? 'dump.rdb';
  if (o.engine === 'redis') {
    checkPath('redis.dataDir', dataDir);
    if (!PREFIX_RE.test(rdbName)) throw new Error(`redis.rdbFileName ${JSON.stringify(rdbName)} must match ${PREFIX_RE}`);
  }

  const engineName = o.engine === 'postgres' ? 'PostgreSQL' : 'Redis';
  const extraEnv =
    o.engine === 'postgres'
      ? ['RESTORE_DATABASE (optional): database to restore into (it must exist)']
      : ['REDIS_HOST/REDIS_PORT (optional here): if a server answers there, the restore refuses to run'];
  const blocks: Block[] = [
    header(`Restore of ${engineName} from ${o.destination.kind === 's3' ? 'S3-compatible storage' : 'a volume'}: the newest dump, or env BACKUP_NAME.`, envDocFor(o.engine, o.destination, [
      'BACKUP_NAME (optional): the dump file name to restore instead of the newest',
      ...extraEnv,
      ...(o.encryption ? ['the age identity file (private key), mounted at the path below'] : []),
    ])),
    commonBlock('restore', o.engine, o.prefix, { stamp: o.engine === 'redis' }),
    destinationBlock(o.destination, { put: false, fetch: true, del: false }),
  ];

  if (o.engine === 'postgres') {
    blocks.push([
      '# --- Target database: env RESTORE_DATABASE, else the policy\'s target, else PGDATABASE ---',
      ...(o.targetDatabase !== undefined
        ? [`TARGET_DB=${shQuote(o.targetDatabase)}`, 'if [ -n "${RESTORE_DATABASE:-}" ]; then TARGET_DB="$RESTORE_DATABASE"; fi']
        : ['TARGET_DB="${RESTORE_DATABASE:-${PGDATABASE:-}}"']),
      'if [ -z "$TARGET_DB" ]; then fail "set RESTORE_DATABASE or PGDATABASE"; fi',
    ]);
    blocks.push(selectAndDecryptBlock(o.engine, o.encryption));
    blocks.push([
      '# --- Verify the dump before touching the database ---',
      'if ! pg_restore --list "$PLAIN_FILE" > /dev/null; then fail "$NAME is not a readable pg_dump archive"; fi',
      '',
      '# --- Restore in one transaction: drop what the dump contains, recreate it, load the data ---',
      'log "restoring $NAME into database $TARGET_DB on ${PGHOST:-local socket}:${PGPORT:-5432}"',
      'if ! pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --no-password --dbname="$TARGET_DB" "$PLAIN_FILE"; then',
      '  fail "pg_restore of $NAME into $TARGET_DB failed (the transaction was rolled back)"',
      'fi',
      'log "restore OK: $NAME restored into $TARGET_DB"',
    ]);
    return join(blocks);
  }

  blocks.push([
    '# --- Redis must be stopped: a running server would overwrite the restored file on shutdown ---',
    'if [ -n "${REDIS_HOST:-}" ]; then',
    '  if [ -n "${REDIS_PASSWORD:-}" ]; then',
    '    REDISCLI_AUTH="$REDIS_PASSWORD"',
    '    export REDISCLI_AUTH',
    '  fi',
    '  if timeout 10 redis-cli -h "$REDIS_HOST" -p "${REDIS_PORT:-6379}" ping < /dev/null > /dev/null 2>&1; then',
    '    fail "a Redis server answers at $REDIS_HOST:${REDIS_PORT:-6379}; stop it (scale it to 0) before restoring"',
    '  fi',
    'fi',
    `REDIS_DATA_DIR=${shQuote(dataDir)}`,
    `RDB_NAME=${shQuote(rdbName)}`,
    'if [ ! -d "$REDIS_DATA_DIR" ] || [ ! -w "$REDIS_DATA_DIR" ]; then fail "Redis data dir $REDIS_DATA_DIR is not a writable directory"; fi',
  ]);
  blocks.push(selectAndDecryptBlock(o.engine, o.encryption));
  blocks.push([
    '# --- Verify the RDB before touching the data dir ---',
    'if ! redis-check-rdb "$PLAIN_FILE" > "$WORK/check" 2>&1; then',
    '  cat "$WORK/check" >&2',
    '  fail "redis-check-rdb rejects $NAME"',
    'fi',
    'KEYS_READ="$(sed -n \'s/^\\[info\\] \\([0-9][0-9]*\\) keys read$/\\1/p\' "$WORK/check")"',
    '',
    '# --- Stage the new files next to the data (same filesystem, so the final renames are atomic) ---',
    'PARTIAL="$REDIS_DATA_DIR/.restore-$STAMP.partial"',
    'mkdir "$PARTIAL"',
    'cp "$PLAIN_FILE" "$PARTIAL/$RDB_NAME"',
    ...(o.redis?.appendOnly
      ? [
          '# appendonly yes: Redis 7 loads only the AOF, so seed a fresh appendonlydir whose base is the RDB',
          'mkdir "$PARTIAL/appendonlydir"',
          'cp "$PLAIN_FILE" "$PARTIAL/appendonlydir/appendonly.aof.1.base.rdb"',
          "printf 'file appendonly.aof.1.base.rdb seq 1 type b\\n' > \"$PARTIAL/appendonlydir/appendonly.aof.manifest\"",
        ]
      : []),
    'sync -f "$PARTIAL"',
    '',
    '# --- Move the current data aside (kept as *.pre-restore-<stamp>), then put the new files in place ---',
    'for f in "$RDB_NAME" appendonlydir appendonly.aof; do',
    '  if [ -e "$REDIS_DATA_DIR/$f" ]; then',
    '    mv "$REDIS_DATA_DIR/$f" "$REDIS_DATA_DIR/$f.pre-restore-$STAMP"',
    '    log "moved existing $f aside to $f.pre-restore-$STAMP"',
    '  fi',
    'done',
    'mv "$PARTIAL/$RDB_NAME" "$REDIS_DATA_DIR/$RDB_NAME"',
    ...(o.redis?.appendOnly ? ['mv "$PARTIAL/appendonlydir" "$REDIS_DATA_DIR/appendonlydir"'] : []),
    'rmdir "$PARTIAL"',
    "PARTIAL=''",
    'sync "$REDIS_DATA_DIR"',
    `log "restore OK: $NAME (\${KEYS_READ:-?} keys) installed as $REDIS_DATA_DIR/$RDB_NAME${o.redis?.appendOnly ? ' and as the AOF base' : ''}; start Redis to load it"`,
  ]);
  return join(blocks);
}

// ---------------------------------------------------------------------------------------------
// Restore drill
// ---------------------------------------------------------------------------------------------

/**
 * Restore-drill script for a CronJob: restores the newest dump (or env BACKUP_NAME) somewhere
 * disposable and checks it, exiting non-zero with a `FAILED:` line when the dump is unusable.
 *
 * Postgres: `createdb drill_<prefix>_<YYYYMMDDHHMMSS>`, `pg_restore` into it, then
 * `sanityQuery` must return a row (default: at least one table outside the system schemas);
 * the scratch database is dropped on exit, success or not. Needs a role allowed to CREATEDB.
 *
 * Redis: decrypt, `redis-check-rdb`, and at least `minKeys` keys (default 1).
 */
export function renderVerifyScript(o: DrillScriptOptions): string {
  checkCommon(o);
  if (o.encryption) checkPath('encryption.identityFile', o.encryption.identityFile);
  if (o.engine !== 'postgres' && o.sanityQuery !== undefined) throw new Error('sanityQuery applies to postgres only');
  if (o.engine !== 'redis' && o.minKeys !== undefined) throw new Error('minKeys applies to redis only');
  if (o.sanityQuery !== undefined && o.sanityQuery.trim() === '') throw new Error('sanityQuery must not be empty');
  const minKeys = o.minKeys ?? 1;
  if (!Number.isInteger(minKeys) || minKeys < 0) throw new Error(`minKeys must be a non-negative integer, got ${minKeys}`);

  const engineName = o.engine === 'postgres' ? 'PostgreSQL' : 'Redis';
  const drillDbPrefix = `drill_${o.prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 30)}_`;
  const blocks: Block[] = [
    header(`Restore drill of ${engineName} backups in ${o.destination.kind === 's3' ? 'S3-compatible storage' : 'a volume'}: restore the newest dump somewhere disposable and check it.`, envDocFor(o.engine, o.destination, [
      'BACKUP_NAME (optional): drill this dump instead of the newest',
      ...(o.engine === 'postgres' ? ['the PG role must be allowed to CREATEDB (the scratch database is dropped on exit)'] : []),
      ...(o.encryption ? ['the age identity file (private key), mounted at the path below'] : []),
    ])),
    commonBlock('drill', o.engine, o.prefix, {
      stamp: false,
      extraState: o.engine === 'postgres' ? ["DRILL_DB=''"] : [],
      extraCleanup:
        o.engine === 'postgres'
          ? [
              'if [ -n "$DRILL_DB" ]; then',
              '  if dropdb --if-exists --no-password "$DRILL_DB"; then log "dropped scratch database $DRILL_DB"; else rc=1; fi',
              'fi',
            ]
          : [],
    }),
    destinationBlock(o.destination, { put: false, fetch: true, del: false }),
    selectAndDecryptBlock(o.engine, o.encryption),
  ];

  if (o.engine === 'postgres') {
    blocks.push([
      '# --- Restore into a scratch database (dropped on exit, success or not) ---',
      `SCRATCH_DB=${shQuote(drillDbPrefix)}"$(date -u -d "@$NOW" +%Y%m%d%H%M%S)"`,
      'if ! createdb --no-password "$SCRATCH_DB"; then fail "createdb $SCRATCH_DB failed"; fi',
      'DRILL_DB="$SCRATCH_DB" # from here on, the exit trap drops it',
      'log "created scratch database $DRILL_DB on ${PGHOST:-local socket}:${PGPORT:-5432}"',
      'if ! pg_restore --no-owner --single-transaction --exit-on-error --no-password --dbname="$DRILL_DB" "$PLAIN_FILE"; then',
      '  fail "restore drill: pg_restore of $NAME into $DRILL_DB failed"',
      'fi',
      'log "restored $NAME into $DRILL_DB"',
      '',
      ...(o.sanityQuery !== undefined
        ? [
            '# --- Sanity check: the policy\'s query must return at least one row ---',
            `DRILL_SQL=${shQuote(o.sanityQuery)}`,
            'if ! psql -X -q -A -t -v ON_ERROR_STOP=1 --no-password --dbname="$DRILL_DB" -c "$DRILL_SQL" > "$WORK/sanity"; then',
            '  fail "restore drill: the sanity query failed on $NAME"',
            'fi',
            'if [ ! -s "$WORK/sanity" ]; then fail "restore drill: the sanity query returned no row on $NAME"; fi',
            'log "sanity query returned $(wc -l < "$WORK/sanity") row(s)"',
          ]
        : [
            '# --- Sanity check: the restored database has at least one table outside the system schemas ---',
            'TABLES="$(psql -X -q -A -t -v ON_ERROR_STOP=1 --no-password --dbname="$DRILL_DB" \\',
            '  -c "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN (\'pg_catalog\', \'information_schema\')")"',
            'if [ "$TABLES" -lt 1 ]; then fail "restore drill: $NAME restored no table"; fi',
            'log "sanity check: $TABLES table(s) restored"',
          ]),
      'log "restore drill OK: $NAME"',
    ]);
  } else {
    blocks.push([
      '# --- Check the RDB: structure and checksum, then the number of keys ---',
      `MIN_KEYS=${shQuote(String(minKeys))}`,
      'if ! redis-check-rdb "$PLAIN_FILE" > "$WORK/check" 2>&1; then',
      '  cat "$WORK/check" >&2',
      '  fail "restore drill: redis-check-rdb rejects $NAME"',
      'fi',
      'KEYS_READ="$(sed -n \'s/^\\[info\\] \\([0-9][0-9]*\\) keys read$/\\1/p\' "$WORK/check")"',
      'if [ -z "$KEYS_READ" ] || [ "$KEYS_READ" -lt "$MIN_KEYS" ]; then',
      '  fail "restore drill: $NAME holds ${KEYS_READ:-no} keys, fewer than $MIN_KEYS"',
      'fi',
      'log "restore drill OK: $NAME, $KEYS_READ keys"',
    ]);
  }
  return join(blocks);
}
