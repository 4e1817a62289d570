import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import { LoadBalancer } from '../../lib/values/load-balancer';
import { RetryOn } from '../../lib/values/retries';
import { TrafficPolicy, TrafficPolicyProps } from '../../lib/values/traffic-policy';
import { TrafficSplit } from '../../lib/values/traffic-split';
import { validateSchema } from '../../lib/k8s/schema';
import { HOST, TARGET, istioObject, render, seedPolicy } from './_traffic';

describe('TrafficPolicy: seed 004', () => {
  test('round robin, circuit breaker 5 / 0.5 / 30s, 3 retries on 5xx+connect-failure at 1s, request 5s, idle 60s', () => {
    // GIVEN
    const policy = seedPolicy();

    // WHEN
    const { dr, vs } = render(policy);

    // THEN
    expect(dr.spec).toEqual({
      host: HOST,
      trafficPolicy: {
        loadBalancer: { simple: 'ROUND_ROBIN' },
        connectionPool: { http: { idleTimeout: '60s' } },
        outlierDetection: {
          consecutive5xxErrors: 5,
          interval: '10s',
          baseEjectionTime: '30s',
          maxEjectionPercent: 50,
          minHealthPercent: 0,
        },
        tls: { mode: 'ISTIO_MUTUAL' },
      },
    });
    expect(vs.spec).toEqual({
      hosts: [HOST],
      http: [
        {
          name: 'default',
          route: [{ destination: { host: HOST, port: { number: 80 } } }],
          timeout: '5s',
          retries: { attempts: 3, perTryTimeout: '1s', retryOn: '5xx,connect-failure' },
        },
      ],
    });
  });

  test('the specs are fragments: no apiVersion, kind or metadata (the construct that emits the objects owns those)', () => {
    // GIVEN / WHEN
    const policy = seedPolicy();

    // THEN
    expect(Object.keys(policy.destinationRuleSpec(TARGET)).sort()).toEqual(['host', 'trafficPolicy']);
    expect(Object.keys(policy.virtualServiceSpec(TARGET)).sort()).toEqual(['hosts', 'http']);
  });

  test('passes its budget at 2-10 replicas', () => {
    // GIVEN / WHEN / THEN
    expect(() => seedPolicy().checkBudget({ replicas: { min: 2, max: 10 } })).not.toThrow();
  });

  test('exposes the resolved settings', () => {
    // GIVEN / WHEN
    const policy = seedPolicy();

    // THEN
    expect(policy.loadBalancer.algorithm).toEqual('ROUND_ROBIN');
    expect(policy.tls).toEqual('ISTIO_MUTUAL');
    expect(policy.timeout?.toSeconds()).toEqual(5);
    expect(policy.retries?.attempts).toEqual(3);
    expect(policy.retries?.retryOn).toEqual(['5xx', 'connect-failure']);
    expect(policy.retries?.statusCodes).toEqual([]);
    expect(policy.circuitBreaker?.consecutiveErrors).toEqual(5);
    expect(policy.circuitBreaker?.interval.toSeconds()).toEqual(10);
    expect(policy.circuitBreaker?.baseEjectionTime.toSeconds()).toEqual(30);
    expect(policy.circuitBreaker?.maxEjectionPercent).toEqual(50);
    expect(policy.circuitBreaker?.minHealthPercent).toEqual(0);
    expect(policy.connectionPool.idleTimeout?.toSeconds()).toEqual(60);
  });
});

