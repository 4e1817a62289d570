/**
 * What every section of the review page reads from the rendered objects: pod templates, workloads and their
 * replica ranges, selectors, Kubernetes quantities, and the Markdown (GFM) the page is written in.
 *
 * Loops that run once per page over every object, pod site, label or table row are indexed (`for (let i = 0; …)`):
 * such a loop runs mostly before V8 optimizes it, and until then a `for…of` allocates an iterator and a result
 * object per step (14 of the 43 MB the N = 1,000 bench's page allocated, and the scavenges that go with them).
 */

/** One rendered Kubernetes object of the blueprint (the gate's `RenderedObject`, structurally). */
export interface ReviewObject {
  /** Construct path of the ApiObject. */
  readonly path: string;
  /** The id of the Blueprint (chart) it belongs to. */
  readonly blueprint: string;
  /** The object exactly as it is written. */
  readonly json: any;
}

/** A pod template found in an object. */
export interface PodSite {
  readonly object: ReviewObject;
  readonly spec: any;
  readonly labels: Record<string, string>;
  /** Runs continuously (Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod) rather than to completion (Job, CronJob). */
  readonly longRunning: boolean;
  /** The object as `describe` writes it (made once per site: every section names the workloads it lists). */
  readonly title: string;
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/**
 * Per-page indexes, computed once per object list (the list a page's sections share) and dropped with it: the
 * sections look objects up by name, label or target instead of scanning every object for every workload.
 */
export function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Every pod template of the objects, in their order: workload templates, CronJob job templates and bare Pods. */
export const podSites: (objects: readonly ReviewObject[]) => readonly PodSite[] = memo((objects: readonly ReviewObject[]) => {
  const out: PodSite[] = [];
  for (let i = 0; i < objects.length; i++) {
    const object = objects[i];
    const j = object.json;
    if (TEMPLATE_KINDS.has(j.kind) && j.spec?.template?.spec) {
      out.push({ object, spec: j.spec.template.spec, labels: j.spec.template.metadata?.labels ?? {}, longRunning: j.kind !== 'Job', title: describe(object) });
    } else if (j.kind === 'CronJob' && j.spec?.jobTemplate?.spec?.template?.spec) {
      const t = j.spec.jobTemplate.spec.template;
      out.push({ object, spec: t.spec, labels: t.metadata?.labels ?? {}, longRunning: false, title: describe(object) });
    } else if (j.kind === 'Pod' && j.spec) {
      out.push({ object, spec: j.spec, labels: j.metadata?.labels ?? {}, longRunning: true, title: describe(object) });
    }
  }
  return out;
});

/**
 * Pods by label, to find the pods a selector may select without testing every pod: a selector with match labels
 * can only select pods that carry each of them, so its candidates are the pods of its rarest label; any other
 * selector may select every pod. Candidates are in site order and still have to be checked against the selector.
 */
export class SiteIndex {
  /** The index of a list of sites, made once per list. */
  public static of: (sites: readonly PodSite[]) => SiteIndex = memo((sites: readonly PodSite[]) => new SiteIndex(sites));

  /** The sites by label key, then value (as text). */
  private readonly byLabel = new Map<string, Map<string, PodSite[]>>();

  private constructor(private readonly sites: readonly PodSite[]) {
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i];
      const labels = site.labels;
      const keys = Object.keys(labels);
      for (let j = 0; j < keys.length; j++) {
        const k = keys[j];
        let byValue = this.byLabel.get(k);
        if (!byValue) this.byLabel.set(k, byValue = new Map());
        const v = String(labels[k]);
        const list = byValue.get(v);
        if (list) list.push(site); else byValue.set(v, [site]);
      }
    }
  }

  /** The sites a `matchLabels`/`matchExpressions` label selector may select (a superset, in site order). */
  public candidates(selector: any): readonly PodSite[] {
    let best: readonly PodSite[] = this.sites;
    const labels = selector?.matchLabels ?? {};
    const keys = Object.keys(labels);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const list = this.byLabel.get(k)?.get(String(labels[k]));
      if (!list) return [];
      if (list.length < best.length) best = list;
    }
    return best;
  }
}

