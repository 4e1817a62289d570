import { DockerfileParser, JSONInstruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { Build, BuildFacts } from '../../lib/images/build';
import { Dockerfile, DockerfileInstruction as I, DockerfileStage } from '../../lib/images/dockerfile';
import { DEBIAN_PACKAGE_VERSIONS } from '../../lib/images/_debian-packages.generated';
import { HEALTHCHECK_TIMINGS } from '../../lib/images/_build-support';

const ERROR_SEVERITY = 1; // vscode-languageserver-types DiagnosticSeverity.Error
const UID_RULE = 'must be >= 10000 (a fixed non-root id above the ranges base images and host accounts use)';

/** Seed 002: a page served by busybox httpd on Debian slim, written by hand as a model. */
function seed002(user = I.userId(10001, 10001)): Dockerfile {
  return Dockerfile.of({
    stages: [DockerfileStage.from('debian:bookworm-slim', {
      instructions: [
        I.run(['apt-get update', 'apt-get install -y --no-install-recommends curl busybox', 'rm -rf /var/lib/apt/lists/*']),
        I.env({ NAME: 'Docker' }),
        I.copy('index.html', '/var/www/html/index.html'),
        user,
        I.expose(8080),
        I.cmd(['busybox', 'httpd', '-f', '-p', '8080', '-h', '/var/www/html']),
      ],
    })],
  });
}

/** Every preset with its defaults and with options, by a stable name. */
const BUILDS: Record<string, () => Build> = {
  'rust (defaults)': () => Build.rust({ binary: 'rust-web' }),
  'rust (debian-slim, features, labels, healthcheck)': () => Build.rust({
    binary: 'user-service', rustVersion: '1.90', runtime: 'debian-slim', features: ['postgres', 'tls'], port: 9000, healthPath: '/healthz',
    healthcheckCommand: ['/usr/local/bin/user-service', '--healthcheck'], runtimePackages: ['ca-certificates=20250419~deb12u2'], uid: 20000, gid: 20001,
    sources: ['src', 'build.rs'], title: 'user-service', description: 'The user service', source: 'https://git.example.com/shop', licenses: 'Apache-2.0',
    writablePaths: ['/data'],
  }),
  'rust (vendored crates, build packages and env)': () => Build.rust({
    binary: 'rust-sqlite', sources: ['http-json', 'rust-sqlite', 'user-service'], dependencies: { kind: 'vendored' },
    buildPackages: ['libsqlite3-dev'], buildEnv: { SQLITE3_STATIC: '1' }, healthPath: '/healthz',
  }),
  'rust (local registry)': () => Build.rust({ binary: 'server', dependencies: { kind: 'local-registry', directory: 'third_party/registry' } }),
  'python (defaults: gunicorn)': () => Build.python({ server: { kind: 'gunicorn', module: 'app:app' } }),
  'python (3.11, command, health)': () => Build.python({
    pythonVersion: '3.11', server: { kind: 'command', command: ['python', 'app.py'] }, port: 5000, healthPath: '/health', sources: ['app.py', 'templates'],
  }),
  'python (gunicorn workers, health)': () => Build.python({ server: { kind: 'gunicorn', module: 'app:create_app()', workers: 4 }, healthPath: '/healthz' }),
  'python (wheelhouse)': () => Build.python({
    server: { kind: 'gunicorn', module: 'app:app' }, sources: ['app.py', 'templates'], dependencies: { kind: 'wheelhouse' }, healthPath: '/healthz',
  }),
  'node (defaults)': () => Build.node(),
  'node (offline npm cache)': () => Build.node({ sources: ['server.js', 'lib'], dependencies: { kind: 'offline-cache' } }),
  'node (tarballs, build script)': () => Build.node({ buildScript: 'build', entry: 'dist/server.js', dependencies: { kind: 'tarballs', directory: 'vendor/npm' } }),
  'node (build script, health)': () => Build.node({ nodeVersion: '22', buildScript: 'build', entry: 'dist/server.js', healthPath: '/healthz', port: 3000 }),
  'go (defaults)': () => Build.go({ binary: 'server' }),
  'go (package, no go.sum, worker)': () => Build.go({ binary: 'worker', package: './cmd/worker', goVersion: '1.22', goSum: false, port: false }),
  'staticSite (defaults)': () => Build.staticSite(),
  'staticSite (npm build)': () => Build.staticSite({ buildScript: 'build', directory: 'build', nodeVersion: '22', healthPath: '/' }),
  'fromDockerfile (seed 002)': () => Build.fromDockerfile(seed002(), { healthPath: '/', description: 'Seed 002 busybox httpd' }),
};

/** What dockerfile-ast reads from the final stage of a rendered Dockerfile. */
function parseFinalStage(text: string) {
  const ast = DockerfileParser.parse(text);
  const froms = ast.getFROMs();
  const stage = ast.getContainingImage(froms[froms.length - 1].getRange().start)!;
  const all = stage.getInstructions();
  const last = (keyword: string) => all.filter((i) => i.getKeyword() === keyword).pop();
  const form = (keyword: string) => {
    const i = last(keyword) as JSONInstruction | undefined;
    if (!i) return undefined;
    return i.getOpeningBracket() !== null ? 'exec' : 'shell';
  };
  const user = last('USER')?.getArgumentsContent();
  const [uid, gid] = (user ?? '').split(':').map(Number);
  return {
    directive: ast.getDirective()?.getValue(),
    user: { uid, gid },
    ports: all.filter((i) => i.getKeyword() === 'EXPOSE').flatMap((i) => i.getArguments().map((a) => Number(a.getValue()))),
    entrypointForm: form('ENTRYPOINT') ?? form('CMD'),
    healthcheck: stage.getHEALTHCHECKs().length > 0,
    baseImages: [...new Set(froms.map((f) => f.getImage()!).filter((image) => !froms.some((f) => f.getBuildStage() === image)))],
    labels: all.filter((i) => i.getKeyword() === 'LABEL').map((i) => i.getArgumentsContent()).join(' '),
  };
}

function facts(name: string): BuildFacts {
  return BUILDS[name]().facts();
}

function fromLines(f: BuildFacts): string[] {
  return f.dockerfile.render().split('\n').filter((l) => l.startsWith('FROM '));
}

describe.each(Object.keys(BUILDS))('%s', (name) => {
  test('Dockerfile snapshot', () => {
    expect(facts(name).dockerfile.render()).toMatchSnapshot();
  });

  test('facts snapshot', () => {
    const { dockerfile, ...rest } = facts(name);
    expect(rest).toMatchSnapshot();
  });

  test('passes dockerfile-utils with no errors', () => {
    const diagnostics = validate(facts(name).dockerfile.render());
    expect(diagnostics.filter((d) => d.severity === ERROR_SEVERITY)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  test('dockerfile-ast agrees with the facts and the query API', () => {
    // GIVEN
    const f = facts(name);

    // WHEN
    const parsed = parseFinalStage(f.dockerfile.render());

    // THEN
    expect(parsed.user).toEqual(f.user);
    expect(parsed.user).toEqual({ uid: f.dockerfile.user?.uid, gid: f.dockerfile.user?.gid });
    expect(parsed.ports).toEqual(f.dockerfile.exposedPorts);
    expect(parsed.ports).toEqual(f.port === undefined ? [] : [f.port]);
    expect(parsed.entrypointForm).toEqual(f.entrypointForm);
    expect(parsed.healthcheck).toBe(f.dockerfile.healthcheck !== undefined);
    expect(parsed.baseImages).toEqual(f.dockerfile.baseImages);
  });

  test('rules every build obeys', () => {
    const f = facts(name);
    const text = f.dockerfile.render();
    expect(f.entrypointForm).toEqual('exec');
    expect(f.user.uid).toBeGreaterThanOrEqual(10000);
    expect(f.user.gid).toBeGreaterThanOrEqual(10000);
    expect(f.writablePaths).toContain('/tmp');
    for (const image of f.dockerfile.baseImages) {
      expect(image).toMatch(/^[^:@]+(:[^:]+|@sha256:[a-f0-9]{64})$/);
      expect(image).not.toMatch(/:latest$/);
    }
    for (const banned of ['<<', '--link', '--chmod', 'type=secret', 'sharing=']) expect(text).not.toContain(banned);
    for (const line of ['.git', '**/.env', '**/*.pem', '**/Dockerfile*', '**/__pycache__']) expect(f.dockerignore).toContain(line);
    expect(text).not.toMatch(/[0-9]{4}-[0-9]{2}-[0-9]{2}/); // no timestamps
    expect(text).toEqual(BUILDS[name]().facts().dockerfile.render()); // deterministic
  });

  test('preset Dockerfiles start with the syntax directive and carry OCI title and description labels', () => {
    const f = facts(name);
    const parsed = parseFinalStage(f.dockerfile.render());
    if (name.startsWith('fromDockerfile')) return;
    expect(f.dockerfile.render().split('\n')[0]).toEqual('# syntax=docker/dockerfile:1');
    expect(parsed.directive).toEqual('docker/dockerfile:1');
    expect(parsed.labels).toContain('org.opencontainers.image.title=');
    expect(parsed.labels).toContain('org.opencontainers.image.description=');
  });
});

describe('Build.rust', () => {
  test('defaults: rust slim-bookworm build, distroless cc runtime, no HEALTHCHECK', () => {
    // WHEN
    const f = facts('rust (defaults)');
    const text = f.dockerfile.render();

    // THEN
    expect(fromLines(f)).toEqual(['FROM rust:1.95-slim-bookworm AS build', 'FROM gcr.io/distroless/cc-debian12:nonroot']);
    expect(text).toContain('--mount=type=cache,target=/usr/local/cargo/registry');
    expect(text).toContain('--mount=type=cache,target=/app/target');
    expect(text).toContain('cargo build --release --locked --bin rust-web');
    expect(text).toContain('COPY Cargo.toml Cargo.lock ./\nCOPY src ./src\n');
    expect(text).toContain('USER 10001:10001\nEXPOSE 8080\nENTRYPOINT ["/usr/local/bin/rust-web"]\n');
    expect(text).not.toContain('HEALTHCHECK');
    expect(f.dockerfile.entrypoint).toEqual({ form: 'exec', args: ['/usr/local/bin/rust-web'] });
    expect(f.description).toEqual('Rust 1.95 release build of binary rust-web on distroless cc');
    expect(f.dockerignore).toContain('target/');
    expect(f.dockerignore).not.toContain('**/node_modules');
    expect(f.writablePaths).toEqual(['/tmp']);
    expect(f.port).toEqual(8080);
    expect(f.healthPath).toBeUndefined();
  });

  test('a health path on distroless is a fact for the probes but renders no HEALTHCHECK', () => {
    const f = Build.rust({ binary: 'app', healthPath: '/healthz' }).facts();
    expect(f.healthPath).toEqual('/healthz');
    expect(f.dockerfile.healthcheck).toBeUndefined();
  });

  test('on distroless the binary checks itself: healthcheckCommand with the readiness URL', () => {
    const command = ['/usr/local/bin/app', '--healthcheck', 'http://127.0.0.1:8080/healthz'];
    const text = Build.rust({ binary: 'app', healthPath: '/healthz', healthcheckCommand: command }).facts().dockerfile.render();
    expect(text).toContain('EXPOSE 8080\nHEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\\n'
      + '  CMD ["/usr/local/bin/app", "--healthcheck", "http://127.0.0.1:8080/healthz"]\nENTRYPOINT ["/usr/local/bin/app"]\n');
  });

  test('runtimePackages: a name gets bookworm\'s version from the pins table, name=version is kept, an unknown name is left to the gate', () => {
    const text = Build.rust({ binary: 'app', runtime: 'debian-slim', runtimePackages: ['ca-certificates', 'tzdata=2024a-0+deb12u1', 'libpq5'] }).facts().dockerfile.render();
    expect(text).toContain(`apt-get install -y --no-install-recommends ca-certificates=${DEBIAN_PACKAGE_VERSIONS['ca-certificates']} tzdata=2024a-0+deb12u1 libpq5 \\\n`);
  });

  test('debian-slim renders a HEALTHCHECK only when a command is given', () => {
    expect(Build.rust({ binary: 'app', runtime: 'debian-slim', healthPath: '/healthz' }).facts().dockerfile.healthcheck).toBeUndefined();
    const f = facts('rust (debian-slim, features, labels, healthcheck)');
    expect(fromLines(f)).toEqual(['FROM rust:1.90-slim-bookworm AS build', 'FROM debian:bookworm-slim']);
    expect(f.dockerfile.healthcheck?.command).toEqual(['/usr/local/bin/user-service', '--healthcheck']);
    expect(f.dockerfile.render()).toContain('--bin user-service --features postgres,tls');
    expect(f.user).toEqual({ uid: 20000, gid: 20001 });
    expect(f.port).toEqual(9000);
    expect(f.writablePaths).toEqual(['/tmp', '/data']);
    expect(f.description).toEqual('Rust 1.90 release build of binary user-service (features postgres, tls) on debian bookworm-slim');
    expect(f.dockerfile.render()).toContain('org.opencontainers.image.description="The user service"');
    expect(f.dockerfile.render()).toContain('org.opencontainers.image.source="https://git.example.com/shop"');
    expect(f.dockerfile.render()).toContain('org.opencontainers.image.licenses="Apache-2.0"');
  });

  test('a worker without a port has no EXPOSE', () => {
    const f = Build.rust({ binary: 'worker', port: false }).facts();
    expect(f.port).toBeUndefined();
    expect(f.dockerfile.render()).not.toContain('EXPOSE');
  });

  test('errors', () => {
    expect(() => Build.rust({ binary: 'app', uid: 0 })).toThrow(`'uid' (0) ${UID_RULE}`);
    expect(() => Build.rust({ binary: 'app', gid: 9999 })).toThrow(`'gid' (9999) ${UID_RULE}`);
    expect(() => Build.rust({ binary: 'app', uid: 10000.5 })).toThrow('\'uid\' (10000.5) must be a whole number');
    expect(() => Build.rust({ binary: 'app', uid: 2 ** 31 })).toThrow('\'uid\' (2147483648) must be <= 2147483647');
    expect(() => Build.rust({ binary: 'my app' })).toThrow('\'binary\' (\'my app\') must be a binary name matching /^[A-Za-z0-9][A-Za-z0-9_-]*$/');
    expect(() => Build.rust({ binary: 'app', rustVersion: 'latest' }))
      .toThrow('\'rustVersion\' (\'latest\') must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
    expect(() => Build.rust({ binary: 'app', runtime: 'alpine' as any })).toThrow('\'runtime\' (\'alpine\') must be \'distroless\' or \'debian-slim\'');
    expect(() => Build.rust({ binary: 'app', features: ['a b'] }))
      .toThrow('\'features\' (["a b"]) must contain cargo feature names matching /^[A-Za-z0-9_][A-Za-z0-9_+./-]*$/');
    expect(() => Build.rust({ binary: 'app', runtimePackages: ['curl'] }))
      .toThrow('\'runtimePackages\' (["curl"]) cannot be used with runtime \'distroless\' (it has no package manager); use runtime \'debian-slim\'');
    expect(() => Build.rust({ binary: 'app', runtime: 'debian-slim', runtimePackages: ['Curl'] }))
      .toThrow('\'runtimePackages\' (["Curl"]) must contain Debian package names, each optionally pinned as name=version, matching /^[a-z0-9][a-z0-9+.-]+(=[0-9][A-Za-z0-9.+~:-]*)?$/');
    expect(() => Build.rust({ binary: 'app', runtime: 'debian-slim', runtimePackages: ['curl=latest'] }))
      .toThrow('\'runtimePackages\' (["curl=latest"]) must contain Debian package names, each optionally pinned as name=version, matching /^[a-z0-9][a-z0-9+.-]+(=[0-9][A-Za-z0-9.+~:-]*)?$/');
    expect(() => Build.rust({ binary: 'app', sources: ['../shared'] }))
      .toThrow('\'sources\' (\'../shared\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(() => Build.rust({ binary: 'app', sources: [] })).toThrow('\'sources\' ([]) must contain at least one path');
    expect(() => Build.rust({ binary: 'app', port: 0 })).toThrow('\'port\' (0) must be a whole number from 1 to 65535');
    expect(() => Build.rust({ binary: 'app', port: 70000 })).toThrow('\'port\' (70000) must be a whole number from 1 to 65535');
    expect(() => Build.rust({ binary: 'app', healthPath: 'healthz' }))
      .toThrow('\'healthPath\' (\'healthz\') must be an HTTP path starting with \'/\', without whitespace, quotes or backslashes');
    expect(() => Build.rust({ binary: 'app', healthPath: '/x\'y' }))
      .toThrow('\'healthPath\' (\'/x\'y\') must be an HTTP path starting with \'/\', without whitespace, quotes or backslashes');
    expect(() => Build.rust({ binary: 'app', port: false, healthPath: '/healthz' }))
      .toThrow('\'healthPath\' (\'/healthz\') requires a \'port\' (port is false: the image listens on no port)');
    expect(() => Build.rust({ binary: 'app', healthcheckCommand: [] })).toThrow('\'healthcheckCommand\' ([]) must be a non-empty list of non-empty strings');
    expect(() => Build.rust({ binary: 'app', writablePaths: ['data'] })).toThrow('\'writablePaths\' (["data"]) must contain absolute paths without whitespace');
    expect(() => Build.rust({ binary: 'app', title: '' })).toThrow('\'title\' (\'\') must be a non-empty single line');
    expect(() => Build.rust({ binary: 'app', description: 'a\nb' })).toThrow('\'description\' (\'a\nb\') must be a non-empty single line');
  });
});

describe('Build.python', () => {
  test('defaults: venv build stage, same slim image at runtime, gunicorn with its tmp dir in /tmp', () => {
    const f = facts('python (defaults: gunicorn)');
    const text = f.dockerfile.render();
    expect(fromLines(f)).toEqual(['FROM python:3.11-slim-bookworm AS build', 'FROM python:3.11-slim-bookworm']);
    expect(text).toContain('RUN python -m venv /opt/venv\n');
    expect(text).toContain('COPY requirements.txt ./\n');
    expect(text).toContain('--mount=type=cache,target=/root/.cache/pip');
    expect(text).toContain('/opt/venv/bin/pip install -r requirements.txt');
    expect(text).toContain('ENV PYTHONDONTWRITEBYTECODE="1" PYTHONUNBUFFERED="1" PATH="/opt/venv/bin:$PATH"\n');
    expect(text).toContain('COPY --from=build /opt/venv /opt/venv\n');
    expect(f.dockerfile.entrypoint).toEqual({
      form: 'exec', args: ['gunicorn', '--bind', '0.0.0.0:8080', '--workers', '2', '--worker-tmp-dir', '/tmp', 'app:app'],
    });
    expect(f.dockerfile.healthcheck).toBeUndefined();
    expect(f.writablePaths).toEqual(['/tmp']);
    expect(f.description).toEqual('Python 3.11 app served by gunicorn app:app on python slim-bookworm');
    expect(f.dockerignore).toContain('**/__pycache__');
  });

  test('3.11 with a command, and a urllib HEALTHCHECK against the health path', () => {
    const f = facts('python (3.11, command, health)');
    expect(fromLines(f)).toEqual(['FROM python:3.11-slim-bookworm AS build', 'FROM python:3.11-slim-bookworm']);
    expect(f.dockerfile.entrypoint).toEqual({ form: 'exec', args: ['python', 'app.py'] });
    expect(f.dockerfile.healthcheck).toEqual({
      command: ['python', '-c', 'import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:5000/health\', timeout=4)'],
      interval: expect.anything(), timeout: expect.anything(), startPeriod: expect.anything(), retries: 3,
    });
    expect(f.dockerfile.render()).toContain('HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\\n  CMD ["python", "-c", ');
    expect(f.dockerfile.render()).toContain('COPY app.py ./app.py\nCOPY templates ./templates\n');
    expect(f.port).toEqual(5000);
  });

  test('errors', () => {
    const gunicorn = { kind: 'gunicorn', module: 'app:app' } as const;
    expect(() => Build.python({ server: { kind: 'gunicorn', module: '' } })).toThrow('\'server.module\' (\'\') must be a WSGI app reference such as \'app:app\'');
    expect(() => Build.python({ server: { kind: 'gunicorn', module: 'app:app', workers: 0 } })).toThrow('\'server.workers\' (0) must be a whole number >= 1');
    expect(() => Build.python({ server: gunicorn, port: false })).toThrow('\'port\' (false) must be a port number for server kind \'gunicorn\' (gunicorn binds to it)');
    expect(() => Build.python({ server: { kind: 'command', command: [] } })).toThrow('\'server.command\' ([]) must be a non-empty list of non-empty strings');
    expect(() => Build.python({ server: { kind: 'uwsgi' } as any })).toThrow('\'server.kind\' (\'uwsgi\') must be \'gunicorn\' or \'command\'');
    expect(() => Build.python({ server: gunicorn, pythonVersion: '3' + '.x' }))
      .toThrow('\'pythonVersion\' (\'3.x\') must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
    expect(() => Build.python({ server: gunicorn, requirementsFile: '/requirements.txt' }))
      .toThrow('\'requirementsFile\' (\'/requirements.txt\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(() => Build.python({ server: gunicorn, uid: 1000 })).toThrow(`'uid' (1000) ${UID_RULE}`);
  });
});

describe('Build.node', () => {
  test('defaults: npm ci --omit=dev with a cache mount, NODE_ENV=production, exec-form CMD', () => {
    const f = facts('node (defaults)');
    const text = f.dockerfile.render();
    expect(fromLines(f)).toEqual(['FROM node:20-bookworm-slim AS deps', 'FROM node:20-bookworm-slim']);
    expect(text).toContain('RUN --mount=type=cache,target=/root/.npm \\\n  npm ci --omit=dev \\\n  && mkdir -p node_modules\n');
    expect(text).toContain('ENV NODE_ENV="production"\n');
    expect(text).toContain('COPY --from=deps /app/node_modules ./node_modules\n');
    expect(f.dockerfile.cmd).toEqual({ form: 'exec', args: ['node', 'server.js'] });
    expect(f.dockerfile.entrypoint).toBeUndefined();
    expect(f.dockerfile.healthcheck).toBeUndefined();
    expect(f.dockerignore).toContain('**/node_modules');
    expect(f.dockerignore).toContain('dist/');
  });

  test('a build script adds a build stage; the runtime copies its output and a node fetch HEALTHCHECK', () => {
    const f = facts('node (build script, health)');
    const text = f.dockerfile.render();
    expect(fromLines(f)).toEqual(['FROM node:22-bookworm-slim AS deps', 'FROM node:22-bookworm-slim AS build', 'FROM node:22-bookworm-slim']);
    expect(text).toContain('RUN --mount=type=cache,target=/root/.npm npm ci\nCOPY . ./\nRUN npm run build\n');
    expect(text).toContain('COPY package.json ./\nCOPY --from=build /app/dist ./dist\n');
    expect(f.dockerfile.cmd).toEqual({ form: 'exec', args: ['node', 'dist/server.js'] });
    expect(f.dockerfile.healthcheck?.command).toEqual([
      'node', '-e', 'fetch(\'http://127.0.0.1:3000/healthz\').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))',
    ]);
  });

  test('a prebuilt entry under dist/ keeps dist/ in the build context', () => {
    const f = Build.node({ entry: 'dist/server.js' }).facts();
    expect(f.dockerignore).not.toContain('dist/');
  });

  test('errors', () => {
    expect(() => Build.node({ entry: '' })).toThrow('\'entry\' (\'\') must be a script path without whitespace');
    expect(() => Build.node({ buildScript: 'build && rm -rf /' }))
      .toThrow('\'buildScript\' (\'build && rm -rf /\') must be an npm script name matching /^[A-Za-z0-9_][A-Za-z0-9_:.-]*$/');
    expect(() => Build.node({ buildOutput: 'out' })).toThrow('\'buildOutput\' (\'out\') requires \'buildScript\' (without a build there is no output to copy)');
    expect(() => Build.node({ buildScript: 'build', sources: ['src'] }))
      .toThrow('\'sources\' (["src"]) cannot be combined with \'buildScript\' (the runtime copies package.json and the build output)');
    expect(() => Build.node({ nodeVersion: 'lts' }))
      .toThrow('\'nodeVersion\' (\'lts\') must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
  });
});

describe('Build.go', () => {
  test('defaults: golang bookworm build with cache mounts, static binary on distroless static', () => {
    const f = facts('go (defaults)');
    const text = f.dockerfile.render();
    expect(fromLines(f)).toEqual(['FROM golang:1.23-bookworm AS build', 'FROM gcr.io/distroless/static-debian12:nonroot']);
    expect(text).toContain('COPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n');
    expect(text).toContain('--mount=type=cache,target=/root/.cache/go-build');
    expect(text).toContain('CGO_ENABLED=0 go build -trimpath -ldflags=\'-s -w\' -o /out/server .\n');
    expect(f.dockerfile.entrypoint).toEqual({ form: 'exec', args: ['/usr/local/bin/server'] });
    expect(f.dockerfile.healthcheck).toBeUndefined();
    expect(f.description).toEqual('Go 1.23 static build of binary server from . on distroless static');
  });

  test('on distroless static the binary checks itself: healthcheckCommand', () => {
    const command = ['/usr/local/bin/server', '--healthcheck', 'http://127.0.0.1:8080/healthz'];
    const f = Build.go({ binary: 'server', healthPath: '/healthz', healthcheckCommand: command }).facts();
    expect(f.dockerfile.healthcheck).toEqual({ command, ...HEALTHCHECK_TIMINGS });
    expect(f.dockerfile.render()).toContain('EXPOSE 8080\nHEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\\n'
      + '  CMD ["/usr/local/bin/server", "--healthcheck", "http://127.0.0.1:8080/healthz"]\nENTRYPOINT ["/usr/local/bin/server"]\n');
  });

  test('package path, no go.sum, no port', () => {
    const f = facts('go (package, no go.sum, worker)');
    const text = f.dockerfile.render();
    expect(text).toContain('COPY go.mod ./\n');
    expect(text).toContain('-o /out/worker ./cmd/worker\n');
    expect(f.port).toBeUndefined();
  });

  test('errors', () => {
    expect(() => Build.go({ binary: '' })).toThrow('\'binary\' (\'\') must be a binary name matching /^[A-Za-z0-9][A-Za-z0-9_-]*$/');
    expect(() => Build.go({ binary: 'x', package: '../other' }))
      .toThrow('\'package\' (\'../other\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(() => Build.go({ binary: 'x', goVersion: '1.19-alpine' }))
      .toThrow('\'goVersion\' (\'1.19-alpine\') must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
  });
});

describe('Build.staticSite', () => {
  test('defaults: nginx-unprivileged on 8080, only /tmp writable, foreground nginx in exec form', () => {
    const f = facts('staticSite (defaults)');
    expect(fromLines(f)).toEqual(['FROM nginxinc/nginx-unprivileged:1.27-bookworm']);
    expect(f.dockerfile.render()).toContain('COPY public /usr/share/nginx/html\n');
    expect(f.dockerfile.entrypoint).toEqual({ form: 'exec', args: ['nginx', '-g', 'daemon off;'] });
    expect(f.dockerfile.render()).toContain('STOPSIGNAL SIGQUIT\n');
    expect(f.port).toEqual(8080);
    expect(f.writablePaths).toEqual(['/tmp']);
    expect(f.dockerfile.healthcheck).toBeUndefined();
  });

  test('with a health path, a curl HEALTHCHECK of it on port 8080 (nginx-unprivileged ships curl); healthcheckCommand replaces it', () => {
    expect(Build.staticSite({ healthPath: '/healthz' }).facts().dockerfile.healthcheck)
      .toEqual({ command: ['curl', '-fsS', '-o', '/dev/null', 'http://127.0.0.1:8080/healthz'], ...HEALTHCHECK_TIMINGS });
    expect(Build.staticSite({ healthPath: '/healthz', healthcheckCommand: ['/bin/check'] }).facts().dockerfile.healthcheck?.command).toEqual(['/bin/check']);
  });

  test('an npm build stage first', () => {
    const f = facts('staticSite (npm build)');
    expect(fromLines(f)).toEqual(['FROM node:22-bookworm-slim AS build', 'FROM nginxinc/nginx-unprivileged:1.27-bookworm']);
    expect(f.dockerfile.render()).toContain('COPY --from=build /app/build /usr/share/nginx/html\n');
    expect(f.healthPath).toEqual('/');
  });

  test('serving a prebuilt dist/ keeps it in the build context', () => {
    const f = Build.staticSite({ directory: 'dist/' }).facts();
    expect(f.dockerfile.render()).toContain('COPY dist /usr/share/nginx/html\n');
    expect(f.dockerignore).not.toContain('dist/');
  });

  test('errors', () => {
    expect(() => Build.staticSite({ nodeVersion: '22' })).toThrow('\'nodeVersion\' (\'22\') requires \'buildScript\' (without a build there is no node stage)');
    expect(() => Build.staticSite({ directory: '/srv/www' }))
      .toThrow('\'directory\' (\'/srv/www\') must be relative paths inside the build context (no leading \'/\', no \'..\', no whitespace)');
    expect(() => Build.staticSite({ uid: 101 })).toThrow(`'uid' (101) ${UID_RULE}`);
  });
});

describe('Build.fromDockerfile', () => {
  test('seed 002: facts are read from the model', () => {
    // GIVEN
    const f = facts('fromDockerfile (seed 002)');

    // THEN
    expect(f.dockerfile.render()).toEqual([
      '# syntax=docker/dockerfile:1',
      '',
      'FROM debian:bookworm-slim',
      'RUN apt-get update \\',
      '  && apt-get install -y --no-install-recommends curl busybox \\',
      '  && rm -rf /var/lib/apt/lists/*',
      'ENV NAME="Docker"',
      'COPY index.html /var/www/html/index.html',
      'USER 10001:10001',
      'EXPOSE 8080',
      'CMD ["busybox", "httpd", "-f", "-p", "8080", "-h", "/var/www/html"]',
      '',
    ].join('\n'));
    expect(f.user).toEqual({ uid: 10001, gid: 10001 });
    expect(f.port).toEqual(8080);
    expect(f.entrypointForm).toEqual('exec');
    expect(f.healthPath).toEqual('/');
    expect(f.writablePaths).toEqual(['/tmp']);
    expect(f.description).toEqual('Seed 002 busybox httpd');
    expect(f.dockerignore).toEqual(['.git', '**/.env', '**/*.pem', '**/Dockerfile*', '**/.dockerignore', '**/__pycache__', 'dist/']);
  });

  test('defaults and overrides', () => {
    const f = Build.fromDockerfile(seed002()).facts();
    expect(f.description).toEqual('Custom Dockerfile build on debian:bookworm-slim');
    expect(f.healthPath).toBeUndefined();
    const g = Build.fromDockerfile(seed002(), { dockerignore: ['.git'], writablePaths: ['/var/run', '/tmp'] }).facts();
    expect(g.dockerignore).toEqual(['.git']);
    expect(g.writablePaths).toEqual(['/tmp', '/var/run']);
  });

  test('a shell-form CMD is reported, not hidden', () => {
    const dockerfile = Dockerfile.of({
      stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [I.userId(10001, 10001), I.cmdShellForm('busybox httpd -f -p 8080')] })],
    });
    const f = Build.fromDockerfile(dockerfile).facts();
    expect(f.entrypointForm).toEqual('shell');
    expect(f.port).toBeUndefined();
  });

  test('with several EXPOSEd ports, port says which one is the app\'s', () => {
    const dockerfile = Dockerfile.of({
      stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [I.userId(10001, 10001), I.expose(8080), I.expose(9090), I.cmd(['/app'])] })],
    });
    expect(Build.fromDockerfile(dockerfile, { port: 9090 }).facts().port).toEqual(9090);
    expect(() => Build.fromDockerfile(dockerfile)).toThrow('\'EXPOSE\' ([8080,9090]) must declare a single port, or \'port\' must say which one the app serves on');
    expect(() => Build.fromDockerfile(dockerfile, { port: 80 })).toThrow('\'port\' (80) must be one of the ports the Dockerfile EXPOSEs (8080, 9090)');
  });

  test('errors: USER', () => {
    expect(() => Build.fromDockerfile(seed002(I.user('www-data'))))
      .toThrow('\'USER\' (\'www-data\') must be a numeric UID:GID such as \'10001:10001\' (Kubernetes checks runAsNonRoot and runAsUser against numeric ids only)');
    expect(() => Build.fromDockerfile(seed002(I.user('10001'))))
      .toThrow('\'USER\' (\'10001\') must be a numeric UID:GID such as \'10001:10001\' (Kubernetes checks runAsNonRoot and runAsUser against numeric ids only)');
    expect(() => Build.fromDockerfile(seed002(I.user('0:0')))).toThrow(`'uid' (0) ${UID_RULE}`);
    expect(() => Build.fromDockerfile(seed002(I.user('10001:0')))).toThrow(`'gid' (0) ${UID_RULE}`);
    expect(() => Build.fromDockerfile(seed002(I.comment('no user'))))
      .toThrow('\'USER\' (undefined) must be set in the final stage to a numeric UID:GID such as \'10001:10001\' (the image must not run as root)');
  });

  test('errors: base images must be pinned literal references', () => {
    const withBase = (image: string, args: I[] = []) => Dockerfile.of({
      args,
      stages: [DockerfileStage.from(image, { instructions: [I.userId(10001, 10001), I.cmd(['/app'])] })],
    });
    const pinRule = 'must pin a tag or digest, and not a moving tag such as \'latest\' (builds must be reproducible)';
    expect(() => Build.fromDockerfile(withBase('debian'))).toThrow(`'FROM' ('debian') ${pinRule}`);
    expect(() => Build.fromDockerfile(withBase('rust:latest'))).toThrow(`'FROM' ('rust:latest') ${pinRule}`);
    expect(() => Build.fromDockerfile(withBase('debian:${TAG}')))
      .toThrow('\'FROM\' (\'debian:${TAG}\') must be a literal image reference (or use a top-level ARG with a default), so that its tag can be checked');
    expect(() => Build.fromDockerfile(withBase('Debian:12'))).toThrow('\'FROM\' (\'Debian:12\') is not a valid image reference (');
    expect(Build.fromDockerfile(withBase('debian:${TAG}', [I.arg('TAG', 'bookworm-slim')])).facts().dockerfile.baseImages).toEqual(['debian:bookworm-slim']);
    expect(Build.fromDockerfile(withBase(`debian@sha256:${'a'.repeat(64)}`)).facts().user).toEqual({ uid: 10001, gid: 10001 });
  });

  test('errors: entrypoint, health path, options', () => {
    const noCommand = Dockerfile.of({ stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [I.userId(10001, 10001)] })] });
    expect(() => Build.fromDockerfile(noCommand))
      .toThrow('\'ENTRYPOINT\' (undefined) or CMD must be declared in the final stage, so the process the image runs is known');
    const noPort = Dockerfile.of({ stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [I.userId(10001, 10001), I.cmd(['/app'])] })] });
    expect(() => Build.fromDockerfile(noPort, { healthPath: '/healthz' }))
      .toThrow('\'healthPath\' (\'/healthz\') requires an EXPOSEd port (the Dockerfile exposes none)');
    expect(() => Build.fromDockerfile(seed002(), { dockerignore: ['a\nb'] })).toThrow('\'dockerignore\' (["a\\nb"]) must contain single lines');
    expect(() => Build.fromDockerfile(seed002(), { description: 'a\nb' })).toThrow('\'description\' (\'a\nb\') must be a single line');
    expect(() => Build.fromDockerfile(seed002(), { writablePaths: ['tmp'] })).toThrow('\'writablePaths\' (["tmp"]) must contain absolute paths without whitespace');
  });
});

