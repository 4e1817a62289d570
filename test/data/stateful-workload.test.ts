/**
 * StatefulWorkload: any image on a StatefulSet — replicas, a headless and a client Service, volumeClaimTemplates,
 * ordered or parallel pod management, the hardened pod at the data priority, a budget, relations both ways, and
 * backups by Velero volume snapshots or by an SQLite dump (its jobs: backup/backup-jobs.test.ts for the engines'
 * shared machinery, backup/roundtrip-sqlite.test.ts for the scripts run for real). Every mistake with its message.
 */
import { BackupEncryption, BackupPolicy, BlueprintTesting, Duration, Environment, HealthCheck, Schedule, Size, WebService } from '../../lib';
import { BackupMethod } from '../../lib/data/backup/backup-method';
import { StatefulWorkload } from '../../lib/data/stateful-workload';
import { WEB, WORKER, blueprint, objectOf, objectsOf, podTemplate, selector } from '../_helpers';
import { daily, shopWithTools } from './_backed-up';

const QUEUE = { image: 'registry.example.com/shop/queue:3.1.0', port: 5672, portName: 'amqp', health: HealthCheck.tcp() };
const DATA = [{ name: 'data', path: '/var/lib/queue', size: Size.gibibytes(5), storageClass: 'fast-ssd' }];
const SNAPSHOTS = BackupPolicy.daily({ retention: Duration.days(7), encryption: BackupEncryption.none('Velero\'s storage location encrypts at rest') });
const SQLITE = BackupMethod.sqlite({ database: '/data/notes.db', drillTable: 'users' });
const NOTES = { ...WEB, volumes: [{ name: 'data', path: '/data', size: Size.gibibytes(1) }], backupMethod: SQLITE };

