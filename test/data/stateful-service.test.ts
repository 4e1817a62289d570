/**
 * What StatefulService adds to Postgres and Redis besides the workload: the hardened pod of every workload (UID/GID
 * 10001, nothing suppressed), probes whose liveness test differs from readiness, a PodDisruptionBudget that lets an
 * unhealthy pod be evicted, its backup objects from its policy (tested in backup/backup-jobs.test.ts), which the
 * database admits, a disabled policy's reason, and the mistakes of ids and destinations reported as the user's.
 */
import { BackupDestination, BackupPolicy, BlueprintError, BlueprintTesting, Duration, Environment, Postgres, Schedule, WebService } from '../../lib';
import { DNS_EGRESS, WEB, objectOf, objectsOf, podTemplate, selector } from '../_helpers';
import { S3_KEYS, backedUp, cacheBackedUp, daily, dbCredentials, fromPods, shopWithTools } from './_backed-up';

/** What each engine's readiness (and startup) probe runs, and what its liveness probe runs instead. */
const PROBES = {
  db: {
    // the server accepts connections over TCP, for the user and database
    ready: 'pg_isready -h 127.0.0.1 -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"',
    // the postmaster answers on its socket, even to reject connections (exit 1) while it starts or recovers
    alive: 'pg_isready -q -h /var/run/postgresql -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"; [ $? -le 1 ]',
  },
  cache: {
    // PING answers PONG: the data set is loaded
    ready: 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -q PONG',
    // the event loop answers, with PONG or, while it loads, LOADING
    alive: 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -qE \'^(PONG|LOADING)\'',
  },
};

const ENGINES = [
  ['Postgres', 'db', () => backedUp({ backup: daily({ restoreDrill: Schedule.weekly() }) }).objects],
  ['Redis', 'cache', () => cacheBackedUp({ backup: daily({ restoreDrill: Schedule.weekly() }) }).objects],
] as const;

describe.each(ENGINES)('%s: the pod, its probes and its budget', (_engine, id, synth) => {
  const objects = synth();
  const sts = objectOf(objects, 'StatefulSet', id);

  test('the server and its backup, restore and drill jobs run as UID/GID 10001 with fsGroup 10001, and nothing is suppressed', () => {
    // THEN
    const pods = [sts, ...objectsOf(objects, 'CronJob')].map((o) => podTemplate(o).spec);
    expect(pods.map((p) => [p.securityContext.runAsUser, p.securityContext.runAsGroup, p.securityContext.fsGroup])).toEqual(Array(4).fill([10001, 10001, 10001]));
    expect(pods.map((p) => [p.containers[0].securityContext.runAsUser, p.containers[0].securityContext.runAsGroup])).toEqual(Array(4).fill([10001, 10001]));
    expect(objects.filter((o) => Object.keys(o.metadata.annotations ?? {}).some((k) => k.startsWith('suppress.blueprints.cdk8s.io/')))).toEqual([]);
  });

  test('the liveness probe runs another command than the readiness and startup probes (kube-score pod-probes)', () => {
    // THEN
    const c = sts.spec.template.spec.containers[0];
    expect(c.startupProbe.exec.command).toEqual(c.readinessProbe.exec.command);
    expect(c.livenessProbe.exec.command).not.toEqual(c.readinessProbe.exec.command);
    expect([c.readinessProbe.periodSeconds, c.livenessProbe.periodSeconds]).toEqual([10, 20]);
  });

  test('readiness asks whether the server serves, liveness only whether it is alive: the engine\'s two commands', () => {
    // THEN
    const c = sts.spec.template.spec.containers[0];
    expect([c.startupProbe.exec.command, c.readinessProbe.exec.command, c.livenessProbe.exec.command])
      .toEqual([['sh', '-c', PROBES[id].ready], ['sh', '-c', PROBES[id].ready], ['sh', '-c', PROBES[id].alive]]);
  });

  test('the pod spreads softly over zones and nodes, like every workload (Polaris topologySpreadConstraint)', () => {
    // THEN: ScheduleAnyway, so that a single replica is never left pending
    const spread = (topologyKey: string) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector(id, 'production') } });
    expect(sts.spec.template.spec.topologySpreadConstraints).toEqual([spread('topology.kubernetes.io/zone'), spread('kubernetes.io/hostname')]);
  });

  test('the server\'s pod names the data priority class, its jobs the services one', () => {
    // THEN: a stateful service is scheduled ahead of the blueprint's stateless workloads and tasks (Workload.priorityTier)
    expect(sts.spec.template.spec.priorityClassName).toEqual('shop-data');
    expect(objectsOf(objects, 'CronJob').map((j) => podTemplate(j).spec.priorityClassName)).toEqual(Array(3).fill('shop-services'));
  });

  test('the PodDisruptionBudget lets a pod that is not ready be evicted (kube-linter pdb-unhealthy-pod-eviction-policy)', () => {
    expect(objectOf(objects, 'PodDisruptionBudget', id).spec).toEqual({
      selector: { matchLabels: selector(id, 'production') }, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow',
    });
  });
});

describe('NetworkPolicies', () => {
  test('the database admits exactly its clients and its own backup, restore and drill jobs, on its port', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) });
    new WebService(shop, 'unrelated', WEB);

    // WHEN
    new WebService(shop, 'web', WEB).connectTo(db);

    // THEN
    const on5432 = (name: string) => ({ ports: [{ port: 5432, protocol: 'TCP' }], from: [fromPods(name)] });
    expect(objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'db').spec).toEqual({
      podSelector: { matchLabels: selector('db', 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [on5432('db-backup'), on5432('db-restore'), on5432('db-restore-drill'), on5432('web')],
      egress: [DNS_EGRESS],
    });
  });
});

