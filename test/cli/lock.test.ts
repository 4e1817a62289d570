/**
 * `cdk8s-blueprints lock` (lib/cli/lock.ts, with the registry client lib/cli/_registry.ts), run as its own process the
 * way a user runs it, against the real local registry: Debian's docker-registry (distribution 2.8) on
 * $CDK8S_BLUEPRINTS_REGISTRY (127.0.0.1:5000), which scripts/containers/setup.sh starts and fills with the stand-in
 * base images. The anonymous Bearer-token flow of public registries is checked through a token-auth front (a small
 * HTTP server here that challenges, issues a token and forwards to that registry): no public registry is reachable.
 * CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 skips the tests that need the registry.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { BaseImageLock } from '../../lib/index';
import { MANIFEST_ACCEPT, parseMirrors, registryApi, registryReference, resolveDigest } from '../../lib/cli/_registry';
import { appFile, cli, CLI, useTmp } from './_cli';

const tmp = useTmp();
const REGISTRY = `http://${process.env.CDK8S_BLUEPRINTS_REGISTRY ?? '127.0.0.1:5000'}`;
const MIRRORS = ['--mirror', `docker.io=${REGISTRY}`, '--mirror', `gcr.io=${REGISTRY}`];
const describeRegistry = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? describe.skip : describe;

/** Runs `cdk8s-blueprints lock` as its own process in `cwd`. */
function lock(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.CDK8S_OUTDIR;
  const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'lock', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** An app with one Rust image (rust build stage, distroless cc runtime) in production, reading ./base-images.lock.json. */
function rustApp(dir: string, options: { lock?: boolean; rustVersion?: string } = {}): void {
  appFile(dir, 'main.ts', [
    `import { Build, Image, ImageSigning } from ${JSON.stringify(path.resolve(__dirname, '../../lib'))};`,
    `const app = new BlueprintApp(${options.lock === false ? '' : "{ baseImageLock: 'base-images.lock.json' }"});`,
    `const image = new Image(app, 'api', { build: Build.rust({ binary: 'api'${options.rustVersion ? `, rustVersion: '${options.rustVersion}'` : ''} }), repository: 'registry.example.com/api', tag: '1.0.0', signing: ImageSigning.githubActions({ repository: 'example/api' }) });`,
    "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'api', { image, health: HealthCheck.http('/healthz') });",
    'app.synth();',
  ]);
}

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The digest of the manifest the registry serves for `repository:tag`: the sha256 of its bytes. */
async function manifestDigest(repository: string, tag: string): Promise<string> {
  const r = await fetch(`${REGISTRY}/v2/${repository}/manifests/${tag}`, { headers: { Accept: MANIFEST_ACCEPT } });
  expect(r.status).toBe(200);
  return `sha256:${createHash('sha256').update(Buffer.from(await r.arrayBuffer())).digest('hex')}`;
}

describe('registry references', () => {
  test('name FROM references as docker pull reads them', () => {
    expect(registryReference('debian:bookworm-slim')).toEqual({ registry: 'docker.io', repository: 'library/debian', tag: 'bookworm-slim' });
    expect(registryReference('nginxinc/nginx-unprivileged:1.27-bookworm')).toEqual({ registry: 'docker.io', repository: 'nginxinc/nginx-unprivileged', tag: '1.27-bookworm' });
    expect(registryReference('gcr.io/distroless/cc-debian12:nonroot')).toEqual({ registry: 'gcr.io', repository: 'distroless/cc-debian12', tag: 'nonroot' });
    expect(registryReference('localhost:5000/base:1')).toEqual({ registry: 'localhost:5000', repository: 'base', tag: '1' });
    expect(registryApi('docker.io', {})).toBe('https://registry-1.docker.io');
    expect(registryApi('gcr.io', {})).toBe('https://gcr.io');
    expect(registryApi('docker.io', parseMirrors(['docker.io=http://127.0.0.1:5000/']))).toBe('http://127.0.0.1:5000');
    expect(() => parseMirrors(['docker.io:127.0.0.1:5000'])).toThrow("--mirror: 'docker.io:127.0.0.1:5000' must be <registry>=<http(s) URL>, e.g. docker.io=http://127.0.0.1:5000");
  });
});

describe('cdk8s-blueprints lock: command line', () => {
  test('a malformed --mirror is a wrong command line (exit 2)', async () => {
    expect(await cli(tmp(), 'lock', '--mirror', 'docker.io')).toEqual({ status: 2, out: '', err: "error: --mirror: 'docker.io' must be <registry>=<http(s) URL>, e.g. docker.io=http://127.0.0.1:5000\n" });
  });

  test('an app that reads no lock: exit 1, nothing written', () => {
    rustApp(tmp(), { lock: false });
    expect(lock(tmp(), ...MIRRORS)).toEqual({ status: 1, out: '', err: "✗ main.ts made no BlueprintApp that reads a base-image lock: give it one (new BlueprintApp({ baseImageLock: 'base-images.lock.json' })) and run lock again\n" });
    expect(fs.readdirSync(tmp())).toEqual(['main.ts']);
  });

  test('without registry access the lock is left unchanged and the command says so (exit 1)', async () => {
    // GIVEN an app and a lock holding one of its two bases; nothing listens on the port
    rustApp(tmp());
    const closed = await closedPort();
    const before = BaseImageLock.of({ 'rust:1.95-slim-bookworm': { digest: `sha256:${'1'.repeat(64)}`, registry: 'docker.io', resolvedAgainst: `http://127.0.0.1:${closed}` } }).render();
    fs.writeFileSync(path.join(tmp(), 'base-images.lock.json'), before);
    // WHEN
    const r = lock(tmp(), '--mirror', `docker.io=http://127.0.0.1:${closed}`, '--mirror', `gcr.io=http://127.0.0.1:${closed}`);
    // THEN
    expect(r).toEqual({
      status: 1, out: '',
      err: '✗ base-images.lock.json left unchanged: 1 of 1 base image could not be resolved (no registry access: pass --mirror <registry>=<URL> for a reachable mirror)\n'
        + `  ✗ gcr.io/distroless/cc-debian12:nonroot: http://127.0.0.1:${closed} is unreachable (ECONNREFUSED)\n`,
    });
    expect(fs.readFileSync(path.join(tmp(), 'base-images.lock.json'), 'utf8')).toBe(before);
  });
});

describeRegistry('cdk8s-blueprints lock: against the local registry', () => {
  test('resolves every base the app\'s Images pull to the digest the registry serves, then keeps them; --refresh re-resolves', async () => {
    // GIVEN
    rustApp(tmp());
    const file = path.join(tmp(), 'base-images.lock.json');
    const rust = await manifestDigest('library/rust', '1.95-slim-bookworm');
    const cc = await manifestDigest('distroless/cc-debian12', 'nonroot');

    // WHEN
    const first = lock(tmp(), ...MIRRORS);

    // THEN
    expect(first).toEqual({
      status: 0, err: '',
      out: '✓ base-images.lock.json written: 2 base images, 2 resolved\n'
        + `  rust:1.95-slim-bookworm ${rust} (${REGISTRY}) locked\n  gcr.io/distroless/cc-debian12:nonroot ${cc} (${REGISTRY}) locked\n`,
    });
    const written = fs.readFileSync(file, 'utf8');
    expect(BaseImageLock.parse(written).entry('gcr.io/distroless/cc-debian12:nonroot')).toEqual({ digest: cc, registry: 'gcr.io', resolvedAgainst: REGISTRY });

    // a second run resolves nothing; --refresh resolves both again, to the same digests
    expect(lock(tmp(), ...MIRRORS).out).toBe(`✓ base-images.lock.json is up to date: 2 base images, 0 resolved\n  rust:1.95-slim-bookworm ${rust} (${REGISTRY}) unchanged\n  gcr.io/distroless/cc-debian12:nonroot ${cc} (${REGISTRY}) unchanged\n`);
    expect(lock(tmp(), '--refresh', ...MIRRORS).out).toBe(`✓ base-images.lock.json is up to date: 2 base images, 2 resolved\n  rust:1.95-slim-bookworm ${rust} (${REGISTRY}) unchanged\n  gcr.io/distroless/cc-debian12:nonroot ${cc} (${REGISTRY}) unchanged\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(written);

    // and synthesis writes FROM name:tag@sha256 from it
    const synth = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'synth'], { cwd: tmp(), encoding: 'utf8', timeout: 60_000 });
    expect(synth.status).toBe(0);
    expect(fs.readFileSync(path.join(tmp(), 'dist/images/api/Dockerfile'), 'utf8').split('\n').filter((l) => l.startsWith('FROM '))).toEqual([
      `FROM rust:1.95-slim-bookworm@${rust} AS build`, `FROM gcr.io/distroless/cc-debian12:nonroot@${cc}`,
    ]);
  }, 120_000);

  test('a tag the registry does not have: the registry\'s answer, the lock unchanged (exit 1)', () => {
    rustApp(tmp(), { rustVersion: '1.0' });
    expect(lock(tmp(), ...MIRRORS)).toEqual({
      status: 1, out: '',
      err: `✗ base-images.lock.json left unchanged: 1 of 2 base images could not be resolved\n  ✗ rust:1.0-slim-bookworm: ${REGISTRY} answered 404 for library/rust:1.0-slim-bookworm (no such tag or repository)\n`,
    });
    expect(fs.existsSync(path.join(tmp(), 'base-images.lock.json'))).toBe(false);
  }, 60_000);

  test('a registry that answers 401 with a Bearer challenge: an anonymous pull token, then the digest', async () => {
    // GIVEN a token-auth front of the local registry, as Docker Hub's: 401 + WWW-Authenticate: Bearer realm=…
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      const url = new URL(req.url!, 'http://front');
      if (url.pathname === '/token') {
        seen.push(`token ${url.searchParams.get('service')} ${url.searchParams.get('scope')}`);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ token: 'anonymous-pull-token' }));
        return;
      }
      if (req.headers.authorization !== 'Bearer anonymous-pull-token') {
        seen.push(`${req.method} ${url.pathname} 401`);
        const { port } = server.address() as AddressInfo;
        res.writeHead(401, { 'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="front.test",scope="repository:library/debian:pull"` }).end();
        return;
      }
      seen.push(`${req.method} ${url.pathname} forwarded`);
      fetch(`${REGISTRY}${url.pathname}`, { method: req.method, headers: { accept: req.headers.accept ?? '' } }).then((r) => {
        res.writeHead(r.status, Object.fromEntries([...r.headers].filter(([k]) => k === 'docker-content-digest' || k === 'content-type'))).end();
      }, () => res.writeHead(502).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const front = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // WHEN
      const entry = await resolveDigest('debian:bookworm-slim', { 'docker.io': front });
      // THEN
      expect(entry).toEqual({ digest: await manifestDigest('library/debian', 'bookworm-slim'), registry: 'docker.io', resolvedAgainst: front });
      expect(seen).toEqual(['HEAD /v2/library/debian/manifests/bookworm-slim 401', 'token front.test repository:library/debian:pull', 'HEAD /v2/library/debian/manifests/bookworm-slim forwarded']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
