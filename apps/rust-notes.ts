/**
 * Seed 000's second app: a Rust service whose data must persist in a volume (the seed's SQLite file
 * `my_database.db`; the std-only test service keeps an append-only users file instead). One replica on a
 * ReadWriteOnce volume, replaced with Recreate, and in production a daily Velero volume backup kept 7 days.
 */
import {
  BackupEncryption, BackupPolicy, Blueprint, BlueprintApp, Build, Duration, Environment, Image, ResourceProfile, ScalingPolicy,
  Size, WebService,
} from '../lib/index';

export function rustNotes(app: BlueprintApp): void {
  // Built in the workspace test/fixtures/services/rust-apps, which it shares with the other std-only service: cargo
  // loads every member, so the build copies all three (the shared crate http-json, rust-sqlite, user-service).
  const image = new Image(app, 'rust-sqlite', {
    build: Build.rust({
      binary: 'rust-sqlite', sources: ['http-json', 'rust-sqlite', 'user-service'], port: 8080, healthPath: '/healthz',
      title: 'rust-sqlite', description: 'Seed 000: users kept in a data file',
      // distroless has no shell and no curl: the binary checks itself (GET the URL, exit 0 on 2xx/3xx, else 1)
      healthcheckCommand: ['/usr/local/bin/rust-sqlite', '--healthcheck', 'http://127.0.0.1:8080/healthz'],
    }),
    repository: 'registry.example.com/seeds/rust-sqlite',
    tag: '1.0.0',
    context: 'test/fixtures/services/rust-apps',
  });
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `rust-notes-${env.name}`, { environment: env });
    new WebService(bp, 'notes', {
      image,
      env: { DATA_DIR: '/data' },
      resources: ResourceProfile.micro(),
      scaling: ScalingPolicy.fixed(1),
      persistentVolumes: [{ name: 'data', path: '/data', size: env.select({ production: Size.gibibytes(5), default: Size.gibibytes(1) }) }],
      backup: env.isProduction
        ? BackupPolicy.daily({ retention: Duration.days(7), encryption: BackupEncryption.none('the Velero storage location encrypts at rest with the bucket\'s KMS key') }, { hour: 1 })
        : undefined,
    });
  }
}
