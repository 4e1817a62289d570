/**
 * What StatefulService adds to Postgres and Redis: the backup, restore and restore-drill CronJobs from a
 * BackupPolicy, the backups volume, S3 destinations, and the NetworkPolicies between a database and its jobs.
 */
import {
  BackupDestination, BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintError, BlueprintTesting, Duration, Environment,
  Postgres, Redis, ResourceProfile, Schedule, SecretRef, Size, WebService,
} from '../../lib';
import { renderBackupScript, renderRestoreScript, renderVerifyScript } from '../../lib/data/backup/_scripts';
import { DNS_EGRESS, WEB, kindsAndNames, objectOf, objectsOf, podTemplate, selector, standardLabels } from '../_helpers';

const CREDENTIALS = SecretRef.existing('db-credentials', ['username', 'password']);
const CACHE_AUTH = SecretRef.existing('cache-auth', ['password']);
const AGE = SecretRef.existing('db-backup-age', ['recipients', 'identity']);
const ENCRYPTION = BackupEncryption.age({ recipients: AGE.keyRef('recipients'), identity: AGE.keyRef('identity') });
const S3_KEYS = SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']);
const TOOLS_IMAGE = 'registry.example.com/platform/backup-tools:1.0.0';
const VOLUME = { kind: 'volume' as const, path: '/backups' };
const RECIPIENTS = { recipientsFile: '/etc/backup/age-recipients/recipients' };
const IDENTITY = { identityFile: '/etc/backup/age-identity/identity' };
const MESH_WRAPPER = '/bin/sh -c "$0"; rc=$?; curl -fsS -X POST http://127.0.0.1:15020/quitquitquit >/dev/null 2>&1 || true; exit $rc';
const ISTIOD_EGRESS = {
  ports: [{ port: 15012, protocol: 'TCP' }],
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }],
};

/** 14 days, daily at 02:00 UTC, age-encrypted: what production wants. */
function daily(options: Partial<Parameters<typeof BackupPolicy.daily>[0]> = {}): BackupPolicy {
  return BackupPolicy.daily({ retention: Duration.days(14), encryption: ENCRYPTION, ...options });
}

interface Setup {
  readonly env?: Environment;
  readonly mesh?: boolean;
  readonly backup?: BackupPolicy;
  readonly resources?: ResourceProfile;
}

/** `shop-<env>` with BackupTools in its app. */
function shopWithTools(setup: Setup = {}): { shop: Blueprint; tools: BackupTools } {
  const env = setup.env ?? Environment.production();
  const app = BlueprintTesting.app();
  const tools = new BackupTools(app, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools' });
  const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, mesh: setup.mesh });
  return { shop, tools };
}

/** A Postgres 'db' backed up by `setup.backup` (default: daily, encrypted) and its objects. */
function backedUp(setup: Setup = {}): { db: Postgres; objects: any[]; shop: Blueprint } {
  const { shop, tools } = shopWithTools(setup);
  const db = new Postgres(shop, 'db', { credentials: CREDENTIALS, backupTools: tools, backup: setup.backup ?? daily(), resources: setup.resources });
  return { db, objects: BlueprintTesting.synth(shop), shop };
}

/** A Redis 'cache' backed up by `setup.backup` and its objects. */
function cacheBackedUp(setup: Setup = {}): { cache: Redis; objects: any[] } {
  const { shop, tools } = shopWithTools(setup);
  const cache = new Redis(shop, 'cache', { credentials: CACHE_AUTH, backupTools: tools, backup: setup.backup ?? daily() });
  return { cache, objects: BlueprintTesting.synth(shop) };
}

const job = (objects: any[], name: string) => objectOf(objects, 'CronJob', name);
const pod = (cronJob: any) => podTemplate(cronJob);
const jobContainer = (cronJob: any) => pod(cronJob).spec.containers[0];
const fromPods = (name: string, env = 'production') => ({ podSelector: { matchLabels: selector(name, env) } });

