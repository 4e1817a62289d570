/**
 * `persistentVolumes` and `backup` of WebService and Worker (ReplicatedWorkload): one PersistentVolumeClaim per
 * volume, the Recreate strategy for ReadWriteOnce volumes, and a Velero Schedule from the BackupPolicy, named
 * <namespace>-<id>-volumes (the namespace is unique in a cluster) in Velero's shared namespace.
 */
import {
  BackupEncryption, BackupPolicy, Blueprint, BlueprintTesting, DeploymentStrategy, Duration, Environment, ScalingPolicy, SecretRef, Size,
  WebService, Worker,
} from '../../lib';
import { WEB, WORKER, blueprint, containerOf, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../_helpers';

type WebServiceProps = ConstructorParameters<typeof WebService>[2];

const DATA = { name: 'data', path: '/data', size: Size.gibibytes(5) };
const NONE = BackupEncryption.none('the Velero storage location encrypts at rest with KMS');
const DAILY = BackupPolicy.daily({ retention: Duration.days(7), encryption: NONE }, { hour: 1 });
const ONE = ScalingPolicy.fixed(1);

/** A WebService 'notes' with one replica, a 'data' volume and a daily volume backup, in `env`. */
function notes(props: Partial<WebServiceProps> = {}, env: Environment = Environment.production()): { ws: WebService; objects: any[] } {
  const shop = blueprint(env);
  const ws = new WebService(shop, 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY, ...props });
  return { ws, objects: BlueprintTesting.synth(shop) };
}

describe('default configuration', () => {
  test('a WebService with one volume and a daily backup in production', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new WebService(shop, 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect([objectOf(objects, 'PersistentVolumeClaim', 'notes-data'), objectOf(objects, 'Schedule', 'shop.notes-volumes')]).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual([
      'Namespace/shop', 'ServiceAccount/notes', 'NetworkPolicy/notes', 'PersistentVolumeClaim/notes-data', 'Schedule/shop.notes-volumes', 'Deployment/notes', 'Service/notes',
    ]);
  });

  test('a PersistentVolumeClaim named <workload>-<name>, ReadWriteOnce, with the workload\'s labels', () => {
    expect(objectOf(notes().objects, 'PersistentVolumeClaim', 'notes-data')).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'notes-data', namespace: 'shop', labels: standardLabels('notes', 'web', 'production', '1.4.2') },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
    });
  });

  test('the claim is mounted at the path; the pod volume is named after the volume', () => {
    // WHEN
    const deployment = objectOf(notes().objects, 'Deployment', 'notes');

    // THEN
    expect(containerOf(deployment).volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }, { name: 'data', mountPath: '/data' }]);
    expect(deployment.spec.template.spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      { name: 'data', persistentVolumeClaim: { claimName: 'notes-data' } },
    ]);
  });

  test('a ReadWriteOnce volume makes Recreate the default strategy', () => {
    // WHEN
    const { ws, objects } = notes();

    // THEN
    expect(objectOf(objects, 'Deployment', 'notes').spec.strategy).toEqual({ type: 'Recreate' });
    expect(objectOf(objects, 'Deployment', 'notes').spec.replicas).toEqual(1);
    expect(ws.strategy.type).toEqual('Recreate');
  });

  test('fields', () => {
    // WHEN
    const { ws } = notes();

    // THEN
    expect(Object.keys(ws.volumeClaims)).toEqual(['data']);
    expect([ws.volumeClaims.data.kind, ws.volumeClaims.data.name, ws.volumeClaims.data.node.id]).toEqual(['PersistentVolumeClaim', 'notes-data', 'Volume-data']);
    expect([ws.volumeBackup?.kind, ws.volumeBackup?.name, ws.volumeBackup?.node.id]).toEqual(['Schedule', 'shop.notes-volumes', 'VolumeBackup']);
  });
});

