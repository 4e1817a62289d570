/**
 * The corpus, the policy rules (`lib/validation/policy-rules.ts`, after kube-score, Polaris and kube-linter):
 * errors with the exact report of the gate, and warnings with the exact output of `synth()`.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { Blueprint, Environment, ImagePolicy, ResourceProfile, ScalingPolicy, WebService, Worker } from '../../lib/index';
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
      const prod = Environment.custom({ name: 'prod', production: true, imagePolicy: ImagePolicy.ANY });
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
    name: 'probes-distinct: the liveness probe is the readiness probe',
    kind: 'gate', rule: 'probes-distinct',
    build: (app) => { patchedWeb(app, JsonPatch.copy(`${CONTAINER}/readinessProbe`, `${CONTAINER}/livenessProbe`)); },
    expected: oneError('probes-distinct', 'shop-production/api/Deployment', 'container \'api\' has identical readiness and liveness probes: a slow dependency would restart it instead of taking it out of rotation'),
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
    name: 'anti-affinity: a production environment without topology spread',
    kind: 'gate', rule: 'anti-affinity',
    build: (app) => {
      const prod = Environment.custom({ name: 'prod', replicas: 2, production: true, disruptionBudgets: true, imagePolicy: ImagePolicy.NO_MUTABLE_TAG });
      new WebService(new Blueprint(app, 'shop-prod', { environment: prod }), 'api', WEB);
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
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, image: 'registry.example.com/shop/api:latest' }); },
    expected: warning('image-tag', 'shop-development/worker/Deployment', 'container \'worker\' image \'registry.example.com/shop/api:latest\' uses the latest tag'),
  },
  {
    name: 'image-pull-policy (warning): IfNotPresent',
    kind: 'warning', rule: 'image-pull-policy',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, imagePullPolicy: 'IfNotPresent' }); },
    expected: warning('image-pull-policy', 'shop-production/worker/Deployment', 'container \'worker\' uses imagePullPolicy "IfNotPresent"'),
  },
];
