import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { chartConstructs } from '../k8s/_chart-constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { AlertPolicy } from '../values/alerts';
import { backupKind } from '../values/conventions';
import type * as alertsRules from './_alerts-rules';

export type { AlertGroup, AlertRule } from './_alerts-rules';

/** The kinds whose objects the alerts watch: only these are rendered again for the rule. */
const WATCHED_KINDS = new Set(['CronJob', 'Job', 'Schedule', 'Deployment', 'StatefulSet', 'PersistentVolumeClaim', 'HorizontalPodAutoscaler', 'ScaledObject', 'Certificate', 'Ingress']);

/** Props for `BlueprintAlerts`. */
export interface BlueprintAlertsProps {
  /** What to emit: `AlertPolicy.prometheus(options)` (a disabled policy emits nothing). */
  readonly policy: AlertPolicy;
  /** The PrometheusRule's name. */
  readonly name: string;
  /**
   * Emit the PrometheusRule only when the blueprint backs something up — a dump CronJob (label
   * `blueprints.cdk8s.io/backup-of`) or a Velero Schedule — decided when the app validates the complete tree, after
   * every construct has added its objects and before anything is rendered (what a production Blueprint does without
   * an `alerts` prop). Without a backup the rule is removed then: no empty PrometheusRule is written.
   * @default false
   */
  readonly onlyWithBackups?: boolean;
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
 * | backups | `VeleroBackupTooOld`, `VeleroBackupFailed`, `VeleroBackupsExpiring` | critical, warning, critical | a Schedule's last success is older than 1.5 × its interval (or, never successful, Velero has known it that long); a backup failed; the newest expires (TTL) within an interval |
 * | jobs | `RestoreDrillFailed`, `CronJobFailed`, `JobFailed` | critical, warning, warning | the drill's (any other CronJob's) last run has not succeeded within its deadlines; a Job has the Failed condition |
 * | workloads | `PodCrashLooping` | warning | a pod of a Deployment or StatefulSet is in CrashLoopBackOff for 15 min |
 * | capacity | `AutoscalerAtMaximum`, `PersistentVolumeFillingUp` | warning | an HPA (or KEDA's HPA) at the policy's maximum for 15 min; a claim above the policy's percentage for 10 min |
 * | certificates | `CertificateExpiringSoon`, `CertificateNotReady` | critical, warning | a cert-manager Certificate — declared, or made by cert-manager's ingress-shim for an Ingress annotated `cert-manager.io/cluster-issuer` or `/issuer` — expires within 14 days (1 h); is not Ready (15 min) |
 *
 * Every rule selects the blueprint's namespace and its objects by name, is labelled with the object it watches
 * (`cronjob: db-backup`, `deployment: web`…) and its `severity`, and carries `summary`, `description` and a
 * one-line `runbook` (listed in the review page's Alerts section). A Blueprint creates this itself, from its
 * `alerts` prop; a production Blueprint without the prop creates it with `onlyWithBackups`, so that every
 * production blueprint that backs something up is watched (the gate's `alerts-watch-backups` rule checks it).
 *
 * @example
 * // production, a Postgres with daily dumps: PrometheusRule 'shop-alerts' (BackupTooOld after 36 h without a success…)
 * const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
 * new Postgres(shop, 'db', { credentials, backupTools, backup: BackupPolicy.daily({ retention: Duration.days(14), encryption }) });
 */
export class BlueprintAlerts extends Construct {
  public readonly policy: AlertPolicy;
  /** The PrometheusRule's name. */
  public readonly ruleName: string;
  private rule?: ApiObject;

  constructor(scope: Construct, id: string, props: BlueprintAlertsProps) {
    props = checkedProps('BlueprintAlerts', scope, id, props);
    super(scope, id);
    this.policy = props.policy;
    this.ruleName = props.name;
    if (!props.policy.enabled) return;
    // Made with the blueprint, so that a GitOps declared after it gives the rule a sync wave like every other object.
    this.rule = this.emit();
    if (props.onlyWithBackups) {
      // The backups are added by constructs made after the blueprint: the tree is complete when the app validates it,
      // which it does before rendering anything, so the rule of a blueprint that backs nothing up is removed then.
      this.node.addValidation({ validate: () => this.removeWithoutBackups() });
    }
  }

  /**
   * The PrometheusRule; undefined, once the app has synthesized, for a blueprint whose default alerts
   * (`onlyWithBackups`) found no backup.
   */
  public get prometheusRule(): ApiObject | undefined {
    return this.rule;
  }

  /** The blueprint's backups, as the default alerts see them: dump CronJobs and Velero Schedules, by construct path. */
  public backups(): string[] {
    return chartConstructs(Chart.of(this))
      .filter((c): c is ApiObject => ApiObject.isApiObject(c) && isBackup(c))
      .map((o) => o.node.path);
  }

  private removeWithoutBackups(): string[] {
    if (this.rule !== undefined && !chartConstructs(Chart.of(this)).some((c) => ApiObject.isApiObject(c) && isBackup(c))) {
      this.node.tryRemoveChild(this.rule.node.id);
      this.rule = undefined;
    }
    return [];
  }

  private emit(): ApiObject {
    const chart = Chart.of(this);
    const policy = this.policy;
    const self = (): ApiObject | undefined => this.rule;
    return emitObject(this, 'PrometheusRule', {
      apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', name: this.ruleName,
      labels: { 'app.kubernetes.io/component': 'alerts', ...policy.ruleLabels },
      render: () => {
        const objects = chart.node.findAll()
          .filter((c): c is ApiObject => ApiObject.isApiObject(c) && c !== self() && WATCHED_KINDS.has(c.kind))
          .map((o) => o.toJson());
        return {
          spec: {
            groups: loadAlertsRules().alertGroups(objects, {
              blueprint: chart.node.id, namespace: String(chart.namespace), alertLabels: policy.alertLabels,
              runbookBaseUrl: policy.runbookBaseUrl, volumeUsagePercent: policy.volumeUsagePercent,
            }),
          },
        };
      },
    });
  }
}

let alertsRulesModule: typeof alertsRules | undefined;
/** The rules' module, loaded on first use: only a blueprint with alerts renders them. */
function loadAlertsRules(): typeof alertsRules {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (alertsRulesModule ??= require('./_alerts-rules') as typeof alertsRules);
}

/** A dump CronJob (not a restore or a drill) or a Velero Schedule, from what is known before rendering. */
function isBackup(o: ApiObject): boolean {
  return backupKind(o.apiVersion, o.kind, (key) => o.metadata.getLabel(key)) !== undefined;
}
