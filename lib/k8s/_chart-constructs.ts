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
