/**
 * The Istio mesh of a Blueprint (`mesh: true`): namespace injection, STRICT mTLS in production, egress to istiod,
 * WebService traffic policies and splits; and WebService `metrics` for Prometheus. CronTask sidecars are in
 * cron-task.test.ts.
 */
import {
  BackupPolicy, Blueprint, BlueprintTesting, CronTask, Duration, Environment, GeneratedCredentials, LoadBalancer, Postgres, ScalingPolicy, Schedule, SecretRef,
  TrafficPolicy, TrafficSplit, WebService, Worker,
} from '../../lib';
import { DNS_EGRESS, IMAGE, WEB, WORKER, containerOf, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../_helpers';

type WebServiceProps = ConstructorParameters<typeof WebService>[2];

const ISTIOD_EGRESS = {
  ports: [{ port: 15012, protocol: 'TCP' }],
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }],
};
const SEED_POLICY = TrafficPolicy.of({
  loadBalancer: LoadBalancer.roundRobin(),
  circuitBreaker: { consecutiveErrors: 5, maxEjectionPercent: 50, baseEjectionTime: Duration.seconds(30) },
  retries: { attempts: 3, perTryTimeout: Duration.seconds(1), retryOn: ['5xx', 'connect-failure'] },
  timeout: Duration.seconds(5),
  connectionPool: { idleTimeout: Duration.seconds(60) },
});
const SPLIT = TrafficSplit.weighted([
  { subset: 'stable', labels: { 'app.kubernetes.io/version': '1.4.2' }, weight: 90 },
  { subset: 'canary', labels: { 'app.kubernetes.io/version': '1.5.0' }, weight: 10 },
]);

/** `shop-<env>` in the mesh (or not). */
function meshBlueprint(env: Environment = Environment.production(), mesh = true, namespace?: string): Blueprint {
  return new Blueprint(BlueprintTesting.app(), `shop-${env.name}`, { environment: env, mesh, ...(namespace ? { namespace } : {}) });
}

/** The database's credentials, generated in the cluster as an app provisions them (the gate's secret-refs). */
function dbCredentials(shop: Blueprint): SecretRef {
  return new GeneratedCredentials(shop, 'db-credentials', { username: 'app' }).secret;
}

/** A WebService 'web' in a production mesh and its objects. */
function web(props: Partial<WebServiceProps> = {}, env = Environment.production(), mesh = true): { ws: WebService; objects: any[] } {
  const shop = meshBlueprint(env, mesh);
  const ws = new WebService(shop, 'web', { ...WEB, ...props });
  return { ws, objects: BlueprintTesting.synth(shop) };
}

describe('the blueprint', () => {
  test('the Namespace enables sidecar injection', () => {
    expect(objectOf(web().objects, 'Namespace', 'shop').metadata.labels).toEqual({
      'app.kubernetes.io/part-of': 'shop',
      'app.kubernetes.io/managed-by': 'cdk8s-blueprints',
      'blueprints.cdk8s.io/environment': 'production',
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.28',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'istio-injection': 'enabled',
    });
  });

  test('without the mesh: no injection label, no PeerAuthentication, no istiod egress', () => {
    // WHEN
    const { objects } = web({}, Environment.production(), false);

    // THEN
    expect(objectOf(objects, 'Namespace', 'shop').metadata.labels['istio-injection']).toBeUndefined();
    expect(objectsOf(objects, 'PeerAuthentication')).toEqual([]);
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.egress).toEqual([DNS_EGRESS]);
  });

  test('production: a namespace-wide STRICT PeerAuthentication named default', () => {
    // GIVEN
    const shop = meshBlueprint();

    // WHEN
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect(objectOf(objects, 'PeerAuthentication', 'default')).toEqual({
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: {
        name: 'default',
        namespace: 'shop',
        labels: { 'app.kubernetes.io/part-of': 'shop', 'app.kubernetes.io/managed-by': 'cdk8s-blueprints', 'blueprints.cdk8s.io/environment': 'production' },
      },
      spec: { mtls: { mode: 'STRICT' } },
    });
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'PeerAuthentication/default']);
    expect([shop.mesh, shop.peerAuthentication?.kind]).toEqual([true, 'PeerAuthentication']);
  });

  test.each(['staging', 'development'] as const)('%s: no PeerAuthentication (the mesh\'s PERMISSIVE default)', (name) => {
    // GIVEN
    const shop = meshBlueprint(Environment[name]());

    // THEN
    expect(objectsOf(BlueprintTesting.synth(shop), 'PeerAuthentication')).toEqual([]);
    expect(shop.peerAuthentication).toBeUndefined();
  });

  test('every workload may reach istiod on 15012, after DNS', () => {
    // GIVEN
    const shop = meshBlueprint(Environment.development());

    // WHEN
    new WebService(shop, 'web', WEB);
    new Worker(shop, 'worker', WORKER);
    new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.daily() });
    new Postgres(shop, 'db', { credentials: dbCredentials(shop) });

    // THEN
    const policies = objectsOf(BlueprintTesting.synth(shop), 'NetworkPolicy');
    expect(policies.map((np) => [np.metadata.name, np.spec.egress])).toEqual(
      ['web', 'worker', 'report', 'db'].map((name) => [name, [DNS_EGRESS, ISTIOD_EGRESS]]),
    );
  });
});

