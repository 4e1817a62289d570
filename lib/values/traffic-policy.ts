import { Duration } from 'cdk8s';
import { BlueprintError, checkInteger, propError } from './_errors';
import { assertProps, checkProps } from './_prop-check';
import { checkDnsLabel, checkDnsSubdomain, checkLabelKey, checkLabelValue } from './_names';
import { INT32_MAX, millis, protoDuration } from './_mesh-durations';
import { LoadBalancer } from './load-balancer';
import { TrafficSplit } from './traffic-split';

/**
 * Istio traffic policy for one service: load balancing, circuit breaking (outlier detection and connection-pool
 * limits), retries, a request timeout and mutual TLS, rendered into a `networking.istio.io/v1` DestinationRule and
 * VirtualService, plus weighted routing between versions (`TrafficSplit`).
 *
 * Durations are rendered the way protobuf's JSON mapping writes them: seconds with up to three decimals ('5s', '60s',
 * '1800s', '0.25s'). Every Istio parser (protojson, Go `time.ParseDuration`, the CRDs' CEL rules) accepts that form.
 */

/**
 * Outlier detection: replicas that keep failing are taken out of the load-balancing pool for a while
 * (seed 004's circuit breaker). The defaults are Istio's own, written out so the YAML shows what runs.
 */
export interface CircuitBreakerOptions {
  /**
   * Consecutive errors (5xx responses, connect failures and timeouts) after which a replica is ejected
   * (`outlierDetection.consecutive5xxErrors`; seed 004's `max_failures`).
   * @default 5
   */
  readonly consecutiveErrors?: number;
  /**
   * How often replicas are evaluated.
   * @default Duration.seconds(10)
   */
  readonly interval?: Duration;
  /**
   * How long an ejected replica stays out; it grows with each ejection of the same replica
   * (seed 004's `recovery_timeout`).
   * @default Duration.seconds(30)
   */
  readonly baseEjectionTime?: Duration;
  /**
   * Most replicas that may be ejected at once, in percent (1–100; seed 004's `failure_threshold` 0.5 is 50).
   * Envoy always allows one ejection, whatever the percentage: see `TrafficPolicy.checkBudget()`.
   * @default 10
   */
  readonly maxEjectionPercent?: number;
  /**
   * Below this percentage of healthy replicas, outlier detection is suspended and requests go to every replica,
   * ejected or not (0–100). Above 0 it is the floor that keeps traffic flowing when every replica would be ejected.
   * @default 0 — Istio's default: no floor
   */
  readonly minHealthPercent?: number;
}

/** Connection-pool limits (the other half of a circuit breaker): requests over a limit fail fast with a 503. */
export interface ConnectionPoolOptions {
  /**
   * Most TCP / HTTP/1.1 connections to the service (`tcp.maxConnections`).
   * @default - Istio's default: 2^32-1 (no limit)
   */
  readonly maxConnections?: number;
  /**
   * TCP connect timeout (`tcp.connectTimeout`).
   * @default - Istio's default: 10s
   */
  readonly connectTimeout?: Duration;
  /**
   * Most requests queued while waiting for a connection (`http.http1MaxPendingRequests`).
   * @default - Istio's default: 2^32-1 (no limit)
   */
  readonly http1MaxPendingRequests?: number;
  /**
   * Most active requests to the service, HTTP/1.1 and HTTP/2 alike (`http.http2MaxRequests`).
   * @default - Istio's default: 2^32-1 (no limit)
   */
  readonly http2MaxRequests?: number;
  /**
   * Most requests per connection before it is closed; 1 disables keep-alive (`http.maxRequestsPerConnection`).
   * @default - Istio's default: no limit
   */
  readonly maxRequestsPerConnection?: number;
  /**
   * Most retries outstanding to all replicas at once (`http.maxRetries`); must be >= `retries.attempts`.
   * @default - Istio's default: 2^32-1, so the circuit breaker never caps retries
   */
  readonly maxRetries?: number;
  /**
   * How long an upstream connection may stay idle, without active requests, before it is closed (`http.idleTimeout`;
   * seed 004's idle timeout).
   * @default - Istio's default: 1 hour
   */
  readonly idleTimeout?: Duration;
}