/** The containers of a pod spec, init containers first (listed once per spec: the sections walk them several times). */
export function containersOf(spec: any): ReadonlyArray<{ readonly container: any; readonly init: boolean }> {
  return typeof spec === 'object' && spec !== null ? containersOfSpec(spec) : listContainers(spec);
}

const containersOfSpec = memo((spec: object) => listContainers(spec));

function listContainers(spec: any): Array<{ readonly container: any; readonly init: boolean }> {
  return [
    ...(spec.initContainers ?? []).map((container: any) => ({ container, init: true })),
    ...(spec.containers ?? []).map((container: any) => ({ container, init: false })),
  ];
}

/** Whether a `matchLabels` selector selects these labels (an absent selector selects nothing, an empty one all). */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  // A loop over the keys, without an array of entries per call: every Service, policy and budget asks it of its pods.
  const keys = Object.keys(selector);
  for (let i = 0; i < keys.length; i++) if (labels[keys[i]] !== selector[keys[i]]) return false;
  return true;
}

/** Whether a label selector (`matchLabels` and `matchExpressions` In/NotIn/Exists/DoesNotExist) selects the labels. */
export function selectsLabels(selector: any, labels: Record<string, string>): boolean {
  if (!selector) return false;
  if (!selects(selector.matchLabels ?? {}, labels)) return false;
  return (selector.matchExpressions ?? []).every((e: any) => {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In': return has && (e.values ?? []).includes(labels[e.key]);
      case 'NotIn': return !has || !(e.values ?? []).includes(labels[e.key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
      default: return false;
    }
  });
}

/** `Kind name`, for text; `Kind `name`` in Markdown. */
export function describe(o: ReviewObject): string {
  return `${o.json.kind} ${code(String(o.json.metadata?.name))}`;
}

export function nameOf(o: ReviewObject): string {
  return String(o.json.metadata?.name ?? '');
}

export function namespaceOf(o: ReviewObject): string {
  return String(o.json.metadata?.namespace ?? '');
}

/** The namespaces of the objects, sorted (the page's head and the exposure graph's namespace box name them). */
export const namespacesOf: (objects: readonly ReviewObject[]) => readonly string[] = memo((objects: readonly ReviewObject[]) => {
  const out = new Set<string>();
  for (let i = 0; i < objects.length; i++) {
    const ns = namespaceOf(objects[i]);
    if (ns) out.add(ns);
  }
  return [...out].sort(byString);
});

/** How many pods a workload runs: fixed, or the range its autoscaler keeps it in. */
export interface ReplicaRange {
  readonly min: number;
  readonly max: number;
  /** The autoscaler, when one scales the workload. */
  readonly autoscaler?: ReviewObject;
  /** A DaemonSet runs one pod per node: min and max are per node. */
  readonly perNode?: boolean;
}

/** The replica range of a long-running workload (HPA: minReplicas ?? 1 to maxReplicas; KEDA: minReplicaCount ?? 0 to maxReplicaCount ?? 100). */
export function replicaRange(objects: readonly ReviewObject[], w: ReviewObject): ReplicaRange {
  const j = w.json;
  if (j.kind === 'DaemonSet') return { min: 1, max: 1, perNode: true };
  if (j.kind === 'Pod') return { min: 1, max: 1 };
  const scaler = autoscalerOf(objects, w);
  if (scaler?.json.kind === 'HorizontalPodAutoscaler') {
    return { min: scaler.json.spec?.minReplicas ?? 1, max: scaler.json.spec?.maxReplicas ?? 1, autoscaler: scaler };
  }
  if (scaler) return { min: scaler.json.spec?.minReplicaCount ?? 0, max: scaler.json.spec?.maxReplicaCount ?? 100, autoscaler: scaler };
  const n = typeof j.spec?.replicas === 'number' ? j.spec.replicas : 1;
  return { min: n, max: n };
}

/** The HorizontalPodAutoscaler or KEDA ScaledObject whose scaleTargetRef is the workload (the first one, in output order). */
export function autoscalerOf(objects: readonly ReviewObject[], w: ReviewObject): ReviewObject | undefined {
  return autoscalers(objects).get(namespaceOf(w))?.get(w.json.kind)?.get(w.json.metadata?.name);
}

/** The autoscalers by namespace, target kind and target name (values compared as `===` does), the first of each. */
const autoscalers = memo((objects: readonly ReviewObject[]) => {
  const out = new Map<string, Map<unknown, Map<unknown, ReviewObject>>>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const k = o.json.kind;
    if (k !== 'HorizontalPodAutoscaler' && !(k === 'ScaledObject' && String(o.json.apiVersion).startsWith('keda.sh/'))) continue;
    const ref = o.json.spec?.scaleTargetRef ?? {};
    const ns = namespaceOf(o);
    const kind = ref.kind ?? 'Deployment';
    const byKind = out.get(ns) ?? new Map<unknown, Map<unknown, ReviewObject>>();
    out.set(ns, byKind);
    const byName = byKind.get(kind) ?? new Map<unknown, ReviewObject>();
    byKind.set(kind, byName);
    if (!byName.has(ref.name)) byName.set(ref.name, o);
  }
  return out;
});

