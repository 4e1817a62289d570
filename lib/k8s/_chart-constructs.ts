import { Chart } from 'cdk8s';
import { IConstruct } from 'constructs';

/**
 * The constructs whose chart is `chart` (cdk8s' `Chart.of(c) === chart`), in `chart.node.findAll()` order: its
 * subtree without the subtrees of the charts nested in it. One walk that does not enter a nested chart, instead of
 * the whole subtree filtered by `Chart.of`, which walks up from every construct to its chart (a blueprint's default
 * alerts and image policy each ask it of a tree of thousands when the app validates).
 */
export function chartConstructs(chart: Chart): IConstruct[] {
  const out: IConstruct[] = [];
  const visit = (c: IConstruct): void => {
    out.push(c);
    for (const child of c.node.children) if (!Chart.isChart(child)) visit(child);
  };
  visit(chart);
  return out;
}

/**
 * The constructs of each chart that run an image of their own (a Workload given an `IImageSource`, registered by
 * `registerImageRunner` when it is made), so that a blueprint's image policy can tell whether it runs a signed image
 * without walking its thousands of constructs when the app validates. Keyed by the construct's chart (cdk8s'
 * `Chart.of`, fixed when the construct is made), held weakly.
 */
const imageRunners = new WeakMap<Chart, IConstruct[]>();

/** The chart `c` is in (cdk8s' `Chart.of`), or undefined for a construct outside every chart (where `Chart.of` throws). */
export function chartOf(c: IConstruct): Chart | undefined {
  for (let s: IConstruct | undefined = c; s !== undefined; s = s.node.scope) if (Chart.isChart(s)) return s;
  return undefined;
}

/** Whether `c` is still its scope's child (`node.tryRemoveChild` of it leaves it pointing at a scope that lost it). */
export function isAttached(c: IConstruct): boolean {
  return c.node.scope?.node.tryFindChild(c.node.id) === c;
}

/** Registers `c`, a construct that runs an image of its own, with its chart (nothing outside every chart). */
export function registerImageRunner(c: IConstruct): void {
  const chart = chartOf(c);
  if (chart === undefined) return;
  let runners = imageRunners.get(chart);
  if (runners === undefined) imageRunners.set(chart, runners = []);
  runners.push(c);
}

/**
 * The constructs registered with `chart` by `registerImageRunner` that are still in its tree: one removed since
 * (`node.tryRemoveChild` of it or of a construct above it) is not, as `chartConstructs` would not list it.
 * In the order they were made, which is not the tree's.
 */
export function imageRunnersOf(chart: Chart): IConstruct[] {
  return (imageRunners.get(chart) ?? []).filter((c) => {
    for (let x: IConstruct = c; x !== chart; x = x.node.scope!) if (!isAttached(x)) return false;
    return true;
  });
}
