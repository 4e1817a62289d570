import { propError } from '../values/_errors';
import { assertProps } from '../values/_prop-check';
import { Dockerfile, DockerfileInstruction as I, DockerfileMount, DockerfileStage } from './dockerfile';
import {
  BuildFacts, BuildFromDockerfileOptions, BuildGoOptions, BuildNodeOptions, BuildPreset, BuildPythonOptions, BuildRustOptions,
  BuildStaticSiteOptions,
} from './build-options';
import {
  RUST_VERSION, PYTHON_VERSION, NODE_VERSION, GO_VERSION, NGINX_UNPRIVILEGED_VERSION,
  DISTROLESS_CC_IMAGE, DISTROLESS_STATIC_IMAGE, DEBIAN_SLIM_IMAGE, STATIC_SITE_PORT, CARGO_FEATURE,
  COMMON_IGNORE, FactExtras, resolveCommon, resolveService, resolveWritablePaths, tail, labels, copyContext,
  deriveFacts, checkVersionRef, checkBinary, checkNpmScript, checkHealthPath, checkArgv, checkContextPaths,
} from './_build-support';
import { DEBIAN_PACKAGE } from './_apt';
import { SIZE_BUDGETS } from './_size-budgets';
import { buildStageSetup, resolveNodeDependencies, resolvePythonDependencies, resolveRustDependencies } from './_build-dependencies';

