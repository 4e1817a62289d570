import { Duration, Size, SizeRoundingBehavior } from 'cdk8s';
import { BlueprintError, propError } from './_errors';
import { assertProps } from './_prop-check';
import { checkDnsLabel, checkDnsSubdomain, isDnsSubdomain } from './_names';
import { SecretKeyRef, SecretRef } from './secret-ref';
import { wholeSeconds } from './_duration';
import { Schedule, ScheduleOptions, TimeOfDay, Weekday } from './schedule';
import { BUCKET_RE, REGION_RE, S3_PREFIX_RE } from './conventions';

/** Where dumps are kept. */
export class BackupDestination {
  /**
   * A PersistentVolumeClaim created for the backups (`<service>-backups`), mounted at /backups (the scripts'
   * BACKUP_DIR). Keep it on
   * storage that outlives the database's own volume (another storage class or zone).
   */
  public static volume(options: { readonly size?: Size; readonly storageClass?: string } = {}): BackupDestination {
    assertProps('BackupDestination.volume.options', options, 'backup.destination');
    if (options.storageClass !== undefined && !isDnsSubdomain(options.storageClass)) {
      throw propError('backup.destination.storageClass', options.storageClass, 'must be the name of a StorageClass');
    }
    const size = options.size ?? Size.gibibytes(10);
    checkSize('backup.destination.size', size);
    return new BackupDestination({ kind: 'volume', size, storageClass: options.storageClass });
  }

  /**
   * S3-compatible object storage, reached with rclone: the jobs get the location as S3_ENDPOINT, S3_BUCKET,
   * S3_PREFIX and S3_REGION. Credentials come from an existing Secret (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
   * by reference): `accessKeyId` and `secretAccessKey` name its keys.
   */
  public static s3(options: {
    readonly endpoint: string; readonly bucket: string; readonly prefix?: string; readonly region?: string;
    readonly credentials: SecretRef; readonly accessKeyId?: string; readonly secretAccessKey?: string;
  }): BackupDestination {
    assertProps('BackupDestination.s3.options', options, 'backup.destination');
    let url: URL | undefined;
    try {
      url = new URL(options.endpoint);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash
      || (url.pathname !== '/' && url.pathname !== '') || !/^https?:\/\/[^\s/@?#]+\/?$/.test(options.endpoint)
      || (url.port !== '' && Number(url.port) < 1) || /:0+\/?$/.test(options.endpoint)) {
      throw propError('backup.destination.endpoint', options.endpoint, 'must be an http(s) URL of the S3 endpoint without credentials, path, query or fragment, e.g. \'https://s3.eu-central-1.amazonaws.com\'');
    }
    if (!BUCKET_RE.test(options.bucket)) {
      throw propError('backup.destination.bucket', options.bucket, 'must be a valid S3 bucket name (3-63 lowercase letters, digits, \'.\' and \'-\')');
    }
    const prefix = options.prefix ?? '';
    if (!S3_PREFIX_RE.test(prefix) || prefix.split('/').some((seg) => seg === '.' || seg === '..')) {
      throw propError('backup.destination.prefix', prefix, 'must be empty or segments of letters, digits, \'.\', \'_\' and \'-\' (not \'.\' or \'..\') joined by single \'/\', without a leading or trailing \'/\'');
    }
    if (options.region !== undefined && !REGION_RE.test(options.region)) {
      throw propError('backup.destination.region', options.region, 'must be a region name of lowercase letters, digits and \'-\' (e.g. \'eu-central-1\')');
    }
    const accessKeyId = options.credentials.keyRef(options.accessKeyId ?? 'accessKeyId');
    const secretAccessKey = options.credentials.keyRef(options.secretAccessKey ?? 'secretAccessKey');
    return new BackupDestination({ kind: 's3', endpoint: options.endpoint.replace(/\/$/, ''), bucket: options.bucket, prefix, region: options.region, accessKeyId, secretAccessKey });
  }

  private constructor(public readonly spec:
  | { kind: 'volume'; size: Size; storageClass?: string }
  | { kind: 's3'; endpoint: string; bucket: string; prefix: string; region?: string; accessKeyId: SecretKeyRef; secretAccessKey: SecretKeyRef }) {}
}

/** How dumps are encrypted before they leave the pod. */
export class BackupEncryption {
  /**
   * age (https://age-encryption.org): dumps are encrypted to the public recipients in a Secret key; the restore
   * and drill jobs decrypt with the identity (private key) in another Secret key, which only they mount.
   */
  public static age(options: { readonly recipients: SecretKeyRef; readonly identity: SecretKeyRef }): BackupEncryption {
    assertProps('BackupEncryption.age.options', options, 'backup.encryption');
    return new BackupEncryption('age', options.recipients, options.identity);
  }

