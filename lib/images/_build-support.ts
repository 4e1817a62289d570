/** Private to the build presets: base images and versions, defaults, checks, and the shared Dockerfile pieces. */
import { Duration } from 'cdk8s';
import { BlueprintError, propError } from '../values/_errors';
import { ImageRef } from '../values/image-ref';
import { Dockerfile, DockerfileInstruction as I } from './dockerfile';

import type { BuildFacts, BuildOptions, BuildServiceOptions } from './build-options';

// Base images. Local stand-ins are built with exactly these names: change a version here and only here.
export const RUST_VERSION = '1.95';
/** Debian bookworm's Python (python:3.11-slim-bookworm); newer minors are a `pythonVersion` away. */
export const PYTHON_VERSION = '3.11';
export const NODE_VERSION = '20';
/** The newest Go that Debian bookworm (with bookworm-backports) ships: 1.23. */
export const GO_VERSION = '1.23';
/** nginx-unprivileged's current stable-line minor with a bookworm variant; `nginxVersion` picks another. */
export const NGINX_UNPRIVILEGED_VERSION = '1.27';
export const DISTROLESS_CC_IMAGE = 'gcr.io/distroless/cc-debian12:nonroot';
export const DISTROLESS_STATIC_IMAGE = 'gcr.io/distroless/static-debian12:nonroot';
export const DEBIAN_SLIM_IMAGE = 'debian:bookworm-slim';

export const DEFAULT_ID = 10001;
export const MIN_ID = 10000;
export const MAX_ID = 2147483647;
export const DEFAULT_PORT = 8080;
export const STATIC_SITE_PORT = 8080;
export const HEALTHCHECK_TIMINGS = {
  interval: Duration.seconds(30),
  timeout: Duration.seconds(5),
  startPeriod: Duration.seconds(10),
  retries: 3,
};

export const VERSION = /^[0-9]+(\.[0-9]+){0,2}$/;
export const BINARY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const CARGO_FEATURE = /^[A-Za-z0-9_][A-Za-z0-9_+./-]*$/;
export const NPM_SCRIPT = /^[A-Za-z0-9_][A-Za-z0-9_:.-]*$/;
export const HTTP_PATH = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;

export const COMMON_IGNORE = ['.git', '**/.env', '**/*.pem', '**/Dockerfile*', '**/.dockerignore', '**/__pycache__', 'dist/'];

export interface ResolvedCommon {
  readonly uid: number;
  readonly gid: number;
  readonly title?: string;
  readonly description?: string;
  readonly source?: string;
  readonly licenses?: string;
  readonly writablePaths: string[];
}

export interface ResolvedService {
  readonly port?: number;
  readonly healthPath?: string;
  readonly healthcheckCommand?: string[];
}

export interface FactExtras {
  readonly dockerignore: string[];
  readonly writablePaths: string[];
  readonly healthPath?: string;
  readonly description: string;
  /** Only for fromDockerfile: which EXPOSEd port is the app's. */
  readonly port?: number;
  /** Build-context paths the image needs besides COPY sources, so that .dockerignore keeps them. */
  readonly contextPaths: string[];
}

export function resolveCommon(options: BuildOptions): ResolvedCommon {
  const uid = checkId('uid', options.uid ?? DEFAULT_ID);
  const gid = checkId('gid', options.gid ?? DEFAULT_ID);
  for (const prop of ['title', 'description', 'source', 'licenses'] as const) {
    const value = options[prop];
    if (value !== undefined && (value.trim() === '' || /[\r\n]/.test(value))) throw propError(prop, value, 'must be a non-empty single line');
  }
  return { ...options, uid, gid, writablePaths: resolveWritablePaths(options.writablePaths) };
}

export function resolveService(options: BuildServiceOptions): ResolvedService {
  const port = options.port === false ? undefined : options.port ?? DEFAULT_PORT;
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw propError('port', port, 'must be a whole number from 1 to 65535');
  }
  const healthPath = options.healthPath === undefined ? undefined : checkHealthPath(options.healthPath);
  if (healthPath !== undefined && port === undefined) {
    throw propError('healthPath', healthPath, 'requires a \'port\' (port is false: the image listens on no port)');
  }
  if (options.healthcheckCommand !== undefined) checkArgv('healthcheckCommand', options.healthcheckCommand);
  return { port, healthPath, healthcheckCommand: options.healthcheckCommand };
}

