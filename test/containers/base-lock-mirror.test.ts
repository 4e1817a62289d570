/**
 * The base-image lock against the real local registry (Debian's docker-registry 2.8, which scripts/containers/setup.sh
 * starts on 127.0.0.1:5000 and fills with the stand-ins): the digests `cdk8s-blueprints lock` resolves are the ones
 * skopeo reads from that registry, and buildah, with the registry as the mirror of docker.io and gcr.io
 * (registries.conf), pulls `FROM name:tag@sha256:…` by that digest and refuses one the registry does not have.
 * (test/containers/examples-build.test.ts builds every example's locked Dockerfile that way.)
 * Needs root and `bash scripts/containers/setup.sh`; CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS=1 skips.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { BaseImageLock } from '../../lib/index';
import { registryReference } from '../../lib/cli/_registry';
import { ensureContainerTools, freshExamplesLock, localRegistry, REPO_ROOT, runCommand } from '../_containers';

const describeContainers = process.env.CDK8S_BLUEPRINTS_SKIP_CONTAINER_TESTS === '1' ? describe.skip : describe;

describeContainers('the base-image lock against the local registry mirror', () => {
  let dir: string;
  let lock: BaseImageLock;
  beforeAll(() => {
    ensureContainerTools([]);
    dir = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-lock-mirror-'));
    lock = BaseImageLock.parse(readFileSync(freshExamplesLock(), 'utf8'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('locks every base the committed lock names, each to the digest skopeo reads from the registry', async () => {
    const committed = BaseImageLock.parse(readFileSync(path.join(REPO_ROOT, 'base-images.lock.json'), 'utf8'));
    expect(lock.references).toEqual(committed.references);
    const registry = localRegistry();
    for (const reference of lock.references) {
      const { repository, tag } = registryReference(reference);
      const r = await runCommand('skopeo', ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${registry.replace(/^http:\/\//, '')}/${repository}:${tag}`]);
      expect([reference, lock.entry(reference)]).toEqual([reference, { digest: r.stdout.trim(), registry: expect.any(String), resolvedAgainst: registry }]);
    }
    // the committed lock says where it was resolved: the local registry of stand-ins, not docker.io or gcr.io
    expect(new Set(committed.references.map((r) => committed.entry(r)!.resolvedAgainst))).toEqual(new Set(['http://127.0.0.1:5000']));
  }, 120_000);

  test('buildah pulls FROM name:tag@sha256 by its digest through the mirror, and refuses a digest the registry lacks', async () => {
    const base = 'debian:bookworm-slim';
    const digest = lock.entry(base)!.digest;
    const build = (from: string) => {
      writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${from}\nUSER 10001:10001\n`);
      return runCommand('buildah', ['bud', '--format', 'docker', '--pull=always', '-f', path.join(dir, 'Dockerfile'), '-t', 'localhost/cdk8s-blueprints-lock-probe:test', dir], { allowFailure: true, timeoutMs: 120_000 });
    };
    const ok = await build(`${base}@${digest}`);
    expect({ code: ok.code, log: `${ok.stdout}${ok.stderr}` }).toEqual({ code: 0, log: expect.stringContaining(`Trying to pull docker.io/library/debian@${digest}`) });

    const missing = `sha256:${'0'.repeat(64)}`;
    const refused = await build(`${base}@${missing}`);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`${localRegistry().replace(/^http:\/\//, '')}/library/debian@${missing}: reading manifest ${missing} in ${localRegistry().replace(/^http:\/\//, '')}/library/debian: manifest unknown`);
    await runCommand('podman', ['rmi', '-f', 'localhost/cdk8s-blueprints-lock-probe:test'], { allowFailure: true });
  }, 240_000);
});
