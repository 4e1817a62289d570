/**
 * Build and run images in tests without a Docker daemon or any registry: buildah builds the Dockerfile unchanged
 * (base images are local stand-ins made by scripts/containers/setup.sh, tagged with the exact FROM names) and
 * podman runs the image hardened the way the Kubernetes manifests run it:
 *
 *   Kubernetes securityContext / volume            podman run
 *   runAsUser/runAsGroup                           --user uid:gid
 *   readOnlyRootFilesystem: true                   --read-only --read-only-tmpfs=false (no implicit /tmp, /run)
 *   capabilities: { drop: [ALL] }                  --cap-drop ALL
 *   allowPrivilegeEscalation: false                --security-opt no-new-privileges
 *   seccompProfile: RuntimeDefault                 podman's default seccomp profile (always on unless disabled)
 *   emptyDir at each writable path                 --tmpfs PATH:rw,exec,nosuid,nodev,notmpcopyup,mode=1777 (empty)
 *   containerPort + Service                        -p 127.0.0.1:hostPort:port (loopback only)
 *
 * Every command runs with the environment of scripts/containers/env.sh (storage and engine config in
 * CONTAINERS_HOME). Errors name the command and end with the tail of its output.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..');
const SETUP_HINT = 'bash scripts/containers/setup.sh';
const TAIL_LINES = 40;

/** Images that scripts/containers/setup.sh makes (exact names of the FROM lines). */
export const BASE_IMAGES = {
  debian: 'docker.io/library/debian:bookworm-slim',
  distrolessStatic: 'gcr.io/distroless/static-debian12:nonroot',
  distrolessCc: 'gcr.io/distroless/cc-debian12:nonroot',
  rust: 'docker.io/library/rust:1.95-slim-bookworm',
  golang: 'docker.io/library/golang:1.23-bookworm',
  python: 'docker.io/library/python:3.11-slim-bookworm',
  node: 'docker.io/library/node:20-bookworm-slim',
  nginx: 'docker.io/nginxinc/nginx-unprivileged:1.27-bookworm',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Environment and commands
// ---------------------------------------------------------------------------------------------------------------

let cachedEnv: NodeJS.ProcessEnv | undefined;

/** process.env plus what scripts/containers/env.sh exports (CONTAINERS_STORAGE_CONF, CONTAINERS_CONF, ...). */
export function containerEnv(): NodeJS.ProcessEnv {
  if (cachedEnv !== undefined) return cachedEnv;
  const envScript = path.join(REPO_ROOT, 'scripts/containers/env.sh');
  const r = spawnSync('bash', ['-c', `. "${envScript}" && env -0`], { encoding: 'utf8', env: process.env, timeout: 10_000 });
  if (r.status !== 0) {
    throw new Error(`cannot source scripts/containers/env.sh (exit ${r.status}): ${tail(r.stderr ?? '')}`);
  }
  const env: NodeJS.ProcessEnv = {};
  for (const entry of r.stdout.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  cachedEnv = env;
  return env;
}

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
  readonly seconds: number;
}

export interface CommandOptions {
  /** Kill the command after this long. @default 120000 */
  readonly timeoutMs?: number;
  /** Resolve instead of rejecting on a non-zero exit. @default false */
  readonly allowFailure?: boolean;
}

function tail(text: string, lines = TAIL_LINES): string {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? [`... (${all.length - lines} earlier lines)`, ...all.slice(-lines)] : all).join('\n');
}

function quote(args: string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Runs a command with the container environment; rejects with the command line and the tail of its output. */
export function runCommand(command: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: containerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run \`${quote([command, ...args])}\`: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = {
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? -1,
        seconds: (Date.now() - started) / 1000,
      };
      if (!timedOut && (code === 0 || options.allowFailure)) {
        resolve(result);
        return;
      }
      const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${code ?? signal}`;
      const output = [result.stderr.trim() && `--- stderr ---\n${tail(result.stderr)}`, result.stdout.trim() && `--- stdout ---\n${tail(result.stdout)}`]
        .filter(Boolean).join('\n');
      reject(new Error(`\`${quote([command, ...args])}\` failed (${why})\n${output}`));
    });
  });
}