describe('BackupPolicy.disabled(reason)', () => {
  test('no jobs and no backups volume; the reason recorded on the StatefulSet', () => {
    // WHEN
    const { db, objects } = backedUp({ backup: BackupPolicy.disabled('reporting replica, rebuilt from the warehouse') });

    // THEN
    expect(objectsOf(objects, 'CronJob')).toEqual([]);
    expect(objectsOf(objects, 'PersistentVolumeClaim')).toEqual([]);
    expect(objectOf(objects, 'StatefulSet', 'db').metadata.annotations['blueprints.cdk8s.io/backup-disabled']).toEqual('reporting replica, rebuilt from the warehouse');
    expect([db.backupTask, db.restoreTask, db.drillTask, db.backupVolume]).toEqual([undefined, undefined, undefined, undefined]);
    expect(objectOf(objects, 'NetworkPolicy', 'db').spec.ingress).toEqual([]);
  });

  test('backupTools is not needed', () => {
    const { shop } = shopWithTools();
    expect(() => new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: BackupPolicy.disabled('reporting replica, rebuilt from the warehouse') })).not.toFail();
  });
});

describe('errors', () => {
  // '<id>-restore-drill' must fit CronTask's 52 characters of a CronJob name: the id is limited to 38, and a longer one
  // is reported as the id, not as a CronTask error about a name the user never chose.
  test.each([39, 40])('an id of %p characters is rejected as the id, before any restore drill is named', (length) => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    const id = 'd'.repeat(length);

    // THEN
    expect(() => new Postgres(shop, id, { credentials: dbCredentials(shop), backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) }))
      .toFail(`Postgres 'shop-production/${id}': 'id' ('${id}') must be at most 38 characters: its jobs are named <id>-restore-drill, and CronJob names may have at most 52`);
  });

  test('an id of 38 characters can have a restore drill', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // THEN
    expect(() => new Postgres(shop, 'd'.repeat(38), { credentials: dbCredentials(shop), backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) })).not.toFail();
  });

  // Every bound of a destination is checked once, by BackupDestination.s3(): a mistake is a BlueprintError naming the
  // prop, never a plain Error from inside the construct.
  const ENDPOINT_RULE = "must be an http(s) URL of the S3 endpoint without credentials, path, query or fragment, e.g. 'https://s3.eu-central-1.amazonaws.com'";
  const PREFIX_RULE = "must be empty or segments of letters, digits, '.', '_' and '-' (not '.' or '..') joined by single '/', without a leading or trailing '/'";
  test.each([
    ['prefix', { prefix: 'prod/db/' }, `'backup.destination.prefix' ('prod/db/') ${PREFIX_RULE}`],
    ['prefix', { prefix: 'prod//db' }, `'backup.destination.prefix' ('prod//db') ${PREFIX_RULE}`],
    ['prefix', { prefix: 'prod/../db' }, `'backup.destination.prefix' ('prod/../db') ${PREFIX_RULE}`],
    ['prefix', { prefix: '..' }, `'backup.destination.prefix' ('..') ${PREFIX_RULE}`],
    ['region', { region: 'EU West' }, "'backup.destination.region' ('EU West') must be a region name of lowercase letters, digits and '-' (e.g. 'eu-central-1')"],
    ['endpoint', { endpoint: 'https://s3.example.com?versioning=1' }, `'backup.destination.endpoint' ('https://s3.example.com?versioning=1') ${ENDPOINT_RULE}`],
    ['endpoint', { endpoint: 'https://s3.example.com:99999' }, `'backup.destination.endpoint' ('https://s3.example.com:99999') ${ENDPOINT_RULE}`],
    // Port 0 would otherwise reach the jobs' NetworkPolicy, reported as a CronTask's 'port' the user never set.
    ['endpoint', { endpoint: 'https://s3.example.com:0' }, `'backup.destination.endpoint' ('https://s3.example.com:0') ${ENDPOINT_RULE}`],
  ])('an S3 %s that is wrong is a BlueprintError, not a crash: %j', (_prop, extra, message) => {
    // GIVEN
    const { shop, tools } = shopWithTools({ env: Environment.development() });
    const make = () => {
      const destination = BackupDestination.s3({ endpoint: 'https://s3.example.com', bucket: 'shop-backups', credentials: S3_KEYS, ...extra });
      new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: BackupPolicy.daily({ retention: Duration.days(1), destination }) });
    };

    // THEN
    expect(make).toFail(BlueprintError);
    expect(make).toFail(message);
  });

  test('a restore drill CronJob id collides with nothing else: two databases get their own jobs', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // WHEN
    new Postgres(shop, 'orders', { credentials: dbCredentials(shop), backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) });
    new Postgres(shop, 'users', { credentials: dbCredentials(shop), backupTools: tools, backup: daily() });

    // THEN
    expect(objectsOf(BlueprintTesting.synth(shop), 'CronJob').map((c) => c.metadata.name)).toEqual(['orders-backup', 'orders-restore', 'orders-restore-drill', 'users-backup', 'users-restore']);
  });

  test('a database next to a workload already named <id>-backup', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    new WebService(shop, 'db-backup', WEB);

    // THEN
    expect(() => new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: daily() }))
      .toFail("Blueprint 'shop-production': ServiceAccount name 'db-backup' is used by both 'shop-production/db-backup' and 'shop-production/db/db-backup'; give one of them another id");
  });
});
