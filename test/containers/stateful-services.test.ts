/**
 * Postgres and Redis run for real, exactly as their synthesized StatefulSets run them: each test synthesizes a
 * production blueprint, takes the StatefulSet's pod template and runs its container with podman the way the kubelet
 * would (./_pod-spec.ts): its runAsUser/runAsGroup (10001) with the fsGroup as a supplementary group, a read-only
 * root filesystem, no capabilities, no privilege escalation, the RuntimeDefault seccomp profile, an empty tmpfs for
 * every emptyDir, the `data` volumeClaimTemplate as a fresh host directory owned root:fsGroup 2775 (what the kubelet
 * makes of a volume for an fsGroup), and the env, command and args of the manifest, Secret references given the
 * values _pod-spec.ts supplies (`dummy-<secret>-<key>`). The image is the local stand-in of the pinned official
 * image (`bash scripts/containers/setup.sh` makes `postgres:15.10-bookworm` and `redis:7.0.15-bookworm` from
 * Debian's packages, laid out like the official ones; see there for what differs).
 *
 * Each server must become ready by the manifest's own readiness command and stay alive by its liveness command
 * (both run with `podman exec`, as the kubelet runs an exec probe: in the container, as its user, with its env),
 * serve a client over TCP with the credentials, and keep its data on the volume across a restart; in the running
 * container the root filesystem is read-only and exactly the manifest's emptyDirs and data volume are writable. More
 * runs show that the two probes check different things (kube-score pod-probes): while the server is not ready —
 * Postgres while its entrypoint initializes PGDATA and while a smart shutdown makes it reject connections, Redis
 * while it loads its data set — liveness passes and readiness fails.
 *
 * Needs root and `bash scripts/containers/setup.sh`; CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 skips.
 */
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { BackupPolicy, Blueprint, BlueprintTesting, Environment, GeneratedCredentials, Postgres, Redis, StatefulService } from '../../lib';
import { redisCommand } from '../data/backup/_servers';
import { ContainerRunSpec, ensureContainerTools, runCommand, Running, startContainerSpec } from '../_containers';
import { manifestRun, ManifestRun, WorkloadContainer } from './_pod-spec';

const POSTGRES_STANDIN = 'docker.io/library/postgres:15.10-bookworm';
const REDIS_STANDIN = 'docker.io/library/redis:7.0.15-bookworm';
const TIMEOUT_MS = 5 * 60_000;
const DISABLED = BackupPolicy.disabled('a container test: nothing to keep');

interface Synthesized {
  readonly objects: any[];
  /** The StatefulSet's pod spec as the controller gives it to the kubelet: its volumeClaimTemplates as PVC volumes. */
  readonly pod: any;
  readonly container: any;
}

/** Synthesizes `make` in a production blueprint; returns the StatefulSet's pod as its controller makes it. */
function synthesize(make: (shop: Blueprint) => StatefulService): Synthesized {
  const app = BlueprintTesting.app();
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), namespace: 'shop' });
  const service = make(shop);
  const objects = BlueprintTesting.synth(shop);
  const sts = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === service.name);
  // The StatefulSet controller adds one PVC volume per volumeClaimTemplate, named after it: <template>-<set>-<ordinal>.
  const claims = (sts.spec.volumeClaimTemplates ?? []).map((t: any) => ({ name: t.metadata.name, persistentVolumeClaim: { claimName: `${t.metadata.name}-${sts.metadata.name}-0` } }));
  const pod = { ...sts.spec.template.spec, volumes: [...sts.spec.template.spec.volumes, ...claims] };
  return { objects, pod, container: pod.containers[0] };
}

/** The podman run of the StatefulSet's container (with a published port for a client), as _pod-spec.ts makes it. */
function runOf(s: Synthesized, image: string, label: string): ManifestRun {
  const w: WorkloadContainer = { blueprint: 'shop-production', production: true, kind: 'StatefulSet', name: s.container.name, namespace: 'shop', podSpec: s.pod, container: s.container, init: false };
  const run = manifestRun(w, { image, name: `cdk8s-blueprints-${label}-${process.pid}`, objects: s.objects });
  // Like the kubelet's runtime, add no /etc/passwd entry for runAsUser (podman would): the image must cope with 10001.
  return { ...run, spec: { ...run.spec, passwdEntry: false } };
}

