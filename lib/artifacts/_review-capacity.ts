/**
 * The review page's capacity (requests and limits per pod, times the replicas at the minimum and the maximum the
 * autoscaler allows, per workload and in total; jobs per run) and availability (replicas, disruption budget,
 * spread, priority class, update strategy).
 */
import {
  code, describe, formatBytes, formatCpu, memo, namespaceOf, objectsNamed, objectsOfKind, parseQuantity, PodSite, podSites, replicaRange,
  ReplicaRange, ReviewObject, selectsLabels, SiteIndex, table, text,
} from './_review-model';

const RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;
type Resource = typeof RESOURCES[number];
type Amounts = Record<Resource, number | undefined>;

/** A pod's effective requests or limits, as the scheduler counts them: the larger of its containers' sum (with sidecars) and its largest init container (with the sidecars started before it). */
export function podAmounts(spec: any, field: 'requests' | 'limits'): Amounts {
  const out = {} as Amounts;
  // One pass per resource over the containers, no list of values: the page asks this twice per pod template.
  const init: any[] = spec.initContainers ?? [];
  const main: any[] = spec.containers ?? [];
  // Indexed loops (see _review-model.ts): two per resource and pod template.
  for (let i = 0; i < RESOURCES.length; i++) {
    const r = RESOURCES[i];
    let set = false;
    let sidecars = 0;
    let initPeak = 0;
    for (let j = 0; j < init.length; j++) {
      const c = init[j];
      const v = parseQuantity(c.resources?.[field]?.[r]);
      if (v !== undefined) set = true;
      if (c.restartPolicy === 'Always') sidecars += v ?? 0;
      else initPeak = Math.max(initPeak, (v ?? 0) + sidecars);
    }
    let running = 0;
    for (let j = 0; j < main.length; j++) {
      const v = parseQuantity(main[j].resources?.[field]?.[r]);
      if (v !== undefined) set = true;
      running += v ?? 0;
    }
    out[r] = set ? Math.max(running + sidecars, initPeak) : undefined;
  }
  return out;
}

function amountText(r: Resource, n: number | undefined): string {
  if (n === undefined) return 'not set';
  return r === 'cpu' ? formatCpu(n) : formatBytes(n);
}

function times(a: Amounts, n: number): Amounts {
  const out = {} as Amounts;
  for (let i = 0; i < RESOURCES.length; i++) {
    const r = RESOURCES[i];
    out[r] = a[r] === undefined ? undefined : a[r]! * n;
  }
  return out;
}

function add(a: Amounts, b: Amounts): Amounts {
  const out = {} as Amounts;
  for (let i = 0; i < RESOURCES.length; i++) {
    const r = RESOURCES[i];
    out[r] = a[r] === undefined && b[r] === undefined ? undefined : (a[r] ?? 0) + (b[r] ?? 0);
  }
  return out;
}

const NONE: Amounts = { cpu: undefined, memory: undefined, 'ephemeral-storage': undefined };

/** 'cpu / memory / ephemeral-storage' of requests and limits: '500m / 512Mi / 64Mi'. */
function triple(a: Amounts, partial?: ReadonlySet<Resource>): string {
  let out = '';
  for (const r of RESOURCES) {
    if (out !== '') out += ' / ';
    if (partial?.has(r) && a[r] !== undefined) out += 'at least ';
    out += amountText(r, a[r]);
  }
  return out;
}

/**
 * triple()'s texts of amounts that are not lower bounds, by cpu, then memory, then ephemeral storage (bounded: cleared
 * when full). A capacity table has a few distinct amounts (its pods' resource profiles, times their replica counts),
 * each on many rows: each is written once, and its rows share the text instead of building it anew (~1 µs a cell).
 */
const tripleTexts = new Map<number | undefined, Map<number | undefined, Map<number | undefined, string>>>();
let tripleTextCount = 0;

