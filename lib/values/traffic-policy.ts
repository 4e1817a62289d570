import { Duration } from 'cdk8s';
import { BlueprintError, checkInteger, propError } from './_errors';
import { assertProps, checkProps } from './_prop-check';
import { checkDnsSubdomain } from './_names';
import { millis, protoDuration } from './_mesh-durations';
import {
  CircuitBreakerOptions, checkedConnectionPool, checkEjectionBudget, connectionPoolSettings, ConnectionPoolOptions, outlierDetection,
  ResolvedCircuitBreaker, resolveCircuitBreaker,
} from './circuit-breaker';
import { LoadBalancer } from './load-balancer';
import { ResolvedRetries, resolveRetries, RetryOptions, retrySettings } from './retries';
import { TrafficSplit } from './traffic-split';

/**
 * Istio traffic policy for one service: load balancing, circuit breaking (outlier detection and connection-pool
 * limits, `circuit-breaker.ts`), retries (`retries.ts`), a request timeout and mutual TLS, given as the `spec` of a
 * `networking.istio.io/v1` DestinationRule and VirtualService, plus weighted routing between versions (`TrafficSplit`).
 *
 * Durations are rendered the way protobuf's JSON mapping writes them: seconds with up to three decimals ('5s', '60s',
 * '1800s', '0.25s'). Every Istio parser (protojson, Go `time.ParseDuration`, the CRDs' CEL rules) accepts that form.
 */

/** Mutual TLS towards the service: Istio certificates, or plain text. */
export type MeshTlsMode = 'ISTIO_MUTUAL' | 'DISABLE';

/** Props of `TrafficPolicy.of()`. */
export interface TrafficPolicyProps {
  /**
   * How requests are spread over replicas.
   * @default LoadBalancer.leastRequest() — Istio's default, written out
   */
  readonly loadBalancer?: LoadBalancer;
  /**
   * Outlier detection. Pass `{}` for Istio's defaults (5 errors, 10s, 30s, 10%).
   * @default - no outlier detection
   */
  readonly circuitBreaker?: CircuitBreakerOptions;
  /**
   * Connection-pool limits.
   * @default - Istio's defaults (no limits)
   */
  readonly connectionPool?: ConnectionPoolOptions;
  /**
   * How failed requests are retried.
   * @default - Istio's default retry policy: 2 retries on connect-failure, refused-stream, unavailable, cancelled
   * and 503, without a per-try timeout
   */
  readonly retries?: RetryOptions;
  /**
   * Timeout of a whole request, retries included (seed 004: request 5s).
   * @default - no timeout (Istio's default)
   */
  readonly timeout?: Duration;
  /**
   * TLS mode towards the service.
   * @default 'ISTIO_MUTUAL'
   */
  readonly tls?: MeshTlsMode;
}

/** Options of `TrafficPolicy.destinationRuleSpec()`: the service the policy applies to. */
export interface TrafficPolicyDestinationRuleSpecOptions {
  /** The service's host name, preferably its FQDN (e.g. 'user-service.shop.svc.cluster.local'). */
  readonly host: string;
  /**
   * Weighted routing between versions: one DestinationRule subset per version.
   * @default - no subsets: every replica serves every request
   */
  readonly split?: TrafficSplit;
}

/** Options of `TrafficPolicy.virtualServiceSpec()`; pass the same object to `destinationRuleSpec()`. */
export interface TrafficPolicyVirtualServiceSpecOptions extends TrafficPolicyDestinationRuleSpecOptions {
  /** The Service port requests are routed to. */
  readonly port: number;
}

/** Options of `TrafficPolicy.checkBudget()`. */
export interface TrafficPolicyCheckBudgetOptions {
  /** The workload's replica range (equal for a fixed count). */
  readonly replicas: { readonly min: number; readonly max: number };
}

/**
 * The traffic policy of one service in an Istio mesh: the `spec` of its DestinationRule (load balancing, connection
 * pool, outlier detection, mTLS, version subsets) and of its VirtualService (timeout, retries, weighted routes). The
 * construct that owns the service emits the objects (`WebService`'s `trafficPolicy`).
 *
 * `of()` checks that the parts fit together: every try and retry fits in the request timeout, and the connection
 * pool never caps a request's retries. `checkBudget()` checks the policy against the workload's replica count.
 *
 * Seed 004's policy — round robin; circuit breaker of 5 failures, threshold 0.5 and 30s recovery; 3 retries on 5xx
 * and connect-failure at 1s each; request timeout 5s and idle timeout 60s:
 *
 * @example TrafficPolicy.of({
 *   loadBalancer: LoadBalancer.roundRobin(),
 *   circuitBreaker: { consecutiveErrors: 5, maxEjectionPercent: 50, baseEjectionTime: Duration.seconds(30) },
 *   retries: { attempts: 3, perTryTimeout: Duration.seconds(1), retryOn: ['5xx', 'connect-failure'] },
 *   timeout: Duration.seconds(5),
 *   connectionPool: { idleTimeout: Duration.seconds(60) },
 * })
 * @see https://istio.io/latest/docs/reference/config/networking/destination-rule/
 * @see https://istio.io/latest/docs/reference/config/networking/virtual-service/
 */
export class TrafficPolicy {
  /** A traffic policy; every option is checked here. */
  public static of(props: TrafficPolicyProps = {}): TrafficPolicy {
    assertProps('TrafficPolicyProps', props);
    return new TrafficPolicy(props);
  }

