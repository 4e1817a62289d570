/**
 * Alerts on backups: a backup nobody is told about when it stops succeeding is found out at the restore. In
 * production every dump CronJob and Velero Schedule of a blueprint has a freshness alert in one of the blueprint's
 * PrometheusRules (prometheus-operator), or the blueprint says why not (`AlertPolicy.disabled(reason)` suppresses
 * this rule with the reason).
 */
import { BACKUP_OF_LABEL, backupKind } from '../values/conventions';
import { describe } from './_objects';
import type { RenderedObject } from './gate';
import type { Rule, RuleContext, Violation } from './types';

/** What a freshness alert on one backup reads: the metric of its last success, selected by the backup's name. */
interface Watched {
  readonly metric: string;
  readonly label: string;
  readonly what: string;
}

/** A dump CronJob (not a restore or a drill, not suspended) or a Velero Schedule; undefined for anything else. */
function backupOf(o: RenderedObject): Watched | undefined {
  // Only these two kinds can be backups (backupKind's own first test): the rule asks this of every production
  // object, and the others need no label reader.
  if (o.json.kind !== 'Schedule' && o.json.kind !== 'CronJob') return undefined;
  const labels = o.json.metadata?.labels ?? {};
  const kind = backupKind(String(o.json.apiVersion), o.json.kind, (key) => labels[key]);
  if (kind === 'velero-schedule') {
    return { metric: 'velero_backup_last_successful_timestamp', label: 'schedule', what: `Velero ${describe(o)}` };
  }
  if (kind === 'dump' && o.json.spec?.suspend !== true) {
    return { metric: 'kube_cronjob_status_last_successful_time', label: 'cronjob', what: `${describe(o)} (the backup of '${labels[BACKUP_OF_LABEL]}')` };
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `expr` alerts on the age of the backup's last success: `time() - <metric>{…<label>="<name>"…}`, the metric
 * optionally inside one aggregation (`max by (…) (…)`). A rule that only compares the last run with the last
 * schedule (the library's BackupFailed) does not count: it stays silent when the runs stop being scheduled.
 */
function watchesFreshness(expr: string, w: Watched, name: string): boolean {
  const pattern = new RegExp(`time\\(\\)\\s*-\\s*(?:[a-z_]+\\s*(?:(?:by|without)\\s*\\([^)]*\\)\\s*)?\\(\\s*)?${w.metric}\\{[^}]*\\b${w.label}\\s*=\\s*"${escape(name)}"`);
  return pattern.test(expr);
}

function check(ctx: RuleContext): Violation[] {
  const rules = ctx.ofKind('PrometheusRule').filter((o) => String(o.json.apiVersion).startsWith('monitoring.coreos.com/'));
  const out: Violation[] = [];
  for (let i = 0; i < ctx.objects.length; i++) { // by index: no iterator result per object of the app
    const o = ctx.objects[i];
    if (!o.production) continue;
    const watched = backupOf(o);
    if (watched === undefined) continue;
    const name = String(o.json.metadata?.name);
    const own = rules.filter((r) => r.blueprint === o.blueprint);
    const alerting = own.some((r) => (r.json.spec?.groups ?? []).some((g: any) => (g?.rules ?? [])
      .some((rule: any) => typeof rule?.alert === 'string' && typeof rule.expr === 'string' && watchesFreshness(rule.expr, watched, name))));
    out.push(...(alerting ? [] : [{
      path: o.path,
      message: `${watched.what} of production blueprint '${o.blueprint}' has no alert on the age of its last success: `
        + (own.length === 0
          ? `the blueprint has no PrometheusRule to hold one (an alerting rule on time() - ${watched.metric}{${watched.label}="${name}"})`
          : `no alerting rule of PrometheusRule ${own.map((r) => `'${r.json.metadata?.name}'`).join(', ')} reads time() - ${watched.metric}{${watched.label}="${name}"}`),
    }]));
  }
  return out;
}

export const ALERT_RULES: readonly Rule[] = [
  {
    id: 'alerts-watch-backups', severity: 'error', category: 'policy',
    source: 'Google SRE book, "Data Integrity" (alert on the age of the last good backup, not only on failed runs); kube-state-metrics kube_cronjob_status_last_successful_time, Velero velero_backup_last_successful_timestamp; prometheus-operator PrometheusRule',
    summary: 'In production, every dump CronJob and Velero Schedule of a blueprint has an alert in one of its PrometheusRules on the age of its last successful run, or the blueprint states why nothing alerts.',
    fix: 'give the blueprint \'alerts: AlertPolicy.prometheus()\' (production blueprints that back something up get it by default), or \'alerts: AlertPolicy.disabled(reason)\' saying what watches the backups instead',
    check,
  },
];
