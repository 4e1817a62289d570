/**
 * Run-time checks of option objects against the props interfaces, for JavaScript users and `tsx` (which never
 * type-check): unknown keys, with a "did you mean" suggestion, and values of the wrong type.
 *
 * The interfaces are read at build time by `npm run gen:props` (scripts/gen-prop-specs.ts) into
 * `_prop-specs.generated.ts`; nothing here lists props by hand. A spec is compiled the first time it is checked;
 * a check allocates nothing but the problems it finds.
 */
import { BlueprintError } from './_errors';
import { PROP_SPECS } from './_prop-specs.generated';
import { Check, compileObjectUnion, hasOwn, ObjectUnion, Shape, shapeOf, UnionCheck } from './_prop-compile';
import { and, closest, echo } from './_prop-text';
export type { TypeDesc, PropEntry, PropsDesc, SpecEntry, SpecTable, ConstructorTable, MethodParam, MethodTable, ClassFactoryTable } from './_prop-types';

const NO_PROBLEMS: PropProblem[] = Object.freeze([]) as unknown as PropProblem[];

// ---- the API -------------------------------------------------------------------------------------------------------

/** The name of a props or options interface in the generated table. */
export type SpecName = keyof typeof PROP_SPECS;

/** One thing wrong with an options object. */
export interface PropProblem {
  /** Dotted path from the options object, with the prefix: 'ingress.hots', 'extraPorts[1].port'. */
  readonly prop: string;
  /** The full text: `'<prop>' (<value>) <rule>`. */
  readonly message: string;
  /**
   * True when a REQUIRED prop is missing or of the wrong type (at any depth under a required top-level prop): the
   * object cannot be used, even with the problem props left out. Unknown props are never fatal.
   */
  readonly fatal: boolean;
  /** 'unknown': not a prop; 'type': a value of the wrong type; 'missing': a required prop without a value. */
  readonly kind: 'unknown' | 'type' | 'missing';
}

/**
 * Every problem of `value` as a `spec` object: unknown keys, values of the wrong type, required props without a
 * value. `undefined` is fine for optional props (it means "the default"). Nested option objects and arrays are
 * checked too; class instances are not looked into. Returns a shared, frozen empty array when there is none.
 * @param prefix the path of `value` in the error messages, e.g. 'scaling' gives 'scaling.minReplicas'
 */
export function checkProps(spec: SpecName, value: unknown, prefix = ''): PropProblem[] {
  const shape = shapeOf(spec);
  PREFIX = prefix;
  PATH.length = 0;
  let out: PropProblem[] | undefined;
  if (isObject(value)) {
    out = checkShape(shape, value, true, false, undefined);
  } else {
    const message = prefix === '' ? `${spec} (${echo(value)}) must be an object` : `'${prefix}' (${echo(value)}) must be an object (${spec})`;
    out = add(undefined, 'type', message, true);
  }
  return out ?? NO_PROBLEMS;
}

/** For value-object factories, which may throw: one BlueprintError listing every problem (joined '; '). */
export function assertProps(spec: SpecName, value: unknown, prefix?: string): void {
  const problems = checkProps(spec, value, prefix);
  if (problems.length > 0) throw new BlueprintError(problems.map((p) => p.message).join('; '));
}

/**
 * A shallow copy of `value` without the top-level keys that have problems, so defaults apply to them: unknown
 * top-level keys, and keys whose value (or something in it) has the wrong type or lacks a required prop. A key is
 * kept when its only problems are unknown keys inside it (they are ignored anyway). Returns `value` itself when
 * nothing is left out.
 * @param prefix the prefix the problems were found with
 */
export function withoutProblems<T extends object>(value: T, problems: readonly PropProblem[], prefix = ''): T {
  let drop: Set<string> | undefined;
  for (const p of problems) {
    const where = TOP_KEY.get(p) ?? parseTopKey(p, prefix);
    if (where === undefined || (p.kind === 'unknown' && where.nested)) continue;
    (drop ??= new Set()).add(where.key);
  }
  if (drop === undefined || !isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!drop.has(key)) copy[key] = (value as Record<string, unknown>)[key];
  return copy as T;
}