  /**
   * No encryption by this library, with the reason (e.g. 'the S3 bucket enforces SSE-KMS', or for volume
   * snapshots 'the Velero storage location encrypts with KMS'). Recorded in the output for reviewers.
   */
  public static none(reason: string): BackupEncryption {
    if (reason.trim().length < 20) {
      throw propError('backup.encryption.reason', reason, 'must explain in at least 20 characters why backups are not encrypted');
    }
    return new BackupEncryption('none', undefined, undefined, reason.trim());
  }

  private constructor(
    public readonly kind: 'age' | 'none',
    public readonly recipients?: SecretKeyRef,
    public readonly identity?: SecretKeyRef,
    public readonly reason?: string,
  ) {}
}

/** Options every backup policy takes. */
export interface BackupPolicyOptions {
  /** How long backups are kept: whole days, at least 1. Dumps older than this are pruned by each run. */
  readonly retention: Duration;
  /**
   * Encryption of the dumps. Production blueprints require it (or an explicit `BackupEncryption.none(reason)`).
   * @default - not encrypted
   */
  readonly encryption?: BackupEncryption;
  /**
   * Where logical dumps go (volume backups go wherever Velero's storage location is).
   * @default BackupDestination.volume() — a 10Gi PVC
   */
  readonly destination?: BackupDestination;
  /**
   * A run that could not start within this time after its schedule is skipped.
   * @default Duration.minutes(30)
   */
  readonly startingDeadline?: Duration;
  /**
   * Longest a run may take.
   * @default Duration.hours(2)
   */
  readonly activeDeadline?: Duration;
  /**
   * Also restore the latest dump into a scratch database on this schedule and verify it (a restore drill).
   * @default - no drill
   */
  readonly restoreDrill?: Schedule;
  /**
   * Scratch space of the backup, restore and drill jobs (a generic ephemeral volume at /scratch, TMPDIR): room for
   * one dump, and for its decrypted copy when restoring.
   * @default Size.gibibytes(10)
   */
  readonly scratchSpace?: Size;
  /**
   * For volume backups with Velero: the namespace Velero runs in (Schedules live there).
   * @default 'velero'
   */
  readonly veleroNamespace?: string;
  /**
   * For volume backups with Velero: the BackupStorageLocation.
   * @default - Velero's default location
   */
  readonly storageLocation?: string;
}

/**
 * How a stateful service is backed up (seed 004's `backup_policy { retention_days, backup_frequency:
 * Daily | Weekly | Monthly, encryption_enabled }`): when, how long backups are kept, encryption and destination.
 * Databases get logical dumps (a CronJob that dumps, encrypts, writes and prunes in one run, plus a suspended
 * restore CronJob and an optional restore drill); other volumes get a Velero Schedule.
 *
 * @example BackupPolicy.daily({ retention: Duration.days(14), encryption: BackupEncryption.age({ recipients, identity }) }, { hour: 2 })
 */
export class BackupPolicy {
  public static daily(options: BackupPolicyOptions, at: TimeOfDay = { hour: 2 }, schedule: ScheduleOptions = {}): BackupPolicy {
    assertProps('BackupPolicyOptions', options, 'backup');
    return new BackupPolicy(Schedule.daily(at, schedule), options);
  }

  public static weekly(options: BackupPolicyOptions, day: Weekday = 'sunday', at: TimeOfDay = { hour: 2 }, schedule: ScheduleOptions = {}): BackupPolicy {
    assertProps('BackupPolicyOptions', options, 'backup');
    return new BackupPolicy(Schedule.weekly(day, at, schedule), options);
  }

  public static monthly(options: BackupPolicyOptions, dayOfMonth = 1, at: TimeOfDay = { hour: 2 }, schedule: ScheduleOptions = {}): BackupPolicy {
    assertProps('BackupPolicyOptions', options, 'backup');
    return new BackupPolicy(Schedule.monthly(dayOfMonth, at, schedule), options);
  }

