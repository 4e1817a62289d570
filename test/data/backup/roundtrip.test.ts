/**
 * The backup, restore and restore-drill scripts run for real, exactly as shipped: each test synthesizes a
 * Postgres or Redis with a BackupPolicy, writes its scripts ConfigMap to a directory (where the CronJobs mount it)
 * and runs a CronJob's command with `sh` (dash) and the env that CronJob gives — against throwaway PostgreSQL 15
 * and Redis 7 servers, age encryption, and rclone talking S3 to an in-process S3-compatible server. Only what
 * differs on this machine is changed per run (test/data/backup/_jobs.ts): where the servers listen, where the
 * volumes and age keys are, and the inputs an operator adds (BACKUP_NOW, BACKUP_NAME, RESTORE_DATABASE, …).
 * The servers run as the UID/GID their StatefulSet runs them as (10001) and own their data; the jobs run as their
 * CronJob's user; the directories that stand for volumes are made for the pods' fsGroup as the kubelet makes them,
 * and the age key files are the fsGroup's with the Secret volume's mode — so a Redis restored by the restore job
 * is started on what that job wrote, as in the cluster.
 *
 * Needs Debian packages: `sh scripts/ci/services.sh`.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  BackupDestination, BackupEncryption, BackupPolicy, Blueprint, Duration, ExternalSecret, GeneratedCredentials, Postgres, ProvidedSecret, Redis, Schedule, SecretRef,
} from '../../../lib';
import { ShippedBackup, ShippedJob, runJob, scriptsOnDisk, shipped } from './_jobs';
import {
  CAN_SWITCH_USER, FakeS3, PgServer, RedisServer, SCRIPT_PATH, freePort, requireTools, run, secretFile, startFakeS3, startPostgres, startRedis, tempDir, volumeDir,
} from './_servers';

jest.setTimeout(180_000);

/** 2026-11-14T02:15:00Z: day 0 of the simulated schedule. */
const BASE = Date.UTC(2026, 10, 14, 2, 15, 0) / 1000;
const DAY = 86_400;
const at = (day: number): string => String(BASE + day * DAY);

/**
 * The Secrets the jobs read, by name and keys. The blueprint provisions or declares each one as an app does (the
 * gate's secret-refs), and the tests' `secrets` give their values, standing in for the Secrets the operator or the
 * platform team writes: the database superuser's password generated in the cluster (its user the test server's,
 * 'postgres'), the cache's password likewise, the age key pair provided by the platform team, the bucket's keys
 * copied from Vault.
 */
const AGE = SecretRef.existing('backup-age', ['recipients', 'identity']);
const S3_KEYS = SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']);
const credentials = (shop: Blueprint): SecretRef => new GeneratedCredentials(shop, 'app-db-credentials', { username: 'postgres' }).secret;
const cacheAuth = (shop: Blueprint): SecretRef => new GeneratedCredentials(shop, 'cache-auth').secret;

/** What the tests vary of a policy; every policy has a restore drill. */
interface Policy {
  readonly retentionDays: number;
  readonly encrypted?: boolean;
  readonly destination?: BackupDestination;
}
const policy = (p: Policy): BackupPolicy => BackupPolicy.daily({
  retention: Duration.days(p.retentionDays),
  ...(p.encrypted ? { encryption: BackupEncryption.age({ recipients: AGE.keyRef('recipients'), identity: AGE.keyRef('identity') }) } : {}),
  ...(p.destination ? { destination: p.destination } : {}),
  restoreDrill: Schedule.weekly(),
});
/** Declares the Secrets the jobs of policy `p` read besides the service's credentials: the age key pair, the bucket's keys. */
function declarePolicySecrets(shop: Blueprint, p: Policy): void {
  if (p.encrypted) new ProvidedSecret(shop, AGE.name, { keys: [...AGE.keys], providedBy: 'the platform team: one age key pair per environment, sealed-secrets in platform/backup-keys' });
  if (p.destination?.spec.kind === 's3') {
    new ExternalSecret(shop, S3_KEYS.name, {
      store: 'vault', storeKind: 'ClusterSecretStore',
      data: { accessKeyId: { key: 'team/backup-s3', property: 'access-key-id' }, secretAccessKey: { key: 'team/backup-s3', property: 'secret-access-key' } },
    });
  }
}
/** Postgres 'app' (database 'app'): its dumps are app-<stamp>.pgdump[.age]. */
const postgresJobs = (p: Policy): ShippedBackup => shipped((shop, tools) => {
  declarePolicySecrets(shop, p);
  return new Postgres(shop, 'app', { credentials: credentials(shop), database: 'app', backupTools: tools, backup: policy(p) });
});
/** Redis 'cache': its dumps are cache-<stamp>.rdb[.age]. */
const redisJobs = (p: Policy): ShippedBackup => shipped((shop, tools) => {
  declarePolicySecrets(shop, p);
  return new Redis(shop, 'cache', { credentials: cacheAuth(shop), backupTools: tools, backup: policy(p) });
});