describe('volume options', () => {
  test('storageClass and several volumes', () => {
    // WHEN
    const { objects } = notes({
      persistentVolumes: [DATA, { name: 'uploads', path: '/var/lib/uploads', size: Size.mebibytes(512), storageClass: 'fast-ssd' }],
    });

    // THEN
    expect(objectOf(objects, 'PersistentVolumeClaim', 'notes-uploads').spec).toEqual({
      accessModes: ['ReadWriteOnce'], storageClassName: 'fast-ssd', resources: { requests: { storage: '512Mi' } },
    });
    expect(containerOf(objectOf(objects, 'Deployment', 'notes')).volumeMounts.map((m: any) => `${m.name}:${m.mountPath}`))
      .toEqual(['tmp:/tmp', 'data:/data', 'uploads:/var/lib/uploads']);
    expect(objectsOf(objects, 'Schedule').map((s) => s.metadata.name)).toEqual(['shop.notes-volumes']);
  });

  test('ReadWriteMany volumes keep the rolling update and allow replicas and autoscaling', () => {
    // WHEN
    const { objects } = notes({
      scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 6, cpuUtilization: 70 }),
      persistentVolumes: [{ ...DATA, accessMode: 'ReadWriteMany' }],
    });

    // THEN
    const deployment = objectOf(objects, 'Deployment', 'notes');
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } });
    expect(objectOf(objects, 'PersistentVolumeClaim', 'notes-data').spec.accessModes).toEqual(['ReadWriteMany']);
    expect(objectOf(objects, 'HorizontalPodAutoscaler', 'notes').spec.minReplicas).toEqual(2);
  });

  test('an explicit Recreate strategy is accepted', () => {
    expect(objectOf(notes({ strategy: DeploymentStrategy.recreate() }).objects, 'Deployment', 'notes').spec.strategy).toEqual({ type: 'Recreate' });
  });

  test('development runs an autoscaled workload with one replica, so ReadWriteOnce is fine there', () => {
    // WHEN
    const { objects } = notes({ scaling: ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 3, cpuUtilization: 70 }), backup: undefined }, Environment.development());

    // THEN
    expect(objectOf(objects, 'Deployment', 'notes').spec.replicas).toEqual(1);
    expect(objectsOf(objects, 'HorizontalPodAutoscaler')).toEqual([]);
  });

  test('a Worker gets volumes the same way', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'indexer', { ...WORKER, scaling: ONE, persistentVolumes: [{ name: 'index', path: '/var/lib/index', size: Size.gibibytes(20) }], backup: DAILY });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objectOf(objects, 'PersistentVolumeClaim', 'indexer-index').spec.resources).toEqual({ requests: { storage: '20Gi' } });
    expect(objectOf(objects, 'Deployment', 'indexer').spec.strategy).toEqual({ type: 'Recreate' });
    expect(objectOf(objects, 'Schedule', 'shop.indexer-volumes').spec.template.labelSelector).toEqual({ matchLabels: selector('indexer', 'production') });
  });
});

