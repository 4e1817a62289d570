/**
 * `Workload.connectTo()`: the environment it injects, the NetworkPolicies on both sides, `waitForReady`, the output
 * order and its errors — towards a WebService, a Postgres, a Redis and an ExternalService; then the example's
 * network paths as a whole.
 */
import {
  BackupPolicy, Blueprint, BlueprintTesting, Environment, ExternalService, GeneratedCredentials, Postgres, Redis, SecretRef, WebService, Worker,
} from '../../lib';
import { CONTAINER_SECURITY, DNS_EGRESS, WEB, WORKER, blueprint, containerOf, kindsAndNames, objectOf, selector } from '../_helpers';

/**
 * The Secrets the databases and their clients read, generated in the cluster as an app provisions them (the gate's
 * secret-refs): the database's credentials 'user-db-credentials' (user 'users') and the cache's password 'cache-auth'.
 */
const credentials = (shop: Blueprint): SecretRef => new GeneratedCredentials(shop, 'user-db-credentials', { username: 'users' }).secret;
const cacheAuth = (shop: Blueprint): SecretRef => new GeneratedCredentials(shop, 'cache-auth').secret;
const DISABLED = BackupPolicy.disabled('test data, recreated from fixtures on every deploy');
const NANO = {
  requests: { 'cpu': '50m', 'memory': '64Mi', 'ephemeral-storage': '64Mi' },
  limits: { 'cpu': '100m', 'memory': '128Mi', 'ephemeral-storage': '1Gi' },
};

const pods = (name: string, env = 'production') => ({ podSelector: { matchLabels: selector(name, env) } });
const egressTo = (name: string, port: number, env = 'production') => ({ ports: [{ port, protocol: 'TCP' }], to: [pods(name, env)] });
const ingressFrom = (name: string, port: number, env = 'production') => ({ ports: [{ port, protocol: 'TCP' }], from: [pods(name, env)] });
const envOf = (objects: any[], kind: string, name: string) => containerOf(objectOf(objects, kind, name)).env;
const secret = (name: string, key: string) => ({ valueFrom: { secretKeyRef: { name, key } } });

