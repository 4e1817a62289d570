/**
 * The alerts' PromQL, proved with Prometheus' own tool: each PrometheusRule's `spec` written as a rule file, checked
 * by `promtool check rules`, and unit-tested by `promtool test rules` with input series named and labelled as
 * kube-state-metrics 2.x, the kubelet, Velero and cert-manager export them — every alert once firing, with its exact
 * labels and (template-expanded) annotations, and once silent. promtool is Debian's (package prometheus), installed
 * by scripts/ci/services.sh.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { buildExamples } from '../../apps';
import { watchedShop } from './_alerts-fixture';

/** promtool's path (`which promtool`); a missing promtool fails the test and says how to install it. */
function promtool(): string {
  const which = spawnSync('which', ['promtool'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  if (found === '') {
    throw new Error('promtool is not installed (it is not on PATH): run `sh scripts/ci/services.sh` as root, which installs the Debian package prometheus (/usr/bin/promtool)');
  }
  return found;
}

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'alerts-promtool-'));
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

/** Writes `files` into a fresh folder and runs promtool there; its exit status and output. */
function run(args: string[], files: Record<string, unknown>): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(WORK, 'run-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), stringify(content));
  const r = spawnSync(promtool(), args, { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The rule file of a PrometheusRule: its spec is a Prometheus rule file (`groups:`). */
const ruleFile = (prometheusRule: any) => ({ groups: prometheusRule.spec.groups });

const shopRule = (): any => watchedShop({ certificate: true }).alerts!.prometheusRule!.toJson();

const MIN = 60;
const HOUR = 3600;
/** A promtool series: `value` once a minute from time 0 for `minutes` minutes. */
const flat = (value: number, minutes: number) => `${value}x${minutes}`;

/** The runbook lines, as the rules carry them. */
const LOGS = (job: string) => `kubectl -n shop get jobs -l app.kubernetes.io/name=${job} --sort-by=.metadata.creationTimestamp; kubectl -n shop logs -l app.kubernetes.io/name=${job} --prefix --tail=200`;

interface AlertTest {
  readonly name: string;
  readonly series: ReadonlyArray<{ series: string; values: string }>;
  readonly alertname: string;
  readonly evalTime: string;
  readonly expected: ReadonlyArray<{ exp_labels: Record<string, string>; exp_annotations: Record<string, string> }>;
  /** The step of the series and of rule evaluation. @default '1m' */
  readonly interval?: string;
}

/** Runs one promtool unit test against the fixture's rules; passes when promtool says SUCCESS. */
function promtoolTest(t: AlertTest): { status: number | null; output: string } {
  return run(['test', 'rules', 'tests.yaml'], {
    'rules.yaml': ruleFile(shopRule()),
    'tests.yaml': {
      rule_files: ['rules.yaml'],
      evaluation_interval: t.interval ?? '1m',
      tests: [{
        name: t.name,
        interval: t.interval ?? '1m',
        input_series: t.series,
        alert_rule_test: [{ eval_time: t.evalTime, alertname: t.alertname, exp_alerts: t.expected }],
      }],
    },
  });
}

function expectPasses(t: AlertTest): void {
  const r = promtoolTest(t);
  expect({ status: r.status, output: r.output }).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') });
}

describe('promtool check rules', () => {
  test('the rules of a blueprint with every watched kind pass', () => {
    // GIVEN
    const rule = shopRule();

    // WHEN
    const r = run(['check', 'rules', 'rules.yaml'], { 'rules.yaml': ruleFile(rule) });

    // THEN
    const count = rule.spec.groups.reduce((n: number, g: any) => n + g.rules.length, 0);
    expect(count).toEqual(18);
    expect(r).toEqual({ status: 0, output: `Checking rules.yaml\n  SUCCESS: ${count} rules found\n\n` });
  });

  test('every PrometheusRule of the examples, as synthesized, passes: the shop\'s own and the production blueprints that back something up', () => {
    // GIVEN
    const synthesis = buildExamples({ outdir: path.join(WORK, 'dist') }).synthesize();
    const rules = synthesis.objects.filter((o) => o.json.kind === 'PrometheusRule');
    expect(rules.map((o) => [o.blueprint, o.json.metadata.name])).toEqual([
      ['shop-production', 'shop-alerts'], ['rust-notes-production', 'rust-notes-alerts'], ['storefront-production', 'storefront-alerts'],
    ]);

    for (const rule of rules) {
      // WHEN
      const r = run(['check', 'rules', 'rules.yaml'], { 'rules.yaml': ruleFile(rule.json) });

      // THEN
      const count = rule.json.spec.groups.reduce((n: number, g: any) => n + g.rules.length, 0);
      expect([rule.blueprint, r]).toEqual([rule.blueprint, { status: 0, output: `Checking rules.yaml\n  SUCCESS: ${count} rules found\n\n` }]);
    }
  });

  test('promtool itself refuses a broken expression (the check can fail)', () => {
    // GIVEN / WHEN
    const r = run(['check', 'rules', 'rules.yaml'], { 'rules.yaml': { groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'time() - max by (x (y)' }] }] } });

    // THEN
    expect(r.status).toEqual(1);
    expect(r.output).toContain('FAILED');
  });
});

