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

describe('validation', () => {
  test('FROM', () => {
    expect(() => DockerfileStage.from('')).toThrow('FROM: \'image\' (\'\') must not be empty');
    expect(() => DockerfileStage.from('  ')).toThrow('FROM: \'image\' (\'  \') must not be empty');
    expect(() => DockerfileStage.from('debian bookworm')).toThrow('FROM: \'image\' (\'debian bookworm\') must not contain whitespace');
    expect(() => DockerfileStage.from('debian:bookworm-slim', { as: 'Build' }))
      .toThrow('FROM: \'as\' (\'Build\') must be a lowercase stage name matching /^[a-z][a-z0-9_.-]*$/');
    expect(() => DockerfileStage.from('debian:bookworm-slim', { platform: '' })).toThrow('FROM: \'platform\' (\'\') must not be empty');
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
});