describe('connectTo a WebService', () => {
  test('HOST, PORT (the Service port) and URL; egress to its pods on the pod port; ingress there from the client only', () => {
    // GIVEN
    const shop = blueprint();
    const users = new WebService(shop, 'users', { ...WEB, allowFromApplication: false });
    const api = new Worker(shop, 'api', WORKER);

    // WHEN
    api.connectTo(users);

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(envOf(objects, 'Deployment', 'api')).toEqual([
      { name: 'USERS_HOST', value: 'users.shop.svc' },
      { name: 'USERS_PORT', value: '80' },
      { name: 'USERS_URL', value: 'http://users.shop.svc' },
    ]);
    expect(objectOf(objects, 'NetworkPolicy', 'api').spec).toEqual({
      podSelector: { matchLabels: selector('api', 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [DNS_EGRESS, egressTo('users', 8080)],
    });
    expect(objectOf(objects, 'NetworkPolicy', 'users').spec.ingress).toEqual([ingressFrom('api', 8080)]);
    expect(api.relations).toEqual([{ name: 'users', host: 'users.shop.svc', port: 80 }]);
  });

  test('a Service port other than 80 is part of the URL', () => {
    // GIVEN
    const shop = blueprint();
    const users = new WebService(shop, 'users', { ...WEB, servicePort: 8443 });

    // WHEN
    const api = new Worker(shop, 'api', WORKER);
    api.connectTo(users);

    // THEN
    expect(envOf(BlueprintTesting.synth(shop), 'Deployment', 'api')).toEqual([
      { name: 'USERS_HOST', value: 'users.shop.svc' },
      { name: 'USERS_PORT', value: '8443' },
      { name: 'USERS_URL', value: 'http://users.shop.svc:8443' },
    ]);
  });

  test('the variables come after the client\'s own env', () => {
    // GIVEN
    const shop = blueprint();
    const users = new WebService(shop, 'users', WEB);
    const api = new Worker(shop, 'api', { ...WORKER, env: { LOG_LEVEL: 'info' } });

    // WHEN
    api.connectTo(users, { envPrefix: 'BACKEND' });

    // THEN
    expect(envOf(BlueprintTesting.synth(shop), 'Deployment', 'api').map((e: any) => e.name)).toEqual(['LOG_LEVEL', 'BACKEND_HOST', 'BACKEND_PORT', 'BACKEND_URL']);
  });
});

describe('connectTo a Postgres', () => {
  function connected(options: Parameters<Worker['connectTo']>[1] = {}): any[] {
    const shop = blueprint();
    const db = new Postgres(shop, 'user-db', { credentials: credentials(shop), database: 'users', backup: DISABLED });
    new Worker(shop, 'api', WORKER).connectTo(db, options);
    return BlueprintTesting.synth(shop);
  }

  test('HOST, PORT, the credentials as Secret references, DATABASE and a URL that refers to them, in that order', () => {
    expect(envOf(connected(), 'Deployment', 'api')).toEqual([
      { name: 'USER_DB_HOST', value: 'user-db.shop.svc' },
      { name: 'USER_DB_PORT', value: '5432' },
      { name: 'USER_DB_USER', ...secret('user-db-credentials', 'username') },
      { name: 'USER_DB_PASSWORD', ...secret('user-db-credentials', 'password') },
      { name: 'USER_DB_DATABASE', value: 'users' },
      { name: 'USER_DB_URL', value: 'postgres://$(USER_DB_USER):$(USER_DB_PASSWORD)@user-db.shop.svc:5432/users' },
    ]);
  });

  test('envPrefix', () => {
    expect(envOf(connected({ envPrefix: 'DB' }), 'Deployment', 'api').map((e: any) => [e.name, e.value])).toEqual([
      ['DB_HOST', 'user-db.shop.svc'],
      ['DB_PORT', '5432'],
      ['DB_USER', undefined],
      ['DB_PASSWORD', undefined],
      ['DB_DATABASE', 'users'],
      ['DB_URL', 'postgres://$(DB_USER):$(DB_PASSWORD)@user-db.shop.svc:5432/users'],
    ]);
  });

  test('envNames renames single variables, and the URL refers to the renamed ones', () => {
    expect(envOf(connected({ envNames: { URL: 'DATABASE_URL', USER: 'PGUSER', PASSWORD: 'PGPASSWORD' } }), 'Deployment', 'api')).toEqual([
      { name: 'USER_DB_HOST', value: 'user-db.shop.svc' },
      { name: 'USER_DB_PORT', value: '5432' },
      { name: 'PGUSER', ...secret('user-db-credentials', 'username') },
      { name: 'PGPASSWORD', ...secret('user-db-credentials', 'password') },
      { name: 'USER_DB_DATABASE', value: 'users' },
      { name: 'DATABASE_URL', value: 'postgres://$(PGUSER):$(PGPASSWORD)@user-db.shop.svc:5432/users' },
    ]);
  });

  test('skipEnv: no variables, the same network paths', () => {
    // WHEN
    const objects = connected({ skipEnv: true });

    // THEN
    expect(envOf(objects, 'Deployment', 'api')).toBeUndefined();
    expect(objectOf(objects, 'NetworkPolicy', 'api').spec.egress).toEqual([DNS_EGRESS, egressTo('user-db', 5432)]);
    expect(objectOf(objects, 'NetworkPolicy', 'user-db').spec.ingress).toEqual([ingressFrom('api', 5432)]);
  });

  test('skipEnv does not check envPrefix', () => {
    expect(() => connected({ skipEnv: true, envPrefix: 'lower' })).not.toFail();
  });

  test('the database admits the client on 5432 and the client reaches it; nothing else changes', () => {
    // WHEN
    const objects = connected();

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'user-db').spec).toEqual({
      podSelector: { matchLabels: selector('user-db', 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [ingressFrom('api', 5432)],
      egress: [DNS_EGRESS],
    });
    expect(objectOf(objects, 'NetworkPolicy', 'api').spec.egress).toEqual([DNS_EGRESS, egressTo('user-db', 5432)]);
  });

  test('no secret value in the client: every credential is a secretKeyRef', () => {
    const credentialEnv = envOf(connected(), 'Deployment', 'api').filter((e: any) => /_(USER|PASSWORD)$/.test(e.name));
    expect(credentialEnv.map((e: any) => Object.keys(e))).toEqual([['name', 'valueFrom'], ['name', 'valueFrom']]);
  });
});

describe('connectTo a Redis', () => {
  test('HOST, PORT, PASSWORD as a Secret reference and a URL that refers to it; paths on 6379', () => {
    // GIVEN
    const shop = blueprint();
    const cache = new Redis(shop, 'cache', { credentials: cacheAuth(shop), backup: DISABLED });
    const api = new Worker(shop, 'api', WORKER);

    // WHEN
    api.connectTo(cache, { envPrefix: 'SESSION' });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(envOf(objects, 'Deployment', 'api')).toEqual([
      { name: 'SESSION_HOST', value: 'cache.shop.svc' },
      { name: 'SESSION_PORT', value: '6379' },
      { name: 'SESSION_PASSWORD', ...secret('cache-auth', 'password') },
      { name: 'SESSION_URL', value: 'redis://:$(SESSION_PASSWORD)@cache.shop.svc:6379/0' },
    ]);
    expect(objectOf(objects, 'NetworkPolicy', 'api').spec.egress).toEqual([DNS_EGRESS, egressTo('cache', 6379)]);
    expect(objectOf(objects, 'NetworkPolicy', 'cache').spec.ingress).toEqual([ingressFrom('api', 6379)]);
  });
});

describe('connectTo an ExternalService', () => {
  test('HOST and PORT only; egress to any address on its port; no policy on the other side', () => {
    // GIVEN
    const shop = blueprint();
    const payments = new ExternalService(shop, 'payments', { host: 'api.payments.example.com', port: 443 });
    const api = new Worker(shop, 'api', WORKER);

    // WHEN
    api.connectTo(payments);

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(envOf(objects, 'Deployment', 'api')).toEqual([
      { name: 'PAYMENTS_HOST', value: 'payments.shop.svc' },
      { name: 'PAYMENTS_PORT', value: '443' },
    ]);
    expect(objectOf(objects, 'NetworkPolicy', 'api').spec.egress).toEqual([DNS_EGRESS, { ports: [{ port: 443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }]);
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'Service/payments', 'ServiceAccount/api', 'NetworkPolicy/api', 'Deployment/api', 'PodDisruptionBudget/api']);
  });

  test('waitForReady polls the in-cluster name', () => {
    // GIVEN
    const shop = blueprint();
    const payments = new ExternalService(shop, 'payments', { host: 'api.payments.example.com', port: 443 });
    const api = new Worker(shop, 'api', WORKER);

    // WHEN
    api.connectTo(payments, { waitForReady: true });

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'api').spec.template.spec.initContainers[0].command)
      .toEqual(['sh', '-c', 'until nc -z -w 2 payments.shop.svc 443; do echo "waiting for payments.shop.svc:443"; sleep 2; done']);
  });
});

