/**
 * The Gateway API rules (lib/validation/gateway-rules.ts): HTTPRoute backends and listeners. Their corpus cases are
 * in _corpus-gateway.ts.
 */
import { GATEWAY_RULES } from '../../lib/validation/gateway-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { GATEWAY_CASES } from './_corpus-gateway';
import { runCases } from './_corpus-run';

/** An HTTPRoute as the gate sees it, with the Service 'web' (port 80) of its blueprint. */
function route(spec: Record<string, unknown>, production = true) {
  const scope = { blueprint: 'shop', production };
  return [
    { ...scope, path: 'shop/web/HTTPRoute', json: { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'web', namespace: 'shop' }, spec } },
    { ...scope, path: 'shop/web/Service', json: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' }, spec: { ports: [{ port: 80 }] } } },
  ];
}
const check = (id: string, objects: any[]) => GATEWAY_RULES.find((r) => r.id === id)!.check(contextOf({ objects, artifacts: [] }));

describe('GATEWAY_RULES', () => {
  test('are these rules', () => {
    expect(GATEWAY_RULES.map((r) => [r.id, r.severity, r.category])).toEqual([['httproute-backend', 'error', 'semantic'], ['httproute-listener', 'warning', 'policy']]);
  });

  test('report nothing on what the library renders by default', () => {
    expect(violationsOf(GATEWAY_RULES, contextOf(cleanInput()))).toEqual(GATEWAY_RULES.map((r) => [r.id, []]));
  });
});

describe('httproute-backend', () => {
  test('a missing Service, a Service elsewhere, and a backend that is not a Service (not this rule\'s)', () => {
    // GIVEN / WHEN / THEN
    expect(check('httproute-backend', route({ rules: [{ backendRefs: [{ name: 'gone', port: 80 }, { name: 'web', namespace: 'other', port: 80 }, { group: 'example.com', kind: 'Bucket', name: 'b' }, { name: 'web', port: 80 }] }] }))).toEqual([
      { path: 'shop/web/HTTPRoute', message: "HTTPRoute 'web': backend Service 'gone' is not in the blueprint" },
      { path: 'shop/web/HTTPRoute', message: "HTTPRoute 'web': backend Service 'web' is in namespace 'other', which needs a ReferenceGrant there: route to a Service of the blueprint" },
    ]);
  });
});

describe('httproute-listener', () => {
  test('without a sectionName: an error in production, a warning elsewhere; with one, nothing', () => {
    // GIVEN
    const parent = { name: 'public', namespace: 'gw' };

    // WHEN / THEN
    expect(check('httproute-listener', route({ parentRefs: [parent] }, false))).toEqual([
      { path: 'shop/web/HTTPRoute', message: "HTTPRoute 'web' attaches to every listener of Gateway 'gw/public': every host may be served over plain HTTP", severity: 'warning' },
    ]);
    expect(check('httproute-listener', route({ parentRefs: [{ ...parent, sectionName: '' }], hostnames: ['a.example.com'] }))).toEqual([
      { path: 'shop/web/HTTPRoute', message: "HTTPRoute 'web' attaches to every listener of Gateway 'gw/public': 'a.example.com' may be served over plain HTTP", severity: 'error' },
    ]);
    expect(check('httproute-listener', route({ parentRefs: [{ ...parent, sectionName: 'https' }] }))).toEqual([]);
  });
});

runCases(GATEWAY_CASES);
