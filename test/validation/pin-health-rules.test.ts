/**
 * The pin and health rules (lib/validation/pin-health-rules.ts): apt-get install pins every package (hadolint DL3008),
 * the image declares a HEALTHCHECK (hadolint DL3057, CIS Docker 4.6), and a HEALTHCHECK's loopback URL is the
 * readiness probe's port and path. Their corpus cases are in `_corpus-image.ts`, run with the image rules' by image-rules.test.ts.
 */
import { aptGetPackages, aptVersionFixed, loopbackUrl, PIN_HEALTH_RULES } from '../../lib/validation/pin-health-rules';
import { ruleContext } from '../../lib/validation/checks';
import type { GateInput } from '../../lib/validation/gate';
import { cleanInput, contextOf, violationsOf } from './_clean-input';

/** What the gate sees for one hand-written Dockerfile, optionally run by a container of a Deployment. */
function inputOf(content: string, options: { facts?: { port?: number; healthPath?: string }; container?: any } = {}): GateInput {
  const artifact = { path: 'images/x/Dockerfile', constructPath: 'x/Dockerfile', content };
  if (!options.container) return { objects: [], artifacts: [artifact] };
  const deployment = {
    path: 'shop/x/Deployment', blueprint: 'shop', production: false,
    json: {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x', namespace: 'shop' },
      spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x', ...options.container }] } } },
    },
  };
  const facts = { user: { uid: 10001, gid: 10001 }, writablePaths: ['/tmp'], entrypointForm: 'exec' as const, ...options.facts };
  return { objects: [deployment], artifacts: [artifact], images: [{ objectPath: 'shop/x/Deployment', container: 'x', dockerfilePath: 'images/x/Dockerfile', facts }] };
}

function messagesOf(id: string, input: GateInput): Array<[string, string | undefined]> {
  return PIN_HEALTH_RULES.find((r) => r.id === id)!.check(ruleContext(input)).map((v) => [v.message, v.severity]);
}

describe('PIN_HEALTH_RULES', () => {
  test('are these rules, in this order, every one of category image', () => {
    expect(PIN_HEALTH_RULES.map((r) => [r.id, r.severity, r.category])).toEqual([
      ['dockerfile-apt-pin', 'error', 'image'], ['dockerfile-healthcheck', 'error', 'image'], ['image-healthcheck', 'error', 'image'],
    ]);
  });

  test('report nothing on what the library renders by default', () => {
    expect(violationsOf(PIN_HEALTH_RULES, contextOf(cleanInput()))).toEqual(PIN_HEALTH_RULES.map((r) => [r.id, []]));
  });
});

describe('dockerfile-apt-pin reads apt-get install as hadolint DL3008 does', () => {
  test.each([
    ['apt-get update && apt-get install python', ['python']],
    ['apt-get update && apt-get -yqq --no-install-recommends install nodejs=0.10 && rm -rf /var/lib/apt/lists/*', ['nodejs=0.10']],
    ['apt-get install --no-install-recommends -y python-demjson=2.2.2* wget=1.16.1* git=1:2.5.0* ruby=1:2.1.*', ['python-demjson=2.2.2*', 'wget=1.16.1*', 'git=1:2.5.0*', 'ruby=1:2.1.*']],
    ['apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb', ['./wkhtmltox_0.12.5-1.bionic_amd64.deb']],
    ['set -e && apt-get update && apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1', ['openjdk-8-jdk=8u131-b11-1~bpo8+1']],
    ['DEBIAN_FRONTEND=noninteractive apt-get install -y curl; apt-get clean', ['curl']],
    ['apt-get update', []],
    ['apt install curl', []],
  ])('%s', (shell, packages) => {
    expect(aptGetPackages(shell)).toEqual(packages);
  });

  test('a package is pinned by =version, a /release or a .deb file', () => {
    expect(['python', 'nodejs=0.10', 'curl/bookworm-backports', './x.deb', 'busybox'].map(aptVersionFixed)).toEqual([false, true, true, true, false]);
  });

  test('one finding per RUN instruction, naming its line and the unpinned packages', () => {
    const dockerfile = [
      'FROM debian:bookworm-slim',
      'RUN apt-get update \\',
      '  && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 busybox libpq5 \\',
      '  && rm -rf /var/lib/apt/lists/*',
      'RUN --mount=type=cache,target=/var/cache/apt apt-get install -y tzdata',
      'USER 10001:10001',
    ].join('\n');
    expect(messagesOf('dockerfile-apt-pin', inputOf(dockerfile))).toEqual([
      ['images/x/Dockerfile: line 2: apt-get install busybox, libpq5 without a pinned version', undefined],
      ['images/x/Dockerfile: line 5: apt-get install tzdata without a pinned version', undefined],
    ]);
  });
});

