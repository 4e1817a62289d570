/**
 * emitObject (lib/k8s/emit.ts): the one way the library emits a Kubernetes object — it claims the name in the
 * chart, sets the metadata, and renders the body lazily from one function.
 */
import { ApiObject, App, Chart, IResolver, JsonPatch, Lazy, ResolutionContext, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { emitObject } from '../../lib/k8s/emit';
import { recordedErrors } from '../../lib/k8s/_recorded-errors';

describe('emitObject', () => {
  test('default configuration: name, labels and a spec rendered when the chart synthesizes', () => {
    // GIVEN
    const chart = Testing.chart();
    const owner = new Construct(chart, 'api');
    const rules: string[] = [];

    // WHEN
    const obj = emitObject(owner, 'Role', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', name: 'api', labels: { 'app.kubernetes.io/name': 'api' }, render: () => ({ spec: { rules } }) });
    rules.push('added after the object was made');

    // THEN
    expect(obj).toBeInstanceOf(ApiObject);
    expect(obj.node.path).toEqual('test/api/Role');
    expect(Testing.synth(chart)).toEqual([{
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role',
      metadata: { name: 'api', labels: { 'app.kubernetes.io/name': 'api' } },
      spec: { rules: ['added after the object was made'] },
    }]);
  });

  test('objects that differ only in apiVersion, or only in kind, each render their own', () => {
    // GIVEN
    const chart = Testing.chart();
    const owner = new Construct(chart, 'api');
    const made: Array<[string, string]> = [['example.com/v1', 'Widget'], ['example.com/v2', 'Widget'], ['example.com/v1', 'Gadget'], ['example.com/v1', 'Widget']];

    // WHEN
    made.forEach(([apiVersion, kind], i) => emitObject(owner, `O${i}`, { apiVersion, kind, name: `o${i}`, render: () => ({ spec: {} }) }));

    // THEN
    expect(Testing.synth(chart).map((o) => [o.apiVersion, o.kind, o.metadata.name])).toEqual(made.map(([v, k], i) => [v, k, `o${i}`]));
  });

  test('fields chooses the top-level fields render fills; the rest of its result is ignored', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop', labels: { team: 'web' } });

    // WHEN
    emitObject(chart, 'Settings', {
      apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', annotations: { 'reviewed-by': 'ops' },
      fields: ['data', 'immutable'], render: () => ({ data: { MODE: 'fast' }, spec: { ignored: true } }),
    });

    // THEN: the chart's namespace and labels are added, `immutable` (not rendered) is left out
    expect(Testing.synth(chart)).toEqual([{
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'shop', labels: { team: 'web' }, annotations: { 'reviewed-by': 'ops' } },
      data: { MODE: 'fast' },
    }]);
  });

  test('labels: the chart\'s and the object\'s own as ApiObject sets them, an own label replacing the chart\'s; addLabel still reaches the output', () => {
    // GIVEN: cdk8s' own ApiObject with the same metadata, in a chart with labels
    const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop', labels: { team: 'web', tier: 'chart' } });
    const labels = { zone: 'a', tier: 'own', app: 'api' };
    const plain = new ApiObject(chart, 'Plain', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', labels, annotations: { note: 'x' } } });

    // WHEN
    const obj = emitObject(chart, 'Settings', { apiVersion: 'v1', kind: 'ConfigMap', name: 'settings', labels, annotations: { note: 'x' }, fields: [], render: () => ({}) });
    obj.metadata.addLabel('added', 'later');
    plain.metadata.addLabel('added', 'later');

    // THEN
    const expected = { name: 'settings', namespace: 'shop', labels: { added: 'later', app: 'api', team: 'web', tier: 'own', zone: 'a' }, annotations: { note: 'x' } };
    expect(JSON.stringify(obj.toJson().metadata)).toEqual(JSON.stringify(plain.toJson().metadata));
    expect(JSON.stringify(ApiObject.prototype.toJson.call(obj).metadata)).toEqual(JSON.stringify(plain.toJson().metadata));
    expect(obj.toJson().metadata).toEqual(expected);
    expect(obj.metadata.getLabel('tier')).toEqual('own');
    expect(labels).toEqual({ zone: 'a', tier: 'own', app: 'api' }); // the caller's record is not changed
  });

  test('a cluster-scoped object has no namespace', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop' });

    // WHEN
    emitObject(chart, 'Namespace', { apiVersion: 'v1', kind: 'Namespace', name: 'shop', clusterScoped: true, fields: [], render: () => ({}) });

    // THEN
    expect(Testing.synth(chart)).toEqual([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }]);
  });

  test('a second object of one kind and name from another construct is a recorded mistake, and still emitted', () => {
    // GIVEN
    const chart = Testing.chart();
    const render = () => ({});
    emitObject(new Construct(chart, 'a'), 'ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', name: 'api', render });

    // WHEN
    emitObject(new Construct(chart, 'b'), 'ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', name: 'api', render });

    // THEN
    expect(recordedErrors(chart).map((e) => e.text)).toEqual([
      'Chart \'test\': ServiceAccount name \'api\' is used by both \'test/a\' and \'test/b\'; give one of them another id',
    ]);
    expect(Testing.synth(chart).map((o) => o.metadata.name)).toEqual(['api', 'api']);
  });

  test('one construct may emit objects of one name in several kinds, or twice in one kind', () => {
    // GIVEN
    const chart = Testing.chart();
    const owner = new Construct(chart, 'api');
    const render = () => ({});

    // WHEN
    emitObject(owner, 'ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', name: 'api', render });
    emitObject(owner, 'Service', { apiVersion: 'v1', kind: 'Service', name: 'api', render });
    emitObject(new Construct(owner, 'inner'), 'Other', { apiVersion: 'v1', kind: 'ConfigMap', name: 'api', render });

    // THEN
    expect(recordedErrors(chart)).toEqual([]);
  });
});

