/**
 * The alert rules (lib/validation/alert-rules.ts): every production backup has a freshness alert in a PrometheusRule of
 * its blueprint, or the blueprint says why not. Rule checks on hand-made objects, then the gate end to end.
 */
import { AlertPolicy, Blueprint, BlueprintTesting, CronTask, Environment, ScalingPolicy, Schedule, Size, WebService } from '../../lib';
import { ALERT_RULES } from '../../lib/validation/alert-rules';
import type { RenderedObject } from '../../lib/validation/gate';
import { IMAGE, WEB } from '../_helpers';
import { VOLUME_BACKUP } from '../blueprint/_alerts-fixture';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { ALERTS_CASES } from './_corpus-alerts';
import { runCases } from './_corpus-run';

const BACKUP_OF = 'blueprints.cdk8s.io/backup-of';

/** A dump CronJob of 'db' as the gate sees it. */
function dump(props: { name?: string; production?: boolean; blueprint?: string; labels?: Record<string, string>; suspend?: boolean } = {}): RenderedObject {
  const name = props.name ?? 'db-backup';
  return {
    path: `shop-production/db/${name}/CronJob`, blueprint: props.blueprint ?? 'shop-production', production: props.production ?? true,
    json: {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name, namespace: 'shop', labels: props.labels ?? { [BACKUP_OF]: 'db' } },
      spec: { schedule: '0 2 * * *', ...(props.suspend ? { suspend: true } : {}) },
    },
  };
}

/** A Velero Schedule as the gate sees it. */
function velero(name = 'shop.notes-volumes'): RenderedObject {
  return {
    path: 'shop-production/notes/VolumeBackup', blueprint: 'shop-production', production: true,
    json: { apiVersion: 'velero.io/v1', kind: 'Schedule', metadata: { name, namespace: 'velero' }, spec: { schedule: '0 3 * * 0' } },
  };
}

/** A PrometheusRule of the blueprint with these rules. */
function prometheusRule(rules: any[], blueprint = 'shop-production', name = 'shop-alerts'): RenderedObject {
  return {
    path: `${blueprint}/Alerts/PrometheusRule`, blueprint, production: true,
    json: { apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: { name, namespace: 'shop' }, spec: { groups: [{ name: 'g', rules }] } },
  };
}

const FRESH_DUMP = 'time() - max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{namespace="shop", cronjob="db-backup"}) > 129600';
const FRESH_VELERO = 'time() - max by (schedule) (velero_backup_last_successful_timestamp{schedule="shop.notes-volumes"}) > 907200';
const check = (objects: RenderedObject[]) => ALERT_RULES[0].check(contextOf({ objects, artifacts: [] }));
const NO_RULE = "CronJob 'db-backup' (the backup of 'db') of production blueprint 'shop-production' has no alert on the age of its last success: the blueprint has no PrometheusRule to hold one (an alerting rule on time() - kube_cronjob_status_last_successful_time{cronjob=\"db-backup\"})";

describe('ALERT_RULES', () => {
  test('are these rules, every one of category policy', () => {
    expect(ALERT_RULES.map((r) => r.id)).toEqual(['alerts-watch-backups']);
    expect([...new Set(ALERT_RULES.map((r) => r.category))]).toEqual(['policy']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(ALERT_RULES, ctx)).toEqual(ALERT_RULES.map((r) => [r.id, []]));
  });
});

