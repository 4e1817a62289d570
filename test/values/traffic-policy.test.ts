import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import { ConsistentHashOptions, LoadBalancer } from '../../lib/values/load-balancer';
import { RetryOn, TrafficPolicy, TrafficPolicyProps, TrafficPolicyRenderVirtualServiceOptions } from '../../lib/values/traffic-policy';
import { TrafficSplit } from '../../lib/values/traffic-split';
import { validateSchema } from '../../lib/k8s/schema';

const HOST = 'user-service.shop.svc.cluster.local';
const TARGET: TrafficPolicyRenderVirtualServiceOptions = {
  name: 'user-service',
  namespace: 'shop',
  host: HOST,
  port: 80,
  labels: { 'app.kubernetes.io/name': 'user-service' },
};
const META = { name: 'user-service', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'user-service' } };

/** Renders both objects and asserts they pass the strict Istio schemas. */
function render(policy: TrafficPolicy, target: TrafficPolicyRenderVirtualServiceOptions = TARGET) {
  const dr = policy.renderDestinationRule(target);
  const vs = policy.renderVirtualService(target);
  expect(validateSchema(dr)).toEqual([]);
  expect(validateSchema(vs)).toEqual([]);
  return { dr, vs };
}

/** Seed 004's traffic policy. */
const seedPolicy = () =>
  TrafficPolicy.of({
    loadBalancer: LoadBalancer.roundRobin(),
    circuitBreaker: { consecutiveErrors: 5, maxEjectionPercent: 50, baseEjectionTime: Duration.seconds(30) },
    retries: { attempts: 3, perTryTimeout: Duration.seconds(1), retryOn: ['5xx', 'connect-failure'] },
    timeout: Duration.seconds(5),
    connectionPool: { idleTimeout: Duration.seconds(60) },
  });

describe('TrafficPolicy: seed 004', () => {
  test('round robin, circuit breaker 5 / 0.5 / 30s, 3 retries on 5xx+connect-failure at 1s, request 5s, idle 60s', () => {
    // GIVEN
    const policy = seedPolicy();

    // WHEN
    const { dr, vs } = render(policy);

    // THEN
    expect(dr).toEqual({
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: META,
      spec: {
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
      },
    });
    expect(vs).toEqual({
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: META,
      spec: {
        hosts: [HOST],
        http: [
          {
            name: 'default',
            route: [{ destination: { host: HOST, port: { number: 80 } } }],
            timeout: '5s',
            retries: { attempts: 3, perTryTimeout: '1s', retryOn: '5xx,connect-failure' },
          },
        ],
      },
    });
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

  test('retries default to 5xx and connect-failure', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({ retries: { attempts: 2, perTryTimeout: Duration.seconds(2) } }));

    // THEN
    expect(vs.spec.http[0].retries).toEqual({ attempts: 2, perTryTimeout: '2s', retryOn: '5xx,connect-failure' });
    expect(vs.spec.http[0].timeout).toBeUndefined();
  });

  test('no labels: metadata has name and namespace only', () => {
    // GIVEN
    const target = { name: 'web', namespace: 'default', host: 'web', port: 8080 };

    // WHEN
    const { dr, vs } = render(TrafficPolicy.of(), target);

    // THEN
    expect(dr.metadata).toEqual({ name: 'web', namespace: 'default' });
    expect(vs.metadata).toEqual({ name: 'web', namespace: 'default' });
    expect(vs.spec.http[0].route).toEqual([{ destination: { host: 'web', port: { number: 8080 } } }]);
  });
});