describe('trafficPolicy', () => {
  test('the seed\'s policy: a DestinationRule and a VirtualService named after the service', () => {
    // WHEN
    const { objects } = web({ scaling: ScalingPolicy.fixed(2), trafficPolicy: SEED_POLICY });

    // THEN
    expect([objectOf(objects, 'DestinationRule', 'web'), objectOf(objects, 'VirtualService', 'web')]).toMatchSnapshot();
    expect(kindsAndNames(objects).slice(-2)).toEqual(['DestinationRule/web', 'VirtualService/web']);
  });

  test('TrafficPolicy.of({}): the host\'s FQDN, the Service port, least-request balancing and Istio mTLS written out', () => {
    // WHEN
    const { objects } = web({ servicePort: 8081, trafficPolicy: TrafficPolicy.of({}) });

    // THEN
    const labels = standardLabels('web', 'web', 'production', '1.4.2');
    expect(objectOf(objects, 'DestinationRule', 'web')).toEqual({
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: { name: 'web', namespace: 'shop', labels },
      spec: { host: 'web.shop.svc.cluster.local', trafficPolicy: { loadBalancer: { simple: 'LEAST_REQUEST' }, tls: { mode: 'ISTIO_MUTUAL' } } },
    });
    expect(objectOf(objects, 'VirtualService', 'web')).toEqual({
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'web', namespace: 'shop', labels },
      spec: {
        hosts: ['web.shop.svc.cluster.local'],
        http: [{ name: 'default', route: [{ destination: { host: 'web.shop.svc.cluster.local', port: { number: 8081 } } }] }],
      },
    });
  });

  test('the blueprint\'s namespace is part of the host', () => {
    // GIVEN
    const shop = meshBlueprint(Environment.production(), true, 'shop-prod');

    // WHEN
    new WebService(shop, 'web', { ...WEB, trafficPolicy: TrafficPolicy.of({}) });

    // THEN
    const dr = objectOf(BlueprintTesting.synth(shop), 'DestinationRule', 'web');
    expect([dr.metadata.namespace, dr.spec.host]).toEqual(['shop-prod', 'web.shop-prod.svc.cluster.local']);
  });

  test('trafficSplit: one subset per version, one weighted route each', () => {
    // WHEN
    const { objects } = web({ trafficPolicy: TrafficPolicy.of({}), trafficSplit: SPLIT });

    // THEN
    expect(objectOf(objects, 'DestinationRule', 'web').spec.subsets).toEqual([
      { name: 'stable', labels: { 'app.kubernetes.io/version': '1.4.2' } },
      { name: 'canary', labels: { 'app.kubernetes.io/version': '1.5.0' } },
    ]);
    expect(objectOf(objects, 'VirtualService', 'web').spec.http[0].route).toEqual([
      { destination: { host: 'web.shop.svc.cluster.local', subset: 'stable', port: { number: 80 } }, weight: 90 },
      { destination: { host: 'web.shop.svc.cluster.local', subset: 'canary', port: { number: 80 } }, weight: 10 },
    ]);
  });

  test('no policy, no Istio objects', () => {
    // WHEN
    const { ws, objects } = web();

    // THEN
    expect([...objectsOf(objects, 'DestinationRule'), ...objectsOf(objects, 'VirtualService')]).toEqual([]);
    expect([ws.destinationRule, ws.virtualService]).toEqual([undefined, undefined]);
  });

  test('fields', () => {
    // WHEN
    const { ws } = web({ trafficPolicy: TrafficPolicy.of({}) });

    // THEN
    expect([ws.destinationRule?.kind, ws.destinationRule?.name, ws.virtualService?.kind, ws.virtualService?.name]).toEqual(['DestinationRule', 'web', 'VirtualService', 'web']);
  });

  test('an autoscaler\'s minimum of 2 with half the replicas ejectable is enough', () => {
    expect(() => web({ scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }), trafficPolicy: SEED_POLICY })).not.toFail();
  });

  test('minHealthPercent above 0 keeps traffic flowing even with one replica', () => {
    expect(() => web({ scaling: ScalingPolicy.fixed(1), trafficPolicy: TrafficPolicy.of({ circuitBreaker: { minHealthPercent: 50 } }) })).not.toFail();
  });
});

