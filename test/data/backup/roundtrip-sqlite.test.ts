/**
 * The SQLite backup round trip of seed 000's notes app, with the real tools: the example app's production blueprint
 * (apps/rust-notes.ts, `rust-notes-production`) is synthesized, its scripts ConfigMap written to a directory and its
 * backup, restore and drill CronJobs' commands run with `sh` (dash) and the env those CronJobs give, as their users
 * — against a database with the seed's schema (`CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name
 * TEXT)`) written by Debian's sqlite3 as the app's user (the rust-sqlite test service still writes a plain file;
 * when it writes SQLite, the database it writes belongs here). dump (VACUUM INTO) → encrypt (age) → prune → restore
 * → rows compared. The data directory stands for the app's volume: made for the pod's fsGroup as the kubelet makes
 * it, and read-only (mode 0555, the file 0444) while the backup runs, as the CronJob mounts it.
 *
 * Needs Debian packages: `sh scripts/ci/services.sh` (sqlite3, age among them).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { BlueprintTesting } from '../../../lib';
import { StatefulWorkload } from '../../../lib/data/stateful-workload';
import { buildExamples } from '../../../apps/index';
import { NOTES_DATABASE } from '../../../apps/rust-notes';
import { ShippedBackup, ShippedJob, runJob, scriptsOnDisk, shippedIn } from './_jobs';
import { CAN_SWITCH_USER, RunAs, freePort, requireTools, run, secretFile, tempDir, volumeDir } from './_servers';

jest.setTimeout(180_000);

/** 2026-11-14T01:00:00Z: day 0 of the simulated schedule (the policy runs daily at 01:00 UTC). */
const BASE = Date.UTC(2026, 10, 14, 1, 0, 0) / 1000;
const DAY = 86_400;
const at = (day: number): string => String(BASE + day * DAY);
const SCHEMA = 'CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT)';

/** The example's production blueprint, synthesized, and what its notes' backup policy ships. */
function exampleJobs(): ShippedBackup {
  const app = buildExamples();
  const bp = app.node.findChild('rust-notes-production');
  return shippedIn(BlueprintTesting.synth(bp as any), bp.node.findChild('notes') as StatefulWorkload);
}

