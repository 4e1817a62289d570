import { Duration } from 'cdk8s';
import { BlueprintError, propError } from '../_errors';
import { ImageRef } from '../values/image-ref';
import { Dockerfile, DockerfileInstruction as I, DockerfileMount, DockerfileStage } from './dockerfile';

// Base images. Local stand-ins are built with exactly these names: change a version here and only here.
const RUST_VERSION = '1.95';
/** Debian bookworm's Python (python:3.11-slim-bookworm); newer minors are a `pythonVersion` away. */
const PYTHON_VERSION = '3.11';
const NODE_VERSION = '20';
/** The newest Go that Debian bookworm (with bookworm-backports) ships: 1.23. */
const GO_VERSION = '1.23';
const NGINX_UNPRIVILEGED_VERSION = '1.22';
const NGINX_UNPRIVILEGED_IMAGE = `nginxinc/nginx-unprivileged:${NGINX_UNPRIVILEGED_VERSION}-bookworm`;
const DISTROLESS_CC_IMAGE = 'gcr.io/distroless/cc-debian12:nonroot';
const DISTROLESS_STATIC_IMAGE = 'gcr.io/distroless/static-debian12:nonroot';
const DEBIAN_SLIM_IMAGE = 'debian:bookworm-slim';

const DEFAULT_ID = 10001;
const MIN_ID = 10000;
const MAX_ID = 2147483647;
const DEFAULT_PORT = 8080;
const STATIC_SITE_PORT = 8080;
const HEALTHCHECK_TIMINGS = {
  interval: Duration.seconds(30),
  timeout: Duration.seconds(5),
  startPeriod: Duration.seconds(10),
  retries: 3,
};

const VERSION = /^[0-9]+(\.[0-9]+){0,2}$/;
const BINARY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const CARGO_FEATURE = /^[A-Za-z0-9_][A-Za-z0-9_+./-]*$/;
const DEBIAN_PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const NPM_SCRIPT = /^[A-Za-z0-9_][A-Za-z0-9_:.-]*$/;
const HTTP_PATH = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;

const COMMON_IGNORE = ['.git', '**/.env', '**/*.pem', '**/Dockerfile*', '**/.dockerignore', '**/__pycache__', 'dist/'];

/** What the cross-checks and the artifact writers need to know about an image, derived from its Dockerfile. */
export interface BuildFacts {
  /** The Dockerfile model. */
  readonly dockerfile: Dockerfile;
  /** Lines of the `.dockerignore` for the build context. */
  readonly dockerignore: string[];
  /** The numeric USER of the final stage. */
  readonly user: { uid: number; gid: number };
  /**
   * The EXPOSEd port.
   * @default - none: the image listens on no port
   */
  readonly port?: number;
  /** Absolute paths the running image writes; always includes '/tmp'. */
  readonly writablePaths: string[];
  /**
   * HTTP path of the health endpoint.
   * @default - none declared
   */
  readonly healthPath?: string;
  /** Form of the ENTRYPOINT (or of the CMD when there is no ENTRYPOINT). */
  readonly entrypointForm: 'exec' | 'shell';
  /** One line for docs and review, e.g. 'Rust 1.95 release build of binary rust-web on distroless cc'. */
  readonly description: string;
}

/** Options every preset takes. */
export interface BuildOptions {
  /**
   * Numeric user id of the running process (`USER uid:gid`).
   * @default 10001
   */
  readonly uid?: number;
  /**
   * Numeric group id of the running process.
   * @default 10001
   */
  readonly gid?: number;
  /**
   * `org.opencontainers.image.title`.
   * @default - the binary name (rust, go), otherwise 'app' (static site: 'site')
   */
  readonly title?: string;
  /**
   * `org.opencontainers.image.description`.
   * @default - the generated one-line description (`BuildFacts.description`)
   */
  readonly description?: string;
  /**
   * `org.opencontainers.image.source`, e.g. the repository URL.
   * @default - no label
   */
  readonly source?: string;
  /**
   * `org.opencontainers.image.licenses`, an SPDX expression.
   * @default - no label
   */
  readonly licenses?: string;
  /**
   * Absolute paths the app writes besides '/tmp' (which is always included), e.g. '/data'.
   * @default - only '/tmp'
   */
  readonly writablePaths?: string[];
}

