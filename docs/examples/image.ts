// An image built here: its Dockerfile is generated, and the workload takes its port, probes, user and writable
// paths from it; the gate checks both sides agree.
import { Blueprint, BlueprintApp, Build, Environment, Image, WebService } from '../../lib/index';

export function build(app: BlueprintApp): void {
  const api = new Image(app, 'orders-api', {
    build: Build.python({ server: { kind: 'gunicorn', module: 'orders.wsgi:app', workers: 3 }, port: 8000, healthPath: '/healthz' }),
    repository: 'registry.example.com/shop/orders-api',
    tag: '3.2.0',
    context: 'services/orders-api',
  });
  const shop = new Blueprint(app, 'shop-development', { environment: Environment.development(), createNamespace: false });
  new WebService(shop, 'orders-api', { image: api });
}
