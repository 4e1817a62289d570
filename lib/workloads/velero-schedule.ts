import { BackupPolicy } from '../values/backup-policy';
import { Schedule } from '../values/schedule';

/** The Velero `Schedule` kind. */
export const VELERO_SCHEDULE = { apiVersion: 'velero.io/v1', kind: 'Schedule' } as const;

/** What one workload's volume backup covers: the input of `veleroScheduleSpec`. */
export interface VeleroScheduleSpecOptions {
  /** When backups run: the policy's schedule. */
  readonly schedule: Schedule;
  /** The backup policy (retention, storage location). */
  readonly policy: BackupPolicy;
  /** The namespace of the application whose volumes are backed up. */
  readonly appNamespace: string;
  /** Labels that select the pods and the PersistentVolumeClaims to back up. */
  readonly selector: Record<string, string>;
}

/**
 * The `spec` of a Velero `Schedule` (velero.io/v1) for the volumes of one workload: the schedule (a time zone
 * becomes a `CRON_TZ=` prefix, which Velero's cron parser understands), `template.ttl` from the retention, the
 * workload's namespace and labels, and volume snapshots. The Schedule itself lives in Velero's namespace
 * (`policy.veleroNamespace`).
 *
 * @see https://velero.io/docs/main/api-types/schedule/
 */
export function veleroScheduleSpec(options: VeleroScheduleSpecOptions): Record<string, unknown> {
  const { schedule, policy } = options;
  const cron = schedule.timeZone === 'Etc/UTC' || schedule.timeZone === 'UTC' ? schedule.expression : `CRON_TZ=${schedule.timeZone} ${schedule.expression}`;
  return {
    schedule: cron,
    useOwnerReferencesInBackup: false,
    template: {
      includedNamespaces: [options.appNamespace],
      labelSelector: { matchLabels: options.selector },
      snapshotVolumes: true,
      ttl: policy.veleroTtl,
      ...(policy.storageLocation ? { storageLocation: policy.storageLocation } : {}),
    },
  };
}

/** The Schedule's annotations: the stated reason when the policy opts out of encryption. */
export function veleroScheduleAnnotations(policy: BackupPolicy): Record<string, string> | undefined {
  return policy.encryption?.kind === 'none' ? { 'blueprints.cdk8s.io/encryption': `none: ${policy.encryption.reason}` } : undefined;
}
