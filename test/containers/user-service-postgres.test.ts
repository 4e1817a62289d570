/**
 * Seed 004's user service on a real PostgreSQL, from the image built UNCHANGED from its generated Dockerfile:
 *
 *  1. synthesizes the examples in memory; the user-service Image's Dockerfile (Build.rust, vendored crates) and ignore
 *     file are written to a temp dir and built with buildah with NO network (`--network none`): the crates come from
 *     test/fixtures/services/rust-apps/vendor, which `bash scripts/vendor-rust.sh` makes from Debian's librust-*-dev;
 *  2. starts the image as the production Deployment runs it (user, read-only root, capabilities, no-new-privileges,
 *     emptyDir tmpfs, env with Kubernetes' $(VAR) expansion; ./_pod-spec.ts). The credentials Secret holds what the
 *     cluster's would (user `user_service`, a generated password), so DATABASE_URL is exactly what the kubelet gives:
 *     postgres://user_service:<password>@user-db.shop.svc:5432/users;
 *  3. runs PostgreSQL 15 (Debian's, `bash scripts/ci/services.sh`) as the OS user postgres INSIDE the container's
 *     network namespace (nsenter), on 127.0.0.1:5432, and resolves user-db.shop.svc to it (--add-host), so the
 *     manifest's host and port are used as they are and nothing listens on the host's network; scram passwords;
 *  4. CRUD round trip over HTTP (create, get by id, list, 404 for a missing id, 400 for bad JSON and bad fields),
 *     the rows read back with psql, a PostgreSQL restart survived (503 while it is down), a password with ':', '@'
 *     and '/' as the kubelet expands it (raw, not percent-encoded), SIGTERM handled as PID 1.
 *
 * Needs root, `bash scripts/containers/setup.sh` and `bash scripts/ci/services.sh`;
 * CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 skips. Prints build and round-trip seconds and the image size.
 */
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { buildExamples } from '../../apps';
import { Image } from '../../lib/index';
import {
  BASE_IMAGES, buildImageWithIgnoreFile, freshExamplesLock, containerRunArgs, ensureContainerTools, freePort, httpRequest, inspectImage, REPO_ROOT,
  runCommand, waitHttp,
} from '../_containers';
import { manifestRun, workloadContainers } from './_pod-spec';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const TEST_TIMEOUT_MS = 20 * 60_000;
const NO_CACHE = process.env.CDK8S_BLUEPRINTS_CONTAINERS_NO_CACHE === '1';
const TAG = 'localhost/cdk8s-blueprints-example/user-service:postgres-test';
/** The GeneratedCredentials' literal user name (apps/user-service.ts) and a password of the generator's alphabet. */
const DB_USER = 'user_service';
const DB_PASSWORD = 'q7Vd2kLm9TzR4xWb8NcY3pHs6JfG1aUe';

// the bases locked afresh against the local registry's stand-ins (the committed lock names another machine's)
const app = buildExamples({
  outdir: path.join(tmpdir(), 'cdk8s-blueprints-user-service-postgres'),
  ...(process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? {} : { baseImageLock: freshExamplesLock() }),
});
const synthesis = app.synthesize();
const image = app.node.findAll().find((c): c is Image => c instanceof Image && c.name === 'user-service')!;
const deployment = workloadContainers(synthesis.objects)
  .find((w) => w.production && !w.init && w.kind === 'Deployment' && w.container.image === image.imageReference)!;

/** `runuser -u postgres -- <PG_BIN>/<bin> args`, optionally inside a network namespace; rejects on failure. */
function asPostgres(bin: string, args: string[], netnsPid?: number) {
  const command = ['runuser', '-u', 'postgres', '--', `${PG_BIN}/${bin}`, ...args];
  return netnsPid === undefined
    ? runCommand(command[0]!, command.slice(1), { timeoutMs: 120_000 })
    : runCommand('nsenter', [`--net=/proc/${netnsPid}/ns/net`, '--', ...command], { timeoutMs: 120_000 });
}

/** A PostgreSQL 15 cluster in a temp dir, served inside a container's network namespace on 127.0.0.1:5432. */
class PostgresInNetns {
  public readonly root = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-user-pg-'));
  private readonly data = path.join(this.root, 'data');
  private netnsPid?: number;