/** Conditions a request is retried on (Envoy `retry_on` values; the last four are gRPC status codes). */
export type RetryOn =
  | '5xx'
  | 'gateway-error'
  | 'reset'
  | 'connect-failure'
  | 'refused-stream'
  | 'retriable-4xx'
  | 'retriable-status-codes'
  | 'cancelled'
  | 'deadline-exceeded'
  | 'unavailable'
  | 'resource-exhausted';

const RETRY_ON: readonly RetryOn[] = [
  '5xx', 'gateway-error', 'reset', 'connect-failure', 'refused-stream', 'retriable-4xx', 'retriable-status-codes',
  'cancelled', 'deadline-exceeded', 'unavailable', 'resource-exhausted',
];

/** How failed requests are retried. */
export interface RetryOptions {
  /** Retries after the first try, 0–10 (seed 004: 3); 0 disables retries. */
  readonly attempts: number;
  /**
   * Timeout of each try, the first included (seed 004: 1s). With a `timeout`, `(1 + attempts) × perTryTimeout`
   * must fit in it.
   * @default - no per-try limit: each try may use what is left of `timeout`
   */
  readonly perTryTimeout?: Duration;
  /**
   * When to retry. Retrying on '5xx' assumes the service's handlers are idempotent.
   * @default ['5xx', 'connect-failure']
   */
  readonly retryOn?: readonly RetryOn[];
  /**
   * HTTP status codes to retry on as well (e.g. `[503, 429]`); required when `retryOn` names 'retriable-status-codes'.
   * @default - none
   */
  readonly statusCodes?: readonly number[];
}

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

/** Outlier detection with every default applied. */
export interface ResolvedCircuitBreaker {
  readonly consecutiveErrors: number;
  readonly interval: Duration;
  readonly baseEjectionTime: Duration;
  readonly maxEjectionPercent: number;
  readonly minHealthPercent: number;
}

/** Retries with every default applied. */
export interface ResolvedRetries {
  readonly attempts: number;
  readonly perTryTimeout?: Duration;
  readonly retryOn: readonly RetryOn[];
  readonly statusCodes: readonly number[];
}

/** Options of `TrafficPolicy.renderDestinationRule()`. */
export interface TrafficPolicyRenderDestinationRuleOptions {
  /** Object name. */
  readonly name: string;
  /** Namespace of the object. */
  readonly namespace: string;
  /** The service's host name, preferably its FQDN (e.g. 'user-service.shop.svc.cluster.local'). */
  readonly host: string;
  /**
   * Labels of the object.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Weighted routing between versions: one DestinationRule subset per version.
   * @default - no subsets: every replica serves every request
   */
  readonly split?: TrafficSplit;
}

/** Options of `TrafficPolicy.renderVirtualService()`; pass the same object to `renderDestinationRule()`. */
export interface TrafficPolicyRenderVirtualServiceOptions extends TrafficPolicyRenderDestinationRuleOptions {
  /** The Service port requests are routed to. */
  readonly port: number;
}

/** Options of `TrafficPolicy.checkBudget()`. */
export interface TrafficPolicyCheckBudgetOptions {
  /** The workload's replica range (equal for a fixed count). */
  readonly replicas: { readonly min: number; readonly max: number };
}

