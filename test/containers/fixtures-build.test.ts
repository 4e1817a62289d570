/**
 * Builds every hand-written fixture Dockerfile (test/fixtures/dockerfiles/<service>/Dockerfile) UNCHANGED with
 * buildah against its service (test/fixtures/services/<service>, or the cargo workspace it is a member of), runs the
 * image hardened like the Kubernetes manifests run it (uid 10001, read-only root, all capabilities dropped, no
 * privilege escalation, default seccomp, tmpfs only at the declared writable paths) and checks GET /healthz and GET /.
 *
 * The Rust services build from the crates scripts/vendor-rust.sh vendors (run here in beforeAll, idempotent).
 * Needs root and `bash scripts/containers/setup.sh` (tools + local base images). Set
 * CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 to skip on machines without them.
 */
import { chownSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import {
  buildImage, ensureContainerTools, httpRequest, inspectImage, REPO_ROOT, runCommand, runContainer, Running, waitHttp,
} from '../_containers';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const USER = '10001:10001';
const TEST_TIMEOUT_MS = 15 * 60_000;
/** CDK8S_BLUEPRINTS_CONTAINERS_NO_CACHE=1: build without the layer cache (cold build timings). */
const NO_CACHE = process.env.CDK8S_BLUEPRINTS_CONTAINERS_NO_CACHE === '1';

function fixtureTag(service: string): string {
  return `localhost/cdk8s-blueprints-fixture/${service}:test`;
}

/** Build context of a service that is not its own folder: the Rust services that share code are one cargo workspace. */
const CONTEXT_DIR: Record<string, string> = { 'rust-sqlite': 'rust-apps', 'user-service': 'rust-apps' };

function buildFixture(service: string, network: 'host' | 'none') {
  return buildImage({
    contextDir: path.join(FIXTURES, 'services', CONTEXT_DIR[service] ?? service),
    dockerfile: path.join(FIXTURES, 'dockerfiles', service, 'Dockerfile'),
    tag: fixtureTag(service),
    network,
    noCache: NO_CACHE,
  });
}

interface Fixture {
  readonly service: string;
  readonly port: number;
  readonly env?: Record<string, string>;
  /** emptyDir mounts of the manifest; /tmp always. */
  readonly writablePaths: string[];
  /** Expected body of GET /. */
  readonly root: string | RegExp;
  /** 'none': the build must work without any network (everything it needs is in the base images). */
  readonly network: 'host' | 'none';
  /** Whether the image declares a HEALTHCHECK (only where the runtime can run one). */
  readonly healthcheck: boolean;
  /** Whether PID 1 exits on SIGTERM (or the image's STOPSIGNAL) before podman's 2 s grace period ends. */
  readonly stopsOnSignal: boolean;
  readonly more?: (running: Running) => Promise<void>;
}

const FIXTURE_LIST: Fixture[] = [
  { service: 'rust-web', port: 8080, writablePaths: ['/tmp'], root: 'Hello, world!', network: 'none', healthcheck: false, stopsOnSignal: true },
  {
    service: 'rust-sqlite',
    port: 8080,
    writablePaths: ['/tmp', '/data'],
    root: /"service":"rust-sqlite"/,
    // apt-get installs libsqlite3-dev in the build stage (rusqlite links SQLite statically): needs the Debian mirror
    network: 'host',
    healthcheck: false,
    stopsOnSignal: true,
    more: async (running) => {
      const created = await httpRequest(running.url('/users'), { method: 'POST', body: '{"name":"Ada Lovelace"}' });
      expect(created.status).toBe(201);
      expect(JSON.parse(created.body)).toEqual({ id: 1, name: 'Ada Lovelace' });
      expect((await httpRequest(running.url('/users'), { method: 'POST', body: 'name=Grace+Hopper' })).status).toBe(201);
      const list = await httpRequest(running.url('/users'));
      expect(JSON.parse(list.body)).toEqual([{ id: 1, name: 'Ada Lovelace' }, { id: 2, name: 'Grace Hopper' }]);
      expect(JSON.parse((await httpRequest(running.url('/users/2'))).body)).toEqual({ id: 2, name: 'Grace Hopper' });
      expect((await httpRequest(running.url('/users/3'))).status).toBe(404);
      const health = JSON.parse((await httpRequest(running.url('/healthz'))).body) as { users: number; database: string };
      expect(health).toEqual({ status: 'ok', users: 2, database: '/data/my_database.db' });
    },
  },
  {
    service: 'user-service',
    port: 8080,
    // the manifest sets HOST (the binary defaults to 127.0.0.1) and DATABASE_URL from a Secret
    env: { HOST: '0.0.0.0', DATABASE_URL: 'postgres://users:not-a-secret@127.0.0.1:5432/users' },
    writablePaths: ['/tmp'],
    root: /"service":"user-service"/,
    network: 'none',
    healthcheck: false,
    stopsOnSignal: true,
    more: async (running) => {
      // nothing listens at DATABASE_URL: the service is up, says so, and answers 503 instead of pretending to store
      // anything (test/containers/user-service-postgres.test.ts does the CRUD round trip on a real PostgreSQL)
      expect(JSON.parse((await httpRequest(running.url('/healthz'))).body)).toEqual({ status: 'ok', database: 'connecting' });
      const created = await httpRequest(running.url('/users'), {
        method: 'POST', body: JSON.stringify({ name: 'Ada', email: 'ada@example.com' }), headers: { 'content-type': 'application/json' },
      });
      expect({ status: created.status, body: JSON.parse(created.body) }).toEqual({ status: 503, body: { error: 'database unavailable' } });
    },
  },
  { service: 'go-app', port: 8080, writablePaths: ['/tmp'], root: 'Hello from Go!', network: 'none', healthcheck: false, stopsOnSignal: true },
  { service: 'node-app', port: 3000, writablePaths: ['/tmp'], root: 'Hello from Node!', network: 'none', healthcheck: true, stopsOnSignal: true },
  { service: 'flask-app', port: 8000, writablePaths: ['/tmp'], root: 'Hello, World!', network: 'none', healthcheck: true, stopsOnSignal: true },
  { service: 'static-site', port: 8080, writablePaths: ['/tmp'], root: /Hello from static-site/, network: 'none', healthcheck: false, stopsOnSignal: true },
  // apt-get install inside RUN: needs the Debian mirror. busybox httpd as PID 1 has no SIGTERM handler, so the
  // kernel ignores SIGTERM and it is killed when the grace period ends.
  {
    service: 'custom-httpd', port: 8080, writablePaths: ['/tmp'], root: /Hello from custom-httpd/, network: 'host', healthcheck: true, stopsOnSignal: false,
  },
];

interface Timing { service: string; build: number; start: number; checks: number; stop: number }
const timings: Timing[] = [];

const describeContainers = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? describe.skip : describe;

describeContainers('fixture Dockerfiles build with buildah and run hardened with podman', () => {
  beforeAll(async () => {
    ensureContainerTools();
    await runCommand('bash', [path.join(REPO_ROOT, 'scripts/vendor-rust.sh')], { timeoutMs: 600_000 });
  }, 15 * 60_000);

  afterAll(() => {
    if (timings.length === 0) return;
    const rows = timings.map((t) =>
      `${t.service.padEnd(14)} build ${t.build.toFixed(1).padStart(6)} s   start->healthy ${t.start.toFixed(1).padStart(5)} s   `
      + `checks ${t.checks.toFixed(1).padStart(4)} s   stop ${t.stop.toFixed(1).padStart(4)} s   total ${(t.build + t.start + t.checks + t.stop).toFixed(1).padStart(6)} s`);
    console.log(`fixture images, build + run:\n${rows.join('\n')}`);
  });

  test.each(FIXTURE_LIST)('$service: builds unchanged, runs as 10001 read-only, answers /healthz and /', async (f) => {
    const tag = fixtureTag(f.service);
    const built = await buildFixture(f.service, f.network);

    const config = await inspectImage(tag);
    expect(config.User).toBe(USER);
    expect(Object.keys(config.ExposedPorts ?? {})).toEqual([`${f.port}/tcp`]);
    expect((config.Entrypoint ?? config.Cmd ?? []).length).toBeGreaterThan(0); // exec form: a JSON array
    expect(config.Labels?.['org.opencontainers.image.title']).toBe(f.service);
    expect((config.Healthcheck?.Test?.[0] ?? 'NONE') !== 'NONE').toBe(f.healthcheck);

    const startedAt = Date.now();
    const running = await runContainer({
      image: tag,
      name: `cdk8s-blueprints-fixture-${f.service}-${process.pid}`,
      user: USER,
      port: f.port,
      env: f.env,
      readOnly: true,
      capDropAll: true,
      noNewPrivileges: true,
      writablePaths: f.writablePaths,
    });
    let start = 0;
    let checksAt = 0;
    let stop = 0;
    try {
      const health = await waitHttp(running.url('/healthz'), 60_000, { running });
      start = (Date.now() - startedAt) / 1000;
      checksAt = Date.now();
      expect(health.status).toBe(200);

      const root = await httpRequest(running.url('/'));
      expect(root.status).toBe(200);
      if (typeof f.root === 'string') expect(root.body.trim()).toBe(f.root);
      else expect(root.body).toMatch(f.root);

      // the hardening really applies to the running process
      const ps = await running.processStatus();
      expect(ps).toEqual({ uid: 10001, gid: 10001, capEff: '0000000000000000', noNewPrivs: true, seccomp: 2 });
      const hostConfig = JSON.parse((await runCommand('podman', ['inspect', '--format', '{{json .HostConfig}}', running.name])).stdout) as
        { ReadonlyRootfs: boolean; CapDrop: string[] | null };
      expect(hostConfig.ReadonlyRootfs).toBe(true);

      if (f.healthcheck) {
        const hc = await running.healthcheck();
        expect(hc).toEqual(expect.objectContaining({ healthy: true }));
      }
      await f.more?.(running);
    } catch (e) {
      const logs = await running.logs();
      (e as Error).message += `\n--- logs of ${running.name} ---\n${logs.split('\n').slice(-40).join('\n')}`;
      throw e;
    } finally {
      const checks = checksAt > 0 ? (Date.now() - checksAt) / 1000 : 0;
      stop = (await running.stop()).seconds;
      timings.push({ service: f.service, build: built.seconds, start, checks, stop });
      console.log(`${f.service}: build ${built.seconds.toFixed(1)} s, start->healthy ${start.toFixed(1)} s, checks ${checks.toFixed(1)} s, stop ${stop.toFixed(1)} s`);
    }
    // SIGTERM handled (PID 1 gets no default action): podman rm -t 2 returns well before its 2 s SIGKILL
    if (f.stopsOnSignal) expect(stop).toBeLessThan(1.9);
    else expect(stop).toBeGreaterThanOrEqual(1.9);
  }, TEST_TIMEOUT_MS);

  test('rust-sqlite keeps its data across a restart on a persistent volume at DATA_DIR', async () => {
    await buildFixture('rust-sqlite', 'host');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-pvc-'));
    chownSync(dataDir, 10001, 10001); // as a PVC with fsGroup would be
    const run = () => runContainer({
      image: fixtureTag('rust-sqlite'), name: `cdk8s-blueprints-fixture-rust-sqlite-pvc-${process.pid}`, user: USER, port: 8080,
      writablePaths: ['/tmp'], volumes: { '/data': dataDir },
    });
    try {
      const first = await run();
      try {
        await waitHttp(first.url('/healthz'), 60_000, { running: first });
        expect((await httpRequest(first.url('/users'), { method: 'POST', body: 'Katherine Johnson' })).status).toBe(201);
      } finally {
        await first.stop();
      }
      const second = await run();
      try {
        await waitHttp(second.url('/healthz'), 60_000, { running: second });
        expect(JSON.parse((await httpRequest(second.url('/users'))).body)).toEqual([{ id: 1, name: 'Katherine Johnson' }]);
      } finally {
        await second.stop();
      }
      // a SQLite database file, written by the container's user
      const database = path.join(dataDir, 'my_database.db');
      expect(readFileSync(database).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
      expect(statSync(database).uid).toBe(10001);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, TEST_TIMEOUT_MS);
});
