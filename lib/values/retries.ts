import { Duration } from 'cdk8s';
import { checkInteger, propError } from './_errors';
import { millis, protoDuration } from './_mesh-durations';

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

/** Retries with every default applied. */
export interface ResolvedRetries {
  readonly attempts: number;
  readonly perTryTimeout?: Duration;
  readonly retryOn: readonly RetryOn[];
  readonly statusCodes: readonly number[];
}

/** The retries with their defaults applied; throws for a setting Istio would reject or that cannot work. */
export function resolveRetries(r: RetryOptions): ResolvedRetries {
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

/** The VirtualService route's `retries` block of resolved retries: the status codes join the conditions. */
export function retrySettings(r: ResolvedRetries): Record<string, unknown> {
  if (r.attempts === 0) return { attempts: 0 };
  return {
    attempts: r.attempts,
    ...(r.perTryTimeout ? { perTryTimeout: protoDuration(millis('retries.perTryTimeout', r.perTryTimeout)) } : {}),
    retryOn: [...r.retryOn, ...r.statusCodes.map(String)].join(','),
  };
}