describe('alerts-watch-backups', () => {
  test('a production dump CronJob without a PrometheusRule is an error naming the blueprint, the backup and the metric', () => {
    // GIVEN / WHEN / THEN
    expect(check([dump()])).toEqual([{ path: 'shop-production/db/db-backup/CronJob', message: NO_RULE }]);
    expect(ALERT_RULES[0].severity).toEqual('error');
    expect(ALERT_RULES[0].fix).toEqual('give the blueprint \'alerts: AlertPolicy.prometheus()\' (production blueprints that back something up get it by default), or \'alerts: AlertPolicy.disabled(reason)\' saying what watches the backups instead');
  });

  test('a freshness alert on it passes; a rule that only compares the last run with the last schedule, a recording rule or another CronJob\'s alert does not', () => {
    // GIVEN
    const failedOnly = '(time() - max by (namespace, cronjob) (kube_cronjob_status_last_schedule_time{namespace="shop", cronjob="db-backup"}) > 9000)\nunless on (namespace, cronjob)\n(max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{namespace="shop", cronjob="db-backup"}) >= on (namespace, cronjob) max by (namespace, cronjob) (kube_cronjob_status_last_schedule_time{namespace="shop", cronjob="db-backup"}))';

    // WHEN / THEN
    expect(check([dump(), prometheusRule([{ alert: 'BackupTooOld', expr: FRESH_DUMP }])])).toEqual([]);
    expect(check([dump(), prometheusRule([{ alert: 'Mine', expr: 'time() - kube_cronjob_status_last_successful_time{cronjob="db-backup"} > 90000' }])])).toEqual([]);
    const notWatching = [
      { alert: 'BackupFailed', expr: failedOnly },
      { record: 'shop:backup_age', expr: FRESH_DUMP },
      { alert: 'Other', expr: FRESH_DUMP.replace('cronjob="db-backup"', 'cronjob="db-backup-2"') },
    ];
    expect(check([dump(), prometheusRule(notWatching), prometheusRule([], 'shop-production', 'more')])).toEqual([{
      path: 'shop-production/db/db-backup/CronJob',
      message: "CronJob 'db-backup' (the backup of 'db') of production blueprint 'shop-production' has no alert on the age of its last success: no alerting rule of PrometheusRule 'shop-alerts', 'more' reads time() - kube_cronjob_status_last_successful_time{cronjob=\"db-backup\"}",
    }]);
  });

  test('a Velero Schedule needs an alert on velero_backup_last_successful_timestamp of its name', () => {
    // GIVEN / WHEN / THEN
    expect(check([velero()])).toEqual([{
      path: 'shop-production/notes/VolumeBackup',
      message: "Velero Schedule 'shop.notes-volumes' of production blueprint 'shop-production' has no alert on the age of its last success: the blueprint has no PrometheusRule to hold one (an alerting rule on time() - velero_backup_last_successful_timestamp{schedule=\"shop.notes-volumes\"})",
    }]);
    expect(check([velero(), prometheusRule([{ alert: 'VeleroBackupTooOld', expr: FRESH_VELERO }])])).toEqual([]);
    // a name with regex metacharacters is matched literally
    expect(check([velero('shop.notes'), prometheusRule([{ alert: 'VeleroBackupTooOld', expr: FRESH_VELERO.replace('shop.notes-volumes', 'shopXnotes') }])])).toHaveLength(1);
  });

  test('nothing outside production, for restore and drill CronJobs, suspended ones, other CronJobs, or with a rule of another blueprint', () => {
    // GIVEN / WHEN / THEN
    expect(check([dump({ production: false })])).toEqual([]);
    expect(check([dump({ name: 'db-restore', labels: { 'blueprints.cdk8s.io/restore-of': 'db' } })])).toEqual([]);
    expect(check([dump({ name: 'db-restore-drill', labels: { [BACKUP_OF]: 'db', 'blueprints.cdk8s.io/restore-of': 'db' } })])).toEqual([]);
    expect(check([dump({ suspend: true })])).toEqual([]);
    expect(check([dump({ name: 'report', labels: {} })])).toEqual([]);
    expect(check([dump(), prometheusRule([{ alert: 'BackupTooOld', expr: FRESH_DUMP }], 'other-production')])).toEqual([{ path: 'shop-production/db/db-backup/CronJob', message: NO_RULE }]);
  });
});

describe('the gate', () => {
  /** shop-production with the volume of 'notes' backed up by Velero and, with `leapDump`, a dump CronTask scheduled on 30 February. */
  function shop(alerts?: AlertPolicy, leapDump = false): Blueprint {
    const app = BlueprintTesting.app();
    const bp = new Blueprint(app, 'shop-production', { environment: Environment.production(), ...(alerts ? { alerts } : {}) });
    new WebService(bp, 'notes', { ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }], backup: VOLUME_BACKUP });
    if (leapDump) new CronTask(bp, 'leap-dump', { image: IMAGE, schedule: Schedule.cron('0 0 30 2 *'), labels: { [BACKUP_OF]: 'notes' } });
    return bp;
  }

  test('passes the default alerts\' Velero rule, and reports the CronJob whose schedule has no interval to alert on', () => {
    // GIVEN / WHEN / THEN: the CronJob never runs, so the rules have no freshness threshold for it (BackupFailed only)
    expect(() => BlueprintTesting.synth(shop(undefined, true))).toThrow(
      "Validation failed: 1 error, 1 warning; nothing was written.\n  ✗ [alerts-watch-backups] shop-production/leap-dump/CronJob: CronJob 'leap-dump' (the backup of 'notes') of production blueprint 'shop-production' has no alert on the age of its last success: "
      + "no alerting rule of PrometheusRule 'shop-alerts' reads time() - kube_cronjob_status_last_successful_time{cronjob=\"leap-dump\"}\n"
      + "      fix: give the blueprint 'alerts: AlertPolicy.prometheus()' (production blueprints that back something up get it by default), or 'alerts: AlertPolicy.disabled(reason)' saying what watches the backups instead\n");
  });

  test('AlertPolicy.disabled(reason) suppresses it, and the review page\'s Alerts section gives the reason', () => {
    // GIVEN
    const reason = 'the platform team\'s Velero mixin alerts on every schedule of the cluster';
    const bp = shop(AlertPolicy.disabled(reason));

    // WHEN
    const files = BlueprintTesting.synthApp(bp.node.root as any).files;

    // THEN
    const page = files.get('review/shop-production.md')!;
    expect(page.slice(page.indexOf('## Alerts'), page.indexOf('\n## ', page.indexOf('## Alerts') + 1))).toEqual(
      `## Alerts\n\nNo alerts (\`AlertPolicy.disabled\`): the platform team's Velero mixin alerts on every schedule of the cluster\n`);
  });
});

runCases(ALERTS_CASES);