describe('dockerfile-healthcheck follows hadolint DL3057 for the final stage', () => {
  test('a HEALTHCHECK in the final stage, or in the earlier stage it is FROM, counts; one in an unrelated stage does not', () => {
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM scratch\nHEALTHCHECK CMD ["/bin/bla"]\n'))).toEqual([]);
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM scratch AS base\nHEALTHCHECK CMD ["/bin/bla"]\nFROM base\n'))).toEqual([]);
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM scratch AS base\nHEALTHCHECK CMD ["/bin/bla"]\nFROM scratch\n')))
      .toEqual([['images/x/Dockerfile: the final stage has no HEALTHCHECK', 'warning']]);
  });

  test('an error for an image that EXPOSEs a port and has a health path, where HEALTHCHECK NONE is an error too', () => {
    const serving = { facts: { port: 8080, healthPath: '/healthz' }, container: { image: 'x:1', ports: [{ name: 'http', containerPort: 8080 }] } };
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM scratch\nEXPOSE 8080\n', serving)))
      .toEqual([['images/x/Dockerfile: the final stage has no HEALTHCHECK, but the image serves HTTP on port 8080 (health path /healthz)', undefined]]);
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM scratch\nEXPOSE 8080\nHEALTHCHECK NONE\n', serving)))
      .toEqual([['images/x/Dockerfile: line 3: HEALTHCHECK NONE, but the image serves HTTP on port 8080 (health path /healthz)', undefined]]);
  });

  test('HEALTHCHECK NONE records the decision for an image that serves no HTTP (hadolint counts it as a HEALTHCHECK)', () => {
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM debian:bookworm-slim\nHEALTHCHECK NONE\nENTRYPOINT ["/bin/sh"]\n'))).toEqual([]);
    const noPath = { facts: { port: 8080 }, container: { image: 'x:1' } };
    expect(messagesOf('dockerfile-healthcheck', inputOf('FROM scratch\nEXPOSE 8080\n', noPath)))
      .toEqual([['images/x/Dockerfile: the final stage has no HEALTHCHECK', 'warning']]);
  });
});

describe('image-healthcheck: the HEALTHCHECK\'s loopback URL against the readiness probe', () => {
  const dockerfile = (command: string) => `FROM scratch\nEXPOSE 8080\nHEALTHCHECK --interval=30s CMD ${command}\n`;
  const web = (readinessProbe: any, extra: any = {}) => ({
    facts: { port: 8080, healthPath: '/healthz' },
    container: { image: 'x:1', ports: [{ name: 'http', containerPort: 8080 }], readinessProbe, ...extra },
  });

  test('finds the URL in an exec-form argument, inside a script, or in the shell form', () => {
    expect(loopbackUrl('python -c import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:5000/healthz\', timeout=4)'))
      .toEqual({ url: 'http://127.0.0.1:5000/healthz', port: 5000, path: '/healthz' });
    expect(loopbackUrl('curl -fsS http://localhost/ready?full=1')).toEqual({ url: 'http://localhost/ready?full=1', port: 80, path: '/ready' });
    expect(loopbackUrl('/usr/local/bin/app --healthcheck https://[::1]:8443')).toEqual({ url: 'https://[::1]:8443', port: 8443, path: '/' });
    expect(loopbackUrl('curl -fsS http://api.example.com:8080/healthz')).toBeUndefined();
  });

  test('agrees with an httpGet readiness probe by port number or port name', () => {
    const command = '["/usr/local/bin/app", "--healthcheck", "http://127.0.0.1:8080/healthz"]';
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ httpGet: { path: '/healthz', port: 8080 } })))).toEqual([]);
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ httpGet: { path: '/healthz', port: 'http' } })))).toEqual([]);
  });

  test('reports another path or port; a tcpSocket probe is compared by port only', () => {
    const command = '["curl", "-fsS", "http://127.0.0.1:8080/health"]';
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ httpGet: { path: '/healthz', port: 'http' } })))).toEqual([[
      'images/x/Dockerfile vs container \'x\': the HEALTHCHECK requests http://127.0.0.1:8080/health but the readinessProbe checks port 8080 path /healthz', undefined,
    ]]);
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ tcpSocket: { port: 8080 } })))).toEqual([]);
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ tcpSocket: { port: 9090 } })))).toEqual([[
      'images/x/Dockerfile vs container \'x\': the HEALTHCHECK requests http://127.0.0.1:8080/health but the readinessProbe checks port 9090', undefined,
    ]]);
  });

  test('says nothing about a container that runs another command, an exec probe, or a HEALTHCHECK without a loopback URL', () => {
    const command = '["curl", "-fsS", "http://127.0.0.1:8080/health"]';
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ httpGet: { path: '/healthz', port: 8080 } }, { command: ['python', '-m', 'worker'] })))).toEqual([]);
    expect(messagesOf('image-healthcheck', inputOf(dockerfile(command), web({ exec: { command: ['/app/check'] } })))).toEqual([]);
    expect(messagesOf('image-healthcheck', inputOf(dockerfile('["/app/check"]'), web({ httpGet: { path: '/healthz', port: 8080 } })))).toEqual([]);
  });
});
