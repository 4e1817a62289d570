/**
 * What a BackupPolicy adds to Postgres and Redis (lib/data/backup/backup-jobs.ts): the scripts ConfigMap, the
 * backups volume, the backup, restore and restore-drill CronJobs that run the scripts from it with the env the
 * scripts document, S3 destinations, the NetworkPolicies of the jobs, and the mesh.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BackupDestination, BackupEncryption, BackupPolicy, Duration, Environment, ResourceProfile, Schedule, Size } from '../../../lib';
import { BACKUP_SCRIPTS_DIR, backupScriptFiles } from '../../../lib/data/backup/backup-jobs';
import { BACKUP_SCRIPT_LIBRARY, ENGINE_SCRIPTS } from '../../../lib/data/backup/_scripts.generated';
import { DNS_EGRESS, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../../_helpers';
import { ENCRYPTION, S3_KEYS, TOOLS_IMAGE, backedUp, cacheBackedUp, daily, fromPods, job, jobContainer, pod } from '../_backed-up';
import { scriptsOnDisk } from './_jobs';

const MESH_WRAPPER = '/bin/sh "$0"; rc=$?; curl -fsS -X POST http://127.0.0.1:15020/quitquitquit >/dev/null 2>&1 || true; exit $rc';
const ISTIOD_EGRESS = {
  ports: [{ port: 15012, protocol: 'TCP' }],
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }],
};

/** The ConfigMap of a service's backup scripts (one per service: `<id>-backup-scripts-<hash>`). */
function scriptsMap(objects: any[], id: string): any {
  const maps = objectsOf(objects, 'ConfigMap').filter((c) => c.metadata.name.startsWith(`${id}-backup-scripts-`));
  expect(maps).toHaveLength(1);
  return maps[0];
}

/** Every backup, restore and drill job writes its temporary files to the scratch volume, not the 256Mi /tmp. */
const TMPDIR_ENV = { name: 'TMPDIR', value: '/scratch' };
const SCRATCH_MOUNT = { name: 'scratch', mountPath: '/scratch' };
const SCRIPTS_MOUNT = { name: 'backup-scripts', mountPath: '/opt/backup', readOnly: true };
const scriptsVolume = (name: string) => ({ name: 'backup-scripts', configMap: { name, defaultMode: 0o444 } });
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
/** The dumps' names and where they are: `db-<stamp>.pgdump[.age]` in the backups volume. */
const VOLUME_ENV = [
  { name: 'BACKUP_PREFIX', value: 'db' },
  { name: 'BACKUP_DESTINATION', value: 'volume' },
  { name: 'BACKUP_DIR', value: '/backups' },
];
const RECIPIENTS_ENV = { name: 'AGE_RECIPIENTS_FILE', value: '/etc/backup/age-recipients/recipients' };
const IDENTITY_ENV = { name: 'AGE_IDENTITY_FILE', value: '/etc/backup/age-identity/identity' };
const retention = (days: number) => ({ name: 'RETENTION_DAYS', value: String(days) });

