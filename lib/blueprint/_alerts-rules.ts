/**
 * The alerting rules of one blueprint, computed from its rendered objects (plain JSON), so that every CronJob,
 * Velero Schedule, autoscaler, claim and certificate is watched whichever construct emitted it. Each rule selects
 * only the blueprint's namespace and objects, takes its threshold from what the user declared (the backup
 * schedule, the retention, the jobs' deadlines, the scaling maximum) and carries a one-line runbook. Each rule's
 * labels name the object it watches, as kube-state-metrics names it (`cronjob`, `schedule`, `deployment`,
 * `statefulset` + `volumeclaimtemplate`, `persistentvolumeclaim`, `horizontalpodautoscaler`, `name` of a
 * certificate): Alertmanager can route and group by them, and no two rules of a group share an alert name and
 * labels (promtool's duplicate-rules lint fails such a file).
 *
 * Metrics read (all exported by the components' current releases):
 * - kube-state-metrics 2.x (docs/metrics/workload/cronjob-metrics.md, horizontalpodautoscaler-metrics.md,
 *   pod-metrics.md; all STABLE): kube_cronjob_created, kube_cronjob_status_last_schedule_time,
 *   kube_cronjob_status_last_successful_time, kube_horizontalpodautoscaler_status_current_replicas,
 *   kube_pod_container_status_waiting_reason;
 * - the kubelet (pkg/kubelet/metrics/collectors/volume_stats.go): kubelet_volume_stats_used_bytes,
 *   kubelet_volume_stats_capacity_bytes;
 * - Velero (pkg/metrics/metrics.go, label `schedule`): velero_backup_last_successful_timestamp,
 *   velero_backup_attempt_total, velero_backup_failure_total, velero_backup_partial_failure_total;
 * - cert-manager (pkg/metrics/certificates.go): certmanager_certificate_expiration_timestamp_seconds,
 *   certmanager_certificate_ready_status.
 */
import { BACKUP_OF_LABEL, RESTORE_OF_LABEL } from '../values/conventions';
import { longestCronIntervalSeconds } from '../values/_alerts-cron';

/** One alerting rule, as prometheus-operator's PrometheusRule takes it. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
}

/** A named group of rules. */
export interface AlertGroup {
  readonly name: string;
  readonly rules: AlertRule[];
}

/** What the rules are computed for. */
export interface AlertContext {
  /** The blueprint's id, e.g. 'shop-production': prefixes the group names. */
  readonly blueprint: string;
  /** The blueprint's namespace: objects without metadata.namespace are there. */
  readonly namespace: string;
  readonly alertLabels: Readonly<Record<string, string>>;
  readonly runbookBaseUrl?: string;
  readonly volumeUsagePercent: number;
}

