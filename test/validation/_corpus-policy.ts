/**
 * The corpus, the policy rules (`lib/validation/policy-rules.ts`, `scheduling-rules.ts` and `ingress-rules.ts`, after
 * kube-score, Polaris and kube-linter):
 * errors with the exact report of the gate, and warnings with the exact output of `synth()`.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { Blueprint, Environment, HealthCheck, ImagePolicy, ResourceProfile, ScalingPolicy, WebService, Worker } from '../../lib/index';
import { CONTAINER, CorpusCase, development, IMAGE, oneError, patchedWeb, production, warning, WEB, WORKER } from './_corpus-kit';

/** Inputs each policy rule rejects (errors) or reports (warnings). */
export const POLICY_CASES: readonly CorpusCase[] = [
  {
    name: 'resources: no memory limit',
    kind: 'gate', rule: 'resources',
    build: (app) => { patchedWeb(app, JsonPatch.remove(`${CONTAINER}/resources/limits/memory`)); },
    expected: oneError('resources', 'shop-production/api/Deployment', 'container \'api\' has no limits.memory'),
  },
  {
    name: 'resources-cpu-limit: a profile without a CPU limit',
    kind: 'gate', rule: 'resources-cpu-limit',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, resources: ResourceProfile.medium().withoutCpuLimit() }); },
    expected: oneError('resources-cpu-limit', 'shop-production/api/Deployment', 'container \'api\' has no CPU limit'),
  },
  {
    name: 'image-tag: a mutable tag in a production environment that allows any image',
    kind: 'gate', rule: 'image-tag',
    build: (app) => {
      const prod = Environment.custom({ name: 'prod', production: true, imagePolicy: ImagePolicy.ANY, replicas: 2, disruptionBudgets: true });
      new Worker(new Blueprint(app, 'shop-prod', { environment: prod }), 'worker', { ...WORKER, image: 'registry.example.com/shop/api:main' });
    },
    expected: oneError('image-tag', 'shop-prod/worker/Deployment', 'container \'worker\' image \'registry.example.com/shop/api:main\' uses the mutable tag \'main\' in production'),
  },
  {
    name: 'high-uid: security.user below 10000',
    kind: 'gate', rule: 'high-uid',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { user: 999 } }); },
    expected: oneError('high-uid', 'shop-production/worker/Deployment', 'container \'worker\' runs as UID 999 (< 10000)'),
  },
  {
    name: 'read-only-root-fs: security.readOnlyRootFilesystem false',
    kind: 'gate', rule: 'read-only-root-fs',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { readOnlyRootFilesystem: false } }); },
    expected: oneError('read-only-root-fs', 'shop-production/worker/Deployment', 'container \'worker\' has a writable root filesystem'),
  },
  {
    name: 'automount-token: security.mountServiceAccountToken',
    kind: 'gate', rule: 'automount-token',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { mountServiceAccountToken: true } }); },
    expected: oneError('automount-token', 'shop-production/worker/Deployment', 'Deployment \'worker\': pods mount a ServiceAccount token'),
  },
  {
    name: 'probes: an exposed service without a health check in production',
    kind: 'gate', rule: 'probes',
    build: (app) => { new WebService(production(app), 'api', { image: IMAGE, port: 8080 }); },
    expected: oneError('probes', 'shop-production/api/Deployment', 'container \'api\' has no readiness probe (it serves traffic in production)'),
  },
  {
    name: 'probes-distinct: the liveness probe is an httpGet of the readiness path and port, with other timings',
    kind: 'gate', rule: 'probes-distinct',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/livenessProbe`, { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 30, timeoutSeconds: 5, failureThreshold: 5 })); },
    expected: oneError('probes-distinct', 'shop-production/api/Deployment', 'container \'api\' has the same readiness and liveness probe (httpGet \'/healthz\' on port 8080): a failing check would restart it instead of taking it out of rotation'),
  },
  {
    name: 'probes-distinct: readiness and liveness on two named ports, which kube-score reads as one',
    kind: 'gate', rule: 'probes-distinct',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, extraPorts: [{ name: 'admin', port: 9000 }] });
      web.deployment.addJsonPatch(
        JsonPatch.replace(`${CONTAINER}/readinessProbe/httpGet/port`, 'http'),
        JsonPatch.replace(`${CONTAINER}/livenessProbe`, { httpGet: { path: '/healthz', port: 'admin' }, periodSeconds: 20 }),
      );
    },
    expected: oneError('probes-distinct', 'shop-production/api/Deployment', 'container \'api\' has the same readiness and liveness probe (httpGet \'/healthz\' on ports \'http\' and \'admin\', both 0 to kube-score): a failing check would restart it instead of taking it out of rotation'),
  },
  {
    name: 'probes-distinct: a tcpSocket liveness probe on the port of the tcpSocket readiness probe',
    kind: 'gate', rule: 'probes-distinct',
    build: (app) => {
      new WebService(production(app), 'api', { ...WEB, health: HealthCheck.tcp() }).deployment.addJsonPatch(JsonPatch.add(`${CONTAINER}/livenessProbe`, { tcpSocket: { port: 8080 } }));
    },
    expected: oneError('probes-distinct', 'shop-production/api/Deployment', 'container \'api\' has the same readiness and liveness probe (tcpSocket on port 8080): a failing check would restart it instead of taking it out of rotation'),
  },
  {
    name: 'priority-class-exists: a pod names a PriorityClass nobody emits or provides',
    kind: 'gate', rule: 'priority-class-exists',
    build: (app) => { patchedWeb(app, JsonPatch.replace('/spec/template/spec/priorityClassName', 'high-priority')); },
    expected: oneError('priority-class-exists', 'shop-production/api/Deployment', 'Deployment \'api\': pods name the PriorityClass \'high-priority\', which the output does not emit and no PriorityClasses.provided() declares: the API server would reject them'),
  },
  {
    name: 'pdb-unhealthy-pod-eviction-policy: a PodDisruptionBudget without the policy',
    kind: 'gate', rule: 'pdb-unhealthy-pod-eviction-policy',
    build: (app) => { new WebService(production(app), 'api', WEB).disruptionBudget!.addJsonPatch(JsonPatch.remove('/spec/unhealthyPodEvictionPolicy')); },
    expected: oneError('pdb-unhealthy-pod-eviction-policy', 'shop-production/api/DisruptionBudget', 'PodDisruptionBudget \'api\' does not set unhealthyPodEvictionPolicy: by default (IfHealthyBudget) a pod that is not ready cannot be evicted while the budget is spent, and can block a node drain'),
  },
  {
    name: 'ingress-tls: an ingress without TLS in production',
    kind: 'gate', rule: 'ingress-tls',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com' } }); },
    expected: oneError('ingress-tls', 'shop-production/api/Ingress', 'Ingress \'api\' has no TLS settings: \'shop.example.com\' is served over plain HTTP'),
  },
  {
    name: 'network-policy: egress is not restricted',
    kind: 'gate', rule: 'network-policy',
    build: (app) => { new WebService(production(app), 'api', WEB).networkPolicy.addJsonPatch(JsonPatch.replace('/spec/policyTypes', ['Ingress'])); },
    expected: oneError('network-policy', 'shop-production/api/Deployment', 'Deployment \'api\': pods are not isolated by a NetworkPolicy for Egress'),
  },
  {
    name: 'disruption-budget: disruptionBudget false in production',
    kind: 'gate', rule: 'disruption-budget',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, disruptionBudget: false }); },
    expected: oneError('disruption-budget', 'shop-production/api/Deployment', 'Deployment \'api\' runs 3+ replicas without a PodDisruptionBudget'),
  },
  {
    name: 'anti-affinity: a production environment without topology spread, its pods spread over zones only',
    kind: 'gate', rule: 'anti-affinity',
    build: (app) => {
      const prod = Environment.custom({ name: 'prod', replicas: 2, production: true, disruptionBudgets: true, imagePolicy: ImagePolicy.NO_MUTABLE_TAG });
      // Every workload spreads softly over zones and nodes; without the node constraint (and the environment's anti-affinity) nothing keeps replicas apart.
      new WebService(new Blueprint(app, 'shop-prod', { environment: prod }), 'api', WEB).deployment.addJsonPatch(JsonPatch.remove('/spec/template/spec/topologySpreadConstraints/1'));
    },
    expected: oneError('anti-affinity', 'shop-prod/api/Deployment', 'Deployment \'api\' may place every replica on one node'),
  },
  {
    name: 'hpa-replicas: an autoscaled Deployment that sets replicas',
    kind: 'gate', rule: 'hpa-replicas',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }) });
      web.deployment.addJsonPatch(JsonPatch.add('/spec/replicas', 4));
    },
    expected: oneError('hpa-replicas', 'shop-production/api/Deployment', 'Deployment \'api\' sets replicas (4) but HorizontalPodAutoscaler \'api\' scales it: every apply would reset the count'),
  },
  {
    name: 'secret-in-env: a literal password',
    kind: 'gate', rule: 'secret-in-env',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, env: { LOG_LEVEL: 'info', DB_PASSWORD: 'hunter2' } }); },
    expected: oneError('secret-in-env', 'shop-production/api/Deployment', 'container \'api\': env DB_PASSWORD holds a literal value; credentials must come from a Secret'),
  },
  {
    name: 'secret-in-configmap: a raw ConfigMap with a token',
    kind: 'gate', rule: 'secret-in-configmap',
    build: (app) => { new ApiObject(production(app), 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { MODE: 'fast', API_TOKEN: 'abc' } }); },
    expected: oneError('secret-in-configmap', 'shop-production/settings', 'ConfigMap \'settings\' has credential-like keys: API_TOKEN'),
  },
  {
    name: 'no-secret-values: a raw Secret with data',
    kind: 'gate', rule: 'no-secret-values',
    build: (app) => { new ApiObject(production(app), 'db-credentials', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db-credentials' }, stringData: { password: 'hunter2' } }); },
    expected: oneError('no-secret-values', 'shop-production/db-credentials', 'Secret \'db-credentials\' carries secret values in the manifest'),
  },
  {
    name: 'backup-coverage: a PersistentVolumeClaim in production that no backup covers',
    kind: 'gate', rule: 'backup-coverage',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', WEB);
      new ApiObject(shop, 'uploads', {
        apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'uploads' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      });
    },
    expected: oneError('backup-coverage', 'shop-production/uploads', 'PersistentVolumeClaim \'uploads\' is not covered by any backup'),
  },
  // ---- warnings
  {
    name: 'probes (warning): a worker without a health check',
    kind: 'warning', rule: 'probes',
    build: (app) => { new Worker(production(app), 'worker', { image: IMAGE }); },
    expected: warning('probes', 'shop-production/worker/Deployment', 'container \'worker\' has no readiness probe'),
  },
  {
    name: 'probes (warning): a tcp health check renders no liveness probe rather than a copy of readiness',
    kind: 'warning', rule: 'probes',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.tcp() }); },
    expected: warning('probes', 'shop-production/api/Deployment', 'container \'api\' has no liveness probe'),
  },
  {
    name: 'priority-class (warning): pods that name no PriorityClass',
    kind: 'warning', rule: 'priority-class',
    build: (app) => { patchedWeb(app, JsonPatch.remove('/spec/template/spec/priorityClassName')); },
    expected: warning('priority-class', 'shop-production/api/Deployment', 'Deployment \'api\': pods name no PriorityClass, so they run at the cluster\'s default priority'),
  },
  {
    name: 'topology-spread (warning): pods without topology spread constraints',
    kind: 'warning', rule: 'topology-spread',
    build: (app) => { patchedWeb(app, JsonPatch.remove('/spec/template/spec/topologySpreadConstraints')); },
    expected: warning('topology-spread', 'shop-production/api/Deployment', 'Deployment \'api\': pods have no topology spread constraints'),
  },
  {
    name: 'topology-spread (warning): a constraint over another topology key',
    kind: 'warning', rule: 'topology-spread',
    build: (app) => { patchedWeb(app, JsonPatch.replace('/spec/template/spec/topologySpreadConstraints/0/topologyKey', 'topology.kubernetes.io/region')); },
    expected: warning('topology-spread', 'shop-production/api/Deployment', 'Deployment \'api\': pods spread over \'topology.kubernetes.io/region\', not over kubernetes.io/hostname or topology.kubernetes.io/zone'),
  },
  {
    name: 'deployment-replicas (warning): development\'s single replica, by design',
    kind: 'warning', rule: 'deployment-replicas',
    build: (app) => { new Worker(development(app), 'worker', WORKER); },
    expected: warning('deployment-replicas', 'shop-development/worker/Deployment', 'Deployment \'worker\' runs 1 replica'),
  },
  {
    name: 'deployment-replicas (warning): an autoscaler that may scale down to one replica',
    kind: 'warning', rule: 'deployment-replicas',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 4, cpuUtilization: 70 }) }); },
    expected: warning('deployment-replicas', 'shop-production/api/Deployment', 'Deployment \'api\' may scale down to 1 replica (HorizontalPodAutoscaler \'api\' has minReplicas 1)'),
  },
  {
    name: 'ingress-tls (warning): an ingress without TLS outside production',
    kind: 'warning', rule: 'ingress-tls',
    build: (app) => { new WebService(development(app), 'api', { ...WEB, scaling: ScalingPolicy.fixed(2), ingress: { host: 'shop.development.example.com' } }); },
    expected: warning('ingress-tls', 'shop-development/api/Ingress', 'Ingress \'api\' has no TLS settings: \'shop.development.example.com\' is served over plain HTTP'),
  },
  {
    name: 'resources-ephemeral-storage (warning): no ephemeral-storage limit',
    kind: 'warning', rule: 'resources-ephemeral-storage',
    build: (app) => {
      new Worker(production(app), 'worker', WORKER).deployment.addJsonPatch(JsonPatch.remove(`${CONTAINER}/resources/limits/ephemeral-storage`));
    },
    expected: warning('resources-ephemeral-storage', 'shop-production/worker/Deployment', 'container \'worker\' has no ephemeral-storage request and limit'),
  },
  {
    name: 'image-tag (warning): \'latest\' in development',
    kind: 'warning', rule: 'image-tag',
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, scaling: ScalingPolicy.fixed(2), image: 'registry.example.com/shop/api:latest' }); },
    expected: warning('image-tag', 'shop-development/worker/Deployment', 'container \'worker\' image \'registry.example.com/shop/api:latest\' uses the latest tag'),
  },
  {
    name: 'image-pull-policy (warning): IfNotPresent',
    kind: 'warning', rule: 'image-pull-policy',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, imagePullPolicy: 'IfNotPresent' }); },
    expected: warning('image-pull-policy', 'shop-production/worker/Deployment', 'container \'worker\' uses imagePullPolicy "IfNotPresent"'),
  },
];
