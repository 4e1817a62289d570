/**
 * The review page at scale (issue 12): its sections look objects up through indexes made once per page, and the
 * shortcuts those indexes take decide nothing the NetworkPolicy semantics would not. That the page stays linear is
 * measured by `npm run bench` (N = 100, 1,000 and 5,000), not by a timed test.
 */
import { renderReview, ReviewObject } from '../../lib/artifacts/review';
import { mermaidOf, section, tableIn } from './_review-pages';

const NS = 'big';
const LABELS = (name: string) => ({ 'app.kubernetes.io/instance': 'big-production', 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'big' });

function obj(kind: string, name: string, body: Record<string, unknown>, apiVersion = 'v1'): ReviewObject {
  return { path: `big-production/${name}/${kind}`, blueprint: 'big-production', json: { apiVersion, kind, metadata: { name, namespace: NS, labels: LABELS(name) }, ...body } };
}

function deployment(name: string): ReviewObject {
  const container = { name, image: `registry.example.com/big/${name}:1.0.0`, ports: [{ containerPort: 8080 }], resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } } };
  return obj('Deployment', name, { spec: { selector: { matchLabels: LABELS(name) }, template: { metadata: { labels: LABELS(name) }, spec: { containers: [container] } } } }, 'apps/v1');
}

function policy(name: string, spec: Record<string, unknown>): ReviewObject {
  return obj('NetworkPolicy', name, { spec: { podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'big-production', 'app.kubernetes.io/name': name } }, ...spec } }, 'networking.k8s.io/v1');
}

const DNS = { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }] };

/** What the library emits per web service: Deployment, Service, NetworkPolicy (ingress from the app's pods, egress to DNS), HPA and PDB. */
function service(name: string): ReviewObject[] {
  return [
    deployment(name),
    obj('Service', name, { spec: { selector: LABELS(name), ports: [{ port: 80, targetPort: 8080 }] } }),
    policy(name, { policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'big' } } }], ports: [{ port: 8080, protocol: 'TCP' }] }], egress: [DNS] }),
    obj('HorizontalPodAutoscaler', name, { spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, minReplicas: 2, maxReplicas: 10 } }, 'autoscaling/v2'),
    obj('PodDisruptionBudget', name, { spec: { maxUnavailable: 1, selector: { matchLabels: LABELS(name) } } }, 'policy/v1'),
  ];
}

const page = (objects: ReviewObject[]) => renderReview({ blueprint: 'big-production', objects });

describe('review page at scale', () => {
  test('a rule admitting every pod lists exactly the pods that may send to it: egress open, or naming the destination', () => {
    // GIVEN db admits any pod of the namespace on 5432; web names db in its egress, worker's egress is open, batch's names only DNS
    const db = deployment('db');
    const objects = [
      db, obj('Service', 'db', { spec: { selector: LABELS('db'), ports: [{ port: 5432, targetPort: 5432 }] } }),
      policy('db', { policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }], ports: [{ port: 5432 }] }] }),
      deployment('web'), policy('web', { policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'db' } } }], ports: [{ port: 5432 }] }, DNS] }),
      deployment('worker'),
      deployment('batch'), policy('batch', { policyTypes: ['Egress'], egress: [DNS] }),
    ];

    // WHEN
    const p = page(objects);

    // THEN
    expect(mermaidOf(p).split('\n').filter((l) => l.includes(' -->') && l.includes('s_db'))).toEqual([
      '  s_db -->|"5432→5432"| w_deployment_db',
      '  w_deployment_web -->|"5432/TCP"| s_db',
      '  w_deployment_worker -->|"5432/TCP"| s_db',
    ]);
  });

  test('the rarest label of a selector finds its pods: a PDB selecting by a label every pod has and one only one pod has', () => {
    // GIVEN 50 services, and a PDB selecting part-of=big (all) and name=svc-7 (one)
    const objects = Array.from({ length: 50 }, (_, i) => service(`svc-${i}`)).flat();
    objects.push(obj('PodDisruptionBudget', 'svc-7-extra', { spec: { minAvailable: 1, selector: { matchLabels: { 'app.kubernetes.io/part-of': 'big', 'app.kubernetes.io/name': 'svc-7' } } } }, 'policy/v1'));

    // WHEN
    const availability = tableIn(section(page(objects), 'Availability'), 'workload').rows;

    // THEN
    expect(availability.find((r) => r[0] === 'Deployment `svc-7`')?.[2]).toBe('PodDisruptionBudget `svc-7`: maxUnavailable 1<br>PodDisruptionBudget `svc-7-extra`: minAvailable 1');
    expect(availability.find((r) => r[0] === 'Deployment `svc-8`')?.[2]).toBe('PodDisruptionBudget `svc-8`: maxUnavailable 1');
  });
});