describe('errors', () => {
  const PREFIX = "WebService 'shop-production/web': ";

  test('trafficPolicy without the mesh', () => {
    expect(() => web({ trafficPolicy: TrafficPolicy.of({}) }, Environment.production(), false))
      .toFail(`${PREFIX}'trafficPolicy' needs the service mesh: create Blueprint 'shop-production' with { mesh: true }`);
  });

  test('trafficSplit without trafficPolicy', () => {
    expect(() => web({ trafficSplit: SPLIT })).toFail(`${PREFIX}'trafficSplit' needs a 'trafficPolicy' (TrafficPolicy.of({}) for the mesh defaults)`);
  });

  test('retries that overrun the request timeout', () => {
    expect(() => TrafficPolicy.of({ retries: { attempts: 3, perTryTimeout: Duration.seconds(2) }, timeout: Duration.seconds(5) }))
      .toFail("(1 try + 'retries.attempts' (3)) × 'retries.perTryTimeout' (2s) = 8s must be <= 'timeout' (5s): the last retry would be cut off");
  });

  test('a connection pool that caps the retries', () => {
    expect(() => TrafficPolicy.of({ retries: { attempts: 3 }, connectionPool: { maxRetries: 2 } }))
      .toFail("'connectionPool.maxRetries' (2) must be >= 'retries.attempts' (3): the circuit breaker would cap the retries of a single request");
  });

  test('outlier detection that may eject both of two replicas', () => {
    expect(() => web({ scaling: ScalingPolicy.fixed(2), trafficPolicy: TrafficPolicy.of({ circuitBreaker: { maxEjectionPercent: 100 } }) }))
      .toFail(`${PREFIX}'circuitBreaker.maxEjectionPercent' (100) with 'replicas.min' (2) lets outlier detection eject 2 of 2 replica(s), leaving none to serve: lower it below 100 or set 'circuitBreaker.minHealthPercent' above 0`);
  });

  test('outlier detection on a single replica (Envoy always ejects one)', () => {
    expect(() => web({ scaling: ScalingPolicy.fixed(1), trafficPolicy: TrafficPolicy.of({ circuitBreaker: {} }) }))
      .toFail(`${PREFIX}'circuitBreaker.maxEjectionPercent' (10) with 'replicas.min' (1) lets outlier detection eject 1 of 1 replica(s) (Envoy always allows one ejection), leaving none to serve: run at least 2 replicas or set 'circuitBreaker.minHealthPercent' above 0`);
  });

  test('development runs an autoscaled service with one replica, so the same policy fails there', () => {
    expect(() => web({ scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }), trafficPolicy: SEED_POLICY }, Environment.development()))
      .toFail("WebService 'shop-development/web': 'circuitBreaker.maxEjectionPercent' (50) with 'replicas.min' (1) lets outlier detection eject 1 of 1 replica(s) (Envoy always allows one ejection), leaving none to serve: run at least 2 replicas or set 'circuitBreaker.minHealthPercent' above 0");
  });
});

