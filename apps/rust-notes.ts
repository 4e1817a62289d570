/**
 * Seed 000's second app: a Rust service that keeps its users in SQLite (`CREATE TABLE IF NOT EXISTS users (id
 * INTEGER PRIMARY KEY, name TEXT)`, the seed's file `my_database.db` in DATA_DIR) on a StatefulWorkload: one pod
 * with its `data` volume claim, and in production a daily backup taken with SQLite's online copy (VACUUM INTO, by a
 * CronJob on the pod's node reading the volume read-only), encrypted with age, kept 14 days, restorable by the
 * suspended restore CronJob and checked every week by a restore drill (the dump must hold rows in `users`).
 */
import {
  BackupEncryption, BackupMethod, BackupPolicy, BackupTools, Blueprint, BlueprintApp, Build, Duration, Environment, Image, ImageSigning, ProvidedSecret,
  ResourceProfile, Schedule, Size, StatefulWorkload,
} from '../lib/index';

/** Where the app keeps its database: DATA_DIR, on the volume, and the seed's file name. */
const DATA_DIR = '/data';
export const NOTES_DATABASE = `${DATA_DIR}/my_database.db`;

export function rustNotes(app: BlueprintApp, backupTools: BackupTools): void {
  // Built in the workspace test/fixtures/services/rust-apps, which it shares with the other service: cargo loads
  // every member, so the build copies all three (the shared crate http-json, rust-sqlite, user-service). rusqlite is
  // vendored in the context (scripts/vendor-rust.sh) and links Debian's libsqlite3 statically: distroless needs no library.
  const image = new Image(app, 'rust-sqlite', {
    build: Build.rust({
      binary: 'rust-sqlite', sources: ['http-json', 'rust-sqlite', 'user-service'], port: 8080, healthPath: '/healthz',
      title: 'rust-sqlite', description: 'Seed 000: users kept in SQLite',
      dependencies: { kind: 'vendored' },
      buildPackages: ['libsqlite3-dev'],
      buildEnv: { SQLITE3_STATIC: '1', SQLITE3_LIB_DIR: '/usr/lib/x86_64-linux-gnu', SQLITE3_INCLUDE_DIR: '/usr/include' },
      // distroless has no shell and no curl: the binary checks itself (GET the URL, exit 0 on 2xx/3xx, else 1)
      healthcheckCommand: ['/usr/local/bin/rust-sqlite', '--healthcheck', 'http://127.0.0.1:8080/healthz'],
    }),
    repository: 'registry.example.com/seeds/rust-sqlite',
    signing: ImageSigning.githubActions({ repository: 'example/rust-notes' }),
    tag: '1.0.0',
    context: 'test/fixtures/services/rust-apps',
  });
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `rust-notes-${env.name}`, { environment: env });
    // The age key pair is the platform team's: its identity must outlive the cluster. Development keeps no backups.
    const keys = env.isProduction ? new ProvidedSecret(bp, 'notes-backup-age', {
      keys: ['recipients', 'identity'],
      providedBy: 'the platform team: one age key pair per environment, sealed-secrets in platform/backup-keys',
    }).secret : undefined;
    new StatefulWorkload(bp, 'notes', {
      image,
      env: { DATA_DIR },
      resources: ResourceProfile.micro(),
      volumes: [{ name: 'data', path: DATA_DIR, size: env.select({ production: Size.gibibytes(5), default: Size.gibibytes(1) }) }],
      backupMethod: BackupMethod.sqlite({ database: NOTES_DATABASE, drillTable: 'users' }),
      backupTools,
      backup: keys ? BackupPolicy.daily({
        retention: Duration.days(14),
        encryption: BackupEncryption.age({ recipients: keys.keyRef('recipients'), identity: keys.keyRef('identity') }),
        restoreDrill: Schedule.weekly('sunday', { hour: 4 }),
      }, { hour: 1 }) : undefined,
    });
  }
}