describe('a daily backup to a volume, encrypted with age', () => {
  test('the database, its backups volume, its scripts, a backup and a suspended restore CronJob, in that order', () => {
    // WHEN
    const { objects } = backedUp();

    // THEN
    expect(kindsAndNames(objects)).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'PrometheusRule/shop-alerts', 'Policy/shop-verify-images',
      'ConfigMap/db-backup-age-provided', 'Password/db-credentials', 'ExternalSecret/db-credentials',
      'ServiceAccount/db', 'NetworkPolicy/db', 'Service/db-headless', 'Service/db', 'StatefulSet/db', 'PodDisruptionBudget/db', 'PersistentVolumeClaim/db-backups',
      `ConfigMap/${scriptsMap(objects, 'db').metadata.name}`,
      'ServiceAccount/db-backup', 'NetworkPolicy/db-backup', 'CronJob/db-backup',
      'ServiceAccount/db-restore', 'NetworkPolicy/db-restore', 'CronJob/db-restore',
    ]);
  });

  test('the backup CronJob', () => {
    expect(job(backedUp().objects, 'db-backup')).toMatchSnapshot();
  });

  test('the scripts: one immutable ConfigMap holding lib.sh and the engine\'s three scripts as files, its name a hash of them', () => {
    // WHEN
    const map = scriptsMap(backedUp().objects, 'db');

    // THEN
    const disk = scriptsOnDisk();
    const files = ['lib.sh', 'postgres-backup.sh', 'postgres-restore.sh', 'postgres-verify.sh'];
    expect(map).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: expect.stringMatching(/^db-backup-scripts-[0-9a-f]{10}$/),
        namespace: 'shop',
        labels: { ...standardLabels('db-backup-scripts', 'config', 'production'), 'blueprints.cdk8s.io/backup-of': 'db' },
      },
      data: Object.fromEntries(files.map((f) => [f, disk[f]])),
      immutable: true,
    });
    expect(map.data).toEqual(backupScriptFiles(backedUp().db.backupEngine));
  });

  test('the scripts hold no value of the policy: every policy of an engine ships the same files, under its own name', () => {
    // WHEN
    const a = backedUp();
    const b = backedUp({ env: Environment.development(), backup: BackupPolicy.weekly({
      retention: Duration.days(90), restoreDrill: Schedule.weekly(), scratchSpace: Size.gibibytes(1),
      destination: BackupDestination.s3({ endpoint: 'https://s3.example.com', bucket: 'other-bucket', prefix: 'x/y', region: 'eu-west-1', credentials: S3_KEYS }),
    }) });

    // THEN
    const [ma, mb] = [scriptsMap(a.objects, 'db'), scriptsMap(b.objects, 'db')];
    expect(mb.data).toEqual(ma.data);
    expect(mb.metadata.name).toEqual(ma.metadata.name);
    for (const text of Object.values<string>(ma.data)) {
      for (const value of ['other-bucket', 's3.example.com', 'x/y', 'eu-west-1', 'db-backup-age', 'db-credentials', 'backup-s3']) expect(text).not.toContain(value);
    }
    expect(a.db.backupScripts?.metadata.name).toEqual(ma.metadata.name);
  });

  test('the backup runs /bin/sh /opt/backup/postgres-backup.sh in the backup-tools image, with the env the script documents', () => {
    // WHEN
    const c = jobContainer(job(backedUp().objects, 'db-backup'));

    // THEN
    expect(c.image).toEqual(TOOLS_IMAGE);
    expect(c.command).toEqual(['/bin/sh', '/opt/backup/postgres-backup.sh']);
    expect(c.env).toEqual([...PG_ENV, ...VOLUME_ENV, retention(14), RECIPIENTS_ENV]);
    expect(c.securityContext.runAsUser).toEqual(10001);
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

  test('the backup mounts the scripts read-only, a scratch volume, the backups PVC read-write and the age recipients read-only, never the identity', () => {
    // WHEN
    const { objects } = backedUp();
    const spec = pod(job(objects, 'db-backup')).spec;

    // THEN
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRIPTS_MOUNT,
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups' },
      { name: 'age-recipients', mountPath: '/etc/backup/age-recipients', readOnly: true },
    ]);
    expect(spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      scriptsVolume(scriptsMap(objects, 'db').metadata.name),
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

  test('the restore CronJob is suspended, never retried, says how to run it, and runs postgres-restore.sh', () => {
    // WHEN
    const cronJob = job(backedUp().objects, 'db-restore');

    // THEN
    expect([cronJob.spec.schedule, cronJob.spec.suspend, cronJob.spec.concurrencyPolicy]).toEqual(['@yearly', true, 'Forbid']);
    expect([cronJob.spec.jobTemplate.spec.backoffLimit, cronJob.spec.jobTemplate.spec.activeDeadlineSeconds]).toEqual([0, 7200]);
    expect(pod(cronJob).metadata.annotations).toEqual({ 'blueprints.cdk8s.io/run': 'kubectl -n shop create job --from=cronjob/db-restore db-restore-$(date +%s)' });
    expect(jobContainer(cronJob).command).toEqual(['/bin/sh', '/opt/backup/postgres-restore.sh']);
    expect(jobContainer(cronJob).env).toEqual([...PG_ENV, ...VOLUME_ENV, IDENTITY_ENV]);
  });

  test('the restore mounts the scripts, a scratch volume, the backups read-only and the age identity, never the recipients', () => {
    // WHEN
    const { objects } = backedUp();
    const spec = pod(job(objects, 'db-restore')).spec;

    // THEN
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRIPTS_MOUNT,
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups', readOnly: true },
      { name: 'age-identity', mountPath: '/etc/backup/age-identity', readOnly: true },
    ]);
    expect(spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      scriptsVolume(scriptsMap(objects, 'db').metadata.name),
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
    expect(db.backupScripts?.kind).toEqual('ConfigMap');
  });
});