/** Every backup, restore and drill job writes its temporary files to the scratch volume, not the 256Mi /tmp. */
const TMPDIR_ENV = { name: 'TMPDIR', value: '/scratch' };
const SCRATCH_MOUNT = { name: 'scratch', mountPath: '/scratch' };
/**
 * A generic ephemeral volume of the policy's scratchSpace (10Gi by default), labelled scratch-of the database it
 * serves (not restore-of: the backup job has one too, and it restores nothing).
 */
const scratchVolume = (id: string, storage = '10Gi') => ({
  name: 'scratch',
  ephemeral: {
    volumeClaimTemplate: {
      metadata: { labels: { 'blueprints.cdk8s.io/scratch-of': id } },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } } },
    },
  },
});

const PG_ENV = [
  { name: 'PGHOST', value: 'db.shop.svc' },
  { name: 'PGPORT', value: '5432' },
  { name: 'PGUSER', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'username' } } },
  { name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
  { name: 'PGDATABASE', value: 'app' },
  TMPDIR_ENV,
];

describe('a daily backup to a volume, encrypted with age', () => {
  test('the database, its backups volume, a backup and a suspended restore CronJob, in that order', () => {
    // WHEN
    const { objects } = backedUp();

    // THEN
    expect(kindsAndNames(objects)).toEqual([
      'Namespace/shop',
      'ServiceAccount/db', 'NetworkPolicy/db', 'Service/db-headless', 'Service/db', 'StatefulSet/db', 'PodDisruptionBudget/db', 'PersistentVolumeClaim/db-backups',
      'ServiceAccount/db-backup', 'NetworkPolicy/db-backup', 'CronJob/db-backup',
      'ServiceAccount/db-restore', 'NetworkPolicy/db-restore', 'CronJob/db-restore',
    ]);
  });

  test('the backup CronJob (script elided)', () => {
    // WHEN
    const cronJob = job(backedUp().objects, 'db-backup');

    // THEN
    const elided = structuredClone(cronJob);
    jobContainer(elided).command[2] = '<the dump script>';
    expect(elided).toMatchSnapshot();
  });

  test('the backup runs on the policy\'s schedule, one at a time, within the policy\'s deadlines', () => {
    // WHEN
    const cronJob = job(backedUp().objects, 'db-backup');

    // THEN
    expect({ ...cronJob.spec, jobTemplate: undefined }).toEqual({
      schedule: '0 2 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 1800,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      suspend: false,
      jobTemplate: undefined,
    });
    expect([cronJob.spec.jobTemplate.spec.backoffLimit, cronJob.spec.jobTemplate.spec.activeDeadlineSeconds]).toEqual([1, 7200]);
    expect(cronJob.metadata.labels).toEqual({ ...standardLabels('db-backup', 'cron', 'production', '1.0.0'), 'blueprints.cdk8s.io/backup-of': 'db' });
  });

  test('the backup runs the dump script of the policy in the backup-tools image, connected through libpq env', () => {
    // WHEN
    const c = jobContainer(job(backedUp().objects, 'db-backup'));

    // THEN
    expect(c.image).toEqual(TOOLS_IMAGE);
    expect(c.command).toEqual(['/bin/sh', '-c', renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 14, prefix: 'db', encryption: RECIPIENTS })]);
    expect(c.env).toEqual(PG_ENV);
    expect(c.securityContext.runAsUser).toEqual(10001);
  });

  test('the backup mounts a scratch volume, the backups PVC read-write and the age recipients read-only, never the identity', () => {
    // WHEN
    const spec = pod(job(backedUp().objects, 'db-backup')).spec;

    // THEN
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups' },
      { name: 'age-recipients', mountPath: '/etc/backup/age-recipients', readOnly: true },
    ]);
    expect(spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      scratchVolume('db'),
      { name: 'backups', persistentVolumeClaim: { claimName: 'db-backups' } },
      { name: 'age-recipients', secret: { secretName: 'db-backup-age', items: [{ key: 'recipients', path: 'recipients' }], defaultMode: 0o440 } },
    ]);
    expect(JSON.stringify(spec)).not.toContain('identity');
  });

  test('the backups PVC: 10Gi, labelled as the database\'s backups, excluded from volume backups', () => {
    expect(objectOf(backedUp().objects, 'PersistentVolumeClaim', 'db-backups')).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: 'db-backups',
        namespace: 'shop',
        labels: { ...standardLabels('db', 'database', 'production', '15.10-bookworm'), 'blueprints.cdk8s.io/backup-of': 'db' },
        annotations: { 'blueprints.cdk8s.io/backup-disabled': 'holds the backups of db themselves' },
      },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
    });
  });

  test('the restore CronJob is suspended, never retried, and says how to run it', () => {
    // WHEN
    const cronJob = job(backedUp().objects, 'db-restore');

    // THEN
    expect([cronJob.spec.schedule, cronJob.spec.suspend, cronJob.spec.concurrencyPolicy]).toEqual(['@yearly', true, 'Forbid']);
    expect([cronJob.spec.jobTemplate.spec.backoffLimit, cronJob.spec.jobTemplate.spec.activeDeadlineSeconds]).toEqual([0, 7200]);
    expect(pod(cronJob).metadata.annotations).toEqual({ 'blueprints.cdk8s.io/run': 'kubectl -n shop create job --from=cronjob/db-restore db-restore-$(date +%s)' });
    expect(jobContainer(cronJob).command).toEqual(['/bin/sh', '-c', renderRestoreScript({ engine: 'postgres', destination: VOLUME, prefix: 'db', encryption: IDENTITY })]);
    expect(jobContainer(cronJob).env).toEqual(PG_ENV);
  });

  test('the restore mounts a scratch volume, the backups read-only and the age identity, never the recipients', () => {
    // WHEN
    const spec = pod(job(backedUp().objects, 'db-restore')).spec;

    // THEN
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups', readOnly: true },
      { name: 'age-identity', mountPath: '/etc/backup/age-identity', readOnly: true },
    ]);
    expect(spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      scratchVolume('db'),
      { name: 'backups', persistentVolumeClaim: { claimName: 'db-backups', readOnly: true } },
      { name: 'age-identity', secret: { secretName: 'db-backup-age', items: [{ key: 'identity', path: 'identity' }], defaultMode: 0o440 } },
    ]);
    expect(JSON.stringify(spec)).not.toContain('recipients');
  });

  test('the jobs run with the database\'s resources', () => {
    // WHEN
    const { objects } = backedUp({ resources: ResourceProfile.large() });

    // THEN
    const db = objectOf(objects, 'StatefulSet', 'db').spec.template.spec.containers[0].resources;
    expect(db.limits.memory).toEqual('2Gi');
    expect(jobContainer(job(objects, 'db-backup')).resources).toEqual(db);
    expect(jobContainer(job(objects, 'db-restore')).resources).toEqual(db);
  });

  test('fields', () => {
    // WHEN
    const { db } = backedUp();

    // THEN
    expect([db.backupTask?.name, db.restoreTask?.name, db.drillTask, db.backupVolume?.name]).toEqual(['db-backup', 'db-restore', undefined, 'db-backups']);
    expect(db.backupTask?.cronJob.kind).toEqual('CronJob');
  });
});

