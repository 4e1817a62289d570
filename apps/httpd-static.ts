/**
 * Seed 002's custom image — the seed's `FROM ubuntu` + `apt-get install curl` + httpd serving
 * /var/www/html/index.html on port 80 — written with the typed Dockerfile model: Debian bookworm slim,
 * apt hygiene, busybox httpd on 8080 (a non-root user cannot bind 80), numeric USER, exec-form entrypoint.
 */
import {
  Blueprint, BlueprintApp, Build, Dockerfile, Duration, DockerfileInstruction as I, DockerfileStage, Environment, Image,
  ResourceProfile, WebService,
} from '../lib/index';

export function httpdStatic(app: BlueprintApp): void {
  const dockerfile = Dockerfile.of({
    stages: [DockerfileStage.from('debian:bookworm-slim', {
      instructions: [
        I.run([
          'apt-get update',
          'apt-get install -y --no-install-recommends curl busybox',
          'rm -rf /var/lib/apt/lists/*',
        ]),
        I.env({ NAME: 'Docker' }),
        I.label({ 'org.opencontainers.image.title': 'httpd-static', 'org.opencontainers.image.description': 'Seed 002: a page served by busybox httpd' }),
        I.copy(['index.html', 'healthz'], '/var/www/html/'),
        I.userId(10001, 10001),
        I.expose(8080),
        I.healthcheck(['curl', '-fsS', '-o', '/dev/null', 'http://127.0.0.1:8080/healthz']),
        I.entrypoint(['busybox', 'httpd', '-f', '-p', '8080', '-h', '/var/www/html']),
      ],
    })],
  });
  const image = new Image(app, 'httpd-static', {
    build: Build.fromDockerfile(dockerfile, { healthPath: '/healthz', description: 'Debian slim + curl + busybox httpd' }),
    repository: 'registry.example.com/seeds/httpd-static',
    tag: '1.0.0',
    context: 'test/fixtures/services/custom-httpd',
  });
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `httpd-static-${env.name}`, { environment: env });
    new WebService(bp, 'web', {
      image, resources: ResourceProfile.nano(),
      // TLS in production (the gate's ingress-tls is an error there); development serves plain HTTP, a warning.
      ingress: { host: 'static.example.com', ...(env.isProduction ? { tlsSecret: 'static-example-com-tls' } : {}) },
      // busybox httpd as PID 1 ignores SIGTERM and serves only static files: no reason to wait 30 s for it.
      terminationGracePeriod: Duration.seconds(5),
    });
  }
}
