/**
 * Builds every EXAMPLE image from its generated, committed Dockerfile (dist/images/<name>/Dockerfile, UNCHANGED)
 * with buildah, and runs it the way the synthesized manifests run it:
 *
 *  1. synthesizes the examples in memory and finds every Image construct;
 *  2. locks the bases afresh against the local registry (`cdk8s-blueprints lock --mirror docker.io=… --mirror gcr.io=…`
 *     into a temporary lock: this machine's stand-ins), synthesizes with that lock, checks the in-memory Dockerfile
 *     equals the committed one in dist/ but for the FROM digests (every FROM of both is name:tag@sha256:…) and the
 *     ignore file equals it, then builds the locked Dockerfile with `--pull=always --ignorefile
 *     dist/images/<name>/Dockerfile.dockerignore <Image.context>`: every base is pulled by its digest through the
 *     registry mirror (a digest the registry lacks fails the build);
 *  3. picks a workload container that runs the Image's reference (a production one when there is one) and runs the
 *     image with that container's user, read-only root, capabilities, no-new-privileges, emptyDir tmpfs mounts,
 *     PVC host directories, env, command/args and published probe port (see ./_pod-spec.ts), then waits for HTTP
 *     200 from its readinessProbe; an image that no manifest runs as a web server (backup-tools, run by CronJobs)
 *     is run the same way with a version-check command instead;
 *  4. runs the image's own HEALTHCHECK (kept by `--format docker`) once with `podman healthcheck run`: it requests the
 *     readinessProbe's port and path and reports healthy under the manifest's hardening while that path answers; an
 *     image that serves nothing declares HEALTHCHECK NONE. The apt-get installs of the builds use the pinned versions
 *     of lib/images/_debian-packages.generated.ts against the real Debian mirror: when Debian publishes newer ones,
 *     those builds fail ("Version '…' for '…' was not found") until `npm run gen:apt-pins` refreshes the table;
 *  5. runs the flask image's Worker as its Deployment runs it and its exec probes (from the manifest) in it:
 *     readiness `python -m worker --check` and liveness `--alive` pass while the worker loop runs; in the same
 *     container without the loop, readiness passes and liveness fails (no heartbeat);
 *  6. checks the built image's size (podman's uncompressed size of its layers) is within the Image's size budget
 *     (`sizeBudget`, by default the preset's; the image's build.sh states it);
 *  7. prints build and run-to-healthy seconds and the size of each image.
 *
 * Containers are removed; images are kept (tag localhost/cdk8s-blueprints-example/<name>:test) so that the next run
 * builds from the layer cache. CDK8S_BLUEPRINTS_CONTAINERS_NO_CACHE=1 builds without it (cold timings; cargo's cache
 * mounts are kept even then). Needs root and `bash scripts/containers/setup.sh`;
 * CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 skips.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { SizeRoundingBehavior } from 'cdk8s';
import { buildExamples } from '../../apps';
import { NOTES_DATABASE } from '../../apps/rust-notes';
import { Image } from '../../lib/index';
import { buildScriptPath, sizeBudgetText } from '../../lib/artifacts/build-script';
import {
  buildImageWithIgnoreFile, ensureContainerTools, freshExamplesLock, httpRequest, inspectImage, REPO_ROOT, runCommand, runContainerSpecToExit,
  Running, startContainerSpec, waitHttp, withoutFromDigests,
} from '../_containers';
import { describeWorkload, manifestRun, workloadContainers, WorkloadContainer } from './_pod-spec';

const DIST = path.join(REPO_ROOT, 'dist');
const TEST_TIMEOUT_MS = 20 * 60_000;
const NO_CACHE = process.env.CDK8S_BLUEPRINTS_CONTAINERS_NO_CACHE === '1';

const SKIP = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1';
// The bases are locked afresh against the local registry (`cdk8s-blueprints lock`, into a temporary file): the
// stand-ins of this machine, whose digests the committed base-images.lock.json (and so dist/) names only where it was
// resolved. The Dockerfiles built are the in-memory ones with those digests; they must equal dist/'s but for them.
const LOCK = SKIP ? undefined : freshExamplesLock();
const BUILD_DIR = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-examples-locked-'));
// In memory: synthesize() renders and validates, and writes nothing (the outdir is never created).
const app = buildExamples({ outdir: path.join(tmpdir(), 'cdk8s-blueprints-examples-build'), ...(LOCK !== undefined ? { baseImageLock: LOCK } : {}) });
const synthesis = app.synthesize();
const images = app.node.findAll().filter((c): c is Image => c instanceof Image).sort((a, b) => a.name.localeCompare(b.name));
const containers = workloadContainers(synthesis.objects);

/**
 * Images whose generated Dockerfile or manifest does not build or run; their test is `test.failing` (it fails
 * while the bug is there, and starts to "fail" as soon as the bug is fixed, so that the entry is removed). `error`
 * must match the failure: a failure for any other reason is logged and makes the test "pass", which test.failing
 * reports as a failure, so a known bug cannot hide a new one.
 */
