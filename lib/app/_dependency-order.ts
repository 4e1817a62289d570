import { ApiObject, Chart, DependencyGraph } from 'cdk8s';
import { IConstruct } from 'constructs';
import { chartOf, isAttached } from '../k8s/_chart-constructs';

interface Vertex {
  readonly value: IConstruct;
  /** Its dependencies, in the order they were first added; undefined for none (most constructs). */
  outbound?: Vertex[];
  inbound: number;
  /** Where the walk is: not reached yet, on the path from a root, placed in the order. */
  state: typeof NEW | typeof ON_PATH | typeof PLACED;
}

const NEW = 0;
const ON_PATH = 1;
const PLACED = 2;

/**
 * `new DependencyGraph(root.node).topology()`, the same constructs in the same order, computed in one pass over
 * `constructs` (root's `findAll()`, which the caller may already have): vertices keyed by construct rather than by
 * `node.path` (which cdk8s rebuilds for every lookup), one depth-first walk that skips what it has already placed
 * (cdk8s' walks a shared dependency again from every dependant), and a cycle check once at the end instead of
 * a search per edge. On a cycle it is cdk8s' own graph, so the error is cdk8s' ("Dependency cycle detected: …").
 *
 * What cdk8s' graph does, kept here: only dependencies whose target is in the subtree are edges; the roots of the
 * walk are the constructs nothing in the subtree depends on, in the order of the object cdk8s keys by path — so a
 * path that is an array index ('0', '12') comes first, in numeric order, then the others in tree order.
 */
export function dependencyOrder(root: IConstruct, constructs: readonly IConstruct[] = root.node.findAll()): IConstruct[] {
  return ordered(root, constructs);
}

/** `dependencyOrder`, telling `onEdge` every edge of the graph (a dependency whose target is in `constructs`). */
function ordered(root: IConstruct, constructs: readonly IConstruct[], onEdge?: (source: IConstruct, target: IConstruct) => void): IConstruct[] {
  // Without a dependency every construct is a root of the walk, placed in the roots' order: no graph to build.
  if (!constructs.some((c) => c.node.dependencies.length > 0)) return roots(root, constructs, () => true);
  // The walk's state is kept on the vertices, and a list of dependencies made only for a construct that has some
  // (few have): no set per vertex and no placed and on-path sets.
  const vertices = new Map<IConstruct, Vertex>();
  for (const c of constructs) vertices.set(c, { value: c, outbound: undefined, inbound: 0, state: NEW });
  for (const source of vertices.values()) {
    for (const dep of source.value.node.dependencies) {
      const target = vertices.get(dep);
      if (!target || source.outbound?.includes(target)) continue;
      onEdge?.(source.value, dep);
      (source.outbound ??= []).push(target);
      target.inbound++;
    }
  }
  const orphans = roots(root, constructs, (c) => vertices.get(c)!.inbound === 0).map((c) => vertices.get(c)!);

  const order: IConstruct[] = [];
  let cycle = false;
  const visit = (v: Vertex): void => {
    if (v.state === PLACED) return;
    if (v.state === ON_PATH) {
      cycle = true;
      return;
    }
    v.state = ON_PATH;
    if (v.outbound !== undefined) for (const c of v.outbound) visit(c);
    v.state = PLACED;
    order.push(v.value);
  };
  for (const v of orphans) visit(v);
  // A cycle with no way in leaves its vertices unplaced; one reachable from a root is seen on the walk.
  if (cycle || order.length !== vertices.size) return new DependencyGraph(root.node).topology();
  return order;
}

/**
 * The constructs nothing depends on (`isRoot`), in the order of the object cdk8s keys them by path: array-index
 * paths first, in numeric order, then the others in tree order.
 */
function roots(root: IConstruct, constructs: readonly IConstruct[], isRoot: (c: IConstruct) => boolean): IConstruct[] {
  const indexed: Array<{ index: number; construct: IConstruct }> = [];
  const rest: IConstruct[] = [];
  for (const c of constructs) {
    if (!isRoot(c)) continue;
    // Only the root and its children can have a path without a '/': the others cannot be array indexes.
    const index = c === root || c.node.scope === root ? arrayIndex(c.node.path) : undefined;
    if (index === undefined) rest.push(c);
    else indexed.push({ index, construct: c });
  }
  if (indexed.length === 0) return rest;
  return [...indexed.sort((a, b) => a.index - b.index).map((x) => x.construct), ...rest];
}

/** The charts of an app in dependency order, and what each renders. */
export interface ChartOrder {
  /** The app's charts, dependencies first (cdk8s' `App.charts`). */
  readonly charts: readonly Chart[];
  /** The chart's own ApiObjects (not its nested charts'), dependencies first (cdk8s' `Chart.toJson()` order). */
  objectsOf(chart: Chart): ApiObject[];
}

/**
 * `dependencyOrder(app)`'s charts, and for each chart `dependencyOrder(chart)`'s ApiObjects whose chart it is,
 * from one ordering of the whole app (`constructs`: its `findAll()`) instead of one more per chart.
 *
 * A chart's subtree orders the same in the app's graph as in its own when no edge joins the subtree to a construct
 * outside it: the app's roots in the subtree are then the subtree's own roots, in the same order (only the chart
 * itself can have an array-index path, in both), and a walk from a root outside never enters it. An edge from one
 * chart to another (`chart.addDependency(other)`, an object depending on another chart's) or to a construct outside
 * every chart marks every chart around either end: those are ordered on their own, as before.
 */
export function chartOrder(app: IConstruct, constructs: readonly IConstruct[] = app.node.findAll()): ChartOrder {
  const charts: Chart[] = [];
  const joined = new Set<Chart>();
  const order = ordered(app, constructs, (source, target) => {
    const a = chartOf(source);
    const b = chartOf(target);
    if (a === b) return;
    for (const end of [a, b]) {
      for (let c: IConstruct | undefined = end; c !== undefined; c = c.node.scope) if (Chart.isChart(c)) joined.add(c);
    }
  });
  const own = new Map<Chart, ApiObject[]>();
  for (const c of order) {
    if (c instanceof Chart) charts.push(c);
    if (!(c instanceof ApiObject)) continue;
    const chart = chartOf(c)!; // an ApiObject is always in a chart
    let objects = own.get(chart);
    if (objects === undefined) own.set(chart, objects = []);
    objects.push(c);
  }
  // A construct removed from the tree after `constructs` was read (by the validation of one read before it) is not
  // rendered: every chart is then ordered from its subtree as it is now.
  const removed = constructs.some((c) => c !== app && !isAttached(c));
  return {
    charts,
    objectsOf: (chart) => removed || joined.has(chart)
      ? dependencyOrder(chart).filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === chart)
      : own.get(chart) ?? [],
  };
}

/** The number a property key is when JavaScript orders it as an array index, else undefined. */
function arrayIndex(key: string): number | undefined {
  if (!/^(?:0|[1-9][0-9]*)$/.test(key)) return undefined;
  const n = Number(key);
  return n < 4294967295 ? n : undefined;
}
