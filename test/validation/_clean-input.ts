/**
 * A hardened app that passes every rule of the gate — an Image-built web service with ingress and autoscaling, a
 * worker and a scheduled task reading a Config, in production and development — and the `GateInput` the gate saw
 * for it, captured through a custom check. The rule-family tests run their rules on it: no rule may fire on what the
 * library renders by default.
 */
import {
  Blueprint, BlueprintTesting, Build, Config, CronTask, EnvValue, Environment, ExternalSecret, GateInput, HealthCheck, Image, ImageSigning, Schedule, ScalingPolicy,
  WebService, Worker,
} from '../../lib/index';
import { ruleContext } from '../../lib/validation/checks';
import { RUST_HEALTHCHECK } from './_corpus-kit';
import type { Rule, RuleContext } from '../../lib/validation/types';

/** What the gate sees for the clean app. */
export function cleanInput(): GateInput {
  let captured: GateInput | undefined;
  const app = BlueprintTesting.app({ checks: [{ name: 'capture', run: (input) => { captured = input; return []; } }] });
  const api = new Image(app, 'api-image', { build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK }), repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: ImageSigning.githubActions({ repository: 'example/shop' }) });
  for (const environment of [Environment.production(), Environment.development()]) {
    const shop = new Blueprint(app, `shop-${environment.name}`, { environment });
    const config = new Config(shop, 'settings', { data: { LOG_LEVEL: 'info' } });
    const db = new ExternalSecret(shop, 'db-credentials', { store: 'vault', storeKind: 'ClusterSecretStore', data: { password: { key: 'shop/db', property: 'password' } } }).secret;
    // Two replicas in development too: one is by design there, and the gate warns about it (deployment-replicas).
    new WebService(shop, 'api', {
      image: api, ingress: { host: 'shop.example.com', tlsSecret: 'shop-example-com-tls' },
      scaling: environment.isProduction ? ScalingPolicy.autoscale({ minReplicas: 3, maxReplicas: 6, cpuUtilization: 70 }) : ScalingPolicy.fixed(2),
      env: { LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL'), DB_PASSWORD: EnvValue.fromSecret(db, 'password') },
    });
    new Worker(shop, 'mailer', {
      image: 'registry.example.com/shop/mailer:2.0.1', scaling: ScalingPolicy.fixed(environment.isProduction ? 3 : 2),
      health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/healthcheck', '--alive']) }),
    });
    new CronTask(shop, 'report', { image: 'registry.example.com/shop/report:1.0.0', schedule: Schedule.daily({ hour: 2 }), env: { LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL') } });
  }
  app.synthesize();
  return captured!;
}

/** The context the rules see for `input`. */
export function contextOf(input: GateInput): RuleContext {
  return ruleContext(input);
}

/** Each rule's id with what it reports on `ctx`, for `toEqual(rules.map((r) => [r.id, []]))`. */
export function violationsOf(rules: readonly Rule[], ctx: RuleContext): [string, unknown[]][] {
  return rules.map((r) => [r.id, r.check(ctx)]);
}
