import { ImageRef } from '../values/image-ref';
import { imageSites } from './_helm-templates';

/** The parts of a chart besides its templates: the values, the appVersion, and which objects are hooks. */

/** Helm's own `.helmignore` (as `helm create` writes it): what `helm package` leaves out. */
export const HELMIGNORE = `# Patterns to ignore when building packages.
# This supports shell glob matching, relative path matching, and
# negation (prefixed with !). Only one pattern per line.
.DS_Store
# Common VCS dirs
.git/
.gitignore
.bzr/
.bzrignore
.hg/
.hgignore
.svn/
# Common backup files
*.swp
*.bak
*.tmp
*.orig
*~
# Various IDEs
.project
.idea/
*.tmproj
.vscode/
`;

/**
 * The value name of each container image reference of the objects, in output order: the `Image`'s name when the
 * app builds it (`builtBy`), else the repository's last path segment; '.' and '_' become '-' (a `--set` path
 * splits at dots). Two references with one name are told apart by their tag (or digest), then by number.
 */
export function imageValueNames(objects: readonly unknown[], builtBy: ReadonlyMap<string, string>): Map<string, string> {
  const refs: string[] = [];
  for (const o of objects) for (const s of imageSites(o)) if (!refs.includes(s.reference)) refs.push(s.reference);
  const plain = (ref: string) => {
    const repo = parsed(ref)?.repository ?? ref;
    return key(builtBy.get(ref) ?? repo.slice(repo.lastIndexOf('/') + 1));
  };
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const ref of refs) {
    const p = plain(ref);
    let name = refs.filter((r) => plain(r) === p).length === 1 ? p : key(`${p}-${versionOf(ref)}`);
    for (let n = 2; taken.has(name); n++) name = `${p}-${n}`;
    taken.add(name);
    names.set(ref, name);
  }
  return names;
}

function key(name: string): string {
  return name.replace(/[._]/g, '-');
}

function parsed(ref: string): ImageRef | undefined {
  try {
    return ImageRef.parse(ref);
  } catch {
    return undefined;
  }
}

/** What `appVersion` shows of one image: its tag, else its digest's first 12 hex digits, else 'latest' (Docker's default). */
function versionOf(ref: string): string {
  const r = parsed(ref);
  if (r?.tag) return r.tag;
  if (r?.digest) return r.digest.slice(0, 'sha256:'.length + 12);
  return 'latest';
}

/**
 * The application's images: those the app builds itself that its long-running workloads (Deployments,
 * StatefulSets, DaemonSets) run — not third-party images such as postgres nor its backup tools — else every image
 * it builds, else every image; in output order.
 */
