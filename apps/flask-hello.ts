/**
 * Seed 001's Flask app ("Hello, World!" on port 5000), with a background worker and a nightly task, for
 * development and production.
 */
import {
  Blueprint, BlueprintApp, Build, Config, CronTask, Environment, EnvValue, ExternalSecret, HealthCheck, Image, ImageSigning, ResourceProfile,
  ScalingPolicy, Schedule, WebService, Worker,
} from '../lib/index';

export function flaskHello(app: BlueprintApp): void {
  // Seed 001 used `FROM python:3.7` and `Flask==1.0.2`; this pins bookworm's Python 3.11 and serves the WSGI app
  // with gunicorn from a virtualenv built in a separate stage.
  const image = new Image(app, 'flask-hello', {
    build: Build.python({
      server: { kind: 'gunicorn', module: 'app:app', workers: 2 },
      pythonVersion: '3.11', port: 5000, healthPath: '/healthz',
      sources: ['app.py', 'worker.py', 'cleanup.py'],
      title: 'flask-hello', description: 'Seed 001: Hello, World! in Flask',
    }),
    repository: 'registry.example.com/flask-hello/web',
    signing: ImageSigning.githubActions({ repository: 'example/flask-hello' }),
    tag: '1.0.2',
    context: 'test/fixtures/services/flask-app',
  });
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `flask-hello-${env.name}`, { environment: env });
    const config = new Config(bp, 'settings', {
      data: { APP_ENV: env.isProduction ? 'production' : 'development', LOG_LEVEL: env.select({ production: 'info', default: 'debug' }) },
    });
    // The broker URL carries the broker's password: it comes from Vault, through the platform's ClusterSecretStore.
    const broker = new ExternalSecret(bp, 'flask-hello-broker', {
      store: 'vault', storeKind: 'ClusterSecretStore',
      data: { url: { key: `flask-hello/${env.name}/broker`, property: 'url' } },
    }).secret;

    new WebService(bp, 'web', {
      image,
      env: {
        LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL'),
        APP_ENV: EnvValue.fromConfig(config, 'APP_ENV'),
        POD_NAME: EnvValue.fromField('metadata.name'),
      },
      scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 6, cpuUtilization: 70, memoryUtilization: 80 }),
      ingress: { host: env.select({ production: 'hello.example.com', default: `hello.${env.name}.example.com` }), tlsSecret: 'hello-example-com-tls' },
    });

    new Worker(bp, 'jobs', {
      image,
      command: ['python', '-m', 'worker'],
      resources: ResourceProfile.micro(),
      // readiness: the worker is configured; liveness: its loop touched its heartbeat file in the last 30 s
      health: HealthCheck.exec(['python', '-m', 'worker', '--check'], { liveness: HealthCheck.exec(['python', '-m', 'worker', '--alive']) }),
      env: { BROKER_URL: EnvValue.fromSecret(broker, 'url'), LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL') },
      scaling: ScalingPolicy.fixed(env.select({ production: 2, default: 1 })),
    });

    new CronTask(bp, 'nightly-cleanup', {
      image,
      command: ['python', '-m', 'cleanup'],
      resources: ResourceProfile.nano(),
      schedule: Schedule.daily({ hour: 3, minute: 15 }, { timeZone: 'Europe/Berlin' }),
      env: { BROKER_URL: EnvValue.fromSecret(broker, 'url') },
    });
  }
}
