import { BackupPolicy, BackupTools, BlueprintApp, BlueprintTesting, Duration, Environment, ExternalSecret, HealthCheck, Policy, Redis, ResourceProfile, SecretRef, Size } from '../../lib';
import { DNS_EGRESS, blueprint, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../_helpers';
import { cacheAuth } from './_backed-up';

type RedisProps = ConstructorParameters<typeof Redis>[2];

const DISABLED = BackupPolicy.disabled('cache: rebuilt from the database on start');
/** Readiness: PING answers PONG (not LOADING: the data set is in memory). */
const PING = ['sh', '-c', 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -q PONG'];
/** Liveness: the event loop answers PING, with PONG or, while loading, LOADING. */
const ALIVE = ['sh', '-c', 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -qE \'^(PONG|LOADING)\''];
const HIGH_UID_FIX = '      fix: keep the default UID/GID 10001; an image that needs its own UID suppresses this with a reason';

/** The objects every blueprint of these tests emits before the cache's: its namespace, its priority classes, its generated password. */
const BEFORE_CACHE = ['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'Password/cache-auth', 'ExternalSecret/cache-auth'];

/**
 * A Redis 'cache' in `env` (development by default) with its password generated in the cluster (GeneratedCredentials
 * 'cache-auth'; `props.credentials` replaces it, declared by the test), and its synthesized objects.
 */
function redis(props: Partial<RedisProps> = {}, env: Environment = Environment.development(), shop = blueprint(env)): { cache: Redis; objects: any[] } {
  const cache = new Redis(shop, 'cache', { credentials: props.credentials ?? cacheAuth(shop), ...(env.isProduction ? { backup: DISABLED } : {}), ...props });
  return { cache, objects: BlueprintTesting.synth(shop) };
}

function statefulSet(objects: any[]): any {
  return objectOf(objects, 'StatefulSet', 'cache');
}

function container(objects: any[]): any {
  return statefulSet(objects).spec.template.spec.containers[0];
}

describe('default configuration', () => {
  test('a minimal Redis in development', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Redis(shop, 'cache', { credentials: cacheAuth(shop) });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objects).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual([...BEFORE_CACHE, 'ServiceAccount/cache', 'NetworkPolicy/cache', 'Service/cache-headless', 'Service/cache', 'StatefulSet/cache']);
  });

  test('one replica of a StatefulSet behind the headless Service, with a retained 10Gi data volumeClaimTemplate', () => {
    // WHEN
    const spec = statefulSet(redis().objects).spec;

    // THEN
    expect([spec.serviceName, spec.replicas, spec.podManagementPolicy]).toEqual(['cache-headless', 1, 'OrderedReady']);
    expect(spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(spec.volumeClaimTemplates).toEqual([{
      metadata: { name: 'data', labels: standardLabels('cache', 'cache', 'development') },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
    }]);
  });

  test('headless and client Services on 6379', () => {
    // WHEN
    const { objects } = redis();

    // THEN
    const ports = [{ name: 'redis', port: 6379, targetPort: 6379, protocol: 'TCP' }];
    expect(objectOf(objects, 'Service', 'cache-headless').spec).toEqual({ clusterIP: 'None', publishNotReadyAddresses: true, selector: selector('cache', 'development'), ports });
    expect(objectOf(objects, 'Service', 'cache').spec).toEqual({ type: 'ClusterIP', selector: selector('cache', 'development'), ports });
  });

  test('append-only persistence in /data, password from the Secret through $(REDIS_PASSWORD)', () => {
    // WHEN
    const c = container(redis().objects);

    // THEN
    expect(c.command).toEqual(['redis-server']);
    expect(c.args).toEqual(['--dir', '/data', '--appendonly', 'yes', '--protected-mode', 'no', '--requirepass', '$(REDIS_PASSWORD)']);
    expect(c.env).toEqual([{ name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'cache-auth', key: 'password' } } }]);
    expect(c.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }, { name: 'data', mountPath: '/data' }]);
    expect(c.ports).toEqual([{ name: 'redis', containerPort: 6379, protocol: 'TCP' }]);
  });

  test('UID/GID 10001 like every workload, with /data the fsGroup\'s: nothing suppressed', () => {
    // WHEN
    const { objects } = redis();

    // THEN
    expect(objects.filter((o) => o.metadata.annotations)).toEqual([]);
    expect(statefulSet(objects).spec.template.spec.securityContext).toEqual({
      runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, fsGroupChangePolicy: 'OnRootMismatch', seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container(objects).securityContext).toEqual({
      allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001,
      capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  test('probes ping with the password: readiness wants PONG, liveness also takes LOADING — two different commands', () => {
    // WHEN
    const c = container(redis().objects);

    // THEN
    expect([c.startupProbe.exec.command, c.readinessProbe.exec.command, c.livenessProbe.exec.command]).toEqual([PING, PING, ALIVE]);
    expect(c.livenessProbe).toEqual({ exec: { command: ALIVE }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
  });

  test('a health check of the user\'s own replaces the engine\'s, liveness included', () => {
    // WHEN
    const c = container(redis({ health: HealthCheck.tcp({ liveness: HealthCheck.exec(['redis-cli', 'ping']) }) }).objects);

    // THEN
    expect([c.readinessProbe.tcpSocket, c.livenessProbe.exec]).toEqual([{ port: 6379 }, { command: ['redis-cli', 'ping'] }]);
  });

  test('no secret value anywhere in the output', () => {
    // WHEN
    const { objects } = redis();

    // THEN
    expect(objectsOf(objects, 'Secret')).toEqual([]);
    expect(JSON.stringify(objects)).not.toMatch(/"name":"REDIS_PASSWORD","value"/);
  });

  test('the NetworkPolicy admits nobody until a client connects', () => {
    expect(objectOf(redis().objects, 'NetworkPolicy', 'cache').spec).toEqual({
      podSelector: { matchLabels: selector('cache', 'development') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [DNS_EGRESS],
    });
  });

  test('fields', () => {
    // WHEN
    const { cache } = redis();

    // THEN
    expect([cache.name, cache.host, cache.port, cache.portName, cache.component, cache.kind, cache.image.toString()])
      .toEqual(['cache', 'cache.shop.svc', 6379, 'redis', 'cache', 'Redis', 'redis:7.0.15-bookworm']);
  });
});

describe('props', () => {
  test('image, storage, storageClass and resources', () => {
    // WHEN
    const { objects } = redis({
      image: 'registry.example.com/mirror/redis:7.0.15-bookworm', storage: Size.gibibytes(2), storageClass: 'standard', resources: ResourceProfile.micro(),
    });

    // THEN
    expect(container(objects).image).toEqual('registry.example.com/mirror/redis:7.0.15-bookworm');
    expect(container(objects).resources.requests).toEqual({ 'cpu': '100m', 'memory': '128Mi', 'ephemeral-storage': '64Mi' });
    expect(statefulSet(objects).spec.volumeClaimTemplates[0].spec).toEqual({
      accessModes: ['ReadWriteOnce'], storageClassName: 'standard', resources: { requests: { storage: '2Gi' } },
    });
  });

  test('passwordKey', () => {
    // GIVEN: a Secret copied from Vault whose key is 'token'
    const shop = blueprint(Environment.development());
    const credentials = new ExternalSecret(shop, 'cache-auth', { store: 'vault', data: { token: { key: 'shop/cache', property: 'token' } } }).secret;

    // WHEN
    const { objects } = redis({ credentials, passwordKey: 'token' }, Environment.development(), shop);

    // THEN
    expect(container(objects).env).toEqual([{ name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'cache-auth', key: 'token' } } }]);
  });

  test('security.user alone: the group follows the user, and no suppression is needed', () => {
    // WHEN
    const { objects } = redis({ security: { user: 10999 } });

    // THEN
    const podSecurity = statefulSet(objects).spec.template.spec.securityContext;
    expect([podSecurity.runAsUser, podSecurity.runAsGroup, podSecurity.fsGroup]).toEqual([10999, 10999, 10999]);
    expect(statefulSet(objects).metadata.annotations).toBeUndefined();
  });

  test('a high UID with a GID below 10000 is reported by the gate: it checks both', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Redis(shop, 'cache', { credentials: cacheAuth(shop), security: { user: 10999, group: 999 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail([
      '  ✗ [high-uid] shop-development/cache/StatefulSet: container \'cache\' runs as GID 999 (< 10000)',
      HIGH_UID_FIX,
    ].join('\n'));
  });

  // The official image's own UID 999 is no exception: every UID below 10000 is the user's choice, to justify.
  test('the official image\'s UID 999, stated explicitly, is reported by the gate like any low UID', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Redis(shop, 'cache', { credentials: cacheAuth(shop), security: { user: 999 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail('  ✗ [high-uid] shop-development/cache/StatefulSet: container \'cache\' runs as UID 999 (< 10000)');
  });

  test('a chosen low UID (1000) is reported by the gate', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Redis(shop, 'cache', { credentials: cacheAuth(shop), security: { user: 1000 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail([
      '  ✗ [high-uid] shop-development/cache/StatefulSet: container \'cache\' runs as UID 1000 (< 10000)',
      HIGH_UID_FIX,
    ].join('\n'));
  });

  test('a chosen low UID (1000) passes with the user\'s own suppression, which is the only justification on the StatefulSet', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    const cache = new Redis(shop, 'cache', { credentials: cacheAuth(shop), security: { user: 1000 } });

    // WHEN
    Policy.suppress(cache, 'high-uid', 'our redis image is rebuilt to run as UID/GID 1000');
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect([container(objects).securityContext.runAsUser, container(objects).securityContext.runAsGroup]).toEqual([1000, 1000]);
    expect(statefulSet(objects).metadata.annotations).toEqual({ 'suppress.blueprints.cdk8s.io/high-uid': 'our redis image is rebuilt to run as UID/GID 1000' });
  });

  test('a chosen low UID (1000) with GID 999 is reported by the gate', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Redis(shop, 'cache', { credentials: cacheAuth(shop), security: { user: 1000, group: 999 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail('  ✗ [high-uid] shop-development/cache/StatefulSet: container \'cache\' runs as UID 1000 (< 10000)');
  });

  test('command and args replace the server\'s', () => {
    // WHEN
    const c = container(redis({ command: ['redis-server'], args: ['/etc/redis/redis.conf'] }).objects);

    // THEN
    expect([c.command, c.args]).toEqual([['redis-server'], ['/etc/redis/redis.conf']]);
  });
});

describe('environments', () => {
  test('production: a PodDisruptionBudget that lets an unhealthy pod be evicted; the disabled backup\'s reason on the StatefulSet', () => {
    // WHEN
    const { objects } = redis({}, Environment.production());

    // THEN
    expect(kindsAndNames(objects)).toEqual([...BEFORE_CACHE, 'ServiceAccount/cache', 'NetworkPolicy/cache', 'Service/cache-headless', 'Service/cache', 'StatefulSet/cache', 'PodDisruptionBudget/cache']);
    expect(objectOf(objects, 'PodDisruptionBudget', 'cache').spec).toEqual({
      selector: { matchLabels: selector('cache', 'production') }, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow',
    });
    expect(statefulSet(objects).metadata.annotations).toEqual({ 'blueprints.cdk8s.io/backup-disabled': 'cache: rebuilt from the database on start' });
  });

  test('development: no PodDisruptionBudget', () => {
    expect(objectsOf(redis().objects, 'PodDisruptionBudget')).toEqual([]);
  });
});

describe('errors', () => {
  const PREFIX = "Redis 'shop-production/cache': ";
  const make = (props: Partial<RedisProps>, id = 'cache') => () => {
    const shop = blueprint();
    new Redis(shop, id, { credentials: cacheAuth(shop), backup: DISABLED, ...props });
  };

  test('passwordKey that the Secret does not declare', () => {
    expect(make({ passwordKey: 'token' })).toFail(`${PREFIX}'key' ('token') is not a declared key of Secret 'cache-auth' (declared: password)`);
  });

  test('default passwordKey missing from the Secret', () => {
    expect(make({ credentials: SecretRef.existing('cache-auth', ['token']) })).toFail(`${PREFIX}'key' ('password') is not a declared key of Secret 'cache-auth' (declared: token)`);
  });

  test('production without backup', () => {
    const shop = blueprint();
    expect(() => new Redis(shop, 'cache', { credentials: cacheAuth(shop) }))
      .toFail(`${PREFIX}'backup' (undefined) must be set in production: BackupPolicy.daily({ retention, encryption }) or BackupPolicy.disabled(reason) to opt out explicitly`);
  });

  test('a production backup without encryption', () => {
    // GIVEN
    const shop = blueprint();
    const tools = new BackupTools(shop.node.root as BlueprintApp, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools' });

    // THEN
    expect(() => new Redis(shop, 'cache', { credentials: cacheAuth(shop), backupTools: tools, backup: BackupPolicy.daily({ retention: Duration.days(1) }) }))
      .toFail(`${PREFIX}'backup.encryption' (undefined) must be set for Redis backups in production: BackupEncryption.age({ recipients, identity }), or BackupEncryption.none(reason) to opt out explicitly`);
  });

  test('a backup policy without backupTools', () => {
    const shop = blueprint(Environment.development());
    expect(() => new Redis(shop, 'cache', { credentials: cacheAuth(shop), backup: BackupPolicy.daily({ retention: Duration.days(1) }) }))
      .toFail("Redis 'shop-development/cache': 'backupTools' (undefined) must be set when 'backup' is a policy: create new BackupTools(app, 'backup-tools', { repository }) once and pass it");
  });

  test.each([39, 41])('an id of %p characters, even without a restore drill', (length) => {
    const id = 'c'.repeat(length);
    expect(make({}, id)).toFail(`Redis 'shop-production/${id}': 'id' ('${id}') must be at most 38 characters: its jobs are named <id>-restore-drill, and CronJob names may have at most 52`);
  });

  test('an id of 38 characters is accepted', () => {
    expect(make({}, 'c'.repeat(38))).not.toFail();
  });

  test('an id starting with a digit: Service names are DNS-1035 labels', () => {
    expect(make({}, '9cache'))
      .toFail("Redis 'shop-production/9cache': 'id' ('9cache') must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit");
  });

  test('a bad storageClass', () => {
    expect(make({ storageClass: 'SSD' })).toFail(`${PREFIX}'storageClass' ('SSD') must be the name of a StorageClass`);
  });
});

describe('defaultChild', () => {
  test('statefulSet, services and disruptionBudget are named after the Redis', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const cache = new Redis(shop, 'cache', { credentials: cacheAuth(shop), backup: DISABLED });

    // THEN
    expect([cache.statefulSet.kind, cache.statefulSet.name]).toEqual(['StatefulSet', 'cache']);
    expect([cache.service.name, cache.headlessService.name, cache.disruptionBudget?.name]).toEqual(['cache', 'cache-headless', 'cache']);
    expect(cache.credentials).toBe(cacheAuth(shop));
  });
});
