import { EnvValue } from '../../values/env-value';

/**
 * An environment variable a backup script reads, as documented at the top of the script (the generator reads
 * the documentation into `_scripts.generated.ts`).
 */
export interface BackupScriptEnv {
  readonly name: string;
  /** The script fails when it is not set. */
  readonly required: boolean;
  /**
   * The value the script uses when it is not set.
   * @default - none: unset means what `meaning` says
   */
  readonly default?: string;
  readonly meaning: string;
}

/** A shell script of the backup jobs, shipped as a file of the service's backup scripts ConfigMap. */
export interface BackupScript {
  /** Its file name in the ConfigMap and in lib/data/backup/scripts/, e.g. 'postgres-backup.sh'. */
  readonly fileName: string;
  /** The environment it reads, in the order of its documentation. */
  readonly env: readonly BackupScriptEnv[];
  /** The script, byte for byte as in lib/data/backup/scripts/. */
  readonly text: string;
}

/** The three scripts of an engine: each sources lib.sh from its own directory. */
export interface BackupEngineScripts {
  /** Run by `<id>-backup`: dump, verify, encrypt, store, prune. */
  readonly backup: BackupScript;
  /** Run by the suspended `<id>-restore`: the newest dump (or BACKUP_NAME) back into the server. */
  readonly restore: BackupScript;
  /** Run by `<id>-restore-drill`: restore the newest dump somewhere disposable and check it. */
  readonly verify: BackupScript;
}

/** How a backup or restore job reaches the server's data volume. */
export interface DataVolumeAccess {
  /**
   * The volumeClaimTemplate: the job mounts the claim `<volume>-<id>-0`, the first pod's.
   * @default 'data'
   */
  readonly volume?: string;
  readonly mountPath: string;
  readonly env: Readonly<Record<string, string>>;
}

/**
 * How a database engine is backed up: its scripts and what its backup, restore and drill jobs need besides what
 * every engine's jobs get (the destination, the retention, the encryption files, the scratch space). Postgres,
 * Redis and `BackupMethod.sqlite()` each give one to their StatefulWorkload; a job never asks which engine it runs.
 */
export interface BackupEngine {
  /** The engine's name, the first word of its scripts' file names ('postgres' → postgres-backup.sh). */
  readonly name: string;
  /** The extension of its dump files, before `.age` (the scripts name dumps `<id>-YYYYMMDDTHHMMSSZ<ext>[.age]`). */
  readonly fileExtension: string;
  readonly scripts: BackupEngineScripts;
  /** Env of the backup, restore and drill jobs that connects them to the server (credentials by reference). */
  readonly clientEnv: Readonly<Record<string, string | EnvValue>>;
  /**
   * Set when the restore writes into the server's own data volume while the server is stopped (an RDB cannot be
   * loaded into a running Redis): the restore job mounts the volume `data-<id>-0` at `mountPath` and gets `env`.
   * @default - the restore goes through the server
   */
  readonly restoreIntoDataVolume?: DataVolumeAccess;
  /**
   * Set when the backup reads the data from the server's own data volume instead of through the server (SQLite: a
   * file, no server): the backup job mounts the volume `<volume>-<id>-0` read-only at `mountPath`, gets `env`, and is
   * pinned to the node of the pod `<id>-0` (a required pod affinity), where a ReadWriteOnce volume is attached; it
   * does not connect to the server.
   * @default - the backup goes through the server
   */
  readonly dumpFromDataVolume?: DataVolumeAccess;
  /**
   * Whether the restore job talks to the server (to restore through it, or to refuse while it answers).
   * @default true
   */
  readonly restoreConnectsToServer?: boolean;
  /**
   * Whether the restore drill talks to the server (Postgres restores into a scratch database there) or checks the
   * dump on its own (Redis: redis-check-rdb); either way it reaches the destination.
   */
  readonly drillConnectsToServer: boolean;
  /**
   * More env of the backup job (what its script documents, e.g. the user's dump command).
   * @default - none
   */
  readonly backupEnv?: Readonly<Record<string, string>>;
  /**
   * More env of the restore job.
   * @default - none
   */
  readonly restoreEnv?: Readonly<Record<string, string>>;
  /**
   * More env of the restore drill (what its script documents, e.g. the table it checks).
   * @default - none
   */
  readonly drillEnv?: Readonly<Record<string, string>>;
}