describe('waitForReady', () => {
  function waiting(mesh: boolean): any {
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), mesh });
    const db = new Postgres(shop, 'user-db', { credentials: credentials(shop), backup: DISABLED });
    new WebService(shop, 'web', WEB).connectTo(db, { waitForReady: true });
    return objectOf(BlueprintTesting.synth(shop), 'Deployment', 'web').spec.template.spec.initContainers;
  }

  test('a busybox init container polls the Service until it accepts connections, hardened like the app', () => {
    expect(waiting(false)).toEqual([{
      name: 'wait-for-user-db',
      image: 'busybox:1.36.1',
      imagePullPolicy: 'Always',
      command: ['sh', '-c', 'until nc -z -w 2 user-db.shop.svc 5432; do echo "waiting for user-db.shop.svc:5432"; sleep 2; done'],
      resources: NANO,
      securityContext: CONTAINER_SECURITY,
    }]);
  });

  test('in a mesh it runs as the proxy\'s UID 1337, whose traffic the sidecar does not intercept, and the gate accepts it', () => {
    // WHEN
    const [init] = waiting(true);

    // THEN
    expect(init.securityContext).toEqual({ ...CONTAINER_SECURITY, runAsUser: 1337, runAsGroup: 1337 });
  });

  test('one init container per relation, in order; none without waitForReady', () => {
    // GIVEN
    const shop = blueprint();
    const db = new Postgres(shop, 'user-db', { credentials: credentials(shop), backup: DISABLED });
    const cache = new Redis(shop, 'cache', { credentials: cacheAuth(shop), backup: DISABLED });
    const users = new WebService(shop, 'users', WEB);
    const api = new Worker(shop, 'api', WORKER);

    // WHEN
    api.connectTo(cache, { waitForReady: true });
    api.connectTo(users);
    api.connectTo(db, { waitForReady: true });

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'api').spec.template.spec.initContainers.map((c: any) => c.name)).toEqual(['wait-for-cache', 'wait-for-user-db']);
  });
});

describe('output order', () => {
  test('the target\'s objects come before the client\'s, even when the client is created first', () => {
    // GIVEN
    const shop = blueprint();
    const api = new Worker(shop, 'api', WORKER);
    const db = new Postgres(shop, 'user-db', { credentials: credentials(shop), backup: DISABLED });

    // WHEN
    api.connectTo(db);

    // THEN
    expect(kindsAndNames(BlueprintTesting.synth(shop))).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data',
      'ServiceAccount/user-db', 'NetworkPolicy/user-db', 'Service/user-db-headless', 'Service/user-db', 'StatefulSet/user-db', 'PodDisruptionBudget/user-db',
      'ServiceAccount/api', 'NetworkPolicy/api', 'Deployment/api', 'PodDisruptionBudget/api',
      // the credentials, created with the database after the client, keep their place: no relation orders them
      'Password/user-db-credentials', 'ExternalSecret/user-db-credentials',
    ]);
  });

  test('a chain is ordered end to end', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    const front = new WebService(shop, 'front', WEB);
    const back = new WebService(shop, 'back', WEB);
    const db = new Postgres(shop, 'db', { credentials: credentials(shop) });

    // WHEN
    front.connectTo(back);
    back.connectTo(db);

    // THEN
    const workloads = kindsAndNames(BlueprintTesting.synth(shop)).filter((n) => n.startsWith('Deployment/') || n.startsWith('StatefulSet/'));
    expect(workloads).toEqual(['StatefulSet/db', 'Deployment/back', 'Deployment/front']);
  });
});

