/**
 * The indexes of lib/validation/_rule-helpers.ts that the image rules look things up in once per binding: each must
 * answer exactly what the scan it replaces answered (the first match, in the objects' order), on awkward inputs too.
 */
import type { GateInput, RenderedObject } from '../../lib/index';
import { ruleContext } from '../../lib/validation/checks';
import { artifactAt, badLabel, selectedByAService, servicesSelecting, siteAt, siteOf } from '../../lib/validation/_rule-helpers';
import { sameScope, selects } from '../../lib/validation/_objects';

function rendered(json: any, path: string, blueprint = 'shop-production'): RenderedObject {
  return { path, blueprint, production: true, json };
}

const deployment = (name: string, labels: Record<string, string>, namespace = 'shop') => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace },
  spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'x:1' }] } } },
});
const service = (name: string, selector: unknown, namespace = 'shop') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { selector, ports: [{ port: 80 }] } });

function input(): GateInput {
  const api = { 'app.kubernetes.io/name': 'api', tier: 'web' };
  const objects = [
    rendered(deployment('api', api), 'shop-production/api/Deployment'),
    rendered(deployment('api', api, 'other'), 'shop-production/other-api/Deployment'),
    rendered(deployment('api', api), 'shop-development/api/Deployment', 'shop-development'),
    rendered(deployment('worker', { tier: 'web' }), 'shop-production/worker/Deployment'),
    // a second object at a path already taken (a hand-made input): the first keeps it
    rendered(deployment('late', api), 'shop-production/api/Deployment'),
    rendered(service('by-name', { 'app.kubernetes.io/name': 'api' }), 'shop-production/by-name/Service'),
    rendered(service('by-tier', { tier: 'web' }), 'shop-production/by-tier/Service'),
    rendered(service('everything', {}), 'shop-production/everything/Service'),
    rendered(service('nothing', undefined), 'shop-production/nothing/Service'),
    rendered(service('wrong-value', { 'app.kubernetes.io/name': 'api', tier: 'db' }), 'shop-production/wrong-value/Service'),
    rendered(service('other-namespace', { tier: 'web' }, 'other'), 'shop-production/other-namespace/Service'),
    rendered(service('other-blueprint', { tier: 'web' }), 'shop-development/other-blueprint/Service', 'shop-development'),
  ];
  const artifacts = [
    { path: 'images/api/Dockerfile', constructPath: 'api-image/Dockerfile', content: 'FROM a:1\n' },
    { path: 'images/api/Dockerfile', constructPath: 'api-image/Second', content: 'FROM b:1\n' },
  ];
  return { objects, artifacts };
}

describe('servicesSelecting', () => {
  test('is, for every pod site, the Services of its scope whose selector selects it, in their order', () => {
    // GIVEN
    const ctx = ruleContext(input());

    // WHEN
    const names = ctx.pods.map((site) => servicesSelecting(ctx, site).map((s) => s.json.metadata.name));

    // THEN
    expect(names).toEqual([
      ['by-name', 'by-tier', 'everything'],
      ['other-namespace'],
      ['other-blueprint'],
      ['by-tier', 'everything'],
      ['by-name', 'by-tier', 'everything'],
    ]);
    for (const site of ctx.pods) {
      expect(servicesSelecting(ctx, site)).toEqual(ctx.ofKind('Service').filter((o) => sameScope(o, site.object) && selects(o.json.spec?.selector, site.labels)));
    }
  });
});

describe('siteAt, siteOf and artifactAt', () => {
  test('find what the first match of a scan finds, and nothing for an unknown key', () => {
    // GIVEN
    const given = input();
    const ctx = ruleContext(given);

    // THEN
    expect(siteAt(ctx, 'shop-production/api/Deployment')?.object.json.metadata.name).toBe('api');
    expect(siteAt(ctx, 'shop-production/api/Deployment')).toBe(ctx.pods.find((p) => p.object.path === 'shop-production/api/Deployment'));
    expect(siteAt(ctx, 'shop-production/nowhere')).toBeUndefined();
    expect(siteOf(ctx, given.objects[4])?.object.json.metadata.name).toBe('late');
    expect(siteOf(ctx, given.objects[5])).toBeUndefined();
    expect(artifactAt(ctx, 'images/api/Dockerfile')?.constructPath).toBe('api-image/Dockerfile');
    expect(artifactAt(ctx, 'images/web/Dockerfile')).toBeUndefined();
  });
});

describe('badLabel', () => {
  test('says the same of a pair the second time, and checks values that are not strings every time', () => {
    expect(badLabel('tier', 'web')).toBeUndefined();
    expect(badLabel('tier', 'web')).toBeUndefined();
    expect(badLabel('tier', '-web')).toBe("label 'tier' has an invalid value \"-web\"");
    expect(badLabel('tier', '-web')).toBe("label 'tier' has an invalid value \"-web\"");
    expect(badLabel('tier', 5)).toBe("label 'tier' has an invalid value 5");
    expect(badLabel('-tier', 'web')).toBe("label key '-tier' is not a valid label key");
  });
});

describe('selectedByAService', () => {
  test('is whether the pod index gives the site to some Service', () => {
    // GIVEN
    const ctx = ruleContext(input());

    // THEN: every site of the input is selected by a Service; without the Services, none is
    expect(ctx.pods.map((site) => selectedByAService(ctx, site))).toEqual(
      ctx.pods.map((site) => ctx.ofKind('Service').some((svc) => ctx.podIndex.match(svc, svc.json.spec?.selector).includes(site))),
    );
    expect(ctx.pods.map((site) => selectedByAService(ctx, site))).toEqual([true, true, true, true, true]);
    const bare = ruleContext({ objects: input().objects.filter((o) => o.json.kind !== 'Service'), artifacts: [] });
    expect(bare.pods.map((site) => selectedByAService(bare, site))).toEqual([false, false, false, false, false]);
  });
});
