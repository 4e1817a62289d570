import { Duration } from 'cdk8s';
import { BlueprintError } from '../../lib/values/_errors';
import { HealthCheck, sameProbeByKubeScore } from '../../lib/values/health-check';

const PATH_RULE = "must be an absolute URL path starting with '/' and without spaces";

describe('HealthCheck.http', () => {
  test('default timings: startup 5s x 24 (2 minutes), readiness every 10s, liveness (a TCP connect to the port) every 20s', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz');

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    const httpGet = { path: '/healthz', port: 8080, scheme: 'HTTP' };
    expect(probes).toEqual({
      startupProbe: { httpGet, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
      readinessProbe: { httpGet, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
      livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    });
    expect(check.hasLiveness).toBe(true);
  });

  test('exposes its kind, path, port need and timings', () => {
    // GIVEN / WHEN
    const check = HealthCheck.http('/healthz');

    // THEN
    expect(check.kind).toEqual('http');
    expect(check.path).toEqual('/healthz');
    expect(check.toString()).toEqual("HealthCheck.http('/healthz')");
    expect(check.needsPort).toBe(true);
    expect(check.port).toBeUndefined();
    expect([check.startupBudgetSeconds, check.periodSeconds, check.timeoutSeconds, check.failureThreshold]).toEqual([120, 10, 3, 3]);
  });

  test('livenessPath is used by the liveness probe only', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { livenessPath: '/livez' });

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    expect(probes.startupProbe.httpGet.path).toEqual('/healthz');
    expect(probes.readinessProbe.httpGet.path).toEqual('/healthz');
    expect(probes.livenessProbe.httpGet.path).toEqual('/livez');
  });

  test('scheme HTTPS and its own port win over the workload port', () => {
    // GIVEN
    const check = HealthCheck.http('/ready?full=1', { scheme: 'HTTPS', port: 8443 });

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    expect(check.port).toEqual(8443);
    for (const probe of [probes.startupProbe, probes.readinessProbe]) {
      expect(probe.httpGet).toEqual({ path: '/ready?full=1', port: 8443, scheme: 'HTTPS' });
    }
    expect(probes.livenessProbe.tcpSocket).toEqual({ port: 8443 });
  });

  test('custom timings flow into all three probes', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', {
      startupBudget: Duration.minutes(5),
      period: Duration.seconds(30),
      timeout: Duration.seconds(4),
      failureThreshold: 5,
    });

    // WHEN
    const probes = check.toProbes(80);

    // THEN
    const httpGet = { path: '/healthz', port: 80, scheme: 'HTTP' };
    expect(probes).toEqual({
      startupProbe: { httpGet, periodSeconds: 5, timeoutSeconds: 4, failureThreshold: 60, successThreshold: 1 },
      readinessProbe: { httpGet, periodSeconds: 30, timeoutSeconds: 4, failureThreshold: 5, successThreshold: 1 },
      livenessProbe: { tcpSocket: { port: 80 }, periodSeconds: 60, timeoutSeconds: 4, failureThreshold: 5, successThreshold: 1 },
    });
  });

  // BUG: lib/values/health-check.ts:168 caps the startup probe's timeout at 4s (startupPeriod - 1), so a check the user allows 8s fails every startup attempt that takes 5-8s and the pod restart-loops.
  it('the startup probe honours the timeout and still covers the whole startup budget', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { period: Duration.seconds(30), timeout: Duration.seconds(8) });

    // WHEN
    const startup = check.toProbes(80).startupProbe;

    // THEN
    expect(startup.timeoutSeconds).toEqual(8);
    expect(startup.periodSeconds).toBeGreaterThan(8);
    expect(startup.periodSeconds * startup.failureThreshold).toBeGreaterThanOrEqual(120);
  });

  test('a period shorter than 5s is also the startup period; the startup budget is rounded up to whole periods', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { period: Duration.seconds(2), timeout: Duration.seconds(1), startupBudget: Duration.seconds(7) });

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    expect(probes.startupProbe).toMatchObject({ periodSeconds: 2, timeoutSeconds: 1, failureThreshold: 4 });
    expect(probes.readinessProbe).toMatchObject({ periodSeconds: 2, timeoutSeconds: 1 });
    expect(probes.livenessProbe).toMatchObject({ periodSeconds: 4, timeoutSeconds: 1 });
  });

  test('a startup budget shorter than one startup period still allows one attempt', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { startupBudget: Duration.seconds(1) });

    // WHEN / THEN
    expect(check.toProbes(8080).startupProbe).toMatchObject({ periodSeconds: 5, failureThreshold: 1 });
  });

  test.each(['healthz', '', ' /healthz', '/health z', '/health\tz'])('rejects the path %j', (path) => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http(path)).toThrow(`'health.path' ('${path}') ${PATH_RULE}`);
  });

  test('rejects a bad livenessPath', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http('/healthz', { livenessPath: 'livez' })).toThrow(`'health.livenessPath' ('livez') ${PATH_RULE}`);
  });

  test('a livenessPath that is the health path repeats the readiness probe: a mistake of the factory', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http('/healthz', { livenessPath: '/healthz' })).toThrow(new BlueprintError(
      "'health.livenessPath' ('/healthz') must not repeat the readiness probe (httpGet on the same path and port): kube-score (pod-probes) grades that CRITICAL, "
      + 'as a liveness probe that fails with readiness restarts pods that should only leave rotation; '
      + "give a path that checks only the process, or leave 'health.livenessPath' out for a tcpSocket liveness probe"));
  });

  test('an httpGet liveness on the same path but another port differs, as kube-score compares them', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { liveness: HealthCheck.http('/healthz', { port: 9000 }) });

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    expect(probes.readinessProbe.httpGet).toEqual({ path: '/healthz', port: 8080, scheme: 'HTTP' });
    expect(probes.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 9000, scheme: 'HTTP' });
  });

  test('a liveness test whose port only the workload makes the readiness port is a mistake when the probes are made', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { liveness: HealthCheck.http('/healthz', { port: 8080 }) });

    // WHEN / THEN
    expect(check.toProbes(9000).livenessProbe.httpGet.port).toEqual(8080);
    expect(() => check.toProbes(8080)).toThrow(new BlueprintError(
      "'health.liveness' (HealthCheck.http('/healthz', { port: 8080 })) must not repeat the readiness probe (httpGet on the same path and port): kube-score (pod-probes) grades that CRITICAL, "
      + "as a liveness probe that fails with readiness restarts pods that should only leave rotation; test something else, or set 'health.liveness' to false"));
  });

  test('livenessPath and liveness cannot be combined', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http('/healthz', { livenessPath: '/livez', liveness: false }))
      .toThrow("'health.livenessPath' ('/livez') cannot be combined with 'health.liveness': give the liveness test one way");
  });

  test('liveness: false renders no liveness probe', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { liveness: false });

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    expect(check.hasLiveness).toBe(false);
    expect(Object.keys(probes)).toEqual(['startupProbe', 'readinessProbe']);
  });

  test('an exec liveness test runs on the check\'s liveness schedule', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { period: Duration.seconds(15), liveness: HealthCheck.exec(['/app/alive']) });

    // WHEN / THEN
    expect(check.toProbes(8080).livenessProbe).toEqual({ exec: { command: ['/app/alive'] }, periodSeconds: 30, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
    expect(check.needsPort).toBe(true);
  });

  test('a startup test of its own', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz', { startup: HealthCheck.http('/started') });

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    expect(probes.startupProbe.httpGet.path).toEqual('/started');
    expect(probes.readinessProbe.httpGet.path).toEqual('/healthz');
  });

  test.each([
    ['liveness', { liveness: HealthCheck.tcp({ period: Duration.seconds(30) }) }, "'health.liveness' ([\"period\"])"],
    ['liveness', { liveness: HealthCheck.http('/livez', { livenessPath: '/other', failureThreshold: 5 }) }, "'health.liveness' ([\"failureThreshold\",\"livenessPath\"])"],
    ['startup', { startup: HealthCheck.tcp({ liveness: false }) }, "'health.startup' ([\"liveness\"])"],
  ])('a %s check with timings or probes of its own is a mistake', (_which, options, prefix) => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http('/healthz', options)).toThrow(new BlueprintError(
      `${prefix} must only say what to test (a path, a port, a command): its probe runs on the schedule of the check it belongs to, with no startup or liveness of its own`));
  });

  test('needs a port from the workload or the check', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz');

    // WHEN / THEN
    expect(() => check.toProbes(undefined))
      .toThrow("an HTTP health check needs a port: give the workload a 'port' or the check a 'port' option");
    expect(() => check.toProbes(undefined)).toThrow(BlueprintError);
    expect(HealthCheck.http('/healthz', { port: 9000 }).toProbes(undefined).readinessProbe.httpGet.port).toEqual(9000);
  });
});

