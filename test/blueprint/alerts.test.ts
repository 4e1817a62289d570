/**
 * BlueprintAlerts: the PrometheusRule a blueprint emits from its `alerts` prop (production by default), its rules
 * computed from the blueprint's objects with the thresholds the user declared. promtool checks and unit-tests the
 * same rules in alerts-promtool.test.ts; the gate's alerts-watch-backups rule is in test/validation/alert-rules.test.ts.
 */
import { ApiObject } from 'cdk8s';
import {
  AlertPolicy, BackupTools, Blueprint, BlueprintAlerts, BlueprintTesting, Environment, GitOps, GitOpsCluster, GitRevision, Postgres, ScalingPolicy, Size,
  WebService,
} from '../../lib';
import { IMAGE, WEB, objectOf, objectsOf } from '../_helpers';
import { dbCredentials, declareBackupSecrets } from '../data/_backed-up';
import { DUMPS, TOOLS, VOLUME_BACKUP, watchedShop } from './_alerts-fixture';

const rulesOf = (objects: any[]) => objectOf(objects, 'PrometheusRule', 'shop-alerts').spec.groups.flatMap((g: any) => g.rules.map((r: any) => ({ group: g.name, ...r })));
const find = (objects: any[], alert: string, text: string) => {
  const found = rulesOf(objects).filter((r: any) => r.alert === alert && r.expr.includes(text));
  if (found.length !== 1) throw new Error(`expected one ${alert} reading ${text}, found ${found.length}`);
  return found[0];
};

describe('default configuration', () => {
  test('a production blueprint gets a PrometheusRule <app>-alerts with a rule for everything it promises', () => {
    // GIVEN
    const shop = watchedShop();

    // WHEN
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const rule = objectOf(objects, 'PrometheusRule', 'shop-alerts');
    expect(rule.apiVersion).toEqual('monitoring.coreos.com/v1');
    expect(rule.metadata.namespace).toEqual('shop');
    expect(rule.metadata.labels['app.kubernetes.io/component']).toEqual('alerts');
    expect(rule.spec.groups.map((g: any) => [g.name, g.rules.map((r: any) => r.alert)])).toEqual([
      ['shop-production.backups', ['BackupTooOld', 'BackupFailed', 'VeleroBackupTooOld', 'VeleroBackupFailed', 'VeleroBackupsExpiring']],
      ['shop-production.jobs', ['RestoreDrillFailed', 'CronJobFailed']],
      ['shop-production.workloads', ['PodCrashLooping', 'PodCrashLooping', 'PodCrashLooping']],
      ['shop-production.capacity', ['PersistentVolumeFillingUp', 'PersistentVolumeFillingUp', 'AutoscalerAtMaximum', 'PersistentVolumeFillingUp']],
    ]);
    expect(rule).toMatchSnapshot();
    expect(shop.alerts).toBeInstanceOf(BlueprintAlerts);
    expect(shop.alerts!.prometheusRule!.kind).toEqual('PrometheusRule');
  });

  test('every alert has a severity, the object it watches as labels, a summary, a description and a one-line runbook', () => {
    // GIVEN / WHEN
    const rules = rulesOf(BlueprintTesting.synth(watchedShop()));

    // THEN: no two rules share an alert name and labels (promtool's duplicate-rules lint)
    expect(rules.map((r: any) => [r.alert, r.labels])).toEqual([
      ['BackupTooOld', { cronjob: 'db-backup', severity: 'critical' }],
      ['BackupFailed', { cronjob: 'db-backup', severity: 'warning' }],
      ['VeleroBackupTooOld', { schedule: 'shop.notes-volumes', severity: 'critical' }],
      ['VeleroBackupFailed', { schedule: 'shop.notes-volumes', severity: 'warning' }],
      ['VeleroBackupsExpiring', { schedule: 'shop.notes-volumes', severity: 'critical' }],
      ['RestoreDrillFailed', { cronjob: 'db-restore-drill', severity: 'critical' }],
      ['CronJobFailed', { cronjob: 'report', severity: 'warning' }],
      ['PodCrashLooping', { severity: 'warning', statefulset: 'db' }],
      ['PodCrashLooping', { deployment: 'web', severity: 'warning' }],
      ['PodCrashLooping', { deployment: 'notes', severity: 'warning' }],
      ['PersistentVolumeFillingUp', { severity: 'warning', statefulset: 'db', volumeclaimtemplate: 'data' }],
      ['PersistentVolumeFillingUp', { persistentvolumeclaim: 'db-backups', severity: 'warning' }],
      ['AutoscalerAtMaximum', { horizontalpodautoscaler: 'web', severity: 'warning' }],
      ['PersistentVolumeFillingUp', { persistentvolumeclaim: 'notes-data', severity: 'warning' }],
    ]);
    for (const r of rules) {
      expect(Object.keys(r.annotations).sort()).toEqual(['description', 'runbook', 'summary']);
      expect(r.annotations.runbook).not.toContain('\n');
    }
  });

  test('a blueprint without the alerts prop and without a backup gets none, in production too', () => {
    // GIVEN / WHEN / THEN
    for (const env of [Environment.development(), Environment.production()]) {
      const app = BlueprintTesting.app();
      const shop = new Blueprint(app, `shop-${env.name}`, { environment: env });
      new WebService(shop, 'web', { ...WEB, scaling: ScalingPolicy.fixed(2) });
      expect(objectsOf(BlueprintTesting.synth(shop), 'PrometheusRule')).toEqual([]);
      expect(shop.alerts?.prometheusRule).toBeUndefined();
    }
  });
});