export * from './build-options';

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
   * debian-slim runtime. Builds offline when the crate has no dependencies, or with `dependencies` vendored or from a
   * local registry in the build context (`--offline --locked`; the directory is copied first, as its own layer).
   */
  public static rust(options: BuildRustOptions): Build {
    assertProps('BuildRustOptions', options);
    const common = resolveCommon(options);
    const service = resolveService(options);
    checkBinary('binary', options.binary);
    const rust = checkVersionRef('rustVersion', options.rustVersion ?? RUST_VERSION, (v) => `rust:${v}-slim-bookworm`);
    const rustVersion = rust.version;
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
      if (!DEBIAN_PACKAGE.test(p)) throw propError('runtimePackages', packages, `must contain Debian package names, each optionally pinned as name=version, matching ${DEBIAN_PACKAGE}`);
    });

    const deps = resolveRustDependencies(options.dependencies, sources);
    const setup = buildStageSetup(options.buildPackages, options.buildEnv);

    const binaryPath = `/usr/local/bin/${options.binary}`;
    const cargo = ['cargo build --release', ...deps.cargoFlags, `--bin ${options.binary}`, ...(features.length > 0 ? [`--features ${features.join(',')}`] : [])].join(' ');
    const description = `Rust ${rustVersion} release build of binary ${options.binary}${deps.description}`
      + `${features.length > 0 ? ` (features ${features.join(', ')})` : ''} on ${runtime === 'distroless' ? 'distroless cc' : 'debian bookworm-slim'}`;

    const build = DockerfileStage.from(rust.image, {
      as: 'build',
      comment: deps.directory === undefined
        ? 'Build: the cargo registry and target/ are cache mounts, so dependencies compile once.'
        : `Build: offline and locked from ${deps.directory}/, copied before the sources (its own layer); target/ is a cache mount.`,
      instructions: [
        ...setup,
        I.workdir('/app'),
        ...deps.copies,
        I.copy(['Cargo.toml', 'Cargo.lock'], './'),
        ...copyContext(sources),
        I.run([cargo, `cp /app/target/release/${options.binary} ${binaryPath}`], {
          mounts: [
            ...(deps.registryCache ? [DockerfileMount.cache({ target: '/usr/local/cargo/registry' })] : []),
            DockerfileMount.cache({ target: '/app/target', id: `${options.binary}-target` }),
          ],
        }),
      ],
    });
    const runtimeStage = DockerfileStage.from(runtime === 'distroless' ? DISTROLESS_CC_IMAGE : DEBIAN_SLIM_IMAGE, {
      comment: runtime === 'distroless'
        ? 'Runtime: the binary alone on distroless (no shell, no package manager).'
        : 'Runtime: the binary on Debian slim.',
      instructions: [
        labels(common, options.binary, description),
        ...(packages.length > 0 ? [I.aptInstall(packages)] : []),
        I.copy(`/usr/local/bin/${options.binary}`, binaryPath, { from: 'build' }),
        ...tail(common, service, service.healthcheckCommand, I.entrypoint([binaryPath])),
      ],
    });
    return Build.create('rust', [build, runtimeStage], runtime === 'distroless' ? 'rust-distroless' : 'rust-debian-slim', {
      dockerignore: [...COMMON_IGNORE, 'target/', '**/*.rs.bk', ...deps.ignoreExceptions],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: [...sources, ...(deps.directory !== undefined ? [deps.directory] : [])],
    });
  }

  /**
   * Python: a virtualenv at /opt/venv built from requirements.txt (pip cache mount) in a build stage, then the
   * venv and the sources on the same slim image, with `PYTHONDONTWRITEBYTECODE=1` and `PYTHONUNBUFFERED=1`.
   * Served by gunicorn (worker heartbeat files in /tmp) or started by a command.
   */
  public static python(options: BuildPythonOptions): Build {
    assertProps('BuildPythonOptions', options);
    const common = resolveCommon(options);
    const service = resolveService(options);
    const python = checkVersionRef('pythonVersion', options.pythonVersion ?? PYTHON_VERSION, (v) => `python:${v}-slim-bookworm`);
    const pythonVersion = python.version;
    const requirements = checkContextPaths('requirementsFile', [options.requirementsFile ?? 'requirements.txt'])[0];
    const sources = checkContextPaths('sources', options.sources ?? ['.']);
    const deps = resolvePythonDependencies(options.dependencies, sources);
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
    const description = `Python ${pythonVersion} app ${runs}${deps.description} on python slim-bookworm`;
    const image = python.image;
    const healthcheck = service.healthcheckCommand ?? (service.healthPath !== undefined && service.port !== undefined
      ? ['python', '-c', `import urllib.request; urllib.request.urlopen('http://127.0.0.1:${service.port}${service.healthPath}', timeout=4)`]
      : undefined);

    const build = DockerfileStage.from(image, {
      as: 'build',
      comment: deps.directory === undefined
        ? 'Build: dependencies into a virtualenv; pip\'s cache is a cache mount.'
        : `Build: dependencies into a virtualenv, only from the wheels in ${deps.directory}/ (no index), copied first.`,
      instructions: [
        I.env({ PIP_DISABLE_PIP_VERSION_CHECK: '1' }),
        I.run('python -m venv /opt/venv'),
        I.workdir('/app'),
        ...deps.copies,
        I.copy(requirements, './'),
        I.run(['/opt/venv/bin/pip install', ...deps.pipFlags, `-r ${requirements}`].join(' '), { mounts: [DockerfileMount.cache({ target: '/root/.cache/pip' })] }),
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
    return Build.create('python', [build, runtime], 'python', {
      dockerignore: [...COMMON_IGNORE, '**/*.py[cod]', '.venv/', '.pytest_cache/', ...deps.ignoreExceptions],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: [...sources, requirements, ...(deps.directory !== undefined ? [deps.directory] : [])],
    });
  }

  /**
   * Node.js: production dependencies with `npm ci --omit=dev` (npm cache mount; an app without dependencies gets an
   * empty node_modules, which npm does not create) in a deps stage, an optional
   * build stage (`npm ci`, `npm run <buildScript>`), and `NODE_ENV=production` with `CMD ["node", <entry>]`.
   */
  public static node(options: BuildNodeOptions = {}): Build {
    assertProps('BuildNodeOptions', options);
    const common = resolveCommon(options);
    const service = resolveService(options);
    const node = checkVersionRef('nodeVersion', options.nodeVersion ?? NODE_VERSION, (v) => `node:${v}-bookworm-slim`);
    const nodeVersion = node.version;
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
    const deps = resolveNodeDependencies(options.dependencies, buildScript === undefined ? sources : undefined);
    const image = node.image;
    const description = `Node.js ${nodeVersion} app running ${entry}${buildScript !== undefined ? ` (built with npm run ${buildScript})` : ''}`
      + `${deps.description} on node bookworm-slim`;
    const healthcheck = service.healthcheckCommand ?? (service.healthPath !== undefined && service.port !== undefined
      ? ['node', '-e', `fetch('http://127.0.0.1:${service.port}${service.healthPath}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`]
      : undefined);
    const mounts = { mounts: deps.mounts };
    const npmCi = ['npm ci', ...deps.npmFlags].join(' ');
    const manifests = [...deps.copies, I.copy(['package.json', 'package-lock.json'], './')];

    const stages = [DockerfileStage.from(image, {
      as: 'deps',
      comment: deps.directory === undefined
        ? 'Production dependencies only; npm\'s cache is a cache mount.'
        : `Production dependencies only, offline from ${deps.directory}/ (copied first).`,
      instructions: [I.workdir('/app'), ...manifests, I.run([`${npmCi} --omit=dev`, 'mkdir -p node_modules'], mounts)],
    })];
    if (buildScript !== undefined) {
      stages.push(DockerfileStage.from(image, {
        as: 'build',
        comment: `Build: all dependencies, then npm run ${buildScript}.`,
        instructions: [I.workdir('/app'), ...manifests, I.run(npmCi, mounts), I.copy('.', './'), I.run(`npm run ${buildScript}`)],
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
    return Build.create('node', stages, 'node', {
      dockerignore: [...COMMON_IGNORE, '**/node_modules', 'npm-debug.log*', 'coverage/', ...deps.ignoreExceptions],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: [...(buildScript !== undefined ? [] : [...sources, entry]), ...(deps.directory !== undefined ? [deps.directory] : [])],
    });
  }

  /**
   * Go: `CGO_ENABLED=0 go build -trimpath -ldflags='-s -w'` in `golang:<goVersion>-bookworm` with the module and
   * build caches as cache mounts (go.mod and go.sum first, so `go mod download` is its own step), then the
   * static binary alone on `gcr.io/distroless/static-debian12:nonroot`.
   */
  public static go(options: BuildGoOptions): Build {
    assertProps('BuildGoOptions', options);
    const common = resolveCommon(options);
    const service = resolveService(options);
    checkBinary('binary', options.binary);
    const go = checkVersionRef('goVersion', options.goVersion ?? GO_VERSION, (v) => `golang:${v}-bookworm`);
    const goVersion = go.version;
    const pkg = options.package === undefined || options.package === '.' ? '.' : `./${checkContextPaths('package', [options.package.replace(/^\.\//, '')])[0]}`;
    const description = `Go ${goVersion} static build of binary ${options.binary} from ${pkg} on distroless static`;
    const modCache = DockerfileMount.cache({ target: '/go/pkg/mod' });
    const binaryPath = `/usr/local/bin/${options.binary}`;

    const build = DockerfileStage.from(go.image, {
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
    return Build.create('go', [build, runtime], 'go', {
      dockerignore: [...COMMON_IGNORE],
      writablePaths: common.writablePaths,
      healthPath: service.healthPath,
      description,
      contextPaths: [],
    });
  }

  /**
   * A static site on `nginxinc/nginx-unprivileged` (port 8080; pid and temp files in /tmp), optionally built in
   * a node stage first. nginx runs in the foreground as PID 1 and stops gracefully on SIGQUIT. With a `healthPath`,
   * a HEALTHCHECK requests it with curl, which the nginx-unprivileged image installs.
   */
  public static staticSite(options: BuildStaticSiteOptions = {}): Build {
    assertProps('BuildStaticSiteOptions', options);
    const common = resolveCommon(options);
    const healthPath = options.healthPath === undefined ? undefined : checkHealthPath(options.healthPath);
    if (options.healthcheckCommand !== undefined) checkArgv('healthcheckCommand', options.healthcheckCommand);
    const buildScript = options.buildScript === undefined ? undefined : checkNpmScript('buildScript', options.buildScript);
    const node = checkVersionRef('nodeVersion', options.nodeVersion ?? NODE_VERSION, (v) => `node:${v}-bookworm-slim`);
    const nodeVersion = node.version;
    const nginx = checkVersionRef('nginxVersion', options.nginxVersion ?? NGINX_UNPRIVILEGED_VERSION, (v) => `nginxinc/nginx-unprivileged:${v}-bookworm`);
    const nginxVersion = nginx.version;
    if (options.nodeVersion !== undefined && buildScript === undefined) {
      throw propError('nodeVersion', options.nodeVersion, 'requires \'buildScript\' (without a build there is no node stage)');
    }
    const healthcheck = options.healthcheckCommand
      ?? (healthPath !== undefined ? ['curl', '-fsS', '-o', '/dev/null', `http://127.0.0.1:${STATIC_SITE_PORT}${healthPath}`] : undefined);
    const directory = checkContextPaths('directory', [(options.directory ?? (buildScript !== undefined ? 'dist' : 'public')).replace(/\/+$/, '')])[0];
    const description = buildScript !== undefined
      ? `Static site built with npm run ${buildScript} on Node.js ${nodeVersion} (output ${directory}/), served by nginx-unprivileged ${nginxVersion}`
      : `Static site from ${directory}/ served by nginx-unprivileged ${nginxVersion}`;

    const stages: DockerfileStage[] = [];
    if (buildScript !== undefined) {
      stages.push(DockerfileStage.from(node.image, {
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
    stages.push(DockerfileStage.from(nginx.image, {
      comment: 'Runtime: nginx-unprivileged listens on 8080 and keeps its pid and temp files in /tmp.',
      instructions: [
        labels(common, 'site', description),
        buildScript !== undefined
          ? I.copy(`/app/${directory}`, '/usr/share/nginx/html', { from: 'build' })
          : I.copy(directory, '/usr/share/nginx/html'),
        ...tail(common, { port: STATIC_SITE_PORT }, healthcheck, I.stopSignal('SIGQUIT'), I.entrypoint(['nginx', '-g', 'daemon off;'])),
      ],
    }));
    return Build.create('static-site', stages, 'static-site', {
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
    assertProps('BuildFromDockerfileOptions', options);
    const writablePaths = resolveWritablePaths(options.writablePaths);
    const healthPath = options.healthPath === undefined ? undefined : checkHealthPath(options.healthPath);
    const dockerignore = options.dockerignore ?? [...COMMON_IGNORE];
    dockerignore.forEach((line) => {
      if (/[\r\n]/.test(line)) throw propError('dockerignore', dockerignore, 'must contain single lines');
    });
    const bases = dockerfile.baseImages;
    const description = options.description ?? `Custom Dockerfile build on ${bases.length > 0 ? bases[bases.length - 1] : 'scratch'}`;
    if (/[\r\n]/.test(description)) throw propError('description', description, 'must be a single line');
    return new Build('dockerfile', {
      ...deriveFacts(dockerfile, { dockerignore, writablePaths, healthPath, description, port: options.port, contextPaths: [] }),
      sizeBudget: SIZE_BUDGETS.dockerfile,
    });
  }

  private static create(preset: BuildPreset, stages: DockerfileStage[], budget: keyof typeof SIZE_BUDGETS, extra: FactExtras): Build {
    const dockerfile = Dockerfile.of({
      comment: `Generated by cdk8s-blueprints (Build.${preset === 'static-site' ? 'staticSite' : preset}). Do not edit: change the blueprint and synthesize again.`,
      stages,
    });
    return new Build(preset, { ...deriveFacts(dockerfile, extra), sizeBudget: SIZE_BUDGETS[budget] });
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
