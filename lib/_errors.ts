/**
 * One convention for every error a user can cause:
 *
 *   <Kind> '<construct path>': '<prop>' (<value>) <rule>
 *
 * e.g. `WebService 'shop-production/user-service': 'scaling.minReplicas' (12) must be <= 'scaling.maxReplicas' (10)`.
 * Value objects that have no construct yet omit the prefix; the construct that receives them re-throws with it.
 */
export class BlueprintError extends Error {
  public override readonly name = 'BlueprintError';
}

/** Renders a value the way error messages echo it: strings quoted, everything else as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
}

/** Builds `'<prop>' (<value>) <rule>`. */
export function propError(prop: string, value: unknown, rule: string): BlueprintError {
  return new BlueprintError(`'${prop}' (${show(value)}) ${rule}`);
}

/** Prefixes an error with `<Kind> '<path>': `. */
export function withContext(kind: string, path: string, message: string): BlueprintError {
  return new BlueprintError(`${kind} '${path}': ${message}`);
}

/**
 * Runs `fn`; a BlueprintError it throws is re-thrown with the construct prefix so the message names the
 * construct path. Any other error propagates unchanged (it is a bug, not a user mistake).
 */
export function inContext<T>(kind: string, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BlueprintError && !e.message.startsWith(`${kind} '`)) {
      throw withContext(kind, path, e.message);
    }
    throw e;
  }
}

export function checkInteger(prop: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value)) throw propError(prop, value, 'must be a whole number');
  if (value < min) throw propError(prop, value, `must be >= ${min}`);
  if (value > max) throw propError(prop, value, `must be <= ${max}`);
}
