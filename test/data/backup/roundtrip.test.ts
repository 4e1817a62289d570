/**
 * Backup / restore / restore-drill scripts: unit tests of the renderers, then the generated
 * scripts run for real with `sh` (dash) against throwaway PostgreSQL 15 and Redis 7 servers,
 * age encryption, and rclone talking S3 to an in-process S3-compatible server.
 *
 * Needs Debian packages: `bash scripts/ci/services.sh`.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  BackupDestination,
  DrillScriptOptions,
  DumpScriptOptions,
  RestoreScriptOptions,
  dumpFileName,
  renderBackupScript,
  renderRestoreScript,
  renderScriptEnv,
  renderVerifyScript,
  shQuote,
} from '../../../lib/data/backup/_scripts';
import { FakeS3, PgServer, RedisServer, SCRIPT_PATH, freePort, requireTools, run, runScript, startFakeS3, startPostgres, startRedis, tempDir } from './_servers';

jest.setTimeout(180_000);

/** 2026-11-14T02:15:00Z: day 0 of the simulated schedule. */
const BASE = Date.UTC(2026, 10, 14, 2, 15, 0) / 1000;
const DAY = 86_400;
const at = (day: number): string => String(BASE + day * DAY);

const VOLUME: BackupDestination = { kind: 'volume', path: '/backups/orders' };
const S3: BackupDestination = { kind: 's3', endpoint: 'https://objects.example.net:9000', bucket: 'corp-backups', prefix: 'prod/orders', region: 'eu-central-1' };
const RECIPIENTS = '/etc/backup/age/recipients';
const IDENTITY = '/etc/backup/age/identity';

const variants: Array<[string, () => string]> = [
  ['backup postgres volume', () => renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 7, prefix: 'orders' })],
  ['backup postgres s3 encrypted', () => renderBackupScript({ engine: 'postgres', destination: S3, retentionDays: 30, prefix: 'orders', encryption: { recipientsFile: RECIPIENTS } })],
  ['backup redis volume encrypted', () => renderBackupScript({ engine: 'redis', destination: VOLUME, retentionDays: 7, prefix: 'cache', encryption: { recipientsFile: RECIPIENTS } })],
  ['backup redis s3', () => renderBackupScript({ engine: 'redis', destination: S3, retentionDays: 14, prefix: 'cache' })],
  ['restore postgres volume', () => renderRestoreScript({ engine: 'postgres', destination: VOLUME, prefix: 'orders' })],
  ['restore postgres s3 encrypted target db', () => renderRestoreScript({ engine: 'postgres', destination: S3, prefix: 'orders', targetDatabase: 'orders_restored', encryption: { identityFile: IDENTITY } })],
  ['restore redis volume encrypted', () => renderRestoreScript({ engine: 'redis', destination: VOLUME, prefix: 'cache', encryption: { identityFile: IDENTITY } })],
  ['restore redis s3 appendonly', () => renderRestoreScript({ engine: 'redis', destination: S3, prefix: 'cache', redis: { dataDir: '/var/lib/redis', rdbFileName: 'cache.rdb', appendOnly: true } })],
  ['drill postgres volume', () => renderVerifyScript({ engine: 'postgres', destination: VOLUME, prefix: 'orders' })],
  ['drill postgres s3 encrypted query', () => renderVerifyScript({ engine: 'postgres', destination: S3, prefix: 'orders', encryption: { identityFile: IDENTITY }, sanityQuery: "SELECT 1 FROM users WHERE email LIKE '%@%' LIMIT 1" })],
  ['drill redis volume', () => renderVerifyScript({ engine: 'redis', destination: VOLUME, prefix: 'cache', minKeys: 2 })],
];

/**
 * Quote state of every character of a sh script: a small lexer for the constructs the
 * renderers emit ('...', "...", $( ), ${ }, comments, backslash escapes).
 */
