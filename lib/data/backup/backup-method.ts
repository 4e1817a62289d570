import { propError } from '../../values/_errors';
import { BackupEngine } from './backup-engine';
import { ENGINE_SCRIPTS } from './_scripts.generated';

/** Options for `BackupMethod.sqlite()`. */
export interface SqliteBackupOptions {
  /** The database file: an absolute path on one of the workload's volumes, e.g. '/data/notes.db'. */
  readonly database: string;
  /**
   * A table the restore drill requires to hold at least one row (e.g. 'users').
   * @default - the drill requires only that the dump passes PRAGMA integrity_check and holds a table
   */
  readonly drillTable?: string;
}

/** Where the database file is and how the app is reached, for `BackupMethod.engineFor`. */
export interface BackupMethodTarget {
  /** The volume (volumeClaimTemplate) that holds the database, and where the app mounts it. */
  readonly volume: { readonly name: string; readonly path: string };
  /**
   * The app's Service and port: the restore refuses to run while a connection to it succeeds.
   * @default - the restore cannot check that the app is stopped
   */
  readonly app?: { readonly host: string; readonly port: number };
}

/**
 * How a `StatefulWorkload`'s data is backed up, at the times and with the retention of its `BackupPolicy`:
 *
 * - `volumeSnapshots()`: a Velero Schedule snapshots its volumes (crash-consistent: as after a power cut; right
 *   for data an app recovers from on its own, wrong for a database that needs a clean copy). Velero encrypts at
 *   its storage location.
 * - `sqlite({ database })`: SQLite's online copy, `VACUUM INTO`, of the database file, by a CronJob that runs on
 *   the node of the pod `<id>-0` (a required pod affinity: a ReadWriteOnce volume may be mounted by several pods of
 *   its node) with the data volume mounted read-only, as the app's user. The copy is transactionally consistent:
 *   the database as of one committed transaction, taken while the app runs (in rollback-journal mode the app's
 *   writes wait for the copy, up to its busy timeout; in WAL mode they do not). It is checked with `PRAGMA
 *   integrity_check`, encrypted with age, stored and pruned like the Postgres dumps; a suspended restore CronJob
 *   installs a dump as the file of the STOPPED app (it refuses while the app's port answers), and the restore drill
 *   checks the newest dump on its own. While pod `<id>-0` is not running no backup is taken: the run stays pending
 *   and fails at its deadline, so the failure is seen.
 *
 * @example
 * new StatefulWorkload(bp, 'notes', {
 *   image, volumes: [{ name: 'data', path: '/data', size: Size.gibibytes(1) }],
 *   backup: BackupPolicy.daily({ retention: Duration.days(14), encryption }), backupTools: tools,
 *   backupMethod: BackupMethod.sqlite({ database: '/data/notes.db', drillTable: 'users' }),
 * });
 */
export class BackupMethod {
  /** Volume snapshots by Velero (a Schedule in Velero's namespace selecting the workload's pods and claims). */
  public static volumeSnapshots(): BackupMethod {
    return new BackupMethod('volume-snapshots');
  }

  /** SQLite's online copy of one database file, with the dump, restore and drill jobs of the Postgres dumps. */
  public static sqlite(options: SqliteBackupOptions): BackupMethod {
    const db = options.database;
    if (!/^\/[^\0]*[^/]$/.test(db) || db.split('/').some((s) => s === '..' || s === '.') || db.includes('//')) {
      throw propError('database', db, 'must be the absolute path of a file, e.g. \'/data/app.db\'');
    }
    if (options.drillTable !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(options.drillTable)) {
      throw propError('drillTable', options.drillTable, 'must be a plain SQL identifier (letters, digits, \'_\')');
    }
    return new BackupMethod('sqlite', options);
  }

  private constructor(
    /** 'volume-snapshots' or the dump engine's name. */
    public readonly kind: 'volume-snapshots' | 'sqlite',
    private readonly sqliteOptions?: SqliteBackupOptions,
  ) {}

  /** The database file of a `sqlite()` method. */
  public get database(): string | undefined {
    return this.sqliteOptions?.database;
  }

  /** The dump engine of a dump method (undefined for volume snapshots). */
  public engineFor(target: BackupMethodTarget): BackupEngine | undefined {
    const o = this.sqliteOptions;
    if (this.kind !== 'sqlite' || !o) return undefined;
    const volume = { volume: target.volume.name, mountPath: target.volume.path };
    return {
      name: 'sqlite',
      fileExtension: '.sqlite',
      scripts: ENGINE_SCRIPTS.sqlite,
      clientEnv: {},
      dumpFromDataVolume: { ...volume, env: { SQLITE_DATABASE: o.database } },
      restoreIntoDataVolume: {
        ...volume,
        env: { SQLITE_DATABASE: o.database, ...(target.app ? { SQLITE_APP_HOST: target.app.host, SQLITE_APP_PORT: String(target.app.port) } : {}) },
      },
      restoreConnectsToServer: target.app !== undefined,
      drillConnectsToServer: false,
      ...(o.drillTable ? { drillEnv: { DRILL_TABLE: o.drillTable } } : {}),
    };
  }
}
