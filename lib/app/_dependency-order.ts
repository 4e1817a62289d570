import { DependencyGraph } from 'cdk8s';
import { IConstruct } from 'constructs';

interface Vertex {
  readonly value: IConstruct;
  /** Its dependencies, in the order they were first added. */
  readonly outbound: Set<Vertex>;
  inbound: number;
}

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
  const vertices = new Map<IConstruct, Vertex>();
  for (const c of constructs) vertices.set(c, { value: c, outbound: new Set(), inbound: 0 });
  for (const source of vertices.values()) {
    for (const dep of source.value.node.dependencies) {
      const target = vertices.get(dep);
      if (!target || source.outbound.has(target)) continue;
      source.outbound.add(target);
      target.inbound++;
    }
  }
  const indexed: Array<{ index: number; vertex: Vertex }> = [];
  const rest: Vertex[] = [];
  for (const v of vertices.values()) {
    if (v.inbound !== 0) continue;
    // Only the root and its children can have a path without a '/': the others cannot be array indexes.
    const index = v.value === root || v.value.node.scope === root ? arrayIndex(v.value.node.path) : undefined;
    if (index === undefined) rest.push(v);
    else indexed.push({ index, vertex: v });
  }
  const orphans = [...indexed.sort((a, b) => a.index - b.index).map((x) => x.vertex), ...rest];

  const placed = new Set<Vertex>();
  const onPath = new Set<Vertex>();
  const order: IConstruct[] = [];
  let cycle = false;
  const visit = (v: Vertex): void => {
    if (placed.has(v)) return;
    if (onPath.has(v)) {
      cycle = true;
      return;
    }
    onPath.add(v);
    for (const c of v.outbound) visit(c);
    onPath.delete(v);
    placed.add(v);
    order.push(v.value);
  };
  for (const v of orphans) visit(v);
  // A cycle with no way in leaves its vertices unplaced; one reachable from a root is seen on the walk.
  if (cycle || placed.size !== vertices.size) return new DependencyGraph(root.node).topology();
  return order;
}

/** The number a property key is when JavaScript orders it as an array index, else undefined. */
function arrayIndex(key: string): number | undefined {
  if (!/^(?:0|[1-9][0-9]*)$/.test(key)) return undefined;
  const n = Number(key);
  return n < 4294967295 ? n : undefined;
}
