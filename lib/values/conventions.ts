/**
 * Conventions every layer reads: the labels and annotations the blueprints write and the gate checks, and the name
 * patterns shared by value objects, constructs and rules. Constants, and the one reading of them both the
 * constructs and the gate make (`backupKind`).
 */

/** The `app.kubernetes.io/managed-by` value of every object. */
export const MANAGED_BY = 'cdk8s-blueprints';

/** Looks like it holds a credential: such data belongs in a Secret, never in a ConfigMap, an env literal or a build ARG. */
export const SENSITIVE_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;

/** Labels and annotations the backup-coverage rule of the gate reads. */
export const BACKUP_OF_LABEL = 'blueprints.cdk8s.io/backup-of';
export const BACKUP_DISABLED_ANNOTATION = 'blueprints.cdk8s.io/backup-disabled';
/** Restore and drill jobs: they read backups, they do not make them. */
export const RESTORE_OF_LABEL = 'blueprints.cdk8s.io/restore-of';

/**
 * Whether an object makes backups, and which: a Velero `Schedule`, or a dump CronJob (a `batch` CronJob labelled
 * BACKUP_OF_LABEL and not RESTORE_OF_LABEL: restore and drill jobs read backups). `label` reads one of the
 * object's labels. The blueprint's default alerts (before rendering) and the gate's alerts-watch-backups rule (on
 * rendered objects, which also leaves suspended CronJobs out) both decide with this.
 */
export function backupKind(apiVersion: string, kind: string, label: (key: string) => string | undefined): 'velero-schedule' | 'dump' | undefined {
  // The kind first: both ask this of every object of a blueprint, and only these two kinds can be backups.
  if (kind !== 'Schedule' && kind !== 'CronJob') return undefined;
  const group = apiVersion.split('/')[0];
  if (kind === 'Schedule') return group === 'velero.io' ? 'velero-schedule' : undefined;
  return group === 'batch' && label(BACKUP_OF_LABEL) !== undefined && label(RESTORE_OF_LABEL) === undefined ? 'dump' : undefined;
}

/** An S3 bucket name (3-63 lowercase letters, digits, '.' and '-'). */
export const BUCKET_RE = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** An S3 key prefix: empty, or segments of [A-Za-z0-9._-] joined by '/'. */
export const S3_PREFIX_RE = /^(?:[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*)?$/;
/** An S3 region name. */
export const REGION_RE = /^[a-z0-9-]{1,40}$/;
