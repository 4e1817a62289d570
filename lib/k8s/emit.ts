import { ApiObject, App, Chart, ImplicitTokenResolver, JsonPatch, Lazy, LazyResolver, NumberStringUnionResolver } from 'cdk8s';
import { Construct } from 'constructs';
import { ObjectNames } from './object-names';

/** What `emitObject` makes. */
export interface EmitOptions {
  readonly apiVersion: string;
  readonly kind: string;
  /** The object's name: claimed in its chart, so a second object of the kind with the name is a recorded mistake. */
  readonly name: string;
  /**
   * The object's own labels (a workload's part labels); the chart's standard labels are added to every object.
   * @default - the chart's only
   */
  readonly labels?: Record<string, string>;
  /**
   * @default - none
   */
  readonly annotations?: Record<string, string>;
  /**
   * A cluster-scoped kind (Namespace, ClusterRole…): no `metadata.namespace`.
   * @default false
   */
  readonly clusterScoped?: boolean;
  /**
   * Another namespace than the chart's (a Velero Schedule lives in Velero's).
   * @default - the chart's namespace
   */
  readonly namespace?: string;
  /**
   * The top-level fields besides apiVersion, kind and metadata that `render` fills.
   * @default ['spec']
   */
  readonly fields?: readonly string[];
  /**
   * Renders the fields, as the API takes them (plain JSON), when the app synthesizes — after every later
   * `add…` call of the construct. It must not throw for props the construct accepted: checks belong in the
   * constructor, where a mistake is recorded.
   */
  readonly render: () => Record<string, unknown>;
}

/**
 * The one way the library emits a Kubernetes object: claims its name in the chart, sets its metadata, and
 * renders its body lazily from one function.
 *
 * Objects are plain JSON rather than cdk8s-plus-28's generated L1 classes: those expect typed wrappers
 * (`Quantity`, `IntOrString`) and silently drop plain values, which would turn a typo into a missing field. The
 * gate checks every object against the Kubernetes 1.28 schema instead.
 */
export function emitObject(owner: Construct, id: string, options: EmitOptions): ApiObject {
  ObjectNames.of(Chart.of(owner)).claim(owner, options.kind, options.name);
  const fields = options.fields ?? SPEC_ONLY;
  // The metadata and the props filled key by key, in the order the spreads they replace gave (name, namespace,
  // annotations; apiVersion, kind, metadata, the fields): no empty object per absent key and no body to spread.
  const metadata: { name: string; namespace?: string; annotations?: Record<string, string> } = { name: options.name };
  if (options.namespace) metadata.namespace = options.namespace;
  if (options.annotations) metadata.annotations = options.annotations;
  // Each field's Lazy keeps only the render function and the field's name (a RenderedField), not a closure whose
  // contexts would keep the whole options object alive until synthesis: thousands of objects in a large app. A spec
  // alone is written in the literal, which then has a slot for it (a key added later needs an array of its own).
  let props: { apiVersion: string; kind: string; metadata: typeof metadata; [field: string]: unknown };
  if (fields === SPEC_ONLY) {
    props = { apiVersion: options.apiVersion, kind: options.kind, metadata, spec: Lazy.any(new RenderedField(options.render, 'spec')) };
  } else {
    props = { apiVersion: options.apiVersion, kind: options.kind, metadata };
    for (const field of fields) props[field] = Lazy.any(new RenderedField(options.render, field));
  }
  const obj = new EmittedObject(owner, id, props, fields, options.render);
  if (options.labels) setLabels(obj.metadata, options.labels);
  if (options.clusterScoped) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
  return obj;
}

/** The fields of most objects: the rest of the object is its `spec`. */
const SPEC_ONLY: readonly string[] = Object.freeze(['spec']);

/** What a field's Lazy produces: that field of what `render` returns (cdk8s' toJson reads the fields one by one). */
class RenderedField {
  public constructor(private readonly render: () => Record<string, unknown>, private readonly field: string) {}

  public produce(): unknown {
    return this.render()[this.field];
  }
}

/**
 * Gives the metadata the chart's labels and then `labels`, as cdk8s' `{ ...chart.labels, ...labels }` would (the
 * same keys in the same order, an own label replacing the chart's), in an object filled one key at a time (by
 * Object.assign onto `{}`: the builtin's loop is about three times faster than one of ours, per object). The
 * objects cdk8s copies labels into by spreading get a hidden class of their own each once a copy has seen more
 * than a few sets of labels (V8 then clones a map per copy): thousands in a large app. Objects filled key by key
 * from `{}` share one chain of V8's transitions per set of keys. The metadata's `labels` is private in cdk8s'
 * types; with a cdk8s that has no such field the labels are added through `addLabel`.
 */