/**
 * The traffic policy of one service in an Istio mesh, rendered into a DestinationRule (load balancing, connection
 * pool, outlier detection, mTLS, version subsets) and a VirtualService (timeout, retries, weighted routes).
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

    if (props.circuitBreaker) {
      const cb = props.circuitBreaker;
      this.circuitBreaker = {
        consecutiveErrors: cb.consecutiveErrors ?? 5,
        interval: cb.interval ?? Duration.seconds(10),
        baseEjectionTime: cb.baseEjectionTime ?? Duration.seconds(30),
        maxEjectionPercent: cb.maxEjectionPercent ?? 10,
        minHealthPercent: cb.minHealthPercent ?? 0,
      };
      checkInteger('circuitBreaker.consecutiveErrors', this.circuitBreaker.consecutiveErrors, 1, INT32_MAX);
      millis('circuitBreaker.interval', this.circuitBreaker.interval);
      millis('circuitBreaker.baseEjectionTime', this.circuitBreaker.baseEjectionTime);
      checkInteger('circuitBreaker.maxEjectionPercent', this.circuitBreaker.maxEjectionPercent, 1, 100);
      checkInteger('circuitBreaker.minHealthPercent', this.circuitBreaker.minHealthPercent, 0, 100);
    }

    this.connectionPool = { ...props.connectionPool };
    for (const key of ['maxConnections', 'http1MaxPendingRequests', 'http2MaxRequests', 'maxRequestsPerConnection', 'maxRetries'] as const) {
      const value = this.connectionPool[key];
      if (value !== undefined) checkInteger(`connectionPool.${key}`, value, 1, INT32_MAX);
    }
    for (const key of ['connectTimeout', 'idleTimeout'] as const) {
      const value = this.connectionPool[key];
      if (value !== undefined) millis(`connectionPool.${key}`, value);
    }

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
    const cb = this.circuitBreaker;
    if (!cb || cb.minHealthPercent > 0) return;
    const replicas = Math.max(min, 1);
    const byPercent = Math.floor((replicas * cb.maxEjectionPercent) / 100);
    const ejectable = Math.max(1, byPercent);
    if (ejectable < replicas) return;
    const why = byPercent < ejectable ? ' (Envoy always allows one ejection)' : '';
    const fix = replicas === 1 ? 'run at least 2 replicas' : 'lower it below 100';
    throw new BlueprintError(
      `'circuitBreaker.maxEjectionPercent' (${cb.maxEjectionPercent}) with 'replicas.min' (${min}) lets outlier detection ` +
        `eject ${ejectable} of ${replicas} replica(s)${why}, leaving none to serve: ${fix} or set 'circuitBreaker.minHealthPercent' above 0`,
    );
  }

  /** The `networking.istio.io/v1` DestinationRule of the service. */
  public renderDestinationRule(options: TrafficPolicyRenderDestinationRuleOptions): any {
    // The same object as renderVirtualService()'s may be passed (as documented): its 'port' is no mistake here.
    const problems = checkProps('TrafficPolicyRenderVirtualServiceOptions', options).filter((p) => !(p.prop === 'port' && p.kind === 'missing'));
    if (problems.length > 0) throw new BlueprintError(problems.map((p) => p.message).join('; '));
    checkTarget(options);
    const trafficPolicy: Record<string, unknown> = { loadBalancer: this.loadBalancer.toIstio() };
    const pool = this.renderConnectionPool();
    if (pool) trafficPolicy.connectionPool = pool;
    const cb = this.circuitBreaker;
    if (cb) {
      trafficPolicy.outlierDetection = {
        consecutive5xxErrors: cb.consecutiveErrors,
        interval: protoDuration(millis('circuitBreaker.interval', cb.interval)),
        baseEjectionTime: protoDuration(millis('circuitBreaker.baseEjectionTime', cb.baseEjectionTime)),
        maxEjectionPercent: cb.maxEjectionPercent,
        minHealthPercent: cb.minHealthPercent,
      };
    }
    trafficPolicy.tls = { mode: this.tls };
    return {
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: metadata(options),
      spec: {
        host: options.host,
        trafficPolicy,
        ...(options.split ? { subsets: options.split.subsets.map((s) => ({ name: s.subset, labels: { ...s.labels } })) } : {}),
      },
    };
  }

  /** The `networking.istio.io/v1` VirtualService of the service: one HTTP route named 'default'. */
  public renderVirtualService(options: TrafficPolicyRenderVirtualServiceOptions): any {
    assertProps('TrafficPolicyRenderVirtualServiceOptions', options);
    checkTarget(options);
    checkInteger('port', options.port, 1, 65535);
    const destination = (subset?: string) => ({ host: options.host, ...(subset ? { subset } : {}), port: { number: options.port } });
    const route = options.split
      ? options.split.subsets.map((s) => ({ destination: destination(s.subset), weight: s.weight }))
      : [{ destination: destination() }];
    const http: Record<string, unknown> = { name: 'default', route };
    if (this.timeout) http.timeout = protoDuration(millis('timeout', this.timeout));
    if (this.retries) http.retries = renderRetries(this.retries);
    return {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: metadata(options),
      spec: { hosts: [options.host], http: [http] },
    };
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

  private renderConnectionPool(): Record<string, unknown> | undefined {
    const p = this.connectionPool;
    const tcp = compact({
      maxConnections: p.maxConnections,
      connectTimeout: p.connectTimeout && protoDuration(millis('connectionPool.connectTimeout', p.connectTimeout)),
    });
    const http = compact({
      http1MaxPendingRequests: p.http1MaxPendingRequests,
      http2MaxRequests: p.http2MaxRequests,
      maxRequestsPerConnection: p.maxRequestsPerConnection,
      maxRetries: p.maxRetries,
      idleTimeout: p.idleTimeout && protoDuration(millis('connectionPool.idleTimeout', p.idleTimeout)),
    });
    return compact({ tcp, http });
  }
}