// ---- checking ------------------------------------------------------------------------------------------------------

/** The path of the value being checked: the prefix, then keys and indexes (a stack: no allocation per level). */
let PREFIX = '';
const PATH: Array<string | number> = [];
/** Where each problem sits: its top-level key, and whether it is inside that key's value. */
const TOP_KEY = new WeakMap<PropProblem, { readonly key: string; readonly nested: boolean }>();

function here(last?: string): string {
  let s = PREFIX;
  const n = last === undefined ? PATH.length : PATH.length - 1;
  for (let i = 0; i < n; i++) s = segment(s, PATH[i]);
  return last === undefined ? s : segment(s, last);
}

function segment(s: string, seg: string | number): string {
  return typeof seg === 'number' ? `${s}[${seg}]` : s === '' ? seg : `${s}.${seg}`;
}

function add(out: PropProblem[] | undefined, kind: PropProblem['kind'], message: string, fatal: boolean): PropProblem[] {
  const problem: PropProblem = { prop: here(), message, fatal: fatal && kind !== 'unknown', kind };
  if (PATH.length > 0 && typeof PATH[0] === 'string') TOP_KEY.set(problem, { key: PATH[0], nested: PATH.length > 1 });
  (out ??= []).push(problem);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkShape(shape: Shape, obj: Record<string, unknown>, top: boolean, fatal: boolean, out: PropProblem[] | undefined): PropProblem[] | undefined {
  for (const key in obj) {
    if (!hasOwn.call(obj, key)) continue;
    const value = obj[key];
    const field = shape.fields.get(key);
    PATH.push(key);
    if (field !== undefined) {
      if (value !== undefined) out = check(field.check, value, top ? !field.optional : fatal, out);
    } else if (shape.index !== undefined) {
      out = check(shape.index, value, fatal, out);
    } else {
      out = unknown(shape, key, value, out);
    }
    PATH.pop();
  }
  for (const field of shape.required) {
    if (obj[field.key] === undefined) {
      PATH.push(field.key);
      out = add(out, 'missing', `'${here()}' is required`, top || fatal);
      PATH.pop();
    }
  }
  return out;
}

function check(c: Check, v: unknown, fatal: boolean, out: PropProblem[] | undefined): PropProblem[] | undefined {
  switch (c.k) {
    case 'any':
      return out;
    case 'prim':
      return typeof v === c.type ? out : wrong(c.text, v, fatal, out);
    case 'object':
      return v !== null && (typeof v === 'object' || typeof v === 'function') ? out : wrong(c.text, v, fatal, out);
    case 'lit':
      return c.values.includes(v) ? out : wrong(c.text, v, fatal, out, c.hints);
    case 'instance':
      return isInstance(v, c.name) ? out : wrong(c.text, v, fatal, out);
    case 'array':
      if (!Array.isArray(v)) return wrong(c.text, v, fatal, out);
      for (let i = 0; i < v.length; i++) {
        PATH.push(i);
        out = check(c.of, v[i], fatal, out);
        PATH.pop();
      }
      return out;
    case 'record':
      if (!isObject(v)) return wrong(c.text, v, fatal, out);
      for (const key in v) {
        if (!hasOwn.call(v, key)) continue;
        PATH.push(key);
        out = check(c.of, v[key], fatal, out);
        PATH.pop();
      }
      return out;
    case 'shape':
      return isObject(v) ? checkShape(c.shape(), v, false, fatal, out) : wrong(c.text, v, fatal, out);
    case 'union':
      return checkUnion(c, v, fatal, out);
  }
}

function checkUnion(c: UnionCheck, v: unknown, fatal: boolean, out: PropProblem[] | undefined): PropProblem[] | undefined {
  for (const m of c.flat) if (accepts(m, v)) return out;
  if (Array.isArray(v)) {
    if (c.array) return check(c.array, v, fatal, out);
  } else if (isObject(v)) {
    if (c.shapes.length === 1) return check(c.shapes[0], v, fatal, out);
    if (c.shapes.length > 1) return checkObjectUnion(c.objects ??= compileObjectUnion(c.shapes.map((s) => s.shape())), v, fatal, out);
    if (c.record) return check(c.record, v, fatal, out);
  }
  return wrong(c.text, v, fatal, out, c.hints);
}

function checkObjectUnion(u: ObjectUnion, v: Record<string, unknown>, fatal: boolean, out: PropProblem[] | undefined): PropProblem[] | undefined {
  if (u.discriminant) {
    const { key, byValue } = u.discriminant;
    const tag = v[key];
    const shape = byValue.get(tag);
    if (shape) return checkShape(shape, v, false, fatal, out);
    PATH.push(key);
    out = tag === undefined ? add(out, 'missing', `'${here()}' is required`, fatal) : check(u.discriminant.check, tag, fatal, out);
    PATH.pop();
    return out;
  }
  out = checkShape(u.merged, v, false, fatal, out);
  if (!u.alternatives.some((req) => req.every((k) => v[k] !== undefined))) {
    out = add(out, 'type', `'${here()}' (${echo(v)}) must set ${u.alternativesText}`, fatal);
  }
  return out;
}

function accepts(c: Check, v: unknown): boolean {
  switch (c.k) {
    case 'any': return true;
    case 'prim': return typeof v === c.type;
    case 'object': return v !== null && (typeof v === 'object' || typeof v === 'function');
    case 'lit': return c.values.includes(v);
    case 'instance': return isInstance(v, c.name);
    default: return false;
  }
}

/** True when a constructor named `name` is on the prototype chain of `v` (not `instanceof`: two copies of a package still match). */
function isInstance(v: unknown, name: string): boolean {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  for (let p = Object.getPrototypeOf(v); p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (hasOwn.call(p, 'constructor') && typeof p.constructor === 'function' && p.constructor.name === name) return true;
  }
  return false;
}

function wrong(text: string, v: unknown, fatal: boolean, out: PropProblem[] | undefined, hints?: ReadonlyArray<readonly [string, string]>): PropProblem[] {
  const hint = typeof v === 'string' && hints && hints.length > 0 ? closest(v, hints) : undefined;
  return add(out, 'type', `'${here()}' (${echo(v)}) must be ${text}${hint === undefined ? '' : `: did you mean ${hint}?`}`, fatal);
}

function unknown(shape: Shape, key: string, v: unknown, out: PropProblem[] | undefined): PropProblem[] {
  const target = closest(key, shape.candidates);
  let hint: string;
  if (target !== undefined) hint = `did you mean '${here(target)}'?`;
  else if (shape.names.length === 0) hint = 'it has no props';
  else if (shape.names.length === 1) hint = `none is close; its only prop is '${shape.names[0]}'`;
  else if (shape.names.length <= 8) hint = `none is close; its props are ${and(shape.names.map((n) => `'${n}'`))}`;
  else hint = `none is close; see README.md for its ${shape.names.length} props`;
  return add(out, 'unknown', `'${here()}' (${echo(v)}) is not a prop of ${shape.name}: ${hint}`, false);
}

/**
 * The candidate closest to `word`, when close enough to be a slip: case-insensitive edit distance within a limit
 * that grows with the length; otherwise one that shares a stem of at least 4 letters with it as a prefix
 * ('refresh' → 'refreshInterval', 'healthCheck' → 'health', 'waitForReadiness' → 'waitForReady'), the longest stem winning.
 */

function parseTopKey(p: PropProblem, prefix: string): { key: string; nested: boolean } | undefined {
  let rest = p.prop;
  if (prefix !== '') {
    if (!rest.startsWith(prefix) || rest.length === prefix.length) return undefined;
    rest = rest.slice(prefix.length);
    if (rest[0] !== '.') return undefined;
    rest = rest.slice(1);
  }
  const m = /^[^.[]+/.exec(rest);
  return m ? { key: m[0], nested: m[0].length < rest.length } : undefined;
}
