import { Duration } from 'cdk8s';
import { BlueprintError, checkInteger } from './_errors';
import { INT32_MAX, millis, protoDuration } from './_mesh-durations';

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

/** Outlier detection with every default applied. */
export interface ResolvedCircuitBreaker {
  readonly consecutiveErrors: number;
  readonly interval: Duration;
  readonly baseEjectionTime: Duration;
  readonly maxEjectionPercent: number;
  readonly minHealthPercent: number;
}

/** Outlier detection with Istio's defaults written out; throws for a value Istio would reject. */
export function resolveCircuitBreaker(options: CircuitBreakerOptions): ResolvedCircuitBreaker {
  const cb: ResolvedCircuitBreaker = {
    consecutiveErrors: options.consecutiveErrors ?? 5,
    interval: options.interval ?? Duration.seconds(10),
    baseEjectionTime: options.baseEjectionTime ?? Duration.seconds(30),
    maxEjectionPercent: options.maxEjectionPercent ?? 10,
    minHealthPercent: options.minHealthPercent ?? 0,
  };
  checkInteger('circuitBreaker.consecutiveErrors', cb.consecutiveErrors, 1, INT32_MAX);
  millis('circuitBreaker.interval', cb.interval);
  millis('circuitBreaker.baseEjectionTime', cb.baseEjectionTime);
  checkInteger('circuitBreaker.maxEjectionPercent', cb.maxEjectionPercent, 1, 100);
  checkInteger('circuitBreaker.minHealthPercent', cb.minHealthPercent, 0, 100);
  return cb;
}

/** A copy of the connection-pool limits; throws for a limit Istio would reject. */
export function checkedConnectionPool(options: ConnectionPoolOptions): ConnectionPoolOptions {
  const pool = { ...options };
  for (const key of ['maxConnections', 'http1MaxPendingRequests', 'http2MaxRequests', 'maxRequestsPerConnection', 'maxRetries'] as const) {
    const value = pool[key];
    if (value !== undefined) checkInteger(`connectionPool.${key}`, value, 1, INT32_MAX);
  }
  for (const key of ['connectTimeout', 'idleTimeout'] as const) {
    const value = pool[key];
    if (value !== undefined) millis(`connectionPool.${key}`, value);
  }
  return pool;
}

/**
 * Throws when outlier detection could eject every replica at `minReplicas`, the fewest the workload runs, unless
 * `minHealthPercent` keeps traffic flowing. Envoy ejects up to `floor(replicas × maxEjectionPercent / 100)` replicas,
 * and always at least one. A minimum of 0 replicas is checked as 1, the fewest that serve.
 */
export function checkEjectionBudget(cb: ResolvedCircuitBreaker, minReplicas: number): void {
  if (cb.minHealthPercent > 0) return;
  const replicas = Math.max(minReplicas, 1);
  const byPercent = Math.floor((replicas * cb.maxEjectionPercent) / 100);
  const ejectable = Math.max(1, byPercent);
  if (ejectable < replicas) return;
  const why = byPercent < ejectable ? ' (Envoy always allows one ejection)' : '';
  const fix = replicas === 1 ? 'run at least 2 replicas' : 'lower it below 100';
  throw new BlueprintError(
    `'circuitBreaker.maxEjectionPercent' (${cb.maxEjectionPercent}) with 'replicas.min' (${minReplicas}) lets outlier detection ` +
      `eject ${ejectable} of ${replicas} replica(s)${why}, leaving none to serve: ${fix} or set 'circuitBreaker.minHealthPercent' above 0`,
  );
}

/** The DestinationRule `trafficPolicy.outlierDetection` block of resolved outlier detection. */
export function outlierDetection(cb: ResolvedCircuitBreaker): Record<string, unknown> {
  return {
    consecutive5xxErrors: cb.consecutiveErrors,
    interval: protoDuration(millis('circuitBreaker.interval', cb.interval)),
    baseEjectionTime: protoDuration(millis('circuitBreaker.baseEjectionTime', cb.baseEjectionTime)),
    maxEjectionPercent: cb.maxEjectionPercent,
    minHealthPercent: cb.minHealthPercent,
  };
}

/** The DestinationRule `trafficPolicy.connectionPool` block of checked limits, or undefined when none is set. */
export function connectionPoolSettings(p: ConnectionPoolOptions): Record<string, unknown> | undefined {
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

/** The object without its undefined fields, or undefined when none is left. */
function compact(obj: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined) out[key] = value;
  return Object.keys(out).length ? out : undefined;
}
