/**
 * The restore path of a Velero volume backup (lib/workloads/velero-restore.ts): the Restore of a workload's volumes
 * from the newest backup of its Schedule, the equivalent `velero restore create`, and the restore drill CronJob that
 * restores into a scratch namespace and checks the claims are Bound, with its Roles in Velero's and the scratch
 * namespace. The Restore file written to restore/ is in test/artifacts/velero-restore.test.ts.
 */
import { BackupEncryption, BackupPolicy, BlueprintTesting, Duration, Environment, HealthCheck, ScalingPolicy, Schedule, Size, StatefulWorkload, WebService } from '../../lib';
import { validateSchema } from '../../lib/k8s/schema';
import { veleroRestore, veleroRestoreCommand } from '../../lib/workloads/velero-restore';
import { WEB, blueprint, kindsAndNames, objectOf, selector, standardLabels } from '../_helpers';

type WebServiceProps = ConstructorParameters<typeof WebService>[2];

const DATA = { name: 'data', path: '/data', size: Size.gibibytes(5) };
const NONE = BackupEncryption.none('the Velero storage location encrypts at rest with KMS');
const DRILL = Schedule.weekly('sunday', { hour: 5 });
const DRILLED = BackupPolicy.daily({ retention: Duration.days(7), encryption: NONE, restoreDrill: DRILL }, { hour: 1 });
const SELECTOR = selector('notes', 'production');

function notes(props: Partial<WebServiceProps> = {}, env: Environment = Environment.production()): { ws: WebService; objects: any[] } {
  const shop = blueprint(env);
  const ws = new WebService(shop, 'notes', { ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [DATA], backup: DRILLED, ...props });
  return { ws, objects: BlueprintTesting.synth(shop) };
}

