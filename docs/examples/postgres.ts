// PostgreSQL with encrypted daily backups to S3, a restore job and a weekly restore drill, and a service
// connected to it: credentials only as Secret references, network paths only where declared.
import {
  BackupDestination, BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintApp, Duration, Environment,
  HealthCheck, Postgres, Schedule, SecretRef, WebService,
} from '../../lib/index';

export function build(app: BlueprintApp): void {
  const tools = new BackupTools(app, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools', tag: '1.0.0' });
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
  const keys = SecretRef.existing('orders-db-backup-age', ['recipients', 'identity']);
  const db = new Postgres(shop, 'orders-db', {
    credentials: SecretRef.existing('orders-db-credentials', ['username', 'password']),
    database: 'orders',
    backupTools: tools,
    backup: BackupPolicy.daily({
      retention: Duration.days(30),
      encryption: BackupEncryption.age({ recipients: keys.keyRef('recipients'), identity: keys.keyRef('identity') }),
      destination: BackupDestination.s3({
        endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'shop-backups', prefix: 'orders-db',
        credentials: SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']),
      }),
      restoreDrill: Schedule.weekly('sunday', { hour: 5 }),
    }),
  });
  const api = new WebService(shop, 'orders-api', { image: 'registry.example.com/shop/orders-api:3.2.0', port: 8000, health: HealthCheck.http('/healthz'), allowFromApplication: false });
  api.connectTo(db, { envNames: { URL: 'DATABASE_URL' }, waitForReady: true });
}