/** Options of presets whose image runs a server. */
export interface BuildServiceOptions extends BuildOptions {
  /**
   * Port the app listens on (`EXPOSE`), or `false` for a process that listens on none.
   * @default 8080
   */
  readonly port?: number | false;
  /**
   * HTTP path of the health endpoint, e.g. '/healthz'. Presets with an interpreter in the runtime image
   * (python, node) also render a HEALTHCHECK against it.
   * @default - none
   */
  readonly healthPath?: string;
  /**
   * Exec-form HEALTHCHECK command, e.g. `['/usr/local/bin/app', 'healthcheck']`; replaces the generated one.
   * @default - python/node: a request to `healthPath` when it is set; others: no HEALTHCHECK
   */
  readonly healthcheckCommand?: string[];
}

/** Runtime image of `Build.rust()`. */
export type RustRuntime = 'distroless' | 'debian-slim';

/** Options for `Build.rust()`. */
export interface BuildRustOptions extends BuildServiceOptions {
  /** The cargo binary target (`cargo build --bin <binary>`). */
  readonly binary: string;
  /**
   * Tag of `rust:<rustVersion>-slim-bookworm`.
   * @default '1.95'
   */
  readonly rustVersion?: string;
  /**
   * 'distroless' (`gcr.io/distroless/cc-debian12:nonroot`: no shell, no package manager) or 'debian-slim'
   * (`debian:bookworm-slim`).
   * @default 'distroless'
   */
  readonly runtime?: RustRuntime;
  /**
   * Cargo features (`--features a,b`).
   * @default - the default features
   */
  readonly features?: string[];
  /**
   * Paths of the build context besides Cargo.toml and Cargo.lock that the build needs (e.g. 'build.rs').
   * @default ['src']
   */
  readonly sources?: string[];
  /**
   * Debian packages to install in the 'debian-slim' runtime (e.g. 'ca-certificates').
   * @default - none
   */
  readonly runtimePackages?: string[];
}

/** How `Build.python()` starts the app. */
export type PythonServer =
  | {
    readonly kind: 'gunicorn';
    /** WSGI app, e.g. 'app:app'. gunicorn must be in requirements.txt. */
    readonly module: string;
    /**
     * Worker processes.
     * @default 2
     */
    readonly workers?: number;
  }
  | {
    readonly kind: 'command';
    /** The argv, e.g. ['python', 'app.py']. */
    readonly command: string[];
  };

/** Options for `Build.python()`. */
export interface BuildPythonOptions extends BuildServiceOptions {
  /** How the app is started. */
  readonly server: PythonServer;
  /**
   * Tag of `python:<pythonVersion>-slim-bookworm`.
   * @default '3.12'
   */
  readonly pythonVersion?: string;
  /**
   * Requirements file in the build context.
   * @default 'requirements.txt'
   */
  readonly requirementsFile?: string;
  /**
   * Paths of the build context copied to /app.
   * @default ['.']
   */
  readonly sources?: string[];
}

/** Options for `Build.node()`. */
export interface BuildNodeOptions extends BuildServiceOptions {
  /**
   * Script run by `CMD ["node", <entry>]`, relative to /app.
   * @default 'server.js'
   */
  readonly entry?: string;
  /**
   * Tag of `node:<nodeVersion>-bookworm-slim`.
   * @default '20'
   */
  readonly nodeVersion?: string;
  /**
   * npm script that builds the app in a separate stage (`npm run <buildScript>`).
   * @default - no build stage: the sources are copied as they are
   */
  readonly buildScript?: string;
  /**
   * Directory the build script writes, copied to the runtime image.
   * @default 'dist'
   */
  readonly buildOutput?: string;
  /**
   * Paths of the build context copied to /app when there is no build script.
   * @default ['.']
   */
  readonly sources?: string[];
}

/** Options for `Build.go()`. */
export interface BuildGoOptions extends BuildServiceOptions {
  /** Name of the output binary (`go build -o /out/<binary>`). */
  readonly binary: string;
  /**
   * Package to build, relative to the module root.
   * @default '.'
   */
  readonly package?: string;
  /**
   * Tag of `golang:<goVersion>-bookworm`.
   * @default '1.19'
   */
  readonly goVersion?: string;
  /**
   * Whether the module has a go.sum (a module without dependencies has none).
   * @default true
   */
  readonly goSum?: boolean;
}