describe('policy options', () => {
  test('a schedule in a time zone, and custom deadlines', () => {
    // WHEN
    const { objects } = backedUp({
      backup: BackupPolicy.daily({ retention: Duration.days(3), encryption: ENCRYPTION, startingDeadline: Duration.minutes(10), activeDeadline: Duration.hours(1) },
        { hour: 3, minute: 30 }, { timeZone: 'Europe/Berlin' }),
    });

    // THEN
    const backup = job(objects, 'db-backup');
    expect([backup.spec.schedule, backup.spec.timeZone, backup.spec.startingDeadlineSeconds, backup.spec.jobTemplate.spec.activeDeadlineSeconds])
      .toEqual(['30 3 * * *', 'Europe/Berlin', 600, 3600]);
    expect(job(objects, 'db-restore').spec.jobTemplate.spec.activeDeadlineSeconds).toEqual(3600);
    expect(jobContainer(backup).command[2]).toEqual(renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 3, prefix: 'db', encryption: RECIPIENTS }));
  });

  test('weekly and monthly policies', () => {
    expect(job(backedUp({ backup: BackupPolicy.weekly({ retention: Duration.days(28), encryption: ENCRYPTION }, 'saturday', { hour: 4 }) }).objects, 'db-backup').spec.schedule)
      .toEqual('0 4 * * 6');
    expect(job(backedUp({ backup: BackupPolicy.monthly({ retention: Duration.days(365), encryption: ENCRYPTION }, 15) }).objects, 'db-backup').spec.schedule)
      .toEqual('0 2 15 * *');
  });

  test('a restore drill: <id>-restore-drill on its own schedule, with the identity and the backups read-only', () => {
    // WHEN
    const { db, objects } = backedUp({ backup: daily({ restoreDrill: Schedule.weekly('sunday', { hour: 5 }) }) });

    // THEN
    const drill = job(objects, 'db-restore-drill');
    expect([drill.spec.schedule, drill.spec.timeZone, drill.spec.suspend, drill.spec.concurrencyPolicy]).toEqual(['0 5 * * 0', 'Etc/UTC', false, 'Forbid']);
    expect([drill.spec.jobTemplate.spec.backoffLimit, drill.spec.jobTemplate.spec.activeDeadlineSeconds]).toEqual([0, 7200]);
    expect(jobContainer(drill).command).toEqual(['/bin/sh', '-c', renderVerifyScript({ engine: 'postgres', destination: VOLUME, prefix: 'db', encryption: IDENTITY })]);
    expect(jobContainer(drill).env).toEqual(PG_ENV);
    expect(jobContainer(drill).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups', readOnly: true },
      { name: 'age-identity', mountPath: '/etc/backup/age-identity', readOnly: true },
    ]);
    expect(db.drillTask?.name).toEqual('db-restore-drill');
    expect(kindsAndNames(objects).slice(-3)).toEqual(['ServiceAccount/db-restore-drill', 'NetworkPolicy/db-restore-drill', 'CronJob/db-restore-drill']);
  });

  test('the destination volume\'s size and storageClass', () => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ destination: BackupDestination.volume({ size: Size.gibibytes(100), storageClass: 'backup-zone-b' }) }) });

    // THEN
    expect(objectOf(objects, 'PersistentVolumeClaim', 'db-backups').spec).toEqual({
      accessModes: ['ReadWriteOnce'], storageClassName: 'backup-zone-b', resources: { requests: { storage: '100Gi' } },
    });
  });

  test('scratchSpace sizes the scratch volume of the backup, the restore and the drill', () => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ scratchSpace: Size.gibibytes(50), restoreDrill: Schedule.weekly() }) });

    // THEN
    for (const name of ['db-backup', 'db-restore', 'db-restore-drill']) {
      expect(pod(job(objects, name)).spec.volumes.find((v: any) => v.name === 'scratch')).toEqual(scratchVolume('db', '50Gi'));
      expect(jobContainer(job(objects, name)).volumeMounts).toContainEqual(SCRATCH_MOUNT);
      expect(jobContainer(job(objects, name)).env).toContainEqual(TMPDIR_ENV);
    }
  });

  test('unencrypted (development): no age volumes, a script without encryption', () => {
    // WHEN
    const { objects } = backedUp({ env: Environment.development(), backup: BackupPolicy.daily({ retention: Duration.days(1) }) });

    // THEN
    const backup = job(objects, 'db-backup');
    expect(pod(backup).spec.volumes.map((v: any) => v.name)).toEqual(['tmp', 'scratch', 'backups']);
    expect(pod(job(objects, 'db-restore')).spec.volumes.map((v: any) => v.name)).toEqual(['tmp', 'scratch', 'backups']);
    expect(jobContainer(backup).command[2]).toEqual(renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 1, prefix: 'db' }));
  });

  test('BackupEncryption.none(reason) in production: no age volumes', () => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ encryption: BackupEncryption.none('the backups volume is encrypted by its storage class') }) });

    // THEN
    expect(pod(job(objects, 'db-backup')).spec.volumes.map((v: any) => v.name)).toEqual(['tmp', 'scratch', 'backups']);
    expect(jobContainer(job(objects, 'db-backup')).command[2]).toEqual(renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 14, prefix: 'db' }));
  });
});

