/**
 * The blueprint the alerts tests watch (alerts.test.ts, alerts-promtool.test.ts): everything a PrometheusRule of
 * BlueprintAlerts has a rule for. Not a test file: jest only runs it through the tests that import it.
 */
import { ApiObject } from 'cdk8s';
import {
  AlertPolicy, BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintTesting, CronTask, Duration, Environment, ImageSigning,
  Postgres, ScalingPolicy, Schedule, Size, WebService,
} from '../../lib';
import { IMAGE, WEB } from '../_helpers';
import { daily, dbCredentials, declareBackupSecrets } from '../data/_backed-up';

/** Velero volume backups: weekly on Sunday at 03:00, 30 days kept. */
export const VOLUME_BACKUP = BackupPolicy.weekly({ retention: Duration.days(30), encryption: BackupEncryption.none('the Velero storage location encrypts at rest with KMS') }, 'sunday', { hour: 3 });
/** The backup tools' image, signed (the gate's image-signed-in-production). */
export const TOOLS = { repository: 'registry.example.com/platform/backup-tools', signing: ImageSigning.githubActions({ repository: 'example/backup-tools' }) };
/** The dumps: daily at 02:00, 14 days kept, a weekly restore drill. */
export const DUMPS = daily({ restoreDrill: Schedule.weekly('sunday', { hour: 5 }) });

/**
 * `shop-<env>` with everything the alerts watch: a Postgres 'db' with daily dumps and a drill, a WebService 'web'
 * autoscaled up to 8 replicas, a WebService 'notes' with a 5Gi volume backed up by Velero, a CronTask 'report'
 * (hourly), and with `certificate` a cert-manager Certificate 'shop-tls' (Secret shop-tls, shop.example.com) added by hand
 * and an ingress for 'web' (api.shop.example.com, Secret api-tls) annotated for cert-manager's ingress-shim.
 */
export function watchedShop(props: { env?: Environment; alerts?: AlertPolicy; certificate?: boolean } = {}): Blueprint {
  const env = props.env ?? Environment.production();
  const app = BlueprintTesting.app();
  const tools = new BackupTools(app, 'backup-tools', TOOLS);
  const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, alerts: props.alerts ?? AlertPolicy.prometheus() });
  declareBackupSecrets(shop, DUMPS);
  new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: DUMPS });
  new WebService(shop, 'web', {
    ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 8, cpuUtilization: 70 }),
    ...(props.certificate ? { ingress: { host: 'api.shop.example.com', tlsSecret: 'api-tls', annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' } } } : {}),
  });
  new WebService(shop, 'notes', {
    ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }], backup: VOLUME_BACKUP,
  });
  new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.hourly(15) });
  if (props.certificate) {
    new ApiObject(shop, 'shop-tls', {
      apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'shop-tls' },
      spec: { secretName: 'shop-tls', dnsNames: ['shop.example.com'], issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer' } },
    });
  }
  return shop;
}
