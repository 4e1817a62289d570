/** The format of the generated props table (`_prop-specs.generated.ts`), read by `_prop-check.ts`. */

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