const KNOWN_BUGS: Record<string, { summary: string; error: RegExp }> = {
  // (none: flask-hello's missing worker.py/cleanup.py, found by this test, are now in its fixture)
};

/** Expected body of GET / (the services in test/fixtures/services). */
const ROOT_BODY: Record<string, string | RegExp> = {
  'rust-web': 'Hello, world!',
  'flask-hello': 'Hello, World!',
  'httpd-static': /Hello from custom-httpd/,
  'rust-sqlite': /"service":"rust-sqlite"/,
  'user-service': /"service":"user-service"/,
};

/** Run instead of the CronJob's script in an image that no manifest runs as a web server. */
const TOOLS_CHECK = 'pg_dump --version && pg_restore --version && redis-cli --version && age --version && rclone version && curl --version && echo "ids $(id -u):$(id -g)"';
const TOOLS_OUTPUT: RegExp[] = [
  /^pg_dump \(PostgreSQL\) 15\.\d+/m,
  /^pg_restore \(PostgreSQL\) 15\.\d+/m,
  /^redis-cli \d+\.\d+\.\d+/m,
  /^v?\d+\.\d+\.\d+/m, // age --version prints its bare version
  /^rclone v1\.\d+/m,
  /^curl \d+\.\d+\.\d+/m,
];

interface Timing { image: string; workload: string; build: number; run: number; what: string; stop?: number }
const timings: Timing[] = [];
/** Uncompressed size of each built image, in bytes. */
const sizes: Record<string, number> = {};

/** The uncompressed size of a built image (podman: the sum of its layers), in bytes. */
async function imageSize(tag: string): Promise<number> {
  const r = await runCommand('podman', ['image', 'inspect', '--format', '{{.Size}}', tag]);
  const bytes = Number(r.stdout.trim());
  if (!Number.isInteger(bytes) || bytes <= 0) throw new Error(`podman image inspect ${tag}: no size in '${r.stdout.trim()}'`);
  return bytes;
}

/** MiB with one decimal, e.g. '25.6 MiB'. */
function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Throws, naming the image, its size and its budget, when the built image is larger than the Image's sizeBudget. */
function checkSizeBudget(image: Image, bytes: number): void {
  const budget = image.sizeBudget.toKibibytes({ rounding: SizeRoundingBehavior.NONE }) * 1024;
  if (bytes > budget) {
    throw new Error(`${image.name}: the built image is ${mib(bytes)} (${bytes} bytes), over its size budget of ${sizeBudgetText(image)} `
      + `(${budget} bytes; Image 'sizeBudget', stated in ${buildScriptPath(image)}): make it smaller, or raise the budget if the growth is meant`);
  }
}

function tagOf(image: Image): string {
  return `localhost/cdk8s-blueprints-example/${image.name}:test`;
}

/** The workload container that runs `image`: an HTTP-probed one if any (production first), else any. */
function workloadFor(image: Image): { w: WorkloadContainer; web: boolean } {
  const running = containers.filter((w) => w.container.image === image.imageReference && !w.init);
  const byProduction = (a: WorkloadContainer, b: WorkloadContainer): number => Number(b.production) - Number(a.production);
  const web = running.filter((w) => w.container.readinessProbe?.httpGet !== undefined).sort(byProduction);
  if (web.length > 0) return { w: web[0]!, web: true };
  const any = [...running].sort(byProduction);
  if (any.length === 0) throw new Error(`no synthesized workload runs ${image.imageReference}`);
  return { w: any[0]!, web: false };
}

