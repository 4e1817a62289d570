// Signed images in production: each Image names who signs it (a GitHub Actions workflow, a keyless Sigstore identity
// or a cosign key pair). A production blueprint then carries a Kyverno Policy that admits its pods only when every
// image of those repositories is signed by that identity, and pins it to the verified digest; the validation gate
// refuses a production workload running an Image without a signing identity (image-signed-in-production).
import { Blueprint, BlueprintApp, Build, Environment, HealthCheck, Image, ImageSigning, WebService, Worker } from '../../lib/index';

export function build(app: BlueprintApp): void {
  const api = new Image(app, 'orders-api', {
    build: Build.python({ server: { kind: 'gunicorn', module: 'orders.wsgi:app', workers: 3 }, port: 8000, healthPath: '/healthz' }),
    repository: 'registry.example.com/shop/orders-api', tag: '3.2.0', context: 'services/orders-api',
    signing: ImageSigning.githubActions({ repository: 'acme/orders', ref: 'refs/heads/main' }),
  });
  const mailer = new Image(app, 'mailer', {
    build: Build.go({ binary: 'mailer', healthcheckCommand: ['/usr/local/bin/mailer', '--healthcheck'] }),
    repository: 'registry.example.com/shop/mailer', tag: '1.8.0', context: 'services/mailer',
    signing: ImageSigning.keyless({ issuer: 'https://accounts.google.com', subject: 'release-bot@acme.example' }),
  });
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
  new WebService(shop, 'orders-api', { image: api });
  new Worker(shop, 'mailer', { image: mailer, health: HealthCheck.exec(['/usr/local/bin/mailer', '--healthcheck'], { liveness: HealthCheck.exec(['/usr/local/bin/mailer', '--alive']) }) });
}