function setLabels(metadata: ApiObject['metadata'], labels: Record<string, string>): void {
  const m = metadata as unknown as { labels?: Record<string, string> };
  if (typeof m.labels !== 'object' || m.labels === null) {
    for (const key of Object.keys(labels)) metadata.addLabel(key, labels[key]);
    return;
  }
  const merged: Record<string, string> = Object.assign({}, m.labels, labels);
  m.labels = merged;
  // cdk8s also keeps the labels it was made with among the metadata's other fields, where nothing reads them (its
  // toJson writes `labels` over them): the merged labels stand in for that copy, which was kept until synthesis.
  const extra = (metadata as unknown as { _additionalAttributes?: Record<string, unknown> })._additionalAttributes;
  if (typeof extra === 'object' && extra !== null && typeof extra.labels === 'object') extra.labels = merged;
}

/**
 * An ApiObject whose body is one render function's plain JSON. `toJson()` is cdk8s' own, step for step —
 * resolve (Lazy, implicit tokens, number/string unions), drop null and undefined, sort keys, apply the JSON
 * patches, apiVersion, kind and metadata first — but calls `render` once instead of once per field and resolves
 * in one pass without cdk8s' per-value bookkeeping (a resolution context and a key path for every value, which
 * is most of the time cdk8s spends on objects this size). In an app with resolvers of its own it is cdk8s'
 * `toJson()` itself, so a custom resolver always sees every value.
 */
class EmittedObject extends ApiObject {
  private readonly apiVersionAndKind: { readonly apiVersion: string; readonly kind: string };
  /**
   * The fields in the order `toJson()` writes them after apiVersion, kind and metadata (sorted, as the resolved
   * object's keys are); undefined when a field is one of those three, which is then resolved with them.
   */
  private readonly sortedFields?: readonly string[];

  public constructor(
    scope: Construct, id: string, props: ConstructorParameters<typeof ApiObject>[2],
    private readonly fields: readonly string[], private readonly render: () => Record<string, unknown>,
  ) {
    super(scope, id, props);
    // ApiObject reads the metadata given while it is made only (its own metadata holds it from then on, and cdk8s'
    // toJson writes that over the props'): the props' own is not kept until synthesis, one object less per object.
    (props as { metadata?: unknown }).metadata = undefined;
    this.apiVersionAndKind = apiVersionAndKind(props.apiVersion, props.kind);
    // A list of one field (most objects: the shared ['spec'], a ServiceAccount's, a Role's) is sorted and has no
    // duplicate: it is its own sorted list, with no list, set and closure per object.
    if (fields.length === 1) {
      const field = fields[0];
      if (field !== 'apiVersion' && field !== 'kind' && field !== 'metadata') this.sortedFields = fields;
    } else if (!fields.some((f) => f === 'apiVersion' || f === 'kind' || f === 'metadata')) {
      this.sortedFields = sortKeys([...new Set(fields)]);
    }
  }

  public override toJson(): any {
    if (!onlyDefaultResolvers(App.of(this))) return super.toJson();
    try {
      const rendered = this.render();
      const metadata = metadataJson(this.metadata);
      const patches = (this as unknown as { readonly patches: readonly JsonPatch[] }).patches;
      if (patches.length === 0 && this.sortedFields !== undefined) {
        // The object as the general path below writes it, built in its final order: apiVersion, kind and metadata
        // (resolved and sanitized already: resolving it again gives the same value), then each field resolved on its
        // own, in sorted order, without the intermediate object of every field and the copy that reorders it.
        const result: Record<string, unknown> = {};
        result.apiVersion = this.apiVersionAndKind.apiVersion;
        result.kind = this.apiVersionAndKind.kind;
        if (metadata !== undefined) result.metadata = metadata;
        for (const field of this.sortedFields) {
          const v = resolveAndSanitize(rendered[field]);
          if (v !== null && v !== undefined) result[field] = v;
        }
        return result;
      }
      const data: Record<string, unknown> = { ...this.apiVersionAndKind };
      for (const field of this.fields) data[field] = rendered[field];
      let json: any;
      if (patches.length === 0) {
        json = resolveAndSanitize(data);
        if (metadata !== undefined) json.metadata = metadata;
      } else {
        data.metadata = metadata;
        json = JsonPatch.apply(resolveAndSanitize(data), ...patches);
      }
      const result: Record<string, unknown> = {};
      for (const k of ['apiVersion', 'kind', 'metadata', ...Object.keys(json)]) {
        if (k in json) result[k] = json[k];
      }
      return result;
    } catch (e) {
      throw new Error(`Failed serializing construct at path '${this.node.path}' with name '${this.name}': ${e}`);
    }
  }
}

/** One `{ apiVersion, kind }` per pair, shared by the objects of the pair (toJson copies it), not one per object. */
const API_VERSIONS_AND_KINDS = new Map<string, Map<string, { readonly apiVersion: string; readonly kind: string }>>();

function apiVersionAndKind(apiVersion: string, kind: string): { readonly apiVersion: string; readonly kind: string } {
  let ofVersion = API_VERSIONS_AND_KINDS.get(apiVersion);
  if (ofVersion === undefined) {
    ofVersion = new Map();
    API_VERSIONS_AND_KINDS.set(apiVersion, ofVersion);
  }
  let pair = ofVersion.get(kind);
  if (pair === undefined) {
    pair = { apiVersion, kind };
    ofVersion.set(kind, pair);
  }
  return pair;
}