  public async init(): Promise<void> {
    const postgres = (await runCommand('id', ['-u', 'postgres'])).stdout.trim();
    const group = (await runCommand('id', ['-g', 'postgres'])).stdout.trim();
    chownSync(this.root, Number(postgres), Number(group));
    // the socket (in root) is trusted for the test's own psql; TCP, which the service uses, needs the password (scram)
    await asPostgres('initdb', ['-D', this.data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  }

  public async start(netnsPid: number): Promise<void> {
    this.netnsPid = netnsPid;
    const opts = `-p 5432 -k ${this.root} -c listen_addresses=127.0.0.1 -c fsync=off -c password_encryption=scram-sha-256`;
    await asPostgres('pg_ctl', ['-D', this.data, '-l', path.join(this.root, 'server.log'), '-w', '-t', '60', '-o', opts, 'start'], netnsPid);
  }

  public async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (existsSync(path.join(this.data, 'postmaster.pid'))) await asPostgres('pg_ctl', ['-D', this.data, '-m', mode, '-w', 'stop']);
  }

  public async restart(): Promise<void> {
    await this.start(this.netnsPid!);
  }

  /** psql over the socket as the superuser; stdout of -XAtq. */
  public async psql(database: string, sql: string): Promise<string> {
    const r = await asPostgres('psql', ['-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', '-h', this.root, '-p', '5432', '-U', 'postgres', '-d', database, '-c', sql]);
    return r.stdout.trim();
  }

  /** The database as the Postgres construct makes it: the app's role, with `password`, owns the database 'users'. */
  public async provision(password: string): Promise<void> {
    const exists = await this.psql('postgres', `SELECT count(*) FROM pg_roles WHERE rolname = '${DB_USER}'`);
    await this.psql('postgres', `${exists === '1' ? 'ALTER' : 'CREATE'} ROLE ${DB_USER} LOGIN PASSWORD '${password.replace(/'/g, "''")}'`);
    if (await this.psql('postgres', "SELECT count(*) FROM pg_database WHERE datname = 'users'") === '0') {
      await this.psql('postgres', `CREATE DATABASE users OWNER ${DB_USER}`);
    }
  }

  public async remove(): Promise<void> {
    try {
      await this.stop('immediate');
    } finally {
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}

/** The service as the manifest runs it, with user-db.shop.svc resolving to the container's own loopback. */
async function startService(name: string, password: string) {
  const run = manifestRun(deployment, {
    image: TAG, name, objects: synthesis.objects, secretValues: { 'user-db-credentials': { username: DB_USER, password } },
  });
  const hostPort = await freePort();
  await runCommand('podman', ['rm', '-f', '-t', '0', name], { allowFailure: true });
  await runCommand('podman', ['run', '-d', '--add-host', 'user-db.shop.svc:127.0.0.1', ...containerRunArgs(run.spec, hostPort)]);
  const pid = Number((await runCommand('podman', ['inspect', '--format', '{{.State.Pid}}', name])).stdout.trim());
  const url = (p: string) => `http://127.0.0.1:${hostPort}${p}`;
  const logs = async () => {
    const r = await runCommand('podman', ['logs', name], { allowFailure: true });
    return `${r.stdout}${r.stderr}`;
  };
  const isRunning = async () => (await runCommand('podman', ['inspect', '--format', '{{.State.Running}}', name], { allowFailure: true })).stdout.trim() === 'true';
  const stop = async () => (await runCommand('podman', ['rm', '-f', '-t', '2', name], { allowFailure: true, timeoutMs: 60_000 })).seconds;
  return { run, pid, url, logs, isRunning, stop, name };
}

type Service = Awaited<ReturnType<typeof startService>>;

async function json(url: string, init: { method?: string; body?: string } = {}): Promise<{ status: number; body: unknown }> {
  const r = await httpRequest(url, { ...init, headers: init.body !== undefined ? { 'content-type': 'application/json' } : {} });
  return { status: r.status, body: JSON.parse(r.body) as unknown };
}

/** Polls /healthz until it reports `database` (the service connects in the background, retrying every 2 s). */
async function waitDatabase(service: Service, state: 'connected' | 'connecting', timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    const r = await httpRequest(service.url('/healthz')).catch((e: Error) => ({ status: 0, body: e.message }));
    last = r.body;
    if (r.status === 200 && (JSON.parse(r.body) as { database?: string }).database === state) return;
    if (!(await service.isRunning())) break;
    await new Promise((r2) => setTimeout(r2, 200));
  }
  throw new Error(`/healthz did not report database '${state}' within ${timeoutMs} ms; last: ${JSON.stringify(last)}\n${await service.logs()}`);
}

const describeContainers = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? describe.skip : describe;

describeContainers('user service on PostgreSQL: the generated Dockerfile builds offline, the image does CRUD on a real database', () => {
  const pg = new PostgresInNetns();
  const timings: string[] = [];

  beforeAll(async () => {
    ensureContainerTools([BASE_IMAGES.rust, BASE_IMAGES.distrolessCc]);
    for (const bin of ['initdb', 'pg_ctl', 'postgres', 'psql']) {
      if (!existsSync(`${PG_BIN}/${bin}`)) throw new Error(`${PG_BIN}/${bin} is missing: run \`bash scripts/ci/services.sh\` as root`);
    }
    await runCommand('bash', [path.join(REPO_ROOT, 'scripts/vendor-rust.sh')], { timeoutMs: 600_000 });
    await pg.init();
  }, 15 * 60_000);

  afterAll(async () => {
    await pg.remove();
    if (timings.length > 0) console.log(`user-service on PostgreSQL:\n  ${timings.join('\n  ')}`);
  });

  test('the generated Dockerfile copies the vendored crates and Cargo.lock before the sources, builds --offline --locked, and builds with no network', async () => {
    const dockerfile = synthesis.files.get(image.dockerfilePath)!;
    const lines = dockerfile.split('\n');
    const at = (line: string) => lines.indexOf(line);
    expect([at('COPY vendor ./vendor'), at('COPY Cargo.toml Cargo.lock ./'), at('COPY user-service ./user-service')]).toEqual([
      expect.any(Number), at('COPY vendor ./vendor') + 1, expect.any(Number),
    ]);
    expect(at('COPY vendor ./vendor')).toBeGreaterThan(0);
    expect(at('COPY user-service ./user-service')).toBeGreaterThan(at('COPY Cargo.toml Cargo.lock ./'));
    expect(dockerfile).toContain(`cargo build --release --offline --locked --config 'source.crates-io.replace-with="vendored-sources"' --config 'source.vendored-sources.directory="vendor"' --bin user-service`);

    const dir = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-user-service-df-'));
    try {
      writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
      writeFileSync(path.join(dir, 'Dockerfile.dockerignore'), synthesis.files.get(image.dockerignorePath)!);
      const built = await buildImageWithIgnoreFile({
        contextDir: path.join(REPO_ROOT, image.context), dockerfile: path.join(dir, 'Dockerfile'), ignoreFile: path.join(dir, 'Dockerfile.dockerignore'),
        tag: TAG, network: 'none', noCache: NO_CACHE, pull: 'always', // FROM …@sha256: through the registry mirror
      });
      const size = Number((await runCommand('podman', ['image', 'inspect', '--format', '{{.Size}}', TAG])).stdout.trim());
      timings.push(`build ${built.seconds.toFixed(1)} s (${NO_CACHE ? 'no layer cache' : 'layer cache'}), image ${(size / 1e6).toFixed(1)} MB`);
      const config = await inspectImage(TAG);
      expect(config.User).toBe('10001:10001');
      expect(config.Entrypoint).toEqual(['/usr/local/bin/user-service']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, TEST_TIMEOUT_MS);

  test('CRUD round trip as the production Deployment runs it: DATABASE_URL from the manifest, rows in PostgreSQL, a database restart survived', async () => {
    const started = Date.now();
    const service = await startService(`cdk8s-blueprints-user-service-pg-${process.pid}`, DB_PASSWORD);
    try {
      // exactly the env the manifest gives, with the Secret's values expanded by $(VAR) as the kubelet does
      const env = JSON.parse((await runCommand('podman', ['inspect', '--format', '{{json .Config.Env}}', service.name])).stdout) as string[];
      expect(env).toEqual(expect.arrayContaining([
        'HOST=0.0.0.0', 'PORT=8080', `USER_DB_USER=${DB_USER}`, 'USER_DB_HOST=user-db.shop.svc', 'USER_DB_PORT=5432', 'USER_DB_DATABASE=users',
        `DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@user-db.shop.svc:5432/users`,
      ]));
      // no database yet (the manifest's init container would wait for it): the service is up and says so
      await waitHttp(service.url('/healthz'), 60_000);
      expect(await json(service.url('/healthz'))).toEqual({ status: 200, body: { status: 'ok', database: 'connecting' } });
      expect(await json(service.url('/users'))).toEqual({ status: 503, body: { error: 'database unavailable' } });

      await pg.start(service.pid);
      await pg.provision(DB_PASSWORD);
      await waitDatabase(service, 'connected');

      const ada = { name: 'Ada Lovelace', email: 'ada@example.com' };
      const grace = { name: 'Grace Hopper', email: 'grace@example.com' };
      expect(await json(service.url('/users'), { method: 'POST', body: JSON.stringify(ada) })).toEqual({ status: 201, body: { id: 1, ...ada } });
      expect(await json(service.url('/users'), { method: 'POST', body: JSON.stringify(grace) })).toEqual({ status: 201, body: { id: 2, ...grace } });
      expect(await json(service.url('/users/1'))).toEqual({ status: 200, body: { id: 1, ...ada } });
      expect(await json(service.url('/users'))).toEqual({ status: 200, body: [{ id: 1, ...ada }, { id: 2, ...grace }] });
      expect(await json(service.url('/users/99'))).toEqual({ status: 404, body: { error: 'user not found' } });
      expect(await json(service.url('/users/abc'))).toEqual({ status: 400, body: { error: 'id must be a positive integer' } });
      expect(await json(service.url('/users'), { method: 'POST', body: '{"name": "Ada",' })).toEqual({ status: 400, body: { error: 'body must be a JSON object' } });
      expect(await json(service.url('/users'), { method: 'POST', body: '{"name": "No Email"}' })).toEqual({ status: 400, body: { error: 'name and a valid email are required' } });
      expect(await json(service.url('/users'), { method: 'POST', body: '["Ada"]' })).toEqual({ status: 400, body: { error: 'name and a valid email are required' } });

      // the rows are PostgreSQL's, in the table the service created, owned by its role
      expect(await pg.psql('users', 'SELECT id, name, email FROM users ORDER BY id')).toBe('1|Ada Lovelace|ada@example.com\n2|Grace Hopper|grace@example.com');
      expect(await pg.psql('users', "SELECT tableowner FROM pg_tables WHERE tablename = 'users'")).toBe(DB_USER);

      // PostgreSQL goes away and comes back: 503 meanwhile, then the same rows
      await pg.stop('fast');
      await waitDatabase(service, 'connecting');
      expect(await json(service.url('/users/1'))).toEqual({ status: 503, body: { error: 'database unavailable' } });
      await pg.restart();
      await waitDatabase(service, 'connected');
      expect(await json(service.url('/users'))).toEqual({ status: 200, body: [{ id: 1, ...ada }, { id: 2, ...grace }] });

      // hardening of the running process, the metrics port (the ServiceMonitor's 9090) and the image's HEALTHCHECK,
      // both run in the container by the binary itself (distroless has no shell and no curl)
      const status = readFileSync(`/proc/${service.pid}/status`, 'utf8');
      const field = (k: string) => (new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '').trim();
      expect([field('Uid').split(/\s+/)[1], field('Gid').split(/\s+/)[1], field('CapEff'), field('NoNewPrivs'), field('Seccomp')])
        .toEqual([String(service.run.uid), String(service.run.gid), '0000000000000000', '1', '2']);
      const metrics = await runCommand('podman', ['exec', service.name, '/usr/local/bin/user-service', '--healthcheck', 'http://127.0.0.1:9090/metrics'], { allowFailure: true });
      expect(metrics.code).toBe(0);
      expect((await runCommand('podman', ['healthcheck', 'run', service.name], { allowFailure: true })).code).toBe(0);
      timings.push(`CRUD round trip with a database restart ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      (e as Error).message += `\n--- logs of ${service.name} ---\n${(await service.logs()).split('\n').slice(-40).join('\n')}`;
      throw e;
    } finally {
      const stop = await service.stop();
      timings.push(`stop (SIGTERM, graceful) ${stop.toFixed(1)} s`);
      expect(stop).toBeLessThan(1.9); // PID 1 handles SIGTERM: podman rm -t 2 does not have to SIGKILL it
      await pg.stop('fast');
    }
  }, TEST_TIMEOUT_MS);

  test('a password with \':\', \'@\' and \'/\' in DATABASE_URL, expanded raw by the kubelet, still connects', async () => {
    const password = 'p:ss@w/rd%41';
    const service = await startService(`cdk8s-blueprints-user-service-pg2-${process.pid}`, password);
    try {
      await pg.start(service.pid);
      await pg.provision(password);
      await waitDatabase(service, 'connected');
      const katherine = { name: 'Katherine Johnson', email: 'katherine@example.com' };
      const created = await json(service.url('/users'), { method: 'POST', body: JSON.stringify(katherine) });
      expect(created).toEqual({ status: 201, body: { id: expect.any(Number), ...katherine } });
      expect(await json(service.url(`/users/${(created.body as { id: number }).id}`))).toEqual({ status: 200, body: created.body });
    } catch (e) {
      (e as Error).message += `\n--- logs of ${service.name} ---\n${(await service.logs()).split('\n').slice(-40).join('\n')}`;
      throw e;
    } finally {
      await service.stop();
      await pg.stop('fast');
    }
  }, TEST_TIMEOUT_MS);
});