  /** How requests are spread over replicas. */
  public readonly loadBalancer: LoadBalancer;
  /** Outlier detection, or undefined when off. */
  public readonly circuitBreaker?: ResolvedCircuitBreaker;
  /** Connection-pool limits, as given. */
  public readonly connectionPool: ConnectionPoolOptions;
  /** Retries, or undefined for Istio's default retry policy. */
  public readonly retries?: ResolvedRetries;
  /** Timeout of a whole request, or undefined for none. */
  public readonly timeout?: Duration;
  /** TLS mode towards the service. */
  public readonly tls: MeshTlsMode;

  private constructor(props: TrafficPolicyProps) {
    this.loadBalancer = props.loadBalancer ?? LoadBalancer.leastRequest();
    this.tls = props.tls ?? 'ISTIO_MUTUAL';
    if (this.tls !== 'ISTIO_MUTUAL' && this.tls !== 'DISABLE') throw propError('tls', this.tls, "must be 'ISTIO_MUTUAL' or 'DISABLE'");
    this.timeout = props.timeout;
    if (this.timeout) millis('timeout', this.timeout);
    if (props.circuitBreaker) this.circuitBreaker = resolveCircuitBreaker(props.circuitBreaker);
    this.connectionPool = checkedConnectionPool(props.connectionPool ?? {});
    if (props.retries) {
      this.retries = resolveRetries(props.retries);
      this.checkRetryBudget(this.retries);
    }
  }

  /**
   * Checks the policy against the workload's replica count: outlier detection must never eject every replica
   * at the fewest replicas the workload runs, unless `circuitBreaker.minHealthPercent` keeps traffic flowing.
   * Envoy ejects up to `floor(replicas × maxEjectionPercent / 100)` replicas, and always at least one.
   * A minimum of 0 replicas is checked as 1, the fewest that serve.
   */
  public checkBudget(options: TrafficPolicyCheckBudgetOptions): void {
    assertProps('TrafficPolicyCheckBudgetOptions', options);
    const { min, max } = options.replicas;
    checkInteger('replicas.min', min, 0);
    checkInteger('replicas.max', max, 1);
    if (min > max) throw new BlueprintError(`'replicas.min' (${min}) must be <= 'replicas.max' (${max})`);
    if (this.circuitBreaker) checkEjectionBudget(this.circuitBreaker, min);
  }

  /**
   * The `spec` of the service's `networking.istio.io/v1` DestinationRule. Throws for a host that is no DNS name;
   * a construct calls it when it is made, so a mistake is its own and rendering cannot fail.
   */
  public destinationRuleSpec(options: TrafficPolicyDestinationRuleSpecOptions): Record<string, unknown> {
    // The same object as virtualServiceSpec()'s may be passed (as documented): its 'port' is no mistake here.
    const problems = checkProps('TrafficPolicyVirtualServiceSpecOptions', options).filter((p) => !(p.prop === 'port' && p.kind === 'missing'));
    if (problems.length > 0) throw new BlueprintError(problems.map((p) => p.message).join('; '));
    checkDnsSubdomain('host', options.host);
    const trafficPolicy: Record<string, unknown> = { loadBalancer: this.loadBalancer.toIstio() };
    const pool = connectionPoolSettings(this.connectionPool);
    if (pool) trafficPolicy.connectionPool = pool;
    if (this.circuitBreaker) trafficPolicy.outlierDetection = outlierDetection(this.circuitBreaker);
    trafficPolicy.tls = { mode: this.tls };
    return {
      host: options.host,
      trafficPolicy,
      ...(options.split ? { subsets: options.split.subsets.map((s) => ({ name: s.subset, labels: { ...s.labels } })) } : {}),
    };
  }

  /**
   * The `spec` of the service's `networking.istio.io/v1` VirtualService: one HTTP route named 'default'. Throws for
   * a host that is no DNS name or a port that is no port number.
   */
  public virtualServiceSpec(options: TrafficPolicyVirtualServiceSpecOptions): Record<string, unknown> {
    assertProps('TrafficPolicyVirtualServiceSpecOptions', options);
    checkDnsSubdomain('host', options.host);
    checkInteger('port', options.port, 1, 65535);
    const destination = (subset?: string) => ({ host: options.host, ...(subset ? { subset } : {}), port: { number: options.port } });
    const route = options.split
      ? options.split.subsets.map((s) => ({ destination: destination(s.subset), weight: s.weight }))
      : [{ destination: destination() }];
    const http: Record<string, unknown> = { name: 'default', route };
    if (this.timeout) http.timeout = protoDuration(millis('timeout', this.timeout));
    if (this.retries) http.retries = retrySettings(this.retries);
    return { hosts: [options.host], http: [http] };
  }

  private checkRetryBudget(retries: ResolvedRetries): void {
    const maxRetries = this.connectionPool.maxRetries;
    if (maxRetries !== undefined && maxRetries < retries.attempts) {
      throw new BlueprintError(
        `'connectionPool.maxRetries' (${maxRetries}) must be >= 'retries.attempts' (${retries.attempts}): the circuit breaker would cap the retries of a single request`,
      );
    }
    if (!this.timeout || !retries.perTryTimeout || retries.attempts === 0) return;
    const perTry = millis('retries.perTryTimeout', retries.perTryTimeout);
    const timeout = millis('timeout', this.timeout);
    const total = (1 + retries.attempts) * perTry;
    if (total > timeout) {
      throw new BlueprintError(
        `(1 try + 'retries.attempts' (${retries.attempts})) × 'retries.perTryTimeout' (${protoDuration(perTry)}) = ${protoDuration(total)} ` +
          `must be <= 'timeout' (${protoDuration(timeout)}): the last retry would be cut off`,
      );
    }
  }
}
