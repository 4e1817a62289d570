import { Duration } from 'cdk8s';
import { DockerfileParser, JSONInstruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { Dockerfile, DockerfileInstruction as I, DockerfileMount, DockerfileStage } from '../../lib/images/dockerfile';

const ERROR_SEVERITY = 1; // vscode-languageserver-types DiagnosticSeverity.Error

/** A two-stage model that uses every instruction kind. */
function fullModel(): Dockerfile {
  return Dockerfile.of({
    comment: 'Every instruction the model knows.',
    args: [I.arg('DEBIAN_TAG', 'bookworm-slim')],
    stages: [
      DockerfileStage.from('golang:1.19-bookworm', {
        as: 'build',
        comment: 'Build stage.',
        instructions: [
          I.workdir('/src'),
          I.copy(['go.mod', 'go.sum'], './'),
          I.run('go mod download', { mounts: [DockerfileMount.cache({ target: '/go/pkg/mod', id: 'gomod' })] }),
          I.copy('.', './'),
          I.run('CGO_ENABLED=0 go build -trimpath -o /out/app .', {
            mounts: [DockerfileMount.cache({ target: '/root/.cache/go-build' }), DockerfileMount.bind({ source: 'go.sum', target: '/tmp/go.sum' })],
          }),
        ],
      }),
      DockerfileStage.from('debian:${DEBIAN_TAG}', {
        instructions: [
          I.label({ 'org.opencontainers.image.title': 'app', 'org.opencontainers.image.description': 'An app with "quotes" and a \\ backslash' }),
          I.env({ NAME: 'Docker', GREETING: 'hello world' }),
          I.arg('BUILD_NUMBER'),
          I.comment('Copy the binary.\n\nOwned by the app user.'),
          I.copy('/out/app', '/usr/local/bin/app', { from: 'build', chown: '10001:10001' }),
          I.copy(['my file.txt', 'other.txt'], '/data/'),
          I.userId(10001, 10001),
          I.expose(8080),
          I.expose(5353, 'udp'),
          I.healthcheck(['/usr/local/bin/app', 'health'], {
            interval: Duration.seconds(30), timeout: Duration.millis(1500), startPeriod: Duration.minutes(1), retries: 3,
          }),
          I.stopSignal('SIGTERM'),
          I.entrypoint(['/usr/local/bin/app']),
          I.cmd(['--port', '8080']),
        ],
      }),
    ],
  });
}

/** What dockerfile-ast reads from the final stage of a rendered Dockerfile. */
function parseFinalStage(text: string) {
  const ast = DockerfileParser.parse(text);
  const froms = ast.getFROMs();
  const stage = ast.getContainingImage(froms[froms.length - 1].getRange().start)!;
  const all = stage.getInstructions();
  const last = (keyword: string) => all.filter((i) => i.getKeyword() === keyword).pop();
  const command = (keyword: string) => {
    const i = last(keyword) as JSONInstruction | undefined;
    if (!i) return undefined;
    return i.getOpeningBracket() !== null
      ? { form: 'exec', args: JSON.parse(i.getArgumentsContent()!) }
      : { form: 'shell', args: ['/bin/sh', '-c', i.getArgumentsContent()] };
  };
  return {
    directive: ast.getDirective()?.getValue(),
    user: last('USER')?.getArgumentsContent() ?? undefined,
    ports: all.filter((i) => i.getKeyword() === 'EXPOSE').flatMap((i) => i.getArguments().map((a) => Number(a.getValue().split('/')[0]))),
    entrypoint: command('ENTRYPOINT'),
    cmd: command('CMD'),
    healthcheck: stage.getHEALTHCHECKs().length > 0,
    froms: froms.map((f) => ({ image: f.getImage(), stage: f.getBuildStage() })),
  };
}

function errors(text: string) {
  return validate(text).filter((d) => d.severity === ERROR_SEVERITY);
}

describe('Dockerfile', () => {
  test('renders every instruction kind deterministically', () => {
    // WHEN
    const text = fullModel().render();

    // THEN
    expect(text).toMatchSnapshot();
    expect(text).toEqual(fullModel().render());
    expect(text.startsWith('# syntax=docker/dockerfile:1\n\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  test('the rendered model passes dockerfile-utils without any diagnostic', () => {
    expect(validate(fullModel().render())).toEqual([]);
  });

  test('dockerfile-ast reads the same final image as the query API', () => {
    // GIVEN
    const model = fullModel();

    // WHEN
    const parsed = parseFinalStage(model.render());

    // THEN
    expect(parsed.directive).toEqual('docker/dockerfile:1');
    expect(parsed.user).toEqual(model.user?.spec);
    expect(parsed.ports).toEqual(model.exposedPorts);
    expect(parsed.entrypoint).toEqual(model.entrypoint);
    expect(parsed.cmd).toEqual(model.cmd);
    expect(parsed.healthcheck).toBe(model.healthcheck !== undefined);
    expect(parsed.froms).toEqual([{ image: 'golang:1.19-bookworm', stage: 'build' }, { image: 'debian:${DEBIAN_TAG}', stage: null }]);
  });

  test('query API', () => {
    const model = fullModel();
    expect(model.finalStage.image).toEqual('debian:${DEBIAN_TAG}');
    expect(model.user).toEqual({ spec: '10001:10001', uid: 10001, gid: 10001 });
    expect(model.exposedPorts).toEqual([8080, 5353]);
    expect(model.entrypoint).toEqual({ form: 'exec', args: ['/usr/local/bin/app'] });
    expect(model.cmd).toEqual({ form: 'exec', args: ['--port', '8080'] });
    expect(model.healthcheck?.command).toEqual(['/usr/local/bin/app', 'health']);
    expect(model.healthcheck?.retries).toEqual(3);
    expect(model.baseImages).toEqual(['golang:1.19-bookworm', 'debian:bookworm-slim']);
  });

  test('no syntax directive, no header', () => {
    const model = Dockerfile.of({ syntax: false, stages: [DockerfileStage.from('scratch', { instructions: [I.cmd(['/app'])] })] });
    expect(model.render()).toEqual('FROM scratch\nCMD ["/app"]\n');
    expect(model.baseImages).toEqual([]);
    expect(model.user).toBeUndefined();
    expect(model.exposedPorts).toEqual([]);
    expect(model.entrypoint).toBeUndefined();
    expect(model.healthcheck).toBeUndefined();
  });

  test('a custom syntax directive', () => {
    const model = Dockerfile.of({ syntax: 'docker/dockerfile:1.7', stages: [DockerfileStage.from('debian:bookworm-slim')] });
    expect(model.render()).toEqual('# syntax=docker/dockerfile:1.7\n\nFROM debian:bookworm-slim\n');
  });

  test('FROM with --platform', () => {
    const stage = DockerfileStage.from('golang:1.19-bookworm', { as: 'build', platform: '$BUILDPLATFORM' });
    expect(stage.renderLines()).toEqual(['FROM --platform=$BUILDPLATFORM golang:1.19-bookworm AS build']);
  });

  describe('inheritance through FROM <stage>', () => {
    const base = DockerfileStage.from('debian:bookworm-slim', {
      as: 'base',
      instructions: [I.user('10001'), I.expose(8080), I.healthcheck(['/app', 'health']), I.cmd(['/app', 'serve'])],
    });

    test('the final stage inherits USER, EXPOSE, HEALTHCHECK and CMD from the stage it is built on', () => {
      const model = Dockerfile.of({ stages: [base, DockerfileStage.from('base', { instructions: [I.expose(9090), I.expose(8080)] })] });
      expect(model.user).toEqual({ spec: '10001', uid: 10001, gid: undefined });
      expect(model.exposedPorts).toEqual([8080, 9090]);
      expect(model.cmd).toEqual({ form: 'exec', args: ['/app', 'serve'] });
      expect(model.healthcheck?.command).toEqual(['/app', 'health']);
      expect(model.baseImages).toEqual(['debian:bookworm-slim']);
    });

    test('an ENTRYPOINT clears the inherited CMD, as in the builder', () => {
      const model = Dockerfile.of({ stages: [base, DockerfileStage.from('base', { instructions: [I.entrypoint(['/other'])] })] });
      expect(model.entrypoint).toEqual({ form: 'exec', args: ['/other'] });
      expect(model.cmd).toBeUndefined();
    });

    test('an ENTRYPOINT keeps the CMD of its own stage', () => {
      const model = Dockerfile.of({ stages: [base, DockerfileStage.from('base', { instructions: [I.cmd(['x']), I.entrypoint(['/other'])] })] });
      expect(model.cmd).toEqual({ form: 'exec', args: ['x'] });
    });

    test('HEALTHCHECK NONE turns the inherited check off; a later USER wins', () => {
      const model = Dockerfile.of({ stages: [base, DockerfileStage.from('base', { instructions: [I.healthcheckNone(), I.user('app:app'), I.user('20000:20000')] })] });
      expect(model.healthcheck).toBeUndefined();
      expect(model.user).toEqual({ spec: '20000:20000', uid: 20000, gid: 20000 });
      expect(model.render()).toContain('HEALTHCHECK NONE\n');
    });

    test('a stage built on an unrelated image inherits nothing', () => {
      const model = Dockerfile.of({ stages: [base, DockerfileStage.from('debian:bookworm-slim', { instructions: [I.cmd(['y'])] })] });
      expect(model.user).toBeUndefined();
      expect(model.exposedPorts).toEqual([]);
    });
  });

  test('a named USER is parsed without numeric ids', () => {
    const model = Dockerfile.of({ stages: [DockerfileStage.from('node:20-bookworm-slim', { instructions: [I.user('node')] })] });
    expect(model.user).toEqual({ spec: 'node', uid: undefined, gid: undefined });
  });

  test('shell forms are only made by the explicitly named methods and reported as such', () => {
    // GIVEN
    const model = Dockerfile.of({
      stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [I.entrypointShellForm('exec /app --port "$PORT"'), I.cmdShellForm('--verbose')] })],
    });

    // THEN
    expect(model.entrypoint).toEqual({ form: 'shell', args: ['/bin/sh', '-c', 'exec /app --port "$PORT"'] });
    expect(model.cmd).toEqual({ form: 'shell', args: ['/bin/sh', '-c', '--verbose'] });
    expect(model.render()).toContain('ENTRYPOINT exec /app --port "$PORT"\nCMD --verbose\n');
    const parsed = parseFinalStage(model.render());
    expect(parsed.entrypoint).toEqual(model.entrypoint);
    expect(errors(model.render())).toEqual([]);
  });

  test('baseImages resolves top-level ARG defaults and leaves unknown variables as written', () => {
    const model = Dockerfile.of({
      args: [I.arg('PY', '3.11'), I.arg('OTHER')],
      stages: [
        DockerfileStage.from('python:${PY}-slim-bookworm', { as: 'a' }),
        DockerfileStage.from('python:$PY-slim-bookworm', { as: 'b' }),
        DockerfileStage.from('debian:${OTHER}', { as: 'c' }),
        DockerfileStage.from('a'),
      ],
    });
    expect(model.baseImages).toEqual(['python:3.11-slim-bookworm', 'debian:${OTHER}']);
    expect(model.render()).toContain('ARG PY="3.11"\nARG OTHER\n\nFROM python:${PY}-slim-bookworm AS a\n');
  });
});