describe('HealthCheck.tcp', () => {
  test('renders tcpSocket startup and readiness probes on the workload port, and no liveness probe', () => {
    // GIVEN
    const check = HealthCheck.tcp();

    // WHEN
    const probes = check.toProbes(5432);

    // THEN
    expect(check.kind).toEqual('tcp');
    expect(check.path).toBeUndefined();
    expect(check.needsPort).toBe(true);
    expect(check.hasLiveness).toBe(false);
    expect(probes).toEqual({
      startupProbe: { tcpSocket: { port: 5432 }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
      readinessProbe: { tcpSocket: { port: 5432 }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    });
  });

  test('its own port wins', () => {
    // GIVEN / WHEN / THEN
    expect(HealthCheck.tcp({ port: 6379 }).toProbes(8080).readinessProbe.tcpSocket).toEqual({ port: 6379 });
    expect(HealthCheck.tcp({ port: 6379 }).toString()).toEqual('HealthCheck.tcp({ port: 6379 })');
  });

  test('a liveness test that differs: an exec command, or a TCP connect to another port', () => {
    // GIVEN
    const exec = HealthCheck.tcp({ liveness: HealthCheck.exec(['redis-cli', 'ping']) });
    const otherPort = HealthCheck.tcp({ liveness: HealthCheck.tcp({ port: 9121 }) });

    // WHEN / THEN
    expect(exec.toProbes(6379).livenessProbe).toEqual({ exec: { command: ['redis-cli', 'ping'] }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
    expect(otherPort.toProbes(6379).livenessProbe.tcpSocket).toEqual({ port: 9121 });
  });

  test('a TCP liveness on the readiness port is a mistake of the factory', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.tcp({ liveness: HealthCheck.tcp() })).toThrow(new BlueprintError(
      "'health.liveness' (HealthCheck.tcp()) must not repeat the readiness probe (tcpSocket on the same port): kube-score (pod-probes) grades that CRITICAL, "
      + "as a liveness probe that fails with readiness restarts pods that should only leave rotation; test something else, or set 'health.liveness' to false"));
    expect(() => HealthCheck.tcp({ port: 5432, liveness: HealthCheck.tcp({ port: 5432 }) })).toThrow("'health.liveness' (HealthCheck.tcp({ port: 5432 })) must not repeat the readiness probe");
  });

  test('needs a port', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.tcp().toProbes(undefined))
      .toThrow("a tcp health check needs a port: give the workload a 'port' or the check a 'port' option");
    expect(() => HealthCheck.exec(['true'], { liveness: HealthCheck.tcp() }).toProbes(undefined))
      .toThrow("a tcp health check needs a port: give the workload a 'port' or the check a 'port' option");
    expect(HealthCheck.exec(['true'], { liveness: HealthCheck.tcp({ port: 9000 }) }).needsPort).toBe(false);
  });
});