/**
 * The objects of a kind by name (as `nameOf` gives it), in output order: made for a kind when it is first asked for,
 * from the objects of that kind (the sections ask for a few kinds, such as PriorityClasses and ServiceAccounts, not
 * for the names of every object).
 */
export const objectsByKindAndName: (objects: readonly ReviewObject[]) => { get(kind: unknown): ReadonlyMap<string, readonly ReviewObject[]> | undefined } = memo((objects: readonly ReviewObject[]) => {
  const kinds = new Map<unknown, Map<string, ReviewObject[]>>();
  return {
    get(kind: unknown) {
      let byName = kinds.get(kind);
      if (byName === undefined) {
        const ofKind = byKind(objects).get(kind);
        if (ofKind === undefined) return undefined;
        byName = new Map<string, ReviewObject[]>();
        for (let i = 0; i < ofKind.length; i++) {
          const o = ofKind[i];
          const name = nameOf(o);
          const list = byName.get(name);
          if (list) list.push(o); else byName.set(name, [o]);
        }
        kinds.set(kind, byName);
      }
      return byName;
    },
  };
});

/** The objects by kind (compared as `===` does), in output order. */
const byKind = memo((objects: readonly ReviewObject[]) => {
  const out = new Map<unknown, ReviewObject[]>();
  for (let i = 0; i < objects.length; i++) {
    const list = out.get(objects[i].json.kind);
    if (list) list.push(objects[i]); else out.set(objects[i].json.kind, [objects[i]]);
  }
  return out;
});

/** The objects of a kind, in output order: a section that reads a kind or two does not scan every object for it. */
export function objectsOfKind(objects: readonly ReviewObject[], kind: string): readonly ReviewObject[] {
  return byKind(objects).get(kind) ?? [];
}

/**
 * The objects' names by kind, then apiVersion (both as text), in output order: the inventory lists them, the
 * prerequisites read each apiVersion's group (once per kind and apiVersion, not per object).
 */
export const namesByKindAndVersion: (objects: readonly ReviewObject[]) => ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = memo((objects: readonly ReviewObject[]) => {
  const out = new Map<string, Map<string, string[]>>();
  for (let i = 0; i < objects.length; i++) {
    const j = objects[i].json;
    const kind = String(j.kind);
    const apiVersion = String(j.apiVersion);
    let byApiVersion = out.get(kind);
    if (!byApiVersion) out.set(kind, byApiVersion = new Map());
    const names = byApiVersion.get(apiVersion);
    if (names) names.push(String(j.metadata?.name)); else byApiVersion.set(apiVersion, [String(j.metadata?.name)]);
  }
  return out;
});

/** Each object's position in the list (output order). */
export const positionOf: (objects: readonly ReviewObject[]) => ReadonlyMap<ReviewObject, number> = memo((objects: readonly ReviewObject[]) => new Map(objects.map((o, i) => [o, i])));

