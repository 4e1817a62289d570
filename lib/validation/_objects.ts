import { RenderedObject } from './gate';

/** A pod template found in a rendered object, with where it sits. */
export interface PodSite {
  readonly object: RenderedObject;
  /** JSON pointer of the pod spec inside the object, e.g. '/spec/template/spec'. */
  readonly pointer: string;
  readonly spec: any;
  readonly labels: Record<string, string>;
  /** Whether the pod runs continuously (Deployment, StatefulSet, DaemonSet) rather than to completion. */
  readonly longRunning: boolean;
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** Every pod spec in the output: workload templates, CronJob job templates and bare Pods. */
export function podSites(objects: readonly RenderedObject[]): PodSite[] {
  const sites: PodSite[] = [];
  for (let i = 0; i < objects.length; i++) { // by index: no iterator result per object
    const object = objects[i];
    const j = object.json;
    if (TEMPLATE_KINDS.has(j.kind) && j.spec?.template?.spec) {
      sites.push({ object, pointer: '/spec/template/spec', spec: j.spec.template.spec, labels: j.spec.template.metadata?.labels ?? {}, longRunning: j.kind !== 'Job' });
    } else if (j.kind === 'CronJob' && j.spec?.jobTemplate?.spec?.template?.spec) {
      const t = j.spec.jobTemplate.spec.template;
      sites.push({ object, pointer: '/spec/jobTemplate/spec/template/spec', spec: t.spec, labels: t.metadata?.labels ?? {}, longRunning: false });
    } else if (j.kind === 'Pod' && j.spec) {
      sites.push({ object, pointer: '/spec', spec: j.spec, labels: j.metadata?.labels ?? {}, longRunning: true });
    }
  }
  return sites;
}

/** A container of a pod spec, with its pointer. */
export interface SiteContainer {
  readonly container: any;
  readonly pointer: string;
  readonly init: boolean;
}

/** The containers of each pod site, listed once: most rules walk them (a rule run does not change a pod). */
const CONTAINERS = new WeakMap<PodSite, readonly SiteContainer[]>();

/** All containers of a pod spec (init containers first) with their pointer. */
export function containersOf(site: PodSite): readonly SiteContainer[] {
  let out = CONTAINERS.get(site);
  if (out === undefined) {
    out = [
      ...(site.spec.initContainers ?? []).map((c: any, i: number) => ({ container: c, pointer: `${site.pointer}/initContainers/${i}`, init: true })),
      ...(site.spec.containers ?? []).map((c: any, i: number) => ({ container: c, pointer: `${site.pointer}/containers/${i}`, init: false })),
    ];
    CONTAINERS.set(site, out);
  }
  return out;
}

/** Whether a matchLabels selector selects these labels. An empty selector selects everything. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  // Object.keys and an index, not Object.entries(...).every: no pair arrays (callers ask for every pod and Service).
  const keys = Object.keys(selector);
  for (let i = 0; i < keys.length; i++) if (labels[keys[i]] !== selector[keys[i]]) return false;
  return true;
}

/** Objects of one kind in one blueprint and namespace. */
export function sameScope(a: RenderedObject, b: RenderedObject): boolean {
  return a.blueprint === b.blueprint && (a.json.metadata?.namespace ?? '') === (b.json.metadata?.namespace ?? '');
}

/** `<kind> '<name>'`, for messages. */
export function describe(o: RenderedObject): string {
  return `${o.json.kind} '${o.json.metadata?.name}'`;
}

const NAME = 'app.kubernetes.io/name';

/** The items of one blueprint and namespace: all of them, and by their `app.kubernetes.io/name` label. */
interface ScopeItems<T> {
  readonly all: T[];
  readonly byName: Map<string, T[]>;
}

/**
 * Finds the items whose labels a selector selects, within one blueprint and namespace, without scanning
 * everything: items are indexed by their `app.kubernetes.io/name` label, which every selector of the library
 * contains; other selectors fall back to a scan of the scope.
 */
export class SelectorIndex<T> {
  // blueprint → namespace → the scope's items: nested maps, not a `${blueprint}|${namespace}|${name}` string per item
  // and per lookup (the rules look up the pods of every Service, budget and NetworkPolicy). Namespaces and label
  // values are keyed as the strings a template literal makes of them, as those keys were.
  private readonly scopes = new Map<string, Map<string, ScopeItems<T>>>();

  constructor(items: readonly T[], private readonly labelsOf: (t: T) => Record<string, string>, objectOf: (t: T) => RenderedObject) {
    for (const item of items) {
      const o = objectOf(item);
      let namespaces = this.scopes.get(o.blueprint);
      if (namespaces === undefined) this.scopes.set(o.blueprint, (namespaces = new Map()));
      const namespace = namespaceOf(o);
      let scope = namespaces.get(namespace);
      if (scope === undefined) namespaces.set(namespace, (scope = { all: [], byName: new Map() }));
      scope.all.push(item);
      const name = labelsOf(item)[NAME];
      if (name !== undefined) push(scope.byName, String(name), item);
    }
  }

  /** Items in the scope of `scope` whose labels `selector` selects. */
  public match(scope: RenderedObject, selector: Record<string, string> | undefined): T[] {
    if (!selector) return [];
    const items = this.scopes.get(scope.blueprint)?.get(namespaceOf(scope));
    const out: T[] = [];
    if (items === undefined) return out;
    const candidates = selector[NAME] !== undefined ? items.byName.get(String(selector[NAME])) : items.all;
    if (candidates === undefined) return out;
    for (let i = 0; i < candidates.length; i++) if (selects(selector, this.labelsOf(candidates[i]))) out.push(candidates[i]);
    return out;
  }
}

/** An object's namespace as scope keys hold it ('' for none). */
export function namespaceOf(o: RenderedObject): string {
  return String(o.json.metadata?.namespace ?? '');
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item); else map.set(key, [item]);
}