describe('every job gets the env its script documents', () => {
  const jobs = () => {
    const withDrill = daily({ restoreDrill: Schedule.weekly() });
    const s3 = daily({ restoreDrill: Schedule.weekly(), destination: BackupDestination.s3({ endpoint: 'https://s3.example.com', bucket: 'shop-backups', region: 'eu-central-1', credentials: S3_KEYS }) });
    const plain = BackupPolicy.daily({ retention: Duration.days(1), restoreDrill: Schedule.weekly() });
    const out: Array<[string, any, any]> = [];
    for (const [label, made] of [
      ['postgres, volume, age', backedUp({ backup: withDrill })],
      ['postgres, s3, age', backedUp({ backup: s3 })],
      ['postgres, volume, unencrypted', backedUp({ env: Environment.development(), backup: plain })],
      ['redis, volume, age', { ...cacheBackedUp({ backup: withDrill }), db: undefined }],
      ['redis, s3, age', { ...cacheBackedUp({ backup: s3 }), db: undefined }],
    ] as const) {
      const service = 'db' in made && made.db ? made.db : (made as any).cache;
      for (const role of ['backup', 'restore', 'verify'] as const) {
        const name = { backup: `${service.name}-backup`, restore: `${service.name}-restore`, verify: `${service.name}-restore-drill` }[role];
        out.push([`${label}: ${name}`, jobContainer(job(made.objects, name)), service.backupEngine.scripts[role]]);
      }
    }
    return out;
  };

  test.each(jobs())('%s sets only documented variables, every required one, and runs its script', (_label, container, script) => {
    const names = container.env.map((e: any) => e.name);
    const documented = script.env.map((e: any) => e.name);
    expect(names.filter((n: string) => !documented.includes(n))).toEqual([]);
    expect(script.env.filter((e: any) => e.required).map((e: any) => e.name).filter((n: string) => !names.includes(n))).toEqual([]);
    expect(container.command).toEqual(['/bin/sh', `${BACKUP_SCRIPTS_DIR}/${script.fileName}`]);
    // Credentials only as Secret references.
    for (const e of container.env.filter((x: any) => /PASSWORD|SECRET|ACCESS_KEY/.test(x.name))) expect(e.valueFrom?.secretKeyRef).toBeDefined();
  });
});

describe('policy options', () => {
  test('a schedule in a time zone, and custom deadlines; the retention in RETENTION_DAYS', () => {
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
    expect(jobContainer(backup).env).toContainEqual(retention(3));
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
    expect(jobContainer(drill).command).toEqual(['/bin/sh', '/opt/backup/postgres-verify.sh']);
    expect(jobContainer(drill).env).toEqual([...PG_ENV, ...VOLUME_ENV, IDENTITY_ENV]);
    expect(jobContainer(drill).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRIPTS_MOUNT,
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

  test('unencrypted (development): no age volumes and no age files in the env', () => {
    // WHEN
    const { objects } = backedUp({ env: Environment.development(), backup: BackupPolicy.daily({ retention: Duration.days(1) }) });

    // THEN
    const backup = job(objects, 'db-backup');
    expect(pod(backup).spec.volumes.map((v: any) => v.name)).toEqual(['tmp', 'backup-scripts', 'scratch', 'backups']);
    expect(pod(job(objects, 'db-restore')).spec.volumes.map((v: any) => v.name)).toEqual(['tmp', 'backup-scripts', 'scratch', 'backups']);
    expect(jobContainer(backup).env.map((e: any) => e.name)).toEqual([...PG_ENV, ...VOLUME_ENV, retention(1)].map((e) => e.name));
    expect(jobContainer(job(objects, 'db-restore')).env.map((e: any) => e.name)).not.toContain('AGE_IDENTITY_FILE');
  });

  test('BackupEncryption.none(reason) in production: no age volumes', () => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ encryption: BackupEncryption.none('the backups volume is encrypted by its storage class') }) });

    // THEN
    expect(pod(job(objects, 'db-backup')).spec.volumes.map((v: any) => v.name)).toEqual(['tmp', 'backup-scripts', 'scratch', 'backups']);
    expect(jobContainer(job(objects, 'db-backup')).env).toEqual([...PG_ENV, ...VOLUME_ENV, retention(14)]);
  });
});

