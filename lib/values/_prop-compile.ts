/** Compiles a spec of the generated props table into the checks `_prop-check.ts` runs (once per spec, lazily). */
import type { ClassFactoryTable, PropsDesc, SpecTable, TypeDesc } from './_prop-types';
import { CLASS_FACTORIES, PROP_SPECS } from './_prop-specs.generated';
import { show } from './_errors';
import { article, or } from './_prop-text';

// ---- compiled specs ------------------------------------------------------------------------------------------------

export interface Field {
  readonly key: string;
  readonly optional: boolean;
  readonly check: Check;
}

export interface Shape {
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

export type Check =
  | { readonly k: 'any' }
  | { readonly k: 'prim'; readonly type: string; readonly text: string }
  | { readonly k: 'object'; readonly text: string }
  | { readonly k: 'lit'; readonly values: readonly unknown[]; readonly text: string; readonly hints: ReadonlyArray<readonly [string, string]> }
  | { readonly k: 'instance'; readonly name: string; readonly text: string }
  | { readonly k: 'array'; readonly of: Check; readonly text: string }
  | { readonly k: 'record'; readonly of: Check; readonly text: string }
  | { readonly k: 'shape'; readonly name: string; readonly shape: () => Shape; readonly text: string }
  | UnionCheck;

export interface UnionCheck {
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
export interface ObjectUnion {
  readonly discriminant?: { readonly key: string; readonly check: Extract<Check, { k: 'lit' }>; readonly byValue: ReadonlyMap<unknown, Shape> };
  readonly merged: Shape;
  /** The required props of each member; one member's must all be set. */
  readonly alternatives: ReadonlyArray<readonly string[]>;
  readonly alternativesText: string;
}

const SPECS: SpecTable = PROP_SPECS;
const FACTORIES: ClassFactoryTable = CLASS_FACTORIES;
const SHAPES = new Map<string, Shape>();
export const ANY: Check = { k: 'any' };
export const hasOwn = Object.prototype.hasOwnProperty;

export function shapeOf(spec: string): Shape {
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

export function compileObjectUnion(shapes: readonly Shape[]): ObjectUnion {
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

/** How a check names what it accepts, in messages. */
export function textOf(c: Check): string {
  return c.k === 'any' ? 'anything' : c.text;
}