function objectIn(objects: any[], kind: string, namespace: string, name: string): any {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('veleroRestore', () => {
  const policy = BackupPolicy.daily({ retention: Duration.days(7), encryption: NONE, veleroNamespace: 'backups' });

  test('the claims and volumes the selector selects in the namespace, from the newest backup of the Schedule', () => {
    // WHEN
    const restore = veleroRestore({ name: 'shop.notes-volumes-restore', scheduleName: 'shop.notes-volumes', policy, appNamespace: 'shop', selector: { app: 'notes' } });

    // THEN
    expect(restore).toEqual({
      apiVersion: 'velero.io/v1',
      kind: 'Restore',
      metadata: { name: 'shop.notes-volumes-restore', namespace: 'backups' },
      spec: {
        scheduleName: 'shop.notes-volumes',
        includedNamespaces: ['shop'],
        includedResources: ['persistentvolumeclaims', 'persistentvolumes'],
        labelSelector: { matchLabels: { app: 'notes' } },
        restorePVs: true,
        existingResourcePolicy: 'none',
      },
    });
    expect(validateSchema(restore)).toEqual([]);
  });

  test('into another namespace: a namespaceMapping', () => {
    // WHEN
    const restore: any = veleroRestore({ name: 'r', scheduleName: 's', policy, appNamespace: 'shop', selector: { app: 'notes' }, intoNamespace: 'shop-notes-drill' });

    // THEN
    expect(restore.spec.namespaceMapping).toEqual({ shop: 'shop-notes-drill' });
    expect(validateSchema(restore)).toEqual([]);
  });

  test('the schema rejects what Velero 1.x does not take', () => {
    // GIVEN
    const restore: any = veleroRestore({ name: 'r', scheduleName: 's', policy, appNamespace: 'shop', selector: { app: 'notes' } });

    // WHEN
    restore.spec.existingResourcePolicy = 'replace';
    restore.spec.restorePv = true;
    restore.spec.namespaceMapping = { shop: 1 };

    // THEN
    expect(validateSchema(restore)).toEqual([
      { pointer: '/spec/existingResourcePolicy', message: "must be one of 'none', 'update', got 'replace'" },
      { pointer: '/spec/namespaceMapping/shop', message: 'must be a string, got 1' },
      { pointer: '/spec/restorePv', message: "unknown field 'restorePv' (Velero RestoreSpec has no such field)" },
    ]);
  });
});

describe('veleroRestoreCommand', () => {
  test('the velero CLI equivalent of the Restore', () => {
    expect(veleroRestoreCommand({ veleroNamespace: 'velero', scheduleName: 'shop.notes-volumes', appNamespace: 'shop', selector: { 'app.kubernetes.io/name': 'notes', 'app.kubernetes.io/instance': 'shop-production' } }))
      .toBe('velero restore create --namespace velero --from-schedule shop.notes-volumes --include-namespaces shop --include-resources persistentvolumeclaims,persistentvolumes --selector app.kubernetes.io/name=notes,app.kubernetes.io/instance=shop-production --restore-volumes=true --existing-resource-policy=none --wait');
  });

  test('into a scratch namespace', () => {
    expect(veleroRestoreCommand({ veleroNamespace: 'velero', scheduleName: 's', appNamespace: 'shop', selector: { app: 'notes' }, intoNamespace: 'scratch' }))
      .toBe('velero restore create --namespace velero --from-schedule s --include-namespaces shop --include-resources persistentvolumeclaims,persistentvolumes --selector app=notes --namespace-mappings shop:scratch --restore-volumes=true --existing-resource-policy=none --wait');
  });
});

describe('the restore path of a WebService\'s volume backup', () => {
  test('the Restore template: not among the manifests', () => {
    // WHEN
    const { ws, objects } = notes({ backup: BackupPolicy.daily({ retention: Duration.days(7), encryption: NONE }, { hour: 1 }) });

    // THEN
    expect(ws.volumeRestore?.template).toEqual(veleroRestore({ name: 'shop.notes-volumes-restore', scheduleName: 'shop.notes-volumes', policy: DRILLED, appNamespace: 'shop', selector: SELECTOR }));
    expect(ws.volumeRestore?.drill).toBeUndefined();
    expect(objects.filter((o) => o.kind === 'Restore')).toEqual([]);
    expect(kindsAndNames(objects)).not.toContain('CronJob/notes-restore-drill');
  });

  test('a backup disabled on purpose: no restore path', () => {
    expect(notes({ backup: BackupPolicy.disabled('the data is rebuilt from the catalogue on every start') }).ws.volumeRestore).toBeUndefined();
  });

  test('with restoreDrill: the scratch namespace, the Restore as a ConfigMap, the CronJob and its Roles', () => {
    // WHEN
    const { ws, objects } = notes();

    // THEN
    expect(kindsAndNames(objects)).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'PrometheusRule/shop-alerts', 'ServiceAccount/notes', 'NetworkPolicy/notes', 'PersistentVolumeClaim/notes-data', 'Schedule/shop.notes-volumes',
      'ConfigMap/notes-restore-drill', 'Namespace/shop-notes-drill', 'ServiceAccount/notes-restore-drill', 'NetworkPolicy/notes-restore-drill', 'CronJob/notes-restore-drill',
      'Role/shop.notes-restore-drill', 'RoleBinding/shop.notes-restore-drill', 'Role/shop.notes-restore-drill', 'RoleBinding/shop.notes-restore-drill',
      'Deployment/notes', 'Service/notes',
    ]);
    expect(ws.volumeRestore?.drill?.scratchNamespace).toBe('shop-notes-drill');
    expect(objectOf(objects, 'Namespace', 'shop-notes-drill').metadata.labels).toEqual({
      ...objectOf(objects, 'Namespace', 'shop-notes-drill').metadata.labels,
      'pod-security.kubernetes.io/enforce': 'restricted',
      'blueprints.cdk8s.io/restore-of': 'notes',
    });
    const restore = JSON.parse(objectOf(objects, 'ConfigMap', 'notes-restore-drill').data['restore.json']);
    expect(restore).toEqual(veleroRestore({ name: 'shop.notes-drill', scheduleName: 'shop.notes-volumes', policy: DRILLED, appNamespace: 'shop', selector: SELECTOR, intoNamespace: 'shop-notes-drill' }));
    expect(validateSchema(restore)).toEqual([]);
  });

  test('the drill CronJob: labelled restore-of like a dump drill, on the policy\'s drill schedule, one kubectl step per init container', () => {
    // WHEN
    const cron = objectOf(notes().objects, 'CronJob', 'notes-restore-drill');

    // THEN
    expect(cron.metadata.labels).toEqual({ ...standardLabels('notes-restore-drill', 'cron', 'production', 'v1.28.15'), 'blueprints.cdk8s.io/restore-of': 'notes' });
    expect(cron.spec).toMatchObject({ schedule: '0 5 * * 0', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 1800, jobTemplate: { spec: { backoffLimit: 0, activeDeadlineSeconds: 7200 } } });
    const pod = cron.spec.jobTemplate.spec.template.spec;
    const sel = '--selector=app.kubernetes.io/name=notes,app.kubernetes.io/instance=shop-production';
    expect(pod.initContainers.map((c: any) => [c.name, c.image, c.args])).toEqual([
      ['delete-previous-restore', 'registry.k8s.io/kubectl:v1.28.15', ['delete', 'restores.velero.io/shop.notes-drill', '--namespace=velero', '--ignore-not-found', '--wait=true', '--timeout=7080s']],
      ['delete-previous-claims', 'registry.k8s.io/kubectl:v1.28.15', ['delete', 'persistentvolumeclaims', '--namespace=shop-notes-drill', sel, '--ignore-not-found', '--wait=true', '--timeout=7080s']],
      ['create-restore', 'registry.k8s.io/kubectl:v1.28.15', ['create', '--filename=/etc/restore-drill/restore.json']],
      ['wait-for-restore', 'registry.k8s.io/kubectl:v1.28.15', ['wait', 'restores.velero.io/shop.notes-drill', '--namespace=velero', '--for=jsonpath={.status.phase}=Completed', '--timeout=7080s']],
      ['wait-for-bound-claims', 'registry.k8s.io/kubectl:v1.28.15', ['wait', 'persistentvolumeclaims', '--namespace=shop-notes-drill', sel, '--for=jsonpath={.status.phase}=Bound', '--timeout=7080s']],
    ]);
    expect(pod.containers.map((c: any) => [c.name, c.args])).toEqual([['notes-restore-drill', ['delete', 'persistentvolumeclaims', '--namespace=shop-notes-drill', sel, '--wait=false']]]);
    expect(pod.automountServiceAccountToken).toBe(true);
    for (const c of [...pod.initContainers, ...pod.containers]) {
      expect(c.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      expect(c.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }, { name: 'restore', mountPath: '/etc/restore-drill', readOnly: true }]);
    }
    expect(pod.volumes).toContainEqual({ name: 'restore', configMap: { name: 'notes-restore-drill', defaultMode: 0o444 } });
  });

  test('the Roles: restores in Velero\'s namespace (the drill\'s own by name), claims in the scratch namespace', () => {
    // WHEN
    const { objects } = notes();

    // THEN
    expect(objectIn(objects, 'Role', 'velero', 'shop.notes-restore-drill').rules).toEqual([
      { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create'] },
      { apiGroups: ['velero.io'], resources: ['restores'], resourceNames: ['shop.notes-drill'], verbs: ['get', 'list', 'watch', 'delete'] },
    ]);
    expect(objectIn(objects, 'Role', 'shop-notes-drill', 'shop.notes-restore-drill').rules).toEqual([
      { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['get', 'list', 'watch', 'delete'] },
    ]);
    for (const ns of ['velero', 'shop-notes-drill']) {
      const binding = objectIn(objects, 'RoleBinding', ns, 'shop.notes-restore-drill');
      expect([binding.roleRef, binding.subjects]).toEqual([
        { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'shop.notes-restore-drill' },
        [{ kind: 'ServiceAccount', name: 'notes-restore-drill', namespace: 'shop' }],
      ]);
    }
  });

  test('the drill reaches DNS and the API server only', () => {
    // WHEN
    const policy = objectOf(notes().objects, 'NetworkPolicy', 'notes-restore-drill');

    // THEN
    expect(policy.spec.ingress).toEqual([]);
    expect(policy.spec.egress.slice(1)).toEqual([{ ports: [{ port: 443, protocol: 'TCP' }, { port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }]);
  });

  test('in development too (the gate passes both)', () => {
    expect(kindsAndNames(notes({}, Environment.development()).objects)).toContain('CronJob/notes-restore-drill');
  });

  test('a scratch namespace name over 63 characters', () => {
    const id = 'n'.repeat(53);
    expect(() => new WebService(blueprint(), id, { ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [DATA], backup: DRILLED }))
      .toFail(`VolumeRestoreDrill 'shop-production/${id}': 'restoreDrill (scratch namespace)' ('shop-${id}-drill') must be at most 63 characters: shorten the workload's id or the namespace`);
  });
});

describe('the restore path of a StatefulWorkload\'s volume snapshots', () => {
  test('the Restore of its claims and the drill, as for a WebService', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const w = new StatefulWorkload(shop, 'queue', {
      image: 'registry.example.com/shop/queue:3.1.0', port: 5672, portName: 'amqp', health: HealthCheck.tcp(),
      volumes: [{ name: 'data', path: '/var/lib/queue' }], backup: DRILLED,
    });
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect(w.volumeRestore?.template).toEqual(veleroRestore({ name: 'shop.queue-volumes-restore', scheduleName: 'shop.queue-volumes', policy: DRILLED, appNamespace: 'shop', selector: selector('queue', 'production') }));
    expect(objectOf(objects, 'CronJob', 'queue-restore-drill').metadata.labels['blueprints.cdk8s.io/restore-of']).toBe('queue');
    expect(objectOf(objects, 'Namespace', 'shop-queue-drill')).toBeDefined();
  });
});