/** The name a backup of `jobs` gives the dump it takes at `epochSeconds` (UTC), e.g. app-20261123T021500Z.pgdump.age. */
function dumpFileName(jobs: ShippedBackup, epochSeconds: number, encrypted: boolean): string {
  const stamp = new Date(epochSeconds * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${jobs.service.name}-${stamp}${jobs.engine.fileExtension}${encrypted ? '.age' : ''}`;
}

/** The env names a job sets. */
const sets = (job: ShippedJob, name: string): boolean => job.env.some((e) => e.name === name);

const listDir = (dir: string): string[] => fs.readdirSync(dir).sort();

/** An age key pair in `dir`, its files as the jobs' Secret volumes hold them (the fsGroup's, mode 0440). */
async function makeAgeKeys(dir: string, name: string): Promise<{ identity: string; recipients: string; publicKey: string }> {
  const identity = path.join(dir, `${name}.key`);
  const recipients = path.join(dir, `${name}.pub`);
  const gen = await run('age-keygen', ['-o', identity]);
  expect(gen.code).toBe(0);
  const pub = await run('age-keygen', ['-y', identity]);
  expect(pub.code).toBe(0);
  fs.writeFileSync(recipients, pub.stdout);
  for (const f of [identity, recipients]) secretFile(f, FS_GROUP, 0o440);
  return { identity, recipients, publicKey: pub.stdout.trim() };
}

/** The UID/GID (and fsGroup) every pod of these tests runs as: the StatefulSets' and the CronJobs' default. */
const POD_USER = 10001;
const FS_GROUP = POD_USER;

/** A scratch directory in which the jobs may create what they need: a volume for the fsGroup, like their mounts. */
const workDir = (label: string): string => volumeDir(tempDir(label), FS_GROUP);

/** The servers and the jobs run as their pods' user, and their data is theirs (when the tests run as root). */
function expectRunsAsPods(jobs: ShippedBackup, server: { uid: number; gid: number }, data?: { uid: number; gid: number }): void {
  expect([jobs.serverUser, jobs.backup.user, jobs.restore.user, jobs.drill.user]).toEqual(Array(4).fill({ uid: POD_USER, gid: POD_USER, fsGroup: FS_GROUP }));
  if (!CAN_SWITCH_USER) return;
  expect(server).toEqual({ uid: POD_USER, gid: POD_USER });
  if (data) expect(data).toEqual({ uid: POD_USER, gid: POD_USER });
}

/** AGE_RECIPIENTS_FILE and AGE_IDENTITY_FILE where the test keeps the key files, for the jobs that set them. */
const ageFiles = (job: ShippedJob, keys: { identity: string; recipients: string }): Record<string, string> => ({
  ...(sets(job, 'AGE_RECIPIENTS_FILE') ? { AGE_RECIPIENTS_FILE: keys.recipients } : {}),
  ...(sets(job, 'AGE_IDENTITY_FILE') ? { AGE_IDENTITY_FILE: keys.identity } : {}),
});

const USERS_SQL = "SELECT coalesce(json_agg(u ORDER BY u.id), '[]') FROM users u";

describe('the jobs run the scripts as shipped', () => {
  test.each([
    ['Postgres', () => postgresJobs({ retentionDays: 7 }), ['lib.sh', 'postgres-backup.sh', 'postgres-restore.sh', 'postgres-verify.sh']],
    ['Redis', () => redisJobs({ retentionDays: 7 }), ['lib.sh', 'redis-backup.sh', 'redis-restore.sh', 'redis-verify.sh']],
  ])('%s: the scripts ConfigMap holds lib/data/backup/scripts/ byte for byte; the CronJobs run them with /bin/sh', (_engine, make, names) => {
    const jobs = make();
    const disk = scriptsOnDisk();
    expect(jobs.files).toEqual(Object.fromEntries(names.map((n) => [n, disk[n]])));
    expect([jobs.backup, jobs.restore, jobs.drill].map((j) => j.command)).toEqual(
      [names[1], names[2], names[3]].map((n) => ['/bin/sh', `/opt/backup/${n}`]),
    );
  });
});

describe('PostgreSQL round trip (real server, the shipped scripts run with sh)', () => {
  let pg: PgServer;
  let work: string;
  let keys: { identity: string; recipients: string; publicKey: string };
  const rowsAtDay: string[] = [];
  const plain = postgresJobs({ retentionDays: 7 });
  const encrypted = postgresJobs({ retentionDays: 1, encrypted: true });

  const users = (db: string): Promise<string> => pg.psql(db, USERS_SQL).then((s) => s.trim());
  /** Runs `job` of `jobs` against the test server, with its volume at `dir` and the test's age keys. */
  const sh = (jobs: ShippedBackup, job: ShippedJob, dir: string, set: Record<string, string | undefined> = {}) => runJob(jobs, job, {
    work,
    secrets: { 'app-db-credentials': { username: pg.user, password: pg.password } },
    set: { PGHOST: pg.host, PGPORT: String(pg.port), BACKUP_DIR: dir, ...ageFiles(job, keys), ...set },
  });

  beforeAll(async () => {
    requireTools();
    pg = await startPostgres(plain.serverUser);
    work = workDir('pgwork');
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
  const name = (day: number, enc = false): string => dumpFileName(plain, BASE + day * DAY, enc);

  it('the server runs as the StatefulSet runs it, UID/GID 10001, and owns its data; the jobs run as 10001 too', () => {
    const { process: server, data } = pg.serverUser();
    expectRunsAsPods(plain, server, data);
  });

  it('daily backups on days 0..9 with retention 7 keep exactly the dumps of days 2..9, and nothing else is touched', async () => {
    volumeDir(dir(), FS_GROUP);
    const unrelated = ['notes.txt', 'other-20261101T000000Z.pgdump', 'app-20200101T000000Z.pgdump.bak', 'app-cache-20200101T000000Z.pgdump'];
    for (const f of unrelated) fs.writeFileSync(path.join(dir(), f), 'keep me');
    for (let day = 0; day <= 9; day++) {
      await pg.psql('app', `INSERT INTO users (name, email) VALUES ('Day ${day}', 'day${day}@example.com')`);
      rowsAtDay[day] = await users('app');
      const r = await sh(plain, plain.backup, dir(), { BACKUP_NOW: at(day) });
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
    if (CAN_SWITCH_USER) expect(fs.statSync(path.join(dir(), name(9))).uid).toBe(POD_USER); // written by the job's user
  });

  it('a dump just over the retention is pruned, one exactly at it is kept (decided by the name, not mtime)', async () => {
    const d = volumeDir(path.join(work, 'edge'), FS_GROUP);
    const now = BASE + 20 * DAY;
    const exactly = dumpFileName(plain, now - 7 * DAY, false);
    const over = dumpFileName(plain, now - 7 * DAY - 1, false);
    const future = dumpFileName(plain, now + DAY, false);
    for (const f of [exactly, over, future]) fs.writeFileSync(path.join(d, f), 'x'); // fresh mtime on all
    const r = await sh(plain, plain.backup, d, { BACKUP_NOW: String(now) });
    expect(r.code).toBe(0);
    expect(listDir(d)).toEqual([exactly, dumpFileName(plain, now, false), future].sort());
    expect(r.stdout).toContain(`pruned ${over}`);
  });

  it('restores the newest dump into a fresh database and into the changed database: rows equal what was backed up', async () => {
    await pg.psql('app', "DELETE FROM users WHERE email = 'ada@example.com'; UPDATE users SET name = 'changed' WHERE id = 2; INSERT INTO users (name, email) VALUES ('late', 'late@example.com')");
    expect(await users('app')).not.toBe(rowsAtDay[9]);

    await pg.psql('postgres', 'CREATE DATABASE fresh');
    const r1 = await sh(plain, plain.restore, dir(), { RESTORE_DATABASE: 'fresh' });
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    expect(r1.stdout).toContain(`using dump ${name(9)}`);
    expect(r1.stdout).toContain(`restore OK: ${name(9)} restored into fresh`);
    expect(await users('fresh')).toBe(rowsAtDay[9]);

    const r2 = await sh(plain, plain.restore, dir()); // into PGDATABASE=app, --clean --if-exists over the changed data
    expect(r2.code).toBe(0);
    expect(await users('app')).toBe(rowsAtDay[9]);
    expect(await pg.psql('app', "SELECT nextval('users_id_seq') > max(id) FROM users")).toBe('t\n');
  });

  it('restores a named dump (BACKUP_NAME) and refuses unknown or foreign names', async () => {
    const into = { RESTORE_DATABASE: 'day5' };
    await pg.psql('postgres', 'CREATE DATABASE day5');
    const r = await sh(plain, plain.restore, dir(), { ...into, BACKUP_NAME: name(5) });
    expect(r.code).toBe(0);
    expect(await users('day5')).toBe(rowsAtDay[5]);

    const gone = await sh(plain, plain.restore, dir(), { ...into, BACKUP_NAME: name(1) });
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain(`FAILED: dump ${name(1)} not found in ${dir()}`);
    const foreign = await sh(plain, plain.restore, dir(), { ...into, BACKUP_NAME: 'other-20261101T000000Z.pgdump' });
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toContain("FAILED: BACKUP_NAME 'other-20261101T000000Z.pgdump' is not a dump of this policy");
    const traversal = await sh(plain, plain.restore, dir(), { ...into, BACKUP_NAME: `../backups/${name(5)}` });
    expect(traversal.code).not.toBe(0);
  });

  it('restore drill restores into a scratch database, checks it, and drops it', async () => {
    const r = await sh(plain, plain.drill, dir(), { BACKUP_NOW: at(10) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created scratch database drill_app_20261124021500');
    expect(r.stdout).toContain('sanity check: 1 table(s) restored');
    expect(r.stdout).toContain(`restore drill OK: ${name(9)}`);
    expect(r.stdout).toContain('dropped scratch database drill_app_20261124021500');
    expect(await pg.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")).toBe('0\n');

    const q = await sh(plain, plain.drill, dir(), { DRILL_SQL: "SELECT id FROM users WHERE email = 'day9@example.com'" });
    expect(q.code).toBe(0);
    expect(q.stdout).toContain('sanity query returned 1 row(s)');

    const n = await sh(plain, plain.drill, dir(), { DRILL_SQL: "SELECT id FROM users WHERE email = 'nobody@example.com'" });
    expect(n.code).not.toBe(0);
    expect(n.stderr).toContain(`FAILED: restore drill: the sanity query returned no row on ${name(9)}`);
    expect(await pg.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")).toBe('0\n');
  });

  it('restore drill fails on a broken, a truncated and an empty-database dump', async () => {
    const d = volumeDir(path.join(work, 'broken'), FS_GROUP);
    const drill = (set: Record<string, string> = {}) => sh(plain, plain.drill, d, set);

    fs.writeFileSync(path.join(d, name(10)), 'this is not a pg_dump archive\n');
    const garbage = await drill();
    expect(garbage.code).not.toBe(0);
    expect(garbage.stderr).toContain(`FAILED: restore drill: pg_restore of ${name(10)} into drill_app_`);

    const good = fs.readFileSync(path.join(dir(), name(9)));
    fs.writeFileSync(path.join(d, name(11)), good.subarray(0, Math.floor(good.length / 2)));
    const truncated = await drill();
    expect(truncated.code).not.toBe(0);
    expect(truncated.stderr).toContain(`FAILED: restore drill: pg_restore of ${name(11)}`);

    fs.writeFileSync(path.join(d, name(12)), Buffer.alloc(0));
    const empty = await drill();
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain(`FAILED: restore drill: pg_restore of ${name(12)}`);

    await pg.psql('postgres', 'CREATE DATABASE emptydb');
    const long = postgresJobs({ retentionDays: 30 });
    expect((await sh(long, long.backup, d, { BACKUP_NOW: at(13), PGDATABASE: 'emptydb' })).code).toBe(0);
    const noTables = await drill();
    expect(noTables.code).not.toBe(0);
    expect(noTables.stderr).toContain(`FAILED: restore drill: ${name(13)} restored no table`);
    expect(await pg.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")).toBe('0\n');
  });

  it('a failed backup exits non-zero, leaves no partial file and prunes nothing', async () => {
    const before = listDir(dir());
    const backup = (set: Record<string, string>) => sh(plain, plain.backup, dir(), set);
    const badPw = await backup({ BACKUP_NOW: at(40), PGPASSWORD: 'wrong' });
    expect(badPw.code).not.toBe(0);
    expect(badPw.stderr).toContain('FAILED: pg_dump of app failed');
    expect(badPw.stdout).not.toContain('pruned');
    expect(listDir(dir())).toEqual(before);

    const noDb = await backup({ BACKUP_NOW: at(40), PGDATABASE: 'does_not_exist' });
    expect(noDb.code).not.toBe(0);
    expect(listDir(dir())).toEqual(before);

    const enc7 = postgresJobs({ retentionDays: 7, encrypted: true });
    const r = await sh(enc7, enc7.backup, dir(), { BACKUP_NOW: at(40), AGE_RECIPIENTS_FILE: path.join(work, 'missing.pub') });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is not readable');
    expect(listDir(dir())).toEqual(before);

    const same = await backup({ BACKUP_NOW: at(9) });
    expect(same.code).not.toBe(0);
    expect(same.stderr).toContain(`FAILED: ${name(9)} already exists`);
    expect(listDir(dir())).toEqual(before);

    const badNow = await backup({ BACKUP_NOW: 'yesterday' });
    expect(badNow.code).not.toBe(0);
    expect(badNow.stderr).toContain("BACKUP_NOW must be epoch seconds, got 'yesterday'");
    expect(listDir(path.join(work, 'tmp'))).toEqual([]);
  });

  it('age encryption: dumps are unreadable without the identity, restore and drill decrypt them', async () => {
    const d = path.join(work, 'encrypted');
    // Neither the manifests nor the scripts hold a key: the jobs mount them from the Secret.
    expect(JSON.stringify(encrypted.objects)).not.toContain(keys.publicKey);
    for (const day of [0, 1, 2]) {
      const r = await sh(encrypted, encrypted.backup, d, { BACKUP_NOW: at(day) });
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
    const r = await sh(encrypted, encrypted.restore, d, { RESTORE_DATABASE: 'from_encrypted' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`decrypted ${name(2, true)} with age`);
    expect(await users('from_encrypted')).toBe(expected);

    // A policy without encryption: its restore job mounts no identity.
    const n = await sh(plain, plain.restore, d, { RESTORE_DATABASE: 'from_encrypted' });
    expect(n.code).not.toBe(0);
    expect(n.stderr).toContain(`FAILED: ${name(2, true)} is encrypted but no age identity file is configured`);

    const other = await makeAgeKeys(work, 'k2');
    const w = await sh(encrypted, encrypted.restore, d, { RESTORE_DATABASE: 'from_encrypted', AGE_IDENTITY_FILE: other.identity });
    expect(w.code).not.toBe(0);
    expect(w.stderr).toContain(`FAILED: could not decrypt ${name(2, true)}`);
    expect(await users('from_encrypted')).toBe(expected);

    const dr = await sh(encrypted, encrypted.drill, d);
    expect(dr.code).toBe(0);
    expect(dr.stdout).toContain(`restore drill OK: ${name(2, true)}`);
  });
});

describe('Redis round trip (real servers, the shipped scripts run with sh)', () => {
  const PASSWORD = 'redis-test-pw';
  let src: RedisServer;
  let work: string;
  let keys: { identity: string; recipients: string; publicKey: string };
  let downPort: number; // nothing listens there: "Redis is stopped"
  let backedUp: Awaited<ReturnType<RedisServer['snapshot']>>;
  const plain = redisJobs({ retentionDays: 7 });

  const name = (day: number, enc = false): string => dumpFileName(plain, BASE + day * DAY, enc);
  /** Runs `job` of `jobs` against the Redis on `port` (if it talks to one), with its volume at `dir` and the test's age keys. */
  const sh = (jobs: ShippedBackup, job: ShippedJob, dir: string, port: number, set: Record<string, string | undefined> = {}) => runJob(jobs, job, {
    work,
    secrets: { 'cache-auth': { password: PASSWORD } },
    set: { ...(sets(job, 'REDIS_HOST') ? { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(port) } : {}), BACKUP_DIR: dir, ...ageFiles(job, keys), ...set },
  });
  const dir = (): string => path.join(work, 'backups');

  /** A Redis on `dir` (a data volume), running as the StatefulSet runs it. */
  const redisOn = (dir?: string, appendOnly?: boolean): Promise<RedisServer> => startRedis({ password: PASSWORD, runAs: plain.serverUser, ...(dir ? { dir } : {}), ...(appendOnly ? { appendOnly } : {}) });

  beforeAll(async () => {
    requireTools();
    work = workDir('rediswork');
    keys = await makeAgeKeys(work, 'k');
    src = await redisOn();
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

  it('the server runs as the StatefulSet runs it, UID/GID 10001; the jobs run as 10001 too', () => {
    expectRunsAsPods(plain, src.serverUser());
  });

  it('daily backups on days 0..9 with retention 7 keep exactly days 2..9', async () => {
    volumeDir(dir(), FS_GROUP);
    for (let day = 0; day <= 9; day++) {
      await src.command('SET', `day:${day}`, String(day));
      const r = await sh(plain, plain.backup, dir(), src.port, { BACKUP_NOW: at(day) });
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
    const dataDir = volumeDir(path.join(work, 'data1'), FS_GROUP);
    fs.writeFileSync(path.join(dataDir, 'dump.rdb'), 'old data');
    // A server without appendonly: only dump.rdb is installed.
    const r = await sh(plain, plain.restore, dir(), downPort, { BACKUP_NOW: at(20), REDIS_DATA_DIR: dataDir, REDIS_APPENDONLY: 'no' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`restore OK: ${name(9)} (16 keys) installed as ${dataDir}/dump.rdb`);
    expect(listDir(dataDir)).toEqual(['dump.rdb', 'dump.rdb.pre-restore-20261204T021500Z']);
    if (CAN_SWITCH_USER) expect(fs.statSync(path.join(dataDir, 'dump.rdb')).uid).toBe(POD_USER); // the restore job's user
    const restored = await redisOn(dataDir);
    try {
      expect(await restored.snapshot()).toEqual(backedUp);
    } finally {
      await restored.stop();
    }
  });

  it('with appendonly yes (as the Redis construct runs) the restore seeds appendonlydir, which Redis 7 loads', async () => {
    const dataDir = volumeDir(path.join(work, 'data-aof'), FS_GROUP);
    fs.mkdirSync(path.join(dataDir, 'appendonlydir'));
    fs.writeFileSync(path.join(dataDir, 'appendonlydir', 'appendonly.aof.manifest'), 'stale');
    const r = await sh(plain, plain.restore, dir(), downPort, { BACKUP_NOW: at(21), REDIS_DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('moved existing appendonlydir aside to appendonlydir.pre-restore-20261205T021500Z');
    const restored = await redisOn(dataDir, true);
    try {
      expect(await restored.snapshot()).toEqual(backedUp);
    } finally {
      await restored.stop();
    }
  });

  it('refuses to restore while a Redis server answers, and leaves the data dir alone', async () => {
    const dataDir = volumeDir(path.join(work, 'data-running'), FS_GROUP);
    const r = await sh(plain, plain.restore, dir(), src.port, { REDIS_DATA_DIR: dataDir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`FAILED: a Redis server answers at 127.0.0.1:${src.port}; stop it`);
    expect(listDir(dataDir)).toEqual([]);
  });

  it('encrypted backup, restore with the identity, drill; drill fails on broken and empty dumps', async () => {
    const d = path.join(work, 'enc');
    const encrypted = redisJobs({ retentionDays: 7, encrypted: true });
    const expected = await src.snapshot();
    const b = await sh(encrypted, encrypted.backup, d, src.port, { BACKUP_NOW: at(30) });
    expect(b.code).toBe(0);
    const file = path.join(d, name(30, true));
    expect(listDir(d)).toEqual([name(30, true)]);
    expect(fs.readFileSync(file).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect((await run('redis-check-rdb', [file])).code).not.toBe(0);

    const dataDir = volumeDir(path.join(work, 'data-enc'), FS_GROUP);
    expect((await sh(encrypted, encrypted.restore, d, downPort, { REDIS_DATA_DIR: dataDir })).code).toBe(0);
    const restored = await redisOn(dataDir);
    try {
      expect(await restored.snapshot()).toEqual(expected);
    } finally {
      await restored.stop();
    }

    const ok = await sh(encrypted, encrypted.drill, d, downPort);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`restore drill OK: ${name(30, true)}, ${Object.keys(expected).length} keys`);

    fs.writeFileSync(path.join(d, name(31)), 'REDIS0010 but not really');
    const broken = await sh(encrypted, encrypted.drill, d, downPort);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain(`FAILED: restore drill: redis-check-rdb rejects ${name(31)}`);

    const empty = await redisOn();
    try {
      const e = path.join(work, 'empty');
      expect((await sh(plain, plain.backup, e, empty.port, { BACKUP_NOW: at(32) })).code).toBe(0);
      const r = await sh(plain, plain.drill, e, downPort);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`FAILED: restore drill: ${name(32)} holds 0 keys, fewer than 1`);
    } finally {
      await empty.stop();
    }
  });

  it('a failed Redis backup (wrong password) exits non-zero and prunes nothing', async () => {
    const before = listDir(dir());
    const daily = redisJobs({ retentionDays: 1 });
    const r = await sh(daily, daily.backup, dir(), src.port, { BACKUP_NOW: at(60), REDIS_PASSWORD: 'wrong' });
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
  let downPort: number;
  let destination: BackupDestination;

  beforeAll(async () => {
    requireTools();
    work = workDir('s3work');
    keys = await makeAgeKeys(work, 'k');
    s3 = await startFakeS3({ accessKeyId: AKID, buckets: ['team-backups'] });
    destination = BackupDestination.s3({ endpoint: s3.endpoint, bucket: 'team-backups', prefix: 'prod/app', region: 'us-east-1', credentials: S3_KEYS });
    pg = await startPostgres(postgresJobs({ retentionDays: 7, destination }).serverUser);
    redis = await startRedis({ password: 'pw', runAs: redisJobs({ retentionDays: 7, destination }).serverUser });
    downPort = await freePort();
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

  /** Runs `job` with the bucket's keys from the test's Secret, against the test servers. */
  const sh = (jobs: ShippedBackup, job: ShippedJob, set: Record<string, string | undefined> = {}) => runJob(jobs, job, {
    work,
    secrets: {
      'backup-s3': { accessKeyId: AKID, secretAccessKey: SECRET },
      'app-db-credentials': { username: pg.user, password: pg.password },
      'cache-auth': { password: 'pw' },
    },
    set: { ...(sets(job, 'PGHOST') ? { PGHOST: pg.host, PGPORT: String(pg.port) } : {}), ...ageFiles(job, keys), ...set },
  });
  const pgName = (jobs: ShippedBackup, day: number): string => dumpFileName(jobs, BASE + day * DAY, true);

  it('encrypted Postgres backups on days 0..9, retention 7: exactly days 2..9 remain under the prefix', async () => {
    const jobs = postgresJobs({ retentionDays: 7, encrypted: true, destination });
    const bucket = s3.buckets.get('team-backups');
    bucket?.set('prod/app/README.txt', Buffer.from('keep'));
    bucket?.set('prod/other/app-20261114T021500Z.pgdump.age', Buffer.from('keep'));
    // The location is the CronJob's env; the keys are Secret references in it, never values.
    expect(jobs.backup.env.filter((e) => e.name.startsWith('S3_') || e.name.startsWith('AWS_'))).toEqual([
      { name: 'S3_ENDPOINT', value: s3.endpoint },
      { name: 'S3_BUCKET', value: 'team-backups' },
      { name: 'S3_PREFIX', value: 'prod/app' },
      { name: 'S3_REGION', value: 'us-east-1' },
      { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'backup-s3', key: 'accessKeyId' } } },
      { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'backup-s3', key: 'secretAccessKey' } } },
    ]);
    expect(JSON.stringify(jobs.objects)).not.toContain(SECRET);
    expect(JSON.stringify(jobs.objects)).not.toContain(AKID);
    for (let day = 0; day <= 9; day++) {
      const r = await sh(jobs, jobs.backup, { BACKUP_NOW: at(day) });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`stored ${pgName(jobs, day)} in s3 ${s3.endpoint} team-backups/prod/app`);
    }
    expect(s3.keys('team-backups')).toEqual(
      ['prod/app/README.txt', ...[2, 3, 4, 5, 6, 7, 8, 9].map((d) => `prod/app/${pgName(jobs, d)}`), 'prod/other/app-20261114T021500Z.pgdump.age'].sort(),
    );
    expect(bucket?.get(`prod/app/${pgName(jobs, 9)}`)?.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(s3.unauthorized).toEqual([]);
    expect(s3.requests.some((q) => q.startsWith('PUT /team-backups/prod/app/'))).toBe(true);
    expect(s3.requests.some((q) => q.startsWith('DELETE /team-backups/prod/app/'))).toBe(true);
  });

  it('restores and drills the newest dump from S3', async () => {
    const jobs = postgresJobs({ retentionDays: 7, encrypted: true, destination });
    const expected = await pg.psql('app', USERS_SQL);
    await pg.psql('app', 'DELETE FROM users');
    await pg.psql('postgres', 'CREATE DATABASE restored');
    const r = await sh(jobs, jobs.restore, { RESTORE_DATABASE: 'restored' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`using dump ${pgName(jobs, 9)}`);
    expect(await pg.psql('restored', USERS_SQL)).toBe(expected);

    const d = await sh(jobs, jobs.drill, { DRILL_SQL: "SELECT 1 FROM users WHERE email = 'linus@example.com'" });
    expect(d.code).toBe(0);
    expect(d.stdout).toContain(`restore drill OK: ${pgName(jobs, 9)}`);
    expect(s3.unauthorized).toEqual([]);
  });

  it('Redis to S3 and back', async () => {
    const jobs = redisJobs({ retentionDays: 7, destination });
    const expected = await redis.snapshot();
    const b = await sh(jobs, jobs.backup, { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redis.port), BACKUP_NOW: at(3) });
    expect(b.code).toBe(0);
    expect(s3.keys('team-backups')).toContain(`prod/app/${dumpFileName(jobs, BASE + 3 * DAY, false)}`);
    const dataDir = volumeDir(path.join(work, 'redis-data'), FS_GROUP);
    const r = await sh(jobs, jobs.restore, { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(downPort), REDIS_DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    const restored = await startRedis({ password: 'pw', runAs: jobs.serverUser, dir: dataDir });
    try {
      expect(await restored.snapshot()).toEqual(expected);
    } finally {
      await restored.stop();
    }
  });

  it('wrong credentials: the backup fails and nothing is pruned; missing S3 env is reported', async () => {
    const jobs = postgresJobs({ retentionDays: 1, encrypted: true, destination });
    const before = s3.keys('team-backups');
    const r = await sh(jobs, jobs.backup, { BACKUP_NOW: at(50), AWS_ACCESS_KEY_ID: 'WRONGKEY' });
    expect(r.code).not.toBe(0);
    expect(s3.keys('team-backups')).toEqual(before);
    expect(s3.unauthorized.length).toBeGreaterThan(0);

    const m = await sh(jobs, jobs.backup, { S3_BUCKET: undefined });
    expect(m.code).not.toBe(0);
    expect(m.stderr).toContain('S3_BUCKET must be set');
  });
});
