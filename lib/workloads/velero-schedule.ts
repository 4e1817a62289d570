import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { kubeObject } from '../k8s/kube-object';
import { BackupPolicy } from '../values/backup-policy';


/** Props for `veleroSchedule`. */
export interface VeleroScheduleProps {
  readonly name: string;
  /** The namespace of the application whose volumes are backed up. */
  readonly appNamespace: string;
  /** Labels that select the pods and the PersistentVolumeClaims to back up. */
  readonly selector: Record<string, string>;
  readonly labels: Record<string, string>;
  readonly policy: BackupPolicy;
}

/**
 * A Velero `Schedule` (velero.io/v1) for the volumes of one workload: the policy's schedule (a time zone becomes
 * a `CRON_TZ=` prefix, which Velero's cron parser understands), `template.ttl` from the retention, the workload's
 * namespace and labels, and volume snapshots. It lives in Velero's namespace.
 *
 * @see https://velero.io/docs/main/api-types/schedule/
 */
export function veleroSchedule(scope: Construct, id: string, props: VeleroScheduleProps): ApiObject {
  const policy = props.policy;
  const schedule = policy.schedule!;
  const cron = schedule.timeZone === 'Etc/UTC' || schedule.timeZone === 'UTC' ? schedule.expression : `CRON_TZ=${schedule.timeZone} ${schedule.expression}`;
  return kubeObject(scope, id, 'velero.io/v1', 'Schedule', {
    name: props.name,
    namespace: policy.veleroNamespace,
    labels: props.labels,
    annotations: policy.encryption?.kind === 'none' ? { 'blueprints.cdk8s.io/encryption': `none: ${policy.encryption.reason}` } : undefined,
  }, {
    spec: {
      schedule: cron,
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: [props.appNamespace],
        labelSelector: { matchLabels: props.selector },
        snapshotVolumes: true,
        ttl: policy.veleroTtl,
        ...(policy.storageLocation ? { storageLocation: policy.storageLocation } : {}),
      },
    },
  });
}