describe('DockerfileInstruction rendering', () => {
  test('short RUN stays on one line', () => {
    expect(I.run('apt-get update && apt-get install -y curl').render()).toEqual('RUN apt-get update && apt-get install -y curl');
  });

  test('long RUN is split at top-level && with two-space continuations', () => {
    expect(I.run('apt-get update && apt-get install -y --no-install-recommends curl busybox && rm -rf /var/lib/apt/lists/*').render())
      .toEqual([
        'RUN apt-get update \\',
        '  && apt-get install -y --no-install-recommends curl busybox \\',
        '  && rm -rf /var/lib/apt/lists/*',
      ].join('\n'));
  });

  test('a list of commands is joined with && the same way', () => {
    expect(I.run(['make', 'make install']).render()).toEqual('RUN make && make install');
    expect(I.run(['make', 'make install']).spec).toEqual({ kind: 'RUN', commands: ['make', 'make install'], mounts: [] });
  });

  test('&& inside quotes or escaped is not split', () => {
    const run = I.run('sh -c "a && b" && echo \'c && d\' && echo e\\&\\&f && printf "%s" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"');
    expect(run.spec).toMatchObject({ commands: ['sh -c "a && b"', 'echo \'c && d\'', 'echo e\\&\\&f', 'printf "%s" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'] });
  });

  test('mount flags go on their own continuation lines when the RUN is long', () => {
    const run = I.run('cargo build --release --locked --bin app', {
      mounts: [DockerfileMount.cache({ target: '/usr/local/cargo/registry' }), DockerfileMount.bind({ source: 'Cargo.lock', target: 'Cargo.lock' })],
    });
    expect(run.render()).toEqual([
      'RUN --mount=type=cache,target=/usr/local/cargo/registry \\',
      '  --mount=type=bind,source=Cargo.lock,target=Cargo.lock \\',
      '  cargo build --release --locked --bin app',
    ].join('\n'));
  });

  test('cache mount with an id', () => {
    expect(DockerfileMount.cache({ target: '/root/.npm', id: 'npm' }).render()).toEqual('--mount=type=cache,target=/root/.npm,id=npm');
  });

  test('ENV and LABEL quote values and escape quotes and backslashes; $VAR is left to the builder', () => {
    expect(I.env({ NAME: 'Docker' }).render()).toEqual('ENV NAME="Docker"');
    expect(I.env({ PATH: '/opt/venv/bin:$PATH', Q: 'say "hi" \\o/' }).render()).toEqual('ENV PATH="/opt/venv/bin:$PATH" Q="say \\"hi\\" \\\\o/"');
    expect(I.label({ a: '1', b: 'x'.repeat(80) }).render()).toEqual(`LABEL a="1" \\\n  b="${'x'.repeat(80)}"`);
  });

  test('ARG with and without default', () => {
    expect(I.arg('VERSION', '1.2').render()).toEqual('ARG VERSION="1.2"');
    expect(I.arg('VERSION').render()).toEqual('ARG VERSION');
  });

  test('COPY flags, several sources, and JSON form for paths with whitespace', () => {
    expect(I.copy('a', '/b', { from: 'build', chown: '10001:10001' }).render()).toEqual('COPY --from=build --chown=10001:10001 a /b');
    expect(I.copy(['a', 'b'], './').render()).toEqual('COPY a b ./');
    expect(I.copy(['my file', 'b'], '/x/').render()).toEqual('COPY ["my file", "b", "/x/"]');
  });

  test('exec-form ENTRYPOINT, CMD and HEALTHCHECK are JSON arrays', () => {
    expect(I.entrypoint(['/app', 'a b', 'say "x"']).render()).toEqual('ENTRYPOINT ["/app", "a b", "say \\"x\\""]');
    expect(I.cmd(['node', 'server.js']).render()).toEqual('CMD ["node", "server.js"]');
    expect(I.healthcheck(['/app', 'health']).render()).toEqual('HEALTHCHECK CMD ["/app", "health"]');
    expect(I.healthcheck(['/app', 'health'], { interval: Duration.seconds(10), retries: 2 }).render())
      .toEqual('HEALTHCHECK --interval=10s --retries=2 CMD ["/app", "health"]');
  });

  test('long HEALTHCHECK puts CMD on a continuation line', () => {
    expect(I.healthcheck(['python', '-c', 'import urllib.request; urllib.request.urlopen("http://127.0.0.1:8080/")'], { timeout: Duration.seconds(5) }).render())
      .toEqual('HEALTHCHECK --timeout=5s \\\n  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\\"http://127.0.0.1:8080/\\")"]');
  });

  test('USER, EXPOSE, WORKDIR, STOPSIGNAL, comments', () => {
    expect(I.user('10001:10001').render()).toEqual('USER 10001:10001');
    expect(I.userId(10001, 10002).render()).toEqual('USER 10001:10002');
    expect(I.expose(8080).render()).toEqual('EXPOSE 8080');
    expect(I.expose(53, 'udp').render()).toEqual('EXPOSE 53/udp');
    expect(I.workdir('/app').render()).toEqual('WORKDIR /app');
    expect(I.stopSignal('SIGQUIT').render()).toEqual('STOPSIGNAL SIGQUIT');
    expect(I.stopSignal('15').render()).toEqual('STOPSIGNAL 15');
    expect(I.comment('one\n\ntwo').render()).toEqual('# one\n#\n# two');
    expect(I.comment('x').kind).toEqual('COMMENT');
  });
});

