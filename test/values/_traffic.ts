/**
 * Shared fixtures of the mesh value tests (traffic policy, circuit breaker, retries, load balancer, traffic split): a
 * service, seed 004's policy, and the objects a construct emits with a policy's specs. Not a test file (no `.test.ts`).
 */
import { Duration } from 'cdk8s';
import { validateSchema } from '../../lib/k8s/schema';
import { LoadBalancer } from '../../lib/values/load-balancer';
import { TrafficPolicy, TrafficPolicyVirtualServiceSpecOptions } from '../../lib/values/traffic-policy';

export const HOST = 'user-service.shop.svc.cluster.local';

/** The service the specs are for: its FQDN and Service port. */
export const TARGET: TrafficPolicyVirtualServiceSpecOptions = { host: HOST, port: 80 };

/** A `networking.istio.io/v1` object of `kind` with `spec`, as a construct emits it. */
export function istioObject(kind: 'DestinationRule' | 'VirtualService', spec: unknown): any {
  return { apiVersion: 'networking.istio.io/v1', kind, metadata: { name: 'user-service', namespace: 'shop' }, spec };
}

/** The DestinationRule and VirtualService with the policy's specs, asserted to pass the strict Istio schemas. */
export function render(policy: TrafficPolicy, target: TrafficPolicyVirtualServiceSpecOptions = TARGET): { dr: any; vs: any } {
  const dr = istioObject('DestinationRule', policy.destinationRuleSpec(target));
  const vs = istioObject('VirtualService', policy.virtualServiceSpec(target));
  expect(validateSchema(dr)).toEqual([]);
  expect(validateSchema(vs)).toEqual([]);
  return { dr, vs };
}

/** Seed 004's traffic policy. */
export const seedPolicy = (): TrafficPolicy =>
  TrafficPolicy.of({
    loadBalancer: LoadBalancer.roundRobin(),
    circuitBreaker: { consecutiveErrors: 5, maxEjectionPercent: 50, baseEjectionTime: Duration.seconds(30) },
    retries: { attempts: 3, perTryTimeout: Duration.seconds(1), retryOn: ['5xx', 'connect-failure'] },
    timeout: Duration.seconds(5),
    connectionPool: { idleTimeout: Duration.seconds(60) },
  });
