import { Blueprint, BlueprintTesting, Environment, HealthCheck, Peer, ScalingPolicy, Worker } from '../../lib';
import { DNS_EGRESS, IMAGE, WORKER, blueprint, containerOf, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../_helpers';

describe('default configuration', () => {
  test('a minimal Worker in production', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'mailer', { image: IMAGE });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objects).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/mailer', 'NetworkPolicy/mailer', 'Deployment/mailer', 'PodDisruptionBudget/mailer']);
  });

  test('no Service and no Ingress, even with ports', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'mailer', { ...WORKER, port: 8080, extraPorts: [{ name: 'metrics', port: 9090 }] });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objectsOf(objects, 'Service')).toEqual([]);
    expect(objectsOf(objects, 'Ingress')).toEqual([]);
    expect(containerOf(objectOf(objects, 'Deployment', 'mailer')).ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ]);
  });

  test('the NetworkPolicy admits nothing and reaches only DNS', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'mailer', WORKER);

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'mailer').spec).toEqual({
      podSelector: { matchLabels: selector('mailer', 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [DNS_EGRESS],
    });
  });

  test('component worker', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const w = new Worker(shop, 'mailer', WORKER);

    // THEN
    expect(w.component).toEqual('worker');
    expect(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'mailer').metadata.labels).toEqual(standardLabels('mailer', 'worker', 'production', '1.4.2'));
  });
});

describe('props', () => {
  test('an exec health check needs no port', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'mailer', { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck']) });

    // THEN
    const c = containerOf(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'mailer'));
    expect(c.readinessProbe.exec).toEqual({ command: ['/app/healthcheck'] });
    expect(c.ports).toBeUndefined();
  });

  test('connections.allowTo lets it reach a peer', () => {
    // GIVEN
    const shop = blueprint();
    const w = new Worker(shop, 'mailer', WORKER);

    // WHEN
    w.connections.allowTo(Peer.cidr('203.0.113.0/24'), [{ port: 587 }]);

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'mailer').spec.egress).toEqual([
      DNS_EGRESS, { ports: [{ port: 587, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '203.0.113.0/24' } }] },
    ]);
  });

  test('scaling follows the environment', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const scaling = ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 8, memoryUtilization: 80 });
    const dev = new Blueprint(app, 'shop-development', { environment: Environment.development() });
    const prod = new Blueprint(app, 'shop-production', { environment: Environment.production() });

    // WHEN
    new Worker(dev, 'mailer', { ...WORKER, scaling });
    new Worker(prod, 'mailer', { ...WORKER, scaling });

    // THEN
    expect(kindsAndNames(BlueprintTesting.synth(dev))).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/mailer', 'NetworkPolicy/mailer', 'Deployment/mailer']);
    expect(kindsAndNames(BlueprintTesting.synth(prod))).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/mailer', 'NetworkPolicy/mailer', 'Deployment/mailer', 'HorizontalPodAutoscaler/mailer', 'PodDisruptionBudget/mailer',
    ]);
  });
});

describe('errors', () => {
  test('an invalid id', () => {
    expect(() => new Worker(blueprint(), 'Mailer', WORKER))
      .toFail("Worker 'shop-production/Mailer': 'id' ('Mailer') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit");
  });

  test('an id starting with a digit is fine for a Worker (it has no Service)', () => {
    expect(new Worker(blueprint(), '2fa-sender', WORKER).name).toEqual('2fa-sender');
  });

  test('an http health check without a port', () => {
    expect(() => new Worker(blueprint(), 'mailer', { image: IMAGE, health: HealthCheck.http('/healthz') }))
      .toFail("Worker 'shop-production/mailer': 'health' (http) needs a port: set 'port' on the workload or 'port' on the health check");
  });
});

describe('defaultChild', () => {
  test('deployment is the Deployment named after the worker', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const w = new Worker(shop, 'mailer', WORKER);

    // THEN
    expect([w.deployment.kind, w.deployment.name, w.deployment.node.path]).toEqual(['Deployment', 'mailer', 'shop-production/mailer/Deployment']);
  });
});
