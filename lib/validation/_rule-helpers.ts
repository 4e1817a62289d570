/** Helpers shared by the rule modules: walking pods and containers, replica ranges, label syntax. */
import { containersOf, PodSite, sameScope } from './_objects';
import { RenderedArtifact, RenderedObject } from './gate';
import type { RuleContext, Violation } from './types';
import { isDnsSubdomain } from '../values/_names';

export const ALLOWED_VOLUMES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

// perContainer and perPod loop by index, not for-of with destructuring: some 30 rules call them, each once per gate
// run, so their loops run mostly before V8 optimizes them, where an iterator result per step is not optimized away.
export function perContainer(ctx: RuleContext, fn: (c: any, site: PodSite, pointer: string) => string | undefined): Violation[] {
  const out: Violation[] = [];
  const pods = ctx.pods;
  for (let i = 0; i < pods.length; i++) {
    const site = pods[i];
    const containers = containersOf(site);
    for (let j = 0; j < containers.length; j++) {
      const message = fn(containers[j].container, site, containers[j].pointer);
      if (message) out.push({ path: site.object.path, message });
    }
  }
  return out;
}

export function perPod(ctx: RuleContext, fn: (site: PodSite) => string | undefined): Violation[] {
  const out: Violation[] = [];
  const pods = ctx.pods;
  for (let i = 0; i < pods.length; i++) {
    const message = fn(pods[i]);
    if (message) out.push({ path: pods[i].object.path, message });
  }
  return out;
}

export function podField<T>(site: PodSite, container: any, field: string): T | undefined {
  return container.securityContext?.[field] ?? site.spec.securityContext?.[field];
}

/** Replica range of a workload: fixed replicas, or its HPA's min/max. */
export function replicaRange(ctx: RuleContext, o: RenderedObject): { min: number; max: number } {
  const hpa = ctx.autoscalerOf(o);
  if (hpa?.json.kind === 'ScaledObject') return { min: hpa.json.spec.minReplicaCount ?? 0, max: hpa.json.spec.maxReplicaCount ?? 100 };
  if (hpa) return { min: hpa.json.spec.minReplicas ?? 1, max: hpa.json.spec.maxReplicas };
  const r = o.json.spec?.replicas ?? 1;
  return { min: r, max: r };
}

/** The first item per key, as `items.find((t) => keyOf(t) === key)` finds it. */
function firstByKey<T, K>(items: readonly T[], keyOf: (t: T) => K): Map<K, T> {
  const out = new Map<K, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!out.has(key)) out.set(key, item);
  }
  return out;
}

// Indexes made on first use and kept for the gate run of their context: the image rules look a pod site and a
// Dockerfile up for every binding (each with a scan of all of them, before: quadratic in an app of many Images).
const SITES_BY_PATH = new WeakMap<RuleContext, Map<string, PodSite>>();
const SITES_BY_OBJECT = new WeakMap<RuleContext, Map<RenderedObject, PodSite>>();
const ARTIFACTS_BY_PATH = new WeakMap<RuleContext, Map<string, RenderedArtifact>>();

/** The first pod site of the object at construct path `path` (`ctx.pods.find((p) => p.object.path === path)`). */
export function siteAt(ctx: RuleContext, path: string): PodSite | undefined {
  let index = SITES_BY_PATH.get(ctx);
  if (index === undefined) SITES_BY_PATH.set(ctx, (index = firstByKey(ctx.pods, (p) => p.object.path)));
  return index.get(path);
}

/** The first pod site of `object` (`ctx.pods.find((p) => p.object === object)`). */
export function siteOf(ctx: RuleContext, object: RenderedObject): PodSite | undefined {
  let index = SITES_BY_OBJECT.get(ctx);
  if (index === undefined) SITES_BY_OBJECT.set(ctx, (index = firstByKey(ctx.pods, (p) => p.object)));
  return index.get(object);
}

/** The first artifact written at `path` (`ctx.input.artifacts.find((a) => a.path === path)`). */
export function artifactAt(ctx: RuleContext, path: string): RenderedArtifact | undefined {
  let index = ARTIFACTS_BY_PATH.get(ctx);
  if (index === undefined) ARTIFACTS_BY_PATH.set(ctx, (index = firstByKey(ctx.input.artifacts, (a) => a.path)));
  return index.get(path);
}

