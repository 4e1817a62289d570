/**
 * Seed 002's custom image — the seed's `FROM ubuntu` + `apt-get install curl` + httpd serving
 * /var/www/html/index.html on port 80 — written with the typed Dockerfile model: Debian bookworm slim,
 * pinned packages and apt hygiene, busybox httpd on 8080 (a non-root user cannot bind 80), numeric USER, a
 * HEALTHCHECK of the readiness probe's URL, exec-form entrypoint.
 */
import {
  Blueprint, BlueprintApp, Build, Dockerfile, Duration, DockerfileInstruction as I, DockerfileStage, Environment, Image, ImageSigning,
  ResourceProfile, WebService,
} from '../lib/index';

/** The public half of the cosign key pair that signs the image (`cosign generate-key-pair`; a P-256 key). */
const COSIGN_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6vj97k6yJWmF8+PPcOLQhoQfGLxY
jP2EyBgkxccT/ogvo3QgANYqbmnBkDpkzQLcbb7Hl8MVfrjGWU4ltVJO3Q==
-----END PUBLIC KEY-----
`;

export function httpdStatic(app: BlueprintApp): void {
  const dockerfile = Dockerfile.of({
    stages: [DockerfileStage.from('debian:bookworm-slim', {
      instructions: [
        // curl=<version> busybox=<version>: bookworm's, from the table `npm run gen:apt-pins` keeps current
        I.aptInstall(['curl', 'busybox']),
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
    // A cosign key pair, not keyless: admission verifies with this public key (the private key stays in CI's secrets)
    signing: ImageSigning.key({ publicKey: COSIGN_PUBLIC_KEY }),
    tag: '1.0.0',
    context: 'test/fixtures/services/custom-httpd',
  });
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `httpd-static-${env.name}`, { environment: env });
    new WebService(bp, 'web', {
      image, resources: ResourceProfile.nano(),
      // TLS everywhere (the gate's ingress-tls, Polaris tlsSettingsMissing: an error in production, a warning
      // elsewhere); each host's certificate is a kubernetes.io/tls Secret, e.g. issued by cert-manager.
      ingress: env.isProduction
        ? { host: 'static.example.com', tlsSecret: 'static-example-com-tls' }
        : { host: `static.${env.name}.example.com`, tlsSecret: `static-${env.name}-example-com-tls` },
      // busybox httpd as PID 1 ignores SIGTERM and serves only static files: no reason to wait 30 s for it.
      terminationGracePeriod: Duration.seconds(5),
    });
  }
}
