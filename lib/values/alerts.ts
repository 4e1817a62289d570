import { BlueprintError, checkInteger, propError } from './_errors';
import { checkLabelKey, checkLabelValue, checkNotReserved } from './_names';
import { assertProps } from './_prop-check';

/** Options of `AlertPolicy.prometheus()`. */
export interface AlertPolicyOptions {
  /**
   * Labels on the PrometheusRule object, for the `ruleSelector` of the Prometheus that should load it (the
   * kube-prometheus-stack chart selects `release: <its release name>` by default).
   * @default - the blueprint's standard labels only
   */
  readonly ruleLabels?: Record<string, string>;
  /**
   * Labels added to every alert, for Alertmanager's routes (e.g. `{ team: 'payments' }`). `severity` is set per alert.
   * @default - none
   */
  readonly alertLabels?: Record<string, string>;
  /**
   * Base URL of the team's runbooks: every alert gets the annotation `runbook_url: <base>#<alert name in lower case>`.
   * The one-line runbook each alert carries (`runbook`, listed in the review page) is there either way.
   * @default - no runbook_url annotation
   */
  readonly runbookBaseUrl?: string;
  /**
   * How full a PersistentVolumeClaim may get, in percent of its capacity, before `PersistentVolumeFillingUp` fires.
   * @default 90
   */
  readonly volumeUsagePercent?: number;
}

/**
 * Whether, and how, a blueprint watches its own promises with Prometheus alerts: a prometheus-operator
 * `PrometheusRule` (monitoring.coreos.com/v1) named `<app>-alerts`, generated from what the blueprint emitted —
 * backup freshness for every backup (no success within 1.5 × the schedule's longest interval), Velero backups
 * about to expire, restore-drill and CronJob failures, crash-looping pods, autoscalers pinned at their maximum,
 * volumes nearly full and cert-manager certificates about to expire.
 *
 * A blueprint emits them when its `alerts` prop is `AlertPolicy.prometheus()` (the PrometheusRule CRD must exist in
 * the cluster); `AlertPolicy.disabled(reason)` states why there are none (the reason is shown in the review page's
 * Alerts section, and suppresses the gate's `alerts-watch-backups` rule). Without the prop, a production blueprint
 * that backs something up (a dump CronJob or a Velero Schedule) gets `AlertPolicy.prometheus()`; any other, none.
 *
 * @example new Blueprint(app, 'shop-production', { environment, alerts: AlertPolicy.prometheus({ ruleLabels: { release: 'kube-prometheus-stack' } }) })
 */
export class AlertPolicy {
  /** A PrometheusRule of alerts generated from the blueprint's objects. */
  public static prometheus(options: AlertPolicyOptions = {}): AlertPolicy {
    assertProps('AlertPolicyOptions', options, 'alerts');
    const ruleLabels = checkLabels('alerts.ruleLabels', options.ruleLabels ?? {});
    const alertLabels = checkLabels('alerts.alertLabels', options.alertLabels ?? {});
    for (const key of Object.keys(alertLabels)) {
      if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key)) throw propError(`alerts.alertLabels['${key}']`, key, 'must be a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)');
      if (key === 'severity' || key.startsWith('__')) throw propError(`alerts.alertLabels['${key}']`, key, 'is set by the library (severity) or reserved by Prometheus (__*)');
    }
    const base = options.runbookBaseUrl;
    if (base !== undefined && (!/^https?:\/\/[^\s#]+$/.test(base))) {
      throw propError('alerts.runbookBaseUrl', base, 'must be an http(s) URL without a fragment, e.g. \'https://runbooks.example.com/shop\'');
    }
    const percent = options.volumeUsagePercent ?? 90;
    checkInteger('alerts.volumeUsagePercent', percent, 50, 99);
    return new AlertPolicy(true, ruleLabels, alertLabels, base, percent);
  }

  /**
   * No alerts, with the reason (e.g. 'the platform team's kube-prometheus mixins watch this namespace').
   */
  public static disabled(reason: string): AlertPolicy {
    if (typeof reason !== 'string' || reason.trim().length < 20) {
      throw propError('alerts.reason', reason, 'must explain in at least 20 characters why nothing alerts on this blueprint\'s backups and workloads');
    }
    return new AlertPolicy(false, {}, {}, undefined, 90, reason.trim());
  }

  private constructor(
    /** Whether a PrometheusRule is emitted. */
    public readonly enabled: boolean,
    public readonly ruleLabels: Readonly<Record<string, string>>,
    public readonly alertLabels: Readonly<Record<string, string>>,
    public readonly runbookBaseUrl: string | undefined,
    public readonly volumeUsagePercent: number,
    /** Why there are no alerts, for a disabled policy. */
    public readonly disabledReason?: string,
  ) {}
}

function checkLabels(prop: string, labels: Record<string, string>): Record<string, string> {
  if (typeof labels !== 'object' || labels === null) throw new BlueprintError(`'${prop}' (${String(labels)}) must be an object of labels`);
  const out: Record<string, string> = {};
  for (const key of Object.keys(labels).sort()) {
    checkLabelKey(prop, key);
    checkNotReserved(prop, key);
    checkLabelValue(`${prop}['${key}']`, labels[key]);
    out[key] = labels[key];
  }
  return out;
}