describe('HealthCheck.grpc', () => {
  test('renders grpc probes without a service by default', () => {
    // GIVEN
    const check = HealthCheck.grpc();

    // WHEN
    const probes = check.toProbes(9090);

    // THEN
    expect(check.kind).toEqual('grpc');
    expect(probes.startupProbe.grpc).toEqual({ port: 9090 });
    expect(probes.readinessProbe).toEqual({ grpc: { port: 9090 }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
    expect(probes.livenessProbe).toEqual({ grpc: { port: 9090 }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
  });

  test('liveness: false, or another test', () => {
    // GIVEN / WHEN / THEN
    expect(HealthCheck.grpc({ liveness: false }).toProbes(9090).livenessProbe).toBeUndefined();
    expect(HealthCheck.grpc({ liveness: HealthCheck.tcp() }).toProbes(9090).livenessProbe.tcpSocket).toEqual({ port: 9090 });
  });

  test('sends the service name when given', () => {
    // GIVEN / WHEN
    const probes = HealthCheck.grpc({ service: 'shop.Orders', port: 50051 }).toProbes(8080);

    // THEN
    expect(probes.startupProbe.grpc).toEqual({ port: 50051, service: 'shop.Orders' });
    expect(probes.readinessProbe.grpc).toEqual({ port: 50051, service: 'shop.Orders' });
    expect(probes.livenessProbe.grpc).toEqual({ port: 50051, service: 'shop.Orders' });
  });

  test('needs a port', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.grpc().toProbes(undefined))
      .toThrow("a grpc health check needs a port: give the workload a 'port' or the check a 'port' option");
  });
});

describe('HealthCheck.exec', () => {
  test('renders exec startup and readiness probes, needs no port, and renders no liveness probe by default', () => {
    // GIVEN
    const check = HealthCheck.exec(['pg_isready', '-U', 'postgres']);

    // WHEN
    const probes = check.toProbes(undefined);

    // THEN
    expect(check.kind).toEqual('exec');
    expect(check.needsPort).toBe(false);
    expect(check.toString()).toEqual('HealthCheck.exec(["pg_isready","-U","postgres"])');
    const exec = { command: ['pg_isready', '-U', 'postgres'] };
    expect(probes).toEqual({
      startupProbe: { exec, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
      readinessProbe: { exec, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    });
  });

  test('a liveness command of its own', () => {
    // GIVEN
    const check = HealthCheck.exec(['worker', '--ready'], { liveness: HealthCheck.exec(['worker', '--alive']) });

    // WHEN / THEN
    expect(check.toProbes(undefined).livenessProbe).toEqual({ exec: { command: ['worker', '--alive'] }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
  });

  test('the same command for liveness is a mistake of the factory; a longer one is another command', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.exec(['worker', '--check'], { liveness: HealthCheck.exec(['worker', '--check']) })).toThrow(new BlueprintError(
      "'health.liveness' (HealthCheck.exec([\"worker\",\"--check\"])) must not repeat the readiness probe (the same exec command): kube-score (pod-probes) grades that CRITICAL, "
      + "as a liveness probe that fails with readiness restarts pods that should only leave rotation; test something else, or set 'health.liveness' to false"));
    expect(HealthCheck.exec(['worker', '--check'], { liveness: HealthCheck.exec(['worker', '--check', '--deep']) }).hasLiveness).toBe(true);
  });

  test('copies the command', () => {
    // GIVEN
    const command = ['cat', '/tmp/ready'];
    const check = HealthCheck.exec(command);

    // WHEN
    command.push('/etc/passwd');

    // THEN
    expect(check.toProbes(undefined).readinessProbe.exec.command).toEqual(['cat', '/tmp/ready']);
  });

  test.each([
    [[], "'health.command' ([]) must be a non-empty list of non-empty strings"],
    [[''], "'health.command' ([\"\"]) must be a non-empty list of non-empty strings"],
    [['cat', ''], "'health.command' ([\"cat\",\"\"]) must be a non-empty list of non-empty strings"],
  ])('rejects the command %j', (command, message) => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.exec(command)).toThrow(message);
  });
});

describe('timing and port validation (shared by every kind)', () => {
  test.each([
    ['startupBudget', { startupBudget: Duration.millis(1500) }, "'health.startupBudget' ('1500ms') must be a whole number of seconds"],
    ['startupBudget', { startupBudget: Duration.seconds(0) }, "'health.startupBudget' ('0s') must be at least 1s"],
    ['period', { period: Duration.millis(10500) }, "'health.period' ('10500ms') must be a whole number of seconds"],
    ['period', { period: Duration.seconds(0) }, "'health.period' ('0s') must be at least 1s"],
    ['timeout', { timeout: Duration.millis(500) }, "'health.timeout' ('500ms') must be a whole number of seconds"],
    ['timeout', { timeout: Duration.seconds(0) }, "'health.timeout' ('0s') must be at least 1s"],
    ['failureThreshold', { failureThreshold: 0 }, "'health.failureThreshold' (0) must be a whole number >= 1"],
    ['failureThreshold', { failureThreshold: 2.5 }, "'health.failureThreshold' (2.5) must be a whole number >= 1"],
    ['timeout vs period', { timeout: Duration.seconds(10) }, "'health.timeout' (10s) must be shorter than 'health.period' (10s)"],
    ['timeout vs period', { period: Duration.seconds(5), timeout: Duration.seconds(8) }, "'health.timeout' (8s) must be shorter than 'health.period' (5s)"],
    ['period of 1s', { period: Duration.seconds(1) }, "'health.timeout' (3s) must be shorter than 'health.period' (1s)"],
    ['port', { port: 0 }, "'health.port' (0) must be a port number from 1 to 65535"],
    ['port', { port: 65536 }, "'health.port' (65536) must be a port number from 1 to 65535"],
    ['port', { port: 80.5 }, "'health.port' (80.5) must be a port number from 1 to 65535"],
  ])('%s: %p throws the exact message for every kind', (_what, options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http('/healthz', options)).toThrow(message);
    expect(() => HealthCheck.tcp(options)).toThrow(message);
    expect(() => HealthCheck.grpc(options)).toThrow(message);
    expect(() => HealthCheck.exec(['true'], options)).toThrow(message);
  });

  test('liveness must be a HealthCheck or false', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.tcp({ liveness: true as unknown as false })).toThrow("'health.liveness' (true) must be a HealthCheck (HealthCheck.http(path), HealthCheck.tcp(), HealthCheck.grpc() or HealthCheck.exec(command)) or false");
  });

  test('port boundaries 1 and 65535 are accepted', () => {
    // GIVEN / WHEN / THEN
    expect(HealthCheck.tcp({ port: 1 }).port).toEqual(1);
    expect(HealthCheck.tcp({ port: 65535 }).port).toEqual(65535);
  });

  test('the path is checked before the timings', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.http('healthz', { port: 0 })).toThrow(`'health.path' ('healthz') ${PATH_RULE}`);
  });
});