function quoteStates(script: string): Array<'none' | 'single' | 'double' | 'comment'> {
  const states: Array<'none' | 'single' | 'double' | 'comment'> = [];
  type Ctx = 'top' | 'dq' | 'cmd' | 'param';
  const stack: Ctx[] = ['top'];
  const top = (): Ctx => stack[stack.length - 1] ?? 'top';
  const inDq = (): boolean => stack.includes('dq') && top() !== 'cmd';
  let i = 0;
  while (i < script.length) {
    const c = script[i];
    const ctx = top();
    if (c === "'" && ctx !== 'dq') {
      const end = script.indexOf("'", i + 1);
      for (let k = i; k <= end; k++) states[k] = 'single';
      i = end + 1;
      continue;
    }
    if (c === '#' && (ctx === 'top' || ctx === 'cmd') && (i === 0 || /\s/.test(script[i - 1] ?? ''))) {
      const end = script.indexOf('\n', i);
      for (let k = i; k < end; k++) states[k] = 'comment';
      i = end;
      continue;
    }
    if (c === '\\') {
      states[i] = states[i + 1] = inDq() ? 'double' : 'none';
      i += 2;
      continue;
    }
    states[i] = ctx === 'dq' || (inDq() && ctx === 'param') ? 'double' : 'none';
    if (c === '"') {
      if (ctx === 'dq') stack.pop();
      else stack.push('dq');
    } else if (c === '$' && script[i + 1] === '(') {
      stack.push('cmd');
      states[i + 1] = states[i];
      i += 2;
      continue;
    } else if (c === '$' && script[i + 1] === '{') {
      stack.push('param');
      states[i + 1] = states[i];
      i += 2;
      continue;
    } else if (c === ')' && ctx === 'cmd') {
      stack.pop();
    } else if (c === '}' && ctx === 'param') {
      stack.pop();
    }
    i++;
  }
  return states;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const listDir = (dir: string): string[] => fs.readdirSync(dir).sort();

describe('renderers (unit)', () => {
  beforeAll(() => requireTools());

  it.each(variants)('%s: exact text snapshot', (_name, render) => {
    expect(render()).toMatchSnapshot();
  });

  it.each(variants)('%s: is deterministic, passes sh -n and shellcheck -s sh (also with optional checks)', async (_name, render) => {
    const script = render();
    expect(render()).toBe(script);
    const dir = tempDir('lint');
    try {
      const file = path.join(dir, 'script.sh');
      fs.writeFileSync(file, script);
      const syntax = await run('sh', ['-n', file]);
      expect(syntax).toMatchObject({ code: 0, stderr: '' });
      const lint = await run('shellcheck', ['-s', 'sh', file]);
      expect(lint.stdout + lint.stderr).toBe('');
      expect(lint.code).toBe(0);
      // Every optional check too (incl. quote-safe-variables: every expansion quoted), except:
      // SC2250 (braces around every $var: style only), SC2310 (is_dump is a predicate, meant for
      // `if`), SC2312 ($(date) inside log lines: a failing date would only garble a log line).
      const strict = await run('shellcheck', ['-s', 'sh', '-S', 'style', '-o', 'all', '-e', 'SC2250,SC2310,SC2312', file]);
      expect(strict.stdout + strict.stderr).toBe('');
      expect(script.startsWith('#!/bin/sh\n')).toBe(true);
      expect(script).toContain('\nset -eu\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('backup scripts dump, verify, encrypt, store atomically, then prune', () => {
    const pg = renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 7, prefix: 'orders', encryption: { recipientsFile: RECIPIENTS } });
    expect(pg).toContain('pg_dump --format=custom --no-password --file="$PLAIN_FILE"');
    expect(pg).toContain('pg_restore --list "$PLAIN_FILE"');
    expect(pg).toContain('age --encrypt --recipients-file "$AGE_RECIPIENTS_FILE"');
    expect(pg).toContain("AGE_RECIPIENTS_FILE='/etc/backup/age/recipients'");
    expect(pg).toContain("RETENTION_DAYS='7'");
    expect(pg).toContain("BACKUP_DIR='/backups/orders'");
    expect(pg).toContain('NAME="$BACKUP_PREFIX-$STAMP$DUMP_EXT.age"');
    expect(pg).toContain('NOW="${BACKUP_NOW:-$(date -u +%s)}"');
    expect(pg).toContain('mv "$PARTIAL" "$BACKUP_DIR/$2"');
    // prune comes after the store step, which comes after dump + verify
    const order = ['pg_dump --format', 'pg_restore --list', 'age --encrypt', 'put_dump "$WORK/$NAME"', 'delete_dump "$old"'].map((s) => pg.indexOf(s));
    expect(order.every((v, k) => v > 0 && (k === 0 || v > (order[k - 1] ?? 0)))).toBe(true);

    const redis = renderBackupScript({ engine: 'redis', destination: S3, retentionDays: 3, prefix: 'cache' });
    expect(redis).toContain('redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --rdb "$PLAIN_FILE"');
    expect(redis).toContain('REDISCLI_AUTH="$REDIS_PASSWORD"');
    expect(redis).toContain('redis-check-rdb "$PLAIN_FILE"');
    expect(redis).toContain('rclone copyto "$1" "$REMOTE/$2"');
    expect(redis).toContain('rclone deletefile "$REMOTE/$1"');
    expect(redis).toContain("DUMP_EXT='.rdb'");
    expect(redis).not.toContain('age ');
  });

  it('restore and drill scripts use the documented commands', () => {
    const r = renderRestoreScript({ engine: 'postgres', destination: VOLUME, prefix: 'orders', targetDatabase: 'orders_copy', encryption: { identityFile: IDENTITY } });
    expect(r).toContain('pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --no-password --dbname="$TARGET_DB" "$PLAIN_FILE"');
    expect(r).toContain("TARGET_DB='orders_copy'");
    expect(r).toContain('age --decrypt --identity "$AGE_IDENTITY_FILE"');
    expect(r).toContain('if [ -n "${BACKUP_NAME:-}" ]; then');
    const rr = renderRestoreScript({ engine: 'redis', destination: VOLUME, prefix: 'cache', redis: { appendOnly: true } });
    expect(rr).toContain("REDIS_DATA_DIR='/data'");
    expect(rr).toContain("RDB_NAME='dump.rdb'");
    expect(rr).toContain('appendonly.aof.1.base.rdb seq 1 type b');
    expect(rr).toContain('a Redis server answers');
    const d = renderVerifyScript({ engine: 'postgres', destination: VOLUME, prefix: 'Orders.API' });
    expect(d).toContain(`SCRATCH_DB='drill_orders_api_'"$(date -u -d "@$NOW" +%Y%m%d%H%M%S)"`);
    expect(d).toContain('dropdb --if-exists --no-password "$DRILL_DB"');
    expect(d).toContain('createdb --no-password "$SCRATCH_DB"');
    const dr = renderVerifyScript({ engine: 'redis', destination: VOLUME, prefix: 'cache' });
    expect(dr).toContain("MIN_KEYS='1'");
  });

  it('embeds option values only single-quoted; the S3 location and secrets never appear in the text', () => {
    const s3: BackupDestination = { kind: 's3', endpoint: 'https://s3-unique-endpoint.example:4443', bucket: 'unique-bucket-x', prefix: 'unique/prefix', region: 'unique-region-1' };
    const embedded = {
      prefix: 'svc-unique_prefix.v2',
      volume: '/mnt/unique-volume/dir',
      recipients: '/etc/unique-recipients.txt',
      identity: '/etc/unique-identity.key',
      db: 'unique_target_db',
      sql: "SELECT 1 FROM t WHERE x = 'it''s' AND y = \"$HOME\" -- `id` $(id)",
      dataDir: '/unique/redis/data',
      rdb: 'unique.rdb',
    };
    const vol: BackupDestination = { kind: 'volume', path: embedded.volume };
    const scripts = [
      renderBackupScript({ engine: 'postgres', destination: vol, retentionDays: 9, prefix: embedded.prefix, encryption: { recipientsFile: embedded.recipients } }),
      renderBackupScript({ engine: 'redis', destination: s3, retentionDays: 9, prefix: embedded.prefix }),
      renderRestoreScript({ engine: 'postgres', destination: s3, prefix: embedded.prefix, targetDatabase: embedded.db, encryption: { identityFile: embedded.identity } }),
      renderRestoreScript({ engine: 'redis', destination: vol, prefix: embedded.prefix, redis: { dataDir: embedded.dataDir, rdbFileName: embedded.rdb } }),
      renderVerifyScript({ engine: 'postgres', destination: vol, prefix: embedded.prefix, sanityQuery: embedded.sql, encryption: { identityFile: embedded.identity } }),
      renderVerifyScript({ engine: 'redis', destination: s3, prefix: embedded.prefix }),
    ];
    for (const script of scripts) {
      for (const v of [s3.endpoint, s3.bucket, s3.prefix, s3.region ?? '']) expect(script).not.toContain(v);
      const states = quoteStates(script);
      for (const v of Object.values(embedded)) {
        for (const pos of occurrences(script, v)) {
          expect({ v, state: states[pos], line: script.slice(script.lastIndexOf('\n', pos) + 1, script.indexOf('\n', pos)) }).toMatchObject({ state: 'single' });
        }
      }
      for (const word of ['PGPASSWORD=', 'REDIS_PASSWORD=', 'AWS_SECRET_ACCESS_KEY=', 'AGE-SECRET-KEY', 'age1']) expect(script).not.toContain(word);
    }
    // the embedded SQL is a single word whose value is exactly the option
    expect(scripts[4]).toContain(`DRILL_SQL=${shQuote(embedded.sql)}`);
  });

  it('the quote-state lexer used above tells single, double, unquoted and comment apart', () => {
    const src = `A='v' B="v" C=v D="$(x "v")" F="$(x v)" E="\${Y:-v}" # v\n`;
    const st = quoteStates(src);
    expect(occurrences(src, 'v').map((i) => st[i])).toEqual(['single', 'double', 'none', 'double', 'none', 'double', 'comment']);
  });

  it('shQuote gives sh exactly the original string', async () => {
    const nasty = "a'b\"c$(id)`id`\\n $HOME\n\t;|&*?[]{}~";
    const r = await run('sh', ['-c', `printf '%s' ${shQuote(nasty)}`]);
    expect(r.stdout).toBe(nasty);
  });

  it('renderScriptEnv gives the S3 location for the manifest; nothing for a volume', () => {
    expect(renderScriptEnv({ destination: S3 })).toEqual([
      { name: 'S3_ENDPOINT', value: 'https://objects.example.net:9000' },
      { name: 'S3_BUCKET', value: 'corp-backups' },
      { name: 'S3_PREFIX', value: 'prod/orders' },
      { name: 'S3_REGION', value: 'eu-central-1' },
    ]);
    expect(renderScriptEnv({ destination: VOLUME })).toEqual([]);
  });

  it('dumpFileName is sortable UTC', () => {
    expect(dumpFileName('orders', 'postgres', BASE, false)).toBe('orders-20261114T021500Z.pgdump');
    expect(dumpFileName('cache', 'redis', BASE + 9 * DAY + 1, true)).toBe('cache-20261123T021501Z.rdb.age');
  });

  it('rejects option values that are unsafe or wrong', () => {
    const ok: DumpScriptOptions = { engine: 'postgres', destination: VOLUME, retentionDays: 7, prefix: 'orders' };
    const bad: Array<[Partial<DumpScriptOptions>, RegExp]> = [
      [{ prefix: 'a b' }, /prefix/],
      [{ prefix: '$(id)' }, /prefix/],
      [{ prefix: '../x' }, /prefix/],
      [{ destination: { kind: 'volume', path: 'relative' } }, /absolute/],
      [{ destination: { kind: 'volume', path: '/a/../etc' } }, /absolute/],
      [{ destination: { kind: 'volume', path: "/a'b" } }, /absolute/],
      [{ retentionDays: 0 }, /retentionDays/],
      [{ retentionDays: 1.5 }, /retentionDays/],
      [{ encryption: { recipientsFile: '/etc/$(id)' } }, /recipientsFile/],
      [{ destination: { ...(S3 as object), endpoint: 'https://key:secret@s3.example' } as BackupDestination }, /without credentials/],
      [{ destination: { ...(S3 as object), endpoint: 'ftp://s3.example' } as BackupDestination }, /http/],
      [{ destination: { ...(S3 as object), bucket: 'Bad_Bucket' } as BackupDestination }, /bucket/],
      [{ destination: { ...(S3 as object), prefix: '/lead' } as BackupDestination }, /prefix/],
      [{ destination: { ...(S3 as object), region: 'eu west' } as BackupDestination }, /region/],
    ];
    expect(() => renderBackupScript(ok)).not.toThrow();
    for (const [patch, msg] of bad) expect(() => renderBackupScript({ ...ok, ...patch })).toThrow(msg);
    expect(() => renderRestoreScript({ engine: 'postgres', destination: VOLUME, prefix: 'o', targetDatabase: 'x;drop' })).toThrow(/targetDatabase/);
    expect(() => renderRestoreScript({ engine: 'redis', destination: VOLUME, prefix: 'o', targetDatabase: 'x' })).toThrow(/postgres only/);
    expect(() => renderVerifyScript({ engine: 'postgres', destination: VOLUME, prefix: 'o', sanityQuery: ' ' })).toThrow(/sanityQuery/);
    expect(() => renderVerifyScript({ engine: 'postgres', destination: VOLUME, prefix: 'o', minKeys: 1 })).toThrow(/redis only/);
  });

  // A '.' or '..' segment of the S3 prefix is rejected by every script (BackupDestination.s3() rejects it first, with
  // its own message); dots inside a segment are plain characters.
  it.each(['.', '..', 'prod/.', 'prod/..', '../prod', 'prod/./orders', 'prod/../orders'])('rejects the S3 prefix %p: a . or .. segment', (prefix) => {
    const destination: BackupDestination = { ...S3, prefix };
    const message = `destination.prefix ${JSON.stringify(prefix)} must be empty or segments of [A-Za-z0-9._-] joined by '/', no leading or trailing '/'`;
    expect(() => renderBackupScript({ engine: 'postgres', destination, retentionDays: 7, prefix: 'orders' })).toThrow(message);
    expect(() => renderRestoreScript({ engine: 'postgres', destination, prefix: 'orders' })).toThrow(message);
    expect(() => renderVerifyScript({ engine: 'postgres', destination, prefix: 'orders' })).toThrow(message);
    expect(() => renderScriptEnv({ destination })).toThrow(message);
  });

  it.each(['.hidden', '...', 'prod/..orders', 'orders../x'])('accepts the S3 prefix %p: dots within a segment', (prefix) => {
    expect(renderScriptEnv({ destination: { ...S3, prefix } })).toContainEqual({ name: 'S3_PREFIX', value: prefix });
  });
});

// ---------------------------------------------------------------------------------------------
// Real round trips
// ---------------------------------------------------------------------------------------------

async function makeAgeKeys(dir: string, name: string): Promise<{ identity: string; recipients: string; publicKey: string }> {
  const identity = path.join(dir, `${name}.key`);
  const recipients = path.join(dir, `${name}.pub`);
  const gen = await run('age-keygen', ['-o', identity]);
  expect(gen.code).toBe(0);
  const pub = await run('age-keygen', ['-y', identity]);
  expect(pub.code).toBe(0);
  fs.writeFileSync(recipients, pub.stdout);
  return { identity, recipients, publicKey: pub.stdout.trim() };
}

const USERS_SQL = "SELECT coalesce(json_agg(u ORDER BY u.id), '[]') FROM users u";

describe('PostgreSQL round trip (real server, scripts run with sh)', () => {
  let pg: PgServer;
  let work: string;
  let keys: { identity: string; recipients: string; publicKey: string };
  const rowsAtDay: string[] = [];

  const users = (db: string): Promise<string> => pg.psql(db, USERS_SQL).then((s) => s.trim());
  const sh = (script: string, env: Record<string, string> = {}, db = 'app') => runScript(script, { ...pg.env(db), ...env }, work);

  beforeAll(async () => {
    requireTools();
    pg = await startPostgres();
    work = tempDir('pgwork');
    keys = await makeAgeKeys(work, 'k1');
    await pg.psql('postgres', 'CREATE DATABASE app');
    await pg.psql('app', 'CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE)');
    await pg.psql('app', "INSERT INTO users (name, email) VALUES ('Ada Lovelace', 'ada@example.com'), ('Grace Hopper', 'grace@example.com'), ('O''Brien, \"Q\"', 'q@example.com')");
  });

  afterAll(async () => {
    await pg?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const dir = (): string => path.join(work, 'backups');
  const plainBackup = (): string => renderBackupScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, retentionDays: 7, prefix: 'app' });
  const name = (day: number, enc = false): string => dumpFileName('app', 'postgres', BASE + day * DAY, enc);

  it('daily backups on days 0..9 with retention 7 keep exactly the dumps of days 2..9, and nothing else is touched', async () => {
    fs.mkdirSync(dir(), { recursive: true });
    const unrelated = ['notes.txt', 'other-20261101T000000Z.pgdump', 'app-20200101T000000Z.pgdump.bak', 'app-cache-20200101T000000Z.pgdump'];
    for (const f of unrelated) fs.writeFileSync(path.join(dir(), f), 'keep me');
    const script = plainBackup();
    for (let day = 0; day <= 9; day++) {
      await pg.psql('app', `INSERT INTO users (name, email) VALUES ('Day ${day}', 'day${day}@example.com')`);
      rowsAtDay[day] = await users('app');
      const r = await sh(script, { BACKUP_NOW: at(day) });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`stored ${name(day)} in ${dir()}`);
      expect(r.stdout).toContain(`backup OK: ${name(day)}`);
      const expected = [];
      for (let d = Math.max(0, day - 7); d <= day; d++) expected.push(name(d));
      expect(listDir(dir())).toEqual([...expected, ...unrelated].sort());
      if (day >= 8) expect(r.stdout).toContain(`pruned ${name(day - 8)} (older than 7 days)`);
    }
    expect(listDir(path.join(work, 'tmp'))).toEqual([]); // scratch dirs removed
  });

  it('a dump just over the retention is pruned, one exactly at it is kept (decided by the name, not mtime)', async () => {
    const d = path.join(work, 'edge');
    fs.mkdirSync(d);
    const script = renderBackupScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, retentionDays: 7, prefix: 'app' });
    const now = BASE + 20 * DAY;
    const exactly = dumpFileName('app', 'postgres', now - 7 * DAY, false);
    const over = dumpFileName('app', 'postgres', now - 7 * DAY - 1, false);
    const future = dumpFileName('app', 'postgres', now + DAY, false);
    for (const f of [exactly, over, future]) fs.writeFileSync(path.join(d, f), 'x'); // fresh mtime on all
    const r = await sh(script, { BACKUP_NOW: String(now) });
    expect(r.code).toBe(0);
    expect(listDir(d)).toEqual([exactly, dumpFileName('app', 'postgres', now, false), future].sort());
    expect(r.stdout).toContain(`pruned ${over}`);
  });

  it('restores the newest dump into a fresh database and into the changed database: rows equal what was backed up', async () => {
    await pg.psql('app', "DELETE FROM users WHERE email = 'ada@example.com'; UPDATE users SET name = 'changed' WHERE id = 2; INSERT INTO users (name, email) VALUES ('late', 'late@example.com')");
    expect(await users('app')).not.toBe(rowsAtDay[9]);
    const restore = renderRestoreScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, prefix: 'app' });

    await pg.psql('postgres', 'CREATE DATABASE fresh');
    const r1 = await sh(restore, { RESTORE_DATABASE: 'fresh' });
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    expect(r1.stdout).toContain(`using dump ${name(9)}`);
    expect(r1.stdout).toContain(`restore OK: ${name(9)} restored into fresh`);
    expect(await users('fresh')).toBe(rowsAtDay[9]);

    const r2 = await sh(restore); // into PGDATABASE=app, --clean --if-exists over the changed data
    expect(r2.code).toBe(0);
    expect(await users('app')).toBe(rowsAtDay[9]);
    expect(await pg.psql('app', "SELECT nextval('users_id_seq') > max(id) FROM users")).toBe('t\n');
  });

  it('restores a named dump (BACKUP_NAME) and refuses unknown or foreign names', async () => {
    const restore = renderRestoreScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, prefix: 'app', targetDatabase: 'day5' });
    await pg.psql('postgres', 'CREATE DATABASE day5');
    const r = await sh(restore, { BACKUP_NAME: name(5) });
    expect(r.code).toBe(0);
    expect(await users('day5')).toBe(rowsAtDay[5]);

    const gone = await sh(restore, { BACKUP_NAME: name(1) });
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain(`FAILED: dump ${name(1)} not found in ${dir()}`);
    const foreign = await sh(restore, { BACKUP_NAME: 'other-20261101T000000Z.pgdump' });
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toContain("FAILED: BACKUP_NAME 'other-20261101T000000Z.pgdump' is not a dump of this policy");
    const traversal = await sh(restore, { BACKUP_NAME: `../backups/${name(5)}` });
    expect(traversal.code).not.toBe(0);
  });

  it('restore drill restores into a scratch database, checks it, and drops it', async () => {
    const drill = renderVerifyScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, prefix: 'app' });
    const r = await sh(drill, { BACKUP_NOW: at(10) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created scratch database drill_app_20261124021500');
    expect(r.stdout).toContain('sanity check: 1 table(s) restored');
    expect(r.stdout).toContain(`restore drill OK: ${name(9)}`);
    expect(r.stdout).toContain('dropped scratch database drill_app_20261124021500');
    expect(await pg.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")).toBe('0\n');

    const withQuery = renderVerifyScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, prefix: 'app', sanityQuery: "SELECT id FROM users WHERE email = 'day9@example.com'" });
    const q = await sh(withQuery);
    expect(q.code).toBe(0);
    expect(q.stdout).toContain('sanity query returned 1 row(s)');

    const noRow = renderVerifyScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, prefix: 'app', sanityQuery: "SELECT id FROM users WHERE email = 'nobody@example.com'" });
    const n = await sh(noRow);
    expect(n.code).not.toBe(0);
    expect(n.stderr).toContain(`FAILED: restore drill: the sanity query returned no row on ${name(9)}`);
    expect(await pg.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")).toBe('0\n');
  });

  it('restore drill fails on a broken, a truncated and an empty-database dump', async () => {
    const d = path.join(work, 'broken');
    fs.mkdirSync(d);
    const drill = renderVerifyScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, prefix: 'app' });

    fs.writeFileSync(path.join(d, name(10)), 'this is not a pg_dump archive\n');
    const garbage = await sh(drill);
    expect(garbage.code).not.toBe(0);
    expect(garbage.stderr).toContain(`FAILED: restore drill: pg_restore of ${name(10)} into drill_app_`);

    const good = fs.readFileSync(path.join(dir(), name(9)));
    fs.writeFileSync(path.join(d, name(11)), good.subarray(0, Math.floor(good.length / 2)));
    const truncated = await sh(drill);
    expect(truncated.code).not.toBe(0);
    expect(truncated.stderr).toContain(`FAILED: restore drill: pg_restore of ${name(11)}`);

    fs.writeFileSync(path.join(d, name(12)), Buffer.alloc(0));
    const empty = await sh(drill);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain(`FAILED: restore drill: pg_restore of ${name(12)}`);

    await pg.psql('postgres', 'CREATE DATABASE emptydb');
    const backupEmpty = renderBackupScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, retentionDays: 30, prefix: 'app' });
    expect((await sh(backupEmpty, { BACKUP_NOW: at(13) }, 'emptydb')).code).toBe(0);
    const noTables = await sh(drill);
    expect(noTables.code).not.toBe(0);
    expect(noTables.stderr).toContain(`FAILED: restore drill: ${name(13)} restored no table`);
    expect(await pg.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")).toBe('0\n');
  });

  it('a failed backup exits non-zero, leaves no partial file and prunes nothing', async () => {
    const before = listDir(dir());
    const script = plainBackup();
    const badPw = await sh(script, { BACKUP_NOW: at(40), PGPASSWORD: 'wrong' });
    expect(badPw.code).not.toBe(0);
    expect(badPw.stderr).toContain('FAILED: pg_dump of app failed');
    expect(badPw.stdout).not.toContain('pruned');
    expect(listDir(dir())).toEqual(before);

    const noDb = await sh(script, { BACKUP_NOW: at(40), PGDATABASE: 'does_not_exist' });
    expect(noDb.code).not.toBe(0);
    expect(listDir(dir())).toEqual(before);

    const noRecipients = renderBackupScript({ engine: 'postgres', destination: { kind: 'volume', path: dir() }, retentionDays: 7, prefix: 'app', encryption: { recipientsFile: path.join(work, 'missing.pub') } });
    const r = await sh(noRecipients, { BACKUP_NOW: at(40) });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is not readable');
    expect(listDir(dir())).toEqual(before);

    const same = await sh(script, { BACKUP_NOW: at(9) });
    expect(same.code).not.toBe(0);
    expect(same.stderr).toContain(`FAILED: ${name(9)} already exists`);
    expect(listDir(dir())).toEqual(before);

    const badNow = await sh(script, { BACKUP_NOW: 'yesterday' });
    expect(badNow.code).not.toBe(0);
    expect(badNow.stderr).toContain("BACKUP_NOW must be epoch seconds, got 'yesterday'");
    expect(listDir(path.join(work, 'tmp'))).toEqual([]);
  });

  it('age encryption: dumps are unreadable without the identity, restore and drill decrypt them', async () => {
    const d = path.join(work, 'encrypted');
    const backup = renderBackupScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, retentionDays: 1, prefix: 'app', encryption: { recipientsFile: keys.recipients } });
    expect(backup).not.toContain(keys.publicKey);
    for (const day of [0, 1, 2]) {
      const r = await sh(backup, { BACKUP_NOW: at(day) });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`encrypted with age for the recipients in ${keys.recipients}`);
    }
    expect(listDir(d)).toEqual([name(1, true), name(2, true)]);
    const file = path.join(d, name(2, true));
    expect(fs.readFileSync(file).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    const asPg = await run('pg_restore', ['--list', file], { env: { PATH: SCRIPT_PATH } });
    expect(asPg.code).not.toBe(0);
    const decrypted = path.join(work, 'decrypted.pgdump');
    expect((await run('age', ['--decrypt', '--identity', keys.identity, '--output', decrypted, file])).code).toBe(0);
    expect((await run('pg_restore', ['--list', decrypted], { env: { PATH: SCRIPT_PATH } })).code).toBe(0);

    const expected = await users('app');
    await pg.psql('postgres', 'CREATE DATABASE from_encrypted');
    const restore = renderRestoreScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, prefix: 'app', encryption: { identityFile: keys.identity } });
    const r = await sh(restore, { RESTORE_DATABASE: 'from_encrypted' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`decrypted ${name(2, true)} with age`);
    expect(await users('from_encrypted')).toBe(expected);

    const noIdentity = renderRestoreScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, prefix: 'app' });
    const n = await sh(noIdentity, { RESTORE_DATABASE: 'from_encrypted' });
    expect(n.code).not.toBe(0);
    expect(n.stderr).toContain(`FAILED: ${name(2, true)} is encrypted but no age identity file is configured`);

    const other = await makeAgeKeys(work, 'k2');
    const wrongKey = renderRestoreScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, prefix: 'app', encryption: { identityFile: other.identity } });
    const w = await sh(wrongKey, { RESTORE_DATABASE: 'from_encrypted' });
    expect(w.code).not.toBe(0);
    expect(w.stderr).toContain(`FAILED: could not decrypt ${name(2, true)}`);
    expect(await users('from_encrypted')).toBe(expected);

    const drill = renderVerifyScript({ engine: 'postgres', destination: { kind: 'volume', path: d }, prefix: 'app', encryption: { identityFile: keys.identity } });
    const dr = await sh(drill);
    expect(dr.code).toBe(0);
    expect(dr.stdout).toContain(`restore drill OK: ${name(2, true)}`);
  });
});