describe('default: production blueprints that back something up', () => {
  /** `shop-<env>` without the alerts prop: a Postgres 'db' with daily dumps, or a WebService 'notes' whose volume Velero backs up. */
  function backedUp(env: Environment, what: 'dumps' | 'velero'): Blueprint {
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, `shop-${env.name}`, { environment: env });
    if (what === 'dumps') {
      const tools = new BackupTools(app, 'backup-tools', TOOLS);
      declareBackupSecrets(shop, DUMPS);
      new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: DUMPS });
    } else {
      new WebService(shop, 'notes', { ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }], backup: VOLUME_BACKUP });
    }
    return shop;
  }

  test('a dump CronJob: the same PrometheusRule as AlertPolicy.prometheus(), at the same path, kept when the app synthesizes', () => {
    // GIVEN
    const shop = backedUp(Environment.production(), 'dumps');

    // WHEN
    const objects = BlueprintTesting.synth(shop);

    // THEN
    const rule = objectOf(objects, 'PrometheusRule', 'shop-alerts');
    expect(rule.spec.groups.map((g: any) => [g.name, g.rules.map((r: any) => r.alert)])).toEqual([
      ['shop-production.backups', ['BackupTooOld', 'BackupFailed']],
      ['shop-production.jobs', ['RestoreDrillFailed']],
      ['shop-production.workloads', ['PodCrashLooping']],
      ['shop-production.capacity', ['PersistentVolumeFillingUp', 'PersistentVolumeFillingUp']],
    ]);
    expect(shop.alerts!.prometheusRule!.node.path).toEqual('shop-production/Alerts/PrometheusRule');
    expect(shop.alerts!.backups()).toEqual(['shop-production/db/db-backup/CronJob']);
    const app = BlueprintTesting.app();
    const optedIn = new Blueprint(app, 'shop-production', { environment: Environment.production(), alerts: AlertPolicy.prometheus() });
    const tools = new BackupTools(app, 'backup-tools', TOOLS);
    declareBackupSecrets(optedIn, DUMPS);
    new Postgres(optedIn, 'db', { credentials: dbCredentials(optedIn), backupTools: tools, backup: DUMPS });
    expect(objectOf(BlueprintTesting.synth(optedIn), 'PrometheusRule', 'shop-alerts')).toEqual(rule);
    // synthesizing again emits nothing twice
    expect(objectsOf(BlueprintTesting.synth(shop), 'PrometheusRule').length).toEqual(1);
  });

  test('a Velero Schedule', () => {
    // GIVEN / WHEN
    const objects = BlueprintTesting.synth(backedUp(Environment.production(), 'velero'));

    // THEN
    expect(objectOf(objects, 'PrometheusRule', 'shop-alerts').spec.groups[0].rules.map((r: any) => r.alert)).toEqual(['VeleroBackupTooOld', 'VeleroBackupFailed', 'VeleroBackupsExpiring']);
  });

  test('not outside production', () => {
    // GIVEN / WHEN / THEN
    const shop = backedUp(Environment.development(), 'dumps');
    expect(objectsOf(BlueprintTesting.synth(shop), 'PrometheusRule')).toEqual([]);
    expect(shop.alerts).toBeUndefined();
  });

  test('AlertPolicy.disabled(reason) opts out: no PrometheusRule, the reason on the objects as the suppression of alerts-watch-backups', () => {
    // GIVEN
    const reason = 'the platform team runs kube-prometheus mixins for every namespace';
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), alerts: AlertPolicy.disabled(reason) });
    new WebService(shop, 'notes', { ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }], backup: VOLUME_BACKUP });

    // WHEN
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect(objectsOf(objects, 'PrometheusRule')).toEqual([]);
    expect(objectOf(objects, 'Schedule', 'shop.notes-volumes').metadata.annotations['suppress.blueprints.cdk8s.io/alerts-watch-backups']).toEqual(reason);
    expect(shop.alerts).toBeUndefined();
  });

  test('a blueprint that backs nothing up has none once synthesized, and a GitOps declared after it syncs the rule in a wave when it does', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new WebService(shop, 'notes', { ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }], backup: VOLUME_BACKUP });
    const plain = new Blueprint(app, 'site-production', { environment: Environment.production() });
    new WebService(plain, 'web', { ...WEB, scaling: ScalingPolicy.fixed(2) });
    new GitOps(app, 'deploy', { repoURL: 'https://github.com/example/deploy.git', revision: GitRevision.branch('main'), engine: 'argocd', clusters: { production: GitOpsCluster.inCluster() } });
    expect(plain.alerts!.prometheusRule).toBeDefined();

    // WHEN
    const objects = BlueprintTesting.synthApp(app).objects;

    // THEN
    const rules = objects.filter((o) => o.json.kind === 'PrometheusRule').map((o) => [o.blueprint, o.json.metadata.name, o.json.metadata.annotations['argocd.argoproj.io/sync-wave']]);
    expect(rules).toEqual([['shop-production', 'shop-alerts', '1']]);
    expect(plain.alerts!.prometheusRule).toBeUndefined();
    expect(plain.node.tryFindChild('Alerts')!.node.children).toEqual([]);
  });

  test('a PrometheusRule of the same name made by hand is a mistake naming both', () => {
    // GIVEN
    const shop = backedUp(Environment.production(), 'velero');
    new ApiObject(shop, 'mine', { apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: { name: 'shop-alerts' }, spec: { groups: [] } });

    // WHEN / THEN
    expect(() => BlueprintTesting.synth(shop)).toThrow(
      "✗ [unique-objects] shop-production/mine: PrometheusRule 'shop-alerts' is also emitted by 'shop-production/Alerts/PrometheusRule'\n      fix: give one of the constructs another id or name");
  });
});