describe('sameProbeByKubeScore (kube-score pod-probes)', () => {
  const http = (path: string, port: unknown) => ({ httpGet: { path, port } });

  test.each([
    ['httpGet, same path and port, other timings', { ...http('/healthz', 8080), periodSeconds: 10 }, { ...http('/healthz', 8080), periodSeconds: 20 }, "httpGet '/healthz' on port 8080"],
    ['httpGet, two named ports (both 0 to kube-score)', http('/healthz', 'http'), http('/healthz', 'metrics'), "httpGet '/healthz' on ports 'http' and 'metrics', both 0 to kube-score"],
    ['httpGet, a numeric string and its number', http('/healthz', '8080'), http('/healthz', 8080), "httpGet '/healthz' on ports '8080' and 8080, both 8080 to kube-score"],
    ['httpGet, other schemes', { httpGet: { path: '/', port: 80, scheme: 'HTTPS' } }, { httpGet: { path: '/', port: 80 } }, "httpGet '/' on port 80"],
    ['tcpSocket, same port', { tcpSocket: { port: 5432 } }, { tcpSocket: { port: 5432 } }, 'tcpSocket on port 5432'],
    ['tcpSocket, same named port', { tcpSocket: { port: 'pg' } }, { tcpSocket: { port: 'pg' } }, "tcpSocket on port 'pg'"],
    ['exec, same command', { exec: { command: ['a', 'b'] } }, { exec: { command: ['a', 'b'] } }, 'exec ["a","b"]'],
  ])('the same probe: %s', (_what, readiness, liveness, description) => {
    // GIVEN / WHEN / THEN
    expect(sameProbeByKubeScore(readiness, liveness)?.description).toEqual(description);
  });

  test.each([
    ['httpGet, other paths', http('/ready', 8080), http('/live', 8080)],
    ['httpGet, other ports', http('/healthz', 8080), http('/healthz', 8081)],
    ['httpGet, a named and a numbered port', http('/healthz', 'http'), http('/healthz', 8080)],
    ['tcpSocket, two named ports (compared as written)', { tcpSocket: { port: 'http' } }, { tcpSocket: { port: 'metrics' } }],
    ['tcpSocket, a name and a number', { tcpSocket: { port: '5432' } }, { tcpSocket: { port: 5432 } }],
    ['httpGet readiness, tcpSocket liveness', http('/healthz', 8080), { tcpSocket: { port: 8080 } }],
    ['exec, a longer command', { exec: { command: ['a'] } }, { exec: { command: ['a', 'b'] } }],
    ['gRPC, never compared', { grpc: { port: 9090 } }, { grpc: { port: 9090 } }],
    ['no liveness probe', http('/healthz', 8080), undefined],
  ])('different probes: %s', (_what, readiness, liveness) => {
    // GIVEN / WHEN / THEN
    expect(sameProbeByKubeScore(readiness, liveness)).toBeUndefined();
  });
});