describe('BackupTooOld: no successful dump for 1.5 × the daily schedule (36 h)', () => {
  const firing = [{
    exp_labels: { severity: 'critical', namespace: 'shop', cronjob: 'db-backup' },
    exp_annotations: {
      summary: 'No successful backup of db (CronJob shop/db-backup) for 1d12h',
      description: 'The backup policy of db runs \'0 2 * * *\' (Etc/UTC), at most 1d apart: no run has succeeded for 1.5 times that, so the newest restorable dump is older than the policy promises.',
      runbook: `${LOGS('db-backup')}; fix the cause (credentials, destination, space), then take a backup now: kubectl -n shop create job --from=cronjob/db-backup db-backup-rerun`,
    },
  }];
  // samples and evaluations every 5 minutes: 37 h of them
  const every5 = (value: number, hours: number) => `${value}x${hours * 12}`;
  const created = { series: 'kube_cronjob_created{job="kube-state-metrics", namespace="shop", cronjob="db-backup"}', values: every5(0, 37) };
  const success = (values: string) => ({ series: 'kube_cronjob_status_last_successful_time{job="kube-state-metrics", namespace="shop", cronjob="db-backup"}', values });

  test('fires 37 h after the last success', () => {
    expectPasses({ name: 'stale', series: [created, success(every5(0, 37))], alertname: 'BackupTooOld', evalTime: '37h', interval: '5m', expected: firing });
  });

  test('is silent 35 h after it', () => {
    expectPasses({ name: 'not yet', series: [created, success(every5(0, 35))], alertname: 'BackupTooOld', evalTime: '35h', interval: '5m', expected: [] });
  });

  test('is silent when the last success is 7 h old', () => {
    // success at 0, then again at 30 h
    expectPasses({ name: 'fresh', series: [created, success(`${every5(0, 30)} ${every5(30 * HOUR, 7)}`)], alertname: 'BackupTooOld', evalTime: '37h', interval: '5m', expected: [] });
  });

  test('fires for a CronJob that has never succeeded, 37 h after it was created', () => {
    expectPasses({ name: 'never', series: [created], alertname: 'BackupTooOld', evalTime: '37h', interval: '5m', expected: firing });
  });

  test('another CronJob\'s stale success does not fire it', () => {
    const other = { series: 'kube_cronjob_status_last_successful_time{namespace="shop", cronjob="db-backup-old"}', values: every5(0, 37) };
    expectPasses({ name: 'other', series: [other], alertname: 'BackupTooOld', evalTime: '37h', interval: '5m', expected: [] });
  });
});