function tripleText(a: Amounts): string {
  if (tripleTextCount >= 10_000) {
    tripleTexts.clear();
    tripleTextCount = 0;
  }
  let byMemory = tripleTexts.get(a.cpu);
  if (!byMemory) tripleTexts.set(a.cpu, byMemory = new Map());
  let byStorage = byMemory.get(a.memory);
  if (!byStorage) byMemory.set(a.memory, byStorage = new Map());
  let text = byStorage.get(a['ephemeral-storage']);
  if (text === undefined) {
    byStorage.set(a['ephemeral-storage'], text = triple(a));
    tripleTextCount++;
  }
  return text;
}

function replicasText(range: ReplicaRange): string {
  if (range.perNode) return '1 per node';
  const n = range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
  return range.autoscaler ? `${n} (${describe(range.autoscaler)})` : n;
}

/** The long-running workloads of the output, with their replica ranges (as text too): capacity and availability list the same ones. */
const longRunning = memo((objects: readonly ReviewObject[]): ReadonlyArray<{ site: PodSite; range: ReplicaRange; replicas: string }> =>
  podSites(objects).filter((s) => s.longRunning).map((site) => {
    const range = replicaRange(objects, site.object);
    return { site, range, replicas: replicasText(range) };
  }));

/** `## Capacity`. */
export function capacitySection(objects: readonly ReviewObject[]): string {
  const workloads = longRunning(objects);
  const header = ['workload', 'replicas', 'requests per pod', 'limits per pod', 'requests at min', 'requests at max', 'limits at min', 'limits at max'];
  let total = { reqMin: NONE, reqMax: NONE, limMin: NONE, limMax: NONE };
  // A resource some workload leaves unset makes the total a lower bound.
  const partial = { req: new Set<Resource>(), lim: new Set<Resource>() };
  const rows = workloads.map(({ site, range, replicas }) => {
    const req = podAmounts(site.spec, 'requests');
    const lim = podAmounts(site.spec, 'limits');
    const row = { reqMin: times(req, range.min), reqMax: times(req, range.max), limMin: times(lim, range.min), limMax: times(lim, range.max) };
    for (let i = 0; i < RESOURCES.length; i++) {
      const r = RESOURCES[i];
      if (!range.perNode && req[r] === undefined) partial.req.add(r);
      if (!range.perNode && lim[r] === undefined) partial.lim.add(r);
    }
    if (!range.perNode) total = { reqMin: add(total.reqMin, row.reqMin), reqMax: add(total.reqMax, row.reqMax), limMin: add(total.limMin, row.limMin), limMax: add(total.limMax, row.limMax) };
    return [site.title, replicas, tripleText(req), tripleText(lim), tripleText(row.reqMin), tripleText(row.reqMax), tripleText(row.limMin), tripleText(row.limMax)];
  });
  const perNode = workloads.filter((w) => w.range.perNode).map((w) => w.site.title);
  const out = [
    '## Capacity',
    '',
    'CPU / memory / ephemeral storage of each pod (the larger of its containers together and its largest init container), times its replicas: at the minimum and the maximum its autoscaler allows.',
    '',
  ];
  out.push(rows.length === 0 ? 'No long-running workload.' : table(header, [
    ...rows,
    ['**total**', '', '', '', `**${triple(total.reqMin, partial.req)}**`, `**${triple(total.reqMax, partial.req)}**`,
    `**${triple(total.limMin, partial.lim)}**`, `**${triple(total.limMax, partial.lim)}**`],
  ]));
  if (perNode.length) out.push('', `Not in the total: ${perNode.join(', ')} (one pod per node).`);
  const jobs = podSites(objects).filter((s) => !s.longRunning);
  if (jobs.length) {
    out.push('', '### Jobs (per run, not in the total)', '', table(['job', 'runs', 'pods per run', 'requests per pod', 'limits per pod'], jobs.map((s) => {
      const j = s.object.json;
      const job = j.kind === 'CronJob' ? j.spec?.jobTemplate?.spec ?? {} : j.spec ?? {};
      const runs = j.kind === 'CronJob' ? (j.spec?.suspend ? 'suspended: run by hand' : `${code(String(j.spec?.schedule))}${j.spec?.timeZone ? ` (${text(j.spec.timeZone)})` : ''}`) : 'once';
      return [s.title, runs, String(job.parallelism ?? 1), tripleText(podAmounts(s.spec, 'requests')), tripleText(podAmounts(s.spec, 'limits'))];
    })));
  }
  return out.join('\n');
}