function resolveRetries(r: RetryOptions): ResolvedRetries {
  checkInteger('retries.attempts', r.attempts, 0, 10);
  if (r.perTryTimeout) millis('retries.perTryTimeout', r.perTryTimeout);
  const retryOn = r.retryOn ?? ['5xx', 'connect-failure'];
  if (retryOn.length === 0) throw propError('retries.retryOn', [], 'must name at least one condition (set \'retries.attempts\' to 0 to disable retries)');
  retryOn.forEach((on, i) => {
    if (!RETRY_ON.includes(on)) throw propError(`retries.retryOn[${i}]`, on, `must be one of ${RETRY_ON.map((v) => `'${v}'`).join(', ')}`);
    const first = retryOn.indexOf(on);
    if (first !== i) throw propError(`retries.retryOn[${i}]`, on, `must be unique: 'retries.retryOn[${first}]' is the same`);
  });
  const statusCodes = r.statusCodes ?? [];
  statusCodes.forEach((code, i) => {
    checkInteger(`retries.statusCodes[${i}]`, code, 400, 599);
    const first = statusCodes.indexOf(code);
    if (first !== i) throw propError(`retries.statusCodes[${i}]`, code, `must be unique: 'retries.statusCodes[${first}]' is the same`);
  });
  const i = retryOn.indexOf('retriable-status-codes');
  if (i >= 0 && statusCodes.length === 0) {
    throw propError(`retries.retryOn[${i}]`, 'retriable-status-codes', "needs 'retries.statusCodes', the codes to retry on (e.g. [503])");
  }
  return { attempts: r.attempts, perTryTimeout: r.perTryTimeout, retryOn: [...retryOn], statusCodes: [...statusCodes] };
}

function renderRetries(r: ResolvedRetries): Record<string, unknown> {
  if (r.attempts === 0) return { attempts: 0 };
  return {
    attempts: r.attempts,
    ...(r.perTryTimeout ? { perTryTimeout: protoDuration(millis('retries.perTryTimeout', r.perTryTimeout)) } : {}),
    retryOn: [...r.retryOn, ...r.statusCodes.map(String)].join(','),
  };
}

function checkTarget(options: TrafficPolicyRenderDestinationRuleOptions): void {
  checkDnsSubdomain('name', options.name);
  checkDnsLabel('namespace', options.namespace);
  checkDnsSubdomain('host', options.host);
  for (const [key, value] of Object.entries(options.labels ?? {})) {
    checkLabelKey('labels', key);
    checkLabelValue(`labels.${key}`, value);
  }
}

function metadata(options: TrafficPolicyRenderDestinationRuleOptions): Record<string, unknown> {
  const labels = options.labels ?? {};
  return {
    name: options.name,
    namespace: options.namespace,
    ...(Object.keys(labels).length ? { labels: { ...labels } } : {}),
  };
}

/** The object without its undefined fields, or undefined when none is left. */
function compact(obj: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined) out[key] = value;
  return Object.keys(out).length ? out : undefined;
}