describe('Redis round trip (real servers, scripts run with sh)', () => {
  const PASSWORD = 'redis-test-pw';
  let src: RedisServer;
  let work: string;
  let keys: { identity: string; recipients: string; publicKey: string };
  let downPort: number; // nothing listens there: "Redis is stopped"
  let backedUp: Awaited<ReturnType<RedisServer['snapshot']>>;

  const name = (day: number, enc = false, prefix = 'cache'): string => dumpFileName(prefix, 'redis', BASE + day * DAY, enc);
  const env = (port: number, extra: Record<string, string> = {}): Record<string, string> => ({ REDIS_HOST: '127.0.0.1', REDIS_PORT: String(port), REDIS_PASSWORD: PASSWORD, ...extra });
  const dir = (): string => path.join(work, 'backups');

  beforeAll(async () => {
    requireTools();
    work = tempDir('rediswork');
    keys = await makeAgeKeys(work, 'k');
    src = await startRedis({ password: PASSWORD });
    downPort = await freePort();
    await src.command('SET', 'greeting', 'héllo\nwörld');
    await src.command('HSET', 'user:1', 'name', 'Ada', 'email', 'ada@example.com');
    await src.command('RPUSH', 'queue', 'a', 'b', 'c', 'a');
    await src.command('SADD', 'tags', 'x', 'y', 'z');
    await src.command('ZADD', 'scores', '1.5', 'p', '10', 'q');
    await src.command('SET', 'session:abc', 'token', 'EX', '100000');
  });

  afterAll(async () => {
    await src?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('daily backups on days 0..9 with retention 7 keep exactly days 2..9', async () => {
    const script = renderBackupScript({ engine: 'redis', destination: { kind: 'volume', path: dir() }, retentionDays: 7, prefix: 'cache' });
    fs.mkdirSync(dir(), { recursive: true });
    for (let day = 0; day <= 9; day++) {
      await src.command('SET', `day:${day}`, String(day));
      const r = await runScript(script, env(src.port, { BACKUP_NOW: at(day) }), work);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`backup OK: ${name(day)}`);
      expect(r.stdout).toMatch(new RegExp(`dump verified: \\d+ bytes, ${7 + day} keys`));
    }
    backedUp = await src.snapshot();
    expect(Object.keys(backedUp)).toHaveLength(16);
    expect(listDir(dir())).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((d) => name(d)));
  });

  it('restores the newest RDB into a stopped Redis data dir; the restarted server has exactly the backed-up keys', async () => {
    await src.command('DEL', 'greeting');
    await src.command('SET', 'after-backup', '1');
    const dataDir = path.join(work, 'data1');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'dump.rdb'), 'old data');
    const restore = renderRestoreScript({ engine: 'redis', destination: { kind: 'volume', path: dir() }, prefix: 'cache', redis: { dataDir } });
    const r = await runScript(restore, env(downPort, { BACKUP_NOW: at(20) }), work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`restore OK: ${name(9)} (16 keys) installed as ${dataDir}/dump.rdb`);
    expect(listDir(dataDir)).toEqual(['dump.rdb', 'dump.rdb.pre-restore-20261204T021500Z']);
    const restored = await startRedis({ password: PASSWORD, dir: dataDir });
    try {
      expect(await restored.snapshot()).toEqual(backedUp);
    } finally {
      await restored.stop();
    }
  });

  it('with appendonly yes the restore seeds appendonlydir, which Redis 7 loads', async () => {
    const dataDir = path.join(work, 'data-aof');
    fs.mkdirSync(path.join(dataDir, 'appendonlydir'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'appendonlydir', 'appendonly.aof.manifest'), 'stale');
    const restore = renderRestoreScript({ engine: 'redis', destination: { kind: 'volume', path: dir() }, prefix: 'cache', redis: { dataDir, appendOnly: true } });
    const r = await runScript(restore, env(downPort, { BACKUP_NOW: at(21) }), work);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('moved existing appendonlydir aside to appendonlydir.pre-restore-20261205T021500Z');
    const restored = await startRedis({ password: PASSWORD, dir: dataDir, appendOnly: true });
    try {
      expect(await restored.snapshot()).toEqual(backedUp);
    } finally {
      await restored.stop();
    }
  });

  it('refuses to restore while a Redis server answers, and leaves the data dir alone', async () => {
    const dataDir = path.join(work, 'data-running');
    fs.mkdirSync(dataDir);
    const restore = renderRestoreScript({ engine: 'redis', destination: { kind: 'volume', path: dir() }, prefix: 'cache', redis: { dataDir } });
    const r = await runScript(restore, env(src.port), work);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`FAILED: a Redis server answers at 127.0.0.1:${src.port}; stop it`);
    expect(listDir(dataDir)).toEqual([]);
  });

  it('encrypted backup, restore with the identity, drill; drill fails on broken and empty dumps', async () => {
    const d = path.join(work, 'enc');
    const backup = renderBackupScript({ engine: 'redis', destination: { kind: 'volume', path: d }, retentionDays: 7, prefix: 'cache', encryption: { recipientsFile: keys.recipients } });
    const expected = await src.snapshot();
    const b = await runScript(backup, env(src.port, { BACKUP_NOW: at(30) }), work);
    expect(b.code).toBe(0);
    const file = path.join(d, name(30, true));
    expect(listDir(d)).toEqual([name(30, true)]);
    expect(fs.readFileSync(file).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect((await run('redis-check-rdb', [file])).code).not.toBe(0);

    const dataDir = path.join(work, 'data-enc');
    fs.mkdirSync(dataDir);
    const restore = renderRestoreScript({ engine: 'redis', destination: { kind: 'volume', path: d }, prefix: 'cache', encryption: { identityFile: keys.identity }, redis: { dataDir } });
    expect((await runScript(restore, env(downPort), work)).code).toBe(0);
    const restored = await startRedis({ password: PASSWORD, dir: dataDir });
    try {
      expect(await restored.snapshot()).toEqual(expected);
    } finally {
      await restored.stop();
    }

    const drill = renderVerifyScript({ engine: 'redis', destination: { kind: 'volume', path: d }, prefix: 'cache', encryption: { identityFile: keys.identity } });
    const ok = await runScript(drill, {}, work);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`restore drill OK: ${name(30, true)}, ${Object.keys(expected).length} keys`);

    fs.writeFileSync(path.join(d, name(31)), 'REDIS0010 but not really');
    const broken = await runScript(drill, {}, work);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain(`FAILED: restore drill: redis-check-rdb rejects ${name(31)}`);

    const empty = await startRedis({ password: PASSWORD });
    try {
      const e = path.join(work, 'empty');
      const backupEmpty = renderBackupScript({ engine: 'redis', destination: { kind: 'volume', path: e }, retentionDays: 7, prefix: 'cache' });
      expect((await runScript(backupEmpty, env(empty.port, { BACKUP_NOW: at(32) }), work)).code).toBe(0);
      const emptyDrill = renderVerifyScript({ engine: 'redis', destination: { kind: 'volume', path: e }, prefix: 'cache' });
      const r = await runScript(emptyDrill, {}, work);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`FAILED: restore drill: ${name(32)} holds 0 keys, fewer than 1`);
    } finally {
      await empty.stop();
    }
  });

  it('a failed Redis backup (wrong password) exits non-zero and prunes nothing', async () => {
    const before = listDir(dir());
    const script = renderBackupScript({ engine: 'redis', destination: { kind: 'volume', path: dir() }, retentionDays: 1, prefix: 'cache' });
    const r = await runScript(script, env(src.port, { BACKUP_NOW: at(60), REDIS_PASSWORD: 'wrong' }), work);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('FAILED: redis-cli --rdb failed');
    expect(listDir(dir())).toEqual(before);
  });
});