describe('TrafficPolicy: defaults', () => {
  test('of() with no props: least request and Istio mTLS, no timeout, Istio default retries', () => {
    // GIVEN
    const policy = TrafficPolicy.of();

    // WHEN
    const { dr, vs } = render(policy);

    // THEN
    expect(dr.spec).toEqual({
      host: HOST,
      trafficPolicy: { loadBalancer: { simple: 'LEAST_REQUEST' }, tls: { mode: 'ISTIO_MUTUAL' } },
    });
    expect(vs.spec).toEqual({
      hosts: [HOST],
      http: [{ name: 'default', route: [{ destination: { host: HOST, port: { number: 80 } } }] }],
    });
    expect(policy.circuitBreaker).toBeUndefined();
    expect(policy.retries).toBeUndefined();
    expect(policy.timeout).toBeUndefined();
    expect(policy.connectionPool).toEqual({});
  });

  test('a short host and another port are routed as given', () => {
    // GIVEN
    const target = { host: 'web', port: 8080 };

    // WHEN
    const { dr, vs } = render(TrafficPolicy.of(), target);

    // THEN
    expect(dr.spec.host).toEqual('web');
    expect(vs.spec.hosts).toEqual(['web']);
    expect(vs.spec.http[0].route).toEqual([{ destination: { host: 'web', port: { number: 8080 } } }]);
  });
});

describe('TrafficPolicy: options', () => {
  test('maxRetries equal to retries.attempts is accepted', () => {
    // GIVEN / WHEN
    const policy = TrafficPolicy.of({ retries: { attempts: 3 }, connectionPool: { maxRetries: 3 } });

    // THEN
    expect(render(policy).dr.spec.trafficPolicy.connectionPool).toEqual({ http: { maxRetries: 3 } });
  });

  test('sub-second and long durations render as protobuf seconds', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({
      retries: { attempts: 1, perTryTimeout: Duration.millis(250) },
      timeout: Duration.minutes(2),
    }));

    // THEN
    expect(vs.spec.http[0].timeout).toEqual('120s');
    expect(vs.spec.http[0].retries.perTryTimeout).toEqual('0.25s');
  });

  test('a timeout with retries but no per-try timeout is accepted', () => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of({ retries: { attempts: 10 }, timeout: Duration.seconds(1) })).not.toThrow();
  });

  test('the budget may be used exactly: (1 + 4) × 1s = 5s', () => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of({
      retries: { attempts: 4, perTryTimeout: Duration.seconds(1) },
      timeout: Duration.seconds(5),
    })).not.toThrow();
  });

  test('Duration.seconds(1.1) is 1100ms despite floating point', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({ timeout: Duration.seconds(1.1) }));

    // THEN
    expect(vs.spec.http[0].timeout).toEqual('1.1s');
  });

  test('tls DISABLE', () => {
    // GIVEN / WHEN
    const { dr } = render(TrafficPolicy.of({ tls: 'DISABLE' }));

    // THEN
    expect(dr.spec.trafficPolicy.tls).toEqual({ mode: 'DISABLE' });
  });
});

describe('TrafficPolicy.of: errors', () => {
  const s = Duration.seconds;
  test.each<[string, TrafficPolicyProps, string]>([
    ['an unknown tls mode', { tls: 'STRICT' as any }, "'tls' ('STRICT') must be 'ISTIO_MUTUAL' or 'DISABLE'"],
    ['a zero timeout', { timeout: s(0) }, "'timeout' (0s) must be longer than 0s"],
    ['a fractional-millisecond timeout', { timeout: Duration.millis(1.5) }, "'timeout' (1.5ms) must be a whole number of milliseconds"],
    [
      'maxRetries below attempts',
      { retries: { attempts: 3 }, connectionPool: { maxRetries: 2 } },
      "'connectionPool.maxRetries' (2) must be >= 'retries.attempts' (3): the circuit breaker would cap the retries of a single request",
    ],
    [
      'tries that do not fit in the timeout',
      { retries: { attempts: 3, perTryTimeout: s(2) }, timeout: s(5) },
      "(1 try + 'retries.attempts' (3)) × 'retries.perTryTimeout' (2s) = 8s must be <= 'timeout' (5s): the last retry would be cut off",
    ],
    [
      'one retry over budget by a millisecond',
      { retries: { attempts: 1, perTryTimeout: Duration.millis(2501) }, timeout: s(5) },
      "(1 try + 'retries.attempts' (1)) × 'retries.perTryTimeout' (2.501s) = 5.002s must be <= 'timeout' (5s): the last retry would be cut off",
    ],
    [
      'a per-try timeout longer than the timeout',
      { retries: { attempts: 1, perTryTimeout: s(10) }, timeout: Duration.millis(1500) },
      "(1 try + 'retries.attempts' (1)) × 'retries.perTryTimeout' (10s) = 20s must be <= 'timeout' (1.5s): the last retry would be cut off",
    ],
  ])('rejects %s', (_name, props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of(props)).toThrow(new BlueprintError(message));
  });

  test('errors are BlueprintErrors', () => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficPolicy.of({ retries: { attempts: 11 } })).toThrow(BlueprintError);
  });
});

