import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import { checkEjectionBudget, connectionPoolSettings, resolveCircuitBreaker } from '../../lib/values/circuit-breaker';
import { TrafficPolicy, TrafficPolicyProps } from '../../lib/values/traffic-policy';
import { render, seedPolicy } from './_traffic';

describe('outlier detection', () => {
  test('circuitBreaker {} writes out Istio\'s defaults: 5 errors, 10s, 30s, 10%, no floor', () => {
    // GIVEN / WHEN
    const { dr } = render(TrafficPolicy.of({ circuitBreaker: {} }));

    // THEN
    expect(dr.spec.trafficPolicy.outlierDetection).toEqual({
      consecutive5xxErrors: 5,
      interval: '10s',
      baseEjectionTime: '30s',
      maxEjectionPercent: 10,
      minHealthPercent: 0,
    });
  });

  test('every circuit-breaker option', () => {
    // GIVEN
    const policy = TrafficPolicy.of({
      circuitBreaker: {
        consecutiveErrors: 3,
        interval: Duration.millis(2500),
        baseEjectionTime: Duration.minutes(3),
        maxEjectionPercent: 100,
        minHealthPercent: 50,
      },
    });

    // WHEN
    const { dr } = render(policy);

    // THEN
    expect(dr.spec.trafficPolicy.outlierDetection).toEqual({
      consecutive5xxErrors: 3,
      interval: '2.5s',
      baseEjectionTime: '180s',
      maxEjectionPercent: 100,
      minHealthPercent: 50,
    });
  });
});

describe('connection pool', () => {
  test('every connection-pool option', () => {
    // GIVEN
    const policy = TrafficPolicy.of({
      connectionPool: {
        maxConnections: 100,
        connectTimeout: Duration.millis(500),
        http1MaxPendingRequests: 64,
        http2MaxRequests: 1000,
        maxRequestsPerConnection: 10,
        maxRetries: 20,
        idleTimeout: Duration.minutes(5),
      },
      retries: { attempts: 3 },
    });

    // WHEN
    const { dr } = render(policy);

    // THEN
    expect(dr.spec.trafficPolicy.connectionPool).toEqual({
      tcp: { maxConnections: 100, connectTimeout: '0.5s' },
      http: { http1MaxPendingRequests: 64, http2MaxRequests: 1000, maxRequestsPerConnection: 10, maxRetries: 20, idleTimeout: '300s' },
    });
  });

  test('TCP settings alone render no http block', () => {
    // GIVEN / WHEN
    const { dr } = render(TrafficPolicy.of({ connectionPool: { maxConnections: 1 } }));

    // THEN
    expect(dr.spec.trafficPolicy.connectionPool).toEqual({ tcp: { maxConnections: 1 } });
  });

  test('maxRetries is not rendered unless set: Istio\'s default never caps retries', () => {
    // GIVEN / WHEN
    const { dr } = render(TrafficPolicy.of({ retries: { attempts: 3, perTryTimeout: Duration.seconds(1) } }));

    // THEN
    expect(dr.spec.trafficPolicy.connectionPool).toBeUndefined();
  });

  test('no limit set: no connectionPool block', () => {
    // GIVEN / WHEN / THEN
    expect(connectionPoolSettings({})).toBeUndefined();
  });
});

describe('errors', () => {
  const s = Duration.seconds;
  test.each<[string, TrafficPolicyProps, string]>([
    ['0 consecutive errors', { circuitBreaker: { consecutiveErrors: 0 } }, "'circuitBreaker.consecutiveErrors' (0) must be >= 1"],
    ['1.5 consecutive errors', { circuitBreaker: { consecutiveErrors: 1.5 } }, "'circuitBreaker.consecutiveErrors' (1.5) must be a whole number"],
    ['a zero interval', { circuitBreaker: { interval: s(0) } }, "'circuitBreaker.interval' (0s) must be longer than 0s"],
    [
      'a fractional-millisecond ejection time',
      { circuitBreaker: { baseEjectionTime: Duration.millis(0.1) } },
      "'circuitBreaker.baseEjectionTime' (0.1ms) must be a whole number of milliseconds",
    ],
    ['maxEjectionPercent 0', { circuitBreaker: { maxEjectionPercent: 0 } }, "'circuitBreaker.maxEjectionPercent' (0) must be >= 1"],
    ['maxEjectionPercent 101', { circuitBreaker: { maxEjectionPercent: 101 } }, "'circuitBreaker.maxEjectionPercent' (101) must be <= 100"],
    ['maxEjectionPercent 0.5 (a fraction, not a percentage)', { circuitBreaker: { maxEjectionPercent: 0.5 } }, "'circuitBreaker.maxEjectionPercent' (0.5) must be a whole number"],
    ['minHealthPercent -1', { circuitBreaker: { minHealthPercent: -1 } }, "'circuitBreaker.minHealthPercent' (-1) must be >= 0"],
    ['minHealthPercent 101', { circuitBreaker: { minHealthPercent: 101 } }, "'circuitBreaker.minHealthPercent' (101) must be <= 100"],
  ])('rejects %s', (_name, props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of(props)).toThrow(new BlueprintError(message));
  });

  test.each<[string, TrafficPolicyProps, string]>([
    ['maxConnections 0', { connectionPool: { maxConnections: 0 } }, "'connectionPool.maxConnections' (0) must be >= 1"],
    ['http1MaxPendingRequests 2.5', { connectionPool: { http1MaxPendingRequests: 2.5 } }, "'connectionPool.http1MaxPendingRequests' (2.5) must be a whole number"],
    ['http2MaxRequests above int32', { connectionPool: { http2MaxRequests: 2 ** 31 } }, "'connectionPool.http2MaxRequests' (2147483648) must be <= 2147483647"],
    ['maxRequestsPerConnection -1', { connectionPool: { maxRequestsPerConnection: -1 } }, "'connectionPool.maxRequestsPerConnection' (-1) must be >= 1"],
    ['maxRetries 0', { connectionPool: { maxRetries: 0 } }, "'connectionPool.maxRetries' (0) must be >= 1"],
    ['a zero connect timeout', { connectionPool: { connectTimeout: s(0) } }, "'connectionPool.connectTimeout' (0s) must be longer than 0s"],
    ['a fractional-millisecond idle timeout', { connectionPool: { idleTimeout: Duration.millis(0.5) } }, "'connectionPool.idleTimeout' (0.5ms) must be a whole number of milliseconds"],
  ])('rejects %s', (_name, props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of(props)).toThrow(new BlueprintError(message));
  });
});