describe('NetworkPolicies of the jobs', () => {
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
    { name: 'BACKUP_PREFIX', value: 'db' },
    { name: 'BACKUP_DESTINATION', value: 's3' },
    { name: 'S3_ENDPOINT', value: 'https://s3.eu-central-1.amazonaws.com' },
    { name: 'S3_BUCKET', value: 'shop-backups' },
    { name: 'S3_PREFIX', value: 'prod/db' },
    { name: 'S3_REGION', value: 'eu-central-1' },
    { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'backup-s3', key: 'accessKeyId' } } },
    { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'backup-s3', key: 'secretAccessKey' } } },
  ];

  test('the location as S3_* env, the keys as Secret references, no backups PVC (the scripts and the scratch volume stay)', () => {
    // WHEN
    const { db, objects } = backedUp({ backup: daily({ destination: s3(), restoreDrill: Schedule.weekly() }) });

    // THEN
    expect(jobContainer(job(objects, 'db-backup')).env).toEqual([...PG_ENV, ...S3_ENV, retention(14), RECIPIENTS_ENV]);
    for (const name of ['db-restore', 'db-restore-drill']) {
      expect(jobContainer(job(objects, name)).env).toEqual([...PG_ENV, ...S3_ENV, IDENTITY_ENV]);
    }
    expect(objectsOf(objects, 'PersistentVolumeClaim')).toEqual([]);
    expect(db.backupVolume).toBeUndefined();
    expect(jobContainer(job(objects, 'db-backup')).volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/opt/backup', '/scratch', '/etc/backup/age-recipients']);
    expect(jobContainer(job(objects, 'db-restore')).volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/opt/backup', '/scratch', '/etc/backup/age-identity']);
    expect(jobContainer(job(objects, 'db-restore-drill')).volumeMounts.map((m: any) => m.mountPath)).toEqual(['/tmp', '/opt/backup', '/scratch', '/etc/backup/age-identity']);
  });

  test('without a prefix or a region: S3_PREFIX empty, no S3_REGION', () => {
    // WHEN
    const { objects } = backedUp({ backup: daily({ destination: BackupDestination.s3({ endpoint: 'https://s3.example.com', bucket: 'shop-backups', credentials: S3_KEYS }) }) });

    // THEN
    const env = jobContainer(job(objects, 'db-backup')).env;
    expect(env).toContainEqual({ name: 'S3_PREFIX', value: '' });
    expect(env.map((e: any) => e.name)).not.toContain('S3_REGION');
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

describe('Redis backups', () => {
  const REDIS_ENV = [
    { name: 'REDIS_HOST', value: 'cache.shop.svc' },
    { name: 'REDIS_PORT', value: '6379' },
    { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'cache-auth', key: 'password' } } },
    TMPDIR_ENV,
    { name: 'BACKUP_PREFIX', value: 'cache' },
    { name: 'BACKUP_DESTINATION', value: 'volume' },
    { name: 'BACKUP_DIR', value: '/backups' },
  ];

  test('the scripts ConfigMap holds lib.sh and the Redis scripts', () => {
    expect(Object.keys(scriptsMap(cacheBackedUp().objects, 'cache').data)).toEqual(['lib.sh', 'redis-backup.sh', 'redis-restore.sh', 'redis-verify.sh']);
    expect(scriptsMap(cacheBackedUp().objects, 'cache').data['redis-backup.sh']).toEqual(ENGINE_SCRIPTS.redis.backup.text);
    expect(scriptsMap(cacheBackedUp().objects, 'cache').data['lib.sh']).toEqual(BACKUP_SCRIPT_LIBRARY.text);
  });

  test('the backup takes an RDB snapshot over the network', () => {
    // WHEN
    const c = jobContainer(job(cacheBackedUp().objects, 'cache-backup'));

    // THEN
    expect(c.command).toEqual(['/bin/sh', '/opt/backup/redis-backup.sh']);
    expect(c.env).toEqual([...REDIS_ENV, retention(14), RECIPIENTS_ENV]);
  });

  test('the restore writes into the stopped server\'s volume data-<id>-0, seeding appendonlydir as the server runs with appendonly', () => {
    // WHEN
    const cronJob = job(cacheBackedUp().objects, 'cache-restore');

    // THEN
    expect(jobContainer(cronJob).command).toEqual(['/bin/sh', '/opt/backup/redis-restore.sh']);
    expect(jobContainer(cronJob).env).toEqual([...REDIS_ENV, IDENTITY_ENV, { name: 'REDIS_DATA_DIR', value: '/data' }, { name: 'REDIS_APPENDONLY', value: 'yes' }]);
    expect(jobContainer(cronJob).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      SCRIPTS_MOUNT,
      SCRATCH_MOUNT,
      { name: 'backups', mountPath: '/backups', readOnly: true },
      { name: 'age-identity', mountPath: '/etc/backup/age-identity', readOnly: true },
      { name: 'data', mountPath: '/data' },
    ]);
    expect(pod(cronJob).spec.volumes.find((v: any) => v.name === 'data')).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-cache-0' } });
  });

  test('the drill checks the dump on its own: the cache does not admit it, and it comes after the cache', () => {
    // WHEN
    const { objects } = cacheBackedUp({ backup: daily({ restoreDrill: Schedule.weekly() }) });

    // THEN
    const on6379 = (name: string) => ({ ports: [{ port: 6379, protocol: 'TCP' }], from: [fromPods(name)] });
    expect(objectOf(objects, 'NetworkPolicy', 'cache').spec.ingress).toEqual([on6379('cache-backup'), on6379('cache-restore')]);
    expect(objectOf(objects, 'NetworkPolicy', 'cache-restore-drill').spec.egress).toEqual([DNS_EGRESS]);
    expect(jobContainer(job(objects, 'cache-restore-drill')).command).toEqual(['/bin/sh', '/opt/backup/redis-verify.sh']);
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
  test('the jobs keep their sidecar, held until the proxy starts, run their script and stop the sidecar through /quitquitquit', () => {
    // WHEN
    const { objects } = backedUp({ mesh: true, backup: daily({ restoreDrill: Schedule.weekly() }) });

    // THEN
    const scripts: Record<string, string> = { 'db-backup': 'postgres-backup.sh', 'db-restore': 'postgres-restore.sh', 'db-restore-drill': 'postgres-verify.sh' };
    for (const [name, script] of Object.entries(scripts)) {
      const cronJob = job(objects, name);
      expect(pod(cronJob).metadata.annotations?.['proxy.istio.io/config']).toEqual('{"holdApplicationUntilProxyStarts": true}');
      expect(pod(cronJob).metadata.annotations?.['sidecar.istio.io/inject']).toBeUndefined();
      expect(jobContainer(cronJob).command).toEqual(['/bin/sh', '-c', MESH_WRAPPER, `/opt/backup/${script}`]);
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

describe('the mesh wrapper, run with sh', () => {
  test.each([0, 3])('keeps the exit status (%p) of the script it runs, whether or not the sidecar answers', (status) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-wrapper-'));
    try {
      const script = path.join(dir, 'script.sh');
      fs.writeFileSync(script, `echo "ran $0"\nexit ${status}\n`);
      const { objects } = backedUp({ mesh: true });
      const [shell, ...args] = jobContainer(job(objects, 'db-backup')).command.slice(0, 3);
      const r = spawnSync(shell, [...args, script], { encoding: 'utf8', env: { PATH: process.env.PATH } });
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status, stdout: `ran ${script}\n` });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