describe('VeleroBackupTooOld: no successful Velero backup for 1.5 × the weekly schedule (10 d 12 h)', () => {
  // hourly samples and evaluations: a day of minutes is 1,440 evaluations of every rule
  const success = (values: string) => ({ series: 'velero_backup_last_successful_timestamp{job="velero", schedule="shop.notes-volumes"}', values });
  const hourly = (value: number, hours: number) => `${value}x${hours}`;
  const VELERO_RUNBOOK = 'velero -n velero backup get --selector velero.io/schedule-name=shop.notes-volumes; velero -n velero backup describe <newest> --details; velero -n velero backup logs <newest>';

  test('fires 10 d 13 h after the last success (10 d 12 h: not yet)', () => {
    expectPasses({
      name: 'stale', series: [success(hourly(0, 253))], alertname: 'VeleroBackupTooOld', evalTime: '253h', interval: '1h',
      expected: [{
        exp_labels: { severity: 'critical', schedule: 'shop.notes-volumes' },
        exp_annotations: {
          summary: 'No successful Velero backup of schedule shop.notes-volumes for 10d12h',
          description: 'Schedule velero/shop.notes-volumes runs \'0 3 * * 0\', at most 7d apart: no backup has completed for 1.5 times that.',
          runbook: `${VELERO_RUNBOOK}; fix the cause (storage location, snapshotter, node agent), then: velero -n velero backup create --from-schedule shop.notes-volumes`,
        },
      }],
    });
  });

  test('fires for a schedule that has never succeeded, within an hour after 10 d 12 h since Velero first counted it', () => {
    // velero_backup_attempt_total is 0 from the moment Velero knows the schedule (InitSchedule); no success since
    const attempts = (values: string) => ({ series: 'velero_backup_attempt_total{job="velero", schedule="shop.notes-volumes"}', values });
    const firing = [{
      exp_labels: { severity: 'critical', schedule: 'shop.notes-volumes' },
      exp_annotations: {
        summary: 'No successful Velero backup of schedule shop.notes-volumes for 10d12h',
        description: 'Schedule velero/shop.notes-volumes runs \'0 3 * * 0\', at most 7d apart: no backup has completed for 1.5 times that.',
        runbook: `${VELERO_RUNBOOK}; fix the cause (storage location, snapshotter, node agent), then: velero -n velero backup create --from-schedule shop.notes-volumes`,
      },
    }];
    expectPasses({ name: 'never', series: [attempts(hourly(0, 254))], alertname: 'VeleroBackupTooOld', evalTime: '254h', interval: '1h', expected: firing });
    expectPasses({ name: 'never, not yet', series: [attempts(hourly(0, 252))], alertname: 'VeleroBackupTooOld', evalTime: '252h', interval: '1h', expected: [] });
    // known for 100 h only
    expectPasses({ name: 'new', series: [attempts(`_x154 ${hourly(0, 100)}`)], alertname: 'VeleroBackupTooOld', evalTime: '254h', interval: '1h', expected: [] });
    // a success 13 h ago
    expectPasses({ name: 'succeeded', series: [attempts(hourly(0, 254)), success(`_x240 ${hourly(241 * HOUR, 14)}`)], alertname: 'VeleroBackupTooOld', evalTime: '254h', interval: '1h', expected: [] });
  });

  test('is silent when the last success is 13 h old', () => {
    expectPasses({ name: 'fresh', series: [success(`${hourly(0, 239)} ${hourly(240 * HOUR, 13)}`)], alertname: 'VeleroBackupTooOld', evalTime: '253h', interval: '1h', expected: [] });
    expectPasses({ name: 'not yet', series: [success(hourly(0, 252))], alertname: 'VeleroBackupTooOld', evalTime: '252h', interval: '1h', expected: [] });
  });
});

