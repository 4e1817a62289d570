import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { BlueprintApp, Build, Dockerfile, DockerfileInstruction as I, DockerfileStage, Image, ValidationError } from '../../lib/index';
import { BaseImageLock, lockBaseImages } from '../../lib/images/base-lock';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const MIRROR = 'http://127.0.0.1:5000';

function lock(): BaseImageLock {
  return BaseImageLock.of({
    'rust:1.95-slim-bookworm': { digest: D1, registry: 'docker.io', resolvedAgainst: MIRROR },
    'gcr.io/distroless/cc-debian12:nonroot': { digest: D2, registry: 'gcr.io', resolvedAgainst: MIRROR },
  });
}

const fromLines = (dockerfile: string) => dockerfile.split('\n').filter((l) => l.startsWith('FROM '));

describe('BaseImageLock', () => {
  test('renders sorted, deterministic JSON naming the registry each digest was resolved against, and reads it back', () => {
    // WHEN
    const text = lock().render();
    // THEN
    expect(text).toMatchSnapshot();
    expect(Object.keys(JSON.parse(text).images)).toEqual(['gcr.io/distroless/cc-debian12:nonroot', 'rust:1.95-slim-bookworm']);
    expect(BaseImageLock.parse(text).render()).toBe(text);
    expect(BaseImageLock.parse(text).entry('rust:1.95-slim-bookworm')).toEqual({ digest: D1, registry: 'docker.io', resolvedAgainst: MIRROR });
    expect(lock().with('debian:bookworm-slim', { digest: D2, registry: 'docker.io', resolvedAgainst: MIRROR }).references)
      .toEqual(['debian:bookworm-slim', 'gcr.io/distroless/cc-debian12:nonroot', 'rust:1.95-slim-bookworm']);
    expect(lock().only(['rust:1.95-slim-bookworm']).references).toEqual(['rust:1.95-slim-bookworm']);
  });

  test.each([
    ['not JSON', '{', 'lock.json: is not JSON (Expected property name or \'}\' in JSON at position 1)'],
    ['an array', '[]', 'lock.json: \'lock\' ([]) must be a JSON object with \'lockfileVersion\' and \'images\''],
    ['another version', '{"lockfileVersion":2,"images":{}}', 'lock.json: \'lockfileVersion\' (2) must be 1 (the version this library reads)'],
    ['no images', '{"lockfileVersion":1}', 'lock.json: \'images\' (undefined) must be an object of image references'],
    ['an unknown field', '{"lockfileVersion":1,"images":{},"generated":"today"}', 'lock.json: \'generated\' (\'today\') is not a field of a base-image lock (lockfileVersion, note, images)'],
    ['a key with a digest', `{"lockfileVersion":1,"images":{"debian@${D1}":{}}}`, `lock.json: 'images' ('debian@${D1}') must be keyed by name:tag as FROM writes it, without a digest (the digest is the entry's value)`],
    ['a key that is no reference', '{"lockfileVersion":1,"images":{"Debian:x":{}}}', 'lock.json: \'images\' (\'Debian:x\') must be keyed by image references such as \'debian:bookworm-slim\''],
    ['a short digest', '{"lockfileVersion":1,"images":{"debian:bookworm-slim":{"digest":"sha256:abc","registry":"docker.io","resolvedAgainst":"http://127.0.0.1:5000"}}}',
      'lock.json: \'images[\'debian:bookworm-slim\'].digest\' (\'sha256:abc\') must be \'sha256:\' and 64 lowercase hex digits'],
    ['no registry', `{"lockfileVersion":1,"images":{"debian:bookworm-slim":{"digest":"${D1}","resolvedAgainst":"http://127.0.0.1:5000"}}}`,
      'lock.json: \'images[\'debian:bookworm-slim\'].registry\' (undefined) must be a registry host such as \'docker.io\''],
    ['a resolvedAgainst that is no URL', `{"lockfileVersion":1,"images":{"debian:bookworm-slim":{"digest":"${D1}","registry":"docker.io","resolvedAgainst":"mirror"}}}`,
      'lock.json: \'images[\'debian:bookworm-slim\'].resolvedAgainst\' (\'mirror\') must be the http(s) URL of the registry that answered, e.g. \'https://registry-1.docker.io\''],
    ['an unknown entry field', `{"lockfileVersion":1,"images":{"debian:bookworm-slim":{"digest":"${D1}","registry":"docker.io","resolvedAgainst":"${MIRROR}","at":1}}}`,
      'lock.json: \'images[\'debian:bookworm-slim\'].at\' (1) is not a field of a lock entry (digest, registry, resolvedAgainst)'],
  ])('parse rejects %s with an exact message', (_name, text, message) => {
    expect(() => BaseImageLock.parse(text, 'lock.json')).toThrow(message);
  });
});