function onPath(binary: string): boolean {
  return (containerEnv().PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(path.join(dir, binary)));
}

/**
 * Checks that scripts/containers/setup.sh has run on this machine (tools, config and base images) and returns
 * the container environment. Throws a message that says what is missing and to run the setup script.
 * @param requiredImages images that must exist locally; default: all of BASE_IMAGES
 */
export function ensureContainerTools(requiredImages: readonly string[] = Object.values(BASE_IMAGES)): NodeJS.ProcessEnv {
  const problems: string[] = [];
  if (process.getuid !== undefined && process.getuid() !== 0) problems.push('not running as root (buildah/podman are used rootful)');
  const env = containerEnv();
  for (const binary of ['buildah', 'podman', 'runc']) if (!onPath(binary)) problems.push(`\`${binary}\` is not installed`);
  for (const v of ['CONTAINERS_STORAGE_CONF', 'CONTAINERS_CONF', 'CONTAINERS_REGISTRIES_CONF']) {
    const file = env[v];
    if (file === undefined || !existsSync(file)) problems.push(`${v} (${file ?? 'unset'}) does not exist`);
  }
  const stamp = path.join(env.CONTAINERS_HOME ?? '', 'setup.done');
  if (!existsSync(stamp)) problems.push(`${stamp} does not exist (setup has not completed)`);
  if (problems.length === 0) {
    const missing = requiredImages.filter((image) =>
      spawnSync('podman', ['image', 'exists', image], { env, timeout: 30_000 }).status !== 0);
    if (missing.length > 0) problems.push(`base image(s) missing: ${missing.join(', ')}`);
  }
  if (problems.length > 0) {
    throw new Error(`Container tooling is not set up:\n  - ${problems.join('\n  - ')}\n`
      + `Run \`${SETUP_HINT}\` as root first (Debian 12; installs buildah/podman and makes the local base images).`);
  }
  return env;
}

/** The local registry serving the stand-ins (scripts/containers/setup.sh starts it), as the mirror of docker.io and gcr.io. */
export function localRegistry(): string {
  return `http://${containerEnv().CDK8S_BLUEPRINTS_REGISTRY ?? '127.0.0.1:5000'}`;
}

/**
 * A base-image lock of the examples freshly resolved against the local registry by the real `cdk8s-blueprints lock`
 * (into a temporary file, returned): the stand-ins setup.sh made on this machine, whose digests differ from the
 * committed base-images.lock.json on a machine that made its own. Throws with the command's output when it fails.
 */
export function freshExamplesLock(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cdk8s-blueprints-lock-'));
  const file = path.join(dir, 'base-images.lock.json');
  const app = path.join(dir, 'main.ts');
  writeFileSync(app, `import { buildExamples } from ${JSON.stringify(path.join(REPO_ROOT, 'apps'))};\nbuildExamples({ baseImageLock: ${JSON.stringify(file)} }).synth();\n`);
  const registry = localRegistry();
  const r = spawnSync(process.execPath, [
    '--require', require.resolve('tsx/cjs'), path.join(REPO_ROOT, 'lib/cli/main.ts'), 'lock', '--app', app,
    '--mirror', `docker.io=${registry}`, '--mirror', `gcr.io=${registry}`,
  ], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`cdk8s-blueprints lock against ${registry} failed (exit ${r.status}; run \`${SETUP_HINT}\`):\n${r.stdout}${r.stderr}`);
  return file;
}

/** The Dockerfile with the digests of its FROM lines removed (`FROM name:tag@sha256:…` → `FROM name:tag`). */
export function withoutFromDigests(dockerfile: string): string {
  return dockerfile.replace(/^(FROM\s.*?)@sha256:[0-9a-f]{64}/gm, '$1');
}

