/**
 * Run-time checks of option objects against the props interfaces, for JavaScript users and `tsx` (which never
 * type-check): unknown keys, with a "did you mean" suggestion, and values of the wrong type.
 *
 * The interfaces are read at build time by `npm run gen:props` (scripts/gen-prop-specs.ts) into
 * `_prop-specs.generated.ts`; nothing here lists props by hand. A spec is compiled the first time it is checked;
 * a check allocates nothing but the problems it finds.
 */
import { distance } from 'fastest-levenshtein';
import { BlueprintError, show } from './_errors';
import { CLASS_FACTORIES, PROP_SPECS } from './_prop-specs.generated';

// ---- the generated table's format ----------------------------------------------------------------------------------

/**
 * What a prop may hold:
 * - `'string'`, `'number'`, `'boolean'`, `'bigint'`, `'symbol'`, `'function'`; `'object'` (any object);
 *   `'unknown'` (anything: `any`, `unknown`, type parameters)
 * - `{ lit: [...] }`: one of these literals (`'ClusterIP' | 'NodePort'`, `false`, `null`)
 * - `{ enum, members }`: a member of a TypeScript enum (`ImagePolicy.ANY`…)
 * - `{ array: T }`: an array of T; `{ record: T }`: an object whose every value is a T (`Record<string, T>`)
 * - `{ ref: 'Name' }`: an object matching the spec `Name`; `{ obj, name, index? }`: an inline object type
 * - `{ union: [...], name? }`: any one of the members (`name`: the type alias the union came from)
 * - `{ instance: 'Class' }`: an instance of a class (its prototype chain has a constructor of that name); values
 *   of this kind are never looked into
 * - `{ object: 'IName' }`: an object implementing a behavioural interface (one with methods, or named `I…`)
 */
export type TypeDesc =
  | 'string' | 'number' | 'boolean' | 'bigint' | 'symbol' | 'function' | 'object' | 'unknown'
  | { readonly lit: readonly (string | number | boolean | null)[] }
  | { readonly enum: string; readonly members: { readonly [member: string]: string | number } }
  | { readonly array: TypeDesc }
  | { readonly record: TypeDesc }
  | { readonly ref: string }
  | { readonly obj: PropsDesc; readonly name: string; readonly index?: TypeDesc }
  | { readonly union: readonly TypeDesc[]; readonly name?: string }
  | { readonly instance: string }
  | { readonly object: string };

/** One prop of a spec. */
export interface PropEntry {
  readonly optional: boolean;
  readonly type: TypeDesc;
  /** Other names users may try for this prop (the `@alias` JSDoc tag): an unknown key close to one suggests this prop. */
  readonly aliases?: readonly string[];
}

/** Props by name. */
export interface PropsDesc { readonly [prop: string]: PropEntry }

/** One props or options interface. */
export interface SpecEntry {
  readonly props: PropsDesc;
  /** The type of any other key, for interfaces with an index signature. */
  readonly index?: TypeDesc;
}

export interface SpecTable { readonly [spec: string]: SpecEntry }
export interface ConstructorTable { readonly [className: string]: string }
/** An options parameter of a method: its position, its name, its spec; `array` for an array of such objects. */
export interface MethodParam { readonly index: number; readonly name: string; readonly spec: string; readonly array?: true }
export interface MethodTable { readonly [method: string]: { readonly file: string; readonly params: readonly MethodParam[] } }
export interface ClassFactoryTable { readonly [className: string]: readonly string[] }

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

// ---- compiled specs ------------------------------------------------------------------------------------------------

interface Field {
  readonly key: string;
  readonly optional: boolean;
  readonly check: Check;
}

interface Shape {
  /** For messages: the spec name, or where an inline object type is declared. */
  readonly name: string;
  readonly fields: ReadonlyMap<string, Field>;
  readonly required: readonly Field[];
  readonly index: Check | undefined;
  /** Sorted prop names, for messages. */
  readonly names: readonly string[];
  /** What an unknown key is compared with: [lowercase name or alias, the prop it stands for]. */
  readonly candidates: ReadonlyArray<readonly [string, string]>;
}

type Check =
  | { readonly k: 'any' }
  | { readonly k: 'prim'; readonly type: string; readonly text: string }
  | { readonly k: 'object'; readonly text: string }
  | { readonly k: 'lit'; readonly values: readonly unknown[]; readonly text: string; readonly hints: ReadonlyArray<readonly [string, string]> }
  | { readonly k: 'instance'; readonly name: string; readonly text: string }
  | { readonly k: 'array'; readonly of: Check; readonly text: string }
  | { readonly k: 'record'; readonly of: Check; readonly text: string }
  | { readonly k: 'shape'; readonly name: string; readonly shape: () => Shape; readonly text: string }
  | UnionCheck;