describe('the Velero Schedule', () => {
  test('in Velero\'s namespace: the policy\'s schedule, the app\'s namespace and labels, snapshots, ttl from the retention', () => {
    expect(objectOf(notes().objects, 'Schedule', 'shop.notes-volumes')).toEqual({
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: {
        name: 'shop.notes-volumes',
        namespace: 'velero',
        labels: standardLabels('notes', 'web', 'production', '1.4.2'),
        annotations: { 'blueprints.cdk8s.io/encryption': 'none: the Velero storage location encrypts at rest with KMS' },
      },
      spec: {
        schedule: '0 1 * * *',
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: ['shop'],
          labelSelector: { matchLabels: selector('notes', 'production') },
          snapshotVolumes: true,
          ttl: '168h0m0s',
        },
      },
    });
  });

  test('a time zone other than UTC becomes a CRON_TZ prefix', () => {
    // WHEN
    const backup = BackupPolicy.daily({ retention: Duration.days(30), encryption: NONE }, { hour: 3, minute: 15 }, { timeZone: 'Europe/Berlin' });

    // THEN
    expect(objectOf(notes({ backup }).objects, 'Schedule', 'shop.notes-volumes').spec.schedule).toEqual('CRON_TZ=Europe/Berlin 15 3 * * *');
  });

  test.each(['UTC', 'Etc/UTC'])('%s needs no prefix', (timeZone) => {
    // WHEN
    const backup = BackupPolicy.weekly({ retention: Duration.days(30), encryption: NONE }, 'monday', { hour: 4 }, { timeZone });

    // THEN
    expect(objectOf(notes({ backup }).objects, 'Schedule', 'shop.notes-volumes').spec.schedule).toEqual('0 4 * * 1');
  });

  test('veleroNamespace and storageLocation of the policy', () => {
    // WHEN
    const backup = BackupPolicy.daily({ retention: Duration.days(14), encryption: NONE, veleroNamespace: 'backup-system', storageLocation: 'eu-central-1' });
    const schedule = objectOf(notes({ backup }).objects, 'Schedule', 'shop.notes-volumes');

    // THEN
    expect(schedule.metadata.namespace).toEqual('backup-system');
    expect(schedule.spec.template).toEqual({
      includedNamespaces: ['shop'],
      labelSelector: { matchLabels: selector('notes', 'production') },
      snapshotVolumes: true,
      ttl: '336h0m0s',
      storageLocation: 'eu-central-1',
    });
  });

  test('a blueprint with its own namespace backs up that namespace', () => {
    // GIVEN
    const shop = blueprint(Environment.production(), { namespace: 'shop-prod' });

    // WHEN
    new WebService(shop, 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY });

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'Schedule', 'shop-prod.notes-volumes').spec.template.includedNamespaces).toEqual(['shop-prod']);
  });

  test('BackupPolicy.disabled(reason): no Schedule, the reason on every claim', () => {
    // WHEN
    const { ws, objects } = notes({ backup: BackupPolicy.disabled('scratch space, regenerated on start') });

    // THEN
    expect(objectsOf(objects, 'Schedule')).toEqual([]);
    expect(ws.volumeBackup).toBeUndefined();
    expect(objectOf(objects, 'PersistentVolumeClaim', 'notes-data').metadata.annotations).toEqual({ 'blueprints.cdk8s.io/backup-disabled': 'scratch space, regenerated on start' });
  });

  test('development needs no backup', () => {
    // WHEN
    const { objects } = notes({ backup: undefined }, Environment.development());

    // THEN
    expect(objectsOf(objects, 'Schedule')).toEqual([]);
    expect(objectOf(objects, 'PersistentVolumeClaim', 'notes-data').metadata.annotations).toBeUndefined();
  });

  // The Schedule's name carries the namespace: Velero's namespace is shared by the whole cluster.
  test('two blueprints of one app with their own namespaces get distinct Schedules', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // WHEN
    for (const env of [Environment.staging(), Environment.production()]) {
      const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, namespace: `shop-${env.name}` });
      new WebService(shop, 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY });
    }

    // THEN
    const schedules = BlueprintTesting.synthApp(app).objects.filter((o) => o.json.kind === 'Schedule').map((o) => `${o.json.metadata.namespace}/${o.json.metadata.name}`);
    expect(schedules).toEqual(['velero/shop-staging.notes-volumes', 'velero/shop-production.notes-volumes']);
  });

  // Tenants, or two teams' apps that share a name: the instance label (<app>-<environment>) is the same, the namespace
  // is not; one Schedule replacing the other would silently stop backing up a namespace.
  test('two blueprints of one app and one environment in their own namespaces get distinct Schedules', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // WHEN
    for (const tenant of ['a', 'b']) {
      const shop = new Blueprint(app, `shop-${tenant}`, { environment: Environment.production(), name: 'shop', namespace: `shop-${tenant}` });
      new WebService(shop, 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY });
    }

    // THEN
    const schedules = BlueprintTesting.synthApp(app).objects.filter((o) => o.json.kind === 'Schedule').map((o) => `${o.json.metadata.namespace}/${o.json.metadata.name}`);
    expect(schedules).toEqual(['velero/shop-a.notes-volumes', 'velero/shop-b.notes-volumes']);
  });

  // Namespace 'shop' with a workload 'a-notes' and namespace 'shop-a' with a workload 'notes' would both be
  // 'shop-a-notes' if joined with '-': the '.' that neither name can contain keeps them apart.
  test('a namespace and workload id that join to the same text as another pair still get distinct Schedules', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop', { environment: Environment.production(), namespace: 'shop' });
    const tenant = new Blueprint(app, 'shop-a', { environment: Environment.production(), name: 'shop', namespace: 'shop-a' });

    // WHEN
    new WebService(shop, 'a-notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY });
    new WebService(tenant, 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY });

    // THEN
    const schedules = BlueprintTesting.synthApp(app).objects.filter((o) => o.json.kind === 'Schedule').map((o) => `${o.json.metadata.namespace}/${o.json.metadata.name}`);
    expect(schedules).toEqual(['velero/shop.a-notes-volumes', 'velero/shop-a.notes-volumes']);
  });

  // Velero never uses age keys: volume backups state the storage location's encryption with none(reason) instead.
  test.each(['production', 'development'] as const)('age encryption on a Velero volume backup is an error, not silently ignored (%s)', (name) => {
    // GIVEN
    const keys = SecretRef.existing('notes-backup-age', ['recipients', 'identity']);
    const backup = BackupPolicy.daily({ retention: Duration.days(7), encryption: BackupEncryption.age({ recipients: keys.keyRef('recipients'), identity: keys.keyRef('identity') }) });

    // THEN
    expect(() => notes({ backup }, Environment[name]()))
      .toFail(`WebService 'shop-${name}/notes': 'backup.encryption' (age) cannot apply to volume backups: Velero encrypts at its storage location; state how with BackupEncryption.none(reason)`);
  });
});