describe('NetworkPolicies', () => {
  test('the database admits exactly its clients and its own backup, restore and drill jobs, on its port', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    const db = new Postgres(shop, 'db', { credentials: CREDENTIALS, backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) });
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

  test.each(['db-backup', 'db-restore', 'db-restore-drill'])('%s admits nothing and reaches only DNS and the database', (name) => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ restoreDrill: Schedule.weekly() }) });

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', name).spec).toEqual({
      podSelector: { matchLabels: selector(name, 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [DNS_EGRESS, { ports: [{ port: 5432, protocol: 'TCP' }], to: [fromPods('db')] }],
    });
  });
});

describe('an S3 destination', () => {
  const s3 = (endpoint = 'https://s3.eu-central-1.amazonaws.com', extra: Partial<Parameters<typeof BackupDestination.s3>[0]> = {}) =>
    BackupDestination.s3({ endpoint, bucket: 'shop-backups', prefix: 'prod/db', region: 'eu-central-1', credentials: S3_KEYS, ...extra });
  const S3_ENV = [
    { name: 'S3_ENDPOINT', value: 'https://s3.eu-central-1.amazonaws.com' },
    { name: 'S3_BUCKET', value: 'shop-backups' },
    { name: 'S3_PREFIX', value: 'prod/db' },
    { name: 'S3_REGION', value: 'eu-central-1' },
    { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'backup-s3', key: 'accessKeyId' } } },
    { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'backup-s3', key: 'secretAccessKey' } } },
  ];
  const S3_DEST = { kind: 's3' as const, endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'shop-backups', prefix: 'prod/db', region: 'eu-central-1' };

  test('the location as S3_* env, the keys as Secret references, no backups PVC (the scratch volume stays)', () => {
    // WHEN
    const { db, objects } = backedUp({ backup: daily({ destination: s3(), restoreDrill: Schedule.weekly() }) });

    // THEN
    for (const name of ['db-backup', 'db-restore', 'db-restore-drill']) {
      expect(jobContainer(job(objects, name)).env).toEqual([...PG_ENV, ...S3_ENV]);
    }
    expect(objectsOf(objects, 'PersistentVolumeClaim')).toEqual([]);
    expect(db.backupVolume).toBeUndefined();
    expect(jobContainer(job(objects, 'db-backup')).volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/scratch', '/etc/backup/age-recipients']);
    expect(jobContainer(job(objects, 'db-restore')).volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/scratch', '/etc/backup/age-identity']);
    expect(jobContainer(job(objects, 'db-restore-drill')).volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/scratch', '/etc/backup/age-identity']);
  });

  test('the scripts write to and read from S3', () => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ destination: s3() }) });

    // THEN
    expect(jobContainer(job(objects, 'db-backup')).command[2]).toEqual(renderBackupScript({ engine: 'postgres', destination: S3_DEST, retentionDays: 14, prefix: 'db', encryption: RECIPIENTS }));
    expect(jobContainer(job(objects, 'db-restore')).command[2]).toEqual(renderRestoreScript({ engine: 'postgres', destination: S3_DEST, prefix: 'db', encryption: IDENTITY }));
  });

  test.each([
    ['https://s3.eu-central-1.amazonaws.com', 443],
    ['http://minio.storage.example.com', 80],
    ['http://minio.storage.example.com:9000/', 9000],
  ])('the jobs may reach %s on port %p, besides DNS and the database', (endpoint, port) => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ destination: s3(endpoint), restoreDrill: Schedule.weekly() }) });

    // THEN
    for (const name of ['db-backup', 'db-restore', 'db-restore-drill']) {
      expect(objectOf(objects, 'NetworkPolicy', name).spec.egress).toEqual([
        DNS_EGRESS,
        { ports: [{ port: 5432, protocol: 'TCP' }], to: [fromPods('db')] },
        { ports: [{ port, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
      ]);
    }
    expect(objectOf(objects, 'NetworkPolicy', 'db').spec.egress).toEqual([DNS_EGRESS]);
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
    expect(() => new Postgres(shopWithTools().shop, 'db', { credentials: CREDENTIALS, backup: BackupPolicy.disabled('reporting replica, rebuilt from the warehouse') })).not.toFail();
  });
});

