import { ApiObject, Chart } from 'cdk8s';
import { BackupPolicy, Blueprint, BlueprintTesting, Environment, PriorityClasses, Redis, WebService, Worker } from '../../lib';
import { SYNC_WAVE_ANNOTATION, syncWaves, waveCount } from '../../lib/artifacts/gitops-waves';
import { Postgres } from '../../lib/data/postgres';
import { WEB, WORKER, blueprint } from '../_helpers';
import { cacheAuth, dbCredentials } from '../data/_backed-up';

/** `Kind/name` → wave. */
function wavesByName(chart: Chart): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [obj, wave] of syncWaves(chart)) out[`${obj.kind}/${obj.name}`] = wave;
  return out;
}

describe('syncWaves', () => {
  test('the blueprint\'s own objects, then data services, then the workloads that connect to them', () => {
    // GIVEN
    const shop = blueprint(Environment.production());
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: BackupPolicy.disabled('test data, recreated from fixtures on every deploy') });
    const web = new WebService(shop, 'web', WEB);
    web.connectTo(db);

    // WHEN
    const waves = wavesByName(shop);

    // THEN
    expect(waves['Namespace/shop']).toBe(0);
    expect(waves['PriorityClass/shop-services']).toBe(0);
    expect(waves['StatefulSet/db']).toBe(1);
    expect(waves['Service/db']).toBe(1);
    expect(waves['NetworkPolicy/db']).toBe(1);
    expect(waves['ExternalSecret/db-credentials']).toBe(1);
    expect(waves['Deployment/web']).toBe(2);
    expect(waves['Service/web']).toBe(2);
    expect(waves['NetworkPolicy/web']).toBe(2);
    expect(waveCount(syncWaves(shop))).toBe(3);
  });

  test('a chain of relations is a chain of waves; unrelated workloads share the first wave after the namespace', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    const cache = new Redis(shop, 'cache', { credentials: cacheAuth(shop) });
    const api = new WebService(shop, 'api', WEB);
    const worker = new Worker(shop, 'mailer', WORKER);
    const site = new WebService(shop, 'site', WEB);
    api.connectTo(cache);
    site.connectTo(api);

    // WHEN
    const waves = wavesByName(shop);

    // THEN
    expect([waves['StatefulSet/cache'], waves['Deployment/api'], waves['Deployment/site']]).toEqual([1, 2, 3]);
    expect(waves['Deployment/mailer']).toBe(1);
    expect(worker.node.path).toBe('shop-development/mailer');
  });

  test('without relations: the namespace-level objects, then everything else', () => {
    const shop = blueprint(Environment.production());
    new WebService(shop, 'web', WEB);
    expect(new Set(Object.values(wavesByName(shop)))).toEqual(new Set([0, 1]));
  });

  test('used levels are numbered from 0 without gaps: a blueprint with no objects of its own starts at its services', () => {
    // GIVEN a blueprint that emits no Namespace and no PriorityClass
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', {
      environment: Environment.production(), createNamespace: false, priorityClasses: PriorityClasses.provided({ services: 'standard', data: 'stateful' }),
    });
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: BackupPolicy.disabled('test data, recreated from fixtures on every deploy') });
    new WebService(shop, 'web', WEB).connectTo(db);

    // THEN
    const waves = wavesByName(shop);
    expect([waves['StatefulSet/db'], waves['Deployment/web']]).toEqual([0, 1]);
  });

  test('an object that depends on another directly is after it; dependencies outside the chart do not count', () => {
    // GIVEN
    const shop = blueprint(Environment.production());
    const other = blueprint(Environment.staging());
    const a = new ApiObject(shop, 'a', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    const b = new ApiObject(shop, 'b', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } });
    const c = new ApiObject(other, 'c', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } });
    b.node.addDependency(a);
    a.node.addDependency(c);

    // THEN
    const waves = wavesByName(shop);
    expect(waves['ConfigMap/a']).toBe(0);
    expect(waves['ConfigMap/b']).toBe(1);
  });

  test('the annotation is Argo CD\'s', () => {
    expect(SYNC_WAVE_ANNOTATION).toBe('argocd.argoproj.io/sync-wave');
    expect(waveCount(new Map())).toBe(0);
  });
});