// ---------------------------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------------------------

export interface BuildImageOptions {
  /** Build context directory. */
  readonly contextDir: string;
  /** Path of the Dockerfile (anywhere; it need not be inside the context). */
  readonly dockerfile: string;
  /** Tag of the result, e.g. 'localhost/fixture-rust-web:test'. */
  readonly tag: string;
  /** --build-arg values. */
  readonly buildArgs?: Record<string, string>;
  /** --target stage. */
  readonly target?: string;
  /**
   * 'none' proves the build needs no network: RUN steps then use runc (OCI) isolation with no network,
   * because chroot isolation can only share the host's network.
   * @default 'host' (chroot isolation; RUN steps reach the Debian mirror and the npm registry)
   */
  readonly network?: 'host' | 'none';
  /** Ignore the layer cache. @default false */
  readonly noCache?: boolean;
  /**
   * `--pull`: 'never' builds from local storage only; 'always' pulls every FROM image from its registry first (here
   * the local registry, the mirror of docker.io and gcr.io in registries.conf): a `FROM name:tag@sha256:…` is then
   * pulled by that digest, and a digest the registry does not have fails the build.
   * @default 'never'
   */
  readonly pull?: 'never' | 'always';
  /** @default 900000 (15 min) */
  readonly timeoutMs?: number;
}

export interface BuiltImage {
  readonly tag: string;
  /** Image id. */
  readonly id: string;
  /** Wall-clock seconds of the build. */
  readonly seconds: number;
  /** The build output. */
  readonly log: string;
}

/**
 * `buildah bud --format docker --pull=never --layers`: the Docker format keeps HEALTHCHECK, --pull=never fails fast
 * on a missing base image instead of trying a registry, --layers caches each step for the next build.
 */
