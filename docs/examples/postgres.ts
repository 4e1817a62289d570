// PostgreSQL with encrypted daily backups to S3, a restore job and a weekly restore drill, and a service
// connected to it: a password generated in the cluster, the S3 keys from Vault, the backup key pair declared as
// the platform team's; credentials only as Secret references, network paths only where declared.
import {
  BackupDestination, BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintApp, Duration, Environment,
  ExternalSecret, GeneratedCredentials, HealthCheck, ImageSigning, Postgres, ProvidedSecret, Schedule, WebService,
} from '../../lib/index';

export function build(app: BlueprintApp): void {
  const tools = new BackupTools(app, 'backup-tools', {
    repository: 'registry.example.com/platform/backup-tools', tag: '1.0.0',
    signing: ImageSigning.githubActions({ repository: 'example/platform' }),
  });
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
  const keys = new ProvidedSecret(shop, 'orders-db-backup-age', {
    keys: ['recipients', 'identity'],
    providedBy: 'the platform team: one age key pair per environment, kept outside the cluster to restore after losing it',
  }).secret;
  const s3 = new ExternalSecret(shop, 'backup-s3', {
    store: 'vault', storeKind: 'ClusterSecretStore',
    data: { accessKeyId: { key: 'shop/backup-s3', property: 'accessKeyId' }, secretAccessKey: { key: 'shop/backup-s3', property: 'secretAccessKey' } },
  }).secret;
  const db = new Postgres(shop, 'orders-db', {
    credentials: new GeneratedCredentials(shop, 'orders-db-credentials', { username: 'orders' }).secret,
    database: 'orders',
    backupTools: tools,
    backup: BackupPolicy.daily({
      retention: Duration.days(30),
      encryption: BackupEncryption.age({ recipients: keys.keyRef('recipients'), identity: keys.keyRef('identity') }),
      destination: BackupDestination.s3({
        endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'shop-backups', prefix: 'orders-db',
        credentials: s3,
      }),
      restoreDrill: Schedule.weekly('sunday', { hour: 5 }),
    }),
  });
  const api = new WebService(shop, 'orders-api', { image: 'registry.example.com/shop/orders-api:3.2.0', port: 8000, health: HealthCheck.http('/healthz'), allowFromApplication: false });
  api.connectTo(db, { envNames: { URL: 'DATABASE_URL' }, waitForReady: true });
}