const sql = (s: string): string => `'${s.replace(/'/g, "''")}'`;
/** The rows of `db` as JSON lines, in id order (read by the test as root, read-only). */
async function users(db: string): Promise<string> {
  const r = await run('sqlite3', ['-readonly', '-json', db, 'SELECT id, name FROM users ORDER BY id']);
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('SQLite round trip: seed 000\'s notes app (the example rust-notes-production), the shipped scripts run with sh', () => {
  const jobs = exampleJobs();
  const app: RunAs = jobs.serverUser;
  const fsGroup = jobs.serverUser.fsGroup;
  let work: string;
  let data: string;
  let db: string;
  let backups: string;
  let keys: { identity: string; recipients: string };
  const rowsAtDay: string[] = [];

  /** sqlite3 as the app: what the app's process does to its database. */
  const appSql = async (statements: string): Promise<void> => {
    const r = await run('sqlite3', ['-bail', '-cmd', '.timeout 10000', db], { input: statements, runAs: app });
    if (r.code !== 0) throw new Error(`sqlite3 as the app failed: ${r.stderr}`);
  };
  /**
   * The app's connection held open after `statements` (as the running app holds it): in WAL mode with automatic
   * checkpoints off, what it committed is in the -wal file only. `close()` ends it cleanly, `crash()` kills it.
   */
  const holdOpen = (statements: string): Promise<{ close: () => Promise<void>; crash: () => Promise<void> }> => new Promise((resolve, reject) => {
    const as = CAN_SWITCH_USER ? { uid: app.uid, gid: app.gid } : {};
    const child = spawn('sqlite3', ['-bail', '-cmd', '.timeout 10000', db], { stdio: ['pipe', 'pipe', 'pipe'], ...as });
    const exited = new Promise<void>((r) => child.on('close', () => r()));
    let out = '';
    child.on('error', reject);
    child.stderr.on('data', (d) => reject(new Error(`sqlite3 as the app: ${String(d)}`)));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('ready')) resolve({ close: async () => { child.stdin.end(); await exited; }, crash: async () => { child.kill('SIGKILL'); await exited; } });
    });
    child.stdin.write(`PRAGMA wal_autocheckpoint=0;\n${statements}\nSELECT 'ready';\n`);
  });
  const sets = (job: ShippedJob, name: string): boolean => job.env.some((e) => e.name === name);
  /** Runs `job` with the volume, the backups and the keys where this machine has them. */
  const sh = (job: ShippedJob, set: Record<string, string | undefined> = {}) => runJob(jobs, job, {
    work,
    secrets: {},
    set: {
      BACKUP_DIR: backups,
      ...(sets(job, 'SQLITE_DATABASE') ? { SQLITE_DATABASE: db } : {}),
      ...(sets(job, 'AGE_RECIPIENTS_FILE') ? { AGE_RECIPIENTS_FILE: keys.recipients } : {}),
      ...(sets(job, 'AGE_IDENTITY_FILE') ? { AGE_IDENTITY_FILE: keys.identity } : {}),
      ...set,
    },
  });
  /** The backup, with the data volume read-only as the CronJob mounts it. */
  const backupReadOnly = async (set: Record<string, string>) => {
    fs.chmodSync(db, 0o444);
    fs.chmodSync(data, 0o555);
    try {
      return await sh(jobs.backup, set);
    } finally {
      fs.chmodSync(data, 0o2775);
      fs.chmodSync(db, 0o644);
    }
  };
  const name = (day: number): string => `notes-${new Date((BASE + day * DAY) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.sqlite.age`;

  beforeAll(async () => {
    requireTools();
    work = volumeDir(tempDir('sqlite'), fsGroup);
    data = volumeDir(path.join(work, 'data'), fsGroup);
    backups = volumeDir(path.join(work, 'backups'), fsGroup);
    db = path.join(data, path.posix.basename(NOTES_DATABASE));
    const identity = path.join(work, 'age.key');
    expect((await run('age-keygen', ['-o', identity])).code).toBe(0);
    const recipients = path.join(work, 'age.pub');
    fs.writeFileSync(recipients, (await run('age-keygen', ['-y', identity])).stdout);
    for (const f of [identity, recipients]) secretFile(f, fsGroup, 0o440);
    keys = { identity, recipients };
    await appSql(`${SCHEMA};\nINSERT INTO users (name) VALUES ('Ada Lovelace'), ('Grace Hopper'), (${sql("O'Brien, \"Q\"\nsecond line; DROP TABLE users")}), ('Zoë Ünicode');\n`);
  });

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('ships the scripts as they are in lib/data/backup/scripts/, runs them with /bin/sh, the backup as the app\'s user with its database\'s path', () => {
    const disk = scriptsOnDisk();
    const names = ['lib.sh', 'sqlite-backup.sh', 'sqlite-restore.sh', 'sqlite-verify.sh'];
    expect(jobs.files).toEqual(Object.fromEntries(names.map((n) => [n, disk[n]])));
    expect([jobs.backup, jobs.restore, jobs.drill].map((j) => j.command)).toEqual(names.slice(1).map((n) => ['/bin/sh', `/opt/backup/${n}`]));
    expect([jobs.backup.user, jobs.restore.user, jobs.drill.user]).toEqual(Array(3).fill(jobs.serverUser));
    expect(jobs.backup.env).toContainEqual({ name: 'SQLITE_DATABASE', value: '/data/my_database.db' });
    expect(jobs.backup.env).toContainEqual({ name: 'RETENTION_DAYS', value: '14' });
  });

  it('daily encrypted backups on days 0..16 with retention 14 keep exactly days 2..16; the database is only read', async () => {
    for (let day = 0; day <= 16; day++) {
      await appSql(`INSERT INTO users (name) VALUES ('Day ${day}');`);
      rowsAtDay[day] = await users(db);
      const before = fs.readFileSync(db);
      const r = await backupReadOnly({ BACKUP_NOW: at(day) });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`dumping SQLite database ${db}`);
      expect(r.stdout).toMatch(/dump verified: \d+ bytes, 1 tables, integrity_check ok/);
      expect(r.stdout).toContain(`backup OK: ${name(day)}`);
      if (day >= 15) expect(r.stdout).toContain(`pruned ${name(day - 15)} (older than 14 days)`);
      expect(fs.readFileSync(db).equals(before)).toBe(true);
    }
    const kept = Array.from({ length: 15 }, (_, i) => name(i + 2));
    expect(fs.readdirSync(backups).sort()).toEqual(kept);
    for (const f of kept) expect(fs.readFileSync(path.join(backups, f), 'utf8').split('\n')[0]).toEqual('age-encryption.org/v1');
    expect(fs.readdirSync(path.join(work, 'tmp'))).toEqual([]); // scratch removed, the plaintext with it
  });

  it.each(['delete', 'wal'])('a backup taken while the app writes (journal_mode %s) is the database as of one transaction', async (mode) => {
    // GIVEN the app in that journal mode, writing one row per transaction while the backup runs
    await appSql(`PRAGMA journal_mode=${mode};`);
    const first = Number(JSON.parse(await users(db)).at(-1).id) + 1;
    const writes = Array.from({ length: 600 }, (_, i) => `INSERT INTO users (id, name) VALUES (${first + i}, 'writer ${i}');`).join('\n');
    const dir = volumeDir(path.join(work, `concurrent-${mode}`), fsGroup);

    // WHEN
    const [writer, backup] = await Promise.all([
      run('sqlite3', ['-bail', '-cmd', '.timeout 30000', db], { input: writes, runAs: app }),
      (async () => { await new Promise((r) => setTimeout(r, 50)); return sh(jobs.backup, { BACKUP_DIR: dir, BACKUP_NOW: at(40), AGE_RECIPIENTS_FILE: undefined }); })(),
    ]);

    // THEN both succeed, and the dump holds every row up to some id and none after it: one committed state
    expect({ writer: writer.code, stderr: writer.stderr }).toEqual({ writer: 0, stderr: '' });
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: '' });
    const dump = path.join(dir, fs.readdirSync(dir)[0]!);
    const ids: number[] = JSON.parse(await users(dump)).map((u: { id: number }) => u.id);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    expect((await run('sqlite3', ['-readonly', dump, 'PRAGMA integrity_check'])).stdout.trim()).toEqual('ok');
    await appSql(`DELETE FROM users WHERE id >= ${first}; PRAGMA journal_mode=delete;`);
  });

  it('in WAL mode, with the app\'s connection open and its last transactions only in the -wal file, the read-only backup holds them', async () => {
    // GIVEN the app in WAL mode, holding its connection open with rows committed to the WAL only
    await appSql('PRAGMA journal_mode=wal;');
    const open = await holdOpen("INSERT INTO users (name) VALUES ('only in the wal 1'), ('only in the wal 2');");
    const dir = volumeDir(path.join(work, 'wal-read-only'), fsGroup);
    try {
      expect(fs.statSync(`${db}-wal`).size).toBeGreaterThan(0);
      const expected = await users(db);
      // WHEN the volume is read-only, the -wal and -shm files too (chmod does not touch the app's open descriptors)
      for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.chmodSync(f, 0o444);
      fs.chmodSync(data, 0o555);
      const r = await sh(jobs.backup, { BACKUP_DIR: dir, BACKUP_NOW: at(41), AGE_RECIPIENTS_FILE: undefined });

      // THEN
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(await users(path.join(dir, fs.readdirSync(dir)[0]!))).toEqual(expected);
      expect(expected).toContain('only in the wal 2');
    } finally {
      fs.chmodSync(data, 0o2775);
      for (const f of [db, `${db}-wal`, `${db}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o644);
      await open.close();
    }
    await appSql("DELETE FROM users WHERE name LIKE 'only in the wal %'; PRAGMA journal_mode=delete;");
  });

  it('the restore drill takes the newest dump, decrypts it and checks it: integrity, and rows in users', async () => {
    const r = await sh(jobs.drill, { BACKUP_NOW: at(17) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`using dump ${name(16)} from ${backups}`);
    expect(r.stdout).toContain(`restore drill OK: ${name(16)}, 1 tables, ${JSON.parse(rowsAtDay[16]!).length} rows in users, integrity_check ok`);
  });

  it('the drill fails on a dump with too few rows, and on a dump that is no database', async () => {
    const few = await sh(jobs.drill, { DRILL_MIN_ROWS: '1000000' });
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(new RegExp(`FAILED: restore drill: table users of ${name(16).replace(/\./g, '\\.')} holds ${JSON.parse(rowsAtDay[16]!).length} rows, fewer than 1000000\n$`));
    const junk = volumeDir(path.join(work, 'junk'), fsGroup);
    fs.writeFileSync(path.join(junk, 'notes-20270101T000000Z.sqlite'), 'not a database\n'.repeat(100));
    const bad = await sh(jobs.drill, { BACKUP_DIR: junk });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('FAILED: restore drill: PRAGMA integrity_check rejects notes-20270101T000000Z.sqlite');
  });

  it('the restore refuses while the app answers on its port, and leaves the database alone', async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const before = fs.readFileSync(db);
      const r = await sh(jobs.restore, { SQLITE_APP_HOST: '127.0.0.1', SQLITE_APP_PORT: String(port) });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`FAILED: the app answers at 127\\.0\\.0\\.1:${port}; stop it \\(scale its StatefulSet to 0\\) before restoring\n$`));
      expect(fs.readFileSync(db).equals(before)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('the restore of day 5 (BACKUP_NAME) into the stopped app\'s volume: the rows of day 5; the old files kept aside; the app writes on', async () => {
    // GIVEN the app crashed (nothing listens on its port), its database in WAL mode, its last rows in the -wal file only
    await appSql('PRAGMA journal_mode=wal;');
    const open = await holdOpen("INSERT INTO users (name) VALUES ('after the backups');");
    const current = await users(db);
    await open.crash();
    expect(fs.statSync(`${db}-wal`).size).toBeGreaterThan(0);
    const port = await freePort();

    // WHEN
    const r = await sh(jobs.restore, { BACKUP_NAME: name(5), BACKUP_NOW: at(30), SQLITE_APP_HOST: '127.0.0.1', SQLITE_APP_PORT: String(port) });

    // THEN the rows of day 5 are back, and what was there is kept aside whole: the old file with its -wal and -shm
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const aside = `my_database.db.pre-restore-${new Date((BASE + 30 * DAY) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
    expect(r.stdout).toContain(`decrypted ${name(5)} with age`);
    expect(r.stdout).toContain(`moved existing my_database.db-wal aside to ${aside}-wal`);
    expect(r.stdout).toContain(`restore OK: ${name(5)} (1 tables) installed as ${db}; start the app to open it`);
    expect(fs.readdirSync(data).sort()).toEqual(['my_database.db', aside, `${aside}-shm`, `${aside}-wal`]);
    expect(await users(db)).toEqual(rowsAtDay[5]);
    expect(await users(path.join(data, aside))).toEqual(current);
    const stat = fs.statSync(db);
    expect(stat.mode & 0o777).toBe(0o660);
    if (CAN_SWITCH_USER) expect([stat.uid, stat.gid]).toEqual([app.uid, fsGroup]);
    // the app starts on it and writes on
    await appSql('INSERT INTO users (name) VALUES (\'after the restore\');');
    expect(JSON.parse(await users(db)).at(-1)).toEqual({ id: JSON.parse(rowsAtDay[5]!).length + 1, name: 'after the restore' });
  });
});