/** The objects of a kind (compared as `===` does) with a name, in output order: none when the name is not a string. */
export function objectsNamed(objects: readonly ReviewObject[], kind: unknown, name: unknown): readonly ReviewObject[] {
  if (typeof name !== 'string') return [];
  return objectsByKindAndName(objects).get(kind)?.get(name) ?? [];
}

// ---- quantities

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** Parsed quantities by text (bounded: cleared when full). */
const quantities = new Map<string, number | undefined>();

/** A Kubernetes quantity ('500m', '1Gi', '1.5', '2e3') as a number of base units, or undefined when it is not one. */
export function parseQuantity(q: unknown): number | undefined {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return undefined;
  // An app writes few distinct quantities ('500m', '512Mi') many times over: each is parsed once.
  const known = quantities.get(q);
  if (known !== undefined || quantities.has(q)) return known;
  if (quantities.size >= 10_000) quantities.clear();
  const n = parseQuantityText(q);
  quantities.set(q, n);
  return n;
}

function parseQuantityText(q: string): number | undefined {
  const m = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  const suffix = m[2] ?? '';
  return n * (BINARY[suffix] ?? DECIMAL[suffix]);
}

/** Cores as Kubernetes writes them: whole cores ('2'), else millicores ('1500m'). */
export function formatCpu(cores: number): string {
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Byte amounts as formatBytes writes them, by amount (bounded: cleared when full). */
const byteTexts = new Map<number, string>();

/** Bytes in the largest binary (then decimal) unit that divides them exactly: '1Gi', '1536Mi', '500M'. */
export function formatBytes(bytes: number): string {
  // The capacity tables write a few distinct amounts (a pod's, times its replicas) a dozen times per workload, and
  // finding the unit (a floating-point remainder per unit, then the number as text) costs ~1 µs: each is written once.
  let known = byteTexts.get(bytes);
  if (known === undefined) {
    if (byteTexts.size >= 10_000) byteTexts.clear();
    known = bytesText(bytes);
    byteTexts.set(bytes, known);
  }
  return known;
}

function bytesText(bytes: number): string {
  const b = Math.round(bytes);
  if (b === 0) return '0';
  for (const unit of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) if (b % BINARY[unit] === 0) return `${b / BINARY[unit]}${unit}`;
  for (const unit of ['E', 'P', 'T', 'G', 'M', 'k']) if (b % DECIMAL[unit] === 0) return `${b / DECIMAL[unit]}${unit}`;
  return String(b);
}

// ---- Markdown (GitHub Flavored Markdown)

/** A code span that is safe inside a table cell: a pipe is escaped, a backtick falls back to plain text. */
export function code(s: string): string {
  if (s.includes('`')) return text(s);
  return `\`${s.includes('|') ? s.replace(/\|/g, '\\|') : s}\``;
}

/** Plain text that is safe inside a table cell: pipes escaped, no line breaks, Markdown emphasis characters escaped. */
export function text(s: string): string {
  // Most cells have nothing to escape: they are returned as they are, without two new strings.
  if (!/[\n\\`*_|<>[\]]/.test(s)) return s;
  return s.replace(/\r?\n/g, ' ').replace(/([\\`*_|<>[\]])/g, '\\$1');
}

/** A GFM table: a header row, the delimiter row and one row per line, every row with the header's number of cells. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.length !== header.length) throw new Error(`review table row has ${r.length} cells, its header ${header.length}: ${r.join(' | ')}`);
  }
  // One string built row by row and cell by cell (no array per row): a page's tables have a row per workload.
  let out = tableLine(header);
  out += '\n|';
  for (let i = 0; i < header.length; i++) out += ' --- |';
  if (header.length === 0) out += '|';
  for (let i = 0; i < rows.length; i++) out += `\n${tableLine(rows[i])}`;
  return out;
}

/** `| a | b |`: an empty cell is written as one space. */
function tableLine(cells: readonly string[]): string {
  if (cells.length === 0) return '|  |';
  let out = '|';
  for (let i = 0; i < cells.length; i++) out += cells[i] === '' ? '   |' : ` ${cells[i]} |`;
  return out;
}

/** Distinct values in first-seen order. */
export function distinct<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Compares strings by code unit (locale-independent, so the page is the same on every machine). */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