describe('toJson: cdk8s\' own result, rendered once and resolved in one pass', () => {
  /** A value cdk8s' NumberStringUnionResolver turns into { value } (IntOrString and Quantity look like this). */
  class Union {
    public constructor(public readonly value: string | number) {}
  }

  function tricky(chart: Chart, renders: { count: number }): ApiObject {
    const owner = new Construct(chart, 'api');
    const obj = emitObject(owner, 'Thing', {
      apiVersion: 'example.com/v1', kind: 'Thing', name: 'api', labels: { b: '2', a: '1' }, annotations: { note: 'x' },
      fields: ['spec', 'data', 'status'],
      render: () => {
        renders.count++;
        return {
          spec: {
            z: 1, a: [3, null, undefined, { y: Lazy.any({ produce: () => ({ deep: 'lazy', gone: undefined }) }) }],
            empty: {}, none: [], nothing: null, union: new Union(8080), token: { resolve: () => 'implicit' },
            nested: { keep: { '': '' } },
          },
          data: Lazy.any({ produce: () => ({ key: 'value' }) }),
          status: undefined,
        };
      },
    });
    obj.metadata.addLabel('added', 'later');
    obj.metadata.addAnnotation('empty-list', '');
    return obj;
  }

  test('the same JSON as ApiObject.toJson: key order, Lazy and implicit tokens, unions, null and undefined, metadata', () => {
    // GIVEN
    const chart = Testing.chart();
    const renders = { count: 0 };
    const obj = tricky(chart, renders);
    obj.addJsonPatch(JsonPatch.add('/spec/patched', true));

    // WHEN
    const fast = obj.toJson();
    const own = ApiObject.prototype.toJson.call(obj);

    // THEN
    expect(JSON.stringify(fast)).toEqual(JSON.stringify(own));
    expect(fast).toEqual({
      apiVersion: 'example.com/v1', kind: 'Thing',
      metadata: { annotations: { 'empty-list': '', 'note': 'x' }, labels: { a: '1', added: 'later', b: '2' }, name: 'api', namespace: undefined },
      data: { key: 'value' },
      spec: {
        a: [3, undefined, undefined, { y: { deep: 'lazy' } }], empty: {}, nested: { keep: { '': '' } }, none: [],
        patched: true, token: 'implicit', union: { value: 8080 }, z: 1,
      },
    });
  });

  test('without JSON patches (the object built in its final order, field by field): the same JSON as ApiObject.toJson', () => {
    // GIVEN: fields given out of order, one rendering undefined, one named like a key that sorts before 'kind'
    const chart = Testing.chart();
    const plain = tricky(chart, { count: 0 });
    const early = emitObject(new Construct(chart, 'sa'), 'ServiceAccount', {
      apiVersion: 'v1', kind: 'ServiceAccount', name: 'sa', fields: ['secrets', 'automountServiceAccountToken', 'secrets'],
      render: () => ({ automountServiceAccountToken: false, secrets: [{ name: 'token' }] }),
    });

    // WHEN
    const fast = [plain, early].map((o) => JSON.stringify(o.toJson()));
    const own = [plain, early].map((o) => JSON.stringify(ApiObject.prototype.toJson.call(o)));

    // THEN
    expect(fast).toEqual(own);
    expect(Object.keys(plain.toJson())).toEqual(['apiVersion', 'kind', 'metadata', 'data', 'spec']);
    expect(Object.keys(early.toJson())).toEqual(['apiVersion', 'kind', 'metadata', 'automountServiceAccountToken', 'secrets']);
  });

  test('metadata: fields added with add(), finalizers and owner references as cdk8s writes them, for objects of several metadata shapes', () => {
    // GIVEN: objects with and without a namespace of their own, annotations and labels (the copy sees several shapes)
    const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop', labels: { team: 'web' } });
    const render = () => ({ data: {} });
    const objects = [
      emitObject(chart, 'A', { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', fields: ['data'], render }),
      emitObject(chart, 'B', { apiVersion: 'v1', kind: 'ConfigMap', name: 'b', namespace: 'velero', annotations: { note: 'x' }, fields: ['data'], render }),
      emitObject(chart, 'C', { apiVersion: 'v1', kind: 'ConfigMap', name: 'c', labels: { app: 'c' }, annotations: { note: 'y' }, fields: ['data'], render }),
      emitObject(chart, 'D', { apiVersion: 'v1', kind: 'ConfigMap', name: 'd', namespace: 'other', labels: { app: 'd' }, fields: ['data'], render }),
    ];

    // WHEN
    objects[0].metadata.add('generateName', 'a-');
    objects[1].metadata.addFinalizers('example.com/keep');
    objects[2].metadata.addOwnerReference({ apiVersion: 'v1', kind: 'ConfigMap', name: 'a', uid: '0000' });
    objects[3].metadata.add('labels', { ignored: 'cdk8s writes its own labels over this' });

    // THEN
    for (const obj of objects) expect(JSON.stringify(obj.toJson())).toEqual(JSON.stringify(ApiObject.prototype.toJson.call(obj)));
    expect(objects.map((o) => o.toJson().metadata)).toEqual([
      { generateName: 'a-', labels: { team: 'web' }, name: 'a', namespace: 'shop' },
      { annotations: { note: 'x' }, finalizers: ['example.com/keep'], labels: { team: 'web' }, name: 'b', namespace: 'velero' },
      { annotations: { note: 'y' }, labels: { app: 'c', team: 'web' }, name: 'c', namespace: 'shop', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'a', uid: '0000' }] },
      { labels: { app: 'd', team: 'web' }, name: 'd', namespace: 'other' },
    ]);
  });

  test('render runs once per toJson, not once per field', () => {
    const renders = { count: 0 };
    const obj = tricky(Testing.chart(), renders);
    obj.toJson();
    expect(renders.count).toBe(1);
    ApiObject.prototype.toJson.call(obj);
    expect(renders.count).toBe(4); // cdk8s' own: once per field
  });

  test('in an app with resolvers of its own, cdk8s\' toJson runs, so the resolver sees every value', () => {
    // GIVEN
    const seen: string[] = [];
    const resolver: IResolver = { resolve: (ctx: ResolutionContext) => { if (ctx.value === 'secret') seen.push(ctx.key.join('.')); } };
    const app = new App({ resolvers: [resolver] });
    const chart = new Chart(app, 'test');
    emitObject(new Construct(chart, 'api'), 'Thing', { apiVersion: 'v1', kind: 'ConfigMap', name: 'api', fields: ['data'], render: () => ({ data: { a: 'secret' } }) });

    // WHEN
    const json = chart.toJson();

    // THEN
    expect(json[0].data).toEqual({ a: 'secret' });
    expect(seen).toEqual(['data.a']);
  });

  test('a value cdk8s cannot render fails with its message and the object\'s path', () => {
    const chart = Testing.chart();
    emitObject(new Construct(chart, 'api'), 'Thing', { apiVersion: 'v1', kind: 'ConfigMap', name: 'api', fields: ['data'], render: () => ({ data: { at: new Date(0) } }) });
    expect(() => Testing.synth(chart)).toThrow("Failed serializing construct at path 'test/api/Thing' with name 'api': Error: can't render non-simple object of type 'Date'");
  });
});
