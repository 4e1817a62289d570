/**
 * The structural comparison `cdk8s-blueprints diff` makes: of two Kubernetes objects, field by field, as paths
 * with the value before and after; and the identity and order of objects.
 *
 * Hand-written rather than microdiff or jsondiffpatch: neither matches list items by their `name` (microdiff
 * compares arrays by index; jsondiffpatch's `objectHash` matches them but reports index-based deltas with moves,
 * which would need as much code again to turn into readable paths). The walk is small: objects key by key, lists
 * of named items (containers, env, ports, volumes) by name, other lists item by item, lists of scalars whole.
 */
import { structuredPatch } from 'diff';

/** One field that differs: its path (`spec.template.spec.containers[name=web].env[name=LOG_LEVEL].value`), before and after. */
export interface FieldChange {
  readonly path: string;
  /** 'added': only after; 'removed': only before; 'changed': both; 'reordered': a named list's order (`before`/`after` are the names). */
  readonly op: 'added' | 'removed' | 'changed' | 'reordered';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Which object: as `kubectl` names it. */
export interface ObjectId {
  readonly apiVersion: string;
  readonly kind: string;
  /** Empty for cluster-scoped objects. */
  readonly namespace: string;
  readonly name: string;
}

/** One object that was added, removed or changed. */
export interface ObjectChange {
  readonly id: ObjectId;
  readonly op: 'added' | 'removed' | 'changed';
  /** The fields that changed ('changed' only). */
  readonly fields: readonly FieldChange[];
  /** The object as it is after ('added') or was before ('removed'). */
  readonly object?: unknown;
}

/** Whether a parsed YAML document is a Kubernetes object: a mapping with apiVersion, kind and metadata.name. */
export function isKubernetesObject(doc: unknown): doc is { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } {
  const d = doc as any;
  return isPlainObject(d) && typeof d.apiVersion === 'string' && typeof d.kind === 'string'
    && isPlainObject(d.metadata) && typeof d.metadata.name === 'string';
}

export function objectId(obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): ObjectId {
  return { apiVersion: obj.apiVersion, kind: obj.kind, namespace: typeof obj.metadata.namespace === 'string' ? obj.metadata.namespace : '', name: obj.metadata.name };
}

/**
 * kubectl diff's name of an object, `<group>.<version>.<kind>.<namespace>.<name>` (`apps.v1.Deployment.shop.web`,
 * `v1.Namespace..shop`): the file it writes each object to, whose sorted order is the order of its output.
 */
export function kubectlName(id: ObjectId): string {
  const slash = id.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : `${id.apiVersion.slice(0, slash)}.`;
  const version = slash < 0 ? id.apiVersion : id.apiVersion.slice(slash + 1);
  return `${group}${version}.${id.kind}.${id.namespace}.${id.name}`;
}

/** How an object is shown: `apps/v1 Deployment shop/web`, `v1 Namespace shop`. */
export function showId(id: ObjectId, withNamespace = true): string {
  return `${id.apiVersion} ${id.kind} ${withNamespace && id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}

/** Byte order of kubectl's names: the order `kubectl diff` prints objects in. */
export function byKubectlName(a: ObjectChange, b: ObjectChange): number {
  return compare(kubectlName(a.id), kubectlName(b.id));
}

/** How `diffObjects` names and compares objects. */
export interface DiffObjectsOptions {
  /** The identity shown. @default - apiVersion, kind, metadata.namespace and metadata.name */
  readonly idOf?: (obj: any) => ObjectId;
  /** Field changes that are not to be shown (an object with no others is left out). @default - none */
  readonly ignore?: (change: FieldChange, before: any, after: any) => boolean;
}

/**
 * The objects of `before` and `after` (each keyed by a string identity), compared: added, removed, changed with
 * their fields; objects whose fields are all equal are left out. In kubectl diff's order.
 */
export function diffObjects(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>, options: DiffObjectsOptions = {}): ObjectChange[] {
  const idOf: (obj: any) => ObjectId = options.idOf ?? objectId;
  const ignore = options.ignore ?? (() => false);
  const out: ObjectChange[] = [];
  for (const [key, obj] of after) {
    if (!before.has(key)) { out.push({ id: idOf(obj), op: 'added', fields: [], object: obj }); continue; }
    const old = before.get(key);
    const fields = diffValues(old, obj).filter((f) => !ignore(f, old, obj));
    if (fields.length > 0) out.push({ id: idOf(obj), op: 'changed', fields });
  }
  for (const [key, obj] of before) {
    if (!after.has(key)) out.push({ id: idOf(obj), op: 'removed', fields: [], object: obj });
  }
  return out.sort(byKubectlName);
}

/** The fields in which two JSON values differ; none when they are equal. */
export function diffValues(before: unknown, after: unknown, path: readonly Segment[] = []): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const out: FieldChange[] = [];
    for (const key of Object.keys(after)) {
      const next = [...path, key];
      if (!(key in before)) out.push({ path: showPath(next), op: 'added', after: after[key] });
      else out.push(...diffValues(before[key], after[key], next));
    }
    for (const key of Object.keys(before)) {
      if (!(key in after)) out.push({ path: showPath([...path, key]), op: 'removed', before: before[key] });
    }
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) return diffArrays(before, after, path);
  return deepEqual(before, after) ? [] : [{ path: showPath(path), op: 'changed', before, after }];
}

/** A path segment: a key, an index, or a named list item. */
export type Segment = string | number | { readonly name: string };

function diffArrays(before: unknown[], after: unknown[], path: readonly Segment[]): FieldChange[] {
  if (deepEqual(before, after)) return [];
  const beforeNames = names(before);
  const afterNames = names(after);
  if (beforeNames && afterNames && (before.length > 0 || after.length > 0)) {
    // Named items (containers, env, ports, volumes): matched by name, wherever they are in the list.
    const out: FieldChange[] = [];
    const old = new Map(before.map((item, i) => [beforeNames[i], item]));
    const now = new Set(afterNames);
    after.forEach((item, i) => {
      const next = [...path, { name: afterNames[i] }];
      if (!old.has(afterNames[i])) out.push({ path: showPath(next), op: 'added', after: item });
      else out.push(...diffValues(old.get(afterNames[i]), item, next));
    });
    before.forEach((item, i) => {
      if (!now.has(beforeNames[i])) out.push({ path: showPath([...path, { name: beforeNames[i] }]), op: 'removed', before: item });
    });
    const kept = (list: string[], other: Set<string>) => list.filter((n) => other.has(n));
    const keptBefore = kept(beforeNames, now);
    const keptAfter = kept(afterNames, new Set(beforeNames));
    if (keptBefore.join('\0') !== keptAfter.join('\0')) out.push({ path: showPath(path), op: 'reordered', before: keptBefore, after: keptAfter });
    return out;
  }
  if (before.every(isScalar) && after.every(isScalar)) return [{ path: showPath(path), op: 'changed', before, after }];
  // Other lists (rules, tolerations): item by item, then what one list has beyond the other.
  const out: FieldChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const next = [...path, i];
    if (i >= before.length) out.push({ path: showPath(next), op: 'added', after: after[i] });
    else if (i >= after.length) out.push({ path: showPath(next), op: 'removed', before: before[i] });
    else out.push(...diffValues(before[i], after[i], next));
  }
  return out;
}

/** The items' `name`s, when every item is a mapping with a string name and no name repeats; else undefined. */
function names(list: unknown[]): string[] | undefined {
  const out: string[] = [];
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.name !== 'string') return undefined;
    out.push(item.name);
  }
  return new Set(out).size === out.length ? out : undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `spec.template.spec.containers[name=web].ports[0]`, `metadata.labels["app.kubernetes.io/name"]`. */
export function showPath(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'object') out += `[name=${s.name}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(the object)';
}

/** A value as one line: JSON; `(none)` for a field that is not there. */
export function showValue(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

/** Whether a change is of a string on more than one line, best shown as a text diff. */
export function isMultiline(change: FieldChange): boolean {
  return change.op === 'changed' && typeof change.before === 'string' && typeof change.after === 'string'
    && (change.before.includes('\n') || change.after.includes('\n'));
}

/**
 * A unified diff of two texts (jsdiff's structured patch, 3 lines of context), as lines: `@@ … @@` hunk heads,
 * then ` `, `-` and `+` lines; `\ No newline at end of file` where one side lacks its last newline.
 */
export function unifiedLines(before: string, after: string): string[] {
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 3 });
  const out: string[] = [];
  for (const h of patch.hunks) {
    out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines);
  }
  return out;
}

/** `start,count` as diff writes it: just `start` for one line, `start-1,0` for none. */
function range(start: number, lines: number): string {
  if (lines === 1) return `${start}`;
  return `${lines === 0 ? start - 1 : start},${lines}`;
}

/** How many lines a unified diff adds and removes. */
export function lineCounts(lines: readonly string[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of lines) {
    if (l.startsWith('+')) added++;
    else if (l.startsWith('-')) removed++;
  }
  return { added, removed };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
