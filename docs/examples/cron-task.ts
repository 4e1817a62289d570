// A nightly task with a ConfigMap whose name changes with its content and an SMTP password that External Secrets
// copies from Vault into a Secret (the manifest names it; no value ever reaches dist/).
import { Blueprint, BlueprintApp, Config, CronTask, Environment, EnvValue, ExternalSecret, ResourceProfile, Schedule } from '../../lib/index';

export function build(app: BlueprintApp): void {
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
  const settings = new Config(shop, 'report-settings', { data: { REPORT_FORMAT: 'csv', RECIPIENTS: 'finance@example.com' } });
  const smtp = new ExternalSecret(shop, 'smtp', {
    store: 'vault', storeKind: 'ClusterSecretStore',
    data: { password: { key: 'shop/smtp', property: 'password' } },
  }).secret;
  new CronTask(shop, 'nightly-report', {
    image: 'registry.example.com/shop/reports:2.0.1',
    command: ['/app/report', '--yesterday'],
    resources: ResourceProfile.micro(),
    schedule: Schedule.daily({ hour: 2, minute: 30 }, { timeZone: 'Europe/Berlin' }),
    env: {
      REPORT_FORMAT: EnvValue.fromConfig(settings, 'REPORT_FORMAT'),
      RECIPIENTS: EnvValue.fromConfig(settings, 'RECIPIENTS'),
      SMTP_PASSWORD: EnvValue.fromSecret(smtp, 'password'),
    },
  });
}