const DEFAULT_RESOLVERS = new WeakMap<App, boolean>();

/** Whether the app resolves with cdk8s' three built-in resolvers only (an App made without `resolvers`). */
function onlyDefaultResolvers(app: App): boolean {
  let only = DEFAULT_RESOLVERS.get(app);
  if (only === undefined) {
    const r = app.resolvers;
    only = r.length === 3 && r[0] instanceof LazyResolver && r[1] instanceof ImplicitTokenResolver && r[2] instanceof NumberStringUnionResolver;
    DEFAULT_RESOLVERS.set(app, only);
  }
  return only;
}

/**
 * cdk8s' `resolve` with its built-in resolvers followed by its `sanitizeValue` (sorted keys), fused: a Lazy is
 * produced, a value with a `resolve()` method resolved, a class instance whose `value` is a number or a string
 * becomes `{ value }`; then null and undefined are left out of objects (and are undefined in arrays), and with
 * `filterEmpty` (sanitizeValue's filterEmptyArrays and filterEmptyObjects) so are empty lists and objects.
 */
function resolveAndSanitize(value: any, filterEmpty = false): any {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') return value;
  const ctor = value.constructor;
  // A plain object or a list is what render functions return almost always: neither is a Lazy or has `resolve`.
  if (ctor !== Object || typeof value.resolve === 'function') {
    if (value instanceof Lazy) return resolveAndSanitize(value.produce(), filterEmpty);
    if (typeof value.resolve === 'function') return resolveAndSanitize(value.resolve(), filterEmpty);
    if (Array.isArray(value)) {
      if (filterEmpty && value.length === 0) return undefined;
      return value.map((v) => (typeof v !== 'object' ? v : resolveAndSanitize(v, filterEmpty)));
    }
    // By name, as sanitizeValue tests it: a plain object made in another realm (a vm context, jest's) is plain too.
    if (ctor !== undefined && ctor.name !== 'Object') {
      if (typeof value.value === 'number' || typeof value.value === 'string') return { value: value.value };
      throw new Error(`can't render non-simple object of type '${ctor.name}'`);
    }
  }
  const out: Record<string, unknown> = {};
  let empty = true;
  const keys = sortKeys(Object.keys(value));
  for (const key of keys) {
    const x = value[key];
    // A string, number or boolean (most values) is its own result: no call for it.
    const v = typeof x !== 'object' ? x : resolveAndSanitize(x, filterEmpty);
    if (v !== null && v !== undefined) {
      out[key] = v;
      empty = false;
    }
  }
  return filterEmpty && empty ? undefined : out;
}

/**
 * `keys.sort()` in place (the same order: by UTF-16 code unit), by insertion: an object has a few keys, often in
 * order already, and the built-in sort allocates a work array on every call (most of the memory objects took).
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 32) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    if (keys[j] <= key) continue;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * `ApiObjectMetadataDefinition.toJson()`, the same fields resolved and sanitized the same way (empty lists and
 * objects left out), in one pass; cdk8s' own when its metadata does not have the fields it has had since 2.0.
 * The fields are copied key by key, not spread: a spread of records of several shapes (with a namespace or
 * annotations or not) makes V8 build a hidden class for every copy, which cost more than the rest of this.
 */
function metadataJson(metadata: ApiObject['metadata']): any {
  const m = metadata as unknown as Record<string, unknown>;
  const extra = m._additionalAttributes as Record<string, unknown> | undefined;
  if (extra === undefined || m.labels === undefined || m.annotations === undefined) return metadata.toJson();
  if (Object.keys(extra).every((key) => METADATA_FIELDS.has(key))) {
    // The metadata options given to the ApiObject (name, namespace, labels, annotations) are all fields of their own,
    // which replace them: the result is those fields, each resolved and sanitized on its own, in their sorted order,
    // without the record of every field and the copy that sorts it.
    const out: Record<string, unknown> = {};
    let empty = true;
    for (const key of SORTED_METADATA_FIELDS) {
      const v = resolveAndSanitize(m[key], true);
      if (v !== null && v !== undefined) {
        out[key] = v;
        empty = false;
      }
    }
    return empty ? undefined : out;
  }
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(extra)) fields[key] = extra[key];
  fields.name = m.name;
  fields.namespace = m.namespace;
  fields.annotations = m.annotations;
  fields.finalizers = m.finalizers;
  fields.ownerReferences = m.ownerReferences;
  fields.labels = m.labels;
  return resolveAndSanitize(fields, true);
}

/** The fields `ApiObjectMetadataDefinition.toJson()` writes besides its additional attributes, in sorted order. */
const SORTED_METADATA_FIELDS = ['annotations', 'finalizers', 'labels', 'name', 'namespace', 'ownerReferences'] as const;
const METADATA_FIELDS: ReadonlySet<string> = new Set(SORTED_METADATA_FIELDS);