/** Options for `Build.staticSite()`. */
export interface BuildStaticSiteOptions extends BuildOptions {
  /**
   * Directory served: in the build context, or the build script's output when `buildScript` is set.
   * @default 'public', or 'dist' with a build script
   */
  readonly directory?: string;
  /**
   * npm script that builds the site in a node stage first (`npm ci`, then `npm run <buildScript>`).
   * @default - no build: `directory` is copied from the build context
   */
  readonly buildScript?: string;
  /**
   * Tag of `node:<nodeVersion>-bookworm-slim` for the build stage.
   * @default '20'
   */
  readonly nodeVersion?: string;
  /**
   * HTTP path for health probes.
   * @default - none
   */
  readonly healthPath?: string;
  /**
   * Exec-form HEALTHCHECK command.
   * @default - no HEALTHCHECK
   */
  readonly healthcheckCommand?: string[];
}

/** What `Build.fromDockerfile()` cannot read from the Dockerfile itself. */
export interface BuildFromDockerfileOptions {
  /**
   * Absolute paths the app writes besides '/tmp' (always included).
   * @default - only '/tmp'
   */
  readonly writablePaths?: string[];
  /**
   * HTTP path of the health endpoint.
   * @default - none
   */
  readonly healthPath?: string;
  /**
   * Lines of the `.dockerignore`.
   * @default - '.git', '**\/.env', '**\/*.pem', '**\/Dockerfile*', '**\/.dockerignore', '**\/__pycache__', 'dist/'
   */
  readonly dockerignore?: string[];
  /**
   * One line for docs and review.
   * @default - 'Custom Dockerfile build on <base image of the final stage>'
   */
  readonly description?: string;
  /**
   * Which EXPOSEd port is the app's, when the Dockerfile exposes several (it must be one of them).
   * @default - the only EXPOSEd port
   */
  readonly port?: number;
}

/** Which factory made a Build. */
export type BuildPreset = 'rust' | 'python' | 'node' | 'go' | 'static-site' | 'dockerfile';

/**
 * How an image is built: a Dockerfile and the facts about the image it produces (user, port, writable paths,
 * health endpoint, entrypoint form) that the manifests must agree with. Every preset renders a multi-stage
 * Dockerfile with pinned base images, a numeric non-root USER (10001:10001 unless overridden, >= 10000),
 * EXPOSE, an exec-form ENTRYPOINT/CMD and OCI labels, and only BuildKit features that buildah 1.28 supports
 * (cache and bind mounts; no heredocs, `COPY --link`/`--parents`/`--exclude`, `RUN --network`, `sharing=private` or
 * `HEALTHCHECK --start-interval`, which buildah 1.28 rejects). COPY paths are relative to the
 * app's source root, which is the build context. User, port and entrypoint form are always read back from
 * the Dockerfile model, so the facts cannot disagree with it.
 *
 * @example Build.rust({ binary: 'user-service', healthPath: '/healthz' }).facts().dockerfile.render()
 */