describe('thresholds come from the policies', () => {
  const objects = BlueprintTesting.synth(watchedShop());

  test('dump freshness: 1.5 × the daily schedule (36 h), counted from the last success or, before one, from creation', () => {
    // GIVEN / WHEN
    const r = find(objects, 'BackupTooOld', 'cronjob="db-backup"');

    // THEN
    expect(r.expr).toEqual([
      'time() - max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{namespace="shop", cronjob="db-backup"}) > 129600',
      'or',
      '(time() - max by (namespace, cronjob) (kube_cronjob_created{namespace="shop", cronjob="db-backup"}) > 129600 unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{namespace="shop", cronjob="db-backup"})',
    ].join('\n'));
    expect(r.for).toBeUndefined();
    expect(r.labels).toEqual({ cronjob: 'db-backup', severity: 'critical' });
    expect(r.annotations.summary).toEqual('No successful backup of db (CronJob shop/db-backup) for 1d12h');
  });

  test('a failed run: the last scheduled run has not succeeded within the starting deadline + the active deadline', () => {
    // GIVEN / WHEN
    const r = find(objects, 'BackupFailed', 'cronjob="db-backup"');

    // THEN: 30 min + 2 h
    expect(r.expr).toEqual([
      '(time() - max by (namespace, cronjob) (kube_cronjob_status_last_schedule_time{namespace="shop", cronjob="db-backup"}) > 9000)',
      'unless on (namespace, cronjob)',
      '(max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{namespace="shop", cronjob="db-backup"}) >= on (namespace, cronjob) max by (namespace, cronjob) (kube_cronjob_status_last_schedule_time{namespace="shop", cronjob="db-backup"}))',
    ].join('\n'));
    expect(r.labels.severity).toEqual('warning');
  });

  test('the restore drill and other CronJobs alert on their last run; the suspended restore CronJob does not', () => {
    // GIVEN / WHEN / THEN
    expect(find(objects, 'RestoreDrillFailed', 'cronjob="db-restore-drill"').labels.severity).toEqual('critical');
    expect(find(objects, 'CronJobFailed', 'cronjob="report"').expr).toContain('> 3900)');
    expect(rulesOf(objects).filter((r: any) => r.expr.includes('cronjob="db-restore"'))).toEqual([]);
  });

  test('Velero: 1.5 × the week (since the last success, or since Velero first counted a schedule that never succeeded), failures within that window, and the newest backup expiring within an interval of the 30-day TTL', () => {
    // GIVEN / WHEN / THEN
    expect(find(objects, 'VeleroBackupTooOld', 'schedule="shop.notes-volumes"').expr).toEqual([
      'time() - max by (schedule) (velero_backup_last_successful_timestamp{schedule="shop.notes-volumes"}) > 907200',
      'or',
      '(time() - min by (schedule) (min_over_time(timestamp(velero_backup_attempt_total{schedule="shop.notes-volumes"})[10d14h:1h])) > 907200 unless on (schedule) velero_backup_last_successful_timestamp{schedule="shop.notes-volumes"})',
    ].join('\n'));
    expect(find(objects, 'VeleroBackupFailed', 'schedule="shop.notes-volumes"').expr).toEqual([
      'max by (schedule) (increase(velero_backup_failure_total{schedule="shop.notes-volumes"}[10d12h])) > 0',
      'or',
      'max by (schedule) (increase(velero_backup_partial_failure_total{schedule="shop.notes-volumes"}[10d12h])) > 0',
    ].join('\n'));
    expect(find(objects, 'VeleroBackupsExpiring', 'schedule="shop.notes-volumes"').expr).toEqual(
      `time() - max by (schedule) (velero_backup_last_successful_timestamp{schedule="shop.notes-volumes"}) > ${(30 - 7) * 86400}`);
  });

  test('the autoscaler at the scaling policy\'s maximum (8) for 15 minutes', () => {
    // GIVEN / WHEN
    const r = find(objects, 'AutoscalerAtMaximum', 'horizontalpodautoscaler="web"');

    // THEN
    expect(r.expr).toEqual('max by (namespace, horizontalpodautoscaler) (kube_horizontalpodautoscaler_status_current_replicas{namespace="shop", horizontalpodautoscaler="web"}) >= 8');
    expect(r.for).toEqual('15m');
  });

  test('crash loops select the pods of one workload only: Deployment pods by their generated name parts, StatefulSet pods by ordinal', () => {
    // GIVEN / WHEN / THEN
    expect(find(objects, 'PodCrashLooping', 'pod=~"web-').expr).toEqual(
      'max by (namespace, pod, container) (max_over_time(kube_pod_container_status_waiting_reason{namespace="shop", pod=~"web-[bcdfghjklmnpqrstvwxz2456789]{1,10}-[bcdfghjklmnpqrstvwxz2456789]{5}", reason="CrashLoopBackOff"}[5m])) >= 1');
    expect(find(objects, 'PodCrashLooping', 'pod=~"db-').expr).toContain('pod=~"db-[0-9]+"');
  });

  test('volumes: a claim, and the claims of a StatefulSet\'s volumeClaimTemplates, above 90% for 10 minutes', () => {
    // GIVEN / WHEN / THEN
    expect(find(objects, 'PersistentVolumeFillingUp', 'persistentvolumeclaim="notes-data"').expr).toEqual(
      'max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes{namespace="shop", persistentvolumeclaim="notes-data"} / kubelet_volume_stats_capacity_bytes{namespace="shop", persistentvolumeclaim="notes-data"}) > 0.9');
    expect(find(objects, 'PersistentVolumeFillingUp', 'persistentvolumeclaim=~"data-db-[0-9]+"').for).toEqual('10m');
    expect(find(objects, 'PersistentVolumeFillingUp', 'persistentvolumeclaim="db-backups"').annotations.summary).toEqual('Volume db-backups is more than 90% full');
  });
});

