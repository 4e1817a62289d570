/**
 * Build.python with a wheelhouse and Build.node with an offline npm cache: the generated Dockerfiles build UNCHANGED
 * with buildah with NO network (`--network none`), from a build context that holds the dependencies, and the images
 * run hardened (uid 10001, read-only root, no capabilities) and answer.
 *
 *  - python: seed 001's Flask app (test/fixtures/services/flask-app, the options of apps/flask-hello.ts plus
 *    `dependencies: { kind: 'wheelhouse' }`), its wheels taken from the python stand-in's /wheelhouse (Debian's
 *    Flask 2.2.2 and gunicorn 20.1.0 as wheels) plus one wheel that exists ONLY in the context's wheels/
 *    (vendored-marker 1.0, made here): the stand-in's own pip.conf also points at /wheelhouse, so only that wheel
 *    proves that the generated `--find-links ./wheels` is what pip read;
 *  - node: a server with one dependency (ms@2.1.3) whose npm cache is filled on the host from the npm registry
 *    (`npm cache add`), then built with `npm ci --offline --cache ./npm-cache` and no network.
 *
 * Needs root and `bash scripts/containers/setup.sh`; the node case also the npm registry, to fill the cache.
 * CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 skips.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Build } from '../../lib/index';
import {
  BASE_IMAGES, buildImageWithIgnoreFile, ensureContainerTools, httpRequest, REPO_ROOT, runCommand, runContainer, waitHttp,
} from '../_containers';

const TEST_TIMEOUT_MS = 15 * 60_000;
const NO_CACHE = process.env.CDK8S_BLUEPRINTS_CONTAINERS_NO_CACHE === '1';
const FLASK_APP = path.join(REPO_ROOT, 'test/fixtures/services/flask-app');

/** Writes the build's Dockerfile and ignore file next to each other and builds `context` with no network. */
async function buildOffline(build: Build, context: string, tag: string) {
  const facts = build.facts();
  const dir = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-vendored-df-'));
  try {
    writeFileSync(path.join(dir, 'Dockerfile'), facts.dockerfile.render());
    writeFileSync(path.join(dir, 'Dockerfile.dockerignore'), `${facts.dockerignore.join('\n')}\n`);
    return await buildImageWithIgnoreFile({
      contextDir: context, dockerfile: path.join(dir, 'Dockerfile'), ignoreFile: path.join(dir, 'Dockerfile.dockerignore'), tag, network: 'none', noCache: NO_CACHE,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A pure-Python wheel with one module, written with Python's zipfile (RECORD with sha256 digests, as pip checks). */
async function writeMarkerWheel(wheels: string): Promise<void> {
  const script = [
    'import base64, hashlib, sys, zipfile',
    'files = {"vendored_marker.py": b"MARK = \\"from the context\'s wheelhouse\\"\\n",',
    ' "vendored_marker-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\\nName: vendored-marker\\nVersion: 1.0\\n",',
    ' "vendored_marker-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\\nGenerator: cdk8s-blueprints-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
    'record = "".join("%s,sha256=%s,%d\\n" % (n, base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode(), len(d)) for n, d in files.items())',
    'record += "vendored_marker-1.0.dist-info/RECORD,,\\n"',
    'with zipfile.ZipFile(sys.argv[1] + "/vendored_marker-1.0-py3-none-any.whl", "w") as z:',
    '    [z.writestr(n, d) for n, d in files.items()]',
    '    z.writestr("vendored_marker-1.0.dist-info/RECORD", record)',
  ].join('\n');
  await runCommand('python3', ['-c', script, wheels]);
}

const describeContainers = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? describe.skip : describe;

describeContainers('vendored builds: the python and node presets build with no network from dependencies in the context', () => {
  const timings: string[] = [];
  beforeAll(() => {
    ensureContainerTools([BASE_IMAGES.python, BASE_IMAGES.node]);
  }, 120_000);
  afterAll(() => {
    if (timings.length > 0) console.log(`vendored builds (${NO_CACHE ? 'no layer cache' : 'layer cache'}):\n  ${timings.join('\n  ')}`);
  });

  test('python: pip install --no-index --find-links ./wheels; the wheel only the context has is installed, the app serves', async () => {
    const context = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-wheelhouse-'));
    const tag = 'localhost/cdk8s-blueprints-vendored/flask-wheelhouse:test';
    try {
      for (const f of ['app.py', 'worker.py', 'cleanup.py']) copyFileSync(path.join(FLASK_APP, f), path.join(context, f));
      writeFileSync(path.join(context, 'requirements.txt'), `${readFileSync(path.join(FLASK_APP, 'requirements.txt'), 'utf8')}vendored-marker==1.0\n`);
      const wheels = path.join(context, 'wheels');
      mkdirSync(wheels);
      await runCommand('podman', ['run', '--rm', '--network', 'none', '-v', `${wheels}:/out:rw`, BASE_IMAGES.python, 'sh', '-c', 'cp /wheelhouse/*.whl /out/']);
      await writeMarkerWheel(wheels);

      const build = Build.python({
        server: { kind: 'gunicorn', module: 'app:app', workers: 2 }, pythonVersion: '3.11', port: 5000, healthPath: '/healthz',
        sources: ['app.py', 'worker.py', 'cleanup.py'], dependencies: { kind: 'wheelhouse' },
      });
      expect(build.facts().dockerfile.render()).toContain('/opt/venv/bin/pip install --no-index --find-links ./wheels -r requirements.txt');
      const built = await buildOffline(build, context, tag);
      timings.push(`python (wheelhouse): build ${built.seconds.toFixed(1)} s`);

      const marker = await runCommand('podman', ['run', '--rm', '--network', 'none', '--user', '10001:10001', '--read-only', '--entrypoint', 'python', tag, '-c',
        'import vendored_marker, flask; print(vendored_marker.MARK, flask.__version__)']);
      expect(marker.stdout.trim()).toBe('from the context\'s wheelhouse 2.2.2');
      // the wheelhouse stayed in the build stage
      const ls = await runCommand('podman', ['run', '--rm', '--network', 'none', '--entrypoint', 'ls', tag, '/app']);
      expect(ls.stdout.trim().split('\n').sort()).toEqual(['app.py', 'cleanup.py', 'worker.py']);

      const running = await runContainer({ image: tag, name: `cdk8s-blueprints-vendored-flask-${process.pid}`, user: '10001:10001', port: 5000, writablePaths: ['/tmp'] });
      try {
        await waitHttp(running.url('/healthz'), 60_000, { running });
        expect((await httpRequest(running.url('/'))).body.trim()).toBe('Hello, World!');
      } finally {
        await running.stop();
      }
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  }, TEST_TIMEOUT_MS);

  test('node: npm ci --offline --cache ./npm-cache from a cache filled beforehand; the dependency is used at run time', async () => {
    const context = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-npm-cache-'));
    const tag = 'localhost/cdk8s-blueprints-vendored/node-npm-cache:test';
    try {
      writeFileSync(path.join(context, 'package.json'), `${JSON.stringify({ name: 'offline-app', version: '1.0.0', private: true, dependencies: { ms: '2.1.3' } }, null, 2)}\n`);
      writeFileSync(path.join(context, 'server.js'), [
        "const ms = require('ms');",
        "require('http').createServer((req, res) => res.end(req.url === '/healthz' ? 'ok' : `two hours are ${ms('2h')} ms`)).listen(8080);",
        "process.on('SIGTERM', () => process.exit(0));",
        '',
      ].join('\n'));
      // where the registry can be reached: the lock file, and the cache that the offline build reads
      // (in the context directory: npm must not touch this repository's package-lock.json)
      const npm = (args: string) => runCommand('bash', ['-c', `cd "$1" && npm ${args} --cache ./npm-cache --no-audit --no-fund`, 'npm', context], { timeoutMs: 180_000 });
      await npm('install --package-lock-only --ignore-scripts');
      await npm('cache add ms@2.1.3');

      const build = Build.node({ sources: ['server.js'], dependencies: { kind: 'offline-cache' } });
      const built = await buildOffline(build, context, tag);
      timings.push(`node (npm cache): build ${built.seconds.toFixed(1)} s`);

      const running = await runContainer({ image: tag, name: `cdk8s-blueprints-vendored-node-${process.pid}`, user: '10001:10001', port: 8080, writablePaths: ['/tmp'] });
      try {
        await waitHttp(running.url('/healthz'), 60_000, { running });
        expect((await httpRequest(running.url('/'))).body).toBe('two hours are 7200000 ms');
      } finally {
        await running.stop();
      }
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  }, TEST_TIMEOUT_MS);
});
