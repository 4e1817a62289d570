import { IConstruct } from 'constructs';
import { BlueprintError, CallSite, captureStack, userCallSite } from '../values/_errors';

// ---------------------------------------------------------------------------------------------------------------
// Recorded errors: a construct does not throw at the first invalid prop; it records the mistake and goes on, so
// synthesis reports every mistake of an app in one run (with the gate's findings).

/** A mistake recorded on a construct. */
export interface RecordedError {
  /** Construct path, e.g. 'shop-production/web'. */
  readonly path: string;
  /** The construct's kind, e.g. 'WebService'. */
  readonly kind: string;
  /** What is wrong, without the `<Kind> '<path>': ` prefix. */
  readonly message: string;
  /** The whole message: `<Kind> '<path>': <message>`. */
  readonly text: string;
  /** 'props' for unknown or mistyped props, 'construct' for every other rule a construct checks. */
  readonly rule: string;
  /** The stack when the mistake was recorded (resolved to a CallSite only when a report needs it). */
  readonly stack: Error;
  /**
   * For a 'props' mistake: the top-level prop left out because of it.
   * @default - none
   */
  readonly prop?: string;
}

/** Process-wide (a registered symbol), so a CLI and an app file that load different copies of the library agree. */
function shared<T extends object>(name: string, make: () => T): T {
  const key = Symbol.for(`cdk8s-blueprints.${name}`);
  const g = globalThis as Record<symbol, T | undefined>;
  return (g[key] ??= make());
}

const RECORDS = shared('recorded-errors', () => new WeakMap<IConstruct, RecordedError[]>());
const LISTENERS = new Set<(e: RecordedError) => void>();

/** Every mistake recorded in the tree of `root` (an app), in the order they were made. */
export function recordedErrors(root: IConstruct): readonly RecordedError[] {
  return RECORDS.get(root.node.root) ?? [];
}

/** Calls `listener` for every mistake recorded while `fn` runs (for tests); returns what `fn` returned. */
export function withRecordedErrors<T>(listener: (e: RecordedError) => void, fn: () => T): T {
  LISTENERS.add(listener);
  try {
    return fn();
  } finally {
    LISTENERS.delete(listener);
  }
}

/**
 * Records a mistake of the construct at `constructPath` under the tree of `scope` (the construct itself, or its
 * scope when it does not exist yet).
 */
export function recordError(scope: IConstruct, constructPath: string, kind: string, message: string, rule = 'construct', prop?: string): RecordedError {
  const prefix = `${kind} '${constructPath}': `;
  const bare = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  const record: RecordedError = { path: constructPath, kind, message: bare, text: `${prefix}${bare}`, rule, stack: captureStack(), ...(prop ? { prop } : {}) };
  const root = scope.node.root;
  const list = RECORDS.get(root);
  // One mistake is reported once: a later check of the same prop and value (`'port' (0) …`) of the construct
  // only follows from it.
  const subject = /^'[^']+' \([^)]*\)/.exec(bare)?.[0];
  const repeat = subject && list?.find((r) => r.path === constructPath && r.message.startsWith(subject));
  if (repeat) return repeat;
  // A prop left out for its mistake is then missing: what the construct says about it follows from the mistake.
  const leftOut = rule !== 'props' && list?.find((r) => r.path === constructPath && r.prop !== undefined && bare.includes(`'${r.prop}'`));
  if (leftOut) return leftOut;
  if (list) list.push(record); else RECORDS.set(root, [record]);
  for (const l of LISTENERS) l(record);
  return record;
}

/** Records a mistake of construct `c` (a message, or a BlueprintError built with `propError`). */
export function report(c: IConstruct, kind: string, mistake: BlueprintError | string): void {
  recordError(c, c.node.path, kind, typeof mistake === 'string' ? mistake : mistake.message);
}

/** The path a construct with id `id` will have under `scope`. */
export function childPath(scope: IConstruct, id: string): string {
  return scope.node.path ? `${scope.node.path}/${id}` : id;
}

/**
 * Runs a check of construct `c`: a BlueprintError it throws is recorded (not thrown) and `fallback` is returned.
 * Any other error propagates (a bug, not a user mistake). Use one call per independent check, so that one
 * mistake does not hide the next.
 */
export function recorded<T>(c: IConstruct, kind: string, fn: () => T, fallback: T): T;
export function recorded(c: IConstruct, kind: string, fn: () => void): void;
export function recorded<T>(c: IConstruct, kind: string, fn: () => T, fallback?: T): T | undefined {
  return recordedAt(c, c.node.path, kind, fn, fallback as T);
}

/** `recorded` for a construct that does not exist yet (checks before `super()`): `scope` and the future path. */
export function recordedAt<T>(scope: IConstruct, constructPath: string, kind: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof BlueprintError)) throw e;
    recordError(scope, constructPath, kind, e.message);
    return fallback;
  }
}

const CREATED = shared('created-at', () => new WeakMap<IConstruct, Error>());

/** Remembers where the user's code created `c`, so findings about its objects can name that line. */
export function trackCreation(c: IConstruct): void {
  CREATED.set(c, captureStack());
}

/** The nearest construct from `c` up that the user's code created (a tracked one), with the line that did it. */
export function creationOf(c: IConstruct): { readonly construct: IConstruct; readonly site?: CallSite } | undefined {
  for (let s: IConstruct | undefined = c; s; s = s.node.scope) {
    const stack = CREATED.get(s);
    if (stack) return { construct: s, site: userCallSite(stack) };
  }
  return undefined;
}