async function buildExample(image: Image) {
  // the in-memory Dockerfile, locked to this machine's stand-ins (checked against dist/ in checkImage)
  const dockerfile = path.join(BUILD_DIR, image.dockerfilePath);
  mkdirSync(path.dirname(dockerfile), { recursive: true });
  writeFileSync(dockerfile, synthesis.files.get(image.dockerfilePath)!);
  return buildImageWithIgnoreFile({
    contextDir: path.join(REPO_ROOT, image.context),
    dockerfile,
    ignoreFile: path.join(DIST, image.dockerignorePath),
    tag: tagOf(image),
    // RUN steps that install Debian packages need the mirror; every other build must work without any network.
    network: /\bapt-get\b/.test(readFileSync(dockerfile, 'utf8')) ? 'host' : 'none',
    noCache: NO_CACHE,
    // every FROM is name:tag@sha256: pulled by that digest through the local registry (registries.conf's mirror of
    // docker.io and gcr.io), not taken from local storage by its tag
    pull: 'always',
  });
}

const describeContainers = SKIP ? describe.skip : describe;

describeContainers('example images: the generated Dockerfiles build unchanged and run as their manifests run them', () => {
  afterAll(() => rmSync(BUILD_DIR, { recursive: true, force: true }));

  beforeAll(async () => {
    ensureContainerTools();
    // the Rust images build offline from the crates this vendors from Debian's packages (idempotent)
    await runCommand('bash', [path.join(REPO_ROOT, 'scripts/vendor-rust.sh')], { timeoutMs: 600_000 });
  }, 15 * 60_000);

  afterAll(() => {
    if (timings.length === 0) return;
    const rows = timings.map((t) =>
      `${t.image.padEnd(14)} build ${t.build.toFixed(1).padStart(6)} s   ${t.what.padEnd(15)} ${t.run.toFixed(1).padStart(5)} s   `
      + `${t.stop !== undefined ? `stop ${t.stop.toFixed(1).padStart(4)} s` : '           '}   `
      + `${sizes[t.image] !== undefined ? `${mib(sizes[t.image]!).padStart(10)} of ${images.find((i) => i.name === t.image)!.sizeBudget.toMebibytes()} MiB` : ''}   ${t.workload}`);
    console.log(`example images (${NO_CACHE ? 'no layer cache' : 'layer cache'}), build + run:\n${rows.join('\n')}`);
  });

  test('every image in dist/images is an Image of the examples, and the other way round', () => {
    expect(images.map((i) => i.name)).toEqual(readdirSync(path.join(DIST, 'images')).sort());
  });

  test('the size check fails naming the image, its size and its budget', () => {
    const image = images.find((i) => i.name === 'rust-web')!;
    expect(() => checkSizeBudget(image, 64 * 1024 * 1024)).not.toThrow(); // exactly the budget is within it
    expect(() => checkSizeBudget(image, 64 * 1024 * 1024 + 1)).toThrow(
      'rust-web: the built image is 64.0 MiB (67108865 bytes), over its size budget of 64 MiB (67108864 bytes; Image \'sizeBudget\', '
      + 'stated in images/rust-web/build.sh): make it smaller, or raise the budget if the growth is meant');
  });

  for (const image of images) {
    const bug = KNOWN_BUGS[image.name];
    const title = `${image.name}: the committed Dockerfile, locked to the local registry's stand-ins, builds (bases pulled by digest) and the image runs as its manifest runs it`;
    if (bug === undefined) {
      test(title, () => checkImage(image), TEST_TIMEOUT_MS);
    } else {
      test.failing(`${title} (KNOWN BUG: ${bug.summary})`, async () => {
        try {
          await checkImage(image);
        } catch (e) {
          const message = (e as Error).message;
          if (bug.error.test(message)) throw e;
          console.error(`${image.name} failed, but not with its known bug (${bug.error}):\n${message}`);
        }
      }, TEST_TIMEOUT_MS);
    }
  }

  test('flask-hello: the worker runs as its Deployment runs it; its readiness (--check) and liveness (--alive) pass, and liveness fails where no worker loop runs', () => checkFlaskWorker(), TEST_TIMEOUT_MS);
});