interface UnionCheck {
  readonly k: 'union';
  readonly text: string;
  /** Members checked without looking inside the value. */
  readonly flat: readonly Check[];
  readonly array: Check | undefined;
  readonly record: Check | undefined;
  readonly shapes: ReadonlyArray<Extract<Check, { k: 'shape' }>>;
  /** Compiled on first use when there are two or more object members. */
  objects?: ObjectUnion;
  /** Literal members' suggestions. */
  readonly hints: ReadonlyArray<readonly [string, string]>;
}

/** Two or more object types: told apart by a literal `kind`-like prop, or else merged. */
interface ObjectUnion {
  readonly discriminant?: { readonly key: string; readonly check: Extract<Check, { k: 'lit' }>; readonly byValue: ReadonlyMap<unknown, Shape> };
  readonly merged: Shape;
  /** The required props of each member; one member's must all be set. */
  readonly alternatives: ReadonlyArray<readonly string[]>;
  readonly alternativesText: string;
}

const SPECS: SpecTable = PROP_SPECS;
const FACTORIES: ClassFactoryTable = CLASS_FACTORIES;
const SHAPES = new Map<string, Shape>();
const NO_PROBLEMS: PropProblem[] = Object.freeze([]) as unknown as PropProblem[];
const ANY: Check = { k: 'any' };
const hasOwn = Object.prototype.hasOwnProperty;

function shapeOf(spec: string): Shape {
  let shape = SHAPES.get(spec);
  if (shape === undefined) {
    const entry = SPECS[spec];
    if (entry === undefined) throw new Error(`no props spec named '${spec}': run npm run gen:props`);
    shape = compileShape(spec, entry.props, entry.index);
    SHAPES.set(spec, shape);
  }
  return shape;
}

function compileShape(name: string, props: PropsDesc, index: TypeDesc | undefined): Shape {
  const fields = new Map<string, Field>();
  const candidates: Array<readonly [string, string]> = [];
  const names = Object.keys(props).sort();
  for (const key of names) {
    const p = props[key];
    fields.set(key, { key, optional: p.optional, check: compile(p.type) });
    candidates.push([key.toLowerCase(), key]);
    for (const alias of p.aliases ?? []) candidates.push([alias.toLowerCase(), key]);
  }
  return {
    name,
    fields,
    required: [...fields.values()].filter((f) => !f.optional),
    index: index === undefined ? undefined : compile(index),
    names,
    candidates,
  };
}

function compile(d: TypeDesc): Check {
  if (typeof d === 'string') {
    switch (d) {
      case 'unknown': return ANY;
      case 'object': return { k: 'object', text: 'an object' };
      default: return { k: 'prim', type: d, text: `${article(d)} ${d}` };
    }
  }
  if ('lit' in d) {
    const text = d.lit.length <= 2 ? d.lit.map(show).join(' or ') : `one of ${d.lit.map(show).join(', ')}`;
    return { k: 'lit', values: d.lit, text, hints: d.lit.filter((v): v is string => typeof v === 'string').map((v) => [v.toLowerCase(), show(v)] as const) };
  }
  if ('enum' in d) {
    const members = Object.entries(d.members);
    const names = members.map(([m]) => `${d.enum}.${m}`);
    return {
      k: 'lit',
      values: members.map(([, v]) => v),
      text: `${article(d.enum)} ${d.enum} (${or(names)})`,
      hints: members.flatMap(([m, v]) => [[m.toLowerCase(), `${d.enum}.${m}`], ...(typeof v === 'string' ? [[v.toLowerCase(), `${d.enum}.${m}`] as const] : [])] as const),
    };
  }
  if ('array' in d) return { k: 'array', of: compile(d.array), text: 'an array' };
  if ('record' in d) return { k: 'record', of: compile(d.record), text: 'an object' };
  if ('ref' in d) {
    const ref = d.ref;
    let shape: Shape | undefined;
    return { k: 'shape', name: ref, shape: () => (shape ??= shapeOf(ref)), text: `an object (${ref})` };
  }
  if ('obj' in d) {
    let shape: Shape | undefined;
    return { k: 'shape', name: d.name, shape: () => (shape ??= compileShape(d.name, d.obj, d.index)), text: `an object (${d.name})` };
  }
  if ('instance' in d) {
    const factories = FACTORIES[d.instance];
    const how = factories ? ` (${or(factories.map((f) => `${d.instance}.${f}`))})` : '';
    return { k: 'instance', name: d.instance, text: `${article(d.instance)} ${d.instance}${how}` };
  }
  if ('object' in d) return { k: 'object', text: `${article(d.object)} ${d.object}` };
  return unionOf(d.union.map(compile), d.name);
}

