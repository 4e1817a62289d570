/**
 * The indexes of ruleContext (lib/validation/checks.ts) and SelectorIndex (lib/validation/_objects.ts), keyed by
 * nested maps: each answers what the scan it replaces answers — the first object of a kind and name in the same
 * blueprint and namespace, the pods a selector selects in that scope, in the objects' order — on objects that
 * differ only in the field a key is made of (blueprint, namespace, kind, name, label value).
 */
import type { GateInput, RenderedObject } from '../../lib/index';
import { ruleContext } from '../../lib/validation/checks';
import { sameScope, selects } from '../../lib/validation/_objects';

function rendered(json: any, path: string, blueprint = 'shop-production'): RenderedObject {
  return { path, blueprint, production: true, json };
}

const deployment = (name: unknown, labels: Record<string, unknown>, namespace?: unknown, kind: unknown = 'Deployment') => ({
  apiVersion: 'apps/v1', kind, metadata: { name, ...(namespace === undefined ? {} : { namespace }) },
  spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'x:1' }] } } },
});
const hpa = (name: string, target: Record<string, unknown>, namespace = 'shop') => ({
  apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name, namespace }, spec: { scaleTargetRef: target, minReplicas: 2, maxReplicas: 4 },
});

function input(): GateInput {
  const api = { 'app.kubernetes.io/name': 'api' };
  const objects = [
    rendered(deployment('api', api, 'shop'), 'p/api'),
    rendered(deployment('api', api, 'other'), 'p/other-api'),
    rendered(deployment('api', api, 'shop'), 'd/api', 'shop-development'),
    rendered(deployment('api', api, 'shop', 'StatefulSet'), 'p/api-sts'),
    rendered(deployment('api', api, 'shop'), 'p/api-again'), // same place as p/api: p/api stays the one named
    rendered(deployment('api', api), 'p/no-namespace'),
    rendered(deployment('api', api, ''), 'p/empty-namespace'), // '' and no namespace are one scope, as before
    rendered(deployment(7, { 'app.kubernetes.io/name': 7 }, 'shop'), 'p/seven'), // a number for a name and a label value
    rendered({ ...deployment('x', api, 'shop'), kind: undefined }, 'p/no-kind'), // 'undefined', as a template literal prints it
    rendered({ ...deployment('five', api, 'shop'), kind: 5 }, 'p/kind-5'), // kinds that print alike: the first of both in order
    rendered({ ...deployment('five', api, 'shop'), kind: '5' }, 'p/kind-5-text'),
    rendered(hpa('api', { kind: 'Deployment', name: 'api' }), 'p/hpa'),
    rendered(hpa('api-2', { kind: 'Deployment', name: 'api' }), 'p/hpa-2'),
    rendered(hpa('sts', { kind: 'StatefulSet', name: 'api' }), 'p/hpa-sts'),
    rendered(hpa('other', { kind: 'Deployment', name: 'api' }, 'other'), 'p/hpa-other'),
  ];
  return { objects, artifacts: [] };
}

/** What `named` answered before it had an index: the first object whose blueprint, namespace, kind and name print alike. */
const scanNamed = (ctx: GateInput, kind: unknown, scope: RenderedObject, name: unknown) => ctx.objects.find((o) => o.blueprint === scope.blueprint
  && `${o.json.metadata?.namespace ?? ''}` === `${scope.json.metadata?.namespace ?? ''}` && `${o.json.kind}` === `${kind}` && `${o.json.metadata?.name}` === `${name}`);

