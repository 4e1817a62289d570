import { BackupPolicy, BackupTools, Blueprint, BlueprintApp, BlueprintTesting, Duration, Environment, ExternalSecret, HealthCheck, Policy, Postgres, ResourceProfile, Size } from '../../lib';
import { DNS_EGRESS, blueprint, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../_helpers';
import { dbCredentials } from './_backed-up';

type PostgresProps = ConstructorParameters<typeof Postgres>[2];

const DISABLED = BackupPolicy.disabled('test data, recreated from fixtures on every deploy');
/** Readiness: the server accepts connections over TCP. */
const PG_READY = ['sh', '-c', 'pg_isready -h 127.0.0.1 -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"'];
/** Liveness: the postmaster answers on its socket, even to reject (exit 1 while starting, recovering, stopping). */
const PG_ALIVE = ['sh', '-c', 'pg_isready -q -h /var/run/postgresql -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"; [ $? -le 1 ]'];
const HIGH_UID_FIX = '      fix: keep the default UID/GID 10001; an image that needs its own UID suppresses this with a reason';
const LABELS = standardLabels('db', 'database', 'development', '15.10-bookworm');

/** The objects every blueprint of these tests emits before the database's: its namespace, its priority classes, its generated credentials. */
const BEFORE_DB = ['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'Password/db-credentials', 'ExternalSecret/db-credentials'];

/**
 * A Postgres 'db' in `env` (development by default: no backup needed) with credentials generated in the cluster
 * (GeneratedCredentials 'db-credentials', user 'app'; `props.credentials` replaces them, declared by the test), and
 * its synthesized objects.
 */
function postgres(props: Partial<PostgresProps> = {}, env: Environment = Environment.development(), shop = blueprint(env)): { db: Postgres; objects: any[] } {
  const db = new Postgres(shop, 'db', { credentials: props.credentials ?? dbCredentials(shop), ...(env.isProduction ? { backup: DISABLED } : {}), ...props });
  return { db, objects: BlueprintTesting.synth(shop) };
}

function statefulSet(objects: any[]): any {
  return objectOf(objects, 'StatefulSet', 'db');
}

function container(objects: any[]): any {
  return statefulSet(objects).spec.template.spec.containers[0];
}

describe('default configuration', () => {
  test('a minimal Postgres in development', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Postgres(shop, 'db', { credentials: dbCredentials(shop) });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objects).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual([...BEFORE_DB, 'ServiceAccount/db', 'NetworkPolicy/db', 'Service/db-headless', 'Service/db', 'StatefulSet/db']);
  });

  test('one replica of a StatefulSet behind the headless Service, with a retained 10Gi data volumeClaimTemplate', () => {
    // WHEN
    const { objects } = postgres();

    // THEN
    const spec = statefulSet(objects).spec;
    expect([spec.serviceName, spec.replicas, spec.podManagementPolicy, spec.updateStrategy]).toEqual(['db-headless', 1, 'OrderedReady', { type: 'RollingUpdate' }]);
    expect(spec.selector).toEqual({ matchLabels: selector('db', 'development') });
    expect(spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(spec.volumeClaimTemplates).toEqual([{
      metadata: { name: 'data', labels: standardLabels('db', 'database', 'development') },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
    }]);
  });

  test('the headless Service publishes not-ready addresses; the client Service is a ClusterIP on 5432', () => {
    // WHEN
    const { objects } = postgres();

    // THEN
    const ports = [{ name: 'postgres', port: 5432, targetPort: 5432, protocol: 'TCP' }];
    expect(objectOf(objects, 'Service', 'db-headless')).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'db-headless', namespace: 'shop', labels: LABELS },
      spec: { clusterIP: 'None', publishNotReadyAddresses: true, selector: selector('db', 'development'), ports },
    });
    expect(objectOf(objects, 'Service', 'db')).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'db', namespace: 'shop', labels: LABELS },
      spec: { type: 'ClusterIP', selector: selector('db', 'development'), ports },
    });
  });

  test('UID/GID 10001 like every workload, with the data volume the fsGroup\'s: nothing suppressed', () => {
    // WHEN
    const { objects } = postgres();

    // THEN
    const sts = statefulSet(objects);
    expect(sts.metadata.annotations).toBeUndefined();
    expect(sts.spec.template.spec.securityContext).toEqual({
      runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, fsGroupChangePolicy: 'OnRootMismatch', seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container(objects).securityContext).toEqual({
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(objects.filter((o) => o.metadata.annotations)).toEqual([]);
  });

  test('a read-only root filesystem with writable /tmp and /var/run/postgresql, and the data volume at PGDATA\'s parent', () => {
    // WHEN
    const { objects } = postgres();

    // THEN
    expect(container(objects).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      { name: 'var-run-postgresql', mountPath: '/var/run/postgresql' },
      { name: 'data', mountPath: '/var/lib/postgresql/data' },
    ]);
    expect(statefulSet(objects).spec.template.spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      { name: 'var-run-postgresql', emptyDir: { sizeLimit: '1Gi' } },
    ]);
  });

  test('startup and readiness run pg_isready over TCP, liveness pg_isready on the socket: two different commands', () => {
    // WHEN
    const c = container(postgres().objects);

    // THEN
    expect(c.startupProbe).toEqual({ exec: { command: PG_READY }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 });
    expect(c.readinessProbe).toEqual({ exec: { command: PG_READY }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
    expect(c.livenessProbe).toEqual({ exec: { command: PG_ALIVE }, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 });
    // kube-score pod-probes calls exec probes with the same command "the same probe"
    expect(c.livenessProbe.exec.command).not.toEqual(c.readinessProbe.exec.command);
    expect(c.ports).toEqual([{ name: 'postgres', containerPort: 5432, protocol: 'TCP' }]);
  });

  test('a health check of the user\'s own replaces the engine\'s, liveness included', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    new Postgres(shop, 'db', { credentials: dbCredentials(shop), health: HealthCheck.tcp() });

    // WHEN
    const { objects, warnings } = BlueprintTesting.synthApp(shop.node.root as BlueprintApp);

    // THEN: HealthCheck.tcp() has no liveness probe, and the engine's is not kept; the gate says so
    const c = container(objects.filter((o) => o.blueprint === shop.node.id).map((o) => o.json));
    expect([c.startupProbe.tcpSocket, c.readinessProbe.tcpSocket, c.livenessProbe]).toEqual([{ port: 5432 }, { port: 5432 }, undefined]);
    expect(warnings.map((w) => `[${w.rule}] ${w.path}: ${w.message}`)).toEqual(["[probes] shop-development/db/StatefulSet: container 'db' has no liveness probe"]);
  });

  test('the superuser comes from the credentials Secret; database and PGDATA are literals', () => {
    expect(container(postgres().objects).env).toEqual([
      { name: 'POSTGRES_USER', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'username' } } },
      { name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
      { name: 'POSTGRES_DB', value: 'app' },
      { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
    ]);
  });

  test('no secret value anywhere in the output', () => {
    // WHEN
    const { objects } = postgres();

    // THEN
    expect(objectsOf(objects, 'Secret')).toEqual([]);
    const credentialEnv = container(objects).env.filter((e: any) => /USER|PASSWORD/.test(e.name));
    expect(credentialEnv.map((e: any) => [e.name, e.value, Object.keys(e.valueFrom)])).toEqual([
      ['POSTGRES_USER', undefined, ['secretKeyRef']],
      ['POSTGRES_PASSWORD', undefined, ['secretKeyRef']],
    ]);
  });

  test('the NetworkPolicy admits nobody until a client connects, and reaches only DNS', () => {
    expect(objectOf(postgres().objects, 'NetworkPolicy', 'db').spec).toEqual({
      podSelector: { matchLabels: selector('db', 'development') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [DNS_EGRESS],
    });
  });

  test('fields', () => {
    // WHEN
    const shop = blueprint(Environment.development());
    const { db } = postgres({}, Environment.development(), shop);

    // THEN
    expect([db.name, db.host, db.port, db.portName, db.database, db.component, db.kind, db.image.toString()])
      .toEqual(['db', 'db.shop.svc', 5432, 'postgres', 'app', 'database', 'Postgres', 'postgres:15.10-bookworm']);
    expect(db.credentials).toBe(dbCredentials(shop));
    expect([db.backup, db.backupTask, db.restoreTask, db.drillTask, db.backupVolume]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('props', () => {
  test('image', () => {
    // WHEN
    const { objects } = postgres({ image: 'registry.example.com/mirror/postgres:15.10-bookworm' });

    // THEN
    expect(container(objects).image).toEqual('registry.example.com/mirror/postgres:15.10-bookworm');
  });

  test('storage and storageClass shape the data volumeClaimTemplate', () => {
    // WHEN
    const { objects } = postgres({ storage: Size.gibibytes(50), storageClass: 'fast-ssd.example.com' });

    // THEN
    expect(statefulSet(objects).spec.volumeClaimTemplates[0].spec).toEqual({
      accessModes: ['ReadWriteOnce'], storageClassName: 'fast-ssd.example.com', resources: { requests: { storage: '50Gi' } },
    });
  });

  test('database is created on first start', () => {
    // WHEN
    const { db, objects } = postgres({ database: 'users_2' });

    // THEN
    expect(container(objects).env.find((e: any) => e.name === 'POSTGRES_DB')).toEqual({ name: 'POSTGRES_DB', value: 'users_2' });
    expect(db.database).toEqual('users_2');
  });

  test('usernameKey and passwordKey pick other keys of the Secret', () => {
    // GIVEN: a Secret copied from Vault with keys of its own
    const shop = blueprint(Environment.development());
    const remote = (property: string) => ({ key: 'shop/pg', property });
    const credentials = new ExternalSecret(shop, 'pg', { store: 'vault', data: { user: remote('user'), pass: remote('pass'), other: remote('other') } }).secret;

    // WHEN
    const { objects } = postgres({ credentials, usernameKey: 'user', passwordKey: 'pass' }, Environment.development(), shop);

    // THEN
    expect(container(objects).env.slice(0, 2)).toEqual([
      { name: 'POSTGRES_USER', valueFrom: { secretKeyRef: { name: 'pg', key: 'user' } } },
      { name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: 'pg', key: 'pass' } } },
    ]);
  });

  test('resources', () => {
    expect(container(postgres({ resources: ResourceProfile.large() }).objects).resources).toEqual({
      requests: { 'cpu': '1', 'memory': '1Gi', 'ephemeral-storage': '64Mi' },
      limits: { 'cpu': '2', 'memory': '2Gi', 'ephemeral-storage': '1Gi' },
    });
  });

  test('writablePaths add to /var/run/postgresql', () => {
    expect(container(postgres({ writablePaths: ['/var/log/postgresql'] }).objects).volumeMounts.map((m: any) => m.mountPath))
      .toEqual(['/tmp', '/var/run/postgresql', '/var/log/postgresql', '/var/lib/postgresql/data']);
  });

  test('a UID and GID of 10000 or more need no suppression', () => {
    // WHEN
    const { objects } = postgres({ security: { user: 10999, group: 10999 } });

    // THEN
    expect(statefulSet(objects).metadata.annotations).toBeUndefined();
    expect([container(objects).securityContext.runAsUser, container(objects).securityContext.runAsGroup]).toEqual([10999, 10999]);
  });

  test('security.user alone: the group follows the user, as SecurityOptions.group documents', () => {
    // WHEN
    const { objects } = postgres({ security: { user: 10999 } });

    // THEN
    const podSecurity = statefulSet(objects).spec.template.spec.securityContext;
    expect([podSecurity.runAsUser, podSecurity.runAsGroup, podSecurity.fsGroup]).toEqual([10999, 10999, 10999]);
    expect(statefulSet(objects).metadata.annotations).toBeUndefined();
  });

  test('security.group alone: the user stays 10001, the group and the fsGroup follow the option', () => {
    // WHEN
    const { objects } = postgres({ security: { group: 10999 } });

    // THEN
    const podSecurity = statefulSet(objects).spec.template.spec.securityContext;
    expect([podSecurity.runAsUser, podSecurity.runAsGroup, podSecurity.fsGroup]).toEqual([10001, 10999, 10999]);
    expect(statefulSet(objects).metadata.annotations).toBeUndefined();
  });

  test('a high UID with a GID below 10000 is reported by the gate: it checks both', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Postgres(shop, 'db', { credentials: dbCredentials(shop), security: { user: 10999, group: 999 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail([
      '  ✗ [high-uid] shop-development/db/StatefulSet: container \'db\' runs as GID 999 (< 10000)',
      HIGH_UID_FIX,
    ].join('\n'));
  });

  // The official image's own UID 999 is no exception: every UID below 10000 is the user's choice, to justify.
  test('the official image\'s UID 999, stated explicitly, is reported by the gate like any low UID', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Postgres(shop, 'db', { credentials: dbCredentials(shop), security: { user: 999 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail([
      '  ✗ [high-uid] shop-development/db/StatefulSet: container \'db\' runs as UID 999 (< 10000)',
      HIGH_UID_FIX,
    ].join('\n'));
  });

  test('a chosen low UID (1000) is reported by the gate', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Postgres(shop, 'db', { credentials: dbCredentials(shop), security: { user: 1000 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail([
      '  ✗ [high-uid] shop-development/db/StatefulSet: container \'db\' runs as UID 1000 (< 10000)',
      HIGH_UID_FIX,
    ].join('\n'));
  });

  test('a chosen low UID (1000) passes with the user\'s own suppression, which is the only justification on the StatefulSet', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), security: { user: 1000 } });

    // WHEN
    Policy.suppress(db, 'high-uid', 'our postgres image is rebuilt to run as UID/GID 1000');
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect([container(objects).securityContext.runAsUser, container(objects).securityContext.runAsGroup]).toEqual([1000, 1000]);
    expect(statefulSet(objects).metadata.annotations).toEqual({ 'suppress.blueprints.cdk8s.io/high-uid': 'our postgres image is rebuilt to run as UID/GID 1000' });
  });

  test('a chosen low UID (1000) with GID 999 is reported by the gate', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Postgres(shop, 'db', { credentials: dbCredentials(shop), security: { user: 1000, group: 999 } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail('  ✗ [high-uid] shop-development/db/StatefulSet: container \'db\' runs as UID 1000 (< 10000)');
  });
});

describe('environments', () => {
  test('production: a PodDisruptionBudget of maxUnavailable 1 that lets an unhealthy pod be evicted, and medium resources', () => {
    // WHEN
    const { objects } = postgres({}, Environment.production());

    // THEN
    expect(kindsAndNames(objects)).toEqual([...BEFORE_DB, 'ServiceAccount/db', 'NetworkPolicy/db', 'Service/db-headless', 'Service/db', 'StatefulSet/db', 'PodDisruptionBudget/db']);
    expect(objectOf(objects, 'PodDisruptionBudget', 'db').spec).toEqual({
      selector: { matchLabels: selector('db', 'production') }, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow',
    });
    expect(container(objects).resources.requests.cpu).toEqual('500m');
  });

  test('staging wants disruption budgets too', () => {
    expect(objectsOf(postgres({}, Environment.staging()).objects, 'PodDisruptionBudget').map((p) => p.metadata.name)).toEqual(['db']);
  });

  test('development: no PodDisruptionBudget', () => {
    // WHEN
    const { db, objects } = postgres();

    // THEN
    expect(objectsOf(objects, 'PodDisruptionBudget')).toEqual([]);
    expect(db.disruptionBudget).toBeUndefined();
  });

  test('production accepts BackupPolicy.disabled(reason) and records the reason on the StatefulSet', () => {
    // WHEN
    const { objects } = postgres({ backup: BackupPolicy.disabled('  a replica of the warehouse, reloaded nightly  ') }, Environment.production());

    // THEN
    expect(statefulSet(objects).metadata.annotations).toEqual({
      'blueprints.cdk8s.io/backup-disabled': 'a replica of the warehouse, reloaded nightly',
    });
    expect(objectsOf(objects, 'CronJob')).toEqual([]);
  });
});

describe('errors', () => {
  const PREFIX = "Postgres 'shop-production/db': ";
  const make = (props: Partial<PostgresProps>, id = 'db', env = Environment.production()) => () => {
    const shop = blueprint(env);
    new Postgres(shop, id, { credentials: dbCredentials(shop), backup: DISABLED, ...props });
  };

  test.each(['App', 'user-db', '1users', 'a'.repeat(64), ''])('database %p is no lowercase SQL identifier', (database) => {
    expect(make({ database })).toFail(`${PREFIX}'database' ('${database}') must be a lowercase SQL identifier (letters, digits, '_'), at most 63 characters`);
  });

  test('a storage size Kubernetes cannot take is recorded when the database is made, and synthesis reports it', () => {
    // GIVEN
    const shop = blueprint(Environment.production());
    new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: DISABLED, storage: Size.kibibytes(1.5) });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toThrow("  ✗ [construct] shop-production/db: 'storage' ('1.5Ki') must be a whole number of kibibytes >= 1");
  });

  test('a database name of 63 characters is accepted', () => {
    expect(make({ database: `_${'a'.repeat(62)}` })).not.toFail();
  });

  test('usernameKey that the Secret does not declare', () => {
    expect(make({ usernameKey: 'user' })).toFail(`${PREFIX}'key' ('user') is not a declared key of Secret 'db-credentials' (declared: username, password)`);
  });

  test('passwordKey that the Secret does not declare', () => {
    expect(make({ passwordKey: 'pass' })).toFail(`${PREFIX}'key' ('pass') is not a declared key of Secret 'db-credentials' (declared: username, password)`);
  });

  test.each([39, 41])('an id of %p characters, even without a restore drill', (length) => {
    const id = 'a'.repeat(length);
    expect(make({}, id)).toFail(`Postgres 'shop-production/${id}': 'id' ('${id}') must be at most 38 characters: its jobs are named <id>-restore-drill, and CronJob names may have at most 52`);
  });

  test('an id of 38 characters is accepted', () => {
    expect(make({}, 'a'.repeat(38))).not.toFail();
  });

  test('production without backup', () => {
    const shop = blueprint();
    expect(() => new Postgres(shop, 'db', { credentials: dbCredentials(shop) }))
      .toFail(`${PREFIX}'backup' (undefined) must be set in production: BackupPolicy.daily({ retention, encryption }) or BackupPolicy.disabled(reason) to opt out explicitly`);
  });

  test('a production backup without encryption', () => {
    // GIVEN
    const shop = blueprint();
    const tools = new BackupTools(shop.node.root as BlueprintApp, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools' });

    // THEN
    expect(() => new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: BackupPolicy.daily({ retention: Duration.days(7) }) }))
      .toFail(`${PREFIX}'backup.encryption' (undefined) must be set for Postgres backups in production: BackupEncryption.age({ recipients, identity }), or BackupEncryption.none(reason) to opt out explicitly`);
  });

  test('a backup policy without backupTools', () => {
    expect(make({ backup: BackupPolicy.daily({ retention: Duration.days(7) }) }, 'db', Environment.development()))
      .toFail("Postgres 'shop-development/db': 'backupTools' (undefined) must be set when 'backup' is a policy: create new BackupTools(app, 'backup-tools', { repository }) once and pass it");
  });

  test.each(['Fast_SSD', 'fast ssd', '-fast'])('storageClass %p', (storageClass) => {
    expect(make({ storageClass })).toFail(`${PREFIX}'storageClass' ('${storageClass}') must be the name of a StorageClass`);
  });

  test('an id that is no DNS-1123 label', () => {
    expect(make({}, 'DB')).toFail("Postgres 'shop-production/DB': 'id' ('DB') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit");
  });

  test('an id starting with a digit is rejected at construction: Service names are DNS-1035 labels', () => {
    expect(make({}, '1db', Environment.development()))
      .toFail("Postgres 'shop-development/1db': 'id' ('1db') must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit");
  });

  test('two Postgres with one id in one blueprint', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    new Postgres(shop, 'db', { credentials: dbCredentials(shop) });

    // THEN
    expect(() => new Postgres(shop, 'db', { credentials: dbCredentials(shop) })).toThrow("Postgres 'shop-development/db': 'id' ('db') is already used by another construct in 'shop-development': ids must be unique within their scope");
  });
});

describe('defaultChild', () => {
  test('statefulSet, service, headlessService and disruptionBudget are named after the Postgres', () => {
    // GIVEN
    const shop: Blueprint = blueprint();

    // WHEN
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: DISABLED });

    // THEN
    expect([db.statefulSet.kind, db.statefulSet.name, db.statefulSet.node.id]).toEqual(['StatefulSet', 'db', 'StatefulSet']);
    expect(db.workloadObject).toBe(db.statefulSet);
    expect([db.service.kind, db.service.name, db.service.node.id]).toEqual(['Service', 'db', 'Service']);
    expect([db.headlessService.kind, db.headlessService.name, db.headlessService.node.id]).toEqual(['Service', 'db-headless', 'HeadlessService']);
    expect([db.disruptionBudget?.kind, db.disruptionBudget?.name]).toEqual(['PodDisruptionBudget', 'db']);
  });
});

describe('fields Kubernetes will not let change', () => {
  test('the volumeClaimTemplate carries no version label, so a new image version can be applied in place', () => {
    // GIVEN
    const v1 = statefulSet(postgres({ image: 'postgres:15.10-bookworm' }).objects);
    const v2 = statefulSet(postgres({ image: 'postgres:15.11-bookworm' }).objects);

    // THEN: volumeClaimTemplates, selector and serviceName are identical across the upgrade
    expect(v2.spec.volumeClaimTemplates).toEqual(v1.spec.volumeClaimTemplates);
    expect([v2.spec.selector, v2.spec.serviceName]).toEqual([v1.spec.selector, v1.spec.serviceName]);
    expect(v1.spec.volumeClaimTemplates[0].metadata.labels['app.kubernetes.io/version']).toBeUndefined();
    // while the pod template does carry the version
    expect(v2.spec.template.metadata.labels['app.kubernetes.io/version']).toEqual('15.11-bookworm');
  });
});