describe('StatefulWorkload', () => {
  test('default configuration: one pod, a headless and a client Service, no volume, a budget, at the data priority', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    const w = new StatefulWorkload(shop, 'queue', QUEUE);
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const sts = objectOf(objects, 'StatefulSet', 'queue');
    expect(w.node.defaultChild).toBeUndefined();
    expect(w.workloadObject).toBe(w.statefulSet);
    expect(sts.spec).toMatchObject({
      serviceName: 'queue-headless', replicas: 1, podManagementPolicy: 'OrderedReady', updateStrategy: { type: 'RollingUpdate' },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' }, selector: { matchLabels: selector('queue', 'development') },
    });
    expect(sts.spec.volumeClaimTemplates).toBeUndefined();
    expect(podTemplate(sts).spec.priorityClassName).toEqual('shop-data');
    expect(objectOf(objects, 'Service', 'queue-headless').spec).toEqual({
      clusterIP: 'None', publishNotReadyAddresses: true, selector: selector('queue', 'development'),
      ports: [{ name: 'amqp', port: 5672, targetPort: 5672, protocol: 'TCP' }],
    });
    expect(objectOf(objects, 'Service', 'queue').spec).toEqual({
      type: 'ClusterIP', selector: selector('queue', 'development'), ports: [{ name: 'amqp', port: 5672, targetPort: 5672, protocol: 'TCP' }],
    });
    expect(objects.map((o) => `${o.kind} ${o.metadata.name}`).filter((n) => !n.startsWith('PriorityClass') && n !== 'Namespace shop'))
      .toEqual(['ServiceAccount queue', 'NetworkPolicy queue', 'Service queue-headless', 'Service queue', 'StatefulSet queue']);
  });

  test('replicas, parallel pod management and volumeClaimTemplates of their size and class, labels without the version', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new StatefulWorkload(shop, 'queue', { ...QUEUE, replicas: 3, podManagementPolicy: 'Parallel', volumes: DATA, backup: SNAPSHOTS });
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const sts = objectOf(objects, 'StatefulSet', 'queue');
    expect([sts.spec.replicas, sts.spec.podManagementPolicy]).toEqual([3, 'Parallel']);
    expect(sts.spec.volumeClaimTemplates).toEqual([{
      metadata: { name: 'data', labels: expect.not.objectContaining({ 'app.kubernetes.io/version': expect.anything() }) },
      spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast-ssd', resources: { requests: { storage: '5Gi' } } },
    }]);
    expect(podTemplate(sts).spec.containers[0].volumeMounts).toContainEqual({ name: 'data', mountPath: '/var/lib/queue' });
    // three replicas where the environment spreads: a soft anti-affinity besides the spread constraints
    expect(podTemplate(sts).spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey).toEqual('kubernetes.io/hostname');
    expect(objectOf(objects, 'PodDisruptionBudget', 'queue').spec).toEqual({ selector: { matchLabels: selector('queue', 'production') }, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
  });

  test('its replicas may reach each other on its port (clustering), nothing else may reach it unless it connects', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new StatefulWorkload(shop, 'queue', { ...QUEUE, replicas: 3 });
    const policy = objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'queue');

    // THEN
    const self = { podSelector: { matchLabels: selector('queue', 'development') } };
    expect(policy.spec.ingress).toEqual([{ from: [self], ports: [{ port: 5672, protocol: 'TCP' }] }]);
    expect(policy.spec.egress).toContainEqual({ to: [self], ports: [{ port: 5672, protocol: 'TCP' }] });
  });

  test('connectTo both ways: a client gets HOST and PORT and is admitted; the workload reaches what it connects to', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    const queue = new StatefulWorkload(shop, 'queue', QUEUE);
    const web = new WebService(shop, 'web', WEB);
    const search = new StatefulWorkload(shop, 'search', { ...QUEUE, port: 9200, portName: 'http' });

    // WHEN
    web.connectTo(queue);
    queue.connectTo(search);
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const env = podTemplate(objectOf(objects, 'Deployment', 'web')).spec.containers[0].env;
    expect(env).toEqual([{ name: 'QUEUE_HOST', value: 'queue.shop.svc' }, { name: 'QUEUE_PORT', value: '5672' }]);
    expect(objectOf(objects, 'NetworkPolicy', 'queue').spec.ingress).toEqual([{ from: [{ podSelector: { matchLabels: selector('web', 'development') } }], ports: [{ port: 5672, protocol: 'TCP' }] }]);
    expect(objectOf(objects, 'NetworkPolicy', 'queue').spec.egress).toContainEqual({ to: [{ podSelector: { matchLabels: selector('search', 'development') } }], ports: [{ port: 9200, protocol: 'TCP' }] });
    expect(podTemplate(objectOf(objects, 'StatefulSet', 'queue')).spec.containers[0].env).toEqual([{ name: 'SEARCH_HOST', value: 'search.shop.svc' }, { name: 'SEARCH_PORT', value: '9200' }]);
  });

  test('without a port: only the headless Service, and connecting to it is a mistake', () => {
    // GIVEN
    const shop = blueprint(Environment.development());
    const w = new StatefulWorkload(shop, 'indexer', WORKER);

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'Service', 'indexer-headless').spec).toEqual({ clusterIP: 'None', publishNotReadyAddresses: true, selector: selector('indexer', 'development') });
    expect(w.service).toBeUndefined();
    const web = new WebService(shop, 'web', WEB);
    expect(() => web.connectTo(w)).toFail("StatefulWorkload 'shop-development/indexer': 'port' (undefined) is required to connect to StatefulWorkload 'indexer': set the port it serves on");
  });

  test('Velero volume snapshots by default: a Schedule in Velero\'s namespace selecting its pods and claims', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const w = new StatefulWorkload(shop, 'queue', { ...QUEUE, volumes: DATA, backup: SNAPSHOTS });
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const schedule = objectOf(objects, 'Schedule', 'shop.queue-volumes');
    expect(w.volumeBackup).toBeDefined();
    expect(schedule.metadata.namespace).toEqual('velero');
    expect(schedule.spec).toEqual({
      schedule: '0 2 * * *', useOwnerReferencesInBackup: false,
      template: { includedNamespaces: ['shop'], labelSelector: { matchLabels: selector('queue', 'production') }, snapshotVolumes: true, ttl: '168h0m0s' },
    });
    expect(objectsOf(objects, 'CronJob')).toEqual([]);
  });

  test('an SQLite dump: the backup runs on the node of pod <id>-0 with its volume read-only, as its user; restore and drill', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // WHEN
    const w = new StatefulWorkload(shop, 'notes', { ...NOTES, backupTools: tools, backup: daily() });
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const backup = podTemplate(objectOf(objects, 'CronJob', 'notes-backup')).spec;
    expect(w.backupEngine?.name).toEqual('sqlite');
    expect(backup.affinity).toEqual({
      podAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{
          labelSelector: { matchLabels: { ...selector('notes', 'production'), 'statefulset.kubernetes.io/pod-name': 'notes-0' } }, topologyKey: 'kubernetes.io/hostname',
        }],
      },
    });
    expect(backup.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-notes-0', readOnly: true } });
    expect(backup.containers[0].volumeMounts).toContainEqual({ name: 'data', mountPath: '/data', readOnly: true });
    expect(backup.containers[0].command).toEqual(['/bin/sh', '/opt/backup/sqlite-backup.sh']);
    expect(backup.containers[0].env[0]).toEqual({ name: 'SQLITE_DATABASE', value: '/data/notes.db' });
    // it reads the volume, not the app: the app's NetworkPolicy admits only the restore, which asks whether it runs
    expect(objectOf(objects, 'NetworkPolicy', 'notes').spec.ingress).toEqual([{ from: [{ podSelector: { matchLabels: selector('notes-restore', 'production') } }], ports: [{ port: 8080, protocol: 'TCP' }] }]);
    const restore = podTemplate(objectOf(objects, 'CronJob', 'notes-restore')).spec;
    expect(restore.affinity).toBeUndefined();
    expect(restore.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-notes-0' } });
    expect(restore.containers[0].env).toEqual(expect.arrayContaining([
      { name: 'SQLITE_DATABASE', value: '/data/notes.db' }, { name: 'SQLITE_APP_HOST', value: 'notes.shop.svc' }, { name: 'SQLITE_APP_PORT', value: '8080' },
    ]));
  });

  test('the drill checks the dump on its own, with the table it must hold', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // WHEN
    new StatefulWorkload(shop, 'notes', { ...NOTES, backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) });
    const drill = podTemplate(objectOf(BlueprintTesting.synth(shop), 'CronJob', 'notes-restore-drill')).spec;

    // THEN
    expect(drill.containers[0].command).toEqual(['/bin/sh', '/opt/backup/sqlite-verify.sh']);
    expect(drill.containers[0].env).toContainEqual({ name: 'DRILL_TABLE', value: 'users' });
    expect(drill.containers[0].env.map((e: any) => e.name)).not.toContain('SQLITE_DATABASE');
    expect(drill.volumes.map((v: any) => v.name)).not.toContain('data');
  });

  test('a user\'s dump command through the app: the backup connects to it (APP_HOST, APP_PORT), runs the commands, is not pinned', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    const method = BackupMethod.command({
      dump: 'curl -fsS "http://$APP_HOST:$APP_PORT/export" -o "$DUMP_FILE"', restore: 'curl -fsS --data-binary @"$DUMP_FILE" "http://$APP_HOST:$APP_PORT/import"', verify: 'grep -q . "$DUMP_FILE"',
    });

    // WHEN
    new StatefulWorkload(shop, 'search', { ...QUEUE, port: 9200, volumes: DATA, backupMethod: method, backupTools: tools, backup: daily({ restoreDrill: Schedule.weekly() }) });
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const env = (job: string) => Object.fromEntries(podTemplate(objectOf(objects, 'CronJob', job)).spec.containers[0].env.map((e: any) => [e.name, e.value]));
    const backup = podTemplate(objectOf(objects, 'CronJob', 'search-backup')).spec;
    expect(backup.affinity).toBeUndefined();
    expect(backup.containers[0].command).toEqual(['/bin/sh', '/opt/backup/command-backup.sh']);
    expect(env('search-backup')).toMatchObject({ DUMP_COMMAND: method.engineFor({})!.backupEnv!.DUMP_COMMAND, VERIFY_COMMAND: 'grep -q . "$DUMP_FILE"', APP_HOST: 'search.shop.svc', APP_PORT: '9200' });
    expect(env('search-restore')).toMatchObject({ RESTORE_COMMAND: 'curl -fsS --data-binary @"$DUMP_FILE" "http://$APP_HOST:$APP_PORT/import"', APP_HOST: 'search.shop.svc', APP_PORT: '9200' });
    expect(env('search-restore-drill')).toMatchObject({ VERIFY_COMMAND: 'grep -q . "$DUMP_FILE"' });
    expect(env('search-restore-drill').APP_HOST).toBeUndefined();
    // the app admits its backup and restore jobs on its port, not the drill
    expect(objectOf(objects, 'NetworkPolicy', 'search').spec.ingress.map((r: any) => r.from[0].podSelector.matchLabels['app.kubernetes.io/name'])).toEqual(['search-backup', 'search-restore']);
  });

  test('a user\'s command reading a volume runs on the node of pod <id>-0 with the volume read-only at DATA_DIR', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();
    const method = BackupMethod.command({ dump: 'tar -C "$DATA_DIR" -cf "$DUMP_FILE" .', restore: 'tar -C "$DATA_DIR" -xf "$DUMP_FILE"', volume: 'data' });

    // WHEN
    new StatefulWorkload(shop, 'queue', { ...QUEUE, volumes: DATA, backupMethod: method, backupTools: tools, backup: daily() });
    const backup = podTemplate(objectOf(BlueprintTesting.synth(shop), 'CronJob', 'queue-backup')).spec;

    // THEN
    expect(backup.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels['statefulset.kubernetes.io/pod-name']).toEqual('queue-0');
    expect(backup.containers[0].volumeMounts).toContainEqual({ name: 'data', mountPath: '/var/lib/queue', readOnly: true });
    expect(backup.containers[0].env.slice(0, 2)).toEqual([{ name: 'DATA_DIR', value: '/var/lib/queue' }, { name: 'DUMP_COMMAND', value: 'tar -C "$DATA_DIR" -cf "$DUMP_FILE" .' }]);
  });

  test('a snapshot of the SQLite-backed workload in production', () => {
    // GIVEN
    const { shop, tools } = shopWithTools();

    // WHEN
    new StatefulWorkload(shop, 'notes', { ...NOTES, backupTools: tools, backup: daily() });

    // THEN
    // (the scripts ConfigMap by its file names: the scripts are lib/data/backup/scripts/, checked in backup/scripts.test.ts)
    const objects = BlueprintTesting.synth(shop).filter((o) => o.kind !== 'PriorityClass')
      .map((o) => (o.kind === 'ConfigMap' && o.metadata.name.startsWith('notes-backup-scripts-') ? { ...o, data: Object.keys(o.data) } : o));
    expect(objects).toMatchSnapshot();
  });
});

