/**
 * WebService.exposeViaGateway (lib/workloads/_gateway-route.ts): a Gateway API HTTPRoute on an existing Gateway,
 * the NetworkPolicy opening for the Gateway's proxies, and every mistake recorded with its exact message.
 */
import { BlueprintTesting, Duration, Environment, WebService } from '../../lib';
import { WEB, blueprint, objectOf } from '../_helpers';

const GATEWAY = { name: 'public', namespace: 'gateway-system', sectionName: 'https' };

function exposed(options: Partial<Parameters<WebService['exposeViaGateway']>[0]> = {}) {
  const shop = blueprint(Environment.production(), { namespace: 'shop' });
  const web = new WebService(shop, 'site', WEB);
  const route = web.exposeViaGateway({ gateway: GATEWAY, hostnames: ['shop.example.com'], ...options });
  return { web, route, shop };
}

describe('exposeViaGateway', () => {
  test('an HTTPRoute on the Gateway\'s HTTPS listener to the Service port, and the Gateway\'s namespace admitted to the pods', () => {
    // WHEN
    const { web, route, shop } = exposed();
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect(web.httpRoute).toBe(route);
    expect(objectOf(objects, 'HTTPRoute', 'site')).toMatchObject({
      apiVersion: 'gateway.networking.k8s.io/v1',
      metadata: { namespace: 'shop' },
      spec: {
        parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', namespace: 'gateway-system', sectionName: 'https' }],
        hostnames: ['shop.example.com'],
        rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ group: '', kind: 'Service', name: 'site', port: 80 }] }],
      },
    });
    expect(objectOf(objects, 'HTTPRoute', 'site').spec.rules[0].timeouts).toBeUndefined();
    expect(objectOf(objects, 'NetworkPolicy', 'site').spec.ingress).toContainEqual(
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'gateway-system' } } }], ports: [{ port: 8080, protocol: 'TCP' }] },
    );
    expect(objects.filter((o) => o.kind === 'Ingress' || o.kind === 'Gateway')).toEqual([]);
  });

  test('a path, an exact match, a timeout, annotations and the proxies\' own namespace', () => {
    // WHEN
    const { shop } = exposed({ path: '/api', pathType: 'Exact', timeout: Duration.seconds(15), dataPlaneNamespace: 'envoy-gateway-system', annotations: { team: 'shop' } });
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const route = objectOf(objects, 'HTTPRoute', 'site');
    expect(route.spec.rules[0]).toMatchObject({ matches: [{ path: { type: 'Exact', value: '/api' } }], timeouts: { request: '15s' } });
    expect(route.metadata.annotations).toEqual({ team: 'shop' });
    expect(objectOf(objects, 'NetworkPolicy', 'site').spec.ingress.map((r: any) => r.from[0].namespaceSelector?.matchLabels)).toContainEqual({ 'kubernetes.io/metadata.name': 'envoy-gateway-system' });
  });

  test.each([
    [{ hostnames: [] }, "'gateway.hostnames' ([]) must list at least one host name"],
    [{ hostnames: ['localhost'] }, "'gateway.hostnames' ('localhost') must be a fully qualified DNS name such as 'shop.example.com' (a leading '*.' is allowed)"],
    [{ hostnames: ['a.example.com', 'a.example.com'] }, "'gateway.hostnames' ([\"a.example.com\",\"a.example.com\"]) must not repeat a host name"],
    [{ path: 'api' }, "'gateway.path' ('api') must start with '/'"],
    [{ gateway: { name: 'Public', namespace: 'gw' } }, "'gateway.gateway.name' ('Public') must be the name of an existing Gateway (a DNS-1123 subdomain)"],
    [{ gateway: { name: 'public', namespace: 'gw', sectionName: 'HTTPS' } }, "'gateway.gateway.sectionName' ('HTTPS') must be the name of a listener of the Gateway (a DNS-1123 subdomain)"],
    [{ timeout: Duration.millis(1500) }, "'gateway.timeout' ('1500ms') must be a whole number of seconds"],
  ])('records %p with the exact message', (options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => exposed(options as any)).toFail(`WebService 'shop-production/site': ${message}`);
  });

  test('a second route is a mistake: add host names to one route instead', () => {
    // GIVEN / WHEN / THEN
    expect(() => {
      const { web, route } = exposed();
      expect(web.exposeViaGateway({ gateway: GATEWAY, hostnames: ['www.example.com'] })).toBe(route);
    }).toFail("WebService 'shop-production/site': Unable to expose site via a gateway: it is already exposed; add host names to one route instead");
  });
});

describe('the emitted HTTPRoute passes the validator of @kubernetes-models/gateway-api', () => {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const { HTTPRoute } = require('@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute');

  test('as exposeViaGateway renders it, with every option', () => {
    // GIVEN
    const { shop } = exposed({ path: '/api', pathType: 'Exact', timeout: Duration.seconds(15), hostnames: ['shop.example.com', '*.shop.example.com'] });
    const route = objectOf(BlueprintTesting.synth(shop), 'HTTPRoute', 'site');

    // WHEN / THEN: validate() throws on any schema error; a broken copy fails
    expect(() => new HTTPRoute(route).validate()).not.toThrow();
    expect(() => new HTTPRoute({ ...route, spec: { ...route.spec, hostnames: ['Shop'] } }).validate()).toThrow(/hostnames\/0 must match pattern/);
  });
});
