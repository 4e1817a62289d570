/**
 * The corpus, the image rules (`lib/validation/image-rules.ts`): cross-checks between a Dockerfile and the
 * manifests that run its image, and the hygiene of hand-written Dockerfiles (hadolint's checks); and the rules of
 * `lib/validation/pin-health-rules.ts`: pinned apt packages, the HEALTHCHECK, and the HEALTHCHECK against the
 * readiness probe. One input per rule, each with the exact report of the gate.
 */
import { JsonPatch } from 'cdk8s';
import { Build, Dockerfile, DockerfileInstruction, DockerfileStage, HealthCheck, Image, type IImageSource, WebService, Worker } from '../../lib/index';
import {
  CONTAINER, CorpusCase, e, GOOD_ENTRYPOINT, GOOD_FROM, GOOD_HEALTHCHECK, GOOD_USER, IMAGE, oneError, production, RAW, RAW_PATH,
  rawDockerfile, report, RUST_HEALTHCHECK, rustImage, SIGNING, warning,
} from './_corpus-kit';

/** Inputs each image rule rejects. */
export const IMAGE_CASES: readonly CorpusCase[] = [
  // ---- images vs manifests
  {
    name: 'image-port: an explicit port other than the one the image EXPOSEs',
    kind: 'gate', rule: 'image-port',
    build: (app) => { new WebService(production(app), 'api', { image: rustImage(app), port: 9090 }); },
    expected: report('Validation failed: 6 errors; nothing was written.',
      e('image-healthcheck', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': the HEALTHCHECK requests http://127.0.0.1:8080/healthz but the readinessProbe checks port 9090 path /healthz'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the container declares port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the startupProbe checks port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the readinessProbe checks port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the livenessProbe checks port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but Service \'api\' targets port 9090'),
    ),
  },
  {
    name: 'image-user: security.user other than the image\'s USER',
    kind: 'gate', rule: 'image-user',
    build: (app) => { new WebService(production(app), 'api', { image: rustImage(app), security: { user: 20000 } }); },
    expected: oneError('image-user', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': USER 10001:10001 but the container runs as 20000:10001'),
  },
  {
    name: 'image-writable-paths: a path the image writes is not mounted',
    kind: 'gate', rule: 'image-writable-paths',
    build: (app) => {
      const web = new WebService(production(app), 'api', { image: rustImage(app, { writablePaths: ['/var/cache/api'] }), security: { readOnlyRootFilesystem: true } });
      web.deployment.addJsonPatch(JsonPatch.remove(`${CONTAINER}/volumeMounts/1`));
    },
    expected: oneError('image-writable-paths', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': the image writes /var/cache/api but the read-only container mounts no volume there'),
  },
  {
    name: 'image-entrypoint: a shell-form ENTRYPOINT and no command',
    kind: 'gate', rule: 'image-entrypoint',
    build: (app) => {
      const build = Build.fromDockerfile(Dockerfile.of({
        stages: [DockerfileStage.from('debian:bookworm-slim', {
          instructions: [DockerfileInstruction.userId(10001, 10001), DockerfileInstruction.entrypointShellForm('/usr/local/bin/app --serve')],
        })],
      }));
      // signed, as production requires (a workload reads an image source's `signing` as it reads an Image's)
      const external: IImageSource & { signing: typeof SIGNING } = { imageReference: IMAGE, facts: build.facts(), dockerfilePath: 'vendor/api/Dockerfile', signing: SIGNING };
      // an ordinary worker: readiness and a different liveness command, so the entrypoint is the only finding
      new Worker(production(app), 'worker', { image: external, health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/healthcheck', '--alive']) }) });
    },
    expected: oneError('image-entrypoint', 'shop-production/worker/Deployment', 'vendor/api/Dockerfile vs container \'worker\': the ENTRYPOINT/CMD is in shell form: /bin/sh is PID 1 and does not forward SIGTERM to the app'),
  },
  // ---- Dockerfile hygiene (hand-written Dockerfiles written as artifacts)
  {
    name: 'dockerfile-syntax: an unknown instruction',
    kind: 'gate', rule: 'dockerfile-syntax',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'COPPY app /app', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-syntax', RAW, `${RAW_PATH}: line 2: Unknown instruction: COPPY`),
  },
  {
    name: 'dockerfile-pinned-base: an untagged base image',
    kind: 'gate', rule: 'dockerfile-pinned-base',
    build: (app) => { rawDockerfile(app, 'FROM debian', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-pinned-base', RAW, `${RAW_PATH}: line 1: FROM debian is not pinned to a version`),
  },
  {
    name: 'dockerfile-user: a named USER',
    kind: 'gate', rule: 'dockerfile-user',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'USER app', GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-user', RAW, `${RAW_PATH}: line 2: USER app is not numeric: Kubernetes cannot verify runAsNonRoot for a user name`),
  },
  {
    name: 'dockerfile-exec-form: a shell-form CMD',
    kind: 'gate', rule: 'dockerfile-exec-form',
    build: (app) => { rawDockerfile(app, GOOD_FROM, GOOD_USER, 'CMD /usr/local/bin/app --serve', GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-exec-form', RAW, `${RAW_PATH}: line 3: CMD is in shell form`),
  },
  {
    name: 'dockerfile-no-add: ADD',
    kind: 'gate', rule: 'dockerfile-no-add',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'ADD app /usr/local/bin/app', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-no-add', RAW, `${RAW_PATH}: line 2: ADD is used`),
  },
  {
    name: 'dockerfile-apt: apt-get install without cleanup',
    kind: 'gate', rule: 'dockerfile-apt',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-apt', RAW, `${RAW_PATH}: line 2: apt lists are not removed in the same RUN`),
  },
  {
    name: 'dockerfile-pip-cache: pip install with its cache',
    kind: 'gate', rule: 'dockerfile-pip-cache',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'RUN pip install flask==3.0.0', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-pip-cache', RAW, `${RAW_PATH}: line 2: pip install keeps its cache in the layer`),
  },
  {
    name: 'dockerfile-no-secrets: an ENV with a credential-like name',
    kind: 'gate', rule: 'dockerfile-no-secrets',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'ENV DB_PASSWORD=hunter2', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-no-secrets', RAW, `${RAW_PATH}: line 2: ENV DB_PASSWORD looks like a credential`),
  },
  {
    name: 'dockerfile-absolute-workdir: a relative WORKDIR',
    kind: 'gate', rule: 'dockerfile-absolute-workdir',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'WORKDIR app', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-absolute-workdir', RAW, `${RAW_PATH}: line 2: WORKDIR app is relative`),
  },
  {
    name: 'dockerfile-no-sudo: RUN sudo',
    kind: 'gate', rule: 'dockerfile-no-sudo',
    build: (app) => { rawDockerfile(app, GOOD_FROM, GOOD_USER, 'RUN sudo mkdir -p /data', GOOD_ENTRYPOINT, GOOD_HEALTHCHECK); },
    expected: oneError('dockerfile-no-sudo', RAW, `${RAW_PATH}: line 3: RUN uses sudo`),
  },
  // ---- pinned packages and health checks (lib/validation/pin-health-rules.ts)
  {
    name: 'dockerfile-apt-pin: apt-get install of a package without a version',
    kind: 'gate', rule: 'dockerfile-apt-pin',
    build: (app) => {
      rawDockerfile(app, GOOD_FROM, 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', GOOD_USER, GOOD_ENTRYPOINT, GOOD_HEALTHCHECK);
    },
    expected: oneError('dockerfile-apt-pin', RAW, `${RAW_PATH}: line 2: apt-get install curl without a pinned version`),
  },
  {
    name: 'dockerfile-apt-pin: a runtime package the bookworm pins table does not know, without a version',
    kind: 'gate', rule: 'dockerfile-apt-pin',
    build: (app) => {
      const build = Build.rust({ binary: 'api', runtime: 'debian-slim', runtimePackages: ['ca-certificates', 'libpq5'], healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK });
      new WebService(production(app), 'api', { image: new Image(app, 'api-image', { build, repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: SIGNING }) });
    },
    expected: oneError('dockerfile-apt-pin', 'api-image/Dockerfile', 'images/api-image/Dockerfile: line 19: apt-get install libpq5 without a pinned version'),
  },
  {
    name: 'dockerfile-healthcheck: an image serving HTTP on distroless without healthcheckCommand',
    kind: 'gate', rule: 'dockerfile-healthcheck',
    build: (app) => {
      const image = new Image(app, 'api-image', { build: Build.rust({ binary: 'api', healthPath: '/healthz' }), repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: SIGNING });
      new WebService(production(app), 'api', { image });
    },
    expected: oneError('dockerfile-healthcheck', 'api-image/Dockerfile', 'images/api-image/Dockerfile: the final stage has no HEALTHCHECK, but the image serves HTTP on port 8080 (health path /healthz)'),
  },
  {
    name: 'dockerfile-healthcheck: HEALTHCHECK NONE in an image serving HTTP',
    kind: 'gate', rule: 'dockerfile-healthcheck',
    build: (app) => {
      const dockerfile = Dockerfile.of({
        stages: [DockerfileStage.from('debian:bookworm-slim', {
          instructions: [DockerfileInstruction.userId(10001, 10001), DockerfileInstruction.expose(8080), DockerfileInstruction.healthcheckNone(), DockerfileInstruction.entrypoint(['/usr/local/bin/app'])],
        })],
      });
      const image = new Image(app, 'api-image', { build: Build.fromDockerfile(dockerfile, { healthPath: '/healthz' }), repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: SIGNING });
      new WebService(production(app), 'api', { image });
    },
    expected: oneError('dockerfile-healthcheck', 'api-image/Dockerfile', 'images/api-image/Dockerfile: line 6: HEALTHCHECK NONE, but the image serves HTTP on port 8080 (health path /healthz)'),
  },
  {
    name: 'dockerfile-healthcheck (warning): a Dockerfile without HEALTHCHECK for an image that serves no HTTP',
    kind: 'warning', rule: 'dockerfile-healthcheck',
    build: (app) => { rawDockerfile(app, GOOD_FROM, GOOD_USER, GOOD_ENTRYPOINT); },
    expected: warning('dockerfile-healthcheck', RAW, `${RAW_PATH}: the final stage has no HEALTHCHECK`),
  },
  {
    name: 'image-healthcheck: the HEALTHCHECK requests another path than the readiness probe',
    kind: 'gate', rule: 'image-healthcheck',
    build: (app) => {
      const build = Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: ['/usr/local/bin/api', '--healthcheck', 'http://127.0.0.1:8080/health'] });
      new WebService(production(app), 'api', { image: new Image(app, 'api-image', { build, repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: SIGNING }) });
    },
    expected: oneError('image-healthcheck', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': the HEALTHCHECK requests http://127.0.0.1:8080/health but the readinessProbe checks port 8080 path /healthz'),
  },
];