describe('TrafficPolicy: options', () => {
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

  test('maxRetries equal to retries.attempts is accepted', () => {
    // GIVEN / WHEN
    const policy = TrafficPolicy.of({ retries: { attempts: 3 }, connectionPool: { maxRetries: 3 } });

    // THEN
    expect(render(policy).dr.spec.trafficPolicy.connectionPool).toEqual({ http: { maxRetries: 3 } });
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

  test('every retryOn value, with status codes', () => {
    // GIVEN
    const all: RetryOn[] = [
      '5xx', 'gateway-error', 'reset', 'connect-failure', 'refused-stream', 'retriable-4xx', 'retriable-status-codes',
      'cancelled', 'deadline-exceeded', 'unavailable', 'resource-exhausted',
    ];

    // WHEN
    const { vs } = render(TrafficPolicy.of({ retries: { attempts: 10, retryOn: all, statusCodes: [503, 429] } }));

    // THEN
    expect(vs.spec.http[0].retries).toEqual({
      attempts: 10,
      retryOn:
        '5xx,gateway-error,reset,connect-failure,refused-stream,retriable-4xx,retriable-status-codes,cancelled,' +
        'deadline-exceeded,unavailable,resource-exhausted,503,429',
    });
  });

  test('status codes without \'retriable-status-codes\' are appended to retryOn', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({ retries: { attempts: 2, retryOn: ['connect-failure'], statusCodes: [503] } }));

    // THEN
    expect(vs.spec.http[0].retries.retryOn).toEqual('connect-failure,503');
  });

  test('attempts 0 disables retries and renders nothing else', () => {
    // GIVEN / WHEN
    const { vs } = render(TrafficPolicy.of({
      retries: { attempts: 0, perTryTimeout: Duration.seconds(10) },
      timeout: Duration.seconds(1),
    }));

    // THEN
    expect(vs.spec.http[0].retries).toEqual({ attempts: 0 });
    expect(vs.spec.http[0].timeout).toEqual('1s');
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

describe('LoadBalancer', () => {
  test.each([
    ['roundRobin', LoadBalancer.roundRobin(), 'ROUND_ROBIN'],
    ['leastRequest', LoadBalancer.leastRequest(), 'LEAST_REQUEST'],
    ['random', LoadBalancer.random(), 'RANDOM'],
    ['passthrough', LoadBalancer.passthrough(), 'PASSTHROUGH'],
  ] as const)('%s renders simple: %s', (_name, lb, simple) => {
    // GIVEN / WHEN
    const { dr } = render(TrafficPolicy.of({ loadBalancer: lb }));

    // THEN
    expect(lb.algorithm).toEqual(simple);
    expect(dr.spec.trafficPolicy.loadBalancer).toEqual({ simple });
  });

  test.each<[string, ConsistentHashOptions, unknown]>([
    ['header', { header: 'x-user-id' }, { httpHeaderName: 'x-user-id' }],
    ['cookie', { cookie: { name: 'session' } }, { httpCookie: { name: 'session' } }],
    [
      'cookie with ttl and path',
      { cookie: { name: 'session', ttl: Duration.hours(1), path: '/app' } },
      { httpCookie: { name: 'session', path: '/app', ttl: '3600s' } },
    ],
    ['session cookie (ttl 0)', { cookie: { name: 'JSESSIONID', ttl: Duration.seconds(0) } }, { httpCookie: { name: 'JSESSIONID', ttl: '0s' } }],
    ['source IP', { sourceIp: true }, { useSourceIp: true }],
    ['query parameter', { queryParameter: 'tenant' }, { httpQueryParameterName: 'tenant' }],
    ['header, with sourceIp: false ignored', { header: 'x-a', sourceIp: false }, { httpHeaderName: 'x-a' }],
  ])('consistent hash on %s', (_name, options, consistentHash) => {
    // GIVEN
    const lb = LoadBalancer.consistentHash(options);

    // WHEN
    const { dr } = render(TrafficPolicy.of({ loadBalancer: lb }));

    // THEN
    expect(lb.algorithm).toEqual('CONSISTENT_HASH');
    expect(dr.spec.trafficPolicy.loadBalancer).toEqual({ consistentHash });
  });

  test('toIstio() returns a copy', () => {
    // GIVEN
    const lb = LoadBalancer.consistentHash({ cookie: { name: 'a' } });

    // WHEN
    lb.toIstio().consistentHash.httpCookie.name = 'b';

    // THEN
    expect(lb.toIstio()).toEqual({ consistentHash: { httpCookie: { name: 'a' } } });
  });

  const EXACTLY_ONE = "must set exactly one of 'header', 'cookie', 'sourceIp' or 'queryParameter'";
  const TOKEN_RULE = "letters, digits and !#$%&'*+-.^_`|~, without spaces";
  test.each<[ConsistentHashOptions, string]>([
    [{}, `'loadBalancer.consistentHash' ([]) ${EXACTLY_ONE}`],
    [{ sourceIp: false }, `'loadBalancer.consistentHash' ([]) ${EXACTLY_ONE}`],
    [{ header: 'x-a', sourceIp: true }, `'loadBalancer.consistentHash' (["header","sourceIp"]) ${EXACTLY_ONE}`],
    [{ header: 'x user' }, `'loadBalancer.consistentHash.header' ('x user') must be an HTTP header name: ${TOKEN_RULE}`],
    [{ header: '' }, `'loadBalancer.consistentHash.header' ('') must be an HTTP header name: ${TOKEN_RULE}`],
    [{ cookie: { name: 'a;b' } }, `'loadBalancer.consistentHash.cookie.name' ('a;b') must be a cookie name: ${TOKEN_RULE}`],
    [{ cookie: { name: 's', path: 'app' } }, "'loadBalancer.consistentHash.cookie.path' ('app') must start with '/' and contain no spaces or ';'"],
    [
      { cookie: { name: 's', ttl: Duration.millis(1.5) } },
      "'loadBalancer.consistentHash.cookie.ttl' (1.5ms) must be a whole number of milliseconds",
    ],
    [
      { queryParameter: 'a=b' },
      "'loadBalancer.consistentHash.queryParameter' ('a=b') must be a query parameter name: not empty, without spaces, '&', '=' or '#'",
    ],
  ])('consistentHash(%j) throws %s', (options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => LoadBalancer.consistentHash(options)).toThrow(new BlueprintError(message));
  });
});

describe('TrafficSplit', () => {
  const canary = () =>
    TrafficSplit.weighted([
      { subset: 'v1', labels: { 'app.kubernetes.io/version': '1.4.2' }, weight: 90 },
      { subset: 'v2', labels: { 'app.kubernetes.io/version': '1.5.0' }, weight: 10 },
    ]);

  test('a 90/10 canary: two subsets and two weighted routes', () => {
    // GIVEN
    const split = canary();

    // WHEN
    const { dr, vs } = render(seedPolicy(), { ...TARGET, split });

    // THEN
    expect(dr.spec.subsets).toEqual([
      { name: 'v1', labels: { 'app.kubernetes.io/version': '1.4.2' } },
      { name: 'v2', labels: { 'app.kubernetes.io/version': '1.5.0' } },
    ]);
    expect(vs.spec.http).toEqual([
      {
        name: 'default',
        route: [
          { destination: { host: HOST, subset: 'v1', port: { number: 80 } }, weight: 90 },
          { destination: { host: HOST, subset: 'v2', port: { number: 80 } }, weight: 10 },
        ],
        timeout: '5s',
        retries: { attempts: 3, perTryTimeout: '1s', retryOn: '5xx,connect-failure' },
      },
    ]);
  });

  test('one subset at 100 and a drained subset at 0', () => {
    // GIVEN
    const split = TrafficSplit.weighted([
      { subset: 'blue', labels: { color: 'blue' }, weight: 0 },
      { subset: 'green', labels: { color: 'green' }, weight: 100 },
    ]);

    // WHEN
    const { vs } = render(TrafficPolicy.of(), { ...TARGET, split });

    // THEN
    expect(vs.spec.http[0].route.map((r: any) => [r.destination.subset, r.weight])).toEqual([['blue', 0], ['green', 100]]);
  });

  test('keeps its own copy of the subsets', () => {
    // GIVEN
    const labels = { version: 'v1' };
    const split = TrafficSplit.weighted([{ subset: 'v1', labels, weight: 100 }]);

    // WHEN
    labels.version = 'changed';

    // THEN
    expect(split.subsets).toEqual([{ subset: 'v1', labels: { version: 'v1' }, weight: 100 }]);
  });

  const v = (subset: string, weight: number, labels: Record<string, string> = { version: subset }) => ({ subset, labels, weight });
  const DNS_LABEL_RULE = "must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit";
  test.each<[string, ReturnType<typeof v>[], string]>([
    ['no subsets', [], "'split' ([]) must name at least one subset"],
    ['a bad subset name', [v('V1', 100)], `'split[0].subset' ('V1') ${DNS_LABEL_RULE}`],
    ['a duplicate subset name', [v('v1', 50), v('v1', 50)], "'split[1].subset' ('v1') must be unique: 'split[0].subset' has the same name"],
    ['no labels', [v('v1', 100, {})], "'split[0].labels' ({}) must select the version's pods with at least one label"],
    [
      'a bad label key',
      [v('v1', 100, { 'bad key': 'x' })],
      "'split[0].labels' ('bad key') must be a valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63 characters of letters, digits, '-', '_' and '.'",
    ],
    [
      'a bad label value',
      [v('v1', 100, { version: '1.0 beta' })],
      "'split[0].labels.version' ('1.0 beta') must be a valid label value: at most 63 characters, letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
    ],
    ['a weight above 100', [v('v1', 101)], "'split[0].weight' (101) must be <= 100"],
    ['the first bad weight', [v('v1', 101), v('v2', -1)], "'split[0].weight' (101) must be <= 100"],
    ['a negative weight', [v('v1', 50), v('v2', -1)], "'split[1].weight' (-1) must be >= 0"],
    ['a fractional weight', [v('v1', 99.5), v('v2', 0.5)], "'split[0].weight' (99.5) must be a whole number"],
    ['weights over 100', [v('v1', 90), v('v2', 20)], "'split[*].weight' (90 + 20 = 110) must sum to exactly 100"],
    ['weights under 100', [v('v1', 90)], "'split[*].weight' (90) must sum to exactly 100"],
  ])('rejects %s', (_name, subsets, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficSplit.weighted(subsets)).toThrow(new BlueprintError(message));
  });
});

describe('TrafficPolicy.of: errors', () => {
  const s = Duration.seconds;
  test.each<[string, TrafficPolicyProps, string]>([
    ['an unknown tls mode', { tls: 'STRICT' as any }, "'tls' ('STRICT') must be 'ISTIO_MUTUAL' or 'DISABLE'"],
    ['a zero timeout', { timeout: s(0) }, "'timeout' (0s) must be longer than 0s"],
    ['a fractional-millisecond timeout', { timeout: Duration.millis(1.5) }, "'timeout' (1.5ms) must be a whole number of milliseconds"],

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

    ['maxConnections 0', { connectionPool: { maxConnections: 0 } }, "'connectionPool.maxConnections' (0) must be >= 1"],
    ['http1MaxPendingRequests 2.5', { connectionPool: { http1MaxPendingRequests: 2.5 } }, "'connectionPool.http1MaxPendingRequests' (2.5) must be a whole number"],
    ['http2MaxRequests above int32', { connectionPool: { http2MaxRequests: 2 ** 31 } }, "'connectionPool.http2MaxRequests' (2147483648) must be <= 2147483647"],
    ['maxRequestsPerConnection -1', { connectionPool: { maxRequestsPerConnection: -1 } }, "'connectionPool.maxRequestsPerConnection' (-1) must be >= 1"],
    ['maxRetries 0', { connectionPool: { maxRetries: 0 } }, "'connectionPool.maxRetries' (0) must be >= 1"],
    ['a zero connect timeout', { connectionPool: { connectTimeout: s(0) } }, "'connectionPool.connectTimeout' (0s) must be longer than 0s"],
    ['a fractional-millisecond idle timeout', { connectionPool: { idleTimeout: Duration.millis(0.5) } }, "'connectionPool.idleTimeout' (0.5ms) must be a whole number of milliseconds"],

    ['-1 attempts', { retries: { attempts: -1 } }, "'retries.attempts' (-1) must be >= 0"],
    ['11 attempts', { retries: { attempts: 11 } }, "'retries.attempts' (11) must be <= 10"],
    ['1.5 attempts', { retries: { attempts: 1.5 } }, "'retries.attempts' (1.5) must be a whole number"],
    ['a zero per-try timeout', { retries: { attempts: 1, perTryTimeout: s(0) } }, "'retries.perTryTimeout' (0s) must be longer than 0s"],
    [
      'an empty retryOn',
      { retries: { attempts: 1, retryOn: [] } },
      "'retries.retryOn' ([]) must name at least one condition (set 'retries.attempts' to 0 to disable retries)",
    ],
    [
      'an unknown retryOn',
      { retries: { attempts: 1, retryOn: ['5xx', '503' as any] } },
      "'retries.retryOn[1]' ('503') must be one of '5xx', 'gateway-error', 'reset', 'connect-failure', 'refused-stream', " +
        "'retriable-4xx', 'retriable-status-codes', 'cancelled', 'deadline-exceeded', 'unavailable', 'resource-exhausted'",
    ],
    [
      'a repeated retryOn',
      { retries: { attempts: 1, retryOn: ['reset', '5xx', 'reset'] } },
      "'retries.retryOn[2]' ('reset') must be unique: 'retries.retryOn[0]' is the same",
    ],
    [
      'retriable-status-codes without codes',
      { retries: { attempts: 1, retryOn: ['connect-failure', 'retriable-status-codes'] } },
      "'retries.retryOn[1]' ('retriable-status-codes') needs 'retries.statusCodes', the codes to retry on (e.g. [503])",
    ],
    ['a status code below 400', { retries: { attempts: 1, statusCodes: [302] } }, "'retries.statusCodes[0]' (302) must be >= 400"],
    ['a status code above 599', { retries: { attempts: 1, statusCodes: [503, 600] } }, "'retries.statusCodes[1]' (600) must be <= 599"],
    ['a fractional status code', { retries: { attempts: 1, statusCodes: [503.5] } }, "'retries.statusCodes[0]' (503.5) must be a whole number"],
    ['a repeated status code', { retries: { attempts: 1, statusCodes: [503, 429, 503] } }, "'retries.statusCodes[2]' (503) must be unique: 'retries.statusCodes[0]' is the same"],

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

describe('TrafficPolicy render: errors', () => {
  const policy = TrafficPolicy.of();
  const SUBDOMAIN_RULE = "must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";
  test.each<[string, Partial<TrafficPolicyRenderVirtualServiceOptions>, string]>([
    ['a bad name', { name: 'User_Service' }, `'name' ('User_Service') ${SUBDOMAIN_RULE}`],
    [
      'a bad namespace',
      { namespace: 'shop.eu' },
      "'namespace' ('shop.eu') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit",
    ],
    ['a bad host', { host: 'http://user-service' }, `'host' ('http://user-service') ${SUBDOMAIN_RULE}`],
    [
      'a bad label value',
      { labels: { team: 'a b' } },
      "'labels.team' ('a b') must be a valid label value: at most 63 characters, letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
    ],
  ])('both renderers reject %s', (_name, override, message) => {
    // GIVEN
    const target = { ...TARGET, ...override };

    // WHEN / THEN
    expect(() => policy.renderDestinationRule(target)).toThrow(new BlueprintError(message));
    expect(() => policy.renderVirtualService(target)).toThrow(new BlueprintError(message));
  });

  test.each([
    [0, "'port' (0) must be >= 1"],
    [65536, "'port' (65536) must be <= 65535"],
    [80.5, "'port' (80.5) must be a whole number"],
  ])('renderVirtualService rejects port %p', (port, message) => {
    // GIVEN / WHEN / THEN
    expect(() => policy.renderVirtualService({ ...TARGET, port })).toThrow(new BlueprintError(message));
  });
});

describe('TrafficPolicy.checkBudget', () => {
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
    name: name,
    namespace: name,
    host: fc.tuple(name, name).map(([svc, ns]) => `${svc}.${ns}.svc.cluster.local`),
    port: fc.integer({ min: 1, max: 65535 }),
    labels: opt(fc.dictionary(fc.stringMatching(/^[a-z]{1,10}$/), fc.stringMatching(/^[a-z0-9]{0,10}$/), { maxKeys: 3 })),
    split: opt(split),
  });

  test('property: any valid policy renders a DestinationRule and VirtualService that pass the Istio schemas', () => {
    fc.assert(fc.property(policy, target, (p, t) => {
      // WHEN
      const dr = p.renderDestinationRule(t);
      const vs = p.renderVirtualService(t);

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
      const timeout = TrafficPolicy.of({ timeout: Duration.millis(n) }).renderVirtualService(TARGET).spec.http[0].timeout as string;

      // THEN
      expect(timeout).toMatch(/^\d+(\.\d{1,3})?s$/);
      expect(Math.round(Number(timeout.slice(0, -1)) * 1000)).toEqual(n);
    }));
  });
});
