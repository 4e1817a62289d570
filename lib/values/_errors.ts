import * as path from 'path';

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
  /** True when the mistake is also recorded on its construct (so a report does not show it twice). */
  public recorded = false;
}

/** Renders a value the way error messages echo it: strings quoted, everything else as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
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

/** A line of the user's code: where a construct was made or a method was called. */
export interface CallSite {
  /** Absolute path of the file. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The library's own folder (this file is in lib/values/): stack frames inside it are not the user's. */
const LIB_DIR = path.resolve(__dirname, '..');

/**
 * A stack deep enough to reach the user's frame below the library's own. (Error.captureStackTrace, which could leave
 * out the library's frames, is no faster, as V8 walks them still, and it turns its Error into a dictionary of
 * properties: 300 bytes more per construct tracked.)
 */
export function captureStack(): Error {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 80;
  const e = new Error('recorded here');
  Error.stackTraceLimit = limit;
  return e;
}

/**
 * The first frame of `stack` in the user's own code: not in this library, not in node_modules, not in Node itself.
 * Works with compiled JavaScript and with source-mapped TypeScript (tsx, ts-node, jest).
 */
export function userCallSite(stack: Error | string | undefined): CallSite | undefined {
  const text = typeof stack === 'string' ? stack : stack?.stack ?? '';
  for (const line of text.split('\n')) {
    const m = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('file://')) {
      try {
        file = decodeURIComponent(new URL(file).pathname);
      } catch {
        continue;
      }
    }
    if (!path.isAbsolute(file) || file.startsWith('node:')) continue;
    const resolved = path.resolve(file);
    if (resolved.startsWith(LIB_DIR + path.sep) || resolved.split(path.sep).includes('node_modules')) continue;
    return { file: resolved, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}