/** Runs a probe's exec command the way the kubelet does: in the container, as its user, with its env. */
async function probe(running: Running, handler: any): Promise<{ ok: boolean; output: string }> {
  const command: string[] = handler.exec.command;
  const r = await runCommand('podman', ['exec', running.name, ...command], { allowFailure: true, timeoutMs: 30_000 });
  return { ok: r.code === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

/** Runs a probe's exec command in a container of the same run in which no server runs (the command replaced by sleep). */
async function probeWithoutServer(run: ManifestRun, handlers: any[]): Promise<boolean[]> {
  return withContainer({ ...run.spec, name: `${run.spec.name}-idle`, entrypoint: ['sleep'], args: ['60'] }, (running) => Promise.all(handlers.map((h) => probe(running, h).then((r) => r.ok))));
}

/** Polls the probe until it passes, within its startup budget (periodSeconds × failureThreshold); returns seconds. */
async function untilPasses(running: Running, handler: any, what: string): Promise<number> {
  const started = Date.now();
  const budgetMs = handler.periodSeconds * handler.failureThreshold * 1000;
  let last = { ok: false, output: 'no attempt' };
  while (Date.now() - started < budgetMs) {
    last = await probe(running, handler);
    if (last.ok) return (Date.now() - started) / 1000;
    if (!(await running.isRunning())) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not pass within ${budgetMs / 1000} s (last output: ${last.output})\n--- logs of ${running.name} ---\n${(await running.logs()).split('\n').slice(-40).join('\n')}`);
}

/** Starts the spec (with `port` published), runs `body`, and always removes the container. */
async function withContainer<T>(spec: ContainerRunSpec, body: (running: Running) => Promise<T>): Promise<T> {
  const running = await startContainerSpec(spec);
  try {
    return await body(running);
  } catch (e) {
    (e as Error).message += `\n--- logs of ${running.name} ---\n${(await running.logs()).split('\n').slice(-40).join('\n')}`;
    throw e;
  } finally {
    await running.stop();
  }
}

/** The hardening of the manifest really applies to the server process. */
async function expectHardened(running: Running, run: ManifestRun): Promise<void> {
  expect(run.uid).toBe(10001);
  expect(run.gid).toBe(10001);
  expect(run.spec.groupAdd).toEqual([]); // fsGroup 10001 is the gid itself
  expect([run.spec.readOnly, run.spec.capDrop, run.spec.noNewPrivileges]).toEqual([true, ['ALL'], true]);
  expect(await running.processStatus()).toEqual({ uid: 10001, gid: 10001, capEff: '0000000000000000', noNewPrivs: true, seccomp: 2 });
}

/**
 * The root filesystem is read-only and the manifest's writable paths (its emptyDirs and the data volume) are exactly
 * `expected` and writable by the server's user: a file is created and removed in each, as that user, in the container.
 */
async function expectWritablePaths(running: Running, run: ManifestRun, expected: string[]): Promise<void> {
  expect([...run.writableMounts].sort()).toEqual([...expected].sort());
  const write = (dir: string) => runCommand('podman', ['exec', running.name, 'sh', '-c', `f="${dir}/.write-check-$$" && : >"$f" && rm "$f"`], { allowFailure: true });
  for (const dir of ['', '/etc', '/var/lib', '/usr/local/bin']) {
    const r = await write(dir);
    expect({ dir, failed: r.code !== 0, stderr: r.stderr }).toEqual({ dir, failed: true, stderr: expect.stringContaining('Read-only file system') });
  }
  for (const dir of expected) expect({ dir, ...(await write(dir)) }).toEqual(expect.objectContaining({ dir, code: 0 }));
}

/** The PVC stand-in as the kubelet leaves a volume for fsGroup 10001: root-owned, group 10001, mode 2775. */
function expectFsGroupVolume(dir: string): void {
  const st = statSync(dir);
  expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([0, 10001, 0o2775]);
}

const envOf = (run: ManifestRun, name: string): string => run.spec.env!.find(([k]) => k === name)![1];
const timings: string[] = [];
const describeContainers = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? describe.skip : describe;

describeContainers('stateful services run the official images (local stand-ins) as their StatefulSets run them', () => {
  beforeAll(() => {
    ensureContainerTools([POSTGRES_STANDIN, REDIS_STANDIN]);
  }, 120_000);

  afterAll(() => {
    if (timings.length > 0) console.log(`stateful services, start to ready:\n  ${timings.join('\n  ')}`);
  });

  describe('Postgres', () => {
    const pg = synthesize((shop) => new Postgres(shop, 'db', {
      // provisioned as the gate's secret-refs rule wants (the test gives the key dummy values, _pod-spec.ts)
      credentials: new GeneratedCredentials(shop, 'db-credentials', { username: 'app' }).secret, database: 'shop', backup: DISABLED,
    }));

    test('the manifest: UID/GID 10001, emptyDirs at /tmp and /var/run/postgresql, the data volume at PGDATA\'s parent, two different probe commands', () => {
      expect(pg.pod.securityContext).toEqual(expect.objectContaining({ runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001 }));
      expect(pg.container.volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/var/run/postgresql', '/var/lib/postgresql/data']);
      expect(pg.container.readinessProbe.exec.command).not.toEqual(pg.container.livenessProbe.exec.command);
      expect(pg.container.startupProbe.exec.command).toEqual(pg.container.readinessProbe.exec.command);
    });

    test('initializes PGDATA as 10001 on the fsGroup\'s volume, becomes ready and alive, serves its user over TCP, keeps its data across a restart', async () => {
      const run = runOf(pg, POSTGRES_STANDIN, 'postgres');
      const spec = { ...run.spec, port: 5432 };
      const data = run.persistentDirs['/var/lib/postgresql/data']!;
      const [user, password] = [envOf(run, 'POSTGRES_USER'), envOf(run, 'POSTGRES_PASSWORD')];
      /** psql from the stand-in image on the host network, through the published port: scram password auth. */
      const client = (port: number, sql: string, pw = password) => runCommand('podman', ['run', '--rm', '--network', 'host', POSTGRES_STANDIN,
        'psql', '-XAtq', '-v', 'ON_ERROR_STOP=1', `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/shop`, '-c', sql], { allowFailure: true, timeoutMs: 60_000 });
      try {
        expectFsGroupVolume(data);
        await withContainer(spec, async (running) => {
          const seconds = await untilPasses(running, pg.container.readinessProbe, 'the readiness probe');
          timings.push(`Postgres (first start, initdb): ready in ${seconds.toFixed(1)} s`);
          expect(await probe(running, pg.container.livenessProbe)).toEqual({ ok: true, output: '' });
          await expectHardened(running, run);
          await expectWritablePaths(running, run, ['/tmp', '/var/run/postgresql', '/var/lib/postgresql/data']);
          expectFsGroupVolume(data); // the server made PGDATA inside it and left the volume as it was
          expect(await running.logs()).toContain('PostgreSQL init process complete; ready for start up.');
          // UID 10001 is no user of the image: the entrypoint ran initdb under nss_wrapper
          expect((await runCommand('podman', ['exec', running.name, 'getent', 'passwd', '10001'], { allowFailure: true })).code).not.toBe(0);

          // PGDATA (/var/lib/postgresql/data/pgdata) was made by the server's user inside the fsGroup's volume
          expect([statSync(path.join(data, 'pgdata')).uid, statSync(path.join(data, 'pgdata')).mode & 0o777]).toEqual([10001, 0o700]);
          expect(statSync(path.join(data, 'pgdata', 'PG_VERSION')).uid).toBe(10001);

          const wrong = await client(running.hostPort, 'SELECT 1', 'not-the-password');
          expect(wrong.code).not.toBe(0);
          expect(wrong.stderr).toContain('password authentication failed');
          const created = await client(running.hostPort, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('on the volume'); SELECT current_user, current_database()");
          expect({ code: created.code, stdout: created.stdout.trim() }).toEqual({ code: 0, stdout: `${user}|shop` });
        });

        // a new container on the same volume: no second initdb, the data is there
        await withContainer({ ...spec, name: `${spec.name}-2` }, async (running) => {
          const seconds = await untilPasses(running, pg.container.readinessProbe, 'the readiness probe after a restart');
          timings.push(`Postgres (restart on its volume): ready in ${seconds.toFixed(1)} s`);
          expect((await probe(running, pg.container.livenessProbe)).ok).toBe(true);
          expect(await running.logs()).toContain('Skipping initialization');
          expect((await client(running.hostPort, 'SELECT v FROM kept')).stdout.trim()).toBe('on the volume');
        });
      } finally {
        run.cleanup();
      }
    }, TIMEOUT_MS);

    test('with no server in the container, both probes fail', async () => {
      const run = runOf(pg, POSTGRES_STANDIN, 'postgres-idle');
      try {
        expect(await probeWithoutServer(run, [pg.container.readinessProbe, pg.container.livenessProbe])).toEqual([false, false]);
      } finally {
        run.cleanup();
      }
    }, TIMEOUT_MS);

    test('while the entrypoint initializes PGDATA (its server on the socket only), liveness passes and readiness fails', async () => {
      // The same run plus one init script, mounted read-only at /docker-entrypoint-initdb.d, that holds the
      // initialization for a while: the only way to look at this phase, which otherwise lasts about a second.
      const run = runOf(pg, POSTGRES_STANDIN, 'postgres-init');
      const initDir = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-initdb-'));
      writeFileSync(path.join(initDir, 'slow.sh'), 'echo "init script: holding the initialization"; sleep 8\n');
      chmodSync(initDir, 0o755);
      const spec = { ...run.spec, binds: [...run.spec.binds!, { hostPath: initDir, containerPath: '/docker-entrypoint-initdb.d', readOnly: true }] };
      try {
        await withContainer(spec, async (running) => {
          for (let i = 0; !(await running.logs()).includes('init script: holding the initialization'); i++) {
            if (i > 240) throw new Error('the init script did not start within 60 s');
            await new Promise((r) => setTimeout(r, 250));
          }
          expect(await probe(running, pg.container.livenessProbe)).toEqual({ ok: true, output: '' });
          const readiness = await probe(running, pg.container.readinessProbe);
          expect(readiness.ok).toBe(false);
          expect(readiness.output).toContain('127.0.0.1:5432 - no response');
          // and once the initialization is done, both pass
          await untilPasses(running, pg.container.readinessProbe, 'the readiness probe after the initialization');
          expect((await probe(running, pg.container.livenessProbe)).ok).toBe(true);
        });
      } finally {
        run.cleanup();
        rmSync(initDir, { recursive: true, force: true });
      }
    }, TIMEOUT_MS);
  });

  describe('Postgres, rejecting connections', () => {
    const pg = synthesize((shop) => new Postgres(shop, 'db', {
      credentials: new GeneratedCredentials(shop, 'db-credentials', { username: 'app' }).secret, database: 'shop', backup: DISABLED,
    }));

    test('while the server shuts down with a session still open (it rejects connections), liveness passes and readiness fails', async () => {
      // SIGTERM is Postgres' smart shutdown (what the kubelet sends first): the server refuses new connections and
      // waits for the open sessions; pg_isready reports that as "rejecting connections" (exit 1).
      const run = runOf(pg, POSTGRES_STANDIN, 'postgres-rejecting');
      try {
        await withContainer(run.spec, async (running) => {
          await untilPasses(running, pg.container.readinessProbe, 'the readiness probe');
          const session = 'PGPASSWORD="$POSTGRES_PASSWORD" psql -XAtq -h /var/run/postgresql -U "$POSTGRES_USER" -d "$POSTGRES_DB"';
          await runCommand('podman', ['exec', '-d', running.name, 'sh', '-c', `${session} -c 'SELECT pg_sleep(60)'`]);
          for (let i = 0; ; i++) {
            const r = await runCommand('podman', ['exec', running.name, 'sh', '-c', `${session} -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'"`], { allowFailure: true });
            if (r.stdout.trim() === '1') break;
            if (i > 80) throw new Error(`the session did not start within 20 s (${r.stdout}${r.stderr})`);
            await new Promise((r2) => setTimeout(r2, 250));
          }
          await runCommand('podman', ['kill', '--signal', 'TERM', running.name]);
          for (let i = 0; !(await running.logs()).includes('received smart shutdown request'); i++) {
            if (i > 80) throw new Error('the server did not log the smart shutdown within 20 s');
            await new Promise((r) => setTimeout(r, 250));
          }
          const readiness = await probe(running, pg.container.readinessProbe);
          expect(readiness).toEqual({ ok: false, output: '127.0.0.1:5432 - rejecting connections' });
          expect(await probe(running, pg.container.livenessProbe)).toEqual({ ok: true, output: '' });
          expect(await running.isRunning()).toBe(true); // still shutting down: both answers were given in that state
        });
      } finally {
        run.cleanup();
      }
    }, TIMEOUT_MS);
  });

  describe('Redis', () => {
    const redis = synthesize((shop) => new Redis(shop, 'cache', { credentials: new GeneratedCredentials(shop, 'cache-auth').secret, backup: DISABLED }));

    test('the manifest: UID/GID 10001, the server as the command, /data on the volume, two different probe commands', () => {
      expect(redis.pod.securityContext).toEqual(expect.objectContaining({ runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001 }));
      expect(redis.container.command).toEqual(['redis-server']);
      expect(redis.container.volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/data']);
      expect(redis.container.readinessProbe.exec.command).not.toEqual(redis.container.livenessProbe.exec.command);
    });

    test('writes its append-only file as 10001 on the fsGroup\'s volume, becomes ready and alive, serves with the password, keeps its data across a restart', async () => {
      const run = runOf(redis, REDIS_STANDIN, 'redis');
      const spec = { ...run.spec, port: 6379 };
      const data = run.persistentDirs['/data']!;
      const password = envOf(run, 'REDIS_PASSWORD');
      try {
        expectFsGroupVolume(data);
        await withContainer(spec, async (running) => {
          const seconds = await untilPasses(running, redis.container.readinessProbe, 'the readiness probe');
          timings.push(`Redis (first start): ready in ${seconds.toFixed(1)} s`);
          expect(await probe(running, redis.container.livenessProbe)).toEqual({ ok: true, output: '' });
          await expectHardened(running, run);
          await expectWritablePaths(running, run, ['/tmp', '/data']);
          await expect(redisCommand(running.hostPort, 'not-the-password', 'PING')).rejects.toThrow(/WRONGPASS/);
          expect(await redisCommand(running.hostPort, password, 'SET', 'kept', 'on the volume')).toBe('OK');
          expect(statSync(path.join(data, 'appendonlydir')).uid).toBe(10001);
          expectFsGroupVolume(data);
        });
        await withContainer({ ...spec, name: `${spec.name}-2` }, async (running) => {
          await untilPasses(running, redis.container.readinessProbe, 'the readiness probe after a restart');
          expect(await redisCommand(running.hostPort, password, 'GET', 'kept')).toBe('on the volume');
        });
      } finally {
        run.cleanup();
      }
    }, TIMEOUT_MS);

    test('with no server in the container, both probes fail', async () => {
      const run = runOf(redis, REDIS_STANDIN, 'redis-idle');
      try {
        expect(await probeWithoutServer(run, [redis.container.readinessProbe, redis.container.livenessProbe])).toEqual([false, false]);
      } finally {
        run.cleanup();
      }
    }, TIMEOUT_MS);

    test('while Redis loads its data set (it answers LOADING), liveness passes and readiness fails', async () => {
      const run = runOf(redis, REDIS_STANDIN, 'redis-loading');
      const password = envOf(run, 'REDIS_PASSWORD');
      try {
        // 5000 keys, rewritten into the append-only file's RDB base
        await withContainer(run.spec, async (running) => {
          await untilPasses(running, redis.container.readinessProbe, 'the readiness probe');
          await runCommand('podman', ['exec', running.name, 'sh', '-c',
            'seq 1 5000 | sed "s/.*/SET key:& value/" | redis-cli -a "$REDIS_PASSWORD" --no-auth-warning --pipe && redis-cli -a "$REDIS_PASSWORD" --no-auth-warning bgrewriteaof']);
          for (let i = 0; !/aof_rewrite_in_progress:0/.test((await runCommand('podman', ['exec', running.name, 'redis-cli', '-a', password, '--no-auth-warning', 'info', 'persistence'])).stdout); i++) {
            if (i > 120) throw new Error('the AOF rewrite did not finish within 30 s');
            await new Promise((r) => setTimeout(r, 250));
          }
        });
        // The same run, the server told to load slowly (Redis' own test settings: 1 ms per key, events every KiB).
        const slow = { ...run.spec, name: `${run.spec.name}-2`, args: [...run.spec.args!, '--key-load-delay', '1000', '--loading-process-events-interval-bytes', '1024'] };
        await withContainer(slow, async (running) => {
          const ping = () => runCommand('podman', ['exec', running.name, 'redis-cli', '-a', password, '--no-auth-warning', 'ping'], { allowFailure: true }).then((r) => r.stdout.trim());
          for (let i = 0, reply = ''; !reply.startsWith('LOADING'); i++, reply = await ping()) {
            if (i > 120) throw new Error(`Redis did not answer LOADING within 30 s (last: ${reply})`);
          }
          expect(await probe(running, redis.container.readinessProbe)).toEqual({ ok: false, output: '' });
          expect(await probe(running, redis.container.livenessProbe)).toEqual({ ok: true, output: '' });
          expect(await ping()).toMatch(/^LOADING/); // still loading: both answers were given while it loaded
          await untilPasses(running, redis.container.readinessProbe, 'the readiness probe after loading');
          expect((await probe(running, redis.container.livenessProbe)).ok).toBe(true);
        });
      } finally {
        run.cleanup();
      }
    }, TIMEOUT_MS);
  });
});
