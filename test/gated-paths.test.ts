import { ApiObject, Testing } from 'cdk8s';
import { Blueprint, BlueprintTesting, Environment, HealthCheck, ValidationError, WebService } from '../lib/index';

/** The validation gate runs on every way cdk8s users synthesize, not only on BlueprintApp.synth(). */
describe('every synthesis path runs the validation gate', () => {
  function broken(): { app: ReturnType<typeof BlueprintTesting.app>; shop: Blueprint } {
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new WebService(shop, 'api', { image: 'registry.example.com/shop/api:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });
    new ApiObject(shop, 'bad', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bad' }, data: { DB_PASSWORD: 'hunter2' } });
    return { app, shop };
  }
  const REPORT = 'Validation failed: 1 error; nothing was written.\n'
    + "  ✗ [secret-in-configmap] shop-production/bad: ConfigMap 'bad' has credential-like keys: DB_PASSWORD\n"
    + '      fix: keep credentials in a Secret and reference it';

  test('cdk8s Testing.synth(chart)', () => {
    const { shop } = broken();
    expect(() => Testing.synth(shop)).toThrow(ValidationError);
    expect(() => Testing.synth(shop)).toThrow(REPORT);
  });

  test('chart.toJson()', () => {
    expect(() => broken().shop.toJson()).toThrow(REPORT);
  });

  test('app.synthYaml()', () => {
    expect(() => broken().app.synthYaml()).toThrow(REPORT);
  });

  test('a valid blueprint gives the same objects through every path', () => {
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new WebService(shop, 'api', { image: 'registry.example.com/shop/api:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });
    const viaTesting = Testing.synth(shop);
    expect(viaTesting).toEqual(BlueprintTesting.synth(shop));
    expect(viaTesting.map((o: any) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data',
      'ServiceAccount/api', 'NetworkPolicy/api', 'Deployment/api', 'PodDisruptionBudget/api', 'Service/api',
    ]);
  });
});