describe('errors', () => {
  test('connecting to itself', () => {
    // GIVEN
    const web = new WebService(blueprint(), 'web', WEB);

    // THEN
    expect(() => web.connectTo(web)).toFail("WebService 'shop-production/web': Unable to connect web to itself");
  });

  test('a cycle of two', () => {
    // GIVEN
    const shop = blueprint();
    const a = new WebService(shop, 'a', WEB);
    const b = new WebService(shop, 'b', WEB);
    a.connectTo(b);

    // THEN
    expect(() => b.connectTo(a)).toFail("WebService 'shop-production/b': connectTo('a') would create a dependency cycle: b → a → b");
  });

  test('a longer cycle, named in full', () => {
    // GIVEN
    const shop = blueprint();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => new WebService(shop, id, WEB));
    a.connectTo(b);
    b.connectTo(c);
    c.connectTo(d);

    // THEN
    expect(() => d.connectTo(a)).toFail("WebService 'shop-production/d': connectTo('a') would create a dependency cycle: d → a → b → c → d");
  });

  test('a cycle through a database that connects back to its client', () => {
    // GIVEN
    const shop = blueprint();
    const db = new Postgres(shop, 'db', { credentials: credentials(shop), backup: DISABLED });
    const web = new WebService(shop, 'web', WEB);
    web.connectTo(db);

    // THEN
    expect(() => db.connectTo(web)).toFail("Postgres 'shop-production/db': connectTo('web') would create a dependency cycle: db → web → db");
  });

  test('a rejected cycle is reported at synth and leaves both sides unchanged', () => {
    // GIVEN
    const shop = blueprint();
    const a = new WebService(shop, 'a', { ...WEB, allowFromApplication: false });
    const b = new WebService(shop, 'b', { ...WEB, allowFromApplication: false });
    a.connectTo(b);

    // WHEN
    expect(() => b.connectTo(a)).toFail("WebService 'shop-production/b': connectTo('a') would create a dependency cycle: b → a → b");

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toThrow("  ✗ [construct] shop-production/b: connectTo('a') would create a dependency cycle: b → a → b");
    expect(b.relations).toEqual([]);
    expect([...b.environmentVariables.keys()]).toEqual([]);
    expect(b.connections.egressRules.map((r) => r.peer.description)).toEqual(['cluster DNS']);
    expect(a.connections.ingressRules.map((r) => r.peer.description)).toEqual([]);
  });

  test('two relations with the same prefix set a variable twice', () => {
    // GIVEN
    const shop = blueprint();
    const api = new Worker(shop, 'api', WORKER);
    api.connectTo(new WebService(shop, 'users', WEB), { envPrefix: 'BACKEND' });

    // THEN
    expect(() => api.connectTo(new WebService(shop, 'orders', WEB), { envPrefix: 'BACKEND' }))
      .toFail("Worker 'shop-production/api': 'env' ('BACKEND_HOST') is set twice: each environment variable may be set once");
  });

  test('a relation whose variable the client already sets', () => {
    // GIVEN
    const shop = blueprint();
    const db = new Postgres(shop, 'db', { credentials: credentials(shop), backup: DISABLED });
    const api = new Worker(shop, 'api', { ...WORKER, env: { DATABASE_URL: 'postgres://localhost/dev' } });

    // THEN
    expect(() => api.connectTo(db, { envNames: { URL: 'DATABASE_URL' } }))
      .toFail("Worker 'shop-production/api': 'env' ('DATABASE_URL') is set twice: each environment variable may be set once");
  });

  test.each(['user_db', 'USER-DB', '1DB', ''])('envPrefix %p', (envPrefix) => {
    // GIVEN
    const shop = blueprint();
    const api = new Worker(shop, 'api', WORKER);

    // THEN
    expect(() => api.connectTo(new WebService(shop, 'users', WEB), { envPrefix }))
      .toFail(`Worker 'shop-production/api': 'envPrefix' ('${envPrefix}') must be upper snake case, e.g. 'USER_DB'`);
  });

  test('an envNames entry that is no variable name', () => {
    // GIVEN
    const shop = blueprint();
    const api = new Worker(shop, 'api', WORKER);

    // THEN
    expect(() => api.connectTo(new WebService(shop, 'users', WEB), { envNames: { URL: '1URL' } }))
      .toFail("Worker 'shop-production/api': 'env['1URL']' ('1URL') must be a valid environment variable name: letters, digits, '_', '-' and '.', not starting with a digit");
  });
});
