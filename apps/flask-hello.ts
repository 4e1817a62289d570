/**
 * Seed 001's Flask app ("Hello, World!" on port 5000), with a background worker and a nightly task, for
 * development and production.
 */
import {
  Blueprint, BlueprintApp, Config, CronTask, Environment, EnvValue, HealthCheck, ResourceProfile,
  ScalingPolicy, Schedule, SecretRef, WebService, Worker,
} from '../lib';

export function flaskHello(app: BlueprintApp): void {
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `flask-hello-${env.name}`, { environment: env });
    const config = new Config(bp, 'settings', {
      data: { FLASK_ENV: env.isProduction ? 'production' : 'development', LOG_LEVEL: env.select({ production: 'info', default: 'debug' }) },
    });
    const broker = SecretRef.existing('flask-hello-broker', ['url']);

    new WebService(bp, 'web', {
      image: 'registry.example.com/flask-hello/web:1.0.2',
      port: 5000,
      health: HealthCheck.http('/healthz'),
      env: {
        LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL'),
        FLASK_ENV: EnvValue.fromConfig(config, 'FLASK_ENV'),
        POD_NAME: EnvValue.fromField('metadata.name'),
      },
      scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 6, cpuUtilization: 70, memoryUtilization: 80 }),
      ingress: { host: env.select({ production: 'hello.example.com', default: `hello.${env.name}.example.com` }), tlsSecret: 'hello-example-com-tls' },
    });

    new Worker(bp, 'jobs', {
      image: 'registry.example.com/flask-hello/web:1.0.2',
      command: ['python', '-m', 'worker'],
      resources: ResourceProfile.micro(),
      health: HealthCheck.exec(['python', '-m', 'worker', '--check']),
      env: { BROKER_URL: EnvValue.fromSecret(broker, 'url'), LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL') },
      scaling: ScalingPolicy.fixed(env.select({ production: 2, default: 1 })),
    });

    new CronTask(bp, 'nightly-cleanup', {
      image: 'registry.example.com/flask-hello/web:1.0.2',
      command: ['python', '-m', 'cleanup'],
      resources: ResourceProfile.nano(),
      schedule: Schedule.daily({ hour: 3, minute: 15 }, { timeZone: 'Europe/Berlin' }),
      env: { BROKER_URL: EnvValue.fromSecret(broker, 'url') },
    });
  }
}