  /** Any schedule. */
  public static custom(schedule: Schedule, options: BackupPolicyOptions): BackupPolicy {
    assertProps('BackupPolicyOptions', options, 'backup');
    return new BackupPolicy(schedule, options);
  }

  /**
   * No backup, on purpose, with the reason (e.g. 'cache: rebuilt from the database on start'). Required, instead of
   * leaving `backup` unset, for persistent data in production.
   */
  public static disabled(reason: string): BackupPolicy {
    if (reason.trim().length < 20) throw propError('backup.reason', reason, 'must explain in at least 20 characters why this data needs no backup');
    return new BackupPolicy(undefined, undefined, reason.trim());
  }

  public readonly schedule?: Schedule;
  public readonly retentionDays: number;
  public readonly encryption?: BackupEncryption;
  public readonly destination: BackupDestination;
  public readonly startingDeadlineSeconds: number;
  public readonly activeDeadlineSeconds: number;
  public readonly restoreDrill?: Schedule;
  public readonly veleroNamespace: string;
  public readonly storageLocation?: string;
  public readonly scratchSpace: Size;

  private constructor(schedule: Schedule | undefined, options: BackupPolicyOptions | undefined, public readonly disabledReason?: string) {
    this.schedule = schedule;
    if (!options) {
      this.retentionDays = 0;
      this.destination = BackupDestination.volume();
      this.startingDeadlineSeconds = 0;
      this.activeDeadlineSeconds = 0;
      this.veleroNamespace = 'velero';
      this.scratchSpace = Size.gibibytes(10);
      return;
    }
    const retentionSeconds = wholeSeconds('backup.retention', options.retention);
    if (retentionSeconds % 86400 !== 0 || retentionSeconds < 86400) {
      throw propError('backup.retention', `${retentionSeconds}s`, 'must be a whole number of days, at least 1 (e.g. Duration.days(14))');
    }
    this.retentionDays = retentionSeconds / 86400;
    // Every bound of a policy is checked here, once: the backup scripts take the values as env and check none.
    if (this.retentionDays > 3650) throw propError('backup.retention (days)', this.retentionDays, 'must be <= 3650');
    this.encryption = options.encryption;
    this.destination = options.destination ?? BackupDestination.volume();
    this.startingDeadlineSeconds = wholeSeconds('backup.startingDeadline', options.startingDeadline ?? Duration.minutes(30), 10);
    this.activeDeadlineSeconds = wholeSeconds('backup.activeDeadline', options.activeDeadline ?? Duration.hours(2), 60);
    this.restoreDrill = options.restoreDrill;
    this.veleroNamespace = options.veleroNamespace ?? 'velero';
    this.storageLocation = options.storageLocation;
    this.scratchSpace = options.scratchSpace ?? Size.gibibytes(10);
    checkSize('backup.scratchSpace', this.scratchSpace);
    checkDnsLabel('backup.veleroNamespace', this.veleroNamespace);
    if (this.storageLocation !== undefined) checkDnsSubdomain('backup.storageLocation', this.storageLocation);
  }

  public get isDisabled(): boolean {
    return this.disabledReason !== undefined;
  }

  /** Throws when the policy breaks an environment rule: production requires encryption or a stated reason. */
  public checkFor(production: boolean, what: string): void {
    if (production && !this.isDisabled && !this.encryption) {
      throw new BlueprintError(`'backup.encryption' (undefined) must be set for ${what} in production: BackupEncryption.age({ recipients, identity }), or BackupEncryption.none(reason) to opt out explicitly`);
    }
  }

  /** The Velero `ttl` for the retention, e.g. '336h0m0s' for 14 days. */
  public get veleroTtl(): string {
    return `${this.retentionDays * 24}h0m0s`;
  }
}

/** A volume size: a whole number of kibibytes, at least 1Mi. */
function checkSize(prop: string, size: Size): void {
  const ki = size.toKibibytes({ rounding: SizeRoundingBehavior.NONE });
  if (!Number.isInteger(ki) || ki < 1024) throw propError(prop, `${ki}Ki`, 'must be a whole number of kibibytes, at least 1Mi');
}
