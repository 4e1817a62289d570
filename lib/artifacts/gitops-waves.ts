import { ApiObject, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';

/**
 * The annotation that carries an object's wave: Argo CD syncs wave by wave (lowest first, each healthy before the
 * next), and the per-wave kustomizations of Flux select on it.
 * @see https://argo-cd.readthedocs.io/en/stable/user-guide/sync-waves/
 */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/**
 * The sync wave of every object of a chart (a Blueprint), derived from its dependency graph — the ordering that
 * relations record (`connectTo` makes a workload depend on what it connects to; a backup job depends on its
 * database) and that the output already follows:
 *
 * - the chart's own objects (a Blueprint's Namespace, PriorityClasses and mesh policy, which every other object
 *   needs) are at level 0;
 * - every other construct is at level 1, or one above the highest level of what it depends on, and at least at its
 *   parent's level; an object is at its construct's level.
 *
 * The levels in use are then numbered 0, 1, 2… in order, so a blueprint whose data services have dependents gets
 * wave 0 (namespace-level prerequisites), 1 (the data services and whatever depends on nothing) and 2 (the
 * workloads that connect to them, and the backup jobs). Waves are never negative: the Flux kustomizations select
 * objects by the annotation with a label selector, whose values cannot start with '-'.
 */
export function syncWaves(chart: Chart): Map<ApiObject, number> {
  const levels = new Map<IConstruct, number>();
  const visiting = new Set<IConstruct>();
  const inChart = (c: IConstruct) => c !== chart && isUnder(c, chart);

  const level = (c: IConstruct): number => {
    const known = levels.get(c);
    if (known !== undefined) return known;
    if (visiting.has(c)) return 0; // a cycle (connectTo refuses them): ordered by the rest of the graph
    visiting.add(c);
    const scope = c.node.scope!;
    let l = scope === chart ? (c instanceof ApiObject ? 0 : 1) : level(scope);
    for (const d of c.node.dependencies) {
      if (inChart(d)) l = Math.max(l, level(d) + 1);
    }
    visiting.delete(c);
    levels.set(c, l);
    return l;
  };

  const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === chart);
  const raw = objects.map((o) => level(o));
  const used = [...new Set(raw)].sort((a, b) => a - b);
  const waves = new Map<ApiObject, number>();
  objects.forEach((o, i) => waves.set(o, used.indexOf(raw[i])));
  return waves;
}

/** How many waves `syncWaves` gives (1 for a chart whose objects have no dependencies among them). */
export function waveCount(waves: ReadonlyMap<ApiObject, number>): number {
  return waves.size === 0 ? 0 : Math.max(...waves.values()) + 1;
}

function isUnder(c: IConstruct, ancestor: IConstruct): boolean {
  for (let s: IConstruct | undefined = c; s; s = s.node.scope) if (s === ancestor) return true;
  return false;
}
