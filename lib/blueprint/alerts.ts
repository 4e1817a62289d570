import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { AlertPolicy } from '../values/alerts';
import { alertGroups } from './_alerts-rules';

export type { AlertGroup, AlertRule } from './_alerts-rules';

/** The kinds whose objects the alerts watch: only these are rendered again for the rule. */
const WATCHED_KINDS = new Set(['CronJob', 'Job', 'Schedule', 'Deployment', 'StatefulSet', 'PersistentVolumeClaim', 'HorizontalPodAutoscaler', 'ScaledObject', 'Certificate']);

/** Props for `BlueprintAlerts`. */
export interface BlueprintAlertsProps {
  /** What to emit: `AlertPolicy.prometheus(options)` (a disabled policy emits nothing). */
  readonly policy: AlertPolicy;
  /** The PrometheusRule's name. */
  readonly name: string;
}

/**
 * The alerts of one blueprint: a prometheus-operator `PrometheusRule` (monitoring.coreos.com/v1) whose rules are
 * computed, when the app synthesizes, from every object the blueprint emitted — so a CronJob, Velero Schedule,
 * autoscaler, claim or certificate added by any construct (or by hand, as an ApiObject) is watched too:
 *
 * | group | alert | severity | fires when |
 * |---|---|---|---|
 * | backups | `BackupTooOld` | critical | no successful run of a dump CronJob for 1.5 × its schedule's longest interval |
 * | backups | `BackupFailed` | warning | its last scheduled run has not succeeded within starting + active deadline |
 * | backups | `VeleroBackupTooOld`, `VeleroBackupFailed`, `VeleroBackupsExpiring` | critical, warning, critical | a Schedule's last success is older than 1.5 × its interval; a backup failed; the newest expires (TTL) within an interval |
 * | jobs | `RestoreDrillFailed`, `CronJobFailed`, `JobFailed` | critical, warning, warning | the drill's (any other CronJob's) last run has not succeeded within its deadlines; a Job has the Failed condition |
 * | workloads | `PodCrashLooping` | warning | a pod of a Deployment or StatefulSet is in CrashLoopBackOff for 15 min |
 * | capacity | `AutoscalerAtMaximum`, `PersistentVolumeFillingUp` | warning | an HPA (or KEDA's HPA) at the policy's maximum for 15 min; a claim above the policy's percentage for 10 min |
 * | certificates | `CertificateExpiringSoon`, `CertificateNotReady` | critical, warning | a cert-manager Certificate expires within 14 days (1 h); is not Ready (15 min) |
 *
 * Every rule selects the blueprint's namespace and its objects by name, and carries `summary`, `description` and a
 * one-line `runbook` (listed in the review page's Alerts section). A Blueprint creates this itself, from its
 * `alerts` prop.
 */
export class BlueprintAlerts extends Construct {
  public readonly policy: AlertPolicy;
  /** The PrometheusRule. */
  public readonly prometheusRule: ApiObject;

  constructor(scope: Construct, id: string, props: BlueprintAlertsProps) {
    props = checkedProps('BlueprintAlerts', scope, id, props);
    super(scope, id);
    this.policy = props.policy;
    const chart = Chart.of(this);
    const policy = props.policy;
    const self = (): ApiObject => this.prometheusRule;
    this.prometheusRule = emitObject(this, 'PrometheusRule', {
      apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', name: props.name,
      labels: { 'app.kubernetes.io/component': 'alerts', ...policy.ruleLabels },
      render: () => {
        const objects = chart.node.findAll()
          .filter((c): c is ApiObject => ApiObject.isApiObject(c) && c !== self() && WATCHED_KINDS.has(c.kind))
          .map((o) => o.toJson());
        return {
          spec: {
            groups: alertGroups(objects, {
              blueprint: chart.node.id, namespace: String(chart.namespace), alertLabels: policy.alertLabels,
              runbookBaseUrl: policy.runbookBaseUrl, volumeUsagePercent: policy.volumeUsagePercent,
            }),
          },
        };
      },
    });
  }
}