describe('lockBaseImages', () => {
  test('pins every locked tag-only base to its digest and names the bases the lock lacks', () => {
    // GIVEN a rust build: rust build stage, distroless runtime
    const facts = Build.rust({ binary: 'api' }).facts();
    // WHEN
    const locked = lockBaseImages(facts, lock());
    // THEN
    expect(fromLines(locked.dockerfile.render())).toEqual([`FROM rust:1.95-slim-bookworm@${D1} AS build`, `FROM gcr.io/distroless/cc-debian12:nonroot@${D2}`]);
    expect(locked.baseLock).toEqual({ file: 'base-images.lock.json', references: ['rust:1.95-slim-bookworm', 'gcr.io/distroless/cc-debian12:nonroot'], unlocked: [] });
    // everything but the FROM lines is as the build wrote it
    expect(locked.dockerfile.render().replace(/@sha256:[0-9a-f]{64}/g, '')).toBe(facts.dockerfile.render());
    expect(lockBaseImages(facts, undefined)).toBe(facts);
  });

  test('leaves digests the Dockerfile pins itself, stage names, scratch and $ARG references alone', () => {
    // GIVEN
    const dockerfile = Dockerfile.of({
      args: [I.arg('BASE', 'debian:bookworm-slim')],
      stages: [
        DockerfileStage.from(`debian:bookworm-slim@${D2}`, { as: 'pinned' }),
        DockerfileStage.from('$BASE', { as: 'arg' }),
        DockerfileStage.from('scratch', { as: 'empty' }),
        DockerfileStage.from('golang:1.23-bookworm', { as: 'unlocked' }),
        DockerfileStage.from('pinned', { instructions: [I.userId(10001, 10001), I.cmd(['/app'])] }),
      ],
    });
    const facts = Build.fromDockerfile(dockerfile).facts();
    // WHEN
    const locked = lockBaseImages(facts, lock());
    // THEN
    expect(fromLines(locked.dockerfile.render())).toEqual([`FROM debian:bookworm-slim@${D2} AS pinned`, 'FROM $BASE AS arg', 'FROM scratch AS empty', 'FROM golang:1.23-bookworm AS unlocked', 'FROM pinned']);
    expect(locked.baseLock).toEqual({ file: 'base-images.lock.json', references: ['golang:1.23-bookworm'], unlocked: ['golang:1.23-bookworm'] });
  });
});

