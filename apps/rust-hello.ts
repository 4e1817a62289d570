/**
 * Seed 000's Rust web app ("Hello, world!" on port 8080), built from a generated multi-stage Dockerfile:
 * release build with cache mounts, distroless runtime, numeric non-root USER — instead of the seed's
 * `FROM rust:latest` with a debug binary.
 */
import { Blueprint, BlueprintApp, Build, Environment, Image, ImageSigning, ScalingPolicy, WebService } from '../lib/index';

export function rustHello(app: BlueprintApp): void {
  const image = new Image(app, 'rust-web', {
    build: Build.rust({
      binary: 'rust-web', port: 8080, healthPath: '/healthz', title: 'rust-web', description: 'Seed 000: Hello, world! in Rust',
      // distroless has no shell and no curl: the binary checks itself (GET the URL, exit 0 on 2xx/3xx, else 1)
      healthcheckCommand: ['/usr/local/bin/rust-web', '--healthcheck', 'http://127.0.0.1:8080/healthz'],
    }),
    repository: 'registry.example.com/seeds/rust-web',
    signing: ImageSigning.githubActions({ repository: 'example/rust-hello' }),
    tag: '1.0.0',
    context: 'test/fixtures/services/rust-web',
  });
  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `rust-hello-${env.name}`, { environment: env });
    // port 8080, the /healthz probes, UID 10001 and the writable /tmp all come from the image.
    new WebService(bp, 'web', {
      image,
      scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 8, cpuUtilization: 75 }),
      ingress: { host: env.select({ production: 'rust.example.com', default: `rust.${env.name}.example.com` }), tlsSecret: 'rust-example-com-tls' },
    });
  }
}