describe('CronJobFailed and RestoreDrillFailed: the last scheduled run has not succeeded within its deadlines', () => {
  const scheduled = (cronjob: string, minutes: number) => ({ series: `kube_cronjob_status_last_schedule_time{namespace="shop", cronjob="${cronjob}"}`, values: flat(0, minutes) });
  const succeeded = (cronjob: string, at: number, minutes: number) => ({
    series: `kube_cronjob_status_last_successful_time{namespace="shop", cronjob="${cronjob}"}`, values: flat(at, minutes),
  });

  test('CronJobFailed fires 66 min after the run was scheduled (1 h 5 min deadlines) without a success', () => {
    expectPasses({
      name: 'report failed', series: [scheduled('report', 66)], alertname: 'CronJobFailed', evalTime: '66m',
      expected: [{
        exp_labels: { severity: 'warning', namespace: 'shop', cronjob: 'report' },
        exp_annotations: {
          summary: 'The last run of CronJob shop/report did not succeed',
          description: 'The run scheduled last (\'15 * * * *\') has not completed successfully within 1h5m (starting deadline + active deadline).',
          runbook: `${LOGS('report')}; after the fix: kubectl -n shop create job --from=cronjob/report report-rerun`,
        },
      }],
    });
  });

  test('CronJobFailed is silent when that run succeeded, and within the deadlines', () => {
    expectPasses({ name: 'report ok', series: [scheduled('report', 66), succeeded('report', 2 * MIN, 66)], alertname: 'CronJobFailed', evalTime: '66m', expected: [] });
    expectPasses({ name: 'report running', series: [scheduled('report', 60)], alertname: 'CronJobFailed', evalTime: '60m', expected: [] });
  });

  test('CronJobFailed fires when the last success is older than the last scheduled run', () => {
    // the run scheduled at 0 succeeded at 2 min; the one scheduled at 60 min has not succeeded by 126 min
    const s = { series: 'kube_cronjob_status_last_schedule_time{namespace="shop", cronjob="report"}', values: `${flat(0, 59)} ${flat(HOUR, 67)}` };
    const r = promtoolTest({ name: 'report stale', series: [s, succeeded('report', 2 * MIN, 127)], alertname: 'CronJobFailed', evalTime: '126m', expected: [] });
    expect(r.status).toEqual(1);
    expect(r.output).toContain('alertname: CronJobFailed');
    expect(r.output).toContain('cronjob="report"');
  });

  test('RestoreDrillFailed fires 130 min after the drill was scheduled (2 h 5 min deadlines) without a success; silent with one', () => {
    expectPasses({
      name: 'drill failed', series: [scheduled('db-restore-drill', 130)], alertname: 'RestoreDrillFailed', evalTime: '130m',
      expected: [{
        exp_labels: { severity: 'critical', namespace: 'shop', cronjob: 'db-restore-drill' },
        exp_annotations: {
          summary: 'The restore drill of db (CronJob shop/db-restore-drill) did not succeed',
          description: 'The drill restores the newest backup of db into scratch space and checks it; its last run has not succeeded within 2h5m (starting deadline + active deadline): the backups may not be restorable.',
          runbook: `${LOGS('db-restore-drill')}; check that the newest backup restores (wrong key, truncated dump, schema check), then: kubectl -n shop create job --from=cronjob/db-restore-drill db-restore-drill-rerun`,
        },
      }],
    });
    expectPasses({ name: 'drill ok', series: [scheduled('db-restore-drill', 130), succeeded('db-restore-drill', 20 * MIN, 130)], alertname: 'RestoreDrillFailed', evalTime: '130m', expected: [] });
  });
});