export class Build {
  /**
   * Rust: `cargo build --release --locked --bin <binary>` in `rust:<rustVersion>-slim-bookworm` with the cargo
   * registry and target directory as cache mounts, then only the binary in a distroless (default) or
   * debian-slim runtime. Builds offline when the crate has no dependencies.
   */
  public static rust(options: BuildRustOptions): Build {
    const common = resolveCommon(options);
    const service = resolveService(options);
    checkBinary('binary', options.binary);
    const rustVersion = checkVersion('rustVersion', options.rustVersion ?? RUST_VERSION);
    const runtime = options.runtime ?? 'distroless';
    if (runtime !== 'distroless' && runtime !== 'debian-slim') {
      throw propError('runtime', runtime, 'must be \'distroless\' or \'debian-slim\'');
    }
    const features = options.features ?? [];
    features.forEach((f) => {
      if (!CARGO_FEATURE.test(f)) throw propError('features', features, `must contain cargo feature names matching ${CARGO_FEATURE}`);
    });
    const sources = checkContextPaths('sources', options.sources ?? ['src']);
    const packages = options.runtimePackages ?? [];
    if (packages.length > 0 && runtime === 'distroless') {
      throw propError('runtimePackages', packages, 'cannot be used with runtime \'distroless\' (it has no package manager); use runtime \'debian-slim\'');
    }
    packages.forEach((p) => {
      if (!DEBIAN_PACKAGE.test(p)) throw propError('runtimePackages', packages, `must contain Debian package names matching ${DEBIAN_PACKAGE}`);
    });

    const binaryPath = `/usr/local/bin/${options.binary}`;
    const cargo = ['cargo build --release --locked', `--bin ${options.binary}`, ...(features.length > 0 ? [`--features ${features.join(',')}`] : [])].join(' ');
    const description = `Rust ${rustVersion} release build of binary ${options.binary}`
      + `${features.length > 0 ? ` (features ${features.join(', ')})` : ''} on ${runtime === 'distroless' ? 'distroless cc' : 'debian bookworm-slim'}`;

    const build = DockerfileStage.from(`rust:${rustVersion}-slim-bookworm`, {
      as: 'build',
      comment: 'Build: the cargo registry and target/ are cache mounts, so dependencies compile once.',
      instructions: [
        I.workdir('/app'),
        I.copy(['Cargo.toml', 'Cargo.lock'], './'),
        ...copyContext(sources),
        I.run([cargo, `cp /app/target/release/${options.binary} ${binaryPath}`], {
          mounts: [DockerfileMount.cache({ target: '/usr/local/cargo/registry' }), DockerfileMount.cache({ target: '/app/target', id: `${options.binary}-target` })],
        }),
      ],
    });
    const runtimeStage = DockerfileStage.from(runtime === 'distroless' ? DISTROLESS_CC_IMAGE : DEBIAN_SLIM_IMAGE, {
      comment: runtime === 'distroless'
        ? 'Runtime: the binary alone on distroless (no shell, no package manager).'
        : 'Runtime: the binary on Debian slim.',
      instructions: [
        labels(common, options.binary, description),
        ...(packages.length > 0 ? [aptInstall(packages)] : []),
        I.copy(`/usr/local/bin/${options.binary}`, binaryPath, { from: 'build' }),
        ...tail(common, service, service.healthcheckCommand, I.entrypoint([binaryPath])),
      ],
    });
    return Build.create('rust', [build, runtimeStage], {
      dockerignore: [...COMMON_IGNORE, 'target/', '**/*.rs.bk'],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: sources,
    });
  }