describe('S3 destination: rclone against an in-process S3-compatible server', () => {
  const AKID = 'AKIDBACKUPTEST01';
  const SECRET = 'secret-never-in-scripts';
  let s3: FakeS3;
  let pg: PgServer;
  let redis: RedisServer;
  let work: string;
  let keys: { identity: string; recipients: string; publicKey: string };
  let dest: BackupDestination;

  beforeAll(async () => {
    requireTools();
    work = tempDir('s3work');
    keys = await makeAgeKeys(work, 'k');
    s3 = await startFakeS3({ accessKeyId: AKID, buckets: ['team-backups'] });
    dest = { kind: 's3', endpoint: s3.endpoint, bucket: 'team-backups', prefix: 'prod/app', region: 'us-east-1' };
    pg = await startPostgres();
    redis = await startRedis({ password: 'pw' });
    await pg.psql('postgres', 'CREATE DATABASE app');
    await pg.psql('app', "CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE); INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com'), ('Linus', 'linus@example.com')");
    await redis.command('HSET', 'user:1', 'name', 'Ada');
    await redis.command('SET', 'counter', '42');
  });

  afterAll(async () => {
    await pg?.stop();
    await redis?.stop();
    await s3?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const s3env = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...Object.fromEntries(renderScriptEnv({ destination: dest }).map((e) => [e.name, e.value])),
    AWS_ACCESS_KEY_ID: AKID,
    AWS_SECRET_ACCESS_KEY: SECRET,
    ...extra,
  });
  const pgName = (day: number): string => dumpFileName('app', 'postgres', BASE + day * DAY, true);

  it('encrypted Postgres backups on days 0..9, retention 7: exactly days 2..9 remain under the prefix', async () => {
    const bucket = s3.buckets.get('team-backups');
    bucket?.set('prod/app/README.txt', Buffer.from('keep'));
    bucket?.set('prod/other/app-20261114T021500Z.pgdump.age', Buffer.from('keep'));
    const script = renderBackupScript({ engine: 'postgres', destination: dest, retentionDays: 7, prefix: 'app', encryption: { recipientsFile: keys.recipients } });
    expect(script).not.toContain(SECRET);
    expect(script).not.toContain(AKID);
    for (let day = 0; day <= 9; day++) {
      const r = await runScript(script, { ...pg.env('app'), ...s3env({ BACKUP_NOW: at(day) }) }, work);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`stored ${pgName(day)} in s3 ${s3.endpoint} team-backups/prod/app`);
    }
    expect(s3.keys('team-backups')).toEqual(
      ['prod/app/README.txt', ...[2, 3, 4, 5, 6, 7, 8, 9].map((d) => `prod/app/${pgName(d)}`), 'prod/other/app-20261114T021500Z.pgdump.age'].sort(),
    );
    expect(bucket?.get(`prod/app/${pgName(9)}`)?.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(s3.unauthorized).toEqual([]);
    expect(s3.requests.some((q) => q.startsWith('PUT /team-backups/prod/app/'))).toBe(true);
    expect(s3.requests.some((q) => q.startsWith('DELETE /team-backups/prod/app/'))).toBe(true);
  });

  it('restores and drills the newest dump from S3', async () => {
    const expected = await pg.psql('app', USERS_SQL);
    await pg.psql('app', 'DELETE FROM users');
    await pg.psql('postgres', 'CREATE DATABASE restored');
    const restore = renderRestoreScript({ engine: 'postgres', destination: dest, prefix: 'app', targetDatabase: 'restored', encryption: { identityFile: keys.identity } });
    const r = await runScript(restore, { ...pg.env('app'), ...s3env() }, work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`using dump ${pgName(9)}`);
    expect(await pg.psql('restored', USERS_SQL)).toBe(expected);

    const drill = renderVerifyScript({ engine: 'postgres', destination: dest, prefix: 'app', encryption: { identityFile: keys.identity }, sanityQuery: "SELECT 1 FROM users WHERE email = 'linus@example.com'" });
    const d = await runScript(drill, { ...pg.env('app'), ...s3env() }, work);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain(`restore drill OK: ${pgName(9)}`);
    expect(s3.unauthorized).toEqual([]);
  });

  it('Redis to S3 and back', async () => {
    const expected = await redis.snapshot();
    const backup = renderBackupScript({ engine: 'redis', destination: dest, retentionDays: 7, prefix: 'cache' });
    const b = await runScript(backup, { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redis.port), REDIS_PASSWORD: 'pw', ...s3env({ BACKUP_NOW: at(3) }) }, work);
    expect(b.code).toBe(0);
    expect(s3.keys('team-backups')).toContain(`prod/app/${dumpFileName('cache', 'redis', BASE + 3 * DAY, false)}`);
    const dataDir = path.join(work, 'redis-data');
    fs.mkdirSync(dataDir);
    const restore = renderRestoreScript({ engine: 'redis', destination: dest, prefix: 'cache', redis: { dataDir } });
    const r = await runScript(restore, s3env(), work);
    expect(r.code).toBe(0);
    const restored = await startRedis({ password: 'pw', dir: dataDir });
    try {
      expect(await restored.snapshot()).toEqual(expected);
    } finally {
      await restored.stop();
    }
  });

  it('wrong credentials: the backup fails and nothing is pruned; missing S3 env is reported', async () => {
    const before = s3.keys('team-backups');
    const script = renderBackupScript({ engine: 'postgres', destination: dest, retentionDays: 1, prefix: 'app', encryption: { recipientsFile: keys.recipients } });
    const r = await runScript(script, { ...pg.env('app'), ...s3env({ BACKUP_NOW: at(50), AWS_ACCESS_KEY_ID: 'WRONGKEY' }) }, work);
    expect(r.code).not.toBe(0);
    expect(s3.keys('team-backups')).toEqual(before);
    expect(s3.unauthorized.length).toBeGreaterThan(0);

    const { S3_BUCKET: _omit, ...noBucket } = s3env();
    const m = await runScript(script, { ...pg.env('app'), ...noBucket }, work);
    expect(m.code).not.toBe(0);
    expect(m.stderr).toContain('S3_BUCKET must be set');
  });
});

// Type-level check that the option types stay assignable as documented.
const _typecheck: [DumpScriptOptions, RestoreScriptOptions, DrillScriptOptions] = [
  { engine: 'postgres', destination: { kind: 'volume', path: '/b' }, retentionDays: 7, prefix: 'p' },
  { engine: 'redis', destination: { kind: 's3', endpoint: 'https://s3', bucket: 'bkt', prefix: '' }, prefix: 'p', redis: { dataDir: '/data' } },
  { engine: 'postgres', destination: { kind: 'volume', path: '/b' }, prefix: 'p', sanityQuery: 'SELECT 1' },
];
void _typecheck;