describe('PodCrashLooping: a pod of the workload in CrashLoopBackOff for 15 min', () => {
  const waiting = (pod: string, value: number) => ({
    series: `kube_pod_container_status_waiting_reason{job="kube-state-metrics", namespace="shop", pod="${pod}", container="web", reason="CrashLoopBackOff"}`, values: flat(value, 20),
  });

  test('fires for a pod of Deployment web after 15 min, with the pod and container in its annotations', () => {
    expectPasses({
      name: 'web crash-looping', series: [waiting('web-5d8f9c7b6-x4kz2', 1)], alertname: 'PodCrashLooping', evalTime: '16m',
      expected: [{
        exp_labels: { severity: 'warning', namespace: 'shop', deployment: 'web', pod: 'web-5d8f9c7b6-x4kz2', container: 'web' },
        exp_annotations: {
          summary: 'A pod of Deployment shop/web is crash-looping',
          description: 'Container web of pod web-5d8f9c7b6-x4kz2 has been restarting in CrashLoopBackOff for 15 minutes.',
          runbook: 'kubectl -n shop logs web-5d8f9c7b6-x4kz2 -c web --previous; kubectl -n shop describe pod web-5d8f9c7b6-x4kz2 (Last State: exit code, OOMKilled, failed probes)',
        },
      }],
    });
  });

  test('is silent before 15 min, when not waiting, and for a pod of another Deployment whose name starts with web-', () => {
    expectPasses({ name: 'pending', series: [waiting('web-5d8f9c7b6-x4kz2', 1)], alertname: 'PodCrashLooping', evalTime: '10m', expected: [] });
    expectPasses({ name: 'running', series: [waiting('web-5d8f9c7b6-x4kz2', 0)], alertname: 'PodCrashLooping', evalTime: '16m', expected: [] });
    expectPasses({ name: 'web-queue', series: [waiting('web-queue-5d8f9c7b6-x4kz2', 1)], alertname: 'PodCrashLooping', evalTime: '16m', expected: [] });
  });

  test('fires for pod db-0 of StatefulSet db', () => {
    expectPasses({
      name: 'db crash-looping', series: [waiting('db-0', 1)], alertname: 'PodCrashLooping', evalTime: '16m',
      expected: [{
        exp_labels: { severity: 'warning', namespace: 'shop', statefulset: 'db', pod: 'db-0', container: 'web' },
        exp_annotations: {
          summary: 'A pod of StatefulSet shop/db is crash-looping',
          description: 'Container web of pod db-0 has been restarting in CrashLoopBackOff for 15 minutes.',
          runbook: 'kubectl -n shop logs db-0 -c web --previous; kubectl -n shop describe pod db-0 (Last State: exit code, OOMKilled, failed probes)',
        },
      }],
    });
  });
});

describe('AutoscalerAtMaximum: the HPA at the scaling policy\'s maximum (8) for 15 min', () => {
  const replicas = (n: number) => ({ series: 'kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics", namespace="shop", horizontalpodautoscaler="web"}', values: flat(n, 20) });

  test('fires at 8 replicas after 15 min', () => {
    expectPasses({
      name: 'at max', series: [replicas(8)], alertname: 'AutoscalerAtMaximum', evalTime: '16m',
      expected: [{
        exp_labels: { severity: 'warning', namespace: 'shop', horizontalpodautoscaler: 'web' },
        exp_annotations: {
          summary: 'Deployment web has run at its scaling maximum of 8 replicas for 15 minutes',
          description: 'The HorizontalPodAutoscaler (shop/web) cannot add replicas beyond the policy\'s maximum (8): more load will queue, slow or fail.',
          runbook: 'kubectl -n shop describe hpa web (current metrics against targets); kubectl -n shop top pods -l app.kubernetes.io/name=web; raise the scaling policy\'s maximum in the app file or find what grew the load',
        },
      }],
    });
  });

  test('is silent at 7 replicas, and at 8 for less than 15 min', () => {
    expectPasses({ name: 'below', series: [replicas(7)], alertname: 'AutoscalerAtMaximum', evalTime: '16m', expected: [] });
    expectPasses({ name: 'pending', series: [replicas(8)], alertname: 'AutoscalerAtMaximum', evalTime: '10m', expected: [] });
  });
});