describe('StatefulWorkload mistakes', () => {
  const make = (props: object, env = Environment.development()) => () => {
    const { shop, tools } = shopWithTools({ env });
    new StatefulWorkload(shop, 'notes', { ...NOTES, backupTools: tools, ...props });
    BlueprintTesting.synth(shop);
  };
  const P = "StatefulWorkload 'shop-development/notes': ";

  test.each([
    ['replicas 0', { replicas: 0 }, `${P}'replicas' (0) must be >= 1`],
    ['two replicas with an SQLite dump', { replicas: 2, backup: daily() }, `${P}'replicas' (2) must be 1 with BackupMethod.sqlite() on a volume: the dump reads the volume of pod notes-0, and an SQLite file has one writer`],
    ['two replicas with a command reading a volume', { replicas: 2, backup: daily(), backupMethod: BackupMethod.command({ dump: 'tar -C "$DATA_DIR" -cf "$DUMP_FILE" .', restore: 'tar -C "$DATA_DIR" -xf "$DUMP_FILE"', volume: 'data' }) },
      `${P}'replicas' (2) must be 1 with BackupMethod.command() on a volume: the dump reads the volume of pod notes-0, and the other pods' volumes would not be backed up`],
    ['a command on a volume it does not have', { backup: daily(), backupMethod: BackupMethod.command({ dump: 'true', restore: 'true', volume: 'uploads' }) }, `${P}'backupMethod.volume' ('uploads') must be one of the volumes (data)`],
    ['a database on no volume', { backup: daily(), backupMethod: BackupMethod.sqlite({ database: '/var/notes.db' }) }, `${P}'backupMethod.database' ('/var/notes.db') must be a file on one of the volumes (/data)`],
    ['a dump without tools', { backup: daily(), backupTools: undefined }, `${P}'backupTools' (undefined) must be set when 'backup' is a policy: create new BackupTools(app, 'backup-tools', { repository }) once and pass it`],
    ['a size Kubernetes cannot take', { volumes: [{ name: 'data', path: '/data', size: Size.kibibytes(0.5) }] }, `${P}'volumes['data'].size' ('0.5Ki') must be a whole number of kibibytes >= 1`],
    ['a storage class that is no name', { volumes: [{ name: 'data', path: '/data', storageClass: 'Fast SSD' }] }, `${P}'volumes['data'].storageClass' ('Fast SSD') must be the name of a StorageClass`],
    ['two volumes of one name', { volumes: [{ name: 'data', path: '/data' }, { name: 'data', path: '/other' }] }, `${P}'volumes.name' ('data') must be unique among the workload's volumes`],
    ['a budget that blocks drains', { replicas: 1, disruptionBudget: { minAvailable: 1 } }, `${P}'disruptionBudget.minAvailable' (1) must be < 'replicas' (1), or no node could ever be drained`],
    ['a backup with nothing to back up', { volumes: [], backupMethod: undefined, backup: SNAPSHOTS }, `${P}'backup' ('0 2 * * *') needs volumes to back up`],
    ['age on volume snapshots', { backupMethod: BackupMethod.volumeSnapshots(), backup: daily() }, `${P}'backup.encryption' (age) cannot apply to volume snapshots: Velero encrypts at its storage location; state how with BackupEncryption.none(reason), or back up with a dump (backupMethod)`],
  ])('%s', (_what, props, message) => {
    expect(make(props)).toFail(message);
  });

  test('production requires a backup policy for its volumes, and encryption of it', () => {
    const p = "StatefulWorkload 'shop-production/notes': ";
    expect(make({}, Environment.production())).toFail(`${p}'backup' (undefined) must be set in production for volumes (data): a BackupPolicy, or BackupPolicy.disabled(reason) to opt out explicitly`);
    expect(make({ backup: BackupPolicy.daily({ retention: Duration.days(7) }) }, Environment.production()))
      .toFail(`${p}'backup.encryption' (undefined) must be set for StatefulWorkload backups in production: BackupEncryption.age({ recipients, identity }), or BackupEncryption.none(reason) to opt out explicitly`);
    expect(make({ backup: BackupPolicy.disabled('rebuilt from the event log') }, Environment.production())).not.toFail();
  });
});
