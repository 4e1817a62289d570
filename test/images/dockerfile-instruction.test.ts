/**
 * The instructions of the Dockerfile model (lib/images/dockerfile-instruction.ts): each factory checks its arguments
 * and renders one instruction, long ones split on continuation lines; aptInstall pins from the bookworm table.
 */
import { Duration } from 'cdk8s';
import * as fs from 'fs';
import * as path from 'path';
import { buildExamples } from '../../apps';
import { Image } from '../../lib/images/image';
import { DockerfileInstruction as I, DockerfileMount } from '../../lib/images/dockerfile-instruction';
import { DEBIAN_PACKAGE_VERSIONS } from '../../lib/images/_debian-packages.generated';
import { candidates, PACKAGES, parse, render } from '../../scripts/gen-apt-pins';

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

describe('what an instruction holds', () => {
  test('spec and kind: the checked arguments, by kind', () => {
    expect(I.userId(10001, 10002).spec).toEqual({ kind: 'USER', user: { spec: '10001:10002', uid: 10001, gid: 10002 } });
    expect(I.user('app').spec).toEqual({ kind: 'USER', user: { spec: 'app' } });
    expect(I.copy('a', '/b', { from: 'build' }).spec).toEqual({ kind: 'COPY', sources: ['a'], destination: '/b', from: 'build' });
    expect(I.expose(53, 'udp').spec).toEqual({ kind: 'EXPOSE', port: 53, protocol: 'udp' });
    expect(I.entrypoint(['/app']).spec).toEqual({ kind: 'ENTRYPOINT', command: { form: 'exec', args: ['/app'] } });
    expect(I.stopSignal('SIGTERM').kind).toEqual('STOPSIGNAL');
    expect(I.env({ A: '1' }).kind).toEqual('ENV');
  });

  test('shell forms keep the command as written and say that /bin/sh runs it', () => {
    // WHEN
    const entrypoint = I.entrypointShellForm('exec /app --port "$PORT"');
    const cmd = I.cmdShellForm('--verbose');

    // THEN
    expect(entrypoint.spec).toEqual({ kind: 'ENTRYPOINT', command: { form: 'shell', args: ['/bin/sh', '-c', 'exec /app --port "$PORT"'] }, shellCommand: 'exec /app --port "$PORT"' });
    expect(entrypoint.render()).toEqual('ENTRYPOINT exec /app --port "$PORT"');
    expect(cmd.spec).toEqual({ kind: 'CMD', command: { form: 'shell', args: ['/bin/sh', '-c', '--verbose'] }, shellCommand: '--verbose' });
    expect(cmd.render()).toEqual('CMD --verbose');
  });

  test('HEALTHCHECK NONE holds no check; every timing option renders as a flag', () => {
    expect(I.healthcheckNone().spec).toEqual({ kind: 'HEALTHCHECK' });
    expect(I.healthcheckNone().render()).toEqual('HEALTHCHECK NONE');
    expect(I.healthcheck(['/app'], { interval: Duration.seconds(10), timeout: Duration.seconds(2), startPeriod: Duration.seconds(30), retries: 4 }).render())
      .toEqual('HEALTHCHECK --interval=10s --timeout=2s --start-period=30s --retries=4 \\\n  CMD ["/app"]');
  });

  test('a bind mount renders its source and target', () => {
    expect(DockerfileMount.bind({ source: 'go.sum', target: '/tmp/go.sum' }).render()).toEqual('--mount=type=bind,source=go.sum,target=/tmp/go.sum');
  });
});

describe('validation', () => {
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

  test('the errors are BlueprintErrors', () => {
    expect(() => I.expose(0)).toThrow(expect.objectContaining({ name: 'BlueprintError' }));
  });
});

describe('aptInstall: pinned Debian packages (hadolint DL3008)', () => {
  const pin = (p: string) => `${p}=${DEBIAN_PACKAGE_VERSIONS[p]}`;

  test('renders update, install with -y and --no-install-recommends, and the list removal in one RUN, each package pinned', () => {
    expect(I.aptInstall(['curl', 'busybox']).spec).toEqual({
      kind: 'RUN', mounts: [],
      commands: ['apt-get update', `apt-get install -y --no-install-recommends ${pin('curl')} ${pin('busybox')}`, 'rm -rf /var/lib/apt/lists/*'],
    });
  });

  test('keeps name=version as written, and a name the table does not know as given (the gate reports it)', () => {
    expect(I.aptInstall(['curl=7.88.1-10+deb12u5', 'libpq5']).spec).toMatchObject({ commands: ['apt-get update', 'apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 libpq5', 'rm -rf /var/lib/apt/lists/*'] });
    expect(I.aptInstall(['constructor']).render()).toContain('--no-install-recommends constructor \\');
  });

  test('errors', () => {
    const rule = 'must be one or more Debian package names, each optionally pinned as name=version, matching /^[a-z0-9][a-z0-9+.-]+(=[0-9][A-Za-z0-9.+~:-]*)?$/';
    expect(() => I.aptInstall([])).toThrow(`RUN: 'packages' ([]) ${rule}`);
    expect(() => I.aptInstall(['curl', 'Busybox'])).toThrow(`RUN: 'packages' (["curl","Busybox"]) ${rule}`);
    expect(() => I.aptInstall(['curl && rm -rf /'])).toThrow(`RUN: 'packages' (["curl && rm -rf /"]) ${rule}`);
  });
});

describe('the bookworm pins table (lib/images/_debian-packages.generated.ts, npm run gen:apt-pins)', () => {
  test('is what scripts/gen-apt-pins.ts writes for its packages: every one pinned, nothing else', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'lib', 'images', '_debian-packages.generated.ts'), 'utf8');
    expect(Object.keys(DEBIAN_PACKAGE_VERSIONS)).toEqual([...PACKAGES].sort());
    expect(parse(text)).toEqual(DEBIAN_PACKAGE_VERSIONS);
    expect(render(DEBIAN_PACKAGE_VERSIONS)).toEqual(text);
    for (const version of Object.values(DEBIAN_PACKAGE_VERSIONS)) expect(version).toMatch(/^([0-9]+:)?[0-9][A-Za-z0-9.+~-]*$/);
  });

  test('holds every package BackupTools and the examples install', () => {
    const installed = buildExamples().node.findAll().filter((c): c is Image => c instanceof Image)
      .flatMap((image) => image.facts.dockerfile.render().split('\n'))
      .filter((line) => line.includes('apt-get install'))
      .flatMap((line) => line.replace(/^.*--no-install-recommends /, '').replace(/ \\$/, '').split(' '))
      .map((p) => p.split('=')[0]);
    expect(installed.filter((p) => !(p in DEBIAN_PACKAGE_VERSIONS))).toEqual([]);
    expect(new Set(installed)).toEqual(new Set(['ca-certificates', 'curl', 'postgresql-client-15', 'redis-tools', 'sqlite3', 'age', 'rclone', 'busybox', 'libsqlite3-dev']));
  });

  test('reads apt-cache policy\'s candidates, as the script does', () => {
    const policy = [
      'curl:', '  Installed: (none)', '  Candidate: 7.88.1-10+deb12u15', '  Version table:', '     7.88.1-10+deb12u15 500',
      'nosuch:', '  Installed: (none)', '  Candidate: (none)', '  Version table:',
    ].join('\n');
    expect(candidates(policy)).toEqual({ curl: '7.88.1-10+deb12u15' });
  });
});
