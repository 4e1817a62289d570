// A web service in production: hardened Deployment, Service, Ingress, autoscaler, disruption budget,
// ServiceAccount and NetworkPolicy, from a dozen lines.
import { Blueprint, BlueprintApp, Environment, HealthCheck, ScalingPolicy, WebService } from '../../lib/index';

export function build(app: BlueprintApp): void {
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
  new WebService(shop, 'web', {
    image: 'registry.example.com/shop/web:1.4.2',
    port: 8080,
    health: HealthCheck.http('/healthz'),
    scaling: ScalingPolicy.autoscale({ minReplicas: 3, maxReplicas: 12, cpuUtilization: 70 }),
    ingress: { host: 'shop.example.com', tlsSecret: 'shop-example-com-tls' },
  });
}
