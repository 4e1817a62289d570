// Seed 004's traffic policy in the Istio mesh: DestinationRule, VirtualService and STRICT mutual TLS.
import { Blueprint, BlueprintApp, Duration, Environment, HealthCheck, LoadBalancer, ScalingPolicy, TrafficPolicy, WebService } from '../../lib/index';

export function build(app: BlueprintApp): void {
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), mesh: true, createNamespace: false });
  new WebService(shop, 'user-service', {
    image: 'registry.example.com/shop/user-service:1.4.2',
    port: 8080,
    health: HealthCheck.http('/healthz'),
    scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }),
    trafficPolicy: TrafficPolicy.of({
      loadBalancer: LoadBalancer.roundRobin(),
      circuitBreaker: { consecutiveErrors: 5, maxEjectionPercent: 50, baseEjectionTime: Duration.seconds(30) },
      retries: { attempts: 3, perTryTimeout: Duration.seconds(1), retryOn: ['5xx', 'connect-failure'] },
      timeout: Duration.seconds(5),
      connectionPool: { idleTimeout: Duration.seconds(60) },
    }),
  });
}