const SERVICES_BY_SITE = new WeakMap<RuleContext, Map<PodSite, RenderedObject[]>>();

/**
 * The Services whose selector selects `site`'s pods, in their order: `ctx.ofKind('Service').filter((o) =>
 * sameScope(o, site.object) && selects(o.json.spec?.selector, site.labels))`, from one pass over the Services
 * through the pod index (which holds every pod of a Service's scope that its selector selects) for all sites.
 */
export function servicesSelecting(ctx: RuleContext, site: PodSite): readonly RenderedObject[] {
  let index = SERVICES_BY_SITE.get(ctx);
  if (index === undefined) {
    index = new Map();
    for (const svc of ctx.ofKind('Service')) {
      for (const pod of ctx.podIndex.match(svc, svc.json.spec?.selector)) {
        if (!sameScope(svc, pod.object)) continue;
        const list = index.get(pod);
        if (list) list.push(svc); else index.set(pod, [svc]);
      }
    }
    SERVICES_BY_SITE.set(ctx, index);
  }
  return index.get(site) ?? [];
}

const SELECTED_SITES = new WeakMap<RuleContext, Set<PodSite>>();

/** Whether some Service's selector selects `site` through the pod index: `ctx.ofKind('Service').some((svc) => ctx.podIndex.match(svc, svc.json.spec?.selector).includes(site))`, from one pass over the Services. */
export function selectedByAService(ctx: RuleContext, site: PodSite): boolean {
  let selected = SELECTED_SITES.get(ctx);
  if (selected === undefined) {
    selected = new Set();
    for (const svc of ctx.ofKind('Service')) for (const pod of ctx.podIndex.match(svc, svc.json.spec?.selector)) selected.add(pod);
    SELECTED_SITES.set(ctx, selected);
  }
  return selected.has(site);
}

export function replicated(ctx: RuleContext): RenderedObject[] {
  return [...ctx.ofKind('Deployment'), ...ctx.ofKind('StatefulSet')];
}

export function podsOf(ctx: RuleContext, scope: RenderedObject, selector: Record<string, string> | undefined): PodSite[] {
  return ctx.podIndex.match(scope, selector);
}

export function imageTag(image: string): string | undefined {
  const noDigest = image.split('@')[0];
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(colon + 1) : undefined;
}

/** A container's probes, in the order the port rules read them. */
export const PROBE_KINDS: readonly string[] = ['startupProbe', 'readinessProbe', 'livenessProbe'];

/**
 * The port a container's probe of `kind` asks (http, tcp or gRPC), or undefined. One probe at a time, not a list of
 * (kind, port) pairs: the port rules ask it of every container.
 */
export function probePort(c: any, kind: string): unknown {
  const p = c[kind];
  return p?.httpGet?.port ?? p?.tcpSocket?.port ?? p?.grpc?.port;
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
export function badLabel(key: string, value: unknown): string | undefined {
  // Objects repeat their labels (a blueprint's standard labels on every object): each pair is checked once, and
  // looked up by key, then value, so that a repeated pair costs two Map lookups and builds no string (a valid pair
  // is held as null, so that one get answers both whether and what).
  if (typeof value !== 'string') return checkLabel(key, value);
  let byValue = LABELS_CHECKED.get(key);
  const known = byValue?.get(value);
  if (known !== undefined) return known ?? undefined;
  const bad = checkLabel(key, value);
  if (labelsChecked < 100_000) {
    if (byValue === undefined) LABELS_CHECKED.set(key, (byValue = new Map()));
    byValue.set(value, bad ?? null);
    labelsChecked++;
  }
  return bad;
}

/** Label key → label value → what `checkLabel` says of the pair (null: valid); `labelsChecked` pairs in all. */
const LABELS_CHECKED = new Map<string, Map<string, string | null>>();
let labelsChecked = 0;

function checkLabel(key: string, value: unknown): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (name.length > 63 || !LABEL_NAME.test(name) || (prefix !== undefined && !isDnsSubdomain(prefix))) return `label key '${key}' is not a valid label key`;
  if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) return `label '${key}' has an invalid value ${JSON.stringify(value)}`;
  return undefined;
}
