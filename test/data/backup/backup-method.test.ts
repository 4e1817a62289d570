/**
 * BackupMethod: volume snapshots (no dump engine) or SQLite's online copy, whose engine names its scripts, reads and
 * restores the database on the data volume, and refuses a restore while the app answers when it has a port.
 */
import { BlueprintError } from '../../../lib';
import { BackupMethod } from '../../../lib/data/backup/backup-method';
import { ENGINE_SCRIPTS } from '../../../lib/data/backup/_scripts.generated';

const TARGET = { volume: { name: 'data', path: '/data' }, app: { host: 'notes.shop.svc', port: 8080 } };

describe('BackupMethod', () => {
  test('volumeSnapshots() has no dump engine', () => {
    expect(BackupMethod.volumeSnapshots().kind).toEqual('volume-snapshots');
    expect(BackupMethod.volumeSnapshots().engineFor(TARGET)).toBeUndefined();
  });

  test('sqlite(): its scripts, the volume read by the backup and written by the restore, the app asked, the drill\'s table', () => {
    // WHEN
    const engine = BackupMethod.sqlite({ database: '/data/notes.db', drillTable: 'users' }).engineFor(TARGET)!;

    // THEN
    expect(engine).toEqual({
      name: 'sqlite', fileExtension: '.sqlite', scripts: ENGINE_SCRIPTS.sqlite, clientEnv: {},
      dumpFromDataVolume: { volume: 'data', mountPath: '/data', env: { SQLITE_DATABASE: '/data/notes.db' } },
      restoreIntoDataVolume: { volume: 'data', mountPath: '/data', env: { SQLITE_DATABASE: '/data/notes.db', SQLITE_APP_HOST: 'notes.shop.svc', SQLITE_APP_PORT: '8080' } },
      restoreConnectsToServer: true, drillConnectsToServer: false, drillEnv: { DRILL_TABLE: 'users' },
    });
    expect([engine.scripts.backup.fileName, engine.scripts.restore.fileName, engine.scripts.verify.fileName]).toEqual(['sqlite-backup.sh', 'sqlite-restore.sh', 'sqlite-verify.sh']);
  });

  test('sqlite() of an app without a port: the restore cannot ask, so it does not connect; no drill table, no drill env', () => {
    const engine = BackupMethod.sqlite({ database: '/data/notes.db' }).engineFor({ volume: TARGET.volume })!;
    expect(engine.restoreIntoDataVolume!.env).toEqual({ SQLITE_DATABASE: '/data/notes.db' });
    expect([engine.restoreConnectsToServer, engine.drillEnv]).toEqual([false, undefined]);
  });

  test('command(): the user\'s commands in the jobs\' env, through the app or on its volume', () => {
    const net = BackupMethod.command({ dump: 'd', restore: 'r', verify: 'v' }).engineFor({ app: TARGET.app })!;
    expect(net).toEqual({
      name: 'command', fileExtension: '.dump', scripts: ENGINE_SCRIPTS.command, clientEnv: {},
      backupEnv: { DUMP_COMMAND: 'd', VERIFY_COMMAND: 'v', APP_HOST: 'notes.shop.svc', APP_PORT: '8080' },
      restoreEnv: { RESTORE_COMMAND: 'r', VERIFY_COMMAND: 'v', APP_HOST: 'notes.shop.svc', APP_PORT: '8080' },
      restoreConnectsToServer: true, drillConnectsToServer: false, drillEnv: { VERIFY_COMMAND: 'v' },
    });
    const onVolume = BackupMethod.command({ dump: 'd', restore: 'r', volume: 'data' }).engineFor(TARGET)!;
    expect([onVolume.dumpFromDataVolume, onVolume.restoreIntoDataVolume]).toEqual(Array(2).fill({ volume: 'data', mountPath: '/data', env: { DATA_DIR: '/data' } }));
    expect([onVolume.backupEnv, onVolume.drillEnv]).toEqual([{ DUMP_COMMAND: 'd' }, undefined]);
  });

  test.each([
    ['dump', { dump: ' ', restore: 'r' }, "'dump' (' ') must be a shell command (it is run as sh -c \"<command>\")"],
    ['verify', { dump: 'd', restore: 'r', verify: '' }, "'verify' ('') must be a shell command (it is run as sh -c \"<command>\")"],
  ])('command() with an empty %s is a BlueprintError', (_prop, options, message) => {
    expect(() => BackupMethod.command(options)).toThrow(BlueprintError);
    expect(() => BackupMethod.command(options)).toThrow(message);
  });

  test.each([
    ['notes.db', "'database' ('notes.db') must be the absolute path of a file, e.g. '/data/app.db'"],
    ['/data/', "'database' ('/data/') must be the absolute path of a file, e.g. '/data/app.db'"],
    ['/data/../etc/notes.db', "'database' ('/data/../etc/notes.db') must be the absolute path of a file, e.g. '/data/app.db'"],
    ['/data//notes.db', "'database' ('/data//notes.db') must be the absolute path of a file, e.g. '/data/app.db'"],
  ])('sqlite({ database: %j }) is a BlueprintError', (database, message) => {
    expect(() => BackupMethod.sqlite({ database })).toThrow(BlueprintError);
    expect(() => BackupMethod.sqlite({ database })).toThrow(message);
  });

  test('a drill table that is no plain identifier is a BlueprintError', () => {
    expect(() => BackupMethod.sqlite({ database: '/data/notes.db', drillTable: 'users; DROP TABLE users' }))
      .toThrow("'drillTable' ('users; DROP TABLE users') must be a plain SQL identifier (letters, digits, '_')");
  });
});