describe('Redis backups', () => {
  const REDIS_ENV = [
    { name: 'REDIS_HOST', value: 'cache.shop.svc' },
    { name: 'REDIS_PORT', value: '6379' },
    { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'cache-auth', key: 'password' } } },
    TMPDIR_ENV,
  ];

  test('the backup takes an RDB snapshot over the network', () => {
    // WHEN
    const c = jobContainer(job(cacheBackedUp().objects, 'cache-backup'));

    // THEN
    expect(c.command).toEqual(['/bin/sh', '-c', renderBackupScript({ engine: 'redis', destination: VOLUME, retentionDays: 14, prefix: 'cache', encryption: RECIPIENTS })]);
    expect(c.env).toEqual(REDIS_ENV);
  });

  test('the restore writes into the stopped server\'s volume data-<id>-0', () => {
    // WHEN
    const cronJob = job(cacheBackedUp().objects, 'cache-restore');

    // THEN
    expect(jobContainer(cronJob).command[2]).toEqual(renderRestoreScript({ engine: 'redis', destination: VOLUME, prefix: 'cache', encryption: IDENTITY, redis: { dataDir: '/data', appendOnly: true } }));
    expect(jobContainer(cronJob).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups', readOnly: true },
      { name: 'age-identity', mountPath: '/etc/backup/age-identity', readOnly: true },
      { name: 'data', mountPath: '/data' },
    ]);
    expect(pod(cronJob).spec.volumes.find((v: any) => v.name === 'data')).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-cache-0' } });
  });

  test('the drill restores into a scratch server of its own: the cache does not admit it, and it comes after the cache', () => {
    // WHEN
    const { objects } = cacheBackedUp({ backup: daily({ restoreDrill: Schedule.weekly() }) });

    // THEN
    const on6379 = (name: string) => ({ ports: [{ port: 6379, protocol: 'TCP' }], from: [fromPods(name)] });
    expect(objectOf(objects, 'NetworkPolicy', 'cache').spec.ingress).toEqual([on6379('cache-backup'), on6379('cache-restore')]);
    expect(objectOf(objects, 'NetworkPolicy', 'cache-restore-drill').spec.egress).toEqual([DNS_EGRESS]);
    expect(jobContainer(job(objects, 'cache-restore-drill')).command[2]).toEqual(renderVerifyScript({ engine: 'redis', destination: VOLUME, prefix: 'cache', encryption: IDENTITY }));
    const names = kindsAndNames(objects);
    expect(names.indexOf('CronJob/cache-restore-drill')).toBeGreaterThan(names.indexOf('StatefulSet/cache'));
  });

  // The Redis drill does not talk to the server (it checks the file with redis-check-rdb) but must download the dump.
  test('the Redis drill may reach an S3 destination, like the backup and restore', () => {
    // WHEN
    const destination = BackupDestination.s3({ endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'shop-backups', credentials: S3_KEYS });
    const { objects } = cacheBackedUp({ backup: daily({ destination, restoreDrill: Schedule.weekly() }) });

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'cache-restore-drill').spec.egress).toEqual([
      DNS_EGRESS,
      { ports: [{ port: 443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
    ]);
  });
});