describe('TrafficPolicy specs: errors', () => {
  const policy = TrafficPolicy.of();
  const SUBDOMAIN_RULE = "must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";
  test.each([
    ['a URL', 'http://user-service'],
    ['an upper-case name', 'User-Service.shop.svc'],
  ])('both specs reject a host that is %s', (_name, host) => {
    // GIVEN
    const target = { ...TARGET, host };

    // WHEN / THEN
    expect(() => policy.destinationRuleSpec(target)).toThrow(new BlueprintError(`'host' ('${host}') ${SUBDOMAIN_RULE}`));
    expect(() => policy.virtualServiceSpec(target)).toThrow(new BlueprintError(`'host' ('${host}') ${SUBDOMAIN_RULE}`));
  });

  test.each([
    [0, "'port' (0) must be >= 1"],
    [65536, "'port' (65536) must be <= 65535"],
    [80.5, "'port' (80.5) must be a whole number"],
  ])('virtualServiceSpec rejects port %p', (port, message) => {
    // GIVEN / WHEN / THEN
    expect(() => policy.virtualServiceSpec({ ...TARGET, port })).toThrow(new BlueprintError(message));
  });
});

describe('TrafficPolicy properties', () => {
  const ALL: RetryOn[] = [
    '5xx', 'gateway-error', 'reset', 'connect-failure', 'refused-stream', 'retriable-4xx', 'cancelled',
    'deadline-exceeded', 'unavailable', 'resource-exhausted',
  ];
  const ms = (max: number) => fc.integer({ min: 1, max }).map((n) => Duration.millis(n));
  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const count = opt(fc.integer({ min: 1, max: 2147483647 }));
  const name = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
  const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,20}$/);

  const loadBalancer = fc.oneof(
    fc.constantFrom(LoadBalancer.roundRobin(), LoadBalancer.leastRequest(), LoadBalancer.random(), LoadBalancer.passthrough()),
    token.map((header) => LoadBalancer.consistentHash({ header })),
    fc.record({ name: token, ttl: opt(fc.integer({ min: 0, max: 10 ** 8 }).map((n) => Duration.millis(n))), path: opt(fc.stringMatching(/^\/[a-z0-9/._-]{0,20}$/)) })
      .map((cookie) => LoadBalancer.consistentHash({ cookie })),
    fc.constant(LoadBalancer.consistentHash({ sourceIp: true })),
    fc.stringMatching(/^[a-zA-Z0-9_.~-]{1,20}$/).map((queryParameter) => LoadBalancer.consistentHash({ queryParameter })),
  );

  const retriesAndTimeout = fc.record({
    attempts: fc.integer({ min: 0, max: 10 }),
    perTryMs: opt(fc.integer({ min: 1, max: 60_000 })),
    retryOn: opt(fc.subarray(ALL, { minLength: 1 })),
    statusCodes: opt(fc.uniqueArray(fc.integer({ min: 400, max: 599 }), { minLength: 1, maxLength: 4 })),
    slackMs: opt(fc.integer({ min: 0, max: 60_000 })),
    extraRetries: opt(fc.integer({ min: 0, max: 1000 })),
  }).map(({ attempts, perTryMs, retryOn, statusCodes, slackMs, extraRetries }) => ({
    retries: {
      attempts,
      perTryTimeout: perTryMs === undefined ? undefined : Duration.millis(perTryMs),
      retryOn: retryOn && statusCodes ? [...retryOn, 'retriable-status-codes' as const] : retryOn,
      statusCodes,
    },
    timeout: slackMs === undefined ? undefined : Duration.millis((1 + attempts) * (perTryMs ?? 1) + slackMs + 1),
    maxRetries: extraRetries === undefined ? undefined : Math.max(1, attempts + extraRetries),
  }));

  const split = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.tuple(
      fc.uniqueArray(name, { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n - 1, maxLength: n - 1 }),
    ).map(([names, cuts]) => {
      const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
      return TrafficSplit.weighted(names.map((subset, i) => ({ subset, labels: { version: subset }, weight: bounds[i + 1] - bounds[i] })));
    }),
  );

  const policy = fc.record({
    loadBalancer: opt(loadBalancer),
    circuitBreaker: opt(fc.record({
      consecutiveErrors: count,
      interval: opt(ms(10 ** 7)),
      baseEjectionTime: opt(ms(10 ** 7)),
      maxEjectionPercent: opt(fc.integer({ min: 1, max: 100 })),
      minHealthPercent: opt(fc.integer({ min: 0, max: 100 })),
    })),
    pool: fc.record({
      maxConnections: count,
      connectTimeout: opt(ms(10 ** 6)),
      http1MaxPendingRequests: count,
      http2MaxRequests: count,
      maxRequestsPerConnection: count,
      idleTimeout: opt(ms(10 ** 8)),
    }),
    rt: opt(retriesAndTimeout),
    tls: opt(fc.constantFrom('ISTIO_MUTUAL' as const, 'DISABLE' as const)),
  }).map(({ pool, rt, ...rest }) =>
    TrafficPolicy.of({
      ...rest,
      connectionPool: { ...pool, maxRetries: rt?.maxRetries },
      retries: rt?.retries,
      timeout: rt?.timeout,
    }),
  );

  const target = fc.record({
    host: fc.tuple(name, name).map(([svc, ns]) => `${svc}.${ns}.svc.cluster.local`),
    port: fc.integer({ min: 1, max: 65535 }),
    split: opt(split),
  });

  test('property: any valid policy renders a DestinationRule and VirtualService that pass the Istio schemas', () => {
    fc.assert(fc.property(policy, target, (p, t) => {
      // WHEN
      const dr = istioObject('DestinationRule', p.destinationRuleSpec(t));
      const vs = istioObject('VirtualService', p.virtualServiceSpec(t));

      // THEN
      expect(validateSchema(dr)).toEqual([]);
      expect(validateSchema(vs)).toEqual([]);
      expect(dr.spec.host).toEqual(t.host);
      expect(vs.spec.hosts).toEqual([t.host]);
      if (t.split) {
        expect(dr.spec.subsets.map((s: any) => s.name)).toEqual(vs.spec.http[0].route.map((r: any) => r.destination.subset));
        expect(vs.spec.http[0].route.reduce((sum: number, r: any) => sum + r.weight, 0)).toEqual(100);
      }
    }), { numRuns: 300 });
  });

  test('property: rendered durations are protobuf seconds that round-trip to the same milliseconds', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 10 }), (n) => {
      // GIVEN / WHEN
      const timeout = (TrafficPolicy.of({ timeout: Duration.millis(n) }).virtualServiceSpec(TARGET).http as any)[0].timeout as string;

      // THEN
      expect(timeout).toMatch(/^\d+(\.\d{1,3})?s$/);
      expect(Math.round(Number(timeout.slice(0, -1)) * 1000)).toEqual(n);
    }));
  });
});