/** `## Availability`. */
export function availabilitySection(objects: readonly ReviewObject[]): string {
  const workloads = longRunning(objects);
  // Each pod's budgets, in output order: every budget's pods found through the label index, checked with its selector.
  const budgets = new Map<PodSite, ReviewObject[]>();
  const index = SiteIndex.of(podSites(objects));
  const pdbs = objectsOfKind(objects, 'PodDisruptionBudget');
  for (let i = 0; i < pdbs.length; i++) {
    const p = pdbs[i];
    const selector = p.json.spec?.selector;
    const candidates = selector ? index.candidates(selector) : [];
    for (let j = 0; j < candidates.length; j++) {
      const site = candidates[j];
      if (!(namespaceOf(p) === namespaceOf(site.object) && selectsLabels(selector, site.labels))) continue;
      const list = budgets.get(site);
      if (list) list.push(p); else budgets.set(site, [p]);
    }
  }
  // Each priority class's text once (by name): a page's workloads name a few classes.
  const priorities = new Map<unknown, string>();
  const priorityOf = (spec: any) => {
    let known = priorities.get(spec.priorityClassName);
    if (known === undefined) priorities.set(spec.priorityClassName, known = priorityText(spec, objects));
    return known;
  };
  const rows = workloads.map(({ site, replicas }) => {
    const budget = (budgets.get(site) ?? [])
      .map((p) => `${describe(p)}: ${p.json.spec?.minAvailable !== undefined ? `minAvailable ${p.json.spec.minAvailable}` : `maxUnavailable ${p.json.spec?.maxUnavailable}`}`);
    return [site.title, replicas, budget.join('<br>') || 'none', spreadText(site.spec), priorityOf(site.spec), strategyText(site.object)];
  });
  return [
    '## Availability',
    '',
    rows.length === 0 ? 'No long-running workload.' : table(['workload', 'replicas', 'disruption budget', 'spread', 'priority class', 'updates'], rows),
  ].join('\n');
}

function spreadText(spec: any): string {
  const parts: string[] = (spec.topologySpreadConstraints ?? []).map((t: any) =>
    `${code(String(t.topologyKey))} max skew ${t.maxSkew}${t.whenUnsatisfiable === 'DoNotSchedule' ? ', required' : ', preferred'}`);
  const anti = spec.affinity?.podAntiAffinity ?? {};
  // Indexed loops (see _review-model.ts): two per pod template.
  const required = anti.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  for (let i = 0; i < required.length; i++) parts.push(`anti-affinity ${code(String(required[i].topologyKey))}, required`);
  const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  for (let i = 0; i < preferred.length; i++) parts.push(`anti-affinity ${code(String(preferred[i].podAffinityTerm?.topologyKey))}, preferred`);
  return parts.join('<br>') || 'none';
}

function priorityText(spec: any, objects: readonly ReviewObject[]): string {
  const name = spec.priorityClassName;
  if (!name) return 'none (the cluster default)';
  const pc = objectsNamed(objects, 'PriorityClass', name)[0];
  if (!pc) return `${code(name)} (not in this blueprint)`;
  return `${code(name)} (${pc.json.value}, ${pc.json.preemptionPolicy === 'Never' ? 'never preempts' : 'may preempt'})`;
}

function strategyText(o: ReviewObject): string {
  const s = o.json.spec ?? {};
  if (o.json.kind === 'Deployment') {
    const type = s.strategy?.type ?? 'RollingUpdate';
    const ru = s.strategy?.rollingUpdate;
    return type === 'RollingUpdate' ? `RollingUpdate (maxSurge ${ru?.maxSurge ?? '25%'}, maxUnavailable ${ru?.maxUnavailable ?? '25%'})` : text(type);
  }
  if (o.json.kind === 'StatefulSet' || o.json.kind === 'DaemonSet') {
    const type = s.updateStrategy?.type ?? 'RollingUpdate';
    return o.json.kind === 'StatefulSet' ? `${text(type)}, ${text(s.podManagementPolicy ?? 'OrderedReady')}` : text(type);
  }
  return '—';
}