describe('AlertPolicy options', () => {
  test('rule labels for the ruleSelector, alert labels, a runbook URL and another volume percentage', () => {
    // GIVEN
    const shop = watchedShop({
      alerts: AlertPolicy.prometheus({
        ruleLabels: { release: 'kube-prometheus-stack' }, alertLabels: { team: 'shop' }, runbookBaseUrl: 'https://runbooks.example.com/shop', volumeUsagePercent: 80,
      }),
    });

    // WHEN
    const objects = BlueprintTesting.synth(shop);

    // THEN
    expect(objectOf(objects, 'PrometheusRule', 'shop-alerts').metadata.labels.release).toEqual('kube-prometheus-stack');
    const r = find(objects, 'BackupTooOld', 'cronjob="db-backup"');
    expect(r.labels).toEqual({ cronjob: 'db-backup', team: 'shop', severity: 'critical' });
    expect(r.annotations.runbook_url).toEqual('https://runbooks.example.com/shop#backuptooold');
    expect(find(objects, 'PersistentVolumeFillingUp', 'persistentvolumeclaim="notes-data"').expr).toMatch(/ > 0\.8$/);
  });

  test('a development blueprint opts in', () => {
    // GIVEN / WHEN
    const objects = BlueprintTesting.synth(watchedShop({ env: Environment.development(), alerts: AlertPolicy.prometheus() }));

    // THEN: no autoscaler in development
    expect(rulesOf(objects).map((r: any) => r.alert)).toContain('BackupTooOld');
    expect(rulesOf(objects).map((r: any) => r.alert)).not.toContain('AutoscalerAtMaximum');
    expect(rulesOf(objects)[0].group).toEqual('shop-development.backups');
  });

  test('AlertPolicy.disabled(reason) emits nothing', () => {
    // GIVEN
    const reason = 'the platform team runs kube-prometheus mixins for every namespace';

    // WHEN
    const objects = BlueprintTesting.synth(watchedShop({ alerts: AlertPolicy.disabled(reason) }));

    // THEN
    expect(objectsOf(objects, 'PrometheusRule')).toEqual([]);
  });
});