function compileObjectUnion(shapes: readonly Shape[]): ObjectUnion {
  // A discriminant: a required literal prop of every member, with different values.
  let discriminant: ObjectUnion['discriminant'];
  for (const key of shapes[0].names) {
    const byValue = new Map<unknown, Shape>();
    const values: unknown[] = [];
    const ok = shapes.every((s) => {
      const f = s.fields.get(key);
      if (!f || f.optional || f.check.k !== 'lit') return false;
      for (const v of f.check.values) {
        if (byValue.has(v)) return false;
        byValue.set(v, s);
        values.push(v);
      }
      return true;
    });
    if (ok) {
      discriminant = { key, byValue, check: compile({ lit: values as Array<string | number | boolean | null> }) as Extract<Check, { k: 'lit' }> };
      break;
    }
  }
  const byKey = new Map<string, Check[]>();
  for (const s of shapes) {
    for (const f of s.fields.values()) {
      const list = byKey.get(f.key) ?? [];
      if (!list.includes(f.check)) list.push(f.check);
      byKey.set(f.key, list);
    }
  }
  const names = [...byKey.keys()].sort();
  const fields = new Map<string, Field>(names.map((key) => {
    const checks = byKey.get(key)!;
    const check = checks.length === 1 ? checks[0] : unionOf(checks);
    return [key, { key, optional: true, check }];
  }));
  const alternatives = shapes.map((s) => s.required.map((f) => f.key));
  const name = [...new Set(shapes.map((s) => s.name))].join(' or ');
  return {
    discriminant,
    merged: { name, fields, required: [], index: undefined, names, candidates: names.map((n) => [n.toLowerCase(), n] as const) },
    alternatives,
    alternativesText: or(alternatives.map((req) => req.map((k) => `'${k}'`).join(' and '))),
  };
}

/** A union of checks; two or more object types are named together: 'an object (DisruptionBudget)'. */
function unionOf(members: readonly Check[], name?: string): Check {
  if (members.some((m) => m.k === 'any')) return ANY;
  const shapes = members.filter((m): m is Extract<Check, { k: 'shape' }> => m.k === 'shape');
  const texts: string[] = [];
  for (const m of members) {
    const text = m.k === 'shape' && shapes.length > 1 ? `an object (${name ?? [...new Set(shapes.map((s) => s.name))].join(' or ')})` : textOf(m);
    if (!texts.includes(text)) texts.push(text);
  }
  return {
    k: 'union',
    text: or(texts),
    flat: members.filter((m) => m.k !== 'shape' && m.k !== 'array' && m.k !== 'record' && m.k !== 'union'),
    array: members.find((m) => m.k === 'array'),
    record: members.find((m) => m.k === 'record'),
    shapes,
    hints: members.flatMap((m) => (m.k === 'lit' ? m.hints : [])),
  };
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
function closest(word: string, candidates: ReadonlyArray<readonly [string, string]>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [candidate, target] of candidates) {
    const d = candidate === w ? 0 : distance(w, candidate);
    const longest = Math.max(w.length, candidate.length);
    const limit = longest <= 3 ? 1 : longest <= 8 ? 2 : 3;
    if (d <= limit && d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  let stem = 3;
  for (const [candidate, target] of candidates) {
    let common = 0;
    while (common < w.length && common < candidate.length && w[common] === candidate[common]) common++;
    // One must start the other, or both share most of the shorter one ('waitforreadiness' / 'waitforready').
    const shorter = Math.min(w.length, candidate.length);
    if (common > stem && (common === shorter || common >= shorter - 2)) {
      best = target;
      stem = common;
    }
  }
  return best;
}

/**
 * The value as messages echo it: show() for primitives; JSON for plain data, with `<Class>` for the class
 * instances and functions inside it, cut after 80 characters; 'a Class' for an instance.
 */
function echo(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return String(v);
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return show(v);
  if (!isPlain(v)) {
    const name = classOf(v);
    return name === undefined ? show(v) : `${article(name)} ${name}`;
  }
  let text: string;
  try {
    text = JSON.stringify(v, (_key, x: unknown) => (x !== null && typeof x === 'object' || typeof x === 'function') && !isPlain(x) ? `${MARK}${classOf(x) ?? 'object'}${MARK}` : x)
      .replace(MARKED, '<$1>');
  } catch {
    text = show(v);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const MARK = '\u0001';
const MARKED = /"\\u0001([^"\\]*)\\u0001"/g;

function isPlain(v: object): boolean {
  if (Array.isArray(v)) return true;
  if (typeof v === 'function') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function classOf(v: object): string | undefined {
  if (typeof v === 'function') return 'function';
  const name: unknown = Object.getPrototypeOf(v)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

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

function textOf(c: Check): string {
  return c.k === 'any' ? 'anything' : c.text;
}

function article(word: string): string {
  return /^[AEIOUaeiou]/.test(word) ? 'an' : 'a';
}

function or(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function and(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
