/**
 * The corpus, the base-image lock rule (`lib/validation/base-lock-rules.ts`): a workload running an Image whose
 * Dockerfile pulls a base its app's lock lacks, with the exact report of the gate. The app's lock is set the way
 * BlueprintApp's `baseImageLock` sets it (without the file: the cases run in a temporary folder).
 */
import { BaseImageLock, Build, Image, WebService } from '../../lib/index';
import { useBaseImageLock } from '../../lib/images/_base-lock-scope';
import { CorpusCase, development, error, ONE_ERROR, production, report, RUST_HEALTHCHECK, SIGNING, warning } from './_corpus-kit';

export const BASE_LOCK_FIX = 'run `npx cdk8s-blueprints lock` to resolve the missing bases into the lock file (or give the preset\'s version prop a digest — rustVersion, goVersion, pythonVersion, nodeVersion or nginxVersion, e.g. goVersion \'1.23@sha256:…\'), then synthesize again';

/** A lock holding the rust build stage only: the distroless runtime is missing. */
const RUST_ONLY = BaseImageLock.of({
  'rust:1.95-slim-bookworm': { digest: `sha256:${'1'.repeat(64)}`, registry: 'docker.io', resolvedAgainst: 'http://127.0.0.1:5000' },
});

function lockedImage(app: Parameters<CorpusCase['build']>[0], lock: BaseImageLock): Image {
  useBaseImageLock(app, lock);
  return new Image(app, 'api-image', {
    build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK }),
    repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: SIGNING,
  });
}

export const BASE_LOCK_CASES: readonly CorpusCase[] = [
  {
    name: 'image-base-locked: a production image built from a base the lock lacks',
    kind: 'gate', rule: 'image-base-locked',
    build: (app) => { new WebService(production(app), 'api', { image: lockedImage(app, RUST_ONLY) }); },
    expected: report(ONE_ERROR, error('image-base-locked', 'shop-production/api/Deployment',
      'images/api-image/Dockerfile vs container \'api\': FROM gcr.io/distroless/cc-debian12:nonroot is not in the base-image lock base-images.lock.json, so the build pulls whatever the tag points at that day',
      BASE_LOCK_FIX)),
  },
  {
    name: 'image-base-locked: a development image built from bases an empty lock lacks',
    kind: 'warning', rule: 'image-base-locked',
    build: (app) => { new WebService(development(app), 'api', { image: lockedImage(app, BaseImageLock.empty()) }); },
    // (development runs one replica, which the gate warns about too)
    expected: warning('deployment-replicas', 'shop-development/api/Deployment', 'Deployment \'api\' runs 1 replica') + warning('image-base-locked', 'shop-development/api/Deployment',
      'images/api-image/Dockerfile vs container \'api\': FROM rust:1.95-slim-bookworm, FROM gcr.io/distroless/cc-debian12:nonroot are not in the base-image lock base-images.lock.json, so the build pulls whatever the tag points at that day'),
  },
];