describe('ingresses: TLS issued by cert-manager\'s ingress-shim is watched; other TLS and no TLS are listed as not watched', () => {
  /** shop-production (alerts on) with WebServices 'a' (ingress-shim), 'b' (a Secret from elsewhere), 'c' (no TLS, development only). */
  function ingresses(env: Environment, certificate?: string): { app: ReturnType<typeof BlueprintTesting.app>; shop: Blueprint } {
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, alerts: AlertPolicy.prometheus() });
    new WebService(shop, 'a', { ...WEB, scaling: ScalingPolicy.fixed(2), ingress: { host: 'a.example.com', tlsSecret: 'a-tls', annotations: { 'cert-manager.io/issuer': 'acme' } } });
    new WebService(shop, 'b', { ...WEB, scaling: ScalingPolicy.fixed(2), ingress: { host: 'b.example.com', tlsSecret: 'b-tls' } });
    if (!env.isProduction) new WebService(shop, 'c', { ...WEB, scaling: ScalingPolicy.fixed(2), ingress: { host: 'c.example.com' } });
    if (certificate) {
      new ApiObject(shop, certificate, {
        apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: certificate },
        spec: { secretName: certificate, dnsNames: ['a.example.com'], issuerRef: { name: 'acme', kind: 'Issuer' } },
      });
    }
    return { app, shop };
  }

  test('an Ingress annotated with an issuer: its Secret\'s Certificate, as cert-manager names it', () => {
    // GIVEN / WHEN
    const rules = rulesOf(BlueprintTesting.synth(ingresses(Environment.production()).shop)).filter((r: any) => r.group === 'shop-production.certificates');

    // THEN
    expect(rules.map((r: any) => [r.alert, r.labels, r.annotations.summary])).toEqual([
      ['CertificateExpiringSoon', { name: 'a-tls', severity: 'critical' }, 'Certificate shop/a-tls (made by cert-manager for Ingress a) expires in less than 14 days'],
      ['CertificateNotReady', { name: 'a-tls', severity: 'warning' }, 'Certificate shop/a-tls is not Ready'],
    ]);
    expect(rules[0].expr).toEqual('max by (namespace, name) (certmanager_certificate_expiration_timestamp_seconds{namespace="shop", name="a-tls"}) - time() < 1209600');
  });

  test('a declared Certificate of that name is watched once, as declared', () => {
    // GIVEN / WHEN
    const rules = alertGroupsOf(ingresses(Environment.production(), 'a-tls').shop).filter((r: any) => r.alert.startsWith('Certificate'));

    // THEN
    expect(rules.map((r: any) => r.annotations.summary)).toEqual(['Certificate shop/a-tls (Secret a-tls) expires in less than 14 days', 'Certificate shop/a-tls is not Ready']);
  });

  test('the review page lists what no alert watches: the Secret from elsewhere, and the Ingress without TLS (the gate\'s ingress-tls)', () => {
    // GIVEN
    const { app } = ingresses(Environment.development());

    // WHEN
    const page = BlueprintTesting.synthApp(app).files.get('review/shop-development.md')!;

    // THEN
    const notWatched = page.slice(page.indexOf('**Not watched:**'));
    expect(notWatched.slice(0, notWatched.indexOf('\n\n## '))).toEqual([
      '**Not watched:**',
      '',
      '- Ingress `b`: TLS Secret `b-tls` is not issued by a cert-manager Certificate of the blueprint, so nothing here alerts before it expires (probe it, e.g. blackbox_exporter\'s `probe_ssl_earliest_cert_expiry`).',
      '- Ingress `c` has no TLS: there is no certificate to watch (the gate\'s `ingress-tls` rule).',
    ].join('\n'));
  });
});