describe('errors', () => {
  const PREFIX = "WebService 'shop-production/notes': ";
  const make = (props: Partial<WebServiceProps>, env = Environment.production()) => () =>
    new WebService(blueprint(env), 'notes', { ...WEB, scaling: ONE, persistentVolumes: [DATA], backup: DAILY, ...props });
  const RWO_REPLICAS = `${PREFIX}'persistentVolumes' ('data') is ReadWriteOnce and can be attached to one node only: run exactly one replica (scaling: ScalingPolicy.fixed(1)), or use accessMode 'ReadWriteMany'`;

  test('a ReadWriteOnce volume with more than one replica', () => {
    expect(make({ scaling: ScalingPolicy.fixed(2) })).toFail(RWO_REPLICAS);
  });

  test('a ReadWriteOnce volume with the environment\'s 3 replicas (no scaling policy)', () => {
    expect(make({ scaling: undefined })).toFail(RWO_REPLICAS);
  });

  test('a ReadWriteOnce volume with an autoscaler, even from one replica', () => {
    expect(make({ scaling: ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 3, cpuUtilization: 70 }) })).toFail(RWO_REPLICAS);
  });

  test('the first ReadWriteOnce volume is named', () => {
    expect(make({ scaling: ScalingPolicy.fixed(2), persistentVolumes: [{ ...DATA, accessMode: 'ReadWriteMany' }, { name: 'cache', path: '/cache', size: Size.gibibytes(1) }] }))
      .toFail(`${PREFIX}'persistentVolumes' ('cache') is ReadWriteOnce and can be attached to one node only: run exactly one replica (scaling: ScalingPolicy.fixed(1)), or use accessMode 'ReadWriteMany'`);
  });

  test('a ReadWriteOnce volume with a rolling update', () => {
    expect(make({ strategy: DeploymentStrategy.rollingUpdate() }))
      .toFail(`${PREFIX}'strategy' ('RollingUpdate') cannot replace a pod that holds the ReadWriteOnce volume 'data': the new pod would wait for the volume forever; use DeploymentStrategy.recreate()`);
  });

  test('a backup without volumes', () => {
    expect(make({ persistentVolumes: undefined, scaling: undefined })).toFail(`${PREFIX}'backup' ('0 1 * * *') needs persistentVolumes to back up`);
  });

  test('a disabled backup without volumes', () => {
    expect(make({ persistentVolumes: [], scaling: undefined, backup: BackupPolicy.disabled('nothing on disk that is worth keeping') }))
      .toFail(`${PREFIX}'backup' ('disabled') needs persistentVolumes to back up`);
  });

  test('production volumes without backup', () => {
    expect(make({ backup: undefined, persistentVolumes: [DATA, { name: 'uploads', path: '/uploads', size: Size.gibibytes(1) }] }))
      .toFail(`${PREFIX}'backup' (undefined) must be set in production for persistent volumes (data, uploads): a BackupPolicy, or BackupPolicy.disabled(reason) to opt out explicitly`);
  });

  test('a production volume backup without encryption', () => {
    expect(make({ backup: BackupPolicy.daily({ retention: Duration.days(7) }) }))
      .toFail(`${PREFIX}'backup.encryption' (undefined) must be set for volume backups in production: BackupEncryption.age({ recipients, identity }), or BackupEncryption.none(reason) to opt out explicitly`);
  });

  test('a volume name that is no DNS label', () => {
    expect(make({ persistentVolumes: [{ ...DATA, name: 'Data' }] }))
      .toFail(`${PREFIX}'persistentVolumes.name' ('Data') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit`);
  });

  test('a volume mounted over a writable path', () => {
    expect(make({ persistentVolumes: [{ ...DATA, path: '/tmp' }] })).toFail(`${PREFIX}'mountPath' ('/tmp') is already a mount point of this container`);
  });

  test('a relative mount path', () => {
    expect(make({ persistentVolumes: [{ ...DATA, path: 'data' }] })).toFail(`${PREFIX}'mountPath' ('data') must be an absolute path`);
  });

  test('a volume named like a writable path\'s volume', () => {
    expect(make({ persistentVolumes: [{ ...DATA, name: 'tmp' }] })).toFail(`${PREFIX}'volume name' ('tmp') is already used by another volume of this pod`);
  });

  test('two volumes with one name', () => {
    expect(make({ persistentVolumes: [DATA, { ...DATA, path: '/other' }] })).toFail(`${PREFIX}'persistentVolumes.name' ('data') must be unique among the workload's persistent volumes`);
  });

  test('a Worker reports with its own kind', () => {
    expect(() => new Worker(blueprint(), 'indexer', { ...WORKER, scaling: ScalingPolicy.fixed(2), persistentVolumes: [DATA], backup: DAILY }))
      .toFail("Worker 'shop-production/indexer': 'persistentVolumes' ('data') is ReadWriteOnce and can be attached to one node only: run exactly one replica (scaling: ScalingPolicy.fixed(1)), or use accessMode 'ReadWriteMany'");
  });
});