export function applicationImages(objects: readonly unknown[], names: ReadonlyMap<string, string>, built: ReadonlySet<string>): string[] {
  const all = [...names.keys()];
  const served = new Set<string>();
  for (const o of objects as readonly Json[]) {
    if (!['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind)) continue;
    for (const c of o.spec?.template?.spec?.containers ?? []) served.add(c.image);
  }
  const tiers = [all.filter((r) => built.has(r) && served.has(r)), all.filter((r) => built.has(r)), all];
  return tiers.find((t) => t.length > 0) ?? [];
}

/**
 * The chart's appVersion: the version of the application's images (`applicationImages`), one when they share it
 * ('1.4.2'), else `<name>:<version>` of each, by name ('api:2.3.0, site:2.4.0'). Undefined without images.
 */
export function appVersionOf(objects: readonly unknown[], names: ReadonlyMap<string, string>, built: ReadonlySet<string>): string | undefined {
  const refs = applicationImages(objects, names, built);
  if (refs.length === 0) return undefined;
  const versions = new Set(refs.map(versionOf));
  if (versions.size === 1) return [...versions][0];
  return refs.map((r) => `${names.get(r)}:${versionOf(r)}`).sort().join(', ');
}

/** The header of values.yaml: what the values are, and how to override one (`example`: a value's name). */
export function valuesHeader(chart: string, example = 'web'): string {
  return [
    `# Values of the ${chart} chart, written by cdk8s-blueprints. The only values are the container images, by name:`,
    '# each defaults to the reference synthesized (and checked by the validation gate) and is what the pod templates',
    `# run; \`--set images.${example}=<reference>\` overrides one (an override is not checked by the gate).`,
    '',
  ].join('\n');
}

/** values.schema.json: `images` and exactly its names, each a non-empty string (Helm checks it on lint, template, install, upgrade). */
export function valuesSchema(chart: string, names: readonly string[]): unknown {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Values of the ${chart} chart`,
    type: 'object',
    properties: {
      images: {
        description: 'The container image of each name: a reference such as registry.example.com/shop/api:1.4.2 or repository@sha256:<digest>',
        type: 'object',
        properties: Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1 }])),
        required: [...names],
        additionalProperties: false,
      },
    },
    required: ['images'],
  };
}

/** A hook of the chart: an object Helm creates before the release's others, on install and on upgrade. */
export interface HelmHook {
  /** Index of the object in the blueprint's output order. */
  readonly index: number;
  /** `helm.sh/hook-weight`: Helm creates lower weights first and waits for each Job to complete. */
  readonly weight: number;
}

type Json = { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any };

/**
 * The hooks: each Job the blueprint orders first — another object depends on it (`first`: each such Job's index
 * with the indexes of the objects it depends on, transitively) and it depends on none but the objects only its pods
 * use — weighted in output order 0, 10, 20…, and with each, weighted 5 before it, those objects: the
 * ServiceAccount it names, the NetworkPolicies selecting its pods, the ConfigMaps it mounts or reads, each when no
 * other pod template of the blueprint uses it. Helm creates pre-install hooks before every other object of the
 * release, so a Job is a hook only when all it runs with is a hook too or exists before the release: not when the
 * chart holds the Namespace it runs in or the PriorityClass it names (they would not exist yet on a first install),
 * nor when it comes after other objects (a migration after its database): such a Job stays an object of the
 * release, ordered by the init containers of `connectTo({ waitForReady })` and `runsBefore({ waitForCompletion })`.
 */
export function helmHooks(objects: readonly unknown[], first: ReadonlyMap<number, ReadonlySet<number>>): HelmHook[] {
  const js = objects as readonly Json[];
  const pods = js.map((o, i) => ({ i, pod: podTemplate(o) })).filter((p): p is { i: number; pod: Pod } => p.pod !== undefined);
  const candidates = [...first.keys()].filter((i) => js[i]?.kind === 'Job' && pods.some((p) => p.i === i)).sort((a, b) => a - b);
  const namespaces = new Set(js.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
  const priorityClasses = new Set(js.filter((o) => o.kind === 'PriorityClass').map((o) => o.metadata.name));
  const hooks: HelmHook[] = [];
  let k = 0;
  for (const j of candidates) {
    const own = pods.find((p) => p.i === j)!.pod;
    const others = pods.filter((p) => !candidates.includes(p.i)).map((p) => p.pod);
    const support = js.flatMap((o, i) => {
      if (candidates.includes(i) || hooks.some((h) => h.index === i)) return [];
      const name = o.metadata.name;
      const only = (uses: (pod: Pod) => boolean) => uses(own) && !others.some(uses);
      const ok = (o.kind === 'ServiceAccount' && only((p) => p.spec.serviceAccountName === name))
        || (o.kind === 'NetworkPolicy' && only((p) => selects(o.spec?.podSelector, p.labels)))
        || (o.kind === 'ConfigMap' && only((p) => configMapsOf(p.spec).has(name)));
      return ok ? [i] : [];
    });
    const needsMore = [...first.get(j)!].some((d) => !support.includes(d));
    const prerequisiteInChart = namespaces.has((js[j].metadata as { namespace?: string }).namespace ?? '') || priorityClasses.has(own.spec.priorityClassName ?? '');
    if (needsMore || prerequisiteInChart) continue;
    for (const i of support) hooks.push({ index: i, weight: 10 * k - 5 });
    hooks.push({ index: j, weight: 10 * k });
    k++;
  }
  return hooks.sort((a, b) => a.index - b.index);
}

type Pod = { labels: Record<string, string>; spec: any };

function podTemplate(o: Json): Pod | undefined {
  const t = o.kind === 'CronJob' ? o.spec?.jobTemplate?.spec?.template : o.spec?.template;
  if (!t?.spec || !['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'].includes(o.kind)) return undefined;
  return { labels: t.metadata?.labels ?? {}, spec: t.spec };
}

/** Whether a NetworkPolicy's podSelector (matchLabels only; an empty one selects every pod) selects pods with these labels. */
function selects(selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined, labels: Record<string, string>): boolean {
  if (!selector || (selector.matchExpressions?.length ?? 0) > 0) return false;
  const match = Object.entries(selector.matchLabels ?? {});
  return match.length > 0 && match.every(([k, v]) => labels[k] === v);
}

function configMapsOf(spec: any): Set<string> {
  const out = new Set<string>();
  for (const v of spec.volumes ?? []) if (v.configMap?.name) out.add(v.configMap.name);
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    for (const f of c.envFrom ?? []) if (f.configMapRef?.name) out.add(f.configMapRef.name);
    for (const e of c.env ?? []) if (e.valueFrom?.configMapKeyRef?.name) out.add(e.valueFrom.configMapKeyRef.name);
  }
  return out;
}
