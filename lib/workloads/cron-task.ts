import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Blueprint } from '../blueprint/blueprint';
import { checkInteger, propError } from '../values/_errors';
import { recorded, report } from '../k8s/_recorded-errors';
import { Workload, WorkloadProps } from './workload';
import { Schedule } from '../values/schedule';
import { wholeSeconds } from '../values/_duration';

/** Props for `CronTask`. */
export interface CronTaskProps extends WorkloadProps {
  /** When it runs. */
  readonly schedule: Schedule;
  /**
   * What happens when a run is due while the previous one still runs.
   * @default 'Forbid'
   */
  readonly concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
  /**
   * A run that could not start within this time after its schedule is skipped.
   * @default Duration.minutes(5)
   */
  readonly startingDeadline?: Duration;
  /**
   * Longest a run may take before it is stopped.
   * @default Duration.hours(1)
   */
  readonly activeDeadline?: Duration;
  /**
   * Retries of a failed run.
   * @default 2
   */
  readonly backoffLimit?: number;
  /** @default 3 */
  readonly successfulJobsHistoryLimit?: number;
  /** @default 3 */
  readonly failedJobsHistoryLimit?: number;
  /**
   * Create the CronJob suspended (e.g. a restore job you trigger by hand).
   * @default false
   */
  readonly suspend?: boolean;
  /**
   * In a mesh blueprint, whether the task's pods get the Istio sidecar. A sidecar never exits on its own, so a
   * task that keeps it must end by calling the proxy's `/quitquitquit` endpoint (the backup jobs do); without it
   * the task cannot reach services that require mutual TLS.
   * @default false
   */
  readonly meshSidecar?: boolean;
}

/**
 * A scheduled task: a CronJob with a validated schedule and time zone, a concurrency policy, deadlines,
 * history limits and retries, running the same hardened pod as every workload.
 *
 * @example
 * new CronTask(shop, 'nightly-report', {
 *   image: 'registry.example.com/shop/reports:1.2.0', command: ['/app/report'],
 *   schedule: Schedule.daily({ hour: 2 }, { timeZone: 'Europe/Berlin' }),
 * });
 */
export class CronTask extends Workload {
  public readonly cronJob: ApiObject;
  public readonly schedule: Schedule;

  public get workloadObject(): ApiObject {
    return this.cronJob;
  }

  constructor(scope: Construct, id: string, props: CronTaskProps) {
    props = checkedProps('CronTask', scope, id, props);
    super(scope, id, 'CronTask', 'cron', meshAnnotations(scope, props));
    this.schedule = props.schedule;
    const k = 'CronTask';
    if (id.length > 52) {
      report(this, k, propError('id', id, 'must be at most 52 characters: Kubernetes appends 11 characters to a CronJob\'s name for its Jobs'));
    }
    const count = (prop: string, value: number | undefined, fallback: number) =>
      recorded(this, k, () => { checkInteger(prop, value ?? fallback, 0, 100); return value ?? fallback; }, fallback);
    const spec = {
      startingDeadline: recorded(this, k, () => wholeSeconds('startingDeadline', props.startingDeadline ?? Duration.minutes(5), 10), 300),
      activeDeadline: recorded(this, k, () => wholeSeconds('activeDeadline', props.activeDeadline ?? Duration.hours(1), 1), 3600),
      backoffLimit: count('backoffLimit', props.backoffLimit, 2),
      ok: count('successfulJobsHistoryLimit', props.successfulJobsHistoryLimit, 3),
      failed: count('failedJobsHistoryLimit', props.failedJobsHistoryLimit, 3),
    };
    this.cronJob = emitObject(this, 'CronJob', {
      apiVersion: 'batch/v1', kind: 'CronJob', name: id, labels: this.labels,
      render: () => ({
        spec: {
          schedule: this.schedule.expression,
          timeZone: this.schedule.timeZone,
          concurrencyPolicy: props.concurrencyPolicy ?? 'Forbid',
          startingDeadlineSeconds: spec.startingDeadline,
          successfulJobsHistoryLimit: spec.ok,
          failedJobsHistoryLimit: spec.failed,
          suspend: props.suspend ?? false,
          jobTemplate: {
            metadata: { labels: this.labels },
            spec: {
              backoffLimit: spec.backoffLimit,
              activeDeadlineSeconds: spec.activeDeadline,
              template: this.renderPodTemplate({ restartPolicy: 'Never' }),
            },
          },
        },
      }),
    });
  }
}

/** Pod annotations for tasks in a mesh: no sidecar, or one that starts before the task and is told to quit. */
function meshAnnotations(scope: Construct, props: CronTaskProps): CronTaskProps {
  if (!Blueprint.of(scope).mesh) return props;
  const mesh: Record<string, string> = props.meshSidecar
    ? { 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}' }
    : { 'sidecar.istio.io/inject': 'false' };
  return { ...props, podAnnotations: { ...mesh, ...props.podAnnotations } };
}