describe('objects added by hand are watched too', () => {
  test('a CronJob and a KEDA ScaledObject made with ApiObject', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), alerts: AlertPolicy.prometheus() });
    new ApiObject(shop, 'cleanup', {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'cleanup' },
      spec: { schedule: '0 */4 * * *', jobTemplate: { spec: { activeDeadlineSeconds: 600, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: IMAGE }] } } } } },
    });
    new ApiObject(shop, 'queue-scaler', { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: { name: 'queue' }, spec: { scaleTargetRef: { name: 'queue' }, maxReplicaCount: 12 } });

    // WHEN
    const rules = alertGroupsOf(shop);

    // THEN
    expect(rules.find((r: any) => r.alert === 'CronJobFailed').expr).toContain('cronjob="cleanup"}) > 600)');
    expect(rules.find((r: any) => r.alert === 'AutoscalerAtMaximum').expr).toEqual(
      'max by (namespace, horizontalpodautoscaler) (kube_horizontalpodautoscaler_status_current_replicas{namespace="shop", horizontalpodautoscaler="keda-hpa-queue"}) >= 12');
  });
});

/** The rules as rendered, without the gate (hand-made objects need not pass it). */
function alertGroupsOf(shop: Blueprint): any[] {
  return shop.alerts!.prometheusRule!.toJson().spec.groups.flatMap((g: any) => g.rules);
}
