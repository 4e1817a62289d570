/**
 * The BackupEngine of Postgres, Redis, BackupMethod.sqlite() and BackupMethod.command()
 * (lib/data/backup/backup-engine.ts): what differs between the engines is
 * in the engine — its scripts, the extension of its dumps, how its jobs connect, whether its restore writes into
 * the server's volume and whether its drill talks to the server — never in a branch on the engine's name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BackupEngine } from '../../../lib/data/backup/backup-engine';
import { BackupMethod } from '../../../lib/data/backup/backup-method';
import { ENGINE_SCRIPTS } from '../../../lib/data/backup/_scripts.generated';
import { backedUp, cacheBackedUp } from '../_backed-up';

const TARGET = { volume: { name: 'data', path: '/data' }, app: { host: 'notes.shop.svc', port: 8080 } };
const engines: Array<[string, () => BackupEngine]> = [
  ['postgres', () => backedUp().db.backupEngine],
  ['redis', () => cacheBackedUp().cache.backupEngine],
  ['sqlite', () => BackupMethod.sqlite({ database: '/data/notes.db', drillTable: 'users' }).engineFor(TARGET)!],
  ['command', () => BackupMethod.command({ dump: 'd', restore: 'r', verify: 'v' }).engineFor({ app: TARGET.app })!],
  ['command', () => BackupMethod.command({ dump: 'd', restore: 'r', volume: 'data' }).engineFor(TARGET)!],
];

describe.each(engines)('the %s engine', (name, engine) => {
  test('its scripts are <name>-backup.sh, <name>-restore.sh and <name>-verify.sh', () => {
    const e = engine();
    expect(e.name).toEqual(name);
    expect([e.scripts.backup, e.scripts.restore, e.scripts.verify].map((s) => s.fileName)).toEqual([`${name}-backup.sh`, `${name}-restore.sh`, `${name}-verify.sh`]);
    expect(e.scripts).toBe(ENGINE_SCRIPTS[name as keyof typeof ENGINE_SCRIPTS]);
  });

  test('its file extension is the one its scripts name dumps with', () => {
    const e = engine();
    for (const s of [e.scripts.backup, e.scripts.restore, e.scripts.verify]) expect(s.text).toContain(`\nDUMP_EXT=${e.fileExtension}\n`);
  });

  test('its client env is what the scripts document, credentials only by reference', () => {
    const e = engine();
    const documented = (s: { env: readonly { name: string }[] }) => s.env.map((v) => v.name);
    for (const s of [e.scripts.backup, e.scripts.restore, ...(e.drillConnectsToServer ? [e.scripts.verify] : [])]) {
      expect(Object.keys(e.clientEnv).filter((v) => !documented(s).includes(v))).toEqual([]);
    }
    for (const [v, value] of Object.entries(e.clientEnv)) {
      if (/PASSWORD|USER/.test(v)) expect(typeof value === 'string' ? value : value.kube).toMatchObject({ valueFrom: { secretKeyRef: expect.anything() } });
    }
    // what each job gets besides: the data volume's env, the engine's env of that job
    const each = (s: { env: readonly { name: string }[] }, env: object | undefined) => expect(Object.keys(env ?? {}).filter((v) => !documented(s).includes(v))).toEqual([]);
    each(e.scripts.backup, { ...e.dumpFromDataVolume?.env, ...e.backupEnv });
    each(e.scripts.restore, { ...e.restoreIntoDataVolume?.env, ...e.restoreEnv });
    each(e.scripts.verify, e.drillEnv);
  });
});

test('Postgres restores and drills through the server; Redis restores into the stopped server\'s volume and drills the file alone', () => {
  const pg = backedUp().db.backupEngine;
  const redis = cacheBackedUp().cache.backupEngine;
  expect([pg.restoreIntoDataVolume, pg.drillConnectsToServer]).toEqual([undefined, true]);
  expect([redis.restoreIntoDataVolume, redis.drillConnectsToServer]).toEqual([{ mountPath: '/data', env: { REDIS_DATA_DIR: '/data', REDIS_APPENDONLY: 'yes' } }, false]);
  expect(Object.keys(pg.clientEnv)).toEqual(['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE']);
  expect(Object.keys(redis.clientEnv)).toEqual(['REDIS_HOST', 'REDIS_PORT', 'REDIS_PASSWORD']);
});

// (lib/data and lib/workloads, where the stateful workloads and their jobs are; a GitOps 'engine' elsewhere is another thing)
test('no code of lib/data or lib/workloads branches on a backup engine\'s name', () => {
  const lib = path.join(__dirname, '..', '..', '..', 'lib');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
  const branches = [...files(path.join(lib, 'data')), ...files(path.join(lib, 'workloads'))].flatMap((f) => fs.readFileSync(f, 'utf8').split('\n')
    .filter((l) => /\bengine(\.name)?\s*[!=]==?|[!=]==?\s*'(postgres|redis|sqlite|command)'|case '(postgres|redis|sqlite|command)'/.test(l))
    .map((l) => `${path.relative(lib, f)}: ${l.trim()}`));
  expect(branches).toEqual([]);
});