export function resolveWritablePaths(paths: string[] | undefined): string[] {
  const result = ['/tmp'];
  for (const p of paths ?? []) {
    if (!p.startsWith('/') || /\s/.test(p)) throw propError('writablePaths', paths, 'must contain absolute paths without whitespace');
    const normalized = p.length > 1 ? p.replace(/\/+$/, '') : p;
    if (!result.includes(normalized)) result.push(normalized);
  }
  return result;
}

/** The runtime stage's closing instructions, in a fixed order: USER, EXPOSE, HEALTHCHECK, extras, ENTRYPOINT/CMD. */
export function tail(common: ResolvedCommon, service: ResolvedService, healthcheck: string[] | undefined, ...last: I[]): I[] {
  return [
    I.userId(common.uid, common.gid),
    ...(service.port !== undefined ? [I.expose(service.port)] : []),
    ...(healthcheck !== undefined ? [I.healthcheck(healthcheck, HEALTHCHECK_TIMINGS)] : []),
    ...last,
  ];
}

export function labels(common: ResolvedCommon, defaultTitle: string, description: string): I {
  return I.label({
    'org.opencontainers.image.title': common.title ?? defaultTitle,
    'org.opencontainers.image.description': common.description ?? description,
    ...(common.source !== undefined ? { 'org.opencontainers.image.source': common.source } : {}),
    ...(common.licenses !== undefined ? { 'org.opencontainers.image.licenses': common.licenses } : {}),
  });
}

/** One COPY per build-context path, to the same relative place under WORKDIR (a directory keeps its name). */
export function copyContext(paths: string[]): I[] {
  return paths.map((p) => (p === '.' || p === './' ? I.copy('.', './') : I.copy(p, `./${p.replace(/^\.\//, '')}`)));
}

/** Facts read back from the model, after the rules every Build obeys. */
export function deriveFacts(dockerfile: Dockerfile, extra: FactExtras): BuildFacts {
  for (const image of dockerfile.baseImages) checkPinned(image);

  const user = dockerfile.user;
  if (user === undefined) {
    throw propError('USER', undefined, 'must be set in the final stage to a numeric UID:GID such as \'10001:10001\' (the image must not run as root)');
  }
  if (user.uid === undefined || user.gid === undefined) {
    throw propError('USER', user.spec, 'must be a numeric UID:GID such as \'10001:10001\' (Kubernetes checks runAsNonRoot and runAsUser against numeric ids only)');
  }
  checkId('uid', user.uid);
  checkId('gid', user.gid);

  const ports = dockerfile.exposedPorts;
  let port: number | undefined;
  if (extra.port !== undefined) {
    if (!ports.includes(extra.port)) {
      throw propError('port', extra.port, `must be one of the ports the Dockerfile EXPOSEs (${ports.length > 0 ? ports.join(', ') : 'none'})`);
    }
    port = extra.port;
  } else if (ports.length > 1) {
    throw propError('EXPOSE', ports, 'must declare a single port, or \'port\' must say which one the app serves on');
  } else {
    port = ports[0];
  }
  if (extra.healthPath !== undefined && port === undefined) {
    throw propError('healthPath', extra.healthPath, 'requires an EXPOSEd port (the Dockerfile exposes none)');
  }

  const command = dockerfile.entrypoint ?? dockerfile.cmd;
  if (command === undefined) {
    throw propError('ENTRYPOINT', undefined, 'or CMD must be declared in the final stage, so the process the image runs is known');
  }

  return {
    dockerfile,
    dockerignore: keepNeededPaths(extra.dockerignore, dockerfile, extra.contextPaths),
    user: { uid: user.uid, gid: user.gid },
    ...(port !== undefined ? { port } : {}),
    writablePaths: extra.writablePaths,
    ...(extra.healthPath !== undefined ? { healthPath: extra.healthPath } : {}),
    entrypointForm: command.form,
    description: extra.description,
  };
}

