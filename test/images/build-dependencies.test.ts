/**
 * Vendored builds: Build.rust/python/node with `dependencies` from the build context (a `cargo vendor` directory or a
 * local registry, a wheelhouse, an npm cache or tarballs), and Build.rust's build-stage packages and environment.
 * The images these render are built for real by test/containers (user-service-postgres, examples-build).
 */
import { Build, BuildFacts } from '../../lib/images/build';
import { DEBIAN_PACKAGE_VERSIONS } from '../../lib/images/_debian-packages.generated';

const RUST_APPS = ['http-json', 'rust-sqlite', 'user-service'];

function lines(f: BuildFacts): string[] {
  return f.dockerfile.render().split('\n');
}

/** The lines of the stage that starts with `from` (up to the next FROM). */
function stage(f: BuildFacts, from: string): string[] {
  const all = lines(f);
  const start = all.findIndex((l) => l.startsWith(`FROM ${from}`));
  const end = all.findIndex((l, i) => i > start && l.startsWith('FROM '));
  return all.slice(start, end === -1 ? undefined : end).filter((l) => l !== '' && !l.startsWith('#'));
}

describe('Build.rust dependencies', () => {
  test('vendored: the vendor directory, then Cargo.toml and Cargo.lock, then the sources; cargo --offline --locked with the source replacement on its command line; no registry cache', () => {
    const f = Build.rust({ binary: 'user-service', sources: RUST_APPS, dependencies: { kind: 'vendored' } }).facts();
    expect(stage(f, 'rust:1.95-slim-bookworm AS build')).toEqual([
      'FROM rust:1.95-slim-bookworm AS build',
      'WORKDIR /app',
      'COPY vendor ./vendor',
      'COPY Cargo.toml Cargo.lock ./',
      'COPY http-json ./http-json',
      'COPY rust-sqlite ./rust-sqlite',
      'COPY user-service ./user-service',
      'RUN --mount=type=cache,target=/app/target,id=user-service-target \\',
      '  cargo build --release --offline --locked --config \'source.crates-io.replace-with="vendored-sources"\' --config \'source.vendored-sources.directory="vendor"\' --bin user-service \\',
      '  && cp /app/target/release/user-service /usr/local/bin/user-service',
    ]);
    expect(lines(f)).toContain('# Build: offline and locked from vendor/, copied before the sources (its own layer); target/ is a cache mount.');
    expect(f.description).toBe('Rust 1.95 release build of binary user-service from vendored crates (vendor/) on distroless cc');
    // the vendor directory is sent whole: cargo verifies every vendored file, and crates ship files the common
    // patterns drop (num_cpus has a Dockerfile, others test .pem files); the negations come last, so they win
    expect(f.dockerignore.slice(-2)).toEqual(['!vendor', '!vendor/**']);
    expect(f.dockerignore).toContain('**/Dockerfile*');
  });

  test('crates-io (the default, also when given): the registry is a cache mount and cargo is only --locked', () => {
    const given = Build.rust({ binary: 'app', dependencies: { kind: 'crates-io' } }).facts().dockerfile.render();
    expect(given).toBe(Build.rust({ binary: 'app' }).facts().dockerfile.render());
    expect(given).toContain('--mount=type=cache,target=/usr/local/cargo/registry');
    expect(given).toContain('cargo build --release --locked --bin app');
  });

  test('local-registry: its directory, normalized, as cargo\'s local-registry source', () => {
    const f = Build.rust({ binary: 'server', dependencies: { kind: 'local-registry', directory: './third_party/registry/' } }).facts();
    expect(lines(f)).toContain('COPY third_party/registry ./third_party/registry');
    expect(f.dockerfile.render()).toContain(
      'cargo build --release --offline --locked --config \'source.crates-io.replace-with="local-registry"\' --config \'source.local-registry.local-registry="third_party/registry"\' --bin server');
    expect(f.description).toBe('Rust 1.95 release build of binary server from the local registry third_party/registry/ on distroless cc');
    expect(Build.rust({ binary: 'server', dependencies: { kind: 'local-registry' } }).facts().dockerfile.render()).toContain('COPY registry ./registry');
  });

  test('buildPackages are installed pinned and buildEnv set in the build stage, before WORKDIR (cached layers); the runtime stage has neither', () => {
    const f = Build.rust({
      binary: 'rust-sqlite', sources: RUST_APPS, dependencies: { kind: 'vendored' }, buildPackages: ['libsqlite3-dev', 'pkg-config=1.8.1-1'],
      buildEnv: { SQLITE3_STATIC: '1', RUSTFLAGS: '-C target-cpu=x86-64-v2' },
    }).facts();
    expect(stage(f, 'rust:1.95-slim-bookworm AS build').slice(0, 6)).toEqual([
      'FROM rust:1.95-slim-bookworm AS build',
      'RUN apt-get update \\',
      `  && apt-get install -y --no-install-recommends libsqlite3-dev=${DEBIAN_PACKAGE_VERSIONS['libsqlite3-dev']} pkg-config=1.8.1-1 \\`,
      '  && rm -rf /var/lib/apt/lists/*',
      'ENV SQLITE3_STATIC="1" RUSTFLAGS="-C target-cpu=x86-64-v2"',
      'WORKDIR /app',
    ]);
    const runtime = stage(f, 'gcr.io/distroless/cc-debian12:nonroot').join('\n');
    expect(runtime).not.toContain('apt-get');
    expect(runtime).not.toContain('SQLITE3_STATIC');
  });

  test('errors', () => {
    const rust = (o: object) => () => Build.rust({ binary: 'app', ...o });
    expect(rust({ dependencies: { kind: 'bogus' } })).toThrow('\'dependencies.kind\' (\'bogus\') must be one of \'crates-io\', \'vendored\', \'local-registry\'');
    expect(rust({ dependencies: { kind: 'vendored', directory: '.' } }))
      .toThrow('\'dependencies.directory\' (\'.\') must be a directory inside the build context, not the context itself');
    expect(rust({ dependencies: { kind: 'vendored', directory: '../vendor' } }))
      .toThrow('\'dependencies.directory\' (\'../vendor\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(rust({ dependencies: { kind: 'vendored', directory: '/vendor' } }))
      .toThrow('\'dependencies.directory\' (\'/vendor\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(rust({ dependencies: { kind: 'vendored' }, sources: ['src', 'vendor'] }))
      .toThrow('\'sources\' (["src","vendor"]) must not contain \'vendor\': the dependency directory \'vendor\' is copied on its own, before the sources');
    expect(rust({ dependencies: { kind: 'vendored', directory: 'third_party/vendor' }, sources: ['third_party'] }))
      .toThrow('\'sources\' (["third_party"]) must not contain \'third_party\': the dependency directory \'third_party/vendor\' is copied on its own, before the sources');
    expect(rust({ dependencies: { kind: 'local-registry' }, sources: ['.'] }))
      .toThrow('\'sources\' (["."]) must name the app\'s paths when dependencies come from \'registry\': \'.\' would copy \'registry\' a second time');
    expect(rust({ buildPackages: [] })).toThrow('\'buildPackages\' ([]) must contain at least one package when given');
    expect(rust({ buildPackages: ['libsqlite3-dev', 'Bad Name'] }))
      .toThrow('\'buildPackages\' (["libsqlite3-dev","Bad Name"]) must contain Debian package names, each optionally pinned as name=version, matching /^[a-z0-9][a-z0-9+.-]+(=[0-9][A-Za-z0-9.+~:-]*)?$/');
    expect(rust({ buildEnv: {} })).toThrow('\'buildEnv\' ({}) must name at least one variable when given');
    expect(rust({ buildEnv: { '1X': 'a' } })).toThrow('\'buildEnv\' (\'1X\') must be keyed by environment variable names matching /^[A-Za-z_][A-Za-z0-9_]*$/');
    expect(rust({ buildEnv: { SQLITE3_STATIC: '1\n2' } })).toThrow('\'buildEnv.SQLITE3_STATIC\' (\'1\n2\') must be a single line');
    expect(rust({ buildEnv: { DB_PASSWORD: 'x' } })).toThrow(/^ENV: 'name' \('DB_PASSWORD'\)/);
  });
});

describe('Build.python dependencies', () => {
  test('wheelhouse: the wheels first, then requirements.txt, pip install --no-index --find-links; the runtime copies only the sources', () => {
    const f = Build.python({ server: { kind: 'gunicorn', module: 'app:app' }, sources: ['app.py'], dependencies: { kind: 'wheelhouse' } }).facts();
    expect(stage(f, 'python:3.11-slim-bookworm AS build')).toEqual([
      'FROM python:3.11-slim-bookworm AS build',
      'ENV PIP_DISABLE_PIP_VERSION_CHECK="1"',
      'RUN python -m venv /opt/venv',
      'WORKDIR /app',
      'COPY wheels ./wheels',
      'COPY requirements.txt ./',
      'RUN --mount=type=cache,target=/root/.cache/pip \\',
      '  /opt/venv/bin/pip install --no-index --find-links ./wheels -r requirements.txt',
    ]);
    const runtime = lines(f).slice(lines(f).lastIndexOf('FROM python:3.11-slim-bookworm')).join('\n');
    expect(runtime).toContain('COPY app.py ./app.py');
    expect(runtime.split('\n').filter((l) => l.startsWith('COPY'))).toEqual(['COPY --from=build /opt/venv /opt/venv', 'COPY app.py ./app.py']);
    expect(f.description).toBe('Python 3.11 app served by gunicorn app:app from the wheelhouse wheels/ on python slim-bookworm');
    expect(f.dockerignore.slice(-2)).toEqual(['!wheels', '!wheels/**']);
  });

  test('index (the default, also when given) installs as before', () => {
    const options = { server: { kind: 'command' as const, command: ['python', 'app.py'] } };
    const given = Build.python({ ...options, dependencies: { kind: 'index' } }).facts().dockerfile.render();
    expect(given).toBe(Build.python(options).facts().dockerfile.render());
    expect(given).toContain('/opt/venv/bin/pip install -r requirements.txt');
  });

  test('errors', () => {
    const server = { kind: 'gunicorn' as const, module: 'app:app' };
    expect(() => Build.python({ server, dependencies: { kind: 'wheelhouse' } }))
      .toThrow('\'sources\' (["."]) must name the app\'s paths when dependencies come from \'wheels\': \'.\' would copy \'wheels\' into the runtime image too');
    expect(() => Build.python({ server, sources: ['app.py', 'wheels/'], dependencies: { kind: 'wheelhouse', directory: 'wheels' } }))
      .toThrow('\'sources\' (["app.py","wheels/"]) must not contain \'wheels/\': the dependency directory \'wheels\' is copied on its own, before the sources');
    expect(() => Build.python({ server, sources: ['app.py'], dependencies: { kind: 'wheelhouse', directory: 'my wheels' } }))
      .toThrow('\'dependencies.directory\' (\'my wheels\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(() => Build.python({ server, dependencies: { kind: 'pypi' } as any })).toThrow('\'dependencies.kind\' (\'pypi\') must be \'index\' or \'wheelhouse\'');
  });
});

describe('Build.node dependencies', () => {
  test('offline-cache: the cache first, npm ci --offline --cache it, no cache mount', () => {
    const f = Build.node({ sources: ['server.js'], dependencies: { kind: 'offline-cache' } }).facts();
    expect(stage(f, 'node:20-bookworm-slim AS deps')).toEqual([
      'FROM node:20-bookworm-slim AS deps',
      'WORKDIR /app',
      'COPY npm-cache ./npm-cache',
      'COPY package.json package-lock.json ./',
      'RUN npm ci --offline --cache ./npm-cache --omit=dev && mkdir -p node_modules',
    ]);
    expect(lines(f)).toContain('# Production dependencies only, offline from npm-cache/ (copied first).');
    expect(f.description).toBe('Node.js 20 app running server.js from the npm cache npm-cache/ on node bookworm-slim');
    expect(f.dockerignore.slice(-2)).toEqual(['!npm-cache', '!npm-cache/**']);
  });

  test('tarballs with a build script: both npm ci steps offline from the tarballs, the npm cache still a mount; the runtime copies only the build output', () => {
    const f = Build.node({ buildScript: 'build', entry: 'dist/server.js', dependencies: { kind: 'tarballs' } }).facts();
    expect(stage(f, 'node:20-bookworm-slim AS deps')).toEqual([
      'FROM node:20-bookworm-slim AS deps',
      'WORKDIR /app',
      'COPY vendor ./vendor',
      'COPY package.json package-lock.json ./',
      'RUN --mount=type=cache,target=/root/.npm \\',
      '  npm ci --offline --omit=dev \\',
      '  && mkdir -p node_modules',
    ]);
    expect(stage(f, 'node:20-bookworm-slim AS build').slice(0, 5)).toEqual([
      'FROM node:20-bookworm-slim AS build',
      'WORKDIR /app',
      'COPY vendor ./vendor',
      'COPY package.json package-lock.json ./',
      'RUN --mount=type=cache,target=/root/.npm npm ci --offline',
    ]);
    expect(f.description).toBe('Node.js 20 app running dist/server.js (built with npm run build) from the tarballs in vendor/ on node bookworm-slim');
  });

  test('registry (the default, also when given) installs as before', () => {
    expect(Build.node({ dependencies: { kind: 'registry' } }).facts().dockerfile.render()).toBe(Build.node().facts().dockerfile.render());
  });

  test('errors', () => {
    expect(() => Build.node({ dependencies: { kind: 'offline-cache' } }))
      .toThrow('\'sources\' (["."]) must name the app\'s paths when dependencies come from \'npm-cache\': \'.\' would copy \'npm-cache\' into the runtime image too');
    expect(() => Build.node({ sources: ['server.js', 'vendor'], dependencies: { kind: 'tarballs' } }))
      .toThrow('\'sources\' (["server.js","vendor"]) must not contain \'vendor\': the dependency directory \'vendor\' is copied on its own, before the sources');
    expect(() => Build.node({ sources: ['server.js'], dependencies: { kind: 'tarballs', directory: './' } }))
      .toThrow('\'dependencies.directory\' (\'./\') must be a directory inside the build context, not the context itself');
    expect(() => Build.node({ dependencies: { kind: 'yarn' } as any })).toThrow('\'dependencies.kind\' (\'yarn\') must be one of \'registry\', \'offline-cache\', \'tarballs\'');
  });
});
