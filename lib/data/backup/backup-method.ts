import { propError } from '../../values/_errors';
import { BackupEngine } from './backup-engine';
import { backupScripts } from './_scripts';

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

/** Options for `BackupMethod.command()`: shell commands run by `sh -c` in the BackupTools image. */
export interface CommandBackupOptions {
  /** Writes one dump to the file "$DUMP_FILE", e.g. `curl -fsS "http://$APP_HOST:$APP_PORT/export" -o "$DUMP_FILE"`. */
  readonly dump: string;
  /** Restores the dump in "$DUMP_FILE", e.g. `curl -fsS -X POST --data-binary @"$DUMP_FILE" "http://$APP_HOST:$APP_PORT/import"`. */
  readonly restore: string;
  /**
   * Checks the dump in "$DUMP_FILE" (exit 0: usable): after each dump, before a restore and in the restore drill.
   * @default - a dump must only be non-empty
   */
  readonly verify?: string;
  /**
   * A volume the commands read (the dump: mounted read-only at its path, DATA_DIR, on the node of pod `<id>-0`,
   * as with `sqlite()`) and write (the restore, into the stopped app's claim).
   * @default - the commands reach the app over the network, at APP_HOST:APP_PORT
   */
  readonly volume?: string;
}

/** Where the data is and how the app is reached, for `BackupMethod.engineFor`. */
export interface BackupMethodTarget {
  /**
   * The volume (volumeClaimTemplate) that holds the data, and where the app mounts it.
   * @default - none: the dump goes through the app
   */
  readonly volume?: { readonly name: string; readonly path: string };
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
 * - `command({ dump, restore, verify })`: the user's own commands with the same jobs around them, through the
 *   app's port or reading its volume (then pinned and read-only like `sqlite()`); what they guarantee is theirs.
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
    return new BackupMethod('volume-snapshots', () => undefined);
  }

  /**
   * The user's own dump, restore and check commands (`sh -c`, in the BackupTools image, with DUMP_FILE, APP_HOST,
   * APP_PORT and DATA_DIR set), with the jobs of the Postgres dumps around them: encrypted, stored, pruned,
   * restorable by the suspended restore CronJob (stop the app first where the restore needs it: the command
   * decides), and drilled. Its dumps are `<id>-<stamp>.dump[.age]`.
   */
  public static command(options: CommandBackupOptions): BackupMethod {
    for (const [prop, value] of [['dump', options.dump], ['restore', options.restore], ['verify', options.verify]] as const) {
      if (value !== undefined && value.trim() === '') throw propError(prop, value, 'must be a shell command (it is run as sh -c "<command>")');
    }
    return new BackupMethod('command', (target) => commandEngine(options, target), undefined, options.volume);
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
    return new BackupMethod('sqlite', (target) => sqliteEngine(options, target), options.database);
  }

  private constructor(
    /** 'volume-snapshots' or the dump engine's name. */
    public readonly kind: 'volume-snapshots' | 'sqlite' | 'command',
    private readonly engineOf: (target: BackupMethodTarget) => BackupEngine | undefined,
    /** The database file of a `sqlite()` method. */
    public readonly database?: string,
    /** The volume a `command()` method reads and writes. */
    public readonly volumeName?: string,
  ) {}

  /** The dump engine of a dump method (undefined for volume snapshots, and for `sqlite()` without its volume). */
  public engineFor(target: BackupMethodTarget): BackupEngine | undefined {
    return this.engineOf(target);
  }
}

/** `BackupMethod.command()`'s engine: the user's commands in the jobs' env, through the app or on its volume. */
function commandEngine(c: CommandBackupOptions, target: BackupMethodTarget): BackupEngine {
  const volume = target.volume ? { volume: target.volume.name, mountPath: target.volume.path } : undefined;
  const app: Record<string, string> = target.app ? { APP_HOST: target.app.host, APP_PORT: String(target.app.port) } : {};
  const verify: Record<string, string> = c.verify !== undefined ? { VERIFY_COMMAND: c.verify } : {};
  return {
    name: 'command',
    fileExtension: '.dump',
    scripts: backupScripts().ENGINE_SCRIPTS.command,
    clientEnv: {},
    ...(volume ? {
      dumpFromDataVolume: { ...volume, env: { DATA_DIR: volume.mountPath } },
      restoreIntoDataVolume: { ...volume, env: { DATA_DIR: volume.mountPath } },
    } : {}),
    backupEnv: { DUMP_COMMAND: c.dump, ...verify, ...(volume ? {} : app) },
    restoreEnv: { RESTORE_COMMAND: c.restore, ...verify, ...app },
    restoreConnectsToServer: target.app !== undefined,
    drillConnectsToServer: false,
    ...(c.verify !== undefined ? { drillEnv: verify } : {}),
  };
}

/** `BackupMethod.sqlite()`'s engine: the database file on its volume, read by the backup, replaced by the restore. */
function sqliteEngine(o: SqliteBackupOptions, target: BackupMethodTarget): BackupEngine | undefined {
  if (!target.volume) return undefined;
  const volume = { volume: target.volume.name, mountPath: target.volume.path };
  return {
    name: 'sqlite',
    fileExtension: '.sqlite',
    scripts: backupScripts().ENGINE_SCRIPTS.sqlite,
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
