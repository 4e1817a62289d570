/**
 * emitObject (lib/k8s/emit.ts): the one way the library emits a Kubernetes object — it claims the name in the
 * chart, sets the metadata, and renders the body lazily from one function.
 */
import { ApiObject, Chart, Testing } from 'cdk8s';
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
