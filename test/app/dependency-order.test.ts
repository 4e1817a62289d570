import { ApiObject, App, Chart, DependencyGraph } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { chartOrder, dependencyOrder } from '../../lib/app/_dependency-order';

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
function randomApp(seed: number, withDependencies = true): App {
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
  for (let i = 0; i < made.length && withDependencies; i++) {
    const deps = Math.floor(rnd() * 3);
    for (let d = 0; d < deps && i > 0; d++) {
      const target = made[Math.floor(rnd() * i)];
      if (target !== made[i] && !target.node.scopes.includes(made[i]) && !made[i].node.scopes.includes(target)) made[i].node.addDependency(target);
    }
  }
  return app;
}

/**
 * An app of charts, some nested in a chart or in a construct of one, with ApiObjects and dependencies mostly within a
 * chart (from later-made constructs to earlier ones, never a cycle) and, with `crossing`, now and then across charts or
 * to a construct outside every chart.
 */
function randomNestedApp(seed: number, crossing: boolean): App {
  const rnd = random(seed);
  const app = new App();
  const outside = new Construct(app, 'outside');
  const made: Array<{ chart: Chart | undefined; construct: IConstruct }> = [{ chart: undefined, construct: outside }];
  const scopes: Array<{ chart: Chart; scope: Construct }> = [];
  const charts = 1 + Math.floor(rnd() * 4);
  for (let c = 0; c < charts; c++) {
    const parent = scopes.length > 0 && rnd() < 0.4 ? scopes[Math.floor(rnd() * scopes.length)].scope : app;
    const id = rnd() < 0.3 ? String(c) : `chart-${c}`;
    const chart = new Chart(parent, id);
    made.push({ chart, construct: chart });
    scopes.push({ chart, scope: chart });
    const n = Math.floor(rnd() * 20);
    for (let i = 0; i < n; i++) {
      const at = scopes.filter((s) => s.chart === chart)[0];
      const own = scopes.filter((s) => s.chart === chart);
      const scope = rnd() < 0.5 ? at.scope : own[Math.floor(rnd() * own.length)].scope;
      const child = rnd() < 0.6
        ? new ApiObject(scope, `o${i}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `o${c}-${i}` } })
        : new Construct(scope, `c${i}`);
      made.push({ chart, construct: child });
      if (!(child instanceof ApiObject)) scopes.push({ chart, scope: child });
    }
  }
  for (let i = 1; i < made.length; i++) {
    const deps = Math.floor(rnd() * 3);
    for (let d = 0; d < deps; d++) {
      const candidates = made.slice(0, i).filter((m) => (crossing && rnd() < 0.1) || m.chart === made[i].chart);
      if (candidates.length === 0) continue;
      const target = candidates[Math.floor(rnd() * candidates.length)].construct;
      const source = made[i].construct;
      if (!target.node.scopes.includes(source) && !source.node.scopes.includes(target)) source.node.addDependency(target);
    }
  }
  return app;
}

/** What synthesis rendered before chartOrder: `dependencyOrder(chart)`'s ApiObjects of the chart itself. */
function chartObjects(chart: Chart): string[] {
  return dependencyOrder(chart).filter((c) => c instanceof ApiObject && Chart.of(c) === chart).map((c) => c.node.path);
}

describe('chartOrder', () => {
  test.each([false, true])("is dependencyOrder(app)'s charts and each chart's own objects in dependencyOrder(chart) (500 random trees with nested charts, crossing edges: %s)", (crossing) => {
    for (let seed = 1; seed <= 500; seed++) {
      // GIVEN
      const app = randomNestedApp(seed, crossing);

      // WHEN
      const order = chartOrder(app);

      // THEN
      const charts = dependencyOrder(app).filter((c): c is Chart => c instanceof Chart);
      expect({ seed, charts: order.charts.map((c) => c.node.path) }).toEqual({ seed, charts: charts.map((c) => c.node.path) });
      for (const chart of charts) {
        expect({ seed, chart: chart.node.path, objects: order.objectsOf(chart).map((c) => c.node.path) })
          .toEqual({ seed, chart: chart.node.path, objects: chartObjects(chart) });
      }
    }
  });

  test("orders a chart's objects on their own when an object of another chart depends on one of them", () => {
    // GIVEN: the app's walk meets b/b1 first, and would place a/a2 with it, before a/a1
    const app = new App();
    const b = new Chart(app, 'b');
    const a = new Chart(app, 'a');
    const b1 = new ApiObject(b, 'b1', { apiVersion: 'v1', kind: 'ConfigMap' });
    new ApiObject(a, 'a1', { apiVersion: 'v1', kind: 'ConfigMap' });
    const a2 = new ApiObject(a, 'a2', { apiVersion: 'v1', kind: 'ConfigMap' });
    b1.node.addDependency(a2);

    // WHEN
    const order = chartOrder(app);

    // THEN
    expect(order.objectsOf(a).map((c) => c.node.path)).toEqual(['a/a1', 'a/a2']);
    expect(order.objectsOf(b).map((c) => c.node.path)).toEqual(['b/b1']);
  });

  test('leaves out an object removed from the tree after the constructs were read', () => {
    // GIVEN
    const app = new App();
    const chart = new Chart(app, 'chart');
    new ApiObject(chart, 'kept', { apiVersion: 'v1', kind: 'ConfigMap' });
    const scope = new Construct(chart, 'scope');
    new ApiObject(scope, 'removed', { apiVersion: 'v1', kind: 'ConfigMap' });
    const constructs = app.node.findAll();
    chart.node.tryRemoveChild('scope');

    // WHEN
    const objects = chartOrder(app, constructs).objectsOf(chart);

    // THEN
    expect(objects.map((c) => c.node.path)).toEqual(['chart/kept']);
  });
});

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

  test("without any dependency (no graph is built) it is cdk8s' topology too (200 random trees, some ids array indexes)", () => {
    for (let seed = 1; seed <= 200; seed++) {
      // GIVEN
      const app = randomApp(seed, false);

      // WHEN / THEN
      expect({ seed, order: dependencyOrder(app).map((c) => c.node.path) })
        .toEqual({ seed, order: new DependencyGraph(app.node).topology().map((c) => c.node.path) });
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
