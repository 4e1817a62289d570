import { Duration } from 'cdk8s';
import { BlueprintError } from '../../lib/values/_errors';
import { HealthCheck } from '../../lib/values/health-check';

const PATH_RULE = "must be an absolute URL path starting with '/' and without spaces";

describe('HealthCheck.http', () => {
  test('default timings: startup 5s x 24 (2 minutes), readiness every 10s, liveness every 20s', () => {
    // GIVEN
    const check = HealthCheck.http('/healthz');

    // WHEN
    const probes = check.toProbes(8080);

    // THEN
    const httpGet = { path: '/healthz', port: 8080, scheme: 'HTTP' };
    expect(probes).toEqual({
      startupProbe: { httpGet, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
      readinessProbe: { httpGet, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
      livenessProbe: { httpGet, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    });
  });

  test('exposes its kind, path, port need and timings', () => {
    // GIVEN / WHEN
    const check = HealthCheck.http('/healthz');

    // THEN
    expect(check.kind).toEqual('http');
    expect(check.path).toEqual('/healthz');
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
    for (const probe of [probes.startupProbe, probes.readinessProbe, probes.livenessProbe]) {
      expect(probe.httpGet).toEqual({ path: '/ready?full=1', port: 8443, scheme: 'HTTPS' });
    }
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
      livenessProbe: { httpGet, periodSeconds: 60, timeoutSeconds: 4, failureThreshold: 5, successThreshold: 1 },
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
  test('renders tcpSocket probes on the workload port', () => {
    // GIVEN
    const check = HealthCheck.tcp();

    // WHEN
    const probes = check.toProbes(5432);

    // THEN
    expect(check.kind).toEqual('tcp');
    expect(check.path).toBeUndefined();
    expect(check.needsPort).toBe(true);
    expect(probes).toEqual({
      startupProbe: { tcpSocket: { port: 5432 }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
      readinessProbe: { tcpSocket: { port: 5432 }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
      livenessProbe: { tcpSocket: { port: 5432 }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    });
  });

  test('its own port wins', () => {
    // GIVEN / WHEN / THEN
    expect(HealthCheck.tcp({ port: 6379 }).toProbes(8080).livenessProbe.tcpSocket).toEqual({ port: 6379 });
  });

  test('needs a port', () => {
    // GIVEN / WHEN / THEN
    expect(() => HealthCheck.tcp().toProbes(undefined))
      .toThrow("a tcp health check needs a port: give the workload a 'port' or the check a 'port' option");
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
  test('renders exec probes and needs no port', () => {
    // GIVEN
    const check = HealthCheck.exec(['pg_isready', '-U', 'postgres']);

    // WHEN
    const probes = check.toProbes(undefined);

    // THEN
    expect(check.kind).toEqual('exec');
    expect(check.needsPort).toBe(false);
    const exec = { command: ['pg_isready', '-U', 'postgres'] };
    expect(probes).toEqual({
      startupProbe: { exec, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
      readinessProbe: { exec, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
      livenessProbe: { exec, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    });
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