/** Runs an exec probe's command the way the kubelet does: in the running container, as its user, with its env. */
async function execProbe(running: Running, handler: any): Promise<{ ok: boolean; output: string }> {
  const r = await runCommand('podman', ['exec', running.name, ...(handler.exec.command as string[])], { allowFailure: true, timeoutMs: 30_000 });
  return { ok: r.code === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

/** The flask image's Worker (python -m worker): its probes, taken from the synthesized Deployment, in its built image. */
async function checkFlaskWorker(): Promise<void> {
  const image = images.find((i) => i.name === 'flask-hello')!;
  const workers = containers
    .filter((w) => !w.init && w.kind === 'Deployment' && w.container.image === image.imageReference && w.container.livenessProbe?.exec !== undefined)
    .sort((a, b) => Number(b.production) - Number(a.production));
  expect(workers.map(describeWorkload)).toEqual([
    "flask-hello-production/Deployment/jobs container 'jobs'", "flask-hello-development/Deployment/jobs container 'jobs'",
  ]);
  const w = workers[0]!;
  const { readinessProbe: readiness, livenessProbe: liveness } = w.container;
  // what the app file asks for (apps/flask-hello.ts): the two probes check different things
  expect([w.container.command, readiness.exec.command, liveness.exec.command]).toEqual([
    ['python', '-m', 'worker'], ['python', '-m', 'worker', '--check'], ['python', '-m', 'worker', '--alive'],
  ]);

  await buildExample(image); // from the layer cache when the flask-hello test above built it
  const name = `cdk8s-blueprints-example-flask-worker-${process.pid}`;
  const run = manifestRun(w, { image: tagOf(image), name, objects: synthesis.objects });
  const start = async (spec: typeof run.spec, body: (running: Running) => Promise<void>): Promise<void> => {
    const running = await startContainerSpec(spec);
    try {
      await body(running);
    } catch (e) {
      (e as Error).message += `\n--- logs of ${running.name} ---\n${(await running.logs()).split('\n').slice(-40).join('\n')}`;
      throw e;
    } finally {
      await running.stop();
    }
  };
  try {
    await start(run.spec, async (running) => {
      // liveness within the budget the manifest gives it (initialDelaySeconds + periodSeconds × failureThreshold)
      const budgetMs = ((liveness.initialDelaySeconds ?? 0) + (liveness.periodSeconds ?? 10) * (liveness.failureThreshold ?? 3)) * 1000;
      const started = Date.now();
      let alive = await execProbe(running, liveness);
      while (!alive.ok && Date.now() - started < budgetMs && await running.isRunning()) {
        await new Promise((r) => setTimeout(r, 250));
        alive = await execProbe(running, liveness);
      }
      expect(alive).toEqual({ ok: true, output: '' });
      expect(await execProbe(running, readiness)).toEqual({ ok: true, output: '' }); // BROKER_URL is set (a dummy value)
      expect(await running.logs()).toContain('worker: started');
      expect(await running.processStatus()).toEqual(expect.objectContaining({ uid: run.uid, gid: run.gid, capEff: '0000000000000000', noNewPrivs: true }));
    });
    // the same container with no worker loop (sleep instead): configured, so ready, but not alive
    await start({ ...run.spec, name: `${name}-idle`, entrypoint: ['sleep'], args: ['60'] }, async (running) => {
      expect(await execProbe(running, readiness)).toEqual({ ok: true, output: '' });
      expect(await execProbe(running, liveness)).toEqual({ ok: false, output: 'worker: no heartbeat at /tmp/worker-heartbeat' });
    });
  } finally {
    run.cleanup();
  }
}

async function checkImage(image: Image): Promise<void> {
  // --- what is built is what synthesis produces: dist/'s Dockerfile but for the FROM digests, every base locked ---
  const committed = readFileSync(path.join(DIST, image.dockerfilePath), 'utf8');
  const locked = synthesis.files.get(image.dockerfilePath)!;
  expect(withoutFromDigests(locked)).toBe(withoutFromDigests(committed));
  const fromImages = (d: string) => d.split('\n').filter((l) => l.startsWith('FROM ')).map((l) => l.split(/\s+/)[1]!);
  for (const d of [locked, committed]) expect(fromImages(d).filter((i) => !/@sha256:[0-9a-f]{64}$/.test(i))).toEqual([]);
  expect(image.facts.baseLock?.unlocked).toEqual([]);
  expect(readFileSync(path.join(DIST, image.dockerignorePath), 'utf8')).toBe(synthesis.files.get(image.dockerignorePath));

  const { w, web } = workloadFor(image);
  const name = `cdk8s-blueprints-example-${image.name}-${process.pid}`;
  const run = manifestRun(w, {
    image: tagOf(image), name, objects: synthesis.objects,
    ...(web ? {} : { commandOverride: ['/bin/sh', '-c', TOOLS_CHECK] }),
  });
  try {
    // every path the image writes is writable in the manifest (emptyDir or read-write PVC)
    expect(image.facts.writablePaths.filter((p) => !run.writableMounts.includes(p))).toEqual([]);

    const built = await buildExample(image);
    // each base came by its digest from the registry (buildah: "Trying to pull docker.io/library/debian@sha256:…")
    for (const base of new Set(fromImages(locked).filter((i) => i.includes('@')))) {
      expect(built.log).toMatch(new RegExp(`Trying to pull \\S*@${base.slice(base.indexOf('@') + 1)}`));
    }
    // within its size budget, which its build script states
    expect(synthesis.files.get(buildScriptPath(image))).toContain(`\n# Size budget: ${sizeBudgetText(image)} uncompressed`);
    sizes[image.name] = await imageSize(tagOf(image));
    checkSizeBudget(image, sizes[image.name]!);
    const config = await inspectImage(tagOf(image));
    expect(config.User).toBe(run.spec.user); // USER = runAsUser:runAsGroup
    if (run.readiness !== undefined) expect(Object.keys(config.ExposedPorts ?? {})).toContain(`${run.readiness.port}/tcp`);
    if (run.substitutions.length > 0) console.log(`${image.name} (${describeWorkload(w)}) runs with stand-ins:\n  ${run.substitutions.join('\n  ')}`);

    if (!web) {
      // a one-shot job image has nothing to check and says so
      expect(config.Healthcheck?.Test).toEqual(['NONE']);
      const startedAt = Date.now();
      const r = await runContainerSpecToExit(run.spec, 120_000);
      const seconds = (Date.now() - startedAt) / 1000;
      timings.push({ image: image.name, workload: describeWorkload(w), build: built.seconds, run: seconds, what: 'run to exit' });
      const output = `${r.stdout}${r.stderr}`;
      expect({ code: r.code, output }).toEqual({ code: 0, output: expect.any(String) });
      for (const re of TOOLS_OUTPUT) expect(output).toMatch(re);
      expect(output).toContain(`ids ${run.uid}:${run.gid}\n`); // the process ran as the manifest's uid and gid
      // the hardening podman applied
      expect(r.configUser).toBe(run.spec.user);
      expect(r.hostConfig.ReadonlyRootfs).toBe(run.spec.readOnly);
      expect(r.hostConfig.SecurityOpt).toEqual(expect.arrayContaining(['no-new-privileges']));
      expect((r.hostConfig.CapDrop as string[]).length).toBeGreaterThanOrEqual(10);
      return;
    }

    // --- a web server: run it, wait for the readinessProbe ---
    const startedAt = Date.now();
    let running: Running | undefined;
    let healthy = 0;
    try {
      running = await startContainerSpec(run.spec);
      const readiness = run.readiness!;
      const ready = await waitHttp(running.url(readiness.path), 120_000, { running });
      healthy = (Date.now() - startedAt) / 1000;
      expect(ready.status).toBe(200);

      const expectedRoot = ROOT_BODY[image.name];
      if (expectedRoot !== undefined) {
        const root = await httpRequest(running.url('/'));
        expect(root.status).toBe(200);
        if (typeof expectedRoot === 'string') expect(root.body.trim()).toBe(expectedRoot);
        else expect(root.body).toMatch(expectedRoot);
      }

      // the manifest's securityContext really applies to the running process
      const ps = await running.processStatus();
      expect(ps).toEqual({
        uid: run.uid, gid: run.gid,
        capEff: run.spec.capDrop.includes('ALL') && (run.spec.capAdd ?? []).length === 0 ? '0000000000000000' : expect.any(String),
        noNewPrivs: run.spec.noNewPrivileges, seccomp: 2,
      });

      // the image's own HEALTHCHECK (Docker format keeps it) requests the readinessProbe's port and path, and passes
      // under the manifest's hardening while that path answers (it was 200 above)
      const healthTest = config.Healthcheck?.Test ?? [];
      expect(healthTest[0]).toBe('CMD');
      expect(healthTest.join(' ')).toContain(`http://127.0.0.1:${readiness.port}${readiness.path}`);
      expect(await running.healthcheck()).toEqual({ healthy: true, output: expect.any(String) });
      // and it is the same command run by hand in the container: it exits 0 (podman exec, as the container's user)
      const byHand = await runCommand('podman', ['exec', running.name, ...healthTest.slice(1)], { allowFailure: true, timeoutMs: 30_000 });
      expect({ code: byHand.code, output: `${byHand.stdout}${byHand.stderr}` }).toEqual({ code: 0, output: expect.any(String) });

      if (image.name === 'rust-sqlite') {
        // SQLite's file is where the manifest's DATA_DIR (/data, the volume claim) and the backup's database path
        // (NOTES_DATABASE, apps/rust-notes.ts) say, on the PVC stand-in (root:fsGroup 2775 as the kubelet leaves it),
        // written by the manifest's uid; its rows survive a restart of the container on the same volume
        expect(path.dirname(NOTES_DATABASE)).toBe('/data');
        expect(await httpRequest(running.url('/users'), { method: 'POST', body: '{"name":"Ada Lovelace"}' })).toEqual(expect.objectContaining({ status: 201, body: '{"id":1,"name":"Ada Lovelace"}' }));
        const database = path.join(run.persistentDirs['/data']!, path.basename(NOTES_DATABASE));
        expect(readFileSync(database).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
        expect(statSync(database).uid).toBe(run.uid);
        await running.stop();
        running = await startContainerSpec(run.spec);
        await waitHttp(running.url(run.readiness!.path), 120_000, { running });
        expect(JSON.parse((await httpRequest(running.url('/users'))).body)).toEqual([{ id: 1, name: 'Ada Lovelace' }]);
      }
      if (image.name === 'user-service') {
        // DATABASE_URL is built from $(USER_DB_USER) and $(USER_DB_PASSWORD), expanded like the kubelet does from the
        // (dummy) secret values; with no database at user-db.shop.svc the service is up and reports it is connecting
        // (test/containers/user-service-postgres.test.ts runs it against a real PostgreSQL)
        const env = JSON.parse((await runCommand('podman', ['inspect', '--format', '{{json .Config.Env}}', running.name])).stdout) as string[];
        expect(env).toContain('DATABASE_URL=postgres://dummy-user-db-credentials-username:dummy-user-db-credentials-password@user-db.shop.svc:5432/users');
        expect(JSON.parse((await httpRequest(running.url('/healthz'))).body)).toEqual({ status: 'ok', database: 'connecting' });
      }
    } catch (e) {
      if (running !== undefined) (e as Error).message += `\n--- logs of ${running.name} ---\n${(await running.logs()).split('\n').slice(-40).join('\n')}`;
      throw e;
    } finally {
      // stop: podman rm -t 2 (SIGTERM, SIGKILL after 2 s); about 2 s means PID 1 ignores SIGTERM, which in
      // Kubernetes makes every pod termination wait for terminationGracePeriodSeconds
      const stop = running !== undefined ? (await running.stop()).seconds : undefined;
      timings.push({ image: image.name, workload: describeWorkload(w), build: built.seconds, run: healthy, what: 'run to healthy', stop });
    }
  } finally {
    run.cleanup();
  }
}