describe('presets accept a digest with their version', () => {
  test.each([
    ['rust', () => Build.rust({ binary: 'api', rustVersion: `1.95@${D1}` }), `FROM rust:1.95-slim-bookworm@${D1} AS build`],
    ['python', () => Build.python({ server: { kind: 'command', command: ['python', 'app.py'] }, pythonVersion: `3.11@${D1}` }), `FROM python:3.11-slim-bookworm@${D1}`],
    ['node', () => Build.node({ nodeVersion: `20@${D1}` }), `FROM node:20-bookworm-slim@${D1}`],
    ['go', () => Build.go({ binary: 'api', goVersion: `1.23@${D1}` }), `FROM golang:1.23-bookworm@${D1} AS build`],
    ['static site', () => Build.staticSite({ nginxVersion: `1.27@${D1}` }), `FROM nginxinc/nginx-unprivileged:1.27-bookworm@${D1}`],
  ])('%s', (_name, build, from) => {
    const facts = build().facts();
    expect(fromLines(facts.dockerfile.render())).toContain(from);
    expect(facts.description).not.toContain('sha256');
  });

  test.each([
    [`1.95@sha256:${'a'.repeat(63)}`, `'rustVersion' ('1.95@sha256:${'a'.repeat(63)}') has an invalid digest: expected a version, '@sha256:' and 64 lowercase hex digits, e.g. '1.95@sha256:<digest>'`],
    [`1.95@sha256:${'A'.repeat(64)}`, `'rustVersion' ('1.95@sha256:${'A'.repeat(64)}') has an invalid digest: expected a version, '@sha256:' and 64 lowercase hex digits, e.g. '1.95@sha256:<digest>'`],
    ['1.95@', '\'rustVersion\' (\'1.95@\') has an invalid digest: expected a version, \'@sha256:\' and 64 lowercase hex digits, e.g. \'1.95@sha256:<digest>\''],
    [`latest@${D1}`, `'rustVersion' ('latest@${D1}') must be a version number such as '1.2' or '1.2.3', optionally followed by '@sha256:<digest>'`],
  ])('a malformed rustVersion %s is rejected with an exact message', (rustVersion, message) => {
    expect(() => Build.rust({ binary: 'api', rustVersion })).toThrow(message);
  });
});

describe('BlueprintApp baseImageLock', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'base-lock-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('Images made in an app that reads a lock write FROM name:tag@sha256 for its bases', () => {
    // GIVEN
    const file = path.join(dir, 'base-images.lock.json');
    writeFileSync(file, lock().render());
    // WHEN
    const app = new BlueprintApp({ outdir: path.join(dir, 'dist'), baseImageLock: file });
    const image = new Image(app, 'api', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/api', tag: '1.0.0' });
    // THEN
    expect(app.baseImageLockPath).toBe(file);
    expect(fromLines(app.synthesize().files.get('images/api/Dockerfile')!)).toEqual([`FROM rust:1.95-slim-bookworm@${D1} AS build`, `FROM gcr.io/distroless/cc-debian12:nonroot@${D2}`]);
    expect(image.facts.baseLock?.unlocked).toEqual([]);
  });

  test('a missing lock file is an empty lock: every base is unlocked', () => {
    const app = new BlueprintApp({ outdir: path.join(dir, 'dist'), baseImageLock: path.join(dir, 'none.json') });
    const image = new Image(app, 'api', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/api', tag: '1.0.0' });
    expect(image.facts.baseLock).toEqual({ file: path.join(dir, 'none.json'), references: ['rust:1.95-slim-bookworm', 'gcr.io/distroless/cc-debian12:nonroot'], unlocked: ['rust:1.95-slim-bookworm', 'gcr.io/distroless/cc-debian12:nonroot'] });
  });

  test('a malformed lock file is reported by synthesis with the file and the field', () => {
    const file = path.join(dir, 'base-images.lock.json');
    writeFileSync(file, '{"lockfileVersion":3,"images":{}}');
    let error: unknown;
    const cwd = process.cwd();
    try {
      process.chdir(dir); // the file is named relative to the working directory
      const app = new BlueprintApp({ outdir: path.join(dir, 'dist'), baseImageLock: 'base-images.lock.json' });
      expect(app.baseImageLockPath).toBe(file);
      app.synthesize();
    } catch (e) {
      error = e;
    } finally {
      process.chdir(cwd);
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).findings.map((f) => [f.path, f.message])).toEqual([
      ['', 'base-images.lock.json: \'lockfileVersion\' (3) must be 1 (the version this library reads)'],
    ]);
  });
});
