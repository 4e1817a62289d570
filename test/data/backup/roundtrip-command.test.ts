/**
 * The round trip of a user's own dump and restore commands (BackupMethod.command), with the real tools: a
 * StatefulWorkload whose app exports and imports its data over HTTP (an in-process server stands in for it) is
 * synthesized, and its backup, drill and restore CronJobs' commands run with `sh` (dash) and the env they give —
 * the user's curl commands inside the shipped scripts: dump → check → encrypt (age) → prune → drill → restore →
 * data compared.
 *
 * Needs Debian packages: `sh scripts/ci/services.sh` (age, curl).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { HealthCheck, Size } from '../../../lib';
import { BackupMethod } from '../../../lib/data/backup/backup-method';
import { StatefulWorkload } from '../../../lib/data/stateful-workload';
import { daily, declareBackupSecrets } from '../_backed-up';
import { ShippedJob, runJob, shipped } from './_jobs';
import { requireTools, run, secretFile, tempDir, volumeDir } from './_servers';

jest.setTimeout(120_000);

const BASE = Date.UTC(2026, 10, 14, 2, 0, 0) / 1000;
const at = (day: number): string => String(BASE + day * 86_400);

const METHOD = BackupMethod.command({
  dump: 'curl -fsS "http://$APP_HOST:$APP_PORT/export" -o "$DUMP_FILE"',
  restore: 'curl -fsS -X POST --data-binary @"$DUMP_FILE" "http://$APP_HOST:$APP_PORT/import"',
  verify: 'grep -q \'"documents"\' "$DUMP_FILE"',
});

describe('a user\'s dump and restore commands round trip through the shipped scripts', () => {
  const policy = daily({ restoreDrill: daily().schedule });
  const jobs = shipped((shop, tools) => {
    declareBackupSecrets(shop, policy);
    return new StatefulWorkload(shop, 'search', {
      image: 'registry.example.com/shop/search:2.0.0', port: 9200, health: HealthCheck.http('/healthz'),
      volumes: [{ name: 'data', path: '/var/lib/search', size: Size.gibibytes(5) }],
      backupMethod: METHOD, backupTools: tools, backup: policy,
    });
  });
  let documents: string[] = ['Ada Lovelace', 'Grace Hopper'];
  let server: http.Server;
  let port: number;
  let work: string;
  let backups: string;
  let keys: { identity: string; recipients: string };

  const sh = (job: ShippedJob, set: Record<string, string | undefined> = {}) => runJob(jobs, job, {
    work, secrets: {},
    set: {
      BACKUP_DIR: backups,
      ...(job.env.some((e) => e.name === 'APP_HOST') ? { APP_HOST: '127.0.0.1', APP_PORT: String(port) } : {}),
      ...(job.env.some((e) => e.name === 'AGE_RECIPIENTS_FILE') ? { AGE_RECIPIENTS_FILE: keys.recipients } : {}),
      ...(job.env.some((e) => e.name === 'AGE_IDENTITY_FILE') ? { AGE_IDENTITY_FILE: keys.identity } : {}),
      ...set,
    },
  });

  beforeAll(async () => {
    requireTools();
    server = http.createServer((req, res) => {
      if (req.method === 'GET' && req.url === '/export') {
        res.end(JSON.stringify({ documents }));
      } else if (req.method === 'POST' && req.url === '/import') {
        let body = '';
        req.on('data', (d) => (body += d)).on('end', () => { documents = JSON.parse(body).documents; res.end('imported\n'); });
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
    const fsGroup = jobs.backup.user.fsGroup;
    work = volumeDir(tempDir('command'), fsGroup);
    backups = volumeDir(path.join(work, 'backups'), fsGroup);
    const identity = path.join(work, 'age.key');
    expect((await run('age-keygen', ['-o', identity])).code).toBe(0);
    const recipients = path.join(work, 'age.pub');
    fs.writeFileSync(recipients, (await run('age-keygen', ['-y', identity])).stdout);
    for (const f of [identity, recipients]) secretFile(f, fsGroup, 0o440);
    keys = { identity, recipients };
  });

  afterAll(() => {
    server?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up daily with the dump command, checks each dump with the verify command, encrypts, prunes after 14 days', async () => {
    for (let day = 0; day <= 15; day++) {
      documents = [...documents, `day ${day}`];
      const r = await sh(jobs.backup, { BACKUP_NOW: at(day) });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/dump verified: \d+ bytes, the verify command passes/);
    }
    const names = fs.readdirSync(backups).sort();
    expect(names).toHaveLength(15);
    expect(names[0]).toEqual('search-20261115T020000Z.dump.age');
    expect(fs.readFileSync(path.join(backups, names[14]!), 'utf8').startsWith('age-encryption.org/v1\n')).toBe(true);
  });

  it('a dump command that fails, or writes what the verify command rejects, stores nothing and prunes nothing', async () => {
    const before = fs.readdirSync(backups).sort();
    server.close();
    const down = await sh(jobs.backup, { BACKUP_NOW: at(30) });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('FAILED: the dump command exited non-zero');
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    const rejected = await sh(jobs.backup, { BACKUP_NOW: at(31), VERIFY_COMMAND: 'false' });
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('FAILED: the verify command rejects the new dump');
    expect(fs.readdirSync(backups).sort()).toEqual(before);
  });

  it('the drill decrypts the newest dump and runs the verify command on it', async () => {
    const r = await sh(jobs.drill);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/restore drill OK: search-20261129T020000Z\.dump\.age, \d+ bytes, the verify command passes/);
  });

  it('the restore of day 3 runs the restore command with the decrypted dump: the app holds day 3\'s documents again', async () => {
    documents = ['something else'];
    const r = await sh(jobs.restore, { BACKUP_NAME: 'search-20261117T020000Z.dump.age' });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain('restore OK: search-20261117T020000Z.dump.age');
    expect(documents).toEqual(['Ada Lovelace', 'Grace Hopper', 'day 0', 'day 1', 'day 2', 'day 3']);
  });
});
