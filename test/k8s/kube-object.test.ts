/**
 * kubeObject (lib/k8s/kube-object.ts): an object from its JSON form, with Lazy values anywhere, without the
 * generated L1 classes that silently drop untyped values.
 */
import { ApiObject, Lazy, Testing } from 'cdk8s';
import { kubeObject } from '../../lib/k8s/kube-object';
import { recordedErrors } from '../../lib/k8s/_recorded-errors';

describe('kubeObject', () => {
  test('the object is its apiVersion, kind, metadata and body, as given', () => {
    // GIVEN
    const chart = Testing.chart();
    const ports: number[] = [8080];

    // WHEN
    const obj = kubeObject(chart, 'Service', 'v1', 'Service', { name: 'api', labels: { 'app.kubernetes.io/name': 'api' } }, {
      spec: { type: 'ClusterIP', ports: Lazy.any({ produce: () => ports.map((port) => ({ port, targetPort: port })) }) },
    });
    ports.push(9090);

    // THEN
    expect(obj).toBeInstanceOf(ApiObject);
    expect(obj.node.id).toEqual('Service');
    expect(Testing.synth(chart)).toEqual([{
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'api', labels: { 'app.kubernetes.io/name': 'api' } },
      spec: { type: 'ClusterIP', ports: [{ port: 8080, targetPort: 8080 }, { port: 9090, targetPort: 9090 }] },
    }]);
  });

  test('plain values the L1 classes would drop are kept (a quantity as a string, an int-or-string port)', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    kubeObject(chart, 'Quota', 'v1', 'ResourceQuota', { name: 'quota' }, { spec: { hard: { 'requests.cpu': '500m', 'limits.memory': '1Gi' } } });

    // THEN
    expect(Testing.synth(chart)[0].spec).toEqual({ hard: { 'requests.cpu': '500m', 'limits.memory': '1Gi' } });
  });

  test('claims no name: two objects of one kind and name are left to the gate\'s unique-objects check', () => {
    // GIVEN
    const chart = Testing.chart();

    // WHEN
    kubeObject(chart, 'One', 'v1', 'ConfigMap', { name: 'settings' }, { data: { a: '1' } });
    kubeObject(chart, 'Two', 'v1', 'ConfigMap', { name: 'settings' }, { data: { a: '2' } });

    // THEN
    expect(recordedErrors(chart)).toEqual([]);
    expect(Testing.synth(chart).map((o) => o.data.a)).toEqual(['1', '2']);
  });
});