/** 129600 → '36h', 5400 → '1h30m', 86400 × 14 → '14d'. */
export function humanSeconds(seconds: number): string {
  const units: Array<[string, number]> = [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]];
  let rest = Math.round(seconds);
  const out: string[] = [];
  for (const [unit, size] of units) {
    if (rest >= size) {
      out.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return out.join('') || '0s';
}

const q = (s: string) => JSON.stringify(s);
const sel = (labels: Record<string, string>) => `{${Object.entries(labels).map(([k, v]) => `${k}${v.startsWith('~') ? '=~' : '='}${q(v.replace(/^~/, ''))}`).join(', ')}}`;
/**
 * The characters of a Deployment pod's generated name parts (its ReplicaSet's pod-template-hash, then five random
 * ones): k8s.io/apimachinery/pkg/util/rand's alphabet, so `api-<hash>-<id>` never matches a pod of `api-queue`.
 */
const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';
/** An RE2 literal (Prometheus anchors it) for a Kubernetes name: only '.' needs escaping. */
const re = (name: string) => name.replace(/\./g, '\\.');

/** The rule builder with the context's labels and runbook URL. */
function ruleOf(ctx: AlertContext) {
  return (identity: Record<string, string>, alert: string, severity: 'critical' | 'warning', expr: string, annotations: { summary: string; description: string; runbook: string }, forDuration?: string): AlertRule => ({
    alert, expr, ...(forDuration ? { for: forDuration } : {}),
    labels: { ...ctx.alertLabels, ...identity, severity },
    annotations: {
      ...annotations,
      ...(ctx.runbookBaseUrl ? { runbook_url: `${ctx.runbookBaseUrl}#${alert.toLowerCase()}` } : {}),
    },
  });
}

/** The groups of one blueprint's alerts, from its objects; groups without rules are left out. */
export function alertGroups(objects: readonly any[], ctx: AlertContext): AlertGroup[] {
  const nsOf = (o: any) => String(o.metadata?.namespace ?? ctx.namespace);
  const rule = ruleOf(ctx);
  const backups: AlertRule[] = [];
  const jobs: AlertRule[] = [];
  const workloads: AlertRule[] = [];
  const capacity: AlertRule[] = [];
  const certificates: AlertRule[] = [];
  const kindOf = (o: any) => `${String(o.apiVersion).split('/')[0]}/${o.kind}`;

  // The certificates the blueprint declares: an Ingress naming one of their names needs no rule of its own.
  const certificateNames = new Set(objects.filter((o) => kindOf(o) === 'cert-manager.io/Certificate').map((o) => `${nsOf(o)}/${o.metadata?.name}`));

  for (const o of objects) {
    const name = String(o.metadata?.name);
    const ns = nsOf(o);
    const labels = o.metadata?.labels ?? {};
    switch (kindOf(o)) {
      case 'batch/CronJob': {
        if (o.spec?.suspend === true) break;
        const interval = longestCronIntervalSeconds(String(o.spec?.schedule ?? ''));
        const jobSpec = o.spec?.jobTemplate?.spec ?? {};
        const deadline = (o.spec?.startingDeadlineSeconds ?? 0) + (jobSpec.activeDeadlineSeconds ?? 3600);
        const s = sel({ namespace: ns, cronjob: name });
        const lastRunFailed = `(time() - max by (namespace, cronjob) (kube_cronjob_status_last_schedule_time${s}) > ${deadline})\nunless on (namespace, cronjob)\n(max by (namespace, cronjob) (kube_cronjob_status_last_successful_time${s}) >= on (namespace, cronjob) max by (namespace, cronjob) (kube_cronjob_status_last_schedule_time${s}))`;
        const logs = `kubectl -n ${ns} get jobs -l app.kubernetes.io/name=${name} --sort-by=.metadata.creationTimestamp; kubectl -n ${ns} logs -l app.kubernetes.io/name=${name} --prefix --tail=200`;
        const rerun = `kubectl -n ${ns} create job --from=cronjob/${name} ${name}-rerun`;
        const within = `${humanSeconds(deadline)} (starting deadline + active deadline)`;
        if (labels[BACKUP_OF_LABEL] !== undefined) {
          const of = labels[BACKUP_OF_LABEL];
          if (interval !== undefined) {
            const threshold = Math.round(interval * 1.5);
            backups.push(rule({ cronjob: name }, 'BackupTooOld', 'critical',
              `time() - max by (namespace, cronjob) (kube_cronjob_status_last_successful_time${s}) > ${threshold}\nor\n(time() - max by (namespace, cronjob) (kube_cronjob_created${s}) > ${threshold} unless on (namespace, cronjob) kube_cronjob_status_last_successful_time${s})`,
              {
                summary: `No successful backup of ${of} (CronJob ${ns}/${name}) for ${humanSeconds(threshold)}`,
                description: `The backup policy of ${of} runs '${o.spec.schedule}' (${o.spec.timeZone ?? 'Etc/UTC'}), at most ${humanSeconds(interval)} apart: no run has succeeded for 1.5 times that, so the newest restorable dump is older than the policy promises.`,
                runbook: `${logs}; fix the cause (credentials, destination, space), then take a backup now: ${rerun}`,
              }));
          }
          backups.push(rule({ cronjob: name }, 'BackupFailed', 'warning', lastRunFailed, {
            summary: `The last backup run of ${of} (CronJob ${ns}/${name}) did not succeed`,
            description: `The run scheduled last has not completed successfully within ${within}: it failed, timed out or never started.`,
            runbook: `${logs}; after the fix: ${rerun}`,
          }));
        } else if (labels[RESTORE_OF_LABEL] !== undefined) {
          const of = labels[RESTORE_OF_LABEL];
          jobs.push(rule({ cronjob: name }, 'RestoreDrillFailed', 'critical', lastRunFailed, {
            summary: `The restore drill of ${of} (CronJob ${ns}/${name}) did not succeed`,
            description: `The drill restores the newest backup of ${of} into scratch space and checks it; its last run has not succeeded within ${within}: the backups may not be restorable.`,
            runbook: `${logs}; check that the newest backup restores (wrong key, truncated dump, schema check), then: ${rerun}`,
          }));
        } else {
          jobs.push(rule({ cronjob: name }, 'CronJobFailed', 'warning', lastRunFailed, {
            summary: `The last run of CronJob ${ns}/${name} did not succeed`,
            description: `The run scheduled last ('${o.spec?.schedule}') has not completed successfully within ${within}.`,
            runbook: `${logs}; after the fix: ${rerun}`,
          }));
        }
        break;
      }
      case 'batch/Job': {
        jobs.push(rule({ job_name: name }, 'JobFailed', 'warning', `max by (namespace, job_name) (kube_job_failed${sel({ namespace: ns, job_name: name, condition: 'true' })}) == 1`, {
          summary: `Job ${ns}/${name} failed`,
          description: `The Job has the Failed condition: its pods failed more often than its backoff limit allows, or it ran past its active deadline.`,
          runbook: `kubectl -n ${ns} describe job ${name}; kubectl -n ${ns} logs job/${name} --tail=200; after the fix delete the Job and let the next sync recreate it: kubectl -n ${ns} delete job ${name}`,
        }));
        break;
      }
      case 'velero.io/Schedule': {
        const interval = longestCronIntervalSeconds(String(o.spec?.schedule ?? ''));
        if (interval === undefined) break;
        const threshold = Math.round(interval * 1.5);
        const ttl = parseGoDuration(String(o.spec?.template?.ttl ?? ''));
        const s = sel({ schedule: name });
        const last = `max by (schedule) (velero_backup_last_successful_timestamp${s})`;
        const runbook = `velero -n ${ns} backup get --selector velero.io/schedule-name=${name}; velero -n ${ns} backup describe <newest> --details; velero -n ${ns} backup logs <newest>`;
        const now = `velero -n ${ns} backup create --from-schedule ${name}`;
        // Velero exports the last success only once there is one; velero_backup_attempt_total (0 from the moment the
        // schedule is known) says since when a schedule that never succeeded has existed: its first sample in a window
        // two hours longer than the threshold, stepped hourly (so it fires within an hour of the threshold, whether the
        // range is closed, as in Prometheus 2, or left-open, as in 3); timestamp() of the raw series (an aggregation has none).
        const never = `(time() - min by (schedule) (min_over_time(timestamp(velero_backup_attempt_total${s})[${humanSeconds(threshold + 7200)}:1h])) > ${threshold} unless on (schedule) velero_backup_last_successful_timestamp${s})`;
        backups.push(rule({ schedule: name }, 'VeleroBackupTooOld', 'critical', `time() - ${last} > ${threshold}\nor\n${never}`, {
          summary: `No successful Velero backup of schedule ${name} for ${humanSeconds(threshold)}`,
          description: `Schedule ${ns}/${name} runs '${o.spec.schedule}', at most ${humanSeconds(interval)} apart: no backup has completed for 1.5 times that.`,
          runbook: `${runbook}; fix the cause (storage location, snapshotter, node agent), then: ${now}`,
        }));
        backups.push(rule({ schedule: name }, 'VeleroBackupFailed', 'warning',
          `max by (schedule) (increase(velero_backup_failure_total${s}[${humanSeconds(threshold)}])) > 0\nor\nmax by (schedule) (increase(velero_backup_partial_failure_total${s}[${humanSeconds(threshold)}])) > 0`, {
            summary: `A Velero backup of schedule ${name} failed or partially failed`,
            description: `Velero counted a failed or partially failed backup of ${ns}/${name} within the last ${humanSeconds(threshold)}.`,
            runbook: `${runbook}; after the fix: ${now}`,
          }));
        if (ttl !== undefined && ttl > threshold) {
          backups.push(rule({ schedule: name }, 'VeleroBackupsExpiring', 'critical', `time() - ${last} > ${ttl - interval}`, {
            summary: `The newest Velero backup of schedule ${name} expires within ${humanSeconds(interval)}`,
            description: `Backups of ${ns}/${name} are kept ${humanSeconds(ttl)} (the retention): with no newer success, Velero deletes the last one within one schedule interval and nothing is left to restore.`,
            runbook: `keep the newest backup before it expires: velero -n ${ns} backup get --selector velero.io/schedule-name=${name}, then kubectl -n ${ns} patch backup <newest> --type merge -p '{"spec":{"ttl":"2160h0m0s"}}'; then fix the schedule: ${now}`,
          }));
        }
        break;
      }
      case 'apps/Deployment':
      case 'apps/StatefulSet': {
        const pods = o.kind === 'Deployment' ? `~${re(name)}-${SAFE}{1,10}-${SAFE}{5}` : `~${re(name)}-[0-9]+`;
        workloads.push(rule({ [o.kind.toLowerCase()]: name }, 'PodCrashLooping', 'warning',
          `max by (namespace, pod, container) (max_over_time(kube_pod_container_status_waiting_reason${sel({ namespace: ns, pod: pods, reason: 'CrashLoopBackOff' })}[5m])) >= 1`, {
            summary: `A pod of ${o.kind} ${ns}/${name} is crash-looping`,
            description: `Container {{ $labels.container }} of pod {{ $labels.pod }} has been restarting in CrashLoopBackOff for 15 minutes.`,
            runbook: `kubectl -n ${ns} logs {{ $labels.pod }} -c {{ $labels.container }} --previous; kubectl -n ${ns} describe pod {{ $labels.pod }} (Last State: exit code, OOMKilled, failed probes)`,
          }, '15m'));
        if (o.kind === 'StatefulSet') {
          for (const t of o.spec?.volumeClaimTemplates ?? []) capacity.push(volumeRule(rule, ctx, ns, { statefulset: name, volumeclaimtemplate: String(t.metadata?.name) }, `~${re(String(t.metadata?.name))}-${re(name)}-[0-9]+`, `${t.metadata?.name} of StatefulSet ${name}`, t.spec?.resources?.requests?.storage));
        }
        break;
      }
      case 'v1/PersistentVolumeClaim':
        capacity.push(volumeRule(rule, ctx, ns, { persistentvolumeclaim: name }, name, name, o.spec?.resources?.requests?.storage));
        break;
      case 'autoscaling/HorizontalPodAutoscaler':
      case 'keda.sh/ScaledObject': {
        const keda = o.kind === 'ScaledObject';
        const hpa = keda ? String(o.spec?.advanced?.horizontalPodAutoscalerConfig?.name ?? `keda-hpa-${name}`) : name;
        const max = Number(keda ? o.spec?.maxReplicaCount ?? 100 : o.spec?.maxReplicas);
        const target = o.spec?.scaleTargetRef ?? {};
        const targetName = `${target.kind ?? 'Deployment'} ${target.name}`;
        capacity.push(rule({ horizontalpodautoscaler: hpa }, 'AutoscalerAtMaximum', 'warning',
          `max by (namespace, horizontalpodautoscaler) (kube_horizontalpodautoscaler_status_current_replicas${sel({ namespace: ns, horizontalpodautoscaler: hpa })}) >= ${max}`, {
            summary: `${targetName} has run at its scaling maximum of ${max} replicas for 15 minutes`,
            description: `The ${keda ? `HorizontalPodAutoscaler KEDA made for ScaledObject ${name}` : 'HorizontalPodAutoscaler'} (${ns}/${hpa}) cannot add replicas beyond the policy's maximum (${max}): more load will queue, slow or fail.`,
            runbook: `kubectl -n ${ns} describe hpa ${hpa} (current metrics against targets); kubectl -n ${ns} top pods -l app.kubernetes.io/name=${target.name}; raise the scaling policy's maximum in the app file or find what grew the load`,
          }, '15m'));
        break;
      }
      case 'cert-manager.io/Certificate':
        certificates.push(...certificateRules(rule, ns, name, `Certificate ${ns}/${name} (Secret ${o.spec?.secretName})`, o.spec?.dnsNames ?? []));
        break;
      case 'networking.k8s.io/Ingress': {
        // cert-manager's ingress-shim makes, for an Ingress annotated with an issuer, a Certificate named after each
        // tls[].secretName in the Ingress's namespace (https://cert-manager.io/docs/usage/ingress/): watched as one.
        const annotations = o.metadata?.annotations ?? {};
        const issuer = annotations['cert-manager.io/cluster-issuer'] ?? annotations['cert-manager.io/issuer'];
        if (typeof issuer !== 'string') break;
        for (const t of Array.isArray(o.spec?.tls) ? o.spec.tls : []) {
          const secret = t?.secretName;
          if (typeof secret !== 'string' || certificateNames.has(`${ns}/${secret}`)) continue;
          certificateNames.add(`${ns}/${secret}`);
          certificates.push(...certificateRules(rule, ns, secret, `Certificate ${ns}/${secret} (made by cert-manager for Ingress ${name})`, t.hosts ?? []));
        }
        break;
      }
      default:
        break;
    }
  }
  return [
    { name: `${ctx.blueprint}.backups`, rules: backups },
    { name: `${ctx.blueprint}.jobs`, rules: jobs },
    { name: `${ctx.blueprint}.workloads`, rules: workloads },
    { name: `${ctx.blueprint}.capacity`, rules: capacity },
    { name: `${ctx.blueprint}.certificates`, rules: certificates },
  ].filter((g) => g.rules.length > 0);
}

/** The rules of one cert-manager Certificate: `what` names it in the summary, `names` are the names it certifies. */
function certificateRules(rule: ReturnType<typeof ruleOf>, ns: string, name: string, what: string, names: readonly string[]): AlertRule[] {
  const runbook = `kubectl -n ${ns} describe certificate ${name}; kubectl -n ${ns} get certificaterequests,orders,challenges; after the fix: cmctl renew -n ${ns} ${name}`;
  return [
    rule({ name }, 'CertificateExpiringSoon', 'critical', `max by (namespace, name) (certmanager_certificate_expiration_timestamp_seconds${sel({ namespace: ns, name })}) - time() < ${14 * 86400}`, {
      summary: `${what} expires in less than 14 days`,
      description: `cert-manager renews well before expiry (by default at two thirds of the lifetime): a certificate this close to expiry has failed to renew, and clients will refuse ${names.join(', ') || 'its names'} once it expires.`,
      runbook,
    }, '1h'),
    rule({ name }, 'CertificateNotReady', 'warning', `max by (namespace, name) (certmanager_certificate_ready_status${sel({ namespace: ns, name, condition: 'False' })}) == 1`, {
      summary: `Certificate ${ns}/${name} is not Ready`,
      description: `cert-manager reports the certificate not ready for 15 minutes: issuance or renewal fails (issuer, ACME challenge, DNS).`,
      runbook,
    }, '15m'),
  ];
}

function volumeRule(rule: ReturnType<typeof ruleOf>, ctx: AlertContext, ns: string, identity: Record<string, string>, claim: string, what: string, size: unknown): AlertRule {
  const s = sel({ namespace: ns, persistentvolumeclaim: claim });
  return rule(identity, 'PersistentVolumeFillingUp', 'warning',
    `max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes${s} / kubelet_volume_stats_capacity_bytes${s}) > ${ctx.volumeUsagePercent / 100}`, {
      summary: `Volume ${what} is more than ${ctx.volumeUsagePercent}% full`,
      description: `PersistentVolumeClaim {{ $labels.persistentvolumeclaim }}${size ? ` (${String(size)} requested)` : ''} is {{ $value | humanizePercentage }} full.`,
      runbook: `kubectl -n ${ns} get pvc {{ $labels.persistentvolumeclaim }}; free space (prune, vacuum) or grow the claim: raise its storage in the app file (the StorageClass must allow volume expansion)`,
    }, '10m');
}

/** A Go duration as Velero writes a TTL ('336h0m0s') in seconds; undefined when it is not one. */
function parseGoDuration(text: string): number | undefined {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!m || text === '') return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
