/**
 * The Velero Schedule a WebService or Worker emits for its persistent volumes (lib/workloads/velero-schedule.ts gives
 * its spec): named <namespace>.<id>-volumes (the namespace is unique in a cluster) in Velero's shared namespace.
 */
import { BackupEncryption, BackupPolicy, Blueprint, BlueprintTesting, Duration, Environment, ScalingPolicy, Schedule, SecretRef, Size, WebService } from '../../lib';
import { veleroScheduleAnnotations, veleroScheduleSpec } from '../../lib/workloads/velero-schedule';
import { WEB, blueprint, objectOf, objectsOf, selector, standardLabels } from '../_helpers';

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

describe('veleroScheduleSpec', () => {
  const SELECTOR = { 'app.kubernetes.io/name': 'notes' };

  test('the schedule, the application\'s namespace and selector, volume snapshots and the ttl of the retention', () => {
    // GIVEN
    const policy = BackupPolicy.daily({ retention: Duration.days(14), encryption: NONE, storageLocation: 'eu-central-1' }, { hour: 2 });

    // WHEN
    const spec = veleroScheduleSpec({ schedule: policy.schedule!, policy, appNamespace: 'shop', selector: SELECTOR });

    // THEN
    expect(spec).toEqual({
      schedule: '0 2 * * *',
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: ['shop'],
        labelSelector: { matchLabels: SELECTOR },
        snapshotVolumes: true,
        ttl: '336h0m0s',
        storageLocation: 'eu-central-1',
      },
    });
  });

  test('the schedule given is the one rendered, with its time zone as a CRON_TZ prefix', () => {
    // GIVEN
    const schedule = Schedule.daily({ hour: 5 }, { timeZone: 'America/New_York' });

    // WHEN
    const spec = veleroScheduleSpec({ schedule, policy: DAILY, appNamespace: 'shop', selector: SELECTOR });

    // THEN
    expect(spec.schedule).toEqual('CRON_TZ=America/New_York 0 5 * * *');
  });

  test('annotations state the reason for no encryption, and are absent otherwise', () => {
    expect(veleroScheduleAnnotations(DAILY)).toEqual({ 'blueprints.cdk8s.io/encryption': 'none: the Velero storage location encrypts at rest with KMS' });
    expect(veleroScheduleAnnotations(BackupPolicy.daily({ retention: Duration.days(7) }))).toBeUndefined();
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