export async function buildImage(options: BuildImageOptions): Promise<BuiltImage> {
  const args = ['bud', '--format', 'docker', `--pull=${options.pull ?? 'never'}`, '--layers', '--force-rm'];
  if (options.network === 'none') args.push('--isolation', 'oci', '--network', 'none');
  else args.push('--isolation', 'chroot');
  for (const [k, v] of Object.entries(options.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  if (options.target !== undefined) args.push('--target', options.target);
  if (options.noCache) args.push('--no-cache');
  args.push('-f', path.resolve(options.dockerfile), '-t', options.tag, path.resolve(options.contextDir));
  const r = await runCommand('buildah', args, { timeoutMs: options.timeoutMs ?? 900_000 });
  const id = (await runCommand('podman', ['image', 'inspect', '--format', '{{.Id}}', options.tag])).stdout.trim();
  return { tag: options.tag, id, seconds: r.seconds, log: `${r.stdout}${r.stderr}` };
}

/** The parts of `podman image inspect` that the tests look at. */
export interface ImageConfig {
  readonly User?: string;
  readonly ExposedPorts?: Record<string, unknown>;
  readonly Entrypoint?: string[] | null;
  readonly Cmd?: string[] | null;
  readonly Env?: string[];
  readonly Labels?: Record<string, string> | null;
  readonly Healthcheck?: { Test?: string[] } | null;
  readonly StopSignal?: string;
}

export async function inspectImage(image: string): Promise<ImageConfig> {
  // podman keeps a Docker-format HEALTHCHECK at the top level (.HealthCheck), not in .Config
  const r = await runCommand('podman', ['image', 'inspect', '--format', '{{json .Config}}\n{{json .HealthCheck}}', image]);
  const [config, healthcheck] = r.stdout.trim().split('\n');
  return { ...JSON.parse(config ?? '{}') as ImageConfig, Healthcheck: JSON.parse(healthcheck ?? 'null') as { Test?: string[] } | null };
}

// ---------------------------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------------------------

export interface RunContainerOptions {
  readonly image: string;
  /** Container name (made unique by the caller; an old container of that name is removed first). */
  readonly name: string;
  /** 'uid:gid', numeric, e.g. '10001:10001'. */
  readonly user: string;
  /** Port the process listens on inside the container. */
  readonly port: number;
  /** Loopback port on the host. @default a free one */
  readonly hostPort?: number;
  readonly env?: Record<string, string>;
  /** @default true */
  readonly readOnly?: boolean;
  /** @default true */
  readonly capDropAll?: boolean;
  /** @default true */
  readonly noNewPrivileges?: boolean;
  /** A tmpfs (the emptyDir stand-in) writable by any uid at each path. @default ['/tmp'] */
  readonly writablePaths?: readonly string[];
  /** Mode of the tmpfs mounts. @default '1777' */
  readonly tmpfsMode?: string;
  /**
   * Host directories bind-mounted read-write (the stand-in of a PersistentVolumeClaim), container path -> host
   * path. The caller makes the host directory writable by the container's uid.
   */
  readonly volumes?: Record<string, string>;
  /** Arguments after the image (replace CMD). */
  readonly args?: readonly string[];
}

export interface ProcessStatus {
  readonly uid: number;
  readonly gid: number;
  /** Effective capabilities as a hex string. */
  readonly capEff: string;
  readonly noNewPrivs: boolean;
  /** 0 = off, 1 = strict, 2 = filter (a seccomp profile applies). */
  readonly seccomp: number;
}

export interface Running {
  readonly name: string;
  readonly id: string;
  readonly hostPort: number;
  /** http://127.0.0.1:<hostPort><path> */
  url(pathname?: string): string;
  logs(): Promise<string>;
  isRunning(): Promise<boolean>;
  /** `podman healthcheck run`: runs the image's HEALTHCHECK once (no systemd timers here). */
  healthcheck(): Promise<{ healthy: boolean; output: string }>;
  /** /proc/<pid>/status of the container's PID 1, read on the host. */
  processStatus(): Promise<ProcessStatus>;
  /** `podman rm -f -t 2`: SIGTERM (or the image's STOPSIGNAL), SIGKILL after 2 s. Idempotent. */
  stop(): Promise<{ seconds: number }>;
}

/** A free TCP port on 127.0.0.1 (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `podman run -d` with the Kubernetes hardening (see the top of this file). */
export async function runContainer(options: RunContainerOptions): Promise<Running> {
  if (!/^\d+:\d+$/.test(options.user)) throw new Error(`user must be numeric 'uid:gid', got '${options.user}'`);
  const hostPort = options.hostPort ?? await freePort();
  const args = ['run', '-d', '--name', options.name, '--label', 'io.cdk8s-blueprints.test=true', '--user', options.user];
  if (options.readOnly ?? true) args.push('--read-only', '--read-only-tmpfs=false');
  if (options.capDropAll ?? true) args.push('--cap-drop', 'ALL');
  if (options.noNewPrivileges ?? true) args.push('--security-opt', 'no-new-privileges');
  for (const p of options.writablePaths ?? ['/tmp']) {
    if (!p.startsWith('/') || p.includes(',')) throw new Error(`writable path must be absolute without commas: '${p}'`);
    // notmpcopyup: start empty like an emptyDir (podman would otherwise copy the image's files at p into the tmpfs)
    args.push('--tmpfs', `${p}:rw,exec,nosuid,nodev,notmpcopyup,mode=${options.tmpfsMode ?? '1777'}`);
  }
  for (const [containerPath, hostPath] of Object.entries(options.volumes ?? {})) {
    if (!containerPath.startsWith('/') || !path.isAbsolute(hostPath)) throw new Error(`volume paths must be absolute: ${hostPath}:${containerPath}`);
    args.push('--volume', `${hostPath}:${containerPath}:rw`);
  }
  args.push('-p', `127.0.0.1:${hostPort}:${options.port}`);
  for (const [k, v] of Object.entries(options.env ?? {})) args.push('--env', `${k}=${v}`);
  args.push(options.image, ...(options.args ?? []));

  await runCommand('podman', ['rm', '-f', '-t', '0', options.name], { allowFailure: true });
  const id = (await runCommand('podman', args, { timeoutMs: 120_000 })).stdout.trim().split('\n').pop() ?? '';
  return runningHandle(options.name, id, hostPort);
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------------------------

export interface HttpResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** One HTTP request to a loopback URL. */
export function httpRequest(url: string, init: { method?: string; body?: string; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<HttpResponse> {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') throw new Error(`only loopback URLs are allowed here, got ${url}`);
  return new Promise((resolve, reject) => {
    const req = http.request(u, {
      method: init.method ?? 'GET',
      headers: { ...(init.body !== undefined ? { 'content-length': Buffer.byteLength(init.body).toString() } : {}), ...init.headers },
      timeout: init.timeoutMs ?? 5_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${init.timeoutMs ?? 5_000} ms`)));
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/**
 * Polls `url` until it answers `expectStatus` (default 200); returns that response and how long it took.
 * With `running`, fails fast when the container exits, and the error carries its logs.
 */
export async function waitHttp(url: string, timeoutMs: number, options: { expectStatus?: number; running?: Running } = {}): Promise<HttpResponse & { ms: number }> {
  const started = Date.now();
  const expected = options.expectStatus ?? 200;
  let last = 'no attempt';
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await httpRequest(url, { timeoutMs: 2_000 });
      if (r.status === expected) return { ...r, ms: Date.now() - started };
      last = `HTTP ${r.status}: ${r.body.slice(0, 200)}`;
    } catch (e) {
      last = (e as Error).message;
    }
    const exited = options.running !== undefined && attempt % 5 === 4 && !(await options.running.isRunning());
    if (exited || Date.now() - started > timeoutMs) {
      const logs = options.running !== undefined ? `\n--- container logs (${options.running.name}) ---\n${tail(await options.running.logs())}` : '';
      throw new Error(`${url} did not answer ${expected} within ${timeoutMs} ms${exited ? ' (the container exited)' : ''}; last: ${last}${logs}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Builds with an ignore file, and runs described field by field (for running a container the way a manifest does)
// ---------------------------------------------------------------------------------------------------------------

export interface BuildImageWithIgnoreFileOptions extends BuildImageOptions {
  /**
   * `buildah bud --ignorefile FILE` (buildah >= 1.28): the ignore file that BuildKit would pick up as
   * `<Dockerfile>.dockerignore` next to the Dockerfile. @default - the context's .dockerignore, if any
   */
  readonly ignoreFile?: string;
}

/**
 * `buildImage` plus `--ignorefile` and `--force-rm`; the same flags otherwise (Docker format, --pull=never, --layers).
 * --force-rm: buildah 1.28 otherwise keeps the working container of a step that fails (`buildah containers` lists it
 * as <layer id>-working-container), and it keeps that intermediate image in use.
 */
export async function buildImageWithIgnoreFile(options: BuildImageWithIgnoreFileOptions): Promise<BuiltImage> {
  const args = ['bud', '--format', 'docker', `--pull=${options.pull ?? 'never'}`, '--layers', '--force-rm'];
  if (options.network === 'none') args.push('--isolation', 'oci', '--network', 'none');
  else args.push('--isolation', 'chroot');
  for (const [k, v] of Object.entries(options.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  if (options.target !== undefined) args.push('--target', options.target);
  if (options.noCache) args.push('--no-cache');
  if (options.ignoreFile !== undefined) args.push('--ignorefile', path.resolve(options.ignoreFile));
  args.push('-f', path.resolve(options.dockerfile), '-t', options.tag, path.resolve(options.contextDir));
  const r = await runCommand('buildah', args, { timeoutMs: options.timeoutMs ?? 900_000 });
  const id = (await runCommand('podman', ['image', 'inspect', '--format', '{{.Id}}', options.tag])).stdout.trim();
  return { tag: options.tag, id, seconds: r.seconds, log: `${r.stdout}${r.stderr}` };
}

/** Everything `podman run` is told, spelled out (no defaults are implied: what is not set is not applied). */
export interface ContainerRunSpec {
  readonly image: string;
  /** Container name (an old container of that name is removed first). */
  readonly name: string;
  /** Numeric 'uid:gid'. */
  readonly user: string;
  /** --group-add (e.g. the pod's fsGroup and supplementalGroups). */
  readonly groupAdd?: readonly number[];
  /**
   * `--passwd=false` when false: podman then leaves /etc/passwd as the image has it, as the kubelet's runtime does
   * (containerd adds no entry for a runAsUser the image does not know); by default podman adds one for `user`.
   * @default true
   */
  readonly passwdEntry?: boolean;
  readonly readOnly: boolean;
  /** --cap-drop values, e.g. ['ALL']. */
  readonly capDrop: readonly string[];
  /** --cap-add values. */
  readonly capAdd?: readonly string[];
  readonly noNewPrivileges: boolean;
  /** Empty tmpfs mounts (emptyDir stand-ins), writable by any uid (mode 1777 unless given). */
  readonly tmpfs?: readonly { readonly path: string; readonly sizeBytes?: number; readonly mode?: string }[];
  /** Bind mounts of host directories or files. */
  readonly binds?: readonly { readonly hostPath: string; readonly containerPath: string; readonly readOnly: boolean }[];
  /** Environment in order (later entries win). */
  readonly env?: readonly (readonly [string, string])[];
  /** --entrypoint (a Kubernetes `command`; replaces ENTRYPOINT and drops CMD). */
  readonly entrypoint?: readonly string[];
  /** Arguments after the image (a Kubernetes `args`; replace CMD). */
  readonly args?: readonly string[];
  readonly workdir?: string;
  /** Port published on 127.0.0.1 (a free host port unless hostPort is given). */
  readonly port?: number;
  readonly hostPort?: number;
}

/** The `podman run` arguments of a spec, without `run`/`-d` and with the image and its arguments last. */
export function containerRunArgs(spec: ContainerRunSpec, hostPort?: number): string[] {
  if (!/^\d+:\d+$/.test(spec.user)) throw new Error(`user must be numeric 'uid:gid', got '${spec.user}'`);
  const args = ['--name', spec.name, '--label', 'io.cdk8s-blueprints.test=true', '--user', spec.user];
  for (const g of spec.groupAdd ?? []) args.push('--group-add', String(g));
  if (spec.passwdEntry === false) args.push('--passwd=false');
  if (spec.readOnly) args.push('--read-only', '--read-only-tmpfs=false');
  for (const c of spec.capDrop) args.push('--cap-drop', c);
  for (const c of spec.capAdd ?? []) args.push('--cap-add', c);
  if (spec.noNewPrivileges) args.push('--security-opt', 'no-new-privileges');
  for (const t of spec.tmpfs ?? []) {
    if (!t.path.startsWith('/') || t.path.includes(',') || t.path.includes(':')) throw new Error(`tmpfs path must be absolute without ',' or ':': '${t.path}'`);
    const size = t.sizeBytes !== undefined ? `,size=${t.sizeBytes}` : '';
    // notmpcopyup: start empty like an emptyDir (podman would otherwise copy the image's files at the path into it)
    args.push('--tmpfs', `${t.path}:rw,exec,nosuid,nodev,notmpcopyup,mode=${t.mode ?? '1777'}${size}`);
  }
  for (const b of spec.binds ?? []) {
    if (!b.containerPath.startsWith('/') || !path.isAbsolute(b.hostPath)) throw new Error(`bind paths must be absolute: ${b.hostPath}:${b.containerPath}`);
    args.push('--volume', `${b.hostPath}:${b.containerPath}:${b.readOnly ? 'ro' : 'rw'}`);
  }
  if (spec.workdir !== undefined) args.push('--workdir', spec.workdir);
  if (spec.port !== undefined) {
    if (hostPort === undefined) throw new Error('a published port needs a host port');
    args.push('-p', `127.0.0.1:${hostPort}:${spec.port}`);
  }
  for (const [k, v] of spec.env ?? []) args.push('--env', `${k}=${v}`);
  if (spec.entrypoint !== undefined) args.push('--entrypoint', JSON.stringify(spec.entrypoint));
  args.push(spec.image, ...(spec.args ?? []));
  return args;
}

function runningHandle(name: string, id: string, hostPort: number): Running {
  let stopped = false;
  return {
    name,
    id,
    hostPort,
    url: (pathname = '/') => `http://127.0.0.1:${hostPort}${pathname}`,
    logs: async () => {
      const r = await runCommand('podman', ['logs', name], { allowFailure: true, timeoutMs: 30_000 });
      return `${r.stdout}${r.stderr}`;
    },
    isRunning: async () => {
      const r = await runCommand('podman', ['inspect', '--format', '{{.State.Running}}', name], { allowFailure: true });
      return r.code === 0 && r.stdout.trim() === 'true';
    },
    healthcheck: async () => {
      const r = await runCommand('podman', ['healthcheck', 'run', name], { allowFailure: true, timeoutMs: 60_000 });
      return { healthy: r.code === 0, output: `${r.stdout}${r.stderr}`.trim() };
    },
    processStatus: async () => {
      const pid = (await runCommand('podman', ['inspect', '--format', '{{.State.Pid}}', name])).stdout.trim();
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (k: string): string => (new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '').trim();
      return {
        uid: Number(field('Uid').split(/\s+/)[1]),
        gid: Number(field('Gid').split(/\s+/)[1]),
        capEff: field('CapEff'),
        noNewPrivs: field('NoNewPrivs') === '1',
        seccomp: Number(field('Seccomp')),
      };
    },
    stop: async () => {
      if (stopped) return { seconds: 0 };
      stopped = true;
      const r = await runCommand('podman', ['rm', '-f', '-t', '2', name], { allowFailure: true, timeoutMs: 60_000 });
      return { seconds: r.seconds };
    },
  };
}

/** `podman run -d` of a spec (a long-running server); stop() removes the container. */
export async function startContainerSpec(spec: ContainerRunSpec): Promise<Running> {
  const hostPort = spec.port !== undefined ? spec.hostPort ?? await freePort() : 0;
  await runCommand('podman', ['rm', '-f', '-t', '0', spec.name], { allowFailure: true });
  const out = await runCommand('podman', ['run', '-d', ...containerRunArgs(spec, hostPort)], { timeoutMs: 120_000 });
  return runningHandle(spec.name, out.stdout.trim().split('\n').pop() ?? '', hostPort);
}

/**
 * `podman run` of a spec in the foreground until the process exits (a Job's container). The container is kept
 * until `inspect` has read it and is then removed. Resolves with the exit code and output, never rejects on a
 * non-zero exit.
 */
export async function runContainerSpecToExit(spec: ContainerRunSpec, timeoutMs = 120_000): Promise<CommandResult & { hostConfig: Record<string, unknown>; configUser: string }> {
  await runCommand('podman', ['rm', '-f', '-t', '0', spec.name], { allowFailure: true });
  try {
    const r = await runCommand('podman', ['run', ...containerRunArgs(spec)], { timeoutMs, allowFailure: true });
    const inspected = await runCommand('podman', ['inspect', '--format', '{{json .HostConfig}}\n{{json .Config.User}}', spec.name]);
    const [hostConfig, user] = inspected.stdout.trim().split('\n');
    return { ...r, hostConfig: JSON.parse(hostConfig ?? '{}') as Record<string, unknown>, configUser: JSON.parse(user ?? '""') as string };
  } finally {
    await runCommand('podman', ['rm', '-f', '-t', '0', spec.name], { allowFailure: true });
  }
}