/** Drops `dist/` from the ignore list when the image copies something under dist/ from the build context. */
export function keepNeededPaths(dockerignore: string[], dockerfile: Dockerfile, contextPaths: string[]): string[] {
  const used = [...contextPaths];
  for (const stage of dockerfile.stages) {
    for (const i of stage.instructions) {
      if (i.spec.kind === 'COPY' && i.spec.from === undefined) used.push(...i.spec.sources);
      if (i.spec.kind === 'RUN') used.push(...i.spec.mounts.filter((m) => m.type === 'bind').map((m) => m.source ?? ''));
    }
  }
  const needsDist = used.some((p) => /^(\.\/)?dist(\/|$)/.test(p));
  return needsDist ? dockerignore.filter((line) => line !== 'dist/') : [...dockerignore];
}

export function checkPinned(image: string): void {
  if (image.includes('$')) {
    throw propError('FROM', image, 'must be a literal image reference (or use a top-level ARG with a default), so that its tag can be checked');
  }
  let ref: ImageRef;
  try {
    ref = ImageRef.parse(image);
  } catch (e) {
    if (e instanceof BlueprintError) throw propError('FROM', image, `is not a valid image reference (${e.message})`);
    throw e;
  }
  if (ref.isMutable) {
    throw propError('FROM', image, 'must pin a tag or digest, and not a moving tag such as \'latest\' (builds must be reproducible)');
  }
}

export function checkId(prop: 'uid' | 'gid', value: number): number {
  if (!Number.isInteger(value)) throw propError(prop, value, 'must be a whole number');
  if (value < MIN_ID) throw propError(prop, value, `must be >= ${MIN_ID} (a fixed non-root id above the ranges base images and host accounts use)`);
  if (value > MAX_ID) throw propError(prop, value, `must be <= ${MAX_ID}`);
  return value;
}

export function checkVersion(prop: string, version: string): string {
  if (!VERSION.test(version)) throw propError(prop, version, 'must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
  return version;
}

/**
 * A preset's version prop, optionally pinned to a digest (`'1.95@sha256:…'`): the version (for the tag and the
 * description) and the base image, `image(version)` with `@sha256:…` when a digest was given.
 */
export function checkVersionRef(prop: string, value: string, image: (version: string) => string): { version: string; image: string } {
  const at = value.indexOf('@');
  if (at < 0) {
    const version = checkVersion(prop, value);
    return { version, image: image(version) };
  }
  const digest = value.slice(at + 1);
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw propError(prop, value, 'has an invalid digest: expected a version, \'@sha256:\' and 64 lowercase hex digits, e.g. \'1.95@sha256:<digest>\'');
  }
  if (!VERSION.test(value.slice(0, at))) {
    throw propError(prop, value, 'must be a version number such as \'1.2\' or \'1.2.3\', optionally followed by \'@sha256:<digest>\'');
  }
  const version = value.slice(0, at);
  return { version, image: `${image(version)}@${digest}` };
}

export function checkBinary(prop: string, binary: string): void {
  if (!BINARY.test(binary)) throw propError(prop, binary, `must be a binary name matching ${BINARY}`);
}

export function checkNpmScript(prop: string, script: string): string {
  if (!NPM_SCRIPT.test(script)) throw propError(prop, script, `must be an npm script name matching ${NPM_SCRIPT}`);
  return script;
}

export function checkHealthPath(path: string): string {
  if (!HTTP_PATH.test(path)) throw propError('healthPath', path, 'must be an HTTP path starting with \'/\', without whitespace, quotes or backslashes');
  return path;
}

export function checkArgv(prop: string, argv: string[]): void {
  if (argv.length === 0 || argv.some((a) => a === '')) throw propError(prop, argv, 'must be a non-empty list of non-empty strings');
}

/** Relative paths inside the build context: not absolute, no '..', no whitespace. */
export function checkContextPaths(prop: string, paths: string[]): string[] {
  if (paths.length === 0) throw propError(prop, paths, 'must contain at least one path');
  for (const p of paths) {
    if (p === '' || p.startsWith('/') || p.split('/').includes('..') || /\s/.test(p)) {
      throw propError(prop, paths.length === 1 ? p : paths, 'must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    }
  }
  return paths;
}
