import { Duration } from 'cdk8s';
import { BlueprintError } from '../../lib/values/_errors';
import { ConsistentHashOptions, LoadBalancer } from '../../lib/values/load-balancer';
import { TrafficPolicy } from '../../lib/values/traffic-policy';
import { render } from './_traffic';

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