describe('ruleContext indexes', () => {
  test('named: the first object of a kind and name in the same blueprint and namespace', () => {
    // GIVEN
    const given = input();
    const ctx = ruleContext(given);
    const at = (path: string) => given.objects.find((o) => o.path === path)!;

    // THEN
    expect(ctx.named('Deployment', at('p/api'), 'api')?.path).toBe('p/api');
    expect(ctx.named('Deployment', at('p/api-again'), 'api')?.path).toBe('p/api');
    expect(ctx.named('Deployment', at('p/other-api'), 'api')?.path).toBe('p/other-api');
    expect(ctx.named('Deployment', at('d/api'), 'api')?.path).toBe('d/api');
    expect(ctx.named('StatefulSet', at('p/api'), 'api')?.path).toBe('p/api-sts');
    expect(ctx.named('Deployment', at('p/empty-namespace'), 'api')?.path).toBe('p/no-namespace');
    expect(ctx.named('Deployment', at('p/api'), 7)?.path).toBe('p/seven');
    expect(ctx.named('Deployment', at('p/api'), '7')?.path).toBe('p/seven');
    expect(ctx.named(undefined as unknown as string, at('p/api'), 'x')?.path).toBe('p/no-kind');
    expect(ctx.named('5', at('p/api'), 'five')?.path).toBe('p/kind-5');
    expect(ctx.named('Deployment', at('p/api'), 'none')).toBeUndefined();
    expect(ctx.named('Service', at('p/api'), 'api')).toBeUndefined();
    // every question any object could ask of any other, as the scan answers it
    for (const scope of given.objects) {
      for (const o of given.objects) {
        expect(ctx.named(o.json.kind, scope, o.json.metadata?.name)).toBe(scanNamed(given, o.json.kind, scope, o.json.metadata?.name));
      }
    }
  });

  test('autoscalerOf: the first autoscaler whose scaleTargetRef names the workload in its blueprint and namespace', () => {
    // GIVEN
    const given = input();
    const ctx = ruleContext(given);
    const at = (path: string) => given.objects.find((o) => o.path === path)!;

    // THEN
    expect(ctx.autoscalerOf(at('p/api'))?.path).toBe('p/hpa');
    expect(ctx.autoscalerOf(at('p/api-sts'))?.path).toBe('p/hpa-sts');
    expect(ctx.autoscalerOf(at('p/other-api'))?.path).toBe('p/hpa-other');
    expect(ctx.autoscalerOf(at('d/api'))).toBeUndefined();
    expect(ctx.autoscalerOf(at('p/seven'))).toBeUndefined();
  });

  test('podIndex and workloadIndex: what the selector selects in the scope, in the objects\' order', () => {
    // GIVEN
    const given = input();
    const ctx = ruleContext(given);
    const selectors: Array<Record<string, any> | undefined> = [
      { 'app.kubernetes.io/name': 'api' }, { 'app.kubernetes.io/name': 7 }, { 'app.kubernetes.io/name': '7' }, {}, undefined, { 'app.kubernetes.io/name': 'none' },
    ];

    // THEN
    for (const scope of given.objects) {
      for (const selector of selectors) {
        const pods = ctx.pods.filter((p) => sameScope(p.object, scope) && selects(selector as Record<string, string>, p.labels));
        expect(ctx.podIndex.match(scope, selector as Record<string, string>)).toEqual(selector ? pods : []);
      }
    }
    const at = (path: string) => given.objects.find((o) => o.path === path)!;
    expect(ctx.workloadIndex.match(at('p/api'), { 'app.kubernetes.io/name': 'api' }).map((w) => w.path)).toEqual(['p/api', 'p/api-again', 'p/api-sts']); // Deployments, then StatefulSets
    expect(ctx.workloadIndex.match(at('p/no-namespace'), {}).map((w) => w.path)).toEqual(['p/no-namespace', 'p/empty-namespace']);
    // a number label value is selected by the same number only (selects compares values exactly)
    expect(ctx.podIndex.match(at('p/api'), { 'app.kubernetes.io/name': 7 } as any).map((p) => p.object.path)).toEqual(['p/seven']);
    expect(ctx.podIndex.match(at('p/api'), { 'app.kubernetes.io/name': '7' })).toEqual([]);
  });
});