describe('validation', () => {
  test('FROM', () => {
    expect(() => DockerfileStage.from('')).toThrow('FROM: \'image\' (\'\') must not be empty');
    expect(() => DockerfileStage.from('  ')).toThrow('FROM: \'image\' (\'  \') must not be empty');
    expect(() => DockerfileStage.from('debian bookworm')).toThrow('FROM: \'image\' (\'debian bookworm\') must not contain whitespace');
    expect(() => DockerfileStage.from('debian:bookworm-slim', { as: 'Build' }))
      .toThrow('FROM: \'as\' (\'Build\') must be a lowercase stage name matching /^[a-z][a-z0-9_.-]*$/');
    expect(() => DockerfileStage.from('debian:bookworm-slim', { platform: '' })).toThrow('FROM: \'platform\' (\'\') must not be empty');
  });

  test('EXPOSE', () => {
    expect(() => I.expose(0)).toThrow('EXPOSE: \'port\' (0) must be a whole number from 1 to 65535');
    expect(() => I.expose(65536)).toThrow('EXPOSE: \'port\' (65536) must be a whole number from 1 to 65535');
    expect(() => I.expose(80.5)).toThrow('EXPOSE: \'port\' (80.5) must be a whole number from 1 to 65535');
  });

  test('ARG and ENV names that look like secrets', () => {
    const rule = 'must not look like a secret (it matches /(PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)/i): '
      + 'ARG and ENV values are stored in the image; pass secrets at runtime from a Kubernetes Secret';
    expect(() => I.env({ DB_PASSWORD: 'x' })).toThrow(`ENV: 'name' ('DB_PASSWORD') ${rule}`);
    expect(() => I.env({ OK: '1', github_token: 'x' })).toThrow(`ENV: 'name' ('github_token') ${rule}`);
    expect(() => I.arg('NPM_TOKEN')).toThrow(`ARG: 'name' ('NPM_TOKEN') ${rule}`);
    expect(() => I.arg('STRIPE_API_KEY', 'x')).toThrow(`ARG: 'name' ('STRIPE_API_KEY') ${rule}`);
    expect(() => I.env({ TLS_PRIVATE_KEY: 'x' })).toThrow(`ENV: 'name' ('TLS_PRIVATE_KEY') ${rule}`);
    expect(() => I.env({ client_secret: 'x' })).toThrow(`ENV: 'name' ('client_secret') ${rule}`);
  });

  test('ARG, ENV and LABEL', () => {
    expect(() => I.arg('1ABC')).toThrow('ARG: \'name\' (\'1ABC\') must be a variable name matching /^[A-Za-z_][A-Za-z0-9_]*$/');
    expect(() => I.arg('A', 'x\ny')).toThrow('ARG: \'defaultValue\' (\'x\ny\') must not contain line breaks');
    expect(() => I.env({})).toThrow('ENV: \'variables\' ({}) must name at least one variable');
    expect(() => I.env({ 'A-B': 'x' })).toThrow('ENV: \'name\' (\'A-B\') must be a variable name matching /^[A-Za-z_][A-Za-z0-9_]*$/');
    expect(() => I.env({ A: 'x\ny' })).toThrow('ENV: \'A\' (\'x\ny\') must not contain line breaks');
    expect(() => I.label({})).toThrow('LABEL: \'labels\' ({}) must contain at least one label');
    expect(() => I.label({ 'a b': 'x' })).toThrow('LABEL: \'key\' (\'a b\') must match /^[A-Za-z0-9][A-Za-z0-9._/-]*$/');
  });

  test('WORKDIR', () => {
    expect(() => I.workdir('app')).toThrow('WORKDIR: \'path\' (\'app\') must be an absolute path');
    expect(() => I.workdir('/my app')).toThrow('WORKDIR: \'path\' (\'/my app\') must not contain whitespace');
  });

  test('RUN and mounts', () => {
    expect(() => I.run([])).toThrow('RUN: \'commands\' ([]) must contain at least one command');
    expect(() => I.run(['make', ' '])).toThrow('RUN: \'commands\' (["make"," "]) must not contain an empty command');
    expect(() => I.run('echo a\necho b')).toThrow('RUN: \'commands\' (\'echo a\necho b\') must not contain line breaks');
    expect(() => DockerfileMount.cache({ target: 'cache' })).toThrow('RUN --mount=type=cache: \'target\' (\'cache\') must be an absolute path');
    expect(() => DockerfileMount.cache({ target: '/a,b' }))
      .toThrow('RUN --mount=type=cache: \'target\' (\'/a,b\') must be non-empty, without whitespace, quotes, \',\' or \'=\'');
    expect(() => DockerfileMount.cache({ target: '/a', id: '' }))
      .toThrow('RUN --mount=type=cache: \'id\' (\'\') must be non-empty, without whitespace, quotes, \',\' or \'=\'');
    expect(() => DockerfileMount.bind({ source: 'my file', target: '/x' }))
      .toThrow('RUN --mount=type=bind: \'source\' (\'my file\') must be non-empty, without whitespace, quotes, \',\' or \'=\'');
  });

  test('COPY', () => {
    expect(() => I.copy([], '/x/')).toThrow('COPY: \'sources\' ([]) must contain at least one path');
    expect(() => I.copy(['a', ''], '/x/')).toThrow('COPY: \'sources\' (["a",""]) must not contain an empty path');
    expect(() => I.copy('a', '')).toThrow('COPY: \'destination\' (\'\') must not be empty');
    expect(() => I.copy(['a', 'b'], '/x')).toThrow('COPY: \'destination\' (\'/x\') must end with \'/\' when copying more than one source (2 given)');
    expect(() => I.copy('a', '/x', { from: '' })).toThrow('COPY: \'from\' (\'\') must not be empty');
    expect(() => I.copy('a', '/x', { chown: '1 2' })).toThrow('COPY: \'chown\' (\'1 2\') must not contain whitespace');
  });

  test('USER', () => {
    expect(() => I.user('')).toThrow('USER: \'user\' (\'\') must be <user>[:<group>] (names or numeric ids) without whitespace');
    expect(() => I.user('a:b:c')).toThrow('USER: \'user\' (\'a:b:c\') must be <user>[:<group>] (names or numeric ids) without whitespace');
    expect(() => I.userId(-1, 10001)).toThrow('USER: \'uid\' (-1) must be a whole number >= 0');
    expect(() => I.userId(10001, 1.5)).toThrow('USER: \'gid\' (1.5) must be a whole number >= 0');
  });

  test('ENTRYPOINT, CMD, HEALTHCHECK, STOPSIGNAL', () => {
    expect(() => I.entrypoint([])).toThrow('ENTRYPOINT: \'args\' ([]) must be a non-empty list whose first element (the executable) is not empty');
    expect(() => I.cmd([''])).toThrow('CMD: \'args\' ([""]) must be a non-empty list whose first element (the executable) is not empty');
    expect(() => I.entrypointShellForm(' ')).toThrow('ENTRYPOINT: \'command\' (\' \') must not be empty');
    expect(() => I.cmdShellForm('a\nb')).toThrow('CMD: \'command\' (\'a\nb\') must not contain line breaks');
    expect(() => I.healthcheck([])).toThrow('HEALTHCHECK: \'command\' ([]) must be a non-empty list whose first element (the executable) is not empty');
    expect(() => I.healthcheck(['x'], { interval: Duration.seconds(0) })).toThrow('HEALTHCHECK: \'interval\' (\'0ms\') must be at least 1ms');
    expect(() => I.healthcheck(['x'], { retries: 0 })).toThrow('HEALTHCHECK: \'retries\' (0) must be a whole number >= 1');
    expect(() => I.stopSignal('TERM')).toThrow('STOPSIGNAL: \'signal\' (\'TERM\') must be a signal name such as \'SIGTERM\' or a number (/^(SIG[A-Z0-9+-]+|[0-9]+)$/)');
  });

  test('Dockerfile.of', () => {
    const stage = (name?: string, ...instructions: I[]) => DockerfileStage.from('debian:bookworm-slim', { as: name, instructions });
    expect(() => Dockerfile.of({ stages: [] })).toThrow('Dockerfile: \'stages\' ([]) must contain at least one stage');
    expect(() => Dockerfile.of({ syntax: '', stages: [stage()] })).toThrow('Dockerfile: \'syntax\' (\'\') must be an image reference such as \'docker/dockerfile:1\'');
    expect(() => Dockerfile.of({ args: [I.run('x')], stages: [stage()] }))
      .toThrow('Dockerfile: \'args[0]\' (\'RUN\') must be an ARG instruction (only ARG may precede the first FROM)');
    expect(() => Dockerfile.of({ stages: [stage('build'), stage('build')] }))
      .toThrow('Dockerfile: \'stages[1].as\' (\'build\') must be unique (stage 0 has the same name)');
    expect(() => Dockerfile.of({ stages: [stage('build'), stage('final', I.copy('/x', '/x', { from: 'biuld' }))] }))
      .toThrow('COPY in stage \'final\': \'from\' (\'biuld\') must name an earlier stage (build), an earlier stage index or an image reference');
    expect(() => Dockerfile.of({ stages: [stage(undefined, I.copy('/x', '/x', { from: 'later' })), stage('later')] }))
      .toThrow('COPY in stage 0: \'from\' (\'later\') must name an earlier stage (none defined), an earlier stage index or an image reference');
    expect(() => Dockerfile.of({ stages: [stage(undefined, I.copy('/x', '/x', { from: '0' }))] }))
      .toThrow('COPY in stage 0: \'from\' (\'0\') must name an earlier stage (none defined), an earlier stage index or an image reference');
  });

  test('COPY --from accepts earlier stages by name or index, and images', () => {
    const stages = [
      DockerfileStage.from('debian:bookworm-slim', { as: 'build' }),
      DockerfileStage.from('debian:bookworm-slim', {
        instructions: [I.copy('/a', '/a', { from: 'build' }), I.copy('/b', '/b', { from: '0' }), I.copy('/c', '/c', { from: 'busybox:1.36' })],
      }),
    ];
    expect(() => Dockerfile.of({ stages })).not.toThrow();
  });

  test('the errors are BlueprintErrors', () => {
    expect(() => I.expose(0)).toThrow(expect.objectContaining({ name: 'BlueprintError' }));
  });
});