describe('the ejection budget: TrafficPolicy.checkBudget', () => {
  test('checkEjectionBudget is the rule checkBudget applies to the replica minimum', () => {
    // GIVEN
    const cb = resolveCircuitBreaker({ maxEjectionPercent: 50 });

    // WHEN / THEN
    expect(() => checkEjectionBudget(cb, 2)).not.toThrow();
    expect(() => checkEjectionBudget(cb, 1)).toThrow(BlueprintError);
  });

  const withBreaker = (maxEjectionPercent?: number, minHealthPercent?: number) =>
    TrafficPolicy.of({ circuitBreaker: { maxEjectionPercent, minHealthPercent } });

  test.each([
    ['no outlier detection, 1 replica', TrafficPolicy.of(), 1, 1],
    ['no outlier detection, 0 replicas', TrafficPolicy.of(), 0, 1],
    ['default 10% at 2 replicas (ejects 1 of 2)', withBreaker(), 2, 5],
    ['50% at 2 replicas (ejects 1 of 2)', withBreaker(50), 2, 2],
    ['99% at 100 replicas (ejects 99 of 100)', withBreaker(99), 100, 100],
    ['100% with a 50% health floor', withBreaker(100, 50), 3, 3],
    ['1 replica with a 1% health floor', withBreaker(10, 1), 1, 1],
  ])('accepts %s', (_name, policy, min, max) => {
    // GIVEN / WHEN / THEN
    expect(() => policy.checkBudget({ replicas: { min, max } })).not.toThrow();
  });

  test.each<[string, TrafficPolicy, number, string]>([
    [
      'the default 10% at 1 replica',
      withBreaker(),
      1,
      "'circuitBreaker.maxEjectionPercent' (10) with 'replicas.min' (1) lets outlier detection eject 1 of 1 replica(s) " +
        "(Envoy always allows one ejection), leaving none to serve: run at least 2 replicas or set 'circuitBreaker.minHealthPercent' above 0",
    ],
    [
      'seed 004\'s 50% at 1 replica',
      seedPolicy(),
      1,
      "'circuitBreaker.maxEjectionPercent' (50) with 'replicas.min' (1) lets outlier detection eject 1 of 1 replica(s) " +
        "(Envoy always allows one ejection), leaving none to serve: run at least 2 replicas or set 'circuitBreaker.minHealthPercent' above 0",
    ],
    [
      '100% at 1 replica',
      withBreaker(100),
      1,
      "'circuitBreaker.maxEjectionPercent' (100) with 'replicas.min' (1) lets outlier detection eject 1 of 1 replica(s), " +
        "leaving none to serve: run at least 2 replicas or set 'circuitBreaker.minHealthPercent' above 0",
    ],
    [
      '100% at 3 replicas',
      withBreaker(100),
      3,
      "'circuitBreaker.maxEjectionPercent' (100) with 'replicas.min' (3) lets outlier detection eject 3 of 3 replica(s), " +
        "leaving none to serve: lower it below 100 or set 'circuitBreaker.minHealthPercent' above 0",
    ],
    [
      'a minimum of 0, checked at 1 replica',
      withBreaker(50),
      0,
      "'circuitBreaker.maxEjectionPercent' (50) with 'replicas.min' (0) lets outlier detection eject 1 of 1 replica(s) " +
        "(Envoy always allows one ejection), leaving none to serve: run at least 2 replicas or set 'circuitBreaker.minHealthPercent' above 0",
    ],
  ])('rejects %s', (_name, policy, min, message) => {
    // GIVEN / WHEN / THEN
    expect(() => policy.checkBudget({ replicas: { min, max: 10 } })).toThrow(new BlueprintError(message));
  });

  test.each([
    [-1, 1, "'replicas.min' (-1) must be >= 0"],
    [1.5, 2, "'replicas.min' (1.5) must be a whole number"],
    [0, 0, "'replicas.max' (0) must be >= 1"],
    [5, 3, "'replicas.min' (5) must be <= 'replicas.max' (3)"],
  ])('rejects replicas {min: %p, max: %p}', (min, max, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of().checkBudget({ replicas: { min, max } })).toThrow(new BlueprintError(message));
  });

  test('property: passes exactly when at least one replica stays, or a health floor is set', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 500 }),
      (p, h, min) => {
        // GIVEN
        const policy = withBreaker(p, h);
        const hosts = Math.max(min, 1);
        const safe = h > 0 || Math.max(1, Math.floor((hosts * p) / 100)) < hosts;

        // WHEN
        const check = () => policy.checkBudget({ replicas: { min, max: Math.max(min, 1) } });

        // THEN
        if (safe) expect(check).not.toThrow();
        else expect(check).toThrow(BlueprintError);
      },
    ));
  });
});