describe('in a mesh', () => {
  test('the jobs keep their sidecar, held until the proxy starts, and stop it through /quitquitquit', () => {
    // WHEN
    const { objects } = backedUp({ mesh: true, backup: daily({ restoreDrill: Schedule.weekly() }) });

    // THEN
    const scripts: Record<string, string> = {
      'db-backup': renderBackupScript({ engine: 'postgres', destination: VOLUME, retentionDays: 14, prefix: 'db', encryption: RECIPIENTS }),
      'db-restore': renderRestoreScript({ engine: 'postgres', destination: VOLUME, prefix: 'db', encryption: IDENTITY }),
      'db-restore-drill': renderVerifyScript({ engine: 'postgres', destination: VOLUME, prefix: 'db', encryption: IDENTITY }),
    };
    for (const [name, script] of Object.entries(scripts)) {
      const cronJob = job(objects, name);
      expect(pod(cronJob).metadata.annotations?.['proxy.istio.io/config']).toEqual('{"holdApplicationUntilProxyStarts": true}');
      expect(pod(cronJob).metadata.annotations?.['sidecar.istio.io/inject']).toBeUndefined();
      expect(jobContainer(cronJob).command).toEqual(['/bin/sh', '-c', MESH_WRAPPER, script]);
      expect(objectOf(objects, 'NetworkPolicy', name).spec.egress).toEqual([DNS_EGRESS, ISTIOD_EGRESS, { ports: [{ port: 5432, protocol: 'TCP' }], to: [fromPods('db')] }]);
    }
  });

  test('the restore keeps its run annotation next to the mesh\'s', () => {
    expect(pod(job(backedUp({ mesh: true }).objects, 'db-restore')).metadata.annotations).toEqual({
      'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}',
      'blueprints.cdk8s.io/run': 'kubectl -n shop create job --from=cronjob/db-restore db-restore-$(date +%s)',
    });
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
    expect(() => new Postgres(shop, id, { credentials: CREDENTIALS, backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) }))
      .toFail(`Postgres 'shop-production/${id}': 'id' ('${id}') must be at most 38 characters: its jobs are named <id>-restore-drill, and CronJob names may have at most 52`);
  });

  test('an id of 38 characters can have a restore drill', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // THEN
    expect(() => new Postgres(shop, 'd'.repeat(38), { credentials: CREDENTIALS, backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) })).not.toFail();
  });

  // BackupDestination.s3() checks with the scripts' own rules (lib/backup/_scripts.ts), so nothing it accepts makes
  // the scripts throw a plain Error from the Postgres constructor.
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
  ])('an S3 %s the scripts reject is a BlueprintError, not a crash: %j', (_prop, extra, message) => {
    // GIVEN
    const { shop, tools } = shopWithTools({ env: Environment.development() });
    const make = () => {
      const destination = BackupDestination.s3({ endpoint: 'https://s3.example.com', bucket: 'shop-backups', credentials: S3_KEYS, ...extra });
      new Postgres(shop, 'db', { credentials: CREDENTIALS, backupTools: tools, backup: BackupPolicy.daily({ retention: Duration.days(1), destination }) });
    };

    // THEN
    expect(make).toFail(BlueprintError);
    expect(make).toFail(message);
  });

  test('a restore drill CronJob id collides with nothing else: two databases get their own jobs', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // WHEN
    new Postgres(shop, 'orders', { credentials: CREDENTIALS, backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) });
    new Postgres(shop, 'users', { credentials: CREDENTIALS, backupTools: tools, backup: daily() });

    // THEN
    expect(objectsOf(BlueprintTesting.synth(shop), 'CronJob').map((c) => c.metadata.name)).toEqual(['orders-backup', 'orders-restore', 'orders-restore-drill', 'users-backup', 'users-restore']);
  });

  test('a database next to a workload already named <id>-backup', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    new WebService(shop, 'db-backup', WEB);

    // THEN
    expect(() => new Postgres(shop, 'db', { credentials: CREDENTIALS, backupTools: tools, backup: daily() }))
      .toFail("Blueprint 'shop-production': ServiceAccount name 'db-backup' is used by both 'shop-production/db-backup' and 'shop-production/db/db-backup'; give one of them another id");
  });
});