describe('metrics', () => {
  test('a metrics port on the container and the Service, a ServiceMonitor, and Prometheus admitted to the port', () => {
    // WHEN
    const { ws, objects } = web({ metrics: { port: 9090 } }, Environment.production(), false);

    // THEN
    expect(containerOf(objectOf(objects, 'Deployment', 'web')).ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ]);
    expect(objectOf(objects, 'Service', 'web').spec.ports).toEqual([
      { name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' },
      { name: 'metrics', port: 9090, targetPort: 9090, protocol: 'TCP' },
    ]);
    expect(objectOf(objects, 'ServiceMonitor', 'web')).toEqual({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'web', namespace: 'shop', labels: standardLabels('web', 'web', 'production', '1.4.2') },
      spec: {
        selector: { matchLabels: selector('web', 'production') },
        namespaceSelector: { matchNames: ['shop'] },
        endpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }],
      },
    });
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([
      { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'shop' } } }] },
      { ports: [{ port: 9090, protocol: 'TCP' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }] },
    ]);
    expect([ws.serviceMonitor?.kind, ws.serviceMonitor?.name]).toEqual(['ServiceMonitor', 'web']);
  });

  test('path, interval and prometheusNamespace', () => {
    // WHEN
    const { objects } = web({ metrics: { port: 9100, path: '/prom', interval: Duration.seconds(15), prometheusNamespace: 'observability' } });

    // THEN
    expect(objectOf(objects, 'ServiceMonitor', 'web').spec.endpoints).toEqual([{ port: 'metrics', path: '/prom', interval: '15s' }]);
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress[1]).toEqual({
      ports: [{ port: 9100, protocol: 'TCP' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'observability' } } }],
    });
  });

  test('an interval of exactly 5s is accepted', () => {
    expect(objectOf(web({ metrics: { port: 9090, interval: Duration.seconds(5) } }).objects, 'ServiceMonitor', 'web').spec.endpoints[0].interval).toEqual('5s');
  });

  test('no metrics, no ServiceMonitor', () => {
    expect(objectsOf(web().objects, 'ServiceMonitor')).toEqual([]);
  });

  test('in a production mesh: a PeerAuthentication <id>-metrics keeps the pods STRICT but lets Prometheus scrape the metrics port in plain text', () => {
    // WHEN
    const { ws, objects } = web({ metrics: { port: 9090 } });

    // THEN
    expect(objectOf(objects, 'PeerAuthentication', 'web-metrics')).toEqual({
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: { name: 'web-metrics', namespace: 'shop', labels: standardLabels('web', 'web', 'production', '1.4.2') },
      spec: {
        selector: { matchLabels: selector('web', 'production') },
        mtls: { mode: 'STRICT' },
        portLevelMtls: { 9090: { mode: 'PERMISSIVE' } },
      },
    });
    expect(objectsOf(objects, 'PeerAuthentication').map((p) => p.metadata.name)).toEqual(['default', 'web-metrics']);
    expect([ws.metricsPeerAuthentication?.kind, ws.metricsPeerAuthentication?.name]).toEqual(['PeerAuthentication', 'web-metrics']);
  });

  test.each([
    ['staging in the mesh (PERMISSIVE already)', Environment.staging(), true],
    ['production outside the mesh', Environment.production(), false],
  ])('%s: no metrics PeerAuthentication', (_name, env, mesh) => {
    // WHEN
    const { ws, objects } = web({ metrics: { port: 9090 } }, env, mesh);

    // THEN
    expect(objectsOf(objects, 'PeerAuthentication')).toEqual([]);
    expect(ws.metricsPeerAuthentication).toBeUndefined();
  });

  test('without metrics, a production mesh has only the namespace-wide PeerAuthentication', () => {
    expect(objectsOf(web().objects, 'PeerAuthentication').map((p) => p.metadata.name)).toEqual(['default']);
  });

  describe('errors', () => {
    const PREFIX = "WebService 'shop-production/web': ";
    const make = (metrics: NonNullable<WebServiceProps['metrics']>) => () => web({ metrics });

    test('a path without a leading /', () => {
      expect(make({ port: 9090, path: 'metrics' })).toFail(`${PREFIX}'metrics.path' ('metrics') must start with '/'`);
    });

    test('a prometheusNamespace that is no namespace name', () => {
      expect(make({ port: 9090, prometheusNamespace: 'Monitoring' }))
        .toFail(`${PREFIX}'metrics.prometheusNamespace' ('Monitoring') must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit`);
    });

    test('an interval below 5s', () => {
      expect(make({ port: 9090, interval: Duration.seconds(4) })).toFail(`${PREFIX}'metrics.interval' ('4s') must be at least 5s`);
    });

    test('an interval that is no whole number of seconds', () => {
      expect(make({ port: 9090, interval: Duration.millis(5500) })).toFail(`${PREFIX}'metrics.interval' ('5500ms') must be a whole number of seconds`);
    });

    test('an extra port already named metrics', () => {
      expect(() => web({ extraPorts: [{ name: 'metrics', port: 9100 }], metrics: { port: 9090 } }))
        .toFail(`${PREFIX}'extraPorts.name' ('metrics') must be unique among the container's port names`);
    });

    // metrics.port is checked before it becomes an extra port: errors name the prop the user set, not 'extraPorts.port'.
    test('a metrics port equal to the app port names metrics.port', () => {
      expect(make({ port: 8080 })).toFail(`${PREFIX}'metrics.port' (8080) must differ from 'port': metrics get their own port, name and NetworkPolicy rule`);
    });

    test.each([
      [0, 'must be >= 1'],
      [65536, 'must be <= 65535'],
      [9090.5, 'must be a whole number'],
    ])('a metrics port of %p names metrics.port', (port, rule) => {
      expect(make({ port })).toFail(`${PREFIX}'metrics.port' (${port}) ${rule}`);
    });
  });
});

describe('a Postgres in a production mesh', () => {
  test('the database and a waiting client pass the gate under STRICT mTLS; both reach istiod', () => {
    // GIVEN
    const shop = meshBlueprint();
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: BackupPolicy.disabled('test data, recreated from fixtures on every deploy') });

    // WHEN
    new WebService(shop, 'web', { ...WEB, trafficPolicy: SEED_POLICY }).connectTo(db, { waitForReady: true });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objectOf(objects, 'NetworkPolicy', 'db').spec.egress).toEqual([DNS_EGRESS, ISTIOD_EGRESS]);
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.egress).toEqual([
      DNS_EGRESS, ISTIOD_EGRESS, { ports: [{ port: 5432, protocol: 'TCP' }], to: [{ podSelector: { matchLabels: selector('db', 'production') } }] },
    ]);
  });
});