describe('Build', () => {
  test('facts() returns a fresh copy every call', () => {
    const build = Build.rust({ binary: 'app' });
    const first = build.facts();
    first.dockerignore.push('changed');
    first.writablePaths.push('/changed');
    first.user.uid = 0;
    expect(build.facts().dockerignore).not.toContain('changed');
    expect(build.facts().writablePaths).toEqual(['/tmp']);
    expect(build.facts().user.uid).toEqual(10001);
  });

  test('preset names the factory', () => {
    expect(Build.rust({ binary: 'a' }).preset).toEqual('rust');
    expect(Build.staticSite().preset).toEqual('static-site');
    expect(Build.fromDockerfile(seed002()).preset).toEqual('dockerfile');
  });

  test('errors are BlueprintErrors, so constructs can prefix their path', () => {
    expect(() => Build.rust({ binary: 'a', uid: 0 })).toThrow(expect.objectContaining({ name: 'BlueprintError' }));
  });
});

describe('Build.staticSite nginxVersion', () => {
  test('picks the nginx-unprivileged minor of the runtime image', () => {
    const f = Build.staticSite({ nginxVersion: '1.26' }).facts();
    expect(fromLines(f)).toEqual(['FROM nginxinc/nginx-unprivileged:1.26-bookworm']);
    expect(f.description).toEqual('Static site from public/ served by nginx-unprivileged 1.26');
  });

  test('rejects a tag that is not a version', () => {
    expect(() => Build.staticSite({ nginxVersion: 'mainline' }))
      .toThrow('\'nginxVersion\' (\'mainline\') must be a version number such as \'1.2\' or \'1.2.3\' (a pinned tag, never \'latest\')');
  });
});