describe('PersistentVolumeFillingUp: a claim more than 90% full for 10 min', () => {
  const GI5 = 5 * 1024 ** 3;
  const volume = (claim: string, used: number) => [
    { series: `kubelet_volume_stats_used_bytes{job="kubelet", namespace="shop", persistentvolumeclaim="${claim}", node="n1"}`, values: flat(used, 15) },
    { series: `kubelet_volume_stats_capacity_bytes{job="kubelet", namespace="shop", persistentvolumeclaim="${claim}", node="n1"}`, values: flat(GI5, 15) },
  ];

  test('fires for notes-data at 95%, saying how full it is', () => {
    expectPasses({
      name: 'full', series: volume('notes-data', GI5 * 0.95), alertname: 'PersistentVolumeFillingUp', evalTime: '11m',
      expected: [{
        exp_labels: { severity: 'warning', namespace: 'shop', persistentvolumeclaim: 'notes-data' },
        exp_annotations: {
          summary: 'Volume notes-data is more than 90% full',
          description: 'PersistentVolumeClaim notes-data (5Gi requested) is 95% full.',
          runbook: 'kubectl -n shop get pvc notes-data; free space (prune, vacuum) or grow the claim: raise its storage in the app file (the StorageClass must allow volume expansion)',
        },
      }],
    });
  });

  test('fires for data-db-0, a claim of the StatefulSet\'s volumeClaimTemplate', () => {
    expectPasses({
      name: 'db full', series: volume('data-db-0', GI5 * 0.95), alertname: 'PersistentVolumeFillingUp', evalTime: '11m',
      expected: [{
        exp_labels: { severity: 'warning', namespace: 'shop', statefulset: 'db', volumeclaimtemplate: 'data', persistentvolumeclaim: 'data-db-0' },
        exp_annotations: {
          summary: 'Volume data of StatefulSet db is more than 90% full',
          description: 'PersistentVolumeClaim data-db-0 (10Gi requested) is 95% full.',
          runbook: 'kubectl -n shop get pvc data-db-0; free space (prune, vacuum) or grow the claim: raise its storage in the app file (the StorageClass must allow volume expansion)',
        },
      }],
    });
  });

  test('is silent at 50%, and at 95% for less than 10 min', () => {
    expectPasses({ name: 'half', series: volume('notes-data', GI5 / 2), alertname: 'PersistentVolumeFillingUp', evalTime: '11m', expected: [] });
    expectPasses({ name: 'pending', series: volume('notes-data', GI5 * 0.95), alertname: 'PersistentVolumeFillingUp', evalTime: '9m', expected: [] });
  });
});

describe('CertificateExpiringSoon: a cert-manager Certificate expiring within 14 days for 1 h', () => {
  const expiry = (at: number) => ({ series: 'certmanager_certificate_expiration_timestamp_seconds{job="cert-manager", namespace="shop", name="shop-tls", issuer_name="letsencrypt"}', values: flat(at, 62) });

  test('fires when it expires in 10 days; silent at 60 days', () => {
    expectPasses({
      name: 'expiring', series: [expiry(10 * 86400)], alertname: 'CertificateExpiringSoon', evalTime: '61m',
      expected: [{
        exp_labels: { severity: 'critical', namespace: 'shop', name: 'shop-tls' },
        exp_annotations: {
          summary: 'Certificate shop/shop-tls (Secret shop-tls) expires in less than 14 days',
          description: 'cert-manager renews well before expiry (by default at two thirds of the lifetime): a certificate this close to expiry has failed to renew, and clients will refuse shop.example.com once it expires.',
          runbook: 'kubectl -n shop describe certificate shop-tls; kubectl -n shop get certificaterequests,orders,challenges; after the fix: cmctl renew -n shop shop-tls',
        },
      }],
    });
    expectPasses({ name: 'valid', series: [expiry(60 * 86400)], alertname: 'CertificateExpiringSoon', evalTime: '61m', expected: [] });
  });

  test('fires for the Certificate cert-manager\'s ingress-shim makes for the annotated ingress of web (named after its Secret)', () => {
    const shim = { series: 'certmanager_certificate_expiration_timestamp_seconds{job="cert-manager", namespace="shop", name="api-tls", issuer_name="letsencrypt"}', values: flat(3 * 86400, 62) };
    expectPasses({
      name: 'ingress-shim', series: [shim], alertname: 'CertificateExpiringSoon', evalTime: '61m',
      expected: [{
        exp_labels: { severity: 'critical', namespace: 'shop', name: 'api-tls' },
        exp_annotations: {
          summary: 'Certificate shop/api-tls (made by cert-manager for Ingress web) expires in less than 14 days',
          description: 'cert-manager renews well before expiry (by default at two thirds of the lifetime): a certificate this close to expiry has failed to renew, and clients will refuse api.shop.example.com once it expires.',
          runbook: 'kubectl -n shop describe certificate api-tls; kubectl -n shop get certificaterequests,orders,challenges; after the fix: cmctl renew -n shop api-tls',
        },
      }],
    });
  });
});