  /**
   * Python: a virtualenv at /opt/venv built from requirements.txt (pip cache mount) in a build stage, then the
   * venv and the sources on the same slim image, with `PYTHONDONTWRITEBYTECODE=1` and `PYTHONUNBUFFERED=1`.
   * Served by gunicorn (worker heartbeat files in /tmp) or started by a command.
   */
  public static python(options: BuildPythonOptions): Build {
    const common = resolveCommon(options);
    const service = resolveService(options);
    const pythonVersion = checkVersion('pythonVersion', options.pythonVersion ?? PYTHON_VERSION);
    const requirements = checkContextPaths('requirementsFile', [options.requirementsFile ?? 'requirements.txt'])[0];
    const sources = checkContextPaths('sources', options.sources ?? ['.']);
    const server = options.server;
    let start: string[];
    let runs: string;
    if (server.kind === 'gunicorn') {
      if (server.module.trim() === '' || /\s/.test(server.module)) {
        throw propError('server.module', server.module, 'must be a WSGI app reference such as \'app:app\'');
      }
      const workers = server.workers ?? 2;
      if (!Number.isInteger(workers) || workers < 1) throw propError('server.workers', workers, 'must be a whole number >= 1');
      if (service.port === undefined) throw propError('port', false, 'must be a port number for server kind \'gunicorn\' (gunicorn binds to it)');
      start = ['gunicorn', '--bind', `0.0.0.0:${service.port}`, '--workers', `${workers}`, '--worker-tmp-dir', '/tmp', server.module];
      runs = `served by gunicorn ${server.module}`;
    } else if (server.kind === 'command') {
      checkArgv('server.command', server.command);
      start = [...server.command];
      runs = `running '${server.command.join(' ')}'`;
    } else {
      throw propError('server.kind', (server as { kind: unknown }).kind, 'must be \'gunicorn\' or \'command\'');
    }
    const description = `Python ${pythonVersion} app ${runs} on python slim-bookworm`;
    const image = `python:${pythonVersion}-slim-bookworm`;
    const healthcheck = service.healthcheckCommand ?? (service.healthPath !== undefined && service.port !== undefined
      ? ['python', '-c', `import urllib.request; urllib.request.urlopen('http://127.0.0.1:${service.port}${service.healthPath}', timeout=4)`]
      : undefined);

    const build = DockerfileStage.from(image, {
      as: 'build',
      comment: 'Build: dependencies into a virtualenv; pip\'s cache is a cache mount.',
      instructions: [
        I.env({ PIP_DISABLE_PIP_VERSION_CHECK: '1' }),
        I.run('python -m venv /opt/venv'),
        I.workdir('/app'),
        I.copy(requirements, './'),
        I.run(`/opt/venv/bin/pip install -r ${requirements}`, { mounts: [DockerfileMount.cache({ target: '/root/.cache/pip' })] }),
      ],
    });
    const runtime = DockerfileStage.from(image, {
      comment: 'Runtime: the virtualenv and the sources, owned by root and read-only to the app.',
      instructions: [
        labels(common, 'app', description),
        I.env({ PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', PATH: '/opt/venv/bin:$PATH' }),
        I.workdir('/app'),
        I.copy('/opt/venv', '/opt/venv', { from: 'build' }),
        ...copyContext(sources),
        ...tail(common, service, healthcheck, I.entrypoint(start)),
      ],
    });
    return Build.create('python', [build, runtime], {
      dockerignore: [...COMMON_IGNORE, '**/*.py[cod]', '.venv/', '.pytest_cache/'],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: [...sources, requirements],
    });
  }

  /**
   * Node.js: production dependencies with `npm ci --omit=dev` (npm cache mount; an app without dependencies gets an
   * empty node_modules, which npm does not create) in a deps stage, an optional
   * build stage (`npm ci`, `npm run <buildScript>`), and `NODE_ENV=production` with `CMD ["node", <entry>]`.
   */
  public static node(options: BuildNodeOptions = {}): Build {
    const common = resolveCommon(options);
    const service = resolveService(options);
    const nodeVersion = checkVersion('nodeVersion', options.nodeVersion ?? NODE_VERSION);
    const entry = options.entry ?? 'server.js';
    if (entry.trim() === '' || /\s/.test(entry)) throw propError('entry', entry, 'must be a script path without whitespace');
    const buildScript = options.buildScript === undefined ? undefined : checkNpmScript('buildScript', options.buildScript);
    const buildOutput = checkContextPaths('buildOutput', [options.buildOutput ?? 'dist'])[0];
    if (options.buildOutput !== undefined && buildScript === undefined) {
      throw propError('buildOutput', options.buildOutput, 'requires \'buildScript\' (without a build there is no output to copy)');
    }
    const sources = checkContextPaths('sources', options.sources ?? ['.']);
    if (options.sources !== undefined && buildScript !== undefined) {
      throw propError('sources', options.sources, 'cannot be combined with \'buildScript\' (the runtime copies package.json and the build output)');
    }
    const image = `node:${nodeVersion}-bookworm-slim`;
    const description = `Node.js ${nodeVersion} app running ${entry}${buildScript !== undefined ? ` (built with npm run ${buildScript})` : ''} on node bookworm-slim`;
    const healthcheck = service.healthcheckCommand ?? (service.healthPath !== undefined && service.port !== undefined
      ? ['node', '-e', `fetch('http://127.0.0.1:${service.port}${service.healthPath}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`]
      : undefined);
    const npmCache = DockerfileMount.cache({ target: '/root/.npm' });
    const manifests = I.copy(['package.json', 'package-lock.json'], './');

    const stages = [DockerfileStage.from(image, {
      as: 'deps',
      comment: 'Production dependencies only; npm\'s cache is a cache mount.',
      instructions: [I.workdir('/app'), manifests, I.run(['npm ci --omit=dev', 'mkdir -p node_modules'], { mounts: [npmCache] })],
    })];
    if (buildScript !== undefined) {
      stages.push(DockerfileStage.from(image, {
        as: 'build',
        comment: `Build: all dependencies, then npm run ${buildScript}.`,
        instructions: [I.workdir('/app'), manifests, I.run('npm ci', { mounts: [npmCache] }), I.copy('.', './'), I.run(`npm run ${buildScript}`)],
      }));
    }
    stages.push(DockerfileStage.from(image, {
      comment: 'Runtime: production dependencies and the app, owned by root and read-only to the app.',
      instructions: [
        labels(common, 'app', description),
        I.env({ NODE_ENV: 'production' }),
        I.workdir('/app'),
        I.copy('/app/node_modules', './node_modules', { from: 'deps' }),
        ...(buildScript !== undefined
          ? [I.copy('package.json', './'), I.copy(`/app/${buildOutput}`, `./${buildOutput}`, { from: 'build' })]
          : copyContext(sources)),
        ...tail(common, service, healthcheck, I.cmd(['node', entry])),
      ],
    }));
    return Build.create('node', stages, {
      dockerignore: [...COMMON_IGNORE, '**/node_modules', 'npm-debug.log*', 'coverage/'],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: buildScript !== undefined ? [] : [...sources, entry],
    });
  }

  /**
   * Go: `CGO_ENABLED=0 go build -trimpath -ldflags='-s -w'` in `golang:<goVersion>-bookworm` with the module and
   * build caches as cache mounts (go.mod and go.sum first, so `go mod download` is its own step), then the
   * static binary alone on `gcr.io/distroless/static-debian12:nonroot`.
   */
  public static go(options: BuildGoOptions): Build {
    const common = resolveCommon(options);
    const service = resolveService(options);
    checkBinary('binary', options.binary);
    const goVersion = checkVersion('goVersion', options.goVersion ?? GO_VERSION);
    const pkg = options.package === undefined || options.package === '.' ? '.' : `./${checkContextPaths('package', [options.package.replace(/^\.\//, '')])[0]}`;
    const description = `Go ${goVersion} static build of binary ${options.binary} from ${pkg} on distroless static`;
    const modCache = DockerfileMount.cache({ target: '/go/pkg/mod' });
    const binaryPath = `/usr/local/bin/${options.binary}`;

    const build = DockerfileStage.from(`golang:${goVersion}-bookworm`, {
      as: 'build',
      comment: 'Build: module and build caches are cache mounts.',
      instructions: [
        I.workdir('/src'),
        I.copy((options.goSum ?? true) ? ['go.mod', 'go.sum'] : ['go.mod'], './'),
        I.run('go mod download', { mounts: [modCache] }),
        I.copy('.', './'),
        I.run(`CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/${options.binary} ${pkg}`, {
          mounts: [DockerfileMount.cache({ target: '/root/.cache/go-build' }), modCache],
        }),
      ],
    });
    const runtime = DockerfileStage.from(DISTROLESS_STATIC_IMAGE, {
      comment: 'Runtime: the static binary alone on distroless (no shell, no libc).',
      instructions: [
        labels(common, options.binary, description),
        I.copy(`/out/${options.binary}`, binaryPath, { from: 'build' }),
        ...tail(common, service, service.healthcheckCommand, I.entrypoint([binaryPath])),
      ],
    });
    return Build.create('go', [build, runtime], {
      dockerignore: [...COMMON_IGNORE],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: [],
    });
  }

  /**
   * A static site on `nginxinc/nginx-unprivileged` (port 8080; pid and temp files in /tmp), optionally built in
   * a node stage first. nginx runs in the foreground as PID 1 and stops gracefully on SIGQUIT.
   */
  public static staticSite(options: BuildStaticSiteOptions = {}): Build {
    const common = resolveCommon(options);
    const healthPath = options.healthPath === undefined ? undefined : checkHealthPath(options.healthPath);
    if (options.healthcheckCommand !== undefined) checkArgv('healthcheckCommand', options.healthcheckCommand);
    const buildScript = options.buildScript === undefined ? undefined : checkNpmScript('buildScript', options.buildScript);
    const nodeVersion = checkVersion('nodeVersion', options.nodeVersion ?? NODE_VERSION);
    if (options.nodeVersion !== undefined && buildScript === undefined) {
      throw propError('nodeVersion', options.nodeVersion, 'requires \'buildScript\' (without a build there is no node stage)');
    }
    const directory = checkContextPaths('directory', [(options.directory ?? (buildScript !== undefined ? 'dist' : 'public')).replace(/\/+$/, '')])[0];
    const description = buildScript !== undefined
      ? `Static site built with npm run ${buildScript} on Node.js ${nodeVersion} (output ${directory}/), served by nginx-unprivileged ${NGINX_UNPRIVILEGED_VERSION}`
      : `Static site from ${directory}/ served by nginx-unprivileged ${NGINX_UNPRIVILEGED_VERSION}`;

    const stages: DockerfileStage[] = [];
    if (buildScript !== undefined) {
      stages.push(DockerfileStage.from(`node:${nodeVersion}-bookworm-slim`, {
        as: 'build',
        comment: `Build: npm ci, then npm run ${buildScript}.`,
        instructions: [
          I.workdir('/app'),
          I.copy(['package.json', 'package-lock.json'], './'),
          I.run('npm ci', { mounts: [DockerfileMount.cache({ target: '/root/.npm' })] }),
          I.copy('.', './'),
          I.run(`npm run ${buildScript}`),
        ],
      }));
    }
    stages.push(DockerfileStage.from(NGINX_UNPRIVILEGED_IMAGE, {
      comment: 'Runtime: nginx-unprivileged listens on 8080 and keeps its pid and temp files in /tmp.',
      instructions: [
        labels(common, 'site', description),
        buildScript !== undefined
          ? I.copy(`/app/${directory}`, '/usr/share/nginx/html', { from: 'build' })
          : I.copy(directory, '/usr/share/nginx/html'),
        ...tail(common, { port: STATIC_SITE_PORT }, options.healthcheckCommand, I.stopSignal('SIGQUIT'), I.entrypoint(['nginx', '-g', 'daemon off;'])),
      ],
    }));
    return Build.create('static-site', stages, {
      dockerignore: [...COMMON_IGNORE, '**/node_modules'],
      writablePaths: common.writablePaths,
      healthPath,
      description,
      contextPaths: buildScript !== undefined ? [] : [directory],
    });
  }

  /**
   * A hand-written Dockerfile model, such as a busybox httpd on `debian:bookworm-slim`. User, port and entrypoint
   * form are read from the model; it must pin its base images, run as a numeric UID:GID >= 10000 and declare
   * ENTRYPOINT or CMD.
   */
  public static fromDockerfile(dockerfile: Dockerfile, options: BuildFromDockerfileOptions = {}): Build {
    const writablePaths = resolveWritablePaths(options.writablePaths);
    const healthPath = options.healthPath === undefined ? undefined : checkHealthPath(options.healthPath);
    const dockerignore = options.dockerignore ?? [...COMMON_IGNORE];
    dockerignore.forEach((line) => {
      if (/[\r\n]/.test(line)) throw propError('dockerignore', dockerignore, 'must contain single lines');
    });
    const bases = dockerfile.baseImages;
    const description = options.description ?? `Custom Dockerfile build on ${bases.length > 0 ? bases[bases.length - 1] : 'scratch'}`;
    if (/[\r\n]/.test(description)) throw propError('description', description, 'must be a single line');
    return new Build('dockerfile', deriveFacts(dockerfile, {
      dockerignore, writablePaths, healthPath, description, port: options.port, contextPaths: [],
    }));
  }

  private static create(preset: BuildPreset, stages: DockerfileStage[], extra: FactExtras): Build {
    const dockerfile = Dockerfile.of({
      comment: `Generated by cdk8s-blueprints (Build.${preset === 'static-site' ? 'staticSite' : preset}). Do not edit: change the blueprint and synthesize again.`,
      stages,
    });
    return new Build(preset, deriveFacts(dockerfile, extra));
  }

  private constructor(
    /** Which factory made this Build. */
    public readonly preset: BuildPreset,
    private readonly _facts: BuildFacts,
  ) {}

  /** The Dockerfile and the facts about the image it builds (a fresh copy on every call). */
  public facts(): BuildFacts {
    const f = this._facts;
    return { ...f, dockerignore: [...f.dockerignore], user: { ...f.user }, writablePaths: [...f.writablePaths] };
  }
}

interface ResolvedCommon {
  readonly uid: number;
  readonly gid: number;
  readonly title?: string;
  readonly description?: string;
  readonly source?: string;
  readonly licenses?: string;
  readonly writablePaths: string[];
}

interface ResolvedService {
  readonly port?: number;
  readonly healthPath?: string;
  readonly healthcheckCommand?: string[];
}

interface FactExtras {
  readonly dockerignore: string[];
  readonly writablePaths: string[];
  readonly healthPath?: string;
  readonly description: string;
  /** Only for fromDockerfile: which EXPOSEd port is the app's. */
  readonly port?: number;
  /** Build-context paths the image needs besides COPY sources, so that .dockerignore keeps them. */
  readonly contextPaths: string[];
}

function resolveCommon(options: BuildOptions): ResolvedCommon {
  const uid = checkId('uid', options.uid ?? DEFAULT_ID);
  const gid = checkId('gid', options.gid ?? DEFAULT_ID);
  for (const prop of ['title', 'description', 'source', 'licenses'] as const) {
    const value = options[prop];
    if (value !== undefined && (value.trim() === '' || /[\r\n]/.test(value))) throw propError(prop, value, 'must be a non-empty single line');
  }
  return { ...options, uid, gid, writablePaths: resolveWritablePaths(options.writablePaths) };
}

function resolveService(options: BuildServiceOptions): ResolvedService {
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

function resolveWritablePaths(paths: string[] | undefined): string[] {
  const result = ['/tmp'];
  for (const p of paths ?? []) {
    if (!p.startsWith('/') || /\s/.test(p)) throw propError('writablePaths', paths, 'must contain absolute paths without whitespace');
    const normalized = p.length > 1 ? p.replace(/\/+$/, '') : p;
    if (!result.includes(normalized)) result.push(normalized);
  }
  return result;
}

/** The runtime stage's closing instructions, in a fixed order: USER, EXPOSE, HEALTHCHECK, extras, ENTRYPOINT/CMD. */
function tail(common: ResolvedCommon, service: ResolvedService, healthcheck: string[] | undefined, ...last: I[]): I[] {
  return [
    I.userId(common.uid, common.gid),
    ...(service.port !== undefined ? [I.expose(service.port)] : []),
    ...(healthcheck !== undefined ? [I.healthcheck(healthcheck, HEALTHCHECK_TIMINGS)] : []),
    ...last,
  ];
}

function labels(common: ResolvedCommon, defaultTitle: string, description: string): I {
  return I.label({
    'org.opencontainers.image.title': common.title ?? defaultTitle,
    'org.opencontainers.image.description': common.description ?? description,
    ...(common.source !== undefined ? { 'org.opencontainers.image.source': common.source } : {}),
    ...(common.licenses !== undefined ? { 'org.opencontainers.image.licenses': common.licenses } : {}),
  });
}

/** One COPY per build-context path, to the same relative place under WORKDIR (a directory keeps its name). */
function copyContext(paths: string[]): I[] {
  return paths.map((p) => (p === '.' || p === './' ? I.copy('.', './') : I.copy(p, `./${p.replace(/^\.\//, '')}`)));
}

function aptInstall(packages: string[]): I {
  return I.run([
    'apt-get update',
    `apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    'rm -rf /var/lib/apt/lists/*',
  ]);
}

/** Facts read back from the model, after the rules every Build obeys. */
function deriveFacts(dockerfile: Dockerfile, extra: FactExtras): BuildFacts {
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
function keepNeededPaths(dockerignore: string[], dockerfile: Dockerfile, contextPaths: string[]): string[] {
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

function checkPinned(image: string): void {
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

function checkId(prop: 'uid' | 'gid', value: number): number {
  if (!Number.isInteger(value)) throw propError(prop, value, 'must be a whole number');
  if (value < MIN_ID) throw propError(prop, value, `must be >= ${MIN_ID} (a fixed non-root id above the ranges base images and host accounts use)`);
  if (value > MAX_ID) throw propError(prop, value, `must be <= ${MAX_ID}`);
  return value;
}

function checkVersion(prop: string, version: string): string {
  if (!VERSION.test(version)) throw propError(prop, version, 'must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
  return version;
}

function checkBinary(prop: string, binary: string): void {
  if (!BINARY.test(binary)) throw propError(prop, binary, `must be a binary name matching ${BINARY}`);
}

function checkNpmScript(prop: string, script: string): string {
  if (!NPM_SCRIPT.test(script)) throw propError(prop, script, `must be an npm script name matching ${NPM_SCRIPT}`);
  return script;
}

function checkHealthPath(path: string): string {
  if (!HTTP_PATH.test(path)) throw propError('healthPath', path, 'must be an HTTP path starting with \'/\', without whitespace, quotes or backslashes');
  return path;
}

function checkArgv(prop: string, argv: string[]): void {
  if (argv.length === 0 || argv.some((a) => a === '')) throw propError(prop, argv, 'must be a non-empty list of non-empty strings');
}

/** Relative paths inside the build context: not absolute, no '..', no whitespace. */
function checkContextPaths(prop: string, paths: string[]): string[] {
  if (paths.length === 0) throw propError(prop, paths, 'must contain at least one path');
  for (const p of paths) {
    if (p === '' || p.startsWith('/') || p.split('/').includes('..') || /\s/.test(p)) {
      throw propError(prop, paths.length === 1 ? p : paths, 'must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    }
  }
  return paths;
}
