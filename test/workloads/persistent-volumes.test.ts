/**
 * `persistentVolumes` and `backup` of WebService and Worker (ReplicatedWorkload): one PersistentVolumeClaim per
 * volume, the Recreate strategy for ReadWriteOnce volumes, and the backup checks. The Velero Schedule a backup policy
 * makes is in velero-schedule.test.ts.
 */
import {
  BackupEncryption, BackupPolicy, BlueprintTesting, DeploymentStrategy, Duration, Environment, ScalingPolicy, Size,
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
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'PrometheusRule/shop-alerts', 'ServiceAccount/notes', 'NetworkPolicy/notes', 'PersistentVolumeClaim/notes-data', 'Schedule/shop.notes-volumes', 'Deployment/notes', 'Service/notes',
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

  test('a size that is no whole number of kibibytes is a mistake when the workload is made', () => {
    expect(make({ persistentVolumes: [{ ...DATA, size: Size.kibibytes(1.5) }] }))
      .toFail(`${PREFIX}'size' ('1.5Ki') must be a whole number of kibibytes >= 1`);
  });

  test('two volumes with one name', () => {
    expect(make({ persistentVolumes: [DATA, { ...DATA, path: '/other' }] })).toFail(`${PREFIX}'persistentVolumes.name' ('data') must be unique among the workload's persistent volumes`);
  });

  test('a Worker reports with its own kind', () => {
    expect(() => new Worker(blueprint(), 'indexer', { ...WORKER, scaling: ScalingPolicy.fixed(2), persistentVolumes: [DATA], backup: DAILY }))
      .toFail("Worker 'shop-production/indexer': 'persistentVolumes' ('data') is ReadWriteOnce and can be attached to one node only: run exactly one replica (scaling: ScalingPolicy.fixed(1)), or use accessMode 'ReadWriteMany'");
  });
});
