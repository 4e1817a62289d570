import { ApiObject, App, Chart, DependencyGraph } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { dependencyOrder } from '../../lib/app/_dependency-order';

/** A small deterministic pseudo-random generator (mulberry32), so a failing case can be replayed by its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An app of charts (some with array-index ids), nested constructs and ApiObjects, and acyclic dependencies. */
function randomApp(seed: number): App {
  const rnd = random(seed);
  const app = new App();
  const made: IConstruct[] = [];
  const charts = 1 + Math.floor(rnd() * 4);
  for (let c = 0; c < charts; c++) {
    const id = rnd() < 0.3 ? String(Math.floor(rnd() * 20)) : `chart-${c}`;
    if (app.node.tryFindChild(id)) continue;
    const chart = new Chart(app, id);
    made.push(chart);
    const scopes: Construct[] = [chart];
    const n = Math.floor(rnd() * 25);
    for (let i = 0; i < n; i++) {
      const scope = scopes[Math.floor(rnd() * scopes.length)];
      const child = rnd() < 0.6
        ? new ApiObject(scope, `o${i}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `o${i}` } })
        : new Construct(scope, rnd() < 0.2 ? String(i) : `c${i}`);
      made.push(child);
      if (!(child instanceof ApiObject)) scopes.push(child);
    }
  }
  // Dependencies only from later-made constructs to earlier ones (never a cycle), across charts too, some repeated.
  for (let i = 0; i < made.length; i++) {
    const deps = Math.floor(rnd() * 3);
    for (let d = 0; d < deps && i > 0; d++) {
      const target = made[Math.floor(rnd() * i)];
      if (target !== made[i] && !target.node.scopes.includes(made[i]) && !made[i].node.scopes.includes(target)) made[i].node.addDependency(target);
    }
  }
  return app;
}

describe('dependencyOrder', () => {
  test("is cdk8s' DependencyGraph topology, construct for construct, for the app and for every chart (500 random trees)", () => {
    for (let seed = 1; seed <= 500; seed++) {
      // GIVEN
      const app = randomApp(seed);

      // WHEN / THEN
      expect({ seed, order: dependencyOrder(app).map((c) => c.node.path) })
        .toEqual({ seed, order: new DependencyGraph(app.node).topology().map((c) => c.node.path) });
      for (const chart of app.node.children.filter((c): c is Chart => c instanceof Chart)) {
        expect({ seed, chart: chart.node.path, order: dependencyOrder(chart).map((c) => c.node.path) })
          .toEqual({ seed, chart: chart.node.path, order: new DependencyGraph(chart.node).topology().map((c) => c.node.path) });
      }
    }
  });

  test('orders charts whose ids are array indexes first, in numeric order, as cdk8s does', () => {
    // GIVEN
    const app = new App();
    for (const id of ['b', '10', 'a', '2']) new Chart(app, id);

    // WHEN
    const order = dependencyOrder(app).map((c) => c.node.path);

    // THEN
    expect(order).toEqual(['2', '10', '', 'b', 'a']);
    expect(order).toEqual(new DependencyGraph(app.node).topology().map((c) => c.node.path));
  });

  test("a dependency cycle is reported with cdk8s' own error", () => {
    // GIVEN
    const app = new App();
    const chart = new Chart(app, 'chart');
    const a = new Construct(chart, 'a');
    const b = new Construct(chart, 'b');
    a.node.addDependency(b);
    b.node.addDependency(a);

    // WHEN / THEN
    expect(() => dependencyOrder(chart)).toThrow('Dependency cycle detected: chart/a => chart/b => chart/a');
  });
});
