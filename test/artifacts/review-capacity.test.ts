/**
 * The review page's capacity per pod as the scheduler counts it, where native sidecars (init containers with
 * restartPolicy Always) keep running: they add to the containers and to every init container started after them.
 */
import { renderReview, ReviewObject } from '../../lib/artifacts/review';
import { section, tableIn } from './_review-pages';

const LABELS = (name: string) => ({ 'app.kubernetes.io/name': name });

function container(name: string, cpu: string, memory: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, image: `${name}:1`, resources: { requests: { cpu, memory }, limits: { cpu, memory } }, ...extra };
}

function deployment(name: string, pod: Record<string, unknown>): ReviewObject {
  return {
    path: `cap-production/${name}/Deployment`, blueprint: 'cap-production',
    json: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'cap', labels: LABELS(name) }, spec: { replicas: 2, selector: { matchLabels: LABELS(name) }, template: { metadata: { labels: LABELS(name) }, spec: pod } } },
  };
}

const capacityRows = (objects: ReviewObject[]) => tableIn(section(renderReview({ blueprint: 'cap-production', objects }), 'Capacity'), 'workload').rows;

test('a sidecar started before an init container counts with it; one started after it does not; both count with the containers', () => {
  // GIVEN
  const sidecar = container('proxy', '100m', '64Mi', { restartPolicy: 'Always' });
  const before = deployment('before', { initContainers: [sidecar, container('migrate', '1', '512Mi')], containers: [container('api', '250m', '128Mi')] });
  const after = deployment('after', { initContainers: [container('migrate', '1', '512Mi'), sidecar], containers: [container('api', '250m', '128Mi')] });
  const small = deployment('small', { initContainers: [sidecar, container('wait', '10m', '8Mi')], containers: [container('api', '250m', '128Mi')] });
  // WHEN
  const rows = capacityRows([before, after, small]);
  // THEN: requests per pod, limits per pod, requests at min (2 replicas)
  expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
    ['Deployment `before`', '1100m / 576Mi / not set', '1100m / 576Mi / not set', '2200m / 1152Mi / not set'],
    ['Deployment `after`', '1 / 512Mi / not set', '1 / 512Mi / not set', '2 / 1Gi / not set'],
    ['Deployment `small`', '350m / 192Mi / not set', '350m / 192Mi / not set', '700m / 384Mi / not set'],
    ['**total**', '', '', '**4900m / 2560Mi / not set**'],
  ]);
});

test('a quantity that is no quantity counts as unset, each time it is read', () => {
  // GIVEN: the same text twice ('lots' is read once per resource field and pod)
  const odd = deployment('odd', { containers: [container('a', 'lots', '1Gi'), container('b', 'lots', '1Gi')] });
  const half = deployment('half', { containers: [container('a', 'lots', '1Gi'), container('b', '500m', '1Gi')] });
  // WHEN
  const rows = capacityRows([odd, half]);
  // THEN
  expect(rows.map((r) => [r[0], r[2], r[4]])).toEqual([
    ['Deployment `odd`', 'not set / 2Gi / not set', 'not set / 4Gi / not set'],
    ['Deployment `half`', '500m / 2Gi / not set', '1 / 4Gi / not set'],
    ['**total**', '', '**at least 1 / 8Gi / not set**'],
  ]);
});

test('pods that differ in one resource only each get their own amounts, in any order (texts are shared by cpu, memory and storage)', () => {
  // GIVEN: the same cpu and memory, then storage set or not; the same cpu and storage, other memory; and the first pod again
  const storage = (name: string, cpu: string, memory: string, ephemeral?: string) => deployment(name, {
    containers: [{ name, image: `${name}:1`, resources: { requests: { cpu, memory, ...(ephemeral ? { 'ephemeral-storage': ephemeral } : {}) } } }],
  });
  const objects = [
    storage('a', '100m', '64Mi', '1Gi'), storage('b', '100m', '64Mi', '2Gi'), storage('c', '100m', '64Mi'),
    storage('d', '100m', '128Mi', '1Gi'), storage('e', '200m', '64Mi', '1Gi'), storage('f', '100m', '64Mi', '1Gi'),
  ];
  // WHEN
  const rows = capacityRows(objects);
  // THEN: requests per pod and at min (2 replicas)
  expect(rows.map((r) => [r[0], r[2], r[4]])).toEqual([
    ['Deployment `a`', '100m / 64Mi / 1Gi', '200m / 128Mi / 2Gi'],
    ['Deployment `b`', '100m / 64Mi / 2Gi', '200m / 128Mi / 4Gi'],
    ['Deployment `c`', '100m / 64Mi / not set', '200m / 128Mi / not set'],
    ['Deployment `d`', '100m / 128Mi / 1Gi', '200m / 256Mi / 2Gi'],
    ['Deployment `e`', '200m / 64Mi / 1Gi', '400m / 128Mi / 2Gi'],
    ['Deployment `f`', '100m / 64Mi / 1Gi', '200m / 128Mi / 2Gi'],
    ['**total**', '', '**1400m / 896Mi / at least 12Gi**'],
  ]);
});

test('a priority class is the PriorityClass of that name: an object of another kind with the name is not it, nor is a class of another name', () => {
  // GIVEN: a ServiceAccount named as the class before it (the names are indexed per kind, when a kind is first asked for)
  const account: ReviewObject = { path: 'cap-production/critical/ServiceAccount', blueprint: 'cap-production', json: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'critical', namespace: 'cap' } } };
  const cls = (name: string, value: number): ReviewObject => ({ path: `cap-production/${name}/PriorityClass`, blueprint: 'cap-production', json: { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value } });
  const pod = (priorityClassName: string) => ({ priorityClassName, containers: [container('api', '250m', '128Mi')] });
  const objects = [account, deployment('a', pod('critical')), deployment('b', pod('batch')), deployment('c', pod('other')), cls('batch', 10), cls('critical', 1000)];
  // WHEN
  const rows = tableIn(section(renderReview({ blueprint: 'cap-production', objects }), 'Availability'), 'workload').rows;
  // THEN
  expect(rows.map((r) => [r[0], r[4]])).toEqual([
    ['Deployment `a`', '`critical` (1000, may preempt)'],
    ['Deployment `b`', '`batch` (10, may preempt)'],
    ['Deployment `c`', '`other` (not in this blueprint)'],
  ]);
});
